#include "extractors/text_layout.h"

#include <catch2/catch.hpp>

using verifact::PageText;
using verifact::TextLayout;
using verifact::Word;

namespace {

// One line of words at the given x ranges (fractions of an A4 page), 10 pt high.
PageText Line(const std::vector<Word>& words) {
  PageText page;
  page.number = 1;
  page.width_pt = 595;
  page.height_pt = 842;
  page.words = words;
  return page;
}

Word At(std::string text, double x0, double x1, bool space_after = true) {
  return Word{std::move(text), {x0, 0.40, x1, 0.412}, 1.0, space_after};
}

}  // namespace

TEST_CASE("A word the text layer splits without a space reads as one word",
          "[extractors][layout]") {
  // "T" and "OTAL" kerned into each other, as LibreOffice draws "TOTAL".
  TextLayout kerned(
      {Line({At("T", 0.50, 0.512, false), At("OTAL", 0.511, 0.56), At("263.66", 0.566, 0.61)})});
  REQUIRE(kerned.lines().size() == 1);
  CHECK(kerned.lines()[0].text == "TOTAL 263.66");
  // The same words with a space between them stay apart.
  TextLayout spaced({Line({At("T", 0.50, 0.512), At("OTAL", 0.516, 0.56)})});
  CHECK(spaced.lines()[0].text == "T OTAL");
  // Letter-spaced capitals read as one word; three letters, or words, do not.
  TextLayout spaced_title(
      {Line({At("I", 0.50, 0.505), At("N", 0.511, 0.518), At("V", 0.524, 0.531),
             At("O", 0.537, 0.544), At("I", 0.550, 0.553), At("C", 0.559, 0.566),
             At("E", 0.572, 0.579), At("#101", 0.587, 0.61)})});
  CHECK(spaced_title.lines()[0].text == "INVOICE #101");
  TextLayout initials({Line(
      {At("A", 0.50, 0.507), At("B", 0.513, 0.52), At("C", 0.526, 0.533), At("Ltd", 0.54, 0.56)})});
  CHECK(initials.lines()[0].text == "A B C Ltd");
  // A soft hyphen (where a word may break) is not text: "Zwischen\u00adsumme".
  TextLayout soft({Line({At("Zwischen\u00adsumme", 0.50, 0.60), At("314,00", 0.70, 0.75)})});
  CHECK(soft.lines()[0].text == "Zwischensumme\t314,00");
  // A euro sign set as a letter touching its amount stays apart from it: only letters join.
  TextLayout euro({Line({At("e", 0.50, 0.51, false), At("326,00", 0.51, 0.55)})});
  CHECK(euro.lines()[0].text == "e 326,00");
}

TEST_CASE("Two lines set closer than their fonts' boxes are tall stay two lines",
          "[extractors][layout]") {
  // ERPNext's totals: "VAT 20%  £ 370.00" over "Total  £ 2,220.00", each word boxed 0.027
  // high on lines 0.015 apart, beside a paragraph line that spans both.
  auto box = [](std::string text, double x0, double x1, double y0) {
    return Word{std::move(text), {x0, y0, x1, y0 + 0.027}, 1.0, true};
  };
  PageText page = Line({box("GBP", 0.07, 0.10, 0.444), box("only.", 0.40, 0.43, 0.444),
                        box("VAT", 0.52, 0.547, 0.436), box("20%", 0.551, 0.581, 0.436),
                        box("370.00", 0.882, 0.93, 0.436), box("Total", 0.52, 0.554, 0.451),
                        box("2,220.00", 0.868, 0.93, 0.451)});
  TextLayout layout({page});
  std::vector<std::string> texts;
  for (const auto& line : layout.lines()) texts.push_back(line.text);
  CAPTURE(texts);
  REQUIRE(layout.lines().size() == 2);
  CHECK(layout.lines()[0].text.find("VAT 20%\t370.00") != std::string::npos);
  CHECK(layout.lines()[1].text == "Total\t2,220.00");
  // The same word drawn twice, a hair apart (a fake bold), stays one line.
  TextLayout bold({Line({At("TOTAL", 0.50, 0.55), Word{"TOTAL", {0.5005, 0.4003, 0.5505, 0.4123}},
                         At("12.00", 0.70, 0.74)})});
  CHECK(bold.lines().size() == 1);
}
