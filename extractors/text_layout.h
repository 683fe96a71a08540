// TextLayout: the words of a document grouped into lines and cells, so that a label can be
// paired with the value to its right or below it, as a reader of the page would.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extractors/page_text.h"

namespace verifact {

// One visual line of a page. `text` joins the words with ' ' where they are close and '\t'
// where a wider gap separates cells (table columns, label/value blocks). Every kind of space
// inside a word is normalised to ' '.
struct TextLine {
  int page = 0;                        // from 1
  Source source = Source::kTextLayer;  // how its page was read
  BBox box;
  std::string text;
  struct Piece {
    size_t begin = 0, end = 0;  // byte range of a word in `text`
    BBox box;
    double confidence = 1;
  };
  std::vector<Piece> pieces;

  // The union of the boxes of the words a byte range of `text` touches.
  BBox SpanBox(size_t begin, size_t end) const;
  // The lowest confidence of those words.
  double SpanConfidence(size_t begin, size_t end) const;
  // Byte range of the cell (run of words between '\t') holding byte `pos`.
  std::pair<size_t, size_t> CellAt(size_t pos) const;
};

class TextLayout {
 public:
  // Builds lines for every page, pages in order, lines top to bottom.
  explicit TextLayout(const std::vector<PageText>& pages);

  const std::vector<TextLine>& lines() const { return lines_; }
  int page_count() const { return page_count_; }

 private:
  std::vector<TextLine> lines_;
  int page_count_ = 0;
};

}  // namespace verifact
