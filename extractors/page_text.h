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
};

struct PageText {
  int number = 0;  // from 1
  double width_pt = 0;
  double height_pt = 0;
  Source source = Source::kTextLayer;
  std::vector<Word> words;  // in no promised order
};

}  // namespace verifact
