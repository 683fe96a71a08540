#include "extractors/revision_diff.h"

#include <poppler/Catalog.h>
#include <poppler/Object.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/TextOutputDev.h>
#include <poppler/Stream.h>
#include <poppler/XRef.h>
#include <poppler/goo/GooString.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extractors/internal/poppler_init.h"

namespace verifact {
namespace {

// Beyond these a file is not compared object by object: it is reported unreadable, which the
// caller treats as a modification it could not rule out.
constexpr int kMaxObjects = 500000;
constexpr size_t kMaxStreamBytes = 64u << 20;
constexpr int kMaxDepth = 64;

std::unique_ptr<PDFDoc> OpenPrefix(std::string_view bytes, size_t length) {
  InitPopplerOnce();
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(length), Object(objNull));
  auto doc = std::make_unique<PDFDoc>(stream);
  if (!doc->isOk()) return nullptr;
  return doc;
}

// The stream's bytes as stored (still compressed), so that comparing never inflates a bomb.
bool RawStreamBytes(Stream* stream, std::string* out) {
  Stream* raw = stream->getUndecodedStream();
  raw->reset();
  unsigned char buf[8192];
  int n;
  while ((n = raw->doGetChars(static_cast<int>(sizeof buf), buf)) > 0) {
    out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
    if (out->size() > kMaxStreamBytes) return false;
  }
  return true;
}

bool Same(const Object& a, const Object& b, int depth);

bool SameDict(const Dict* a, const Dict* b, int depth) {
  if (a->getLength() != b->getLength()) return false;
  for (int i = 0; i < a->getLength(); ++i) {
    const Object& other = b->lookupNF(a->getKey(i));
    if (other.isNull() && !a->getValNF(i).isNull()) return false;
    if (!Same(a->getValNF(i), other, depth + 1)) return false;
  }
  return true;
}

// Structural equality without following references: a reference to an object that changed is
// judged when that object is.
bool Same(const Object& a, const Object& b, int depth) {
  if (depth > kMaxDepth) return false;
  if (a.isNum() && b.isNum()) return a.getNum() == b.getNum();
  if (a.getType() != b.getType()) return false;
  switch (a.getType()) {
    case objBool:
      return a.getBool() == b.getBool();
    case objString:
      return a.getString()->toStr() == b.getString()->toStr();
    case objName:
      return std::strcmp(a.getName(), b.getName()) == 0;
    case objNull:
      return true;
    case objRef:
      return a.getRef() == b.getRef();
    case objArray:
      if (a.arrayGetLength() != b.arrayGetLength()) return false;
      for (int i = 0; i < a.arrayGetLength(); ++i) {
        if (!Same(a.arrayGetNF(i), b.arrayGetNF(i), depth + 1)) return false;
      }
      return true;
    case objDict:
      return SameDict(a.getDict(), b.getDict(), depth);
    case objStream: {
      if (!SameDict(a.streamGetDict(), b.streamGetDict(), depth)) return false;
      std::string x, y;
      return RawStreamBytes(a.getStream(), &x) && RawStreamBytes(b.getStream(), &y) && x == y;
    }
    default:
      return false;
  }
}

// Keys whose values differ between two dictionaries (present in either).
std::set<std::string> DifferingKeys(const Dict* a, const Dict* b) {
  std::set<std::string> keys;
  for (int i = 0; i < a->getLength(); ++i) {
    if (!Same(a->getValNF(i), b->lookupNF(a->getKey(i)), 0)) keys.insert(a->getKey(i));
  }
  for (int i = 0; i < b->getLength(); ++i) {
    if (!Same(b->getValNF(i), a->lookupNF(b->getKey(i)), 0)) keys.insert(b->getKey(i));
  }
  return keys;
}

const char* NameOf(const Dict* d, const char* key) {
  const Object& o = d->lookupNF(key);
  return o.isName() ? o.getName() : "";
}

const Dict* DictOf(const Object& o) {
  if (o.isDict()) return o.getDict();
  if (o.isStream()) return o.streamGetDict();
  return nullptr;
}

bool IsSignatureDict(const Dict* d) {
  return d && (std::strcmp(NameOf(d, "Type"), "Sig") == 0 ||
               std::strcmp(NameOf(d, "Type"), "DocTimeStamp") == 0);
}

// A signature field or its widget: /FT /Sig on the dictionary or on a parent field.
bool IsSignatureField(XRef* xref, const Dict* d) {
  Object holder;  // keeps the parent being examined alive
  for (int depth = 0; d && depth < 16; ++depth) {
    const Object& ft = d->lookupNF("FT");
    if (ft.isName()) return ft.isName("Sig");
    const Object& parent = d->lookupNF("Parent");
    if (!parent.isRef()) return false;
    Object p = xref->fetch(parent.getRef());
    if (!p.isDict()) return false;
    holder = std::move(p);
    d = holder.getDict();
  }
  return false;
}

// Every object number reachable from `start` through references (bounded).
void Reach(XRef* xref, const Object& start, std::set<int>* seen, int depth = 0) {
  if (depth > kMaxDepth || seen->size() > 100000) return;
  if (start.isRef()) {
    if (!seen->insert(start.getRefNum()).second) return;
    Object o = xref->fetch(start.getRef());
    Reach(xref, o, seen, depth + 1);
  } else if (start.isArray()) {
    for (int i = 0; i < start.arrayGetLength(); ++i) Reach(xref, start.arrayGetNF(i), seen, depth + 1);
  } else if (const Dict* d = DictOf(start)) {
    for (int i = 0; i < d->getLength(); ++i) {
      if (std::strcmp(d->getKey(i), "Parent") == 0 || std::strcmp(d->getKey(i), "P") == 0) {
        continue;  // back links lead to the whole document
      }
      Reach(xref, d->getValNF(i), seen, depth + 1);
    }
  }
}

std::set<int> RefsOf(XRef* xref, const Object& array_or_ref) {
  std::set<int> refs;
  Object resolved = array_or_ref.isRef() ? xref->fetch(array_or_ref.getRef()) : array_or_ref.copy();
  if (!resolved.isArray()) return refs;
  for (int i = 0; i < resolved.arrayGetLength(); ++i) {
    const Object& e = resolved.arrayGetNF(i);
    if (e.isRef()) refs.insert(e.getRefNum());
  }
  return refs;
}

bool EntryInUse(XRef* xref, int num, XRefEntry** out) {
  if (num >= xref->getNumObjects()) return false;
  XRefEntry* e = xref->getEntry(num, false);
  if (!e || (e->type != xrefEntryUncompressed && e->type != xrefEntryCompressed)) return false;
  *out = e;
  return true;
}

Object Fetch(XRef* xref, int num, const XRefEntry* e) {
  return xref->fetch(num, e->type == xrefEntryCompressed ? 0 : e->gen);
}

// Every object number named by a reference anywhere in `o` (without following references).
void RefsWithin(const Object& o, std::set<int>* out, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (o.isRef()) {
    out->insert(o.getRefNum());
  } else if (o.isArray()) {
    for (int i = 0; i < o.arrayGetLength(); ++i) RefsWithin(o.arrayGetNF(i), out, depth + 1);
  } else if (const Dict* d = DictOf(o)) {
    for (int i = 0; i < d->getLength(); ++i) RefsWithin(d->getValNF(i), out, depth + 1);
  }
}

// For every object number some object of `xref` references, the objects that reference it.
// Trailers (and cross-reference streams, which are trailers) are left out: their /Root and
// /Info are judged on their own, and writers leave stale references there (LibreOffice's
// /AdditionalStreams) that nothing displays.
std::map<int, std::set<int>> Referrers(XRef* xref) {
  std::map<int, std::set<int>> referrers;
  for (int i = 1; i < xref->getNumObjects() && i < kMaxObjects; ++i) {
    XRefEntry* e = nullptr;
    if (!EntryInUse(xref, i, &e)) continue;
    Object o = Fetch(xref, i, e);
    const Dict* d = DictOf(o);
    if (d && std::strcmp(NameOf(d, "Type"), "XRef") == 0) continue;  // a trailer in stream form
    std::set<int> refs;
    RefsWithin(o, &refs);
    for (int r : refs) referrers[r].insert(i);
  }
  return referrers;
}

struct Changed {
  int num;
  Object now;     // null when the object was freed
  Object before;  // null when the object is new
};

class Differ {
 public:
  Differ(PDFDoc* signed_doc, PDFDoc* now_doc, bool no_changes)
      : rev_(signed_doc),
        now_(now_doc),
        xr_(signed_doc->getXRef()),
        xn_(now_doc->getXRef()),
        no_changes_(no_changes) {}

  void Run(RevisionDiff* out) {
    out_ = out;
    ComparePages();
    CompareCatalogs();
    if (!CollectChanged()) {
      out_->readable = false;
      return;
    }
    // Validation data may be rewritten, but only objects that were validation data when signed:
    // a /DSS that names a page's content stream must not make its new content "DSS".
    Object cat_now = xn_->fetch(xn_->getRoot());
    Object cat_then = xr_->fetch(xr_->getRoot());
    std::set<int> dss_now, dss_then;
    if (cat_now.isDict()) Reach(xn_, cat_now.getDict()->lookupNF("DSS"), &dss_now);
    if (cat_then.isDict()) Reach(xr_, cat_then.getDict()->lookupNF("DSS"), &dss_then);
    for (int n : dss_now) {
      if (dss_then.count(n)) dss_kept_.insert(n);
    }
    // Who referenced what when signed: a new object the signed document already named comes
    // to life; and metadata, document information and DSS data may change only when nothing
    // else — a page, a resource — uses the object (a document prepared for signing can share
    // an object between the two).
    referrers_ = Referrers(xr_);
    for (const Changed& c : changed_) Judge(c);
    if (no_changes_ && signature_added_) {
      Disallow("the certification permits no change (DocMDP P=1), yet a signature was added");
    }
  }

 private:
  void Allow(const std::string& what) {
    if (std::find(out_->allowed.begin(), out_->allowed.end(), what) == out_->allowed.end()) {
      out_->allowed.push_back(what);
    }
  }
  void Disallow(const std::string& what) { out_->disallowed.push_back(what); }

  void ComparePages() {
    const int before = rev_->getNumPages();
    const int now = now_->getNumPages();
    if (before != now) {
      Disallow("the document had " + std::to_string(before) + " page(s) when signed and has " +
               std::to_string(now) + " now");
      return;
    }
    for (int i = 1; i <= now; ++i) {
      const Ref* a = rev_->getCatalog()->getPageRef(i);
      const Ref* b = now_->getCatalog()->getPageRef(i);
      if (a && b && *a == *b) {
        page_of_[b->num] = i;
        continue;
      }
      Disallow("page " + std::to_string(i) + " is not the page that was signed");
    }
  }

  void CompareCatalogs() {
    Object a = xr_->fetch(xr_->getRoot());
    Object b = xn_->fetch(xn_->getRoot());
    if (!(xr_->getRoot() == xn_->getRoot())) {
      // An update rewrites the catalog in place; pointing the trailer at another object is how
      // a whole document is swapped under a signature.
      Disallow("the document catalog was replaced by another object");
      return;
    }
    root_num_ = xn_->getRoot().num;
    if (!a.isDict() || !b.isDict()) {
      Disallow("the document catalog cannot be read");
      return;
    }
    for (const std::string& key : DifferingKeys(a.getDict(), b.getDict())) {
      if (key == "DSS") {
        Allow("validation data (DSS)");
      } else if (key == "Metadata") {
        Allow("XMP metadata");
      } else if (key == "Extensions") {
        Allow("extension levels");
      } else if (key == "AcroForm") {
        CompareAcroForms(a.getDict()->lookupNF("AcroForm"), b.getDict()->lookupNF("AcroForm"));
      } else {
        Disallow("the catalog's /" + key + " changed");
      }
    }
    // The form, metadata and information objects are judged by their own rules only when they
    // are the same objects as when signed: an update that points /Metadata or /Info at a page's
    // content stream must not get that stream's new content waved through as metadata.
    acroform_num_ = SameRef(a.getDict()->lookupNF("AcroForm"), b.getDict()->lookupNF("AcroForm"));
    metadata_num_ = SameRef(a.getDict()->lookupNF("Metadata"), b.getDict()->lookupNF("Metadata"));
    Object* ta = xr_->getTrailerDict();
    Object* tb = xn_->getTrailerDict();
    if (ta && tb && ta->isDict() && tb->isDict()) {
      info_num_ = SameRef(ta->getDict()->lookupNF("Info"), tb->getDict()->lookupNF("Info"));
    }
  }

  // The object number both references name, or -1 when they are not one same reference.
  static int SameRef(const Object& a, const Object& b) {
    return a.isRef() && b.isRef() && a.getRef() == b.getRef() ? a.getRefNum() : -1;
  }

  // Only signature fields may join the form; nothing may leave it.
  void CompareAcroForms(const Object& before_ref, const Object& now_ref) {
    Object before = before_ref.isRef() ? xr_->fetch(before_ref.getRef()) : before_ref.copy();
    Object now = now_ref.isRef() ? xn_->fetch(now_ref.getRef()) : now_ref.copy();
    if (!now.isDict()) {
      if (before.isDict()) Disallow("the form was removed");
      return;
    }
    if (!before.isDict()) {
      Allow("a form for the new signature fields");
      CheckAdded(std::set<int>{}, RefsOf(xn_, now.getDict()->lookupNF("Fields")), "a form field");
      return;
    }
    for (const std::string& key : DifferingKeys(before.getDict(), now.getDict())) {
      if (key == "Fields") {
        CheckAdded(RefsOf(xr_, before.getDict()->lookupNF("Fields")),
                   RefsOf(xn_, now.getDict()->lookupNF("Fields")), "a form field");
      } else if (key == "SigFlags" || key == "DR" || key == "DA") {
        Allow("form settings for signatures");
      } else {
        Disallow("the form's /" + key + " changed");
      }
    }
  }

  // `now` must keep every reference of `before` and add only signature fields or widgets.
  void CheckAdded(const std::set<int>& before, const std::set<int>& now, const std::string& what) {
    for (int r : before) {
      if (!now.count(r)) Disallow(what + " (object " + std::to_string(r) + ") was removed");
    }
    for (int r : now) {
      if (before.count(r)) continue;
      XRefEntry* e = nullptr;
      Object o = EntryInUse(xn_, r, &e) ? Fetch(xn_, r, e) : Object(objNull);
      const Dict* d = DictOf(o);
      if (d && IsSignatureField(xn_, d) && CoversSignedText(d, r)) {
        Disallow("a signature widget (object " + std::to_string(r) +
                 ") whose appearance covers signed text was added");
      } else if (d && IsSignatureField(xn_, d)) {
        Allow("further signature fields");
      } else {
        const char* subtype = d ? NameOf(d, "Subtype") : "";
        Disallow(what + (*subtype ? std::string(" of type ") + subtype : "") +
                 " (object " + std::to_string(r) + ") was added");
      }
    }
  }

  bool CollectChanged() {
    const int n = std::max(xr_->getNumObjects(), xn_->getNumObjects());
    if (n > kMaxObjects) return false;
    for (int i = 1; i < n; ++i) {
      XRefEntry* a = nullptr;
      XRefEntry* b = nullptr;
      const bool had = EntryInUse(xr_, i, &a);
      const bool has = EntryInUse(xn_, i, &b);
      if (!had && !has) continue;
      // Same place in the same file means the same bytes, unless it sits in an object stream
      // that may itself have been replaced: those are compared by value.
      if (had && has && a->type == xrefEntryUncompressed && b->type == xrefEntryUncompressed &&
          a->offset == b->offset && a->gen == b->gen) {
        continue;
      }
      Object before = had ? Fetch(xr_, i, a) : Object(objNull);
      Object now = has ? Fetch(xn_, i, b) : Object(objNull);
      if (Same(before, now, 0)) continue;
      changed_.push_back({i, std::move(now), std::move(before)});
    }
    return true;
  }

  void Judge(const Changed& c) {
    const Dict* now = DictOf(c.now);
    const Dict* before = DictOf(c.before);
    const std::string obj = "object " + std::to_string(c.num);
    const char* type = now ? NameOf(now, "Type") : (before ? NameOf(before, "Type") : "");
    if (std::strcmp(type, "XRef") == 0 || std::strcmp(type, "ObjStm") == 0) return;
    if (c.num == root_num_) return;  // judged key by key
    if (c.num == acroform_num_ && c.now.isDict() && c.before.isDict()) {
      return CompareAcroForms(c.before, c.now);
    }
    if (c.num == info_num_ && c.now.isDict() && ReferencedOnlyBy(c.num, {})) {
      return Allow("document information");
    }
    if (c.num == metadata_num_ && c.now.isStream() && std::strcmp(type, "Metadata") == 0 &&
        ReferencedOnlyBy(c.num, {root_num_})) {
      return Allow("XMP metadata");
    }
    if (c.before.isNull()) {
      if (referrers_.count(c.num)) {
        return Disallow(obj + ", named by the signed document but missing from it, was added");
      }
      if (IsSignatureDict(now)) {
        signature_added_ |= std::strcmp(NameOf(now, "Type"), "Sig") == 0;
        return Allow("further signatures or document timestamps");
      }
      if (now && IsSignatureField(xn_, now) && CoversSignedText(now, c.num)) {
        return Disallow("a new signature field's appearance (" + obj + ") covers signed text");
      }
      return;  // unreferenced, or referenced by a change judged on its own
    }
    if (c.now.isNull()) return Disallow(obj + " was deleted");
    if (dss_kept_.count(c.num) && !IsSignatureDict(before)) {
      std::set<int> dss_or_catalog = dss_kept_;
      dss_or_catalog.insert(root_num_);
      if (ReferencedOnlyBy(c.num, dss_or_catalog)) return Allow("validation data (DSS)");
    }
    if (IsSignatureDict(before)) return Disallow("the signature dictionary " + obj + " changed");
    if (now && before && IsSignatureField(xn_, now) && IsSignatureField(xr_, before)) {
      if (!before->lookupNF("V").isNull()) {
        return Disallow("the signed signature field " + obj + " changed");
      }
      for (const std::string& key : DifferingKeys(before, now)) {
        static const std::set<std::string> kSigning = {"V", "AP", "AS", "F", "MK", "DA", "Lock", "SV"};
        if (!kSigning.count(key)) return Disallow("signature field " + obj + ": /" + key + " changed");
        if (key == "AP" && CoversSignedText(now, c.num)) {
          return Disallow("the appearance given to signature field " + obj + " covers signed text");
        }
      }
      return Allow("signing of existing empty signature fields");
    }
    if (now && before && std::strcmp(type, "Page") == 0) {
      for (const std::string& key : DifferingKeys(before, now)) {
        if (key != "Annots") {
          return Disallow(PageName(c.num) + ": /" + key + " changed");
        }
      }
      CheckAdded(RefsOf(xr_, before->lookupNF("Annots")), RefsOf(xn_, now->lookupNF("Annots")),
                 "an annotation on " + PageName(c.num));
      return;
    }
    if (c.now.isArray() && c.before.isArray() && IsAnnotsArray(c.num)) {
      CheckAdded(RefsOf(xr_, c.before), RefsOf(xn_, c.now), "an annotation");
      return;
    }
    std::string what = c.now.isStream() ? "stream" : (*type ? type : "object");
    Disallow(obj + " (" + what + Where(c.num) + ") changed");
  }

  // Whether a widget's rectangle lies over words of its page as signed: a signature appearance
  // drawn there can hide or replace what was signed (the "sneaky signature" attack).
  bool CoversSignedText(const Dict* widget, int num) {
    Object rect = widget->lookup("Rect");
    if (!rect.isArray() || rect.arrayGetLength() != 4) return false;
    double r[4];
    for (int i = 0; i < 4; ++i) {
      Object n = rect.arrayGet(i);
      if (!n.isNum()) return false;
      r[i] = n.getNum();
    }
    int page = 0;
    const Object& p = widget->lookupNF("P");
    if (p.isRef()) page = rev_->getCatalog()->findPage(p.getRef());
    for (auto [page_num, index] : page_of_) {
      if (page != 0) break;
      Object pg = xn_->fetch(page_num, 0);
      if (pg.isDict() && RefsOf(xn_, pg.getDict()->lookupNF("Annots")).count(num)) page = index;
    }
    if (page < 1 || page > rev_->getNumPages()) return false;
    Page* pg = rev_->getPage(page);
    if (!pg) return false;
    double ctm[6];
    pg->getDefaultCTM(ctm, 72, 72, 0, false, true);
    double xs[2], ys[2];
    for (int i = 0; i < 2; ++i) {
      xs[i] = ctm[0] * r[2 * i] + ctm[2] * r[2 * i + 1] + ctm[4];
      ys[i] = ctm[1] * r[2 * i] + ctm[3] * r[2 * i + 1] + ctm[5];
    }
    const double x0 = std::min(xs[0], xs[1]), x1 = std::max(xs[0], xs[1]);
    const double y0 = std::min(ys[0], ys[1]), y1 = std::max(ys[0], ys[1]);
    if (x1 - x0 < 1 || y1 - y0 < 1) return false;  // an invisible widget draws nothing
    for (const auto& w : SignedWords(page)) {
      const double iw = std::min(x1, w[2]) - std::max(x0, w[0]);
      const double ih = std::min(y1, w[3]) - std::max(y0, w[1]);
      const double area = (w[2] - w[0]) * (w[3] - w[1]);
      if (iw > 0 && ih > 0 && area > 0 && iw * ih > 0.3 * area) return true;
    }
    return false;
  }

  // Word boxes of a page of the signed revision, in the device space of getDefaultCTM.
  const std::vector<std::array<double, 4>>& SignedWords(int page) {
    auto it = words_.find(page);
    if (it != words_.end()) return it->second;
    std::vector<std::array<double, 4>>& boxes = words_[page];
    TextOutputDev dev(nullptr, false, 0, false, false);
    if (!dev.isOk()) return boxes;
    rev_->displayPage(&dev, page, 72, 72, 0, false, true, false);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    for (int i = 0; list && i < list->getLength(); ++i) {
      std::array<double, 4> b;
      list->get(i)->getBBox(&b[0], &b[1], &b[2], &b[3]);
      boxes.push_back(b);
    }
    return boxes;
  }

  // Whether, when signed, only objects of `allowed` referenced object `num`.
  bool ReferencedOnlyBy(int num, const std::set<int>& allowed) const {
    auto it = referrers_.find(num);
    if (it == referrers_.end()) return true;
    return std::all_of(it->second.begin(), it->second.end(),
                       [&allowed](int r) { return allowed.count(r) > 0; });
  }

  std::string PageName(int num) const {
    auto it = page_of_.find(num);
    return it == page_of_.end() ? "a page" : "page " + std::to_string(it->second);
  }

  bool IsAnnotsArray(int num) {
    for (auto [page_num, index] : page_of_) {
      Object page = xn_->fetch(page_num, 0);
      if (page.isDict()) {
        const Object& annots = page.getDict()->lookupNF("Annots");
        if (annots.isRef() && annots.getRefNum() == num) return true;
      }
    }
    return false;
  }

  // " of page N" when the object is a page's content stream.
  std::string Where(int num) {
    for (auto [page_num, index] : page_of_) {
      Object page = xn_->fetch(page_num, 0);
      if (!page.isDict()) continue;
      const Object& contents = page.getDict()->lookupNF("Contents");
      bool hit = contents.isRef() && contents.getRefNum() == num;
      if (!hit && contents.isArray()) hit = RefsOf(xn_, contents).count(num) > 0;
      if (hit) return ", the content of page " + std::to_string(index);
    }
    return "";
  }

  PDFDoc* rev_;
  PDFDoc* now_;
  XRef* xr_;
  XRef* xn_;
  RevisionDiff* out_ = nullptr;
  std::vector<Changed> changed_;
  std::set<int> dss_kept_;                // validation data then and now
  std::map<int, std::set<int>> referrers_;  // when signed: object → objects referencing it
  int root_num_ = -1;
  bool no_changes_ = false;       // certified with DocMDP P=1
  bool signature_added_ = false;  // a new /Type /Sig (not a document timestamp) was added
  std::map<int, int> page_of_;  // page object number → page index, for pages kept as signed
  std::map<int, std::vector<std::array<double, 4>>> words_;  // signed pages' words, on demand
  int acroform_num_ = -1;
  int metadata_num_ = -1;
  int info_num_ = -1;
};

bool IsPdfSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

}  // namespace

RevisionDiff DiffAfterSignedRevision(std::string_view bytes, size_t signed_end, bool no_changes) {
  RevisionDiff out;
  std::unique_ptr<PDFDoc> signed_doc = OpenPrefix(bytes, signed_end);
  std::unique_ptr<PDFDoc> now_doc = OpenPrefix(bytes, bytes.size());
  if (!signed_doc || !now_doc) {
    out.readable = false;
    return out;
  }
  Differ(signed_doc.get(), now_doc.get(), no_changes).Run(&out);
  return out;
}

std::string CheckUpdateTail(std::string_view bytes, size_t signed_end) {
  size_t pos = signed_end;
  while (true) {
    while (pos < bytes.size() && IsPdfSpace(bytes[pos])) ++pos;
    if (pos >= bytes.size()) return "";
    const size_t eof = bytes.find("%%EOF", pos);
    if (eof == std::string_view::npos) {
      return "bytes after the signed revision are not an incremental update (no %%EOF)";
    }
    std::string_view update = bytes.substr(pos, eof - pos);
    const size_t sx = update.rfind("startxref");
    if (sx == std::string_view::npos) {
      return "an update after the signed revision has no startxref";
    }
    size_t i = sx + 9;
    while (i < update.size() && IsPdfSpace(update[i])) ++i;
    size_t offset = 0;
    size_t digits = 0;
    while (i < update.size() && std::isdigit(static_cast<unsigned char>(update[i])) && digits < 15) {
      offset = offset * 10 + static_cast<size_t>(update[i] - '0');
      ++i;
      ++digits;
    }
    if (digits == 0 || offset < pos || offset >= pos + sx) {
      return "an update after the signed revision points its cross-reference outside itself";
    }
    std::string_view at = bytes.substr(offset, 4);
    if (at != "xref" && !std::isdigit(static_cast<unsigned char>(at.empty() ? 'x' : at[0]))) {
      return "an update after the signed revision has no cross-reference where it says";
    }
    pos = eof + 5;
  }
}

}  // namespace verifact
