// PdfDocument's limits on what a page may declare before it is drawn (pdf_document.h).
#include "extractors/pdf_document.h"

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <iterator>

#include "extractors/page_png.h"
#include <string>
#include <vector>

namespace {

// A one-page PDF: `content` is the page's content stream; `form`, when not empty, is the
// content of a form XObject /Fx the page can paint.
std::string OnePagePdf(const std::string& content, const std::string& form = "") {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font "
      "<< /F1 5 0 R >> /XObject << /Fx 6 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length " +
          std::to_string(form.size()) + " >>\nstream\n" + form + "\nendstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string n = std::to_string(offset);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// An inline picture declaring `w` × `h` grey pixels, with only a few bytes of data: the
// declaration alone must be judged, before anything is decoded.
std::string InlineImage(int w, int h) {
  return "q 100 0 0 50 72 600 cm BI /W " + std::to_string(w) + " /H " + std::to_string(h) +
         " /BPC 8 /CS /G ID " + std::string(16, '\x7f') + " EI Q\n";
}

const std::string kText = "BT /F1 12 Tf 72 720 Td (Facture n 2023-117) Tj ET\n";

}  // namespace

TEST_CASE("An inline picture declaring too many pixels is refused before the page is drawn",
          "[extractors][limits]") {
  struct Case {
    const char* what;
    std::string pdf;
    bool refused;
  };
  std::vector<Case> cases = {
      {"small inline picture", OnePagePdf(kText + InlineImage(100, 50)), false},
      {"60000 x 60000 inline", OnePagePdf(kText + InlineImage(60000, 60000)), true},
      {"long names /Width /Height",
       OnePagePdf(kText + "BI /Width 40000 /Height 40000 /BitsPerComponent 8 /ColorSpace "
                          "/DeviceGray ID xx EI\n"),
       true},
      {"inside a form XObject", OnePagePdf(kText + "/Fx Do\n", InlineImage(60000, 60000)), true},
      {"'BI' inside a word is not an inline picture",
       OnePagePdf("BT /F1 12 Tf 72 720 Td (ABI /W 60000 /H 60000 ID) Tj ET\n"), false},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    auto doc = verifact::OpenPdfDocument(c.pdf);
    REQUIRE(doc.ok());
    auto text = doc.value()->Text(1);
    auto render = doc.value()->Render(1, 72, 40'000'000);
    if (c.refused) {
      REQUIRE_FALSE(text.ok());
      CHECK(text.error().code == "IMAGE_TOO_LARGE");
      REQUIRE_FALSE(render.ok());
      CHECK(render.error().code == "IMAGE_TOO_LARGE");
    } else {
      CHECK(text.ok());
      CHECK(render.ok());
    }
  }
}

namespace {

// Pixels of a PNG whose red stands clear of green and blue (red print), or, with
// `any_colour`, any saturated pixel (a violet stamp, blue ink).
int RedPixels(const std::string& png, bool any_colour = false) {
  PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
  REQUIRE(pix);
  PIX* rgb = pixConvertTo32(pix);
  int red = 0;
  for (l_int32 y = 0; y < pixGetHeight(rgb); ++y) {
    for (l_int32 x = 0; x < pixGetWidth(rgb); ++x) {
      l_uint32 v = 0;
      pixGetPixel(rgb, x, y, &v);
      l_int32 r, g, b;
      extractRGBValues(v, &r, &g, &b);
      const int hi = std::max({r, g, b}), lo = std::min({r, g, b});
      red += any_colour ? hi - lo > 60 : r > 150 && g < 100 && b < 100;
    }
  }
  pixDestroy(&rgb);
  pixDestroy(&pix);
  return red;
}

}  // namespace

TEST_CASE("A page is shown to reviewers in its colours, within the readers' limits",
          "[extractors][review]") {
  const std::string pdf =
      OnePagePdf(kText + "1 0 0 rg 72 500 200 100 re f\n");  // a red block
  auto png = verifact::RenderPagePng(pdf, 1, 600);
  REQUIRE(png.ok());
  CHECK(RedPixels(png.value()) > 1000);
  // The page is narrowed to the width asked.
  PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.value().data()), png.value().size());
  REQUIRE(pix);
  CHECK(pixGetWidth(pix) == 600);
  pixDestroy(&pix);
  // Inline pictures over the limit are refused here as well.
  auto bomb = verifact::RenderPagePng(OnePagePdf(kText + InlineImage(60000, 60000)), 1, 600);
  REQUIRE_FALSE(bomb.ok());
  CHECK(bomb.error().code == "IMAGE_TOO_LARGE");
  CHECK(verifact::RenderPagePng(pdf, 2, 600).error().code == "PAGE_NOT_FOUND");

  // A colour scan keeps its colours too (a violet stamp: make_colour_scans.py).
  std::ifstream in(std::string(VERIFACT_SOURCE_DIR) + "/tests/data/signatures/ours/scan-stamp.jpg",
                   std::ios::binary);
  std::string scan((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto shown = verifact::RenderPagePng(scan, 1, 800);
  REQUIRE(shown.ok());
  PIX* picture =
      pixReadMem(reinterpret_cast<const l_uint8*>(shown.value().data()), shown.value().size());
  REQUIRE(picture);
  CHECK(pixGetWidth(picture) == 800);
  pixDestroy(&picture);
  CHECK(RedPixels(shown.value(), true) > 500);
}
