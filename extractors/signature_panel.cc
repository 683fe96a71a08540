#include "extractors/internal/signature_panel.h"

#include <poppler/Catalog.h>
#include <poppler/DateInfo.h>
#include <poppler/Object.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>
#include <poppler/UTF.h>
#include <poppler/XRef.h>
#include <poppler/goo/GooString.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "extractors/cms_signature.h"
#include "extractors/poppler_signature_check.h"
#include "extractors/revision_diff.h"

namespace verifact {
namespace {

constexpr int kMaxFieldDepth = 32;
constexpr size_t kMaxFields = 10000;

// A signed field as found in the file, before any judgement.
struct FoundSignature {
  std::string name;
  Object sig;           // the signature dictionary (/V)
  Ref holder{-1, -1};   // the indirect object whose bytes hold the dictionary
  Ref widget{-1, -1};   // the widget annotation, when there is one
  Object widget_dict;   // its dictionary
};

std::string TextString(const GooString* s) {
  if (!s) return "";
  const std::string& raw = s->toStr();
  if (raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0xFE &&
      static_cast<unsigned char>(raw[1]) == 0xFF) {
    std::vector<uint16_t> units;
    for (size_t i = 2; i + 1 < raw.size(); i += 2) {
      units.push_back(static_cast<uint16_t>((static_cast<unsigned char>(raw[i]) << 8) |
                                            static_cast<unsigned char>(raw[i + 1])));
    }
    units.push_back(0);
    std::unique_ptr<char[], void (*)(void*)> utf8(utf16ToUtf8(units.data()), &gfree);
    return utf8 ? std::string(utf8.get()) : std::string();
  }
  std::string out;  // PDFDocEncoding is Latin-1 for the characters names use
  for (unsigned char c : raw) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

class FieldWalker {
 public:
  explicit FieldWalker(PDFDoc* doc) : doc_(doc), xref_(doc->getXRef()) {}

  std::vector<FoundSignature> Walk() {
    Object* form = doc_->getCatalog()->getAcroForm();
    if (!form || !form->isDict()) return std::move(found_);
    Object fields = form->dictLookup("Fields");
    if (fields.isArray()) {
      for (int i = 0; i < fields.arrayGetLength(); ++i) {
        Visit(fields.arrayGetNF(i), "", nullptr, 0);
      }
    }
    return std::move(found_);
  }

 private:
  // `ref_or_dict` is a field; `inherited_ft` its parent's /FT when it has none of its own.
  void Visit(const Object& ref_or_dict, const std::string& parent, const char* inherited_ft,
             int depth) {
    if (depth > kMaxFieldDepth || found_.size() >= kMaxFields || visited_.size() > kMaxFields) {
      return;
    }
    Ref ref{-1, -1};
    Object field;
    if (ref_or_dict.isRef()) {
      ref = ref_or_dict.getRef();
      if (!visited_.insert(ref.num).second) return;  // loops in the field tree
      field = xref_->fetch(ref);
    } else {
      field = ref_or_dict.copy();
    }
    if (!field.isDict()) return;
    Dict* d = field.getDict();
    std::string name = parent;
    Object t = d->lookup("T");
    if (t.isString()) name = (parent.empty() ? "" : parent + ".") + TextString(t.getString());
    Object ft_obj = d->lookup("FT");
    std::string ft = ft_obj.isName() ? ft_obj.getName() : (inherited_ft ? inherited_ft : "");

    Object kids = d->lookup("Kids");
    std::vector<std::pair<Ref, Object>> widgets;
    if (kids.isArray()) {
      for (int i = 0; i < kids.arrayGetLength(); ++i) {
        const Object& kid_ref = kids.arrayGetNF(i);
        Object kid = kids.arrayGet(i);
        if (!kid.isDict()) continue;
        if (kid.dictLookup("T").isString()) {
          Visit(kid_ref, name, ft.c_str(), depth + 1);
        } else {
          widgets.emplace_back(kid_ref.isRef() ? kid_ref.getRef() : Ref{-1, -1}, std::move(kid));
        }
      }
    }
    if (ft != "Sig") return;
    const Object& v_nf = d->lookupNF("V");
    Object v = d->lookup("V");
    if (!v.isDict() ||
        (v.dictLookupNF("ByteRange").isNull() && v.dictLookupNF("Contents").isNull())) {
      return;  // an unsigned signature field is not a signature
    }
    FoundSignature s;
    s.name = name.empty() ? "(unnamed)" : name;
    s.sig = std::move(v);
    s.holder = v_nf.isRef() ? v_nf.getRef() : ref;
    if (d->lookup("Subtype").isName("Widget")) {
      s.widget = ref;
      s.widget_dict = field.copy();
    } else if (!widgets.empty()) {
      s.widget = widgets.front().first;
      s.widget_dict = std::move(widgets.front().second);
    }
    found_.push_back(std::move(s));
  }

  PDFDoc* doc_;
  XRef* xref_;
  std::set<int> visited_;
  std::vector<FoundSignature> found_;
};

// Where a widget sits: page number and box as fractions of the displayed page.
void PlaceWidget(PDFDoc* doc, const FoundSignature& s, SignaturePanel* panel) {
  if (!s.widget_dict.isDict()) return;
  Dict* w = s.widget_dict.getDict();
  int page = 0;
  const Object& p = w->lookupNF("P");
  if (p.isRef()) page = doc->getCatalog()->findPage(p.getRef());
  if (page == 0 && s.widget.num >= 0) {
    for (int i = 1; i <= doc->getNumPages() && page == 0; ++i) {
      Page* pg = doc->getPage(i);
      Object annots = pg ? pg->getAnnotsObject() : Object(objNull);
      for (int j = 0; annots.isArray() && j < annots.arrayGetLength(); ++j) {
        const Object& a = annots.arrayGetNF(j);
        if (a.isRef() && a.getRef() == s.widget) page = i;
      }
    }
  }
  panel->page = page;
  Object rect = w->lookup("Rect");
  Object flags = w->lookup("F");
  const bool hidden = flags.isInt() && (flags.getInt() & (2 | 32)) != 0;
  if (page == 0 || !rect.isArray() || rect.arrayGetLength() != 4 || hidden) return;
  double r[4];
  for (int i = 0; i < 4; ++i) {
    Object n = rect.arrayGet(i);
    if (!n.isNum()) return;
    r[i] = n.getNum();
  }
  if (std::abs(r[2] - r[0]) < 1 || std::abs(r[3] - r[1]) < 1) return;  // a zero-size widget
  Page* pg = doc->getPage(page);
  if (!pg) return;
  const PDFRectangle* crop = pg->getCropBox();
  const double cw = crop->x2 - crop->x1;
  const double ch = crop->y2 - crop->y1;
  if (!(cw > 0 && ch > 0)) return;
  auto map = [&](double x, double y, double* u, double* v) {
    double a = (x - crop->x1) / cw;
    double b = (crop->y2 - y) / ch;
    switch (((pg->getRotate() % 360) + 360) % 360) {
      case 90:
        *u = 1 - b, *v = a;
        break;
      case 180:
        *u = 1 - a, *v = 1 - b;
        break;
      case 270:
        *u = b, *v = 1 - a;
        break;
      default:
        *u = a, *v = b;
    }
  };
  double u0, v0, u1, v1;
  map(r[0], r[1], &u0, &v0);
  map(r[2], r[3], &u1, &v1);
  auto clamp = [](double x) { return std::clamp(x, 0.0, 1.0); };
  panel->bbox = {clamp(std::min(u0, u1)), clamp(std::min(v0, v1)), clamp(std::max(u0, u1)),
                 clamp(std::max(v0, v1))};
  panel->visible = true;
}

std::string IsoWithOffset(const GooString* pdf_date, long long* epoch) {
  int y, mo, d, h, mi, s, tzh, tzm;
  char tz;
  if (!pdf_date || !parseDateString(pdf_date, &y, &mo, &d, &h, &mi, &s, &tz, &tzh, &tzm)) {
    return "";
  }
  char buf[40];
  if (tz == '+' || tz == '-') {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d, h, mi, s,
                  tz, tzh, tzm);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", y, mo, d, h, mi, s);
  }
  *epoch = static_cast<long long>(dateStringToTime(pdf_date));
  return buf;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// The signed byte ranges, checked for shape. Returns false (with the reason) for any anomaly
// that makes the ranges meaningless; `gap_ok` says whether the hole is exactly /Contents.
struct Ranges {
  long long a = 0, b = 0, c = 0, d = 0;
};

bool ReadRanges(const Object& array, long long size, Ranges* r, std::string* why) {
  if (!array.isArray()) {
    *why = "the signature has no /ByteRange";
    return false;
  }
  if (array.arrayGetLength() != 4) {
    *why = "the /ByteRange has " + std::to_string(array.arrayGetLength()) +
           " numbers instead of 4";
    return false;
  }
  long long v[4];
  for (int i = 0; i < 4; ++i) {
    const Object& n = array.arrayGetNF(i);
    if (n.isInt()) {
      v[i] = n.getInt();
    } else if (n.isInt64()) {
      v[i] = n.getInt64();
    } else {
      *why = "the /ByteRange holds something other than integers";
      return false;
    }
    if (v[i] < 0) {
      *why = "the /ByteRange holds a negative number";
      return false;
    }
  }
  *r = {v[0], v[1], v[2], v[3]};
  if (r->a != 0) {
    *why = "the signed range does not start at the beginning of the file";
    return false;
  }
  if (r->b <= 0 || r->c <= r->b) {
    *why = "the /ByteRange ranges overlap or are out of order";
    return false;
  }
  if (r->c > size || r->d > size - r->c) {
    *why = "the /ByteRange reaches beyond the end of the file";
    return false;
  }
  return true;
}

// Whether the signature certifies the document with no change permitted: a /Reference to the
// DocMDP transform whose /P is 1 (the default, 2, permits form filling and signing).
bool CertifiesNoChanges(Dict* sig) {
  Object refs = sig->lookup("Reference");
  for (int i = 0; refs.isArray() && i < refs.arrayGetLength(); ++i) {
    Object ref = refs.arrayGet(i);
    if (!ref.isDict() || !ref.dictLookup("TransformMethod").isName("DocMDP")) continue;
    Object params = ref.dictLookup("TransformParams");
    Object perm = params.isDict() ? params.dictLookup("P") : Object(objNull);
    return perm.isInt() && perm.getInt() == 1;
  }
  return false;
}

}  // namespace

std::vector<SignaturePanel> ReadSignaturePanels(PDFDoc* doc, std::string_view bytes,
                                                const TrustStore* trust) {
  std::vector<SignaturePanel> panels;
  std::vector<FoundSignature> found = FieldWalker(doc).Walk();
  if (found.empty()) return panels;

  const long long size = static_cast<long long>(bytes.size());
  // Per panel: whether it failed, was modified, and is worth asking Poppler about.
  struct Verdicts {
    bool invalid = false;
    bool modified = false;
    bool ask_poppler = false;
  };
  std::vector<Verdicts> verdicts;
  XRef* xref = doc->getXRef();

  for (FoundSignature& s : found) {
    SignaturePanel p;
    p.field = s.name;
    Dict* sig = s.sig.getDict();
    Object sub = sig->lookup("SubFilter");
    p.sub_filter = sub.isName() ? sub.getName() : "";
    PlaceWidget(doc, s, &p);
    long long claimed = 0;
    Object m = sig->lookup("M");
    if (m.isString()) p.signing_time = IsoWithOffset(m.getString(), &claimed);

    Verdicts v;
    auto fail = [&](const std::string& why) {
      v.invalid = true;
      p.findings.push_back(why);
    };

    Ranges r;
    std::string why;
    const bool ranges_ok = ReadRanges(sig->lookupNF("ByteRange"), size, &r, &why);
    Object contents = sig->lookup("Contents");
    const std::string der = contents.isString() ? contents.getString()->toStr() : std::string();
    if (!ranges_ok) fail(why);
    if (der.empty()) fail("the signature's /Contents is empty");

    std::string signed_bytes;
    if (ranges_ok) {
      // The hole between the ranges must be exactly the /Contents hex string, inside the
      // signature dictionary's own object.
      std::string_view gap = bytes.substr(static_cast<size_t>(r.b), static_cast<size_t>(r.c - r.b));
      bool shape = gap.size() >= 2 && gap.front() == '<' && gap.back() == '>' &&
                   std::all_of(gap.begin() + 1, gap.end() - 1, IsHex);
      if (shape) {
        std::string decoded;
        for (size_t i = 1; i + 2 < gap.size(); i += 2) {
          decoded += static_cast<char>(std::stoi(std::string(gap.substr(i, 2)), nullptr, 16));
        }
        shape = decoded == der;
      }
      if (!shape) fail("the unsigned hole in the /ByteRange is not exactly the signature's /Contents");
      XRefEntry* e = s.holder.num >= 0 && s.holder.num < xref->getNumObjects()
                         ? xref->getEntry(s.holder.num, false)
                         : nullptr;
      if (!e || e->type != xrefEntryUncompressed || e->offset >= r.b ||
          bytes.substr(static_cast<size_t>(e->offset), static_cast<size_t>(r.b - e->offset))
                  .find("endobj") != std::string_view::npos) {
        fail("the signature's /Contents is not inside its own signature dictionary");
      }
      signed_bytes.reserve(static_cast<size_t>(r.b + r.d));
      signed_bytes.append(bytes.substr(0, static_cast<size_t>(r.b)));
      signed_bytes.append(bytes.substr(static_cast<size_t>(r.c), static_cast<size_t>(r.d)));

      const size_t signed_end = static_cast<size_t>(r.c + r.d);
      size_t end = signed_end;
      while (end > 0 && IsSpace(bytes[end - 1])) --end;
      if (end < 5 || bytes.substr(end - 5, 5) != "%%EOF") {
        fail("the signed range stops inside a revision, not at its %%EOF");
      }
      size_t tail = signed_end;
      while (tail < bytes.size() && IsSpace(bytes[tail])) ++tail;
      p.covers_whole_document = tail == bytes.size();
      if (!p.covers_whole_document && !v.invalid) {
        std::string tail_problem = CheckUpdateTail(bytes, signed_end);
        if (!tail_problem.empty()) {
          v.modified = true;
          p.findings.push_back(tail_problem);
        } else {
          RevisionDiff diff = DiffAfterSignedRevision(bytes, signed_end, CertifiesNoChanges(sig));
          if (!diff.readable) {
            v.modified = true;
            p.findings.push_back("the revisions after signing could not be compared");
          }
          for (const std::string& change : diff.disallowed) {
            v.modified = true;
            p.findings.push_back("changed after signing: " + change);
          }
          if (!v.modified && !diff.allowed.empty()) {
            std::string list;
            for (const std::string& a : diff.allowed) list += (list.empty() ? "" : ", ") + a;
            p.findings.push_back("later revisions only add " + list);
          }
        }
      }
    }

    if (!der.empty()) {
      CmsVerification cms = VerifyCmsSignature(der, signed_bytes, p.sub_filter, claimed, trust);
      p.signer = cms.signer;
      if (!cms.signing_time.empty()) p.signing_time = cms.signing_time;
      p.certificate = cms.certificate;
      if (!cms.certificate_problem.empty()) p.findings.push_back(cms.certificate_problem);
      if (!cms.padding_problem.empty()) p.findings.push_back(cms.padding_problem);
      if (ranges_ok && !cms.verified) fail(cms.problem);
      // Poppler is asked only to confirm what OpenSSL verified: a signature OpenSSL rejects is
      // invalid whatever Poppler says, and Poppler 22.12's NSS code reads freed memory on some
      // malformed CMS blobs (found by fuzzing), so it never sees one OpenSSL could not verify.
      v.ask_poppler = ranges_ok && cms.verified && !v.invalid;
    }
    verdicts.push_back(v);
    panels.push_back(std::move(p));
  }

  // Poppler's opinion on the same fields must not contradict OpenSSL's.
  std::set<std::string> ask;
  for (size_t i = 0; i < panels.size(); ++i) {
    if (verdicts[i].ask_poppler) ask.insert(panels[i].field);
  }
  std::vector<PopplerSignatureReading> poppler;
  if (!ask.empty()) poppler = CheckSignaturesWithPoppler(bytes, ask);
  std::vector<bool> used(poppler.size(), false);
  for (size_t i = 0; i < panels.size(); ++i) {
    SignaturePanel& p = panels[i];
    Verdicts& v = verdicts[i];
    if (v.ask_poppler) {
      bool heard = false;
      for (size_t j = 0; j < poppler.size() && !heard; ++j) {
        if (used[j] || poppler[j].field != p.field) continue;
        used[j] = heard = true;
        const PopplerVerdict pv = poppler[j].verdict;
        if (pv == PopplerVerdict::kNoOpinion) {
          p.findings.push_back("Poppler could not verify this signature; OpenSSL's verdict stands");
        } else if (pv != PopplerVerdict::kValid) {
          v.invalid = true;
          p.findings.push_back(std::string("Poppler and OpenSSL disagree (Poppler: ") +
                               PopplerVerdictName(pv) + ")");
        }
      }
      if (!heard) {
        p.findings.push_back("Poppler does not list this signature; OpenSSL's verdict stands");
      }
    }
    p.integrity = v.invalid    ? Integrity::kInvalid
                  : v.modified ? Integrity::kModifiedAfterSigning
                               : Integrity::kValid;
  }
  return panels;
}

}  // namespace verifact
