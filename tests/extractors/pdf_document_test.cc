// PdfDocument's limits on what a page may declare before it is drawn (pdf_document.h).
#include "extractors/pdf_document.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extractors/field_finder.h"
#include "extractors/page_png.h"

namespace {

// A one-page PDF: `content` is the page's content stream; `form`, when not empty, is the
// content of a form XObject /Fx the page can paint.
// `page_entries` are added to the page's dictionary (e.g. "/Rotate 90").
std::string OnePagePdf(const std::string& content, const std::string& form = "",
                       const std::string& page_entries = "") {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R " + page_entries +
          " /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font "
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

namespace {

// An invoice's lines, drawn upright with Helvetica; `matrix` is each line's text matrix
// without its position ("1 0 0 1" upright, "0 1 -1 0" drawn sideways).
std::string InvoiceLines(const std::string& matrix = "1 0 0 1") {
  const std::vector<std::pair<int, std::string>> lines = {
      {760, "FORMATION CONSEIL SARL - SIRET 362 521 879 00034"},
      {720, "Facture n\\260 : FA-2023-0117"},
      {700, "Date : 05/01/2023"},
      {400, "Total HT        2 268,00"},
      {380, "TVA 20 %          453,60"},
      {360, "Total TTC       2 721,60"}};
  std::string content;
  for (const auto& [y, text] : lines) {
    // Sideways lines run up the page, the first at the left: turned a quarter clockwise, the
    // page shows them in the same order and spacing.
    const std::string at =
        matrix == "1 0 0 1" ? "72 " + std::to_string(y) : std::to_string(60 + 760 - y) + " 72";
    content += "BT /F1 11 Tf " + matrix + " " + at + " Tm (" + text + ") Tj ET\n";
  }
  return content;
}

// The invoice's fields read from page 1 of `pdf`, and that page's words and size.
struct Read {
  verifact::InvoiceFields fields;
  verifact::PageText page;
  double width = 0, height = 0;
};

Read ReadPage(const std::string& pdf) {
  auto doc = verifact::OpenPdfDocument(pdf);
  REQUIRE(doc.ok());
  auto text = doc.value()->Text(1);
  REQUIRE(text.ok());
  Read r;
  r.page = text.value();
  doc.value()->PageSize(1, &r.width, &r.height);
  r.fields = verifact::FieldFinder::Shared().Find({r.page});
  return r;
}

}  // namespace

TEST_CASE("A page turned by /Rotate, or drawn sideways, is read upright", "[extractors][layout]") {
  const Read upright = ReadPage(OnePagePdf(InvoiceLines()));
  REQUIRE(upright.fields.total_ttc);
  CHECK(upright.fields.total_ttc->value.ToString() == "2721.60");
  const verifact::BBox ttc_box = upright.fields.total_ttc->bbox;

  for (int rotate : {90, 180, 270}) {
    INFO("/Rotate " << rotate);
    const std::string pdf = OnePagePdf(InvoiceLines(), "", "/Rotate " + std::to_string(rotate));
    const Read r = ReadPage(pdf);
    REQUIRE(r.fields.invoice_number);
    CHECK(r.fields.invoice_number->value == "FA-2023-0117");
    REQUIRE(r.fields.total_ttc);
    CHECK(r.fields.total_ttc->value.ToString() == "2721.60");
    REQUIRE(r.fields.siret);
    CHECK(r.fields.siret->value == "36252187900034");
    // Turned back upright: portrait again, the total where it is on the upright page.
    CHECK(r.width == Approx(595));
    CHECK(r.height == Approx(842));
    const verifact::BBox box = r.fields.total_ttc->bbox;
    CHECK(box.x0 == Approx(ttc_box.x0).margin(0.005));
    CHECK(box.y0 == Approx(ttc_box.y0).margin(0.005));
    // The reviewers' picture is turned the same way: portrait.
    auto png = verifact::RenderPagePng(pdf, 1, 300);
    REQUIRE(png.ok());
    PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.value().data()), png.value().size());
    REQUIRE(pix);
    CHECK(pixGetHeight(pix) > pixGetWidth(pix));
    pixDestroy(&pix);
  }

  // Content drawn sideways on an unrotated page: the page is turned so it reads upright
  // (landscape, as the lines now run across its long side).
  const Read sideways = ReadPage(OnePagePdf(InvoiceLines("0 1 -1 0")));
  REQUIRE(sideways.fields.total_ttc);
  CHECK(sideways.fields.total_ttc->value.ToString() == "2721.60");
  REQUIRE(sideways.fields.invoice_number);
  CHECK(sideways.fields.invoice_number->value == "FA-2023-0117");
  CHECK(sideways.width == Approx(842));

  // A legal mention up the margin of an upright page leaves the page as it is.
  const Read margin = ReadPage(OnePagePdf(
      InvoiceLines() +
      "BT /F1 7 Tf 0 1 -1 0 30 100 Tm (SARL au capital de 10 000 euros - RCS Lyon) Tj ET\n"));
  CHECK(margin.width == Approx(595));
  REQUIRE(margin.fields.total_ttc);
  CHECK(margin.fields.total_ttc->value.ToString() == "2721.60");
  CHECK(margin.fields.total_ttc->bbox.x0 == Approx(ttc_box.x0).margin(0.005));
}

TEST_CASE("Accents typed as a letter and a combining mark, and ligatures, read as one text",
          "[extractors][layout]") {
  // A Type 0 font is not needed: WinAnsi has no combining acute, so the text is built with a
  // /Differences entry mapping two codes to 'acutecomb' and the 'fi' ligature, which Poppler
  // turns into U+0301 and U+FB01.
  const std::string content =
      "BT /F2 12 Tf 72 720 Td (Nume\\201ro de facture : FA-2023-0117) Tj ET\n"
      "BT /F2 12 Tf 72 700 Td (Total \\202nal TTC 1 200,00) Tj ET\n";
  std::string pdf = OnePagePdf(content);
  // Swap the page's font for one with the two differences.
  const std::string helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  const std::string with_marks =
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
      "/BaseEncoding /WinAnsiEncoding /Differences [129 /acutecomb /fi] >> >>";
  pdf.replace(pdf.find(helvetica), helvetica.size(), with_marks);
  pdf.replace(pdf.find("/F1 5 0 R"), 9, "/F2 5 0 R");
  // Offsets moved: let Poppler rebuild the cross-reference table, as it does for damaged files.
  auto doc = verifact::OpenPdfDocument(pdf);
  REQUIRE(doc.ok());
  auto text = doc.value()->Text(1);
  REQUIRE(text.ok());
  std::string all;
  for (const auto& w : text.value().words) all += w.text + " ";
  CHECK(all.find("Numéro") != std::string::npos);  // one precomposed é
  CHECK(all.find("final") != std::string::npos);   // the ligature as its letters
  auto f = verifact::FieldFinder::Shared().Find({text.value()});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "FA-2023-0117");
}
