// SignatureMarks: what on a page looks like a signature without being a signature panel — a
// pasted picture of a handwritten signature or a stamp near "Signature", "Cachet", "Bon pour
// accord"…, or the printed remains of an electronic signature ("Signé électroniquement par").
#pragma once

#include <vector>

#include "extractors/gray_image.h"
#include "extractors/page_text.h"
#include "models/signature.h"

namespace verifact {

// Marks found from the words and placed pictures of `pages` (text layer or OCR), most
// confident first within each page. Pure: no library, thread-safe.
std::vector<SignatureMark> FindSignatureMarks(const std::vector<PageText>& pages);

// Handwritten ink on a scanned page: dark strokes near a signature word that OCR did not read
// as words. `page` holds the OCR words of `grey` (same frame); boxes come back in that frame.
// Thread-safe.
std::vector<SignatureMark> FindInkMarks(const PageText& page, const GrayImage& grey);

// Coloured ink on a scanned page: a violet, blue or red ring (a stamp), or blue strokes (a
// signature in ink). `page` holds the page's words in the frame of `ink` (the picture as
// deposited); coloured print that OCR read as words is not ink. Thread-safe.
std::vector<SignatureMark> FindColourMarks(const PageText& page, const InkMap& ink);

}  // namespace verifact
