// Field<T>: one extracted value with where it came from and how sure verifact is of it.
#pragma once

#include <string>

namespace verifact {

// A rectangle as fractions of the page (0-1), origin top left, as the contract writes bbox.
struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  BBox Union(const BBox& o) const {
    return {x0 < o.x0 ? x0 : o.x0, y0 < o.y0 ? y0 : o.y0, x1 > o.x1 ? x1 : o.x1,
            y1 > o.y1 ? y1 : o.y1};
  }
  bool operator==(const BBox&) const = default;
};

enum class Source { kTextLayer, kOcr, kFacturX, kDeclared, kReviewer };

// The contract's spelling: "text-layer", "ocr", "facturx", "declared"; and "reviewer" for a
// value a person corrected on the review page.
const char* SourceName(Source source);

template <typename T>
struct Field {
  T value{};
  double confidence = 0;  // 0-1: how likely the value is the document's true one
  int page = 0;           // from 1; 0 when the value has no single place (e.g. derived)
  BBox bbox;
  Source source = Source::kTextLayer;
};

}  // namespace verifact
