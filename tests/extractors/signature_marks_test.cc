// What looks like a signature without being a panel: printed remains of an electronic
// signature, pasted pictures near "Signature", and ink on a scan.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/signature_marks.h"

using verifact::BBox;
using verifact::PageText;
using verifact::PlacedImage;
using verifact::SignatureMarkKind;
using verifact::Word;

namespace {

// A page with one line of words per entry of `lines`, each at its given top (fraction).
PageText MakePage(const std::vector<std::pair<double, std::string>>& lines, double left = 0.1) {
  PageText page;
  page.number = 1;
  page.width_pt = 595;
  page.height_pt = 842;
  for (const auto& [top, text] : lines) {
    std::stringstream words(text);
    std::string w;
    double x = left;
    while (words >> w) {
      const double width = 0.012 * static_cast<double>(w.size());
      page.words.push_back({w, {x, top, x + width, top + 0.012}, 1.0});
      x += width + 0.006;
    }
  }
  return page;
}

}  // namespace

TEST_CASE("The printed remains of an electronic signature are a flattened-digital mark",
          "[extractors][signature]") {
  auto page = MakePage({{0.80, "Signé électroniquement par Jean Dupont"},
                        {0.815, "Date : 12/03/2024 10:42"}});
  auto marks = verifact::FindSignatureMarks({page});
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].kind == SignatureMarkKind::kFlattenedDigital);
  CHECK(marks[0].page == 1);
  CHECK(marks[0].bbox.y0 == Approx(0.80));
  CHECK(marks[0].bbox.y1 > 0.815);  // the date line belongs to the panel
  CHECK(marks[0].confidence > 0.7);

  SECTION("in English too") {
    auto en = MakePage({{0.5, "Digitally signed by ACME Training Ltd"}, {0.515, "2024.03.12"}});
    CHECK(verifact::FindSignatureMarks({en}).size() == 1);
  }
}

TEST_CASE("A sentence about signing is not a signature", "[extractors][signature]") {
  CHECK(verifact::FindSignatureMarks(
            {MakePage({{0.9, "This invoice is only valid with the supplier's digital signature."}})})
            .empty());
  // No date beside it: a mention, not a panel.
  CHECK(verifact::FindSignatureMarks({MakePage({{0.9, "Document signé électroniquement"}})})
            .empty());
  CHECK(verifact::FindSignatureMarks(
            {MakePage({{0.2, "Désignation Quantité Prix"}, {0.3, "Formation 2 1200,00"}})})
            .empty());
}

TEST_CASE("A pasted picture near a signature word is a handwritten mark",
          "[extractors][signature]") {
  auto page = MakePage({{0.78, "Signature et cachet :"}});
  PlacedImage scribble;
  scribble.box = {0.15, 0.80, 0.40, 0.86};
  scribble.width_px = 400;
  scribble.height_px = 100;
  scribble.transparent = true;
  scribble.opaque_share = 0.12;  // thin strokes on a transparent ground
  page.images.push_back(scribble);
  auto marks = verifact::FindSignatureMarks({page});
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].kind == SignatureMarkKind::kHandwritten);
  CHECK(marks[0].bbox == scribble.box);

  SECTION("a round picture under 'Cachet' is a stamp") {
    page.images[0].box = {0.15, 0.80, 0.27, 0.885};
    page.images[0].opaque_share = 0.3;
    auto stamp = verifact::FindSignatureMarks({page});
    REQUIRE(stamp.size() == 1);
    CHECK(stamp[0].kind == SignatureMarkKind::kStamp);
  }
}

TEST_CASE("A logo is not a signature", "[extractors][signature]") {
  auto page = MakePage({{0.3, "FACTURE N° 2024-001"}, {0.9, "Signature :"}});
  PlacedImage logo;
  logo.box = {0.05, 0.03, 0.25, 0.12};
  logo.width_px = 600;
  logo.height_px = 270;
  logo.transparent = true;
  logo.opaque_share = 0.7;
  page.images.push_back(logo);
  CHECK(verifact::FindSignatureMarks({page}).empty());
  SECTION("nor a full-page background") {
    page.images[0].box = {0, 0, 1, 1};
    CHECK(verifact::FindSignatureMarks({page}).empty());
  }
}

TEST_CASE("Ink beside a signature word on a scan is a handwritten mark",
          "[extractors][signature]") {
  verifact::GrayImage grey;
  grey.width = 1240;
  grey.height = 1754;
  grey.dpi = 150;
  grey.pixels.assign(static_cast<size_t>(grey.width) * grey.height, 255);
  auto page = MakePage({{0.78, "Signature :"}});
  auto draw = [&grey](int x, int y) {
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        grey.pixels[static_cast<size_t>(y + dy) * grey.width + x + dx] = 30;
      }
    }
  };

  SECTION("a blank signature zone holds nothing") {
    CHECK(verifact::FindInkMarks(page, grey).empty());
  }
  SECTION("a ruled line is not a signature") {
    for (int x = 200; x < 700; ++x) draw(x, 1420);
    CHECK(verifact::FindInkMarks(page, grey).empty());
  }
  SECTION("a scrawl is") {
    for (int x = 200; x < 560; ++x) {
      const double t = (x - 200) / 18.0;
      draw(x, 1430 + static_cast<int>(28 * std::sin(t) + 10 * std::sin(3.1 * t)));
    }
    auto marks = verifact::FindInkMarks(page, grey);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].kind == SignatureMarkKind::kHandwritten);
    CHECK(marks[0].bbox.x0 == Approx(200.0 / 1240).margin(0.01));
    CHECK(marks[0].bbox.y0 > 0.78);
  }
}

namespace {

// An ink map of a page at 100 cells an inch (8.27 × 11.69 in), blank.
verifact::InkMap BlankInk() {
  verifact::InkMap ink;
  ink.width = 827;
  ink.height = 1169;
  ink.cells.assign(static_cast<size_t>(ink.width) * ink.height, verifact::InkMap::kNone);
  return ink;
}

void Dot(verifact::InkMap* ink, int x, int y, uint8_t colour) {
  for (int dy = -1; dy <= 1; ++dy) {
    for (int dx = -1; dx <= 1; ++dx) {
      ink->cells[static_cast<size_t>(y + dy) * ink->width + x + dx] = colour;
    }
  }
}

}  // namespace

TEST_CASE("Colour ink on a scan: a ring is a stamp, blue strokes a signature",
          "[extractors][signature]") {
  auto page = MakePage({{0.80, "Cachet et signature"}});
  verifact::InkMap ink = BlankInk();

  SECTION("a page without colour holds nothing") {
    CHECK(verifact::FindColourMarks(page, ink).empty());
  }
  SECTION("a violet ring with lettering inside is a stamp") {
    for (int a = 0; a < 720; ++a) {
      const double t = a * 3.14159265358979 / 360;
      Dot(&ink, 600 + static_cast<int>(55 * std::cos(t)), 1010 + static_cast<int>(55 * std::sin(t)),
          verifact::InkMap::kBlue);
    }
    for (int x = 570; x < 630; x += 4) Dot(&ink, x, 1010, verifact::InkMap::kBlue);  // lettering
    auto marks = verifact::FindColourMarks(page, ink);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].kind == SignatureMarkKind::kStamp);
    CHECK(marks[0].bbox.x0 == Approx(545.0 / 827).margin(0.01));
  }
  SECTION("a blue scrawl is a handwritten signature") {
    for (int x = 150; x < 400; ++x) {
      const double t = (x - 150) / 12.0;
      Dot(&ink, x, 1000 + static_cast<int>(18 * std::sin(t) + 6 * std::sin(2.9 * t)),
          verifact::InkMap::kBlue);
    }
    auto marks = verifact::FindColourMarks(page, ink);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].kind == SignatureMarkKind::kHandwritten);
  }
  SECTION("coloured print that OCR read is not ink") {
    auto heading = MakePage({{0.50, "CONDITIONS GENERALES DE VENTE"}});
    for (const auto& w : heading.words) {
      for (int x = static_cast<int>(w.box.x0 * 827); x < static_cast<int>(w.box.x1 * 827); x += 2) {
        for (int y = static_cast<int>(w.box.y0 * 1169) + 1; y < static_cast<int>(w.box.y1 * 1169);
             y += 3) {
          Dot(&ink, x, y, verifact::InkMap::kBlue);
        }
      }
    }
    CHECK(verifact::FindColourMarks(heading, ink).empty());
  }
  SECTION("a solid coloured logo is not a stamp") {
    for (int y = 40; y < 140; ++y) {
      for (int x = 60; x < 200; ++x) ink.cells[static_cast<size_t>(y) * 827 + x] = verifact::InkMap::kRed;
    }
    CHECK(verifact::FindColourMarks(page, ink).empty());
  }
}

TEST_CASE("Ink colours: saturated blue, violet and red are ink; black, grey and pale tints are not",
          "[extractors][signature]") {
  using verifact::InkMap;
  CHECK(InkMap::Classify(20, 40, 150) == InkMap::kBlue);
  CHECK(InkMap::Classify(110, 60, 160) == InkMap::kBlue);  // violet stamp ink
  CHECK(InkMap::Classify(200, 30, 40) == InkMap::kRed);
  CHECK(InkMap::Classify(10, 10, 10) == InkMap::kNone);
  CHECK(InkMap::Classify(128, 128, 135) == InkMap::kNone);
  CHECK(InkMap::Classify(250, 240, 255) == InkMap::kNone);  // paper tint
}
