#include "models/money.h"

#include <catch2/catch.hpp>

using verifact::Money;

TEST_CASE("Amounts printed the French, English and accounting ways parse to exact cents",
          "[models][amounts]") {
  auto [text, canonical] = GENERATE(table<std::string, std::string>({
      {"2 268,00 €", "2268.00"},
      {"2268,00", "2268.00"},
      {"2.268,00 EUR", "2268.00"},
      {"€ 2 268,00", "2268.00"},
      {"2,268.00", "2268.00"},
      {"2\u00a0268,00\u00a0€", "2268.00"},
      {"2\u202f268,00", "2268.00"},
      {"-4 135,00 €", "-4135.00"},
      {"\u2212 4 135,00", "-4135.00"},
      {"(4 135,00)", "-4135.00"},
      {"1 200 €", "1200.00"},
      {"12000€", "12000.00"},
      {"0,5", "0.50"},
      {"96 540,00 euros", "96540.00"},
      {"1.234.567,89", "1234567.89"},
      {"1'234.50", "1234.50"},
      {"£22.50", "22.50"},
      {"-£22.50", "-22.50"},
      {"$1,234.00 USD", "1234.00"},
      {"GBP 5.70", "5.70"},
      {"$1, 034.00", "1034.00"},
      // TeX's invoice2 sets a space after the decimal comma, in the text layer too.
      {"5 446, 28 €", "5446.28"},
      {"12, 50", "12.50"},
      {"₹ 496", "496.00"},
      {"INR 1,234.00", "1234.00"},
      {"RM 15", "15.00"},
      {"1 200,00 CHF", "1200.00"},
      {"SEK 1 200,00", "1200.00"},
      {"¥1,200", "1200.00"},
      // German whole amounts: the cents written as a dash.
      {"1000,– €", "1000.00"},
      {"-1000,– €", "-1000.00"},
      {"25.--", "25.00"},
      {"1.250,—", "1250.00"},
      // A euro sign some LaTeX fonts hand the text layer as a letter.
      {"1260e", "1260.00"},
      {"103.5C", "103.50"},
      {"3150 e", "3150.00"},
  }));
  CAPTURE(text);
  auto m = Money::Parse(text);
  REQUIRE(m.has_value());
  CHECK(m->ToString() == canonical);
}

TEST_CASE("Things that are not amounts are refused rather than guessed", "[models][amounts]") {
  auto text = GENERATE(as<std::string>{}, "", "€", "abc", "12 34,00", "1,23,45", "2 2680,00",
                       "12-3", "1234567890123456,00", "4 135,00-", "12, 5", "RMB 15", "15 XYZ",
                       "12,-5", "12,---", ",-", "12c", "12E", "e", "1e5");
  CAPTURE(text);
  CHECK_FALSE(Money::Parse(text).has_value());
}

TEST_CASE("The contract's canonical amount round-trips", "[models][amounts]") {
  for (const char* s : {"0.00", "-4135.00", "96540.00", "0.07"}) {
    auto m = Money::ParseCanonical(s);
    REQUIRE(m.has_value());
    CHECK(m->ToString() == s);
  }
  CHECK(Money::ParseCanonical("12.5")->cents() == 1250);
  CHECK_FALSE(Money::ParseCanonical("12,50").has_value());
  CHECK((Money::FromCents(226800) + Money::FromCents(45360)).ToString() == "2721.60");
}
