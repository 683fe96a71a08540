// PdfDocument: the text layer of a PDF (Poppler behind it; no Poppler type leaks out).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/gray_image.h"
#include "extractors/page_text.h"
#include "extractors/trust_store.h"
#include "models/signature.h"
#include "models/error.h"

namespace verifact {

// One open PDF. Not thread-safe: use one per thread. Poppler's process-wide state is set up
// once, on first use, in a thread-safe way.
class PdfDocument {
 public:
  virtual ~PdfDocument() = default;

  virtual int page_count() const = 0;

  // Past `deadline`, Poppler stops drawing the page at hand (its words or pixels so far are
  // what Text and Render return) and `past_deadline()` says so. None by default.
  virtual void SetDeadline(std::chrono::steady_clock::time_point deadline) = 0;
  virtual bool past_deadline() const = 0;

  // The words of page `number` (1..page_count()) with their boxes; no words when the page
  // has no text layer (a scan). A page whose text mostly runs sideways or upside down is
  // turned so that it reads left to right; Render, RenderColour and PageSize turn it the same.
  // Returns an error for a page Poppler cannot interpret.
  virtual Result<PageText> Text(int number) = 0;

  // The page's size in points (1/72 inch) as Text and Render see it: its /Rotate applied, and
  // turned further when its text runs sideways or upside down, so that it reads upright.
  virtual void PageSize(int number, double* width_pt, double* height_pt) = 0;

  // Page `number` rendered in greyscale at `dpi`. Errors: PAGE_TOO_LARGE when the raster
  // would exceed `max_pixels`, RENDER_FAILED when Poppler cannot draw it.
  virtual Result<GrayImage> Render(int number, double dpi, long long max_pixels) = 0;

  // The same page drawn in colour for people to look at, under the same limits and errors.
  virtual Result<RgbImage> RenderColour(int number, double dpi, long long max_pixels) = 0;

  // The signed signature fields, each checked (ByteRange, integrity by OpenSSL and Poppler,
  // later revisions, certificate against `trust`, which may be null). An unsigned signature
  // field is not a panel. A file without a form costs next to nothing.
  virtual std::vector<SignaturePanel> SignaturePanels(const TrustStore* trust) = 0;

  // The files embedded in the document (its EmbeddedFiles name tree: where Factur-X, ZUGFeRD
  // and XRechnung put their XML), each read whole up to `max_bytes` (larger ones are skipped).
  struct EmbeddedFile {
    std::string name;
    std::string bytes;
  };
  virtual std::vector<EmbeddedFile> EmbeddedFiles(size_t max_bytes) = 0;
};

// Opens a PDF held in memory; `bytes` must outlive the document (nothing is copied).
// Errors: PDF_ENCRYPTED (a password is needed), FILE_UNREADABLE (damaged beyond repair).
Result<std::unique_ptr<PdfDocument>> OpenPdfDocument(std::string_view bytes);

}  // namespace verifact
