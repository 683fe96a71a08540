// The OCR engine gives a page up past its deadline, with its own error, instead of stalling.
#include <catch2/catch.hpp>
#include <filesystem>

#include "extractors/image_decoder.h"
#include "extractors/ocr_engine.h"
#include "workers/file_bytes.h"

TEST_CASE("A page that takes longer than the deadline is given up as OCR_DEADLINE",
          "[extractors][ocr]") {
  const auto path =
      std::filesystem::path(VERIFACT_SOURCE_DIR) / "samples" / "scans" / "scan-005.png";
  auto bytes = verifact::ReadFileBytes(path.string());
  REQUIRE(bytes.ok());
  auto pages = verifact::DecodeImages(bytes.value(), verifact::DecodeLimits{});
  REQUIRE(pages.ok());
  verifact::OcrOptions options;
  options.page_deadline_ms = 1;  // no page is read in a millisecond
  auto engine = verifact::NewTesseractOcr(options);
  REQUIRE(engine.ok());
  auto page = engine.value()->Recognize(pages.value().front(), 1, 0);
  REQUIRE_FALSE(page.ok());
  CHECK(page.error().code == "OCR_DEADLINE");
  CHECK(page.error().message.find("page 1") != std::string::npos);
}
