#include "pipeline/extract_document.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

#include "extractors/field_finder.h"
#include "extractors/image_decoder.h"
#include "extractors/image_prep.h"
#include "extractors/media_type.h"
#include "extractors/ocr_engine.h"
#include "extractors/pdf_document.h"
#include "extractors/sha256.h"
#include "extractors/signature_marks.h"
#include "extractors/structured_invoice.h"
#include "extractors/trust_store.h"
#include "models/identifiers.h"

namespace verifact {
namespace {

constexpr long long kMaxRenderPixels = 40'000'000;  // A4 at 600 dpi is 35 M
constexpr double kRenderDpi = 300;
constexpr int kPagesKeptForRereading = 4;

class Stopwatch {
 public:
  double Lap() {
    auto now = std::chrono::steady_clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Accumulates time per stage, in the order stages first appear.
class Timings {
 public:
  explicit Timings(ExtractionResult* r) : r_(r) {}
  void Lap(const char* stage) {
    double ms = watch_.Lap();
    total_ += ms;
    for (auto& [name, sum] : r_->timings_ms) {
      if (name == stage) {
        sum += ms;
        return;
      }
    }
    r_->timings_ms.emplace_back(stage, ms);
  }
  void Finish() { r_->timings_ms.emplace_back("total", total_); }

 private:
  ExtractionResult* r_;
  Stopwatch watch_;
  double total_ = 0;
};

// The wall time left to a document.
class Deadline {
 public:
  explicit Deadline(int ms)
      : at_(std::chrono::steady_clock::now() + std::chrono::milliseconds(ms)) {}
  std::chrono::steady_clock::time_point at() const { return at_; }
  bool Passed() const { return std::chrono::steady_clock::now() >= at_; }
  // Milliseconds left, at least 1 (a caller checks Passed() first: 0 would mean "no limit").
  int LeftMs() const {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    at_ - std::chrono::steady_clock::now())
                    .count();
    return static_cast<int>(std::clamp<long long>(left, 1, 1'000'000'000));
  }

 private:
  std::chrono::steady_clock::time_point at_;
};

// The engine of this thread, made on first use and kept for every later document: loading
// the model costs far more than reading a page.
Result<OcrEngine*> ThreadOcr() {
  thread_local std::unique_ptr<OcrEngine> engine;
  thread_local std::optional<Error> failure;
  if (!engine && !failure) {
    auto made = NewTesseractOcr(OcrOptions{});
    if (made.ok()) {
      engine = std::move(made).value();
    } else {
      failure = made.error();
    }
  }
  if (failure) return *failure;
  return engine.get();
}

// One OCR reading of a page: its words in the frame of the cleaned, upright image, and how
// to map boxes from that frame back onto the page as deposited.
struct OcrReading {
  PageText page;
  PreparedPage transform;  // its image is dropped once read
  int good_words = 0;      // words Tesseract is sure of that look like words
  double good_share = 0;   // their share of the words of three characters or more
  bool Good() const { return good_words >= 20 && good_share >= 0.6; }
};

// A word as words are: three characters or more, letters with a vowel among them, or mostly
// digits. A page read the wrong way round gives consonant soup and stray symbols.
bool Wordlike(const std::string& text) {
  int letters = 0, digits = 0, vowels = 0, other = 0;
  for (unsigned char c : text) {
    if (std::isdigit(c))
      ++digits;
    else if (std::isalpha(c))
      ++letters, vowels += std::strchr("aeiouyAEIOUY", c) != nullptr;
    else if (c >= 0xC0)
      ++letters, ++vowels;  // accented letters are vowels in French
    else if (c < 0x80)
      ++other;
  }
  if (letters + digits < 3 || other > 2) return false;
  return digits >= letters || vowels > 0;
}

// Bands of rows holding small print (legal footers with the SIRET, VAT number and IBAN),
// as [y0, y1) fractions of the page: words well under the page's usual height.
std::vector<std::pair<double, double>> SmallPrintBands(const PageText& page) {
  std::vector<double> heights;
  for (const Word& w : page.words) {
    if (w.confidence > 0.5 && w.text.size() >= 2) heights.push_back(w.box.y1 - w.box.y0);
  }
  std::vector<std::pair<double, double>> bands;
  if (heights.size() < 10) return bands;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  double usual = heights[heights.size() / 2];
  for (const Word& w : page.words) {
    double h = w.box.y1 - w.box.y0;
    if (h >= 0.8 * usual || w.text.size() < 2) continue;
    double y0 = w.box.y0 - 0.5 * usual, y1 = w.box.y1 + 0.5 * usual;
    if (!bands.empty() && y0 <= bands.back().second) {
      bands.back().second = std::max(bands.back().second, y1);
    } else {
      bands.emplace_back(y0, y1);
    }
  }
  return bands;
}

// Small print read again, enlarged: at 150-200 dpi a 6-point footer is a few pixels high, too
// few for Tesseract, and it holds the identifiers a back office checks first. The closer
// reading replaces the first one in its band when Tesseract is surer of it.
void RereadSmallPrint(OcrEngine* ocr, const PreparedPage& prepared, const Deadline& deadline,
                      PageText* page) {
  std::vector<std::pair<double, double>> bands;
  for (auto band : SmallPrintBands(*page)) {
    if (!bands.empty() && band.first < bands.back().second) continue;
    bands.push_back(band);
  }
  auto mean_confidence = [](const std::vector<Word>& words) {
    double sum = 0, n = 0;
    for (const Word& w : words) {
      if (w.text.size() < 3) continue;
      sum += w.confidence * double(w.text.size());
      n += double(w.text.size());
    }
    return n > 0 ? sum / n : 0;
  };
  if (prepared.grey.empty()) return;
  const double height = prepared.grey.height;
  for (auto [f0, f1] : bands) {
    int y0 = static_cast<int>(std::max(0.0, f0) * height);
    int y1 = static_cast<int>(std::min(1.0, f1) * height);
    if (y1 - y0 < 4) continue;
    if (deadline.Passed()) return;  // a second look is a bonus, never worth the deadline
    constexpr double kFactor = 2.0;
    GrayImage band = CropRowsScaled(prepared.grey, y0, y1, kFactor);
    if (band.empty()) continue;
    auto closer = ocr->Recognize(band, page->number, deadline.LeftMs());
    if (!closer.ok()) continue;
    auto in_band = [&](const Word& w) {
      double c = (w.box.y0 + w.box.y1) / 2 * height;
      return c >= y0 && c < y1;
    };
    std::vector<Word> before;
    for (const Word& w : page->words) {
      if (in_band(w)) before.push_back(w);
    }
    std::vector<Word> after = std::move(closer.value().words);
    if (mean_confidence(after) <= mean_confidence(before)) continue;
    // Band fractions back to page fractions.
    for (Word& w : after) {
      w.box.y0 = (y0 + w.box.y0 * (y1 - y0)) / height;
      w.box.y1 = (y0 + w.box.y1 * (y1 - y0)) / height;
    }
    std::erase_if(page->words, in_band);
    page->words.insert(page->words.end(), after.begin(), after.end());
  }
}

Result<OcrReading> ReadPage(OcrEngine* ocr, const GrayImage& image, int page_number, int turns,
                            const Deadline& deadline, Timings* timings) {
  OcrReading reading;
  auto prepared = PrepareForOcr(image, turns, PrepOptions{});
  timings->Lap("prep");
  if (!prepared.ok()) return prepared.error();
  reading.transform = std::move(prepared).value();
  auto page = ocr->Recognize(reading.transform.image, page_number, deadline.LeftMs());
  timings->Lap("ocr");
  if (!page.ok()) return page.error();
  reading.page = std::move(page).value();
  reading.transform.image = GrayImage{};  // the grey stays, for RereadSmallPrint
  // Tesseract reads sideways lines too, turning them itself, so a page the wrong way round
  // can still give confident words; but their boxes then stand upright. A good word lies flat.
  const double width = reading.transform.prepared_width, height = reading.transform.prepared_height;
  int considered = 0;
  for (const Word& w : reading.page.words) {
    if (w.text.size() < 3) continue;
    ++considered;
    bool flat = (w.box.x1 - w.box.x0) * width > (w.box.y1 - w.box.y0) * height;
    if (flat && w.confidence >= 0.75 && Wordlike(w.text)) ++reading.good_words;
  }
  reading.good_share = considered > 0 ? double(reading.good_words) / considered : 0;
  return reading;
}

// OCR of one page image. Orientation without a model: lines that run vertically say the page
// is probably sideways, so that guess is read first; a wrong orientation reads as
// low-confidence noise, so a poor reading is tried again half a turn round, then (the guess
// about sideways being wrong too) a quarter turn each way, stopping at the first good one.
Result<OcrReading> OcrPage(const GrayImage& image, int page_number, const Deadline& deadline,
                           Timings* timings) {
  auto engine = ThreadOcr();
  timings->Lap("ocr-init");  // loading the model: the first page of a process only
  if (!engine.ok()) return engine.error();
  const int first = LooksSideways(image) ? 1 : 0;
  std::optional<OcrReading> best;
  for (int extra : {0, 2, 1, 3}) {
    if (best && deadline.Passed()) break;  // the best reading so far is what there is
    auto reading =
        ReadPage(engine.value(), image, page_number, (first + extra) % 4, deadline, timings);
    if (!reading.ok()) return reading.error();
    if (!best || reading.value().good_words > best->good_words) best = std::move(reading).value();
    if (best->Good()) break;
  }
  return std::move(*best);
}

// Whether pictures cover a quarter of the page or more: a scan's page image, whole or in the
// strips some scanners cut it into.
bool PageMostlyPicture(const PageText& page) {
  double covered = 0;
  for (const PlacedImage& image : page.images) {
    const double w = std::clamp(image.box.x1, 0.0, 1.0) - std::clamp(image.box.x0, 0.0, 1.0);
    const double h = std::clamp(image.box.y1, 0.0, 1.0) - std::clamp(image.box.y0, 0.0, 1.0);
    if (w > 0 && h > 0) covered += w * h;
  }
  return covered >= 0.25;
}

// A text layer worth reading: words mostly made of letters and digits. Broken font encodings
// give symbols, replacement characters or letters without vowels. Under five words, the page
// is read from its text layer only when no large picture is drawn on it: a scan often carries
// a few words (a stamp's, a header's) over its page image, while a born-digital page may hold
// only a heading or a line of terms.
bool UsableTextLayer(const PageText& page) {
  if (page.words.empty()) return false;
  size_t wordlike = 0;
  for (const Word& w : page.words) {
    int alnum = 0, other = 0;
    bool vowel = false;
    for (size_t i = 0; i < w.text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(w.text[i]);
      if (std::isalnum(c)) {
        ++alnum;
        vowel = vowel || std::strchr("aeiouyAEIOUY0123456789", c) != nullptr;
      } else if (c >= 0xC0) {
        ++alnum;  // an accented letter, counted once for its lead byte
        vowel = true;
      } else if (c < 0x80) {
        ++other;
      }
      if (std::string_view(w.text).substr(i).starts_with("\xef\xbf\xbd")) other += 3;  // U+FFFD
    }
    if (alnum >= 2 && alnum >= 2 * other && vowel) ++wordlike;
  }
  if (wordlike * 2 < page.words.size()) return false;
  return page.words.size() >= 5 || !PageMostlyPicture(page);
}

// An embedded file larger than this is not an invoice's XML (EN 16931 invoices are kilobytes).
constexpr size_t kMaxEmbeddedXml = 5u << 20;

// A value as the contract writes it, for a reviewer to read.
std::string Shown(const std::string& v) { return v; }
std::string Shown(const Date& v) { return v.ToIso(); }
std::string Shown(const Money& v) { return v.ToString(); }
std::string Shown(DocumentType v) { return DocumentTypeName(v); }
std::string Shown(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}
// The same, for comparing: identifiers without their spaces, dots and dashes.
template <typename T>
std::string Compared(const T& v) {
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::vector<std::string>>) {
    return CompactIdentifier(Shown(v));
  } else {
    return Shown(v);
  }
}

// The XML's values replace the page's (they are exact); where the page shows the same value its
// place is kept, so a reviewer still sees where it is printed. Where the page says something
// else, the disagreement is recorded: a page that contradicts its own XML is a fraud signal.
void MergeStructured(const StructuredInvoice& xml, InvoiceFields* page,
                     std::vector<FacturXReading::Mismatch>* mismatches) {
  VisitFields(*page, [&](const char* name, auto& seen) {
    using FieldT = std::remove_reference_t<decltype(seen)>;
    const FieldT* carried = nullptr;
    VisitFields(xml.fields, [&](const char* other, const auto& candidate) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(candidate)>, FieldT>) {
        if (std::strcmp(other, name) == 0) carried = &candidate;
      }
    });
    if (!carried || !*carried) return;
    auto merged = **carried;
    if (seen) {
      if (Compared((*carried)->value) == Compared(seen->value)) {
        merged.page = seen->page;
        merged.bbox = seen->bbox;
      } else {
        mismatches->push_back({name, Shown((*carried)->value), Shown(seen->value)});
      }
    }
    seen = merged;
  });
  // Only a SIREN in the XML (scheme 0002): the page's SIRET must still belong to it.
  if (!xml.fields.siret && !xml.seller_siren.empty() && page->siret &&
      page->siret->value.substr(0, 9) != xml.seller_siren) {
    mismatches->push_back({"siret", "SIREN " + xml.seller_siren, page->siret->value});
  }
}

double Overlap(const BBox& a, const BBox& b) {
  const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const double smaller = std::min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return smaller > 0 ? w * h / smaller : 0;
}

// What looks like a signature on the pages, boxes on the pages as deposited (`colour_marks` are
// already there). A visible panel's own appearance is the panel, not a mark; two marks on one
// spot are one.
std::vector<SignatureMark> FindMarks(const std::vector<PageText>& pages,
                                     const std::vector<std::optional<PreparedPage>>& transforms,
                                     const std::vector<SignaturePanel>& panels,
                                     const std::vector<SignatureMark>& colour_marks) {
  std::vector<SignatureMark> found = FindSignatureMarks(pages);
  for (size_t i = 0; i < pages.size() && i < transforms.size(); ++i) {
    if (!transforms[i] || transforms[i]->grey.empty()) continue;
    for (SignatureMark& m : FindInkMarks(pages[i], transforms[i]->grey)) {
      found.push_back(m);
    }
  }
  for (SignatureMark& m : found) {
    const size_t index = static_cast<size_t>(m.page - 1);
    if (m.page >= 1 && index < transforms.size() && transforms[index]) {
      m.bbox = transforms[index]->ToOriginal(m.bbox);
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const SignatureMark& a, const SignatureMark& b) {
    return a.confidence > b.confidence;
  });
  // Colour says more than shape: where a coloured stamp and grey ink were both seen, the
  // stamp is what is there. Colour marks are already on the pages as deposited.
  found.insert(found.begin(), colour_marks.begin(), colour_marks.end());
  std::vector<SignatureMark> kept;
  for (const SignatureMark& m : found) {
    bool covered = false;
    for (const SignaturePanel& p : panels) {
      covered |= p.visible && p.page == m.page && Overlap(p.bbox, m.bbox) > 0.5;
    }
    for (const SignatureMark& k : kept) {
      covered |= k.page == m.page && Overlap(k.bbox, m.bbox) > 0.5;
    }
    if (!covered) kept.push_back(m);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const SignatureMark& a, const SignatureMark& b) {
    return a.page != b.page ? a.page < b.page : a.confidence > b.confidence;
  });
  return kept;
}

}  // namespace

std::optional<Error> CheckFileSize(long long size, const ExtractLimits& limits) {
  if (size <= limits.max_file_bytes) return std::nullopt;
  return Error{"FILE_SIZE_LIMIT", "the file has " + std::to_string(size) +
                                      " bytes; verifact reads up to " +
                                      std::to_string(limits.max_file_bytes) +
                                      "; deposit a lighter file"};
}

Result<ExtractOptions> MakeExtractOptions(const std::string& trusted_roots_dir) {
  ExtractOptions options;
  if (trusted_roots_dir.empty()) return options;
  auto store = LoadTrustStore(trusted_roots_dir);
  if (!store.ok()) return store.error();
  options.trust = std::move(store).value();
  return options;
}

ExtractionResult ExtractDocument(std::string file, std::string_view bytes,
                                 const ExtractOptions& options) {
  ExtractionResult r;
  r.file = std::move(file);
  Timings timings(&r);
  auto done = [&]() -> ExtractionResult {
    timings.Finish();
    return std::move(r);
  };

  r.sha256 = Sha256Hex(bytes);
  r.media_type = SniffMediaType(bytes);
  timings.Lap("sniff");
  if (bytes.empty()) {
    r.error = Error{"FILE_UNREADABLE", "the file is empty"};
    return done();
  }
  const ExtractLimits& limits = options.limits;
  if (auto over = CheckFileSize(static_cast<long long>(bytes.size()), limits)) {
    r.error = *over;
    return done();
  }
  const Deadline deadline(limits.document_ms);
  // Page `number` (from 1) may be read: false, with a warning naming the pages left unread,
  // past the page limit or the deadline.
  auto may_read = [&](int number, int total) {
    std::string rest = number == total ? "page " + std::to_string(number)
                                       : "pages " + std::to_string(number) + " to " +
                                             std::to_string(total);
    if (number > limits.max_pages) {
      r.warnings.push_back({"PAGE_LIMIT", rest + " not read: verifact reads the first " +
                                              std::to_string(limits.max_pages) + " pages"});
      return false;
    }
    if (number > 1 && deadline.Passed()) {
      r.warnings.push_back({"DOCUMENT_DEADLINE",
                            rest + " not read: the document took more than " +
                                std::to_string(limits.document_ms / 1000) + " s"});
      return false;
    }
    return true;
  };

  std::vector<PageText> pages;
  // For each page read by OCR, how to map its boxes back onto the page as deposited.
  std::vector<std::optional<PreparedPage>> transforms;
  int ocr_pages = 0;
  std::optional<StructuredInvoice> structured;  // the PDF's embedded invoice XML, if any
  std::vector<SignatureMark> colour_marks;  // stamps and ink on scans, on the pages as deposited
  // Reads one page image by OCR and appends it; false (with r.error set) when it fails.
  // Out of time within page `number`: the first page is an error; after it, what was read
  // stands and the rest is reported.
  auto out_of_time = [&](int number) {
    if (number == 1) {
      r.error = Error{"DOCUMENT_DEADLINE", "the first page could not be read in " +
                                               std::to_string(limits.document_ms / 1000) + " s"};
    } else {
      may_read(number, r.pages);
    }
  };
  auto read_image = [&](const GrayImage& image, int number) {
    auto reading = OcrPage(image, number, deadline, &timings);
    if (!reading.ok()) {
      if (number > 1 && reading.error().code == "OCR_DEADLINE" && deadline.Passed()) {
        out_of_time(number);
        return false;
      }
      r.error = reading.error();
      return false;
    }
    pages.push_back(std::move(reading.value().page));
    transforms.push_back(std::move(reading.value().transform));
    if (!image.ink.empty()) {
      // Coloured ink is judged on the picture as deposited, so its words are brought there.
      PageText deposited = pages.back();
      for (Word& w : deposited.words) w.box = transforms.back()->ToOriginal(w.box);
      for (const SignatureMark& m : FindColourMarks(deposited, image.ink)) {
        colour_marks.push_back(m);
      }
    }
    // The grey page is kept for a second look at small print, on the first pages only: a
    // long scan would otherwise hold every page's raster to the end.
    if (++ocr_pages > kPagesKeptForRereading) transforms.back()->grey = GrayImage{};
    return true;
  };
  if (r.media_type.starts_with("image/")) {
    DecodeLimits decode_limits;
    decode_limits.max_pages = limits.max_pages;
    int total = 0;
    auto images = DecodeImages(bytes, decode_limits, &total);
    timings.Lap("decode");
    if (!images.ok()) {
      r.error = images.error();
      return done();
    }
    r.pages = total;  // a long TIFF: the pages past the limit are named by may_read's warning
    const int decoded = static_cast<int>(images.value().size());
    for (int i = 1; i <= r.pages && may_read(i, r.pages) && i <= decoded; ++i) {
      if (!read_image(images.value()[static_cast<size_t>(i - 1)], i)) break;
    }
    if (r.error) return done();
  } else if (r.media_type == "application/pdf") {
    auto doc = OpenPdfDocument(bytes);
    timings.Lap("open");
    if (!doc.ok()) {
      r.error = doc.error();
      return done();
    }
    PdfDocument& pdf = *doc.value();
    pdf.SetDeadline(deadline.at());
    r.pages = pdf.page_count();
    pages.reserve(static_cast<size_t>(std::min(r.pages, limits.max_pages)));
    bool stopped = false;
    for (int i = 1; i <= r.pages && !stopped && may_read(i, r.pages); ++i) {
      auto page = pdf.Text(i);
      timings.Lap("text");
      if (!page.ok()) {
        r.error = page.error();
        return done();
      }
      if (pdf.past_deadline()) {  // Poppler was stopped mid-page: that page is not whole
        out_of_time(i);
        break;
      }
      if (UsableTextLayer(page.value())) {
        pages.push_back(std::move(page).value());
        transforms.emplace_back();
        continue;
      }
      // A scanned page, or one whose text layer is garbage: render it and read it.
      double w = 0, h = 0;
      pdf.PageSize(i, &w, &h);
      double dpi = std::min(kRenderDpi, std::sqrt(kMaxRenderPixels / (w / 72.0 * h / 72.0)));
      auto image = pdf.Render(i, dpi, kMaxRenderPixels);
      timings.Lap("render");
      if (!image.ok()) {
        r.error = image.error();
        return done();
      }
      if (pdf.past_deadline()) {
        out_of_time(i);
        break;
      }
      if (!read_image(image.value(), i)) stopped = true;
    }
    if (r.error) return done();
    r.signature.panels = pdf.SignaturePanels(options.trust.get());
    timings.Lap("signature");
    for (auto& attachment : pdf.EmbeddedFiles(kMaxEmbeddedXml)) {
      auto read = ReadStructuredInvoice(attachment.bytes);
      if (!read.ok()) continue;
      structured = std::move(read).value();
      r.facturx = FacturXReading{attachment.name, structured->syntax, structured->profile, {}};
      break;
    }
    timings.Lap("facturx");
  } else {
    r.error = Error{"FILE_UNREADABLE", "not a PDF or an image (sniffed as " + r.media_type + ")"};
    return done();
  }

  r.text_source = ocr_pages == 0 ? "text-layer" : ocr_pages == r.pages ? "ocr" : "mixed";
  r.fields = FieldFinder::Shared().Find(pages);
  // The identifiers live in small print (legal footers). When OCR missed them, read the small
  // print of the scanned pages again, enlarged; pages where they were found pay nothing.
  if (ocr_pages > 0 && (!r.fields.siret || (!r.fields.vat_number && !r.fields.iban))) {
    auto engine = ThreadOcr();
    for (size_t i = 0; engine.ok() && i < pages.size(); ++i) {
      if (transforms[i]) RereadSmallPrint(engine.value(), *transforms[i], deadline, &pages[i]);
    }
    timings.Lap("ocr-small-print");
    r.fields = FieldFinder::Shared().Find(pages);
  }
  // Fields were found in the upright, deskewed frame of OCR'd pages, where lines are lines;
  // their boxes are reported on the page as deposited, where a reviewer sees them.
  VisitFields(r.fields, [&transforms](const char*, auto& field) {
    if (!field || field->page < 1 || field->page > static_cast<int>(transforms.size())) return;
    const auto& t = transforms[static_cast<size_t>(field->page - 1)];
    if (t) field->bbox = t->ToOriginal(field->bbox);
  });
  timings.Lap("fields");
  if (structured) {
    MergeStructured(*structured, &r.fields, &r.facturx->mismatches);
    r.text_source = "facturx";
  }
  r.signature.images = FindMarks(pages, transforms, r.signature.panels, colour_marks);
  timings.Lap("signature-marks");
  return done();
}

}  // namespace verifact
