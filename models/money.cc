#include "models/money.h"

#include <cstdlib>

namespace verifact {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the currency mark `text` opens with, 0 if none ("eur", "euros" included).
size_t CurrencyMarkAt(std::string_view text) {
  if (text.starts_with("EUR") || text.starts_with("eur")) {
    size_t n = 3;
    while (n < text.size() && (text[n] == 'o' || text[n] == 's')) ++n;  // "euros"
    return n;
  }
  for (std::string_view mark : kCurrencyMarks) {
    if (text.starts_with(mark)) return mark.size();
  }
  return 0;
}

// The length of the dashes `text` opens with ("-", "--", "–", "—"), 0 if none.
size_t CentsDashesAt(std::string_view text) {
  size_t n = 0;
  for (int k = 0; k < 2; ++k) {
    std::string_view rest = text.substr(n);
    if (rest.starts_with("-")) {
      n += 1;
    } else if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {
      n += 3;
    } else {
      break;
    }
  }
  return n;
}

// Removes currency marks and every kind of space; writes cents printed as a dash as "00"; remembers
// a sign written as '-', a Unicode minus or dash, or accounting parentheses.
std::optional<std::string> Normalise(std::string_view text, bool* negative) {
  std::string out;
  *negative = false;
  bool open_paren = false;
  bool dashed = false;  // cents written as a dash were met
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    auto rest = text.substr(i);
    if (c == ' ' || c == '\t' || c == '\'') {
      out += ' ';
      ++i;
    } else if (rest.starts_with("\u00a0") || rest.starts_with("\u202f") ||
               rest.starts_with("\u2009")) {
      out += ' ';
      i += rest.starts_with("\u00a0") ? 2 : 3;
    } else if (const size_t mark = CurrencyMarkAt(rest); mark > 0) {
      i += mark;
    } else if (const size_t dashes = CentsDashesAt(rest);
               dashes > 0 && !out.empty() && (out.back() == ',' || out.back() == '.')) {
      out += "00";  // "1000,–", "25.--": whole units, the cents written as a dash
      i += dashes;
      dashed = true;
    } else if (rest.starts_with("\u2212") || rest.starts_with("\u2013")) {  // − –
      if (!out.empty() && out.find_first_not_of(' ') != std::string::npos) return std::nullopt;
      *negative = true;
      i += 3;
    } else if (c == '-') {
      if (out.find_first_not_of(' ') != std::string::npos) return std::nullopt;
      *negative = true;
      ++i;
    } else if (c == '(') {
      open_paren = true;
      ++i;
    } else if (c == ')') {
      if (!open_paren) return std::nullopt;
      *negative = true;
      ++i;
    } else if (c == '+') {
      ++i;
    } else if (IsDigit(static_cast<char>(c)) || c == '.' || c == ',') {
      if (dashed) return std::nullopt;  // the dash closes the amount
      out += static_cast<char>(c);
      ++i;
    } else {
      return std::nullopt;
    }
  }
  // Trim.
  size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) return std::nullopt;
  size_t e = out.find_last_not_of(' ');
  return out.substr(b, e - b + 1);
}

}  // namespace

std::optional<Money> Money::Parse(std::string_view text) {
  if (EuroAsLetter(text)) text.remove_suffix(1);
  bool negative = false;
  auto norm = Normalise(text, &negative);
  if (!norm) return std::nullopt;
  std::string s = *norm;
  // A decimal comma set apart from its cents by the typesetting ("5 446, 28 €" from TeX): a
  // comma, a space and two digits ending the amount are its cents.
  if (const size_t n = s.size();
      n >= 5 && s[n - 4] == ',' && s[n - 3] == ' ' && IsDigit(s[n - 2]) && IsDigit(s[n - 1])) {
    s.erase(n - 3, 1);
  }

  // Locate the decimal separator: the last '.' or ',' followed by 1-2 digits to the end.
  std::string int_part = s;
  std::string frac;
  size_t sep = s.find_last_of(".,");
  if (sep != std::string::npos) {
    size_t tail = s.size() - sep - 1;
    bool tail_digits = tail > 0;
    for (size_t k = sep + 1; k < s.size(); ++k) tail_digits = tail_digits && IsDigit(s[k]);
    if (tail_digits && tail <= 2) {
      int_part = s.substr(0, sep);
      frac = s.substr(sep + 1);
    }
  }
  // A comma thousands separator set apart from its group by the typesetting ("$1, 034.00"):
  // the space is spacing, not a second separator.
  for (size_t k = int_part.find(", "); k != std::string::npos; k = int_part.find(", ", k)) {
    int_part.erase(k + 1, 1);
  }
  // The integer part: digits grouped by three with one kind of separator, or plain digits.
  std::string digits;
  char group_sep = 0;
  size_t group_len = 0;
  bool grouped = false;
  for (char c : int_part) {
    if (IsDigit(c)) {
      digits += c;
      ++group_len;
      continue;
    }
    if (group_sep == 0) {
      if (group_len == 0 || group_len > 3) return std::nullopt;
      group_sep = c;
    } else {
      if (c != group_sep || group_len != 3) return std::nullopt;
    }
    grouped = true;
    group_len = 0;
  }
  if (digits.empty() || (grouped && group_len != 3)) return std::nullopt;
  if (digits.size() > 15) return std::nullopt;  // beyond any invoice, and beyond int64 cents
  if (frac.size() == 1) frac += '0';
  if (frac.empty()) frac = "00";
  int64_t cents =
      std::strtoll(digits.c_str(), nullptr, 10) * 100 + std::strtoll(frac.c_str(), nullptr, 10);
  return Money(negative ? -cents : cents);
}

std::optional<Money> Money::ParseCanonical(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 15 || frac.size() > 2) return std::nullopt;
  for (char c : whole) {
    if (!IsDigit(c)) return std::nullopt;
  }
  for (char c : frac) {
    if (!IsDigit(c)) return std::nullopt;
  }
  int64_t cents = std::strtoll(std::string(whole).c_str(), nullptr, 10) * 100;
  if (!frac.empty()) {
    cents += std::strtoll(std::string(frac).c_str(), nullptr, 10) * (frac.size() == 1 ? 10 : 1);
  }
  return Money(negative ? -cents : cents);
}

std::string Money::ToString() const {
  int64_t abs = cents_ < 0 ? -cents_ : cents_;
  std::string frac = std::to_string(abs % 100);
  if (frac.size() < 2) frac.insert(0, "0");
  return (cents_ < 0 ? "-" : "") + std::to_string(abs / 100) + "." + frac;
}

}  // namespace verifact
