// A deposited file's page as a PNG picture for people (the review page shows it under the
// boxes of the extracted fields), in its colours: stamps and ink are what a reviewer looks
// for. Multi-page TIFF scans are shown in grey, as the readers see them.
#pragma once

#include <string>
#include <string_view>

#include "models/error.h"

namespace verifact {

// Page `page` (from 1) of a PDF or picture, `width` pixels wide (pictures narrower than that
// keep their size). Errors: PAGE_NOT_FOUND, and the readers' own (FILE_UNREADABLE,
// PDF_ENCRYPTED, IMAGE_TOO_LARGE, PAGE_TOO_LARGE, RENDER_FAILED). Thread-safe.
Result<std::string> RenderPagePng(std::string_view bytes, int page, int width);

}  // namespace verifact
