// Where the time of OCR'ing a page goes, stage by stage, and the engine's own floor.
//
// For each picture (one page each): decoding, the sideways test, clean-up (PrepareForOcr), and
// Tesseract reading the cleaned page as verifact does; then Tesseract reading the picture as
// decoded, with the tesseract command's own settings (automatic segmentation, inverted lines
// retried), in this process with the model already loaded. That last figure is the floor for
// any program built on the same engine and model: it is what the command costs minus its
// start-up and model loading. Compare it with `tesseract IMG - -l fra` (bench/ocr_vs_tesseract).
//
// Usage: verifact_ocr_stages IMG... (set OMP_THREAD_LIMIT=1 first, as the reference does)
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include "extractors/image_decoder.h"
#include "extractors/image_prep.h"
#include "extractors/ocr_engine.h"

namespace {

double Ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since)
      .count();
}

// Tesseract's command, in this process: PSM_AUTO and its default variables.
double CommandLikeRead(tesseract::TessBaseAPI& api, const verifact::GrayImage& image) {
  PIX* pix = pixCreate(image.width, image.height, 8);
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      SET_DATA_BYTE(data + static_cast<ptrdiff_t>(y) * wpl, x,
                    image.pixels[static_cast<size_t>(y) * image.width + x]);
    }
  }
  if (image.dpi > 0) pixSetResolution(pix, int(image.dpi), int(image.dpi));
  auto start = std::chrono::steady_clock::now();
  api.SetImage(pix);
  api.Recognize(nullptr);
  double ms = Ms(start);
  api.Clear();
  pixDestroy(&pix);
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s IMG...\n", argv[0]);
    return 2;
  }
  auto ocr = verifact::NewTesseractOcr(verifact::OcrOptions{});
  tesseract::TessBaseAPI plain;
  if (!ocr.ok() || plain.Init(nullptr, "fra", tesseract::OEM_LSTM_ONLY) != 0) {
    std::fprintf(stderr, "Tesseract 'fra' is not installed\n");
    return 1;
  }
  plain.SetVariable("debug_file", "/dev/null");
  double sum[6] = {};
  std::printf("%-28s %8s %8s %8s %8s %8s | %10s\n", "file", "decode", "sideway", "prep",
              "ocr", "ours", "engine");
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t = std::chrono::steady_clock::now();
    auto pages = verifact::DecodeImages(bytes, verifact::DecodeLimits{});
    double decode = Ms(t);
    if (!pages.ok() || pages.value().empty()) {
      std::fprintf(stderr, "%s: not a picture\n", argv[i]);
      continue;
    }
    const verifact::GrayImage& image = pages.value().front();
    t = std::chrono::steady_clock::now();
    bool sideways = verifact::LooksSideways(image);
    double side = Ms(t);
    t = std::chrono::steady_clock::now();
    auto prepared = verifact::PrepareForOcr(image, sideways ? 1 : 0, verifact::PrepOptions{});
    double prep = Ms(t);
    if (!prepared.ok()) continue;
    t = std::chrono::steady_clock::now();
    auto words = ocr.value()->Recognize(prepared.value().image, 1, 0);
    double read = Ms(t);
    double ours = decode + side + prep + read;
    double engine = CommandLikeRead(plain, image);
    double row[6] = {decode, side, prep, read, ours, engine};
    for (int k = 0; k < 6; ++k) sum[k] += row[k];
    const char* name = std::strrchr(argv[i], '/') ? std::strrchr(argv[i], '/') + 1 : argv[i];
    std::printf("%-28s %8.0f %8.0f %8.0f %8.0f %8.0f | %10.0f\n", name, decode, side, prep, read,
                ours, engine);
  }
  std::printf("%-28s %8.0f %8.0f %8.0f %8.0f %8.0f | %10.0f\n", "total", sum[0], sum[1], sum[2],
              sum[3], sum[4], sum[5]);
  return 0;
}
