#include "extractors/signature_marks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include <opencv2/imgproc.hpp>

#include "extractors/text_layout.h"

namespace verifact {
namespace {

// Lower case without accents, so one spelling of each phrase matches "SIGNÉ", "Signe", "signé".
std::string Fold(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == 0xC3 && i + 1 < in.size()) {
      const auto d = static_cast<unsigned char>(in[i + 1]) | 0x20;  // upper → lower in this block
      char base = 0;
      if (d >= 0xA0 && d <= 0xA5) base = 'a';
      if (d == 0xA7) base = 'c';
      if (d >= 0xA8 && d <= 0xAB) base = 'e';
      if (d >= 0xAC && d <= 0xAF) base = 'i';
      if (d >= 0xB2 && d <= 0xB6) base = 'o';
      if (d >= 0xB9 && d <= 0xBC) base = 'u';
      if (base) {
        out += base;
        ++i;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// Words next to which a signature is written, stamped or pasted.
constexpr std::string_view kAnchors[] = {
    "signature", "signe", "cachet",  "tampon",     "bon pour accord", "lu et approuve",
    "gerant",    "gerante", "directeur", "directrice", "president", "signed", "unterschrift",
    "stempel"};

// What an electronic signature leaves on the page once it is printed or flattened. Each needs a
// date or number beside it, as every signature panel shows one: a sentence about signing
// ("only valid with the supplier's digital signature") is not a signature.
constexpr std::string_view kStrongPhrases[] = {
    "signe electroniquement", "signe numeriquement", "signee electroniquement",
    "digitally signed",       "electronically signed", "docusign envelope",
    "yousign",                "universign"};
constexpr std::string_view kWeakPhrases[] = {"signe par", "signed by", "signataire", "signer:"};

bool IsWordBoundary(const std::string& s, size_t pos, size_t len) {
  auto alpha = [&](size_t i) { return std::isalpha(static_cast<unsigned char>(s[i])) != 0; };
  return (pos == 0 || !alpha(pos - 1)) && (pos + len >= s.size() || !alpha(pos + len));
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool Near(const BBox& anchor, const BBox& box) {
  const BBox zone{anchor.x0 - 0.10, anchor.y0 - 0.08, anchor.x1 + 0.45, anchor.y1 + 0.25};
  return box.x0 < zone.x1 && box.x1 > zone.x0 && box.y0 < zone.y1 && box.y1 > zone.y0;
}

struct Anchor {
  int page;
  BBox box;
  bool stamp;  // "cachet", "tampon", "stempel": a stamp is expected there
};

// The flattened electronic signature starting at `lines[i]`: that line and the lines just below
// it that overlap it horizontally (a panel holds signer, date and reason on a few lines).
BBox PanelBox(const std::vector<TextLine>& lines, size_t i) {
  BBox box = lines[i].box;
  const double h = lines[i].box.y1 - lines[i].box.y0;
  for (size_t j = i + 1; j < lines.size() && j <= i + 3; ++j) {
    const TextLine& l = lines[j];
    if (l.page != lines[i].page || l.box.y0 - box.y1 > 1.5 * h) break;
    if (l.box.x1 < box.x0 || l.box.x0 > box.x1) continue;
    box = box.Union(l.box);
  }
  return box;
}

// The lines holding a word next to which one signs or stamps. The whole line's box is used:
// folding changes byte offsets, and a line is precise enough to look around it.
std::vector<Anchor> FindAnchors(const std::vector<TextLine>& lines) {
  std::vector<Anchor> anchors;
  for (const TextLine& line : lines) {
    const std::string folded = Fold(line.text);
    bool anchor = false;
    bool stamp = false;
    for (std::string_view a : kAnchors) {
      const size_t pos = folded.find(a);
      if (pos != std::string::npos && IsWordBoundary(folded, pos, a.size())) {
        anchor = true;
        stamp |= a == "cachet" || a == "tampon" || a == "stempel";
      }
    }
    if (anchor) anchors.push_back({line.page, line.box, stamp});
  }
  return anchors;
}

// How the words of every anchor and phrase begin, folded: a page without such a word, and
// without pictures, cannot hold a mark, and most invoices are decided here without laying out
// lines again. ("Désignation", in every French invoice, does not begin with "sign".)
constexpr std::string_view kWordStarts[] = {
    "signature", "signe",     "signataire",  "cachet",    "tampon",        "accord",
    "approuv",   "gerant",    "directeur",   "directrice", "presiden",     "unterschrift",
    "stempel",   "docusign",  "yousign",     "universign", "electroniquement", "numeriquement",
    "digitally", "electronically"};

bool MayHoldMarks(const PageText& page) {
  if (!page.images.empty()) return true;
  for (const Word& w : page.words) {
    if (w.text.size() < 5) continue;
    std::string_view text = w.text;
    while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.front()))) {
      text.remove_prefix(1);
    }
    if (text.empty() || !std::strchr("sScCtTaAgGdDpPuUyYeE\xc3", text.front())) continue;
    const std::string folded = Fold(text.substr(0, 24));
    for (std::string_view start : kWordStarts) {
      if (folded.starts_with(start)) return true;
    }
  }
  return false;
}

// Whether the ink of `box` lies mostly round the edge of its ellipse, all the way round — a
// stamp's ring — rather than in strokes that happen to fill a square.
bool IsRing(const cv::Mat& box) {
  const double cx = (box.cols - 1) / 2.0, cy = (box.rows - 1) / 2.0;
  int inked = 0, edge = 0;
  bool sector[8] = {};
  for (int y = 0; y < box.rows; ++y) {
    const uint8_t* row = box.ptr<uint8_t>(y);
    for (int x = 0; x < box.cols; ++x) {
      if (!row[x]) continue;
      ++inked;
      const double u = (x - cx) / (box.cols / 2.0), v = (y - cy) / (box.rows / 2.0);
      const double rho = std::sqrt(u * u + v * v);
      if (rho < 0.7 || rho > 1.15) continue;
      ++edge;
      const double angle = std::atan2(v, u) + 3.14159265358979;  // 0 … 2π
      sector[std::min(7, static_cast<int>(angle / (2 * 3.14159265358979) * 8))] = true;
    }
  }
  const int sectors = static_cast<int>(std::count(sector, sector + 8, true));
  return inked > 0 && edge >= 0.55 * inked && sectors >= 7;
}

}  // namespace

std::vector<SignatureMark> FindSignatureMarks(const std::vector<PageText>& pages) {
  std::vector<SignatureMark> marks;
  if (std::none_of(pages.begin(), pages.end(), MayHoldMarks)) return marks;
  TextLayout layout(pages);
  const std::vector<TextLine>& lines = layout.lines();
  const std::vector<Anchor> anchors = FindAnchors(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string folded = Fold(lines[i].text);
    const BBox panel = PanelBox(lines, i);
    bool dated = false;
    for (size_t j = i; j < lines.size() && j <= i + 3; ++j) {
      const BBox& b = lines[j].box;
      if (lines[j].page == lines[i].page && b.y0 <= panel.y1 && b.x0 <= panel.x1 &&
          b.x1 >= panel.x0) {
        dated |= HasDigit(lines[j].text);
      }
    }
    double confidence = 0;
    for (std::string_view p : kStrongPhrases) {
      if (folded.find(p) != std::string::npos) confidence = 0.85;
    }
    for (std::string_view p : kWeakPhrases) {
      const size_t pos = folded.find(p);
      if (confidence == 0 && pos != std::string::npos && IsWordBoundary(folded, pos, p.size())) {
        confidence = 0.6;
      }
    }
    if (!dated) confidence = 0;
    if (confidence > 0) {
      marks.push_back({lines[i].page, panel, SignatureMarkKind::kFlattenedDigital,
                       confidence * lines[i].SpanConfidence(0, lines[i].text.size())});
    }
  }

  for (const PageText& page : pages) {
    for (const PlacedImage& img : page.images) {
      const double w = img.box.x1 - img.box.x0;
      const double h = img.box.y1 - img.box.y0;
      // A signature or stamp is a small picture, not a page background or a speck.
      if (w * h > 0.2 || w * h < 0.0003 || w < 0.01 || h < 0.005) continue;
      const Anchor* near = nullptr;
      for (const Anchor& a : anchors) {
        if (a.page == page.number && Near(a.box, img.box)) {
          near = &a;
          break;
        }
      }
      // Thin strokes on a transparent ground are what a scanned signature cut out looks like;
      // a logo is mostly opaque.
      const bool strokes = img.transparent && img.opaque_share >= 0 && img.opaque_share < 0.4;
      double score = 0.2;
      if (near) score += 0.35;
      if (img.transparent) score += 0.15;
      if (strokes) score += 0.25;
      // The head of the first page is where logos live.
      if (!near && page.number == 1 && img.box.y1 < 0.2) score -= 0.3;
      if (score < 0.5) continue;
      const double aspect = w / h;
      const bool stamp = near && near->stamp && aspect > 0.6 && aspect < 1.7;
      marks.push_back({page.number, img.box,
                       stamp ? SignatureMarkKind::kStamp : SignatureMarkKind::kHandwritten,
                       std::min(score, 0.95)});
    }
  }
  std::stable_sort(marks.begin(), marks.end(), [](const SignatureMark& a, const SignatureMark& b) {
    return a.page != b.page ? a.page < b.page : a.confidence > b.confidence;
  });
  return marks;
}

std::vector<SignatureMark> FindInkMarks(const PageText& page, const GrayImage& grey) {
  std::vector<SignatureMark> marks;
  if (grey.empty() || !MayHoldMarks(page)) return marks;
  TextLayout layout({page});
  const std::vector<Anchor> anchors = FindAnchors(layout.lines());
  if (anchors.empty()) return marks;
  const int W = grey.width;
  const int H = grey.height;
  // Dark pixels (the page's lighting is already flattened) that are not words OCR could read.
  cv::Mat src(H, W, CV_8U, const_cast<uint8_t*>(grey.pixels.data()));
  cv::Mat ink;
  cv::threshold(src, ink, 140, 255, cv::THRESH_BINARY_INV);
  for (const Word& w : page.words) {
    if (w.confidence < 0.5 || w.text.size() < 2) continue;
    cv::Rect r(static_cast<int>(w.box.x0 * W) - 2, static_cast<int>(w.box.y0 * H) - 2,
               static_cast<int>((w.box.x1 - w.box.x0) * W) + 4,
               static_cast<int>((w.box.y1 - w.box.y0) * H) + 4);
    ink(r & cv::Rect(0, 0, W, H)).setTo(0);
  }
  for (const Anchor& a : anchors) {
    const double y_after = a.box.y1 + 0.20;
    cv::Rect zone(static_cast<int>(std::max(0.0, a.box.x0 - 0.05) * W),
                  static_cast<int>(std::max(0.0, a.box.y0 - 0.03) * H),
                  0, 0);
    zone.width = static_cast<int>(std::min(1.0, a.box.x1 + 0.40) * W) - zone.x;
    zone.height = static_cast<int>(std::min(1.0, y_after) * H) - zone.y;
    if (zone.width < 8 || zone.height < 8) continue;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink(zone), labels, stats, centroids, 8);
    long long area = 0;
    cv::Rect united;
    for (int c = 1; c < n; ++c) {
      const int cw = stats.at<int>(c, cv::CC_STAT_WIDTH);
      const int ch = stats.at<int>(c, cv::CC_STAT_HEIGHT);
      const int ca = stats.at<int>(c, cv::CC_STAT_AREA);
      if (ca < 15 || cw < 3 || ch < 3) continue;          // specks
      if (cw > 15 * ch || ch > 15 * cw) continue;         // rules and table borders
      if (ca > 0.6 * cw * ch && ca > 400) continue;       // solid blocks, not strokes
      const cv::Rect r(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP), cw,
                       ch);
      united = area == 0 ? r : (united | r);
      area += ca;
    }
    // A signature is a few thousand pixels of strokes at 300 dpi, wider than a word.
    const double share = static_cast<double>(area) / (static_cast<double>(W) * H);
    if (share < 0.0002 || united.width < 0.05 * W) continue;
    const BBox box{static_cast<double>(zone.x + united.x) / W,
                   static_cast<double>(zone.y + united.y) / H,
                   static_cast<double>(zone.x + united.x + united.width) / W,
                   static_cast<double>(zone.y + united.y + united.height) / H};
    marks.push_back({page.number, box,
                     a.stamp ? SignatureMarkKind::kStamp : SignatureMarkKind::kHandwritten,
                     std::min(0.8, 0.5 + share * 300)});
  }
  return marks;
}

std::vector<SignatureMark> FindColourMarks(const PageText& page, const InkMap& ink) {
  std::vector<SignatureMark> marks;
  if (ink.empty()) return marks;
  const int W = ink.width;
  const int H = ink.height;
  cv::Mat cells(H, W, CV_8U, const_cast<uint8_t*>(ink.cells.data()));
  cv::Mat mask = cells > 0;
  if (cv::countNonZero(mask) < 60) return marks;  // no colour worth a look: most pages
  // Coloured print that OCR read confidently is print, not ink.
  for (const Word& w : page.words) {
    if (w.confidence < 0.6 || w.text.size() < 3) continue;
    cv::Rect r(static_cast<int>(w.box.x0 * W), static_cast<int>(w.box.y0 * H),
               static_cast<int>((w.box.x1 - w.box.x0) * W) + 1,
               static_cast<int>((w.box.y1 - w.box.y0) * H) + 1);
    mask(r & cv::Rect(0, 0, W, H)).setTo(0);
  }
  TextLayout layout({page});
  const std::vector<Anchor> anchors = FindAnchors(layout.lines());
  // Strokes of one signature, or a stamp's ring and its lettering, join into one shape.
  cv::Mat joined;
  cv::morphologyEx(mask, joined, cv::MORPH_CLOSE,
                   cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7)));
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(joined, labels, stats, centroids, 8);
  constexpr double kCellsPerInch = 100;
  for (int c = 1; c < n; ++c) {
    const cv::Rect r(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP),
                     stats.at<int>(c, cv::CC_STAT_WIDTH), stats.at<int>(c, cv::CC_STAT_HEIGHT));
    const double w_in = r.width / kCellsPerInch;
    const double h_in = r.height / kCellsPerInch;
    // Between a thumbprint and a postcard: not a speck, not a coloured band or photo.
    if (std::max(w_in, h_in) < 0.45 || w_in > 3.5 || h_in > 2.5) continue;
    const int inked = cv::countNonZero(mask(r));
    if (inked < 60) continue;
    const double fill = static_cast<double>(inked) / r.area();
    if (fill > 0.45) continue;  // a solid shape: a logo or a coloured box
    const BBox box{static_cast<double>(r.x) / W, static_cast<double>(r.y) / H,
                   static_cast<double>(r.x + r.width) / W, static_cast<double>(r.y + r.height) / H};
    const Anchor* near = nullptr;
    for (const Anchor& a : anchors) {
      if (Near(a.box, box)) near = &a;
    }
    const double aspect = static_cast<double>(r.width) / r.height;
    const bool ring = aspect > 0.7 && aspect < 1.45 && IsRing(mask(r));
    const int blue = cv::countNonZero((cells(r) == InkMap::kBlue) & mask(r));
    const bool strokes = aspect > 1.6 && fill < 0.3 && blue * 2 > inked && h_in > 0.15;
    if (!near && page.number == 1 && box.y1 < 0.15 && !ring) continue;  // the logo's place
    if (ring || (near && near->stamp && aspect > 0.5 && aspect < 2.5)) {
      marks.push_back({page.number, box, SignatureMarkKind::kStamp, ring ? (near ? 0.85 : 0.7) : 0.6});
    } else if (strokes) {
      marks.push_back({page.number, box, SignatureMarkKind::kHandwritten, near ? 0.75 : 0.55});
    }
  }
  return marks;
}

}  // namespace verifact
