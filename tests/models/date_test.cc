#include "models/date.h"

#include <catch2/catch.hpp>

using verifact::Date;

TEST_CASE("Dates as French invoices print them read day first", "[models][dates]") {
  auto [text, iso] = GENERATE(table<std::string, std::string>({
      {"05/01/2023", "2023-01-05"},
      {"5/1/2023", "2023-01-05"},
      {"05.01.2023", "2023-01-05"},
      {"05-01-2023", "2023-01-05"},
      {"05/01/23", "2023-01-05"},
      {"2023-01-05", "2023-01-05"},
      {"5 janvier 2023", "2023-01-05"},
      {"1er janvier 2023", "2023-01-01"},
      {"5 janv. 2023", "2023-01-05"},
      {"29 février 2024", "2024-02-29"},
      {"3 AOÛT 2022", "2022-08-03"},
      {"15 déc. 2021", "2021-12-15"},
      {"January 5, 2023", "2023-01-05"},
      {"5. Januar 2023", "2023-01-05"},
      {"le 12 septembre 2022", "2022-09-12"},
      // Only month first can read it: an American layout.
      {"05/13/2023", "2023-05-13"},
      {"11/26/2026", "2026-11-26"},
  }));
  CAPTURE(text);
  auto d = Date::Parse(text);
  REQUIRE(d.has_value());
  CHECK(d->ToIso() == iso);
}

TEST_CASE("Impossible or ambiguous dates are refused", "[models][dates]") {
  auto text = GENERATE(as<std::string>{}, "31/02/2023", "29 février 2023", "00/01/2023",
                       "13/13/2023", "31/31/2023", "5 brumaire 2023", "2023", "12/2023", "1/2/3/4");
  CAPTURE(text);
  CHECK_FALSE(Date::Parse(text).has_value());
}

TEST_CASE("Dates compare in calendar order", "[models][dates]") {
  CHECK(*Date::ParseIso("2023-01-05") < *Date::ParseIso("2023-02-01"));
  CHECK_FALSE(Date::ParseIso("2023-1-5").has_value());
}

TEST_CASE("Digit runs longer than a date part are refused, never thrown on", "[models][dates]") {
  // Found by fuzz/field_finder_fuzzer: "Date : 05/01/2024732829320" made std::stoi throw.
  CHECK_FALSE(Date::Parse("05/01/2024732829320"));
  CHECK_FALSE(Date::Parse("2024/01/99999999999999"));
  CHECK_FALSE(Date::Parse("2024-99999999999-01"));
  CHECK_FALSE(Date::Parse("5 janvier 99999999999"));
  CHECK(Date::Parse("05/01/2024") == Date::FromYmd(2024, 1, 5));
}
