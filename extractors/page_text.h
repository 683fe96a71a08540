// PageText: the words of one page with their boxes — what both the PDF text layer and OCR
// produce, and the only input of the field finder, so both paths share one way to find fields.
#pragma once

#include <string>
#include <vector>

#include "models/field.h"

namespace verifact {

struct Word {
  std::string text;         // UTF-8, no spaces inside
  BBox box;                 // fractions of the page, origin top left
  double confidence = 1.0;  // 1 for a text layer; the engine's confidence for OCR
  // False when the text layer says no space follows: the next word touches this one, split
  // from it by kerning or a change of font ("T" + "OTAL"), and reads as one word with it.
  bool space_after = true;
};

// A picture drawn on a PDF page, as the signature-mark finder needs it.
struct PlacedImage {
  BBox box;  // where it is drawn, fractions of the page
  int width_px = 0, height_px = 0;
  bool transparent = false;  // drawn through a soft mask, a stencil mask or a colour key
  double opaque_share = -1;  // share of opaque pixels of its soft mask; -1 when not measured
};

struct PageText {
  int number = 0;  // from 1
  double width_pt = 0;
  double height_pt = 0;
  Source source = Source::kTextLayer;
  std::vector<Word> words;  // in no promised order
  std::vector<PlacedImage> images;  // pictures drawn on a PDF page; empty for OCR'd pages
};

}  // namespace verifact
