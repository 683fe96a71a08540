#include "extractors/text_layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace verifact {
namespace {

// Replaces the Unicode spaces invoices use inside amounts and identifiers by ' ', and
// typographic apostrophes by '\'', so that patterns need to know one spelling only.
std::string NormaliseWord(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    std::string_view rest(in.data() + i, in.size() - i);
    if (rest.starts_with("\u00a0")) {
      out += ' ';
      i += 1;
    } else if (rest.starts_with("\u202f") || rest.starts_with("\u2009")) {
      out += ' ';
      i += 2;
    } else if (rest.starts_with("\u2019")) {
      out += '\'';
      i += 2;
    } else if (rest.starts_with("\u00ad")) {
      i += 1;  // a soft hyphen marks where a word may break ("Zwischen­summe"): not text
    } else {
      out += in[i];
    }
  }
  return out;
}

// Dot leaders ("Total HT ........ 2 268,00") and rules of dashes or underscores separate a
// label from its value as a column gap does; they are not text.
bool IsLeader(const std::string& w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view rest(w.data() + i, w.size() - i);
    if (rest.starts_with("\u2026") || rest.starts_with("\u00b7")) {
      i += rest.starts_with("\u2026") ? 2 : 1;
      continue;
    }
    if (w[i] != '.' && w[i] != '_' && w[i] != '-' && w[i] != '=') return false;
  }
  return true;
}

// What OCR makes of dot leaders: a low-confidence word of dots, commas and the round
// letters they are mistaken for ("eee", "....,,.44" is not, "ccc", "ne").
bool IsOcrLeader(const Word& w) {
  if (w.confidence >= 0.6 || w.text.size() < 2) return false;
  for (char c : w.text) {
    if (!std::strchr(".,:;'`-_=~eocnsau", c)) return false;
  }
  return true;
}

double Height(const BBox& b) { return b.y1 - b.y0; }

// Whether `w` stands over or under a different word of `line`, sharing much of its width:
// two lines set closer than their fonts' boxes are tall ("VAT 20%" over "Total" in a totals
// block) must not merge into one. The same word drawn twice (a fake bold) is not stacked.
// Their centres must also stand apart by a quarter of a line: OCR boxes of one line may
// overlap (a word's box stretched over the next one's).
bool Stacked(const Word& w, const std::vector<const Word*>& line) {
  for (const Word* o : line) {
    const double overlap = std::min(w.box.x1, o->box.x1) - std::max(w.box.x0, o->box.x0);
    const double narrower = std::min(w.box.x1 - w.box.x0, o->box.x1 - o->box.x0);
    const double apart = std::abs((w.box.y0 + w.box.y1) / 2 - (o->box.y0 + o->box.y1) / 2);
    const double lower = std::min(Height(w.box), Height(o->box));
    if (narrower > 0 && overlap > 0.5 * narrower && apart > 0.25 * lower && o->text != w.text) {
      return true;
    }
  }
  return false;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

BBox TextLine::SpanBox(size_t begin, size_t end) const {
  BBox out;
  bool any = false;
  for (const auto& p : pieces) {
    if (p.end <= begin || p.begin >= end) continue;
    out = any ? out.Union(p.box) : p.box;
    any = true;
  }
  return any ? out : box;
}

double TextLine::SpanConfidence(size_t begin, size_t end) const {
  double c = 1;
  for (const auto& p : pieces) {
    if (p.end <= begin || p.begin >= end) continue;
    c = std::min(c, p.confidence);
  }
  return c;
}

std::pair<size_t, size_t> TextLine::CellAt(size_t pos) const {
  size_t b = text.rfind('\t', pos == 0 ? 0 : pos - 1);
  b = (b == std::string::npos || pos == 0) ? 0 : b + 1;
  size_t e = text.find('\t', pos);
  return {b, e == std::string::npos ? text.size() : e};
}

TextLayout::TextLayout(const std::vector<PageText>& pages) {
  for (const PageText& page : pages) {
    page_count_ = std::max(page_count_, page.number);
    std::vector<const Word*> words;
    for (const Word& w : page.words) {
      if (!w.text.empty() && Height(w.box) > 0) words.push_back(&w);
    }
    std::sort(words.begin(), words.end(),
              [](const Word* a, const Word* b) { return a->box.y0 < b->box.y0; });

    // A word joins a line when each one's vertical centre lies within the other: words of a
    // line share a baseline whatever their size ("€" boxed taller than its digits), while a
    // large title beside a block of small lines, or a label over its smaller translation,
    // does not pass. The band starts as the line's first word's and moves half-way towards
    // each word of similar height that joins; a much taller or smaller word joins without
    // moving it, so that one tall word cannot swallow the lines below it.
    struct Group {
      BBox band;  // what later words are compared with
      BBox box;   // the union of every word, for the layout
      std::vector<const Word*> words;
    };
    auto centre = [](const BBox& b) { return (b.y0 + b.y1) / 2; };
    auto within = [](double y, const BBox& b) { return y >= b.y0 && y <= b.y1; };
    std::vector<Group> groups;
    for (const Word* w : words) {
      Group* best = nullptr;
      double best_distance = 0;
      // Only recent lines can match: words are sorted by top.
      for (size_t k = groups.size(); k-- > 0 && groups.size() - k <= 8;) {
        Group& g = groups[k];
        if (!within(centre(w->box), g.band) || !within(centre(g.band), w->box)) continue;
        if (Stacked(*w, g.words)) continue;
        double distance = std::abs(centre(w->box) - centre(g.band));
        if (!best || distance < best_distance) {
          best = &g;
          best_distance = distance;
        }
      }
      if (best) {
        if (Height(w->box) <= 1.3 * Height(best->band) &&
            Height(w->box) >= 0.7 * Height(best->band)) {
          best->band.y0 = (best->band.y0 + w->box.y0) / 2;
          best->band.y1 = (best->band.y1 + w->box.y1) / 2;
        }
        best->box = best->box.Union(w->box);
        best->words.push_back(w);
      } else {
        groups.push_back({w->box, w->box, {w}});
      }
    }
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
      return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1;
    });

    for (Group& g : groups) {
      std::sort(g.words.begin(), g.words.end(),
                [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
      TextLine line;
      line.page = page.number;
      line.source = page.source;
      line.box = g.box;
      // Gaps are compared with the text height converted to the page's horizontal unit:
      // a space is about a third of the font size, a cell gap well over one.
      double aspect = page.width_pt > 0 ? page.height_pt / page.width_pt : 1.414;
      // Letter-spaced capitals ("I N V O I C E #101", "R E C H N U N G") read as one word: a
      // run of four or more single capital letters, each within a space of the next.
      std::vector<bool> spaced_letter(g.words.size(), false);
      auto single_capital = [](const Word* w) {
        return w->text.size() == 1 && w->text[0] >= 'A' && w->text[0] <= 'Z';
      };
      for (size_t a = 0; a < g.words.size();) {
        size_t b = a;
        while (b < g.words.size() && single_capital(g.words[b]) &&
               (b == a || g.words[b]->box.x0 - g.words[b - 1]->box.x1 <
                              0.6 * Height(g.words[b]->box) * aspect)) {
          ++b;
        }
        if (b - a >= 4) {
          for (size_t k = a + 1; k < b; ++k) spaced_letter[k] = true;
        }
        a = b > a ? b : a + 1;
      }
      const Word* prev = nullptr;
      bool leader = false;
      size_t index = 0;
      for (const Word* w : g.words) {
        const bool letter_run = spaced_letter[index++];
        if (IsLeader(w->text) || IsOcrLeader(*w)) {
          leader = true;
          continue;
        }
        if (prev) {
          double em = std::max(Height(prev->box), Height(w->box)) * aspect;
          double gap = w->box.x0 - prev->box.x1;
          // A word split in two where the text layer sees no space is one word ("T" + "OTAL"
          // kerned apart). Only letters are joined: a symbol touching an amount ("e326,00"
          // from a euro sign set in a letter) stays apart from it.
          const bool joined =
              letter_run || (!leader && !prev->space_after && std::abs(gap) < 0.2 * em &&
                             IsAsciiLetter(prev->text.back()) && IsAsciiLetter(w->text.front()));
          if (!joined) line.text += leader || gap > 1.2 * em ? '\t' : ' ';
        }
        prev = w;
        leader = false;
        size_t begin = line.text.size();
        line.text += NormaliseWord(w->text);
        line.pieces.push_back({begin, line.text.size(), w->box, w->confidence});
      }
      lines_.push_back(std::move(line));
    }
  }
}

}  // namespace verifact
