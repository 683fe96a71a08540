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
  // A euro sign set as a letter touching its amount stays apart from it: only letters join.
  TextLayout euro({Line({At("e", 0.50, 0.51, false), At("326,00", 0.51, 0.55)})});
  CHECK(euro.lines()[0].text == "e 326,00");
}
