// LabelValueFinder: pairs labels ("Total HT", "N° de facture") with the value printed to their
// right on the same line or in the cell below them, and scores each pairing.
// Internal to extractors/: the field finder is its only user.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_layout.h"

namespace verifact {

// A value recognised in a line: its byte range and canonical form.
struct ValueMatch {
  size_t begin = 0, end = 0;
  std::string value;
};

// Finds the first valid value starting in text[from, to), or nullopt.
using ValueScanner =
    std::function<std::optional<ValueMatch>(std::string_view text, size_t from, size_t to)>;

// A value found on the page with how well a label supports it (0-1).
struct Candidate {
  std::string value;
  const TextLine* line = nullptr;
  size_t begin = 0, end = 0;
  double score = 0;
  bool below = false;  // found under its label rather than beside it
  bool sum = false;    // added up from several printed amounts, not printed itself
};

struct Label {
  const RE2* pattern;     // matched case-insensitively on a line's text
  double weight;          // how strongly this label names the field (0-1)
  int max_gap_words = 3;  // words allowed between label and value beside it
  bool allow_below = true;
  bool vetoable = true;  // false: a whole-cell label the spec's veto does not apply to
};

struct LabelSpec {
  std::vector<Label> labels;
  const RE2* veto = nullptr;  // a label match overlapping a veto match is not a label
  // A row that totals the columns above it ("Total", "Zwischensumme"), matched at its start.
  // A label heading a column then also takes the value that row holds under it, over the
  // first row's (a line item's).
  const RE2* total_row = nullptr;
  // The value opening the cell right after the label's cell is the label's, however many
  // words the label's cell holds ("Umsatzsteuer 19% on 1.959,80 @ 19 %\t372,36").
  bool value_in_next_cell = false;
  // A label heading a column of amounts that no row totals also takes their sum, weakly
  // (the values must be amounts in the contract's canonical form).
  bool sum_column = false;
};

// Every (label, value) pairing in the layout, best first. Thread-safe (pure).
std::vector<Candidate> FindLabelled(const TextLayout& layout, const LabelSpec& spec,
                                    const ValueScanner& scanner);

// Every value the scanner recognises anywhere, each with `score`.
std::vector<Candidate> FindAll(const TextLayout& layout, const ValueScanner& scanner, double score);

// Calls fn(begin, end) for each non-overlapping match of `re` in `text`.
void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(size_t, size_t)>& fn);

// Keeps the best-scored candidate of each distinct value, best first.
std::vector<Candidate> BestPerValue(std::vector<Candidate> candidates);

}  // namespace verifact
