// Date: a calendar day, as invoices print it and as the contract writes it (ISO 8601).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace verifact {

class Date {
 public:
  // No day at all ("0000-00-00"): only so that containers can hold a Date before it is set.
  Date() = default;

  // A valid Gregorian day between years 1900 and 2199, or nullopt.
  static std::optional<Date> FromYmd(int year, int month, int day);

  // Parses the forms French invoices use: "05/01/2023", "5/1/23", "05.01.2023", "05-01-2023",
  // "2023-01-05", "5 janvier 2023", "1er janvier 2023", "5 janv. 2023", and the English and
  // German month names ("January 5, 2023", "5. Januar 2023"). Numeric dates are read day
  // first, as in France. Returns nullopt for an impossible day; never guesses.
  static std::optional<Date> Parse(std::string_view text);

  // "YYYY-MM-DD".
  static std::optional<Date> ParseIso(std::string_view text);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  std::string ToIso() const;
  auto operator<=>(const Date&) const = default;

 private:
  Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
  int year_ = 0;
  int month_ = 0;
  int day_ = 0;
};

// The month (1-12) a French, English or German month name or abbreviation stands for
// ("janv.", "févr", "aout", "Sept", "März"), case-insensitive; 0 when it is none.
int MonthFromName(std::string_view name);

}  // namespace verifact
