#include "models/date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace verifact {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Lower-cases ASCII and folds the accented letters month names use, so "Févr." == "fevr".
std::string Fold(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char n = static_cast<unsigned char>(s[i + 1]);
      ++i;
      if (n == 0xA9 || n == 0x89 || n == 0xA8 || n == 0xAA) {  // é É è ê
        out += 'e';
      } else if (n == 0xBB || n == 0xB9 || n == 0x9B) {  // û ù Û
        out += 'u';
      } else if (n == 0xA4 || n == 0x84 || n == 0xA2) {  // ä Ä â
        out += 'a';
      } else {
        out += '?';
      }
    } else if (c == '.') {
      continue;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

struct MonthName {
  const char* name;
  int month;
};

// Full names and the abbreviations seen on invoices. Matching is exact on the folded word.
constexpr std::array kMonths = {
    MonthName{"janvier", 1},   MonthName{"janv", 1},      MonthName{"jan", 1},
    MonthName{"january", 1},   MonthName{"januar", 1},    MonthName{"fevrier", 2},
    MonthName{"fevr", 2},      MonthName{"fev", 2},       MonthName{"february", 2},
    MonthName{"feb", 2},       MonthName{"februar", 2},   MonthName{"mars", 3},
    MonthName{"march", 3},     MonthName{"mar", 3},       MonthName{"marz", 3},
    MonthName{"maerz", 3},     MonthName{"avril", 4},     MonthName{"avr", 4},
    MonthName{"april", 4},     MonthName{"apr", 4},       MonthName{"mai", 5},
    MonthName{"may", 5},       MonthName{"juin", 6},      MonthName{"june", 6},
    MonthName{"jun", 6},       MonthName{"juni", 6},      MonthName{"juillet", 7},
    MonthName{"juil", 7},      MonthName{"july", 7},      MonthName{"jul", 7},
    MonthName{"juli", 7},      MonthName{"aout", 8},      MonthName{"august", 8},
    MonthName{"aug", 8},       MonthName{"septembre", 9}, MonthName{"sept", 9},
    MonthName{"sep", 9},       MonthName{"september", 9}, MonthName{"octobre", 10},
    MonthName{"oct", 10},      MonthName{"october", 10},  MonthName{"oktober", 10},
    MonthName{"okt", 10},      MonthName{"novembre", 11}, MonthName{"nov", 11},
    MonthName{"november", 11}, MonthName{"decembre", 12}, MonthName{"dec", 12},
    MonthName{"december", 12}, MonthName{"dezember", 12}, MonthName{"dez", 12},
};

// Splits into runs of digits and runs of letters (any non-ASCII byte counts as a letter);
// everything else separates.
std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  int kind = 0;  // 1 digits, 2 letters
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    int k = std::isdigit(c) ? 1 : (std::isalpha(c) || c >= 0x80 || c == '.') ? 2 : 0;
    if (ch == '.' && kind == 1) k = 0;  // "05.01.2023": the dot separates digits
    if (k != kind && !cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
    kind = k;
    if (k != 0) cur += ch;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool AllDigits(const std::string& s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

// A year of 2 or 4 digits; -1 otherwise (checked before converting: a run of digits longer
// than an int once made std::stoi throw out of the field finder, found by fuzzing).
int Year(const std::string& s) {
  if (s.size() != 2 && s.size() != 4) return -1;
  int y = std::stoi(s);
  return s.size() == 2 ? 2000 + y : y;
}

}  // namespace

int MonthFromName(std::string_view name) {
  std::string f = Fold(name);
  for (const auto& m : kMonths) {
    if (f == m.name) return m.month;
  }
  return 0;
}

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return std::nullopt;
  int max = kDays[static_cast<size_t>(month - 1)] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day > max) return std::nullopt;
  return Date(year, month, day);
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto t = Tokens(text);
  if (t.size() != 3 || !AllDigits(t[0]) || !AllDigits(t[1]) || !AllDigits(t[2])) {
    return std::nullopt;
  }
  return FromYmd(std::stoi(t[0]), std::stoi(t[1]), std::stoi(t[2]));
}

std::optional<Date> Date::Parse(std::string_view text) {
  auto t = Tokens(text);
  // Drop "er" of "1er", and "le"/"the"/"den" before the date.
  std::vector<std::string> tok;
  for (auto& s : t) {
    std::string f = Fold(s);
    if (f == "er" || f == "le" || f == "the" || f == "den" || f == "st" || f == "nd" || f == "rd" ||
        f == "th") {
      continue;
    }
    tok.push_back(s);
  }
  if (tok.size() != 3) return std::nullopt;
  if (AllDigits(tok[0]) && AllDigits(tok[1]) && AllDigits(tok[2])) {
    if (tok[0].size() == 4) {  // ISO order
      if (tok[1].size() > 2 || tok[2].size() > 2) return std::nullopt;
      return FromYmd(std::stoi(tok[0]), std::stoi(tok[1]), std::stoi(tok[2]));
    }
    if (tok[0].size() > 2 || tok[1].size() > 2) return std::nullopt;
    // Day first, as French and German write it; a date only month first can be ("11/26/2026",
    // an American layout) is read that way.
    if (auto dmy = FromYmd(Year(tok[2]), std::stoi(tok[1]), std::stoi(tok[0]))) return dmy;
    return FromYmd(Year(tok[2]), std::stoi(tok[0]), std::stoi(tok[1]));
  }
  if (AllDigits(tok[0]) && AllDigits(tok[2]) && tok[0].size() <= 2) {  // 5 janvier 2023
    int m = MonthFromName(tok[1]);
    if (m == 0 || tok[2].size() != 4) return std::nullopt;
    return FromYmd(std::stoi(tok[2]), m, std::stoi(tok[0]));
  }
  if (AllDigits(tok[1]) && AllDigits(tok[2]) && tok[1].size() <= 2) {  // January 5, 2023
    int m = MonthFromName(tok[0]);
    if (m == 0 || tok[2].size() != 4) return std::nullopt;
    return FromYmd(std::stoi(tok[2]), m, std::stoi(tok[1]));
  }
  return std::nullopt;
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

}  // namespace verifact
