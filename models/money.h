// Money: an exact amount in euro cents. Money is never a float inside verifact.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace verifact {

// The currency marks an amount may carry before or after it: symbols, ISO 4217 codes in upper
// case, and Malaysia's "RM". Amounts are read in the currency printed; nothing is converted.
inline constexpr std::string_view kCurrencyMarks[] = {
    "\u20ac", "\u00a3", "$",   "\u20b9", "\u00a5", "EUR", "GBP", "USD", "CHF", "INR", "CAD", "AUD",
    "NZD",    "JPY",    "SEK", "NOK",    "DKK",    "PLN", "CZK", "HUF", "MYR", "SGD", "RM"};

// Some fonts (LaTeX's eurosym and marvosym without a Unicode map) hand the euro sign to the
// text layer as a letter: "1260e", "103.5C", "3150 e". True when `text` ends with that
// lower-case "e" or capital "C" right after a digit, one space between allowed.
inline bool EuroAsLetter(std::string_view text) {
  if (text.size() < 2 || (text.back() != 'e' && text.back() != 'C')) return false;
  text.remove_suffix(1);
  if (text.back() == ' ') text.remove_suffix(1);
  return !text.empty() && text.back() >= '0' && text.back() <= '9';
}

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money FromCents(int64_t cents) { return Money(cents); }

  // Parses an amount as printed on invoices: "2 268,00 €", "2268,00", "2.268,00 EUR",
  // "€ 2 268,00", "2,268.00", "-4 135,00", "(4 135,00)", "1 200 €". Spaces may be
  // ordinary, no-break (U+00A0) or narrow no-break (U+202F). The decimal separator is the
  // last '.' or ',' followed by one or two digits at the end; other separators must group
  // thousands by three. Cents written as a dash ("1000,–", "25.--") are none; a euro sign
  // the text layer gives as a letter (EuroAsLetter) is a currency mark. Returns
  // nullopt for anything else (never guesses).
  static std::optional<Money> Parse(std::string_view text);

  // Parses the contract's canonical form "-4135.00" (also accepts no or one decimal).
  static std::optional<Money> ParseCanonical(std::string_view text);

  constexpr int64_t cents() const { return cents_; }
  constexpr bool negative() const { return cents_ < 0; }
  constexpr Money operator+(Money o) const { return Money(cents_ + o.cents_); }
  constexpr Money operator-(Money o) const { return Money(cents_ - o.cents_); }
  constexpr Money operator-() const { return Money(-cents_); }
  constexpr auto operator<=>(const Money&) const = default;

  // The contract's form: dot, exactly two decimals, leading '-' when negative.
  std::string ToString() const;

 private:
  constexpr explicit Money(int64_t cents) : cents_(cents) {}
  int64_t cents_ = 0;
};

}  // namespace verifact
