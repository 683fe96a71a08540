#include "extractors/label_value.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "models/money.h"

namespace verifact {
namespace {

// Words that may sit between a label and its value without weakening the pairing:
// "Total HT (€) : 2 268,00", "Facture n° : FA-1", "N° de facture du 05/01/2023".
bool IsFiller(std::string_view w) {
  // Separators included: "INVOICE · #RE-2025-0042", "Facture – F-117"; and the sign of a
  // line added to the total ("Tax: + 345 EUR").
  static constexpr std::array<std::string_view, 39> kFillers = {
      ":",     "-",  "n°",    "no",  "no.", "nº", "#",  "(€)",   "€",   "eur",
      "(eur)", "en", "euros", "=",   "n",   "°",  "du", "le",    "num", "number",
      "nr.",   "nr", "gbp",   "usd", "chf", "£",  "$",  "(gbp)", "(£)", "in",
      "/",     "|",  "(usd)", "($)", "·",   "•",  "–",  "—",     "+"};
  // A weekday before a date ("du vendredi 14 mars 2025", "Date: Friday, 14 March 2025").
  static constexpr std::array<std::string_view, 21> kWeekdays = {
      "lundi",  "mardi",    "mercredi",  "jeudi",      "vendredi", "samedi",   "dimanche",
      "monday", "tuesday",  "wednesday", "thursday",   "friday",   "saturday", "sunday",
      "montag", "dienstag", "mittwoch",  "donnerstag", "freitag",  "samstag",  "sonntag"};
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.' || lower.back() == ',')) {
    lower.pop_back();
  }
  if (lower.empty()) return true;
  for (auto f : kFillers) {
    if (lower == f) return true;
  }
  for (auto d : kWeekdays) {
    if (lower == d) return true;
  }
  return false;
}

// How many letters `w` holds when it is a word of letters only (accented ones count once),
// around spaces; 0 when anything else is in it.
size_t LettersOnly(std::string_view w) {
  size_t letters = 0;
  for (char ch : w) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ') continue;
    if (c >= 0x80) {
      letters += (c & 0xC0) != 0x80 ? 1 : 0;  // a UTF-8 character, counted at its first byte
    } else if (std::isalpha(c)) {
      ++letters;
    } else {
      return 0;
    }
  }
  return letters;
}

// How many tokens from `w` make a rate: 1 for "19%", "(20%)" or "5,5%:", 2 for "19" before
// "%", 0 for anything else.
size_t RateTokens(std::string_view w, std::string_view next) {
  while (!w.empty() && w.front() == '(') w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == ':')) w.remove_suffix(1);
  const bool percent_sign = !w.empty() && w.back() == '%';
  if (percent_sign) w.remove_suffix(1);
  if (w.empty() || w.find_first_not_of("0123456789.,") != std::string_view::npos) return 0;
  if (percent_sign) return 1;
  return next == "%" || next == "%)" || next == "%:" ? 2 : 0;
}

// Counts the non-filler words and the cell gaps ('\t') in text. A rate is no word: it
// qualifies a tax label, in its cell or the next ("TVA\t20 %\t240,00").
void CountGap(std::string_view text, int* words, int* tabs) {
  *words = 0;
  *tabs = 0;
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      if (text[i] == '\t') ++*tabs;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    tokens.push_back(text.substr(i, j - i));
    i = j;
  }
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view next = k + 1 < tokens.size() ? tokens[k + 1] : std::string_view();
    if (const size_t rate = RateTokens(tokens[k], next)) {
      k += rate - 1;
      continue;
    }
    if (!IsFiller(tokens[k])) ++*words;
  }
}

bool Overlaps(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

// Whether text[b, e) is all that `text` holds, but spaces, tabs, colons and words of three
// characters or fewer after it (a currency: "2555.00 EUR").
bool IsOnlySpan(std::string_view text, size_t b, size_t e) {
  if (text.substr(0, b).find_first_not_of(" \t") != std::string_view::npos) return false;
  std::string_view rest = text.substr(e);
  size_t word = 0;
  for (char c : rest) {
    if (c == ' ' || c == '\t' || c == ':') {
      word = 0;
    } else if (++word > 3) {
      return false;
    }
  }
  return true;
}

double HorizontalOverlap(const BBox& a, const BBox& b, double slack) {
  return std::min(a.x1 + slack, b.x1) - std::max(a.x0 - slack, b.x0);
}

// The value starting at the first word of cell [b, e) that lies under `label_box`.
std::optional<ValueMatch> ValueUnder(const TextLine& line, size_t b, size_t e,
                                     const BBox& label_box, const ValueScanner& scanner) {
  for (const auto& piece : line.pieces) {
    if (piece.begin < b || piece.end > e) continue;
    if (HorizontalOverlap(label_box, piece.box, 0.0) <= 0) continue;
    auto m = scanner(line.text, piece.begin, e);
    if (m && m->begin == piece.begin) return m;
    return std::nullopt;
  }
  return std::nullopt;
}

// The value opening the cell after the one holding byte `pos` of `line`, if any.
std::optional<ValueMatch> ValueInNextCell(const TextLine& line, size_t pos,
                                          const ValueScanner& scanner) {
  const size_t tab = line.text.find('\t', pos);
  if (tab == std::string::npos) return std::nullopt;
  const size_t begin = line.text.find_first_not_of(' ', tab + 1);
  if (begin == std::string::npos) return std::nullopt;
  const auto [cb, ce] = line.CellAt(begin);
  auto m = scanner(line.text, begin, ce);
  if (!m || m->begin != begin) return std::nullopt;
  return m;
}

// A label heading a column over rows of values (line items): the row further down that totals
// the columns (spec.total_row) holds the label's value under it. Found, it outranks what the
// label found in the first row (`first_row` is that row's index), which is kept, weaker.
bool TakeColumnTotal(const std::vector<TextLine>& lines, size_t label_row, size_t first_row,
                     const BBox& label_box, const LabelSpec& spec, const Label& label,
                     const ValueScanner& scanner, std::vector<Candidate>& out) {
  const int page = lines[label_row].page;
  for (size_t lj = first_row + 1; lj < lines.size() && lj <= first_row + 60; ++lj) {
    const TextLine& row = lines[lj];
    if (row.page != page) return false;
    if (!RE2::PartialMatch(row.text, *spec.total_row)) continue;
    for (const auto& piece : row.pieces) {
      if (HorizontalOverlap(label_box, piece.box, 0.03) <= 0) continue;
      auto m = scanner(row.text, piece.begin, row.CellAt(piece.begin).second);
      if (!m || m->begin != piece.begin) continue;
      for (Candidate& c : out) {
        if (c.below && c.line == &lines[first_row]) c.score *= 0.6;
      }
      out.push_back({m->value, &row, m->begin, m->end, label.weight * 0.8, true});
      return true;
    }
    return false;  // the first total row decides, even without a value in this column
  }
  return false;
}

// A column of amounts that no row totals (a tax summary by rate: "Netto | Brutto | Steuer"
// over one row per rate): the sum of its rows, from `first_row` down while its cells hold
// amounts. Rows with nothing in the column (an item's second line) are passed over; text
// that is not an amount, a gap of several lines or the page's end closes the column. A weak
// candidate, for the totals' arithmetic to vouch for.
void SumColumn(const std::vector<TextLine>& lines, size_t first_row, const BBox& label_box,
               const Label& label, const ValueScanner& scanner, std::vector<Candidate>& out) {
  const TextLine& first = lines[first_row];
  const double height = first.box.y1 - first.box.y0;
  int64_t cents = 0;
  int rows = 0;
  const TextLine* last = nullptr;
  std::pair<size_t, size_t> last_span;
  for (size_t lj = first_row; lj < lines.size() && lj <= first_row + 60; ++lj) {
    const TextLine& row = lines[lj];
    if (row.page != first.page || (last && row.box.y0 - last->box.y1 > 4.0 * height)) break;
    const TextLine::Piece* cell = nullptr;
    for (const auto& piece : row.pieces) {
      if (HorizontalOverlap(label_box, piece.box, 0.03) > 0) {
        cell = &piece;
        break;
      }
    }
    if (!cell) continue;
    auto m = scanner(row.text, cell->begin, row.CellAt(cell->begin).second);
    auto money = m && m->begin == cell->begin ? Money::ParseCanonical(m->value) : std::nullopt;
    if (!money) break;
    cents += money->cents();
    ++rows;
    last = &row;
    last_span = {m->begin, m->end};
  }
  if (rows < 2) return;
  // The first row is then one item among several, weaker than the column's sum.
  for (Candidate& c : out) {
    if (c.below && !c.sum && c.line == &first) c.score *= 0.6;
  }
  out.push_back({Money::FromCents(cents).ToString(), last, last_span.first, last_span.second,
                 label.weight * 0.55, true, true});
}

}  // namespace

void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(size_t, size_t)>& fn) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    fn(b, e);
    pos = e > b ? e : b + 1;
  }
}

std::vector<Candidate> FindLabelled(const TextLayout& layout, const LabelSpec& spec,
                                    const ValueScanner& scanner) {
  std::vector<Candidate> out;
  const auto& lines = layout.lines();
  for (size_t li = 0; li < lines.size(); ++li) {
    const TextLine& line = lines[li];
    std::vector<std::pair<size_t, size_t>> vetoes;
    if (spec.veto) {
      ForEachMatch(*spec.veto, line.text, [&](size_t b, size_t e) { vetoes.emplace_back(b, e); });
    }
    for (const Label& label : spec.labels) {
      ForEachMatch(*label.pattern, line.text, [&](size_t lb, size_t le) {
        for (auto [vb, ve] : vetoes) {
          if (label.vetoable && Overlaps(lb, le, vb, ve)) return;
        }
        // Beside: the values after the label on the same line. The first is the likeliest;
        // a later one may be right ("MwSt. aus 100,00 € 19,00 €"): each word passed lowers
        // the score, and the totals' arithmetic chooses.
        bool adjacent = false;
        size_t from = le;
        for (int k = 0; k < 3; ++k) {
          auto m = scanner(line.text, from, line.text.size());
          if (!m) break;
          // Words that end the label's cell may qualify it ("Total TTC de l'avoir\t…"), but
          // words in a further cell belong to another label ("N° facture\tIBAN: FR76…").
          std::string_view gap = std::string_view(line.text).substr(le, m->begin - le);
          size_t tab = gap.find('\t');
          int words = 0, tabs = 0, later_words = 0, later_tabs = 0;
          CountGap(gap.substr(0, tab), &words, &tabs);
          if (tab != std::string_view::npos) CountGap(gap.substr(tab), &later_words, &later_tabs);
          tabs += later_tabs;
          words += later_words;
          if (words > label.max_gap_words || later_words > 0) break;
          double score = label.weight * (1.0 - 0.12 * words - 0.04 * std::max(0, tabs - 1));
          out.push_back({m->value, &line, m->begin, m->end, score, false});
          adjacent = adjacent || words == 0;
          from = m->end;
        }
        // Only labels of several words: a bare "Total" two cells from its value is not its label.
        if (spec.value_in_next_cell && label.max_gap_words >= 2) {
          if (auto next = ValueInNextCell(line, le, scanner)) {
            out.push_back({next->value, &line, next->begin, next->end, label.weight * 0.75, false});
            adjacent = true;
          }
        }
        if (adjacent) return;  // a value right after its label: no need to look below
        BBox label_box = line.SpanBox(lb, le);
        // Half a line off: a value set against a label of two lines ("Total HT" over "Total
        // excl. VAT") sits between them, on a line of its own to the right.
        const double label_centre = (label_box.y0 + label_box.y1) / 2;
        const double label_height = label_box.y1 - label_box.y0;
        for (size_t lj : {li - 1, li + 1}) {
          if (lj >= lines.size()) continue;  // li - 1 wraps round when li is 0
          const TextLine& near = lines[lj];
          double centre = (near.box.y0 + near.box.y1) / 2;
          if (near.page != line.page || std::abs(centre - label_centre) > 0.9 * label_height) continue;
          for (size_t pos = 0; pos < near.text.size();) {
            auto m = scanner(near.text, pos, near.text.size());
            if (!m) break;
            BBox box = near.SpanBox(m->begin, m->end);
            // The value must stand alone on its line: beside another label it is that label's,
            // and the start of an address ("14 rue des Potiers") is no value.
            const bool alone = IsOnlySpan(near.text, m->begin, m->end);
            if (box.x0 >= label_box.x1 && alone) {
              out.push_back({m->value, &near, m->begin, m->end, label.weight * 0.7, false});
              break;
            }
            pos = m->end;
          }
        }
        if (!label.allow_below) return;
        double height = line.box.y1 - line.box.y0;
        // Stacked: a label alone on its line over a value alone on the next ("Base" over
        // "2555.00 EUR" set to the right margin), whatever their columns.
        if (li + 1 < lines.size() && IsOnlySpan(line.text, lb, le)) {
          const TextLine& next = lines[li + 1];
          if (next.page == line.page && next.box.y0 - line.box.y1 <= 2.0 * height) {
            const size_t first = next.text.find_first_not_of(" \t");
            auto m = first == std::string::npos ? std::nullopt
                                                : scanner(next.text, first, next.text.size());
            if (m && m->begin == first && IsOnlySpan(next.text, m->begin, m->end)) {
              out.push_back({m->value, &next, m->begin, m->end, label.weight * 0.65, true});
            }
          }
        }
        // Below: the first line under the label whose cells overlap the label's column.
        const size_t found_before = out.size();
        for (size_t lj = li + 1; lj < lines.size() && lj <= li + 4; ++lj) {
          const TextLine& below = lines[lj];
          if (below.page != line.page || below.box.y0 - line.box.y1 > 3.0 * height) break;
          bool column_has_text = false;
          for (size_t cb = 0; cb < below.text.size();) {
            auto [b, e] = below.CellAt(cb);
            BBox cell = below.SpanBox(b, e);
            if (HorizontalOverlap(label_box, cell, 0.02) > 0) {
              column_has_text = true;
              double row_penalty = 0.08 * double(lj - li - 1);
              // The first value of the cell, when it sits under the label.
              std::optional<ValueMatch> first;
              int first_words = 0;
              if (auto m = scanner(below.text, b, e)) {
                int tabs = 0;
                CountGap(std::string_view(below.text).substr(b, m->begin - b), &first_words, &tabs);
                // One word may come first ("€", "EUR", a tax code), but not a label of its own
                // ("Gesamt: 66005.33" or "TOTAL 263.66" under "VAT"): that value is that
                // label's. A word of four letters or more is taken for a label.
                const std::string_view lead = std::string_view(below.text).substr(b, m->begin - b);
                const size_t colon = lead.find_last_not_of(' ');
                const bool own_label =
                    colon != std::string_view::npos &&
                    (lead[colon] == ':' || LettersOnly(lead.substr(0, colon + 1)) >= 4);
                if (first_words <= 1 && !own_label) first = m;
              }
              if (first &&
                  HorizontalOverlap(label_box, below.SpanBox(first->begin, first->end), 0.03) > 0) {
                double score = label.weight * (0.85 - 0.1 * first_words - row_penalty);
                out.push_back({first->value, &below, first->begin, first->end, score, true});
              } else if (auto m = ValueUnder(below, b, e, label_box, scanner)) {
                // Columns set too close to become cells ("Due By Invoice Date" over
                // "18/02/2026 19/01/2026"): the value that starts under the label itself.
                out.push_back({m->value, &below, m->begin, m->end,
                               label.weight * (0.75 - row_penalty), true});
              } else if (first) {
                double score = label.weight * (0.7 - 0.1 * first_words - row_penalty);
                out.push_back({first->value, &below, first->begin, first->end, score, true});
              }
            }
            cb = e + 1;
          }
          if (column_has_text) {
            // A column of values (one was found in its first row) may end in a total row.
            if (spec.total_row && out.size() > found_before &&
                !TakeColumnTotal(lines, li, lj, label_box, spec, label, scanner, out) &&
                spec.sum_column) {
              SumColumn(lines, lj, label_box, label, scanner, out);
            }
            break;
          }
        }
      });
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

std::vector<Candidate> FindAll(const TextLayout& layout, const ValueScanner& scanner,
                               double score) {
  std::vector<Candidate> out;
  for (const TextLine& line : layout.lines()) {
    size_t pos = 0;
    while (auto m = scanner(line.text, pos, line.text.size())) {
      out.push_back({m->value, &line, m->begin, m->end, score, false});
      pos = m->end > pos ? m->end : pos + 1;
    }
  }
  return out;
}

std::vector<Candidate> BestPerValue(std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::vector<Candidate> out;
  for (auto& c : candidates) {
    bool seen =
        std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return o.value == c.value; });
    if (!seen) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace verifact
