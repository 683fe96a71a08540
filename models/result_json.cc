#include "models/result_json.h"

#include <cmath>

namespace verifact {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// Divides by a power of ten (exact) rather than multiplying by its inverse (inexact), so that
// 0.3621 prints as 0.3621 and not 0.36210000000000003.
// The wire form (ToJson's kWire) keeps every digit: checks compare confidences with thresholds,
// and a worker's reading must judge exactly as the same reading in one process.
thread_local bool keep_every_digit = false;
double Round(double v, double scale) {
  return keep_every_digit ? v : std::round(v * scale) / scale;
}

ordered_json BoxJson(const BBox& b) {
  return {Round(b.x0, 1e4), Round(b.y0, 1e4), Round(b.x1, 1e4), Round(b.y1, 1e4)};
}

ordered_json ValueJson(const std::string& v) { return v; }
ordered_json ValueJson(const Date& v) { return v.ToIso(); }
ordered_json ValueJson(const Money& v) { return v.ToString(); }
ordered_json ValueJson(const std::vector<std::string>& v) { return v; }
ordered_json ValueJson(DocumentType v) { return DocumentTypeName(v); }

template <typename T>
ordered_json FieldJson(const std::optional<Field<T>>& f) {
  if (!f) return nullptr;
  // Rounded so outputs are stable to read and to approve: 4 decimals of a page is ~0.03 mm.
  return ordered_json{{"value", ValueJson(f->value)},
                      {"confidence", Round(f->confidence, 100)},
                      {"page", f->page},
                      {"bbox", BoxJson(f->bbox)},
                      {"source", SourceName(f->source)}};
}

ordered_json SignatureJson(const SignatureReport& s) {
  ordered_json panels = ordered_json::array();
  for (const SignaturePanel& p : s.panels) {
    panels.push_back({{"field", p.field},
                      {"signer", p.signer.empty() ? ordered_json(nullptr) : ordered_json(p.signer)},
                      {"signing_time", p.signing_time.empty() ? ordered_json(nullptr)
                                                              : ordered_json(p.signing_time)},
                      {"integrity", IntegrityName(p.integrity)},
                      {"covers_whole_document", p.covers_whole_document},
                      {"certificate", CertificateStatusName(p.certificate)},
                      {"sub_filter", p.sub_filter},
                      {"visible", p.visible},
                      {"page", p.page == 0 ? ordered_json(nullptr) : ordered_json(p.page)},
                      {"bbox", p.visible ? BoxJson(p.bbox) : ordered_json(nullptr)},
                      {"findings", p.findings}});
  }
  ordered_json images = ordered_json::array();
  for (const SignatureMark& m : s.images) {
    images.push_back({{"page", m.page},
                      {"bbox", BoxJson(m.bbox)},
                      {"kind", SignatureMarkKindName(m.kind)},
                      {"confidence", Round(m.confidence, 100)}});
  }
  return {{"status", SignatureStatusName(s.status())}, {"panels", panels}, {"images", images}};
}

ordered_json FacturXJson(const std::optional<FacturXReading>& x) {
  if (!x) return nullptr;
  ordered_json mismatches = ordered_json::array();
  for (const auto& m : x->mismatches) {
    mismatches.push_back({{"field", m.field}, {"xml", m.xml}, {"page", m.page}});
  }
  return {{"file", x->file},
          {"syntax", x->syntax},
          {"profile", x->profile.empty() ? ordered_json(nullptr) : ordered_json(x->profile)},
          {"mismatches", mismatches}};
}

}  // namespace

const char* IntegrityName(Integrity integrity) {
  switch (integrity) {
    case Integrity::kValid:
      return "valid";
    case Integrity::kInvalid:
      return "invalid";
    case Integrity::kModifiedAfterSigning:
      return "modified-after-signing";
  }
  return "invalid";
}

const char* CertificateStatusName(CertificateStatus status) {
  switch (status) {
    case CertificateStatus::kTrusted:
      return "trusted";
    case CertificateStatus::kUntrusted:
      return "untrusted";
    case CertificateStatus::kExpired:
      return "expired";
    case CertificateStatus::kRevoked:
      return "revoked";
    case CertificateStatus::kUnknown:
      return "unknown";
  }
  return "unknown";
}

const char* SignatureMarkKindName(SignatureMarkKind kind) {
  switch (kind) {
    case SignatureMarkKind::kHandwritten:
      return "handwritten";
    case SignatureMarkKind::kStamp:
      return "stamp";
    case SignatureMarkKind::kFlattenedDigital:
      return "flattened-digital";
  }
  return "handwritten";
}

const char* SignatureStatusName(SignatureStatus status) {
  switch (status) {
    case SignatureStatus::kNone:
      return "none";
    case SignatureStatus::kPanel:
      return "panel";
    case SignatureStatus::kImage:
      return "image";
  }
  return "none";
}

const char* SourceName(Source source) {
  switch (source) {
    case Source::kTextLayer:
      return "text-layer";
    case Source::kOcr:
      return "ocr";
    case Source::kFacturX:
      return "facturx";
    case Source::kDeclared:
      return "declared";
    case Source::kReviewer:
      return "reviewer";
  }
  return "unknown";
}

const char* DocumentTypeName(DocumentType type) {
  return type == DocumentType::kCreditNote ? "credit_note" : "invoice";
}

ordered_json ToJson(const ExtractionResult& r, JsonForm form) {
  struct DigitsScope {
    explicit DigitsScope(bool keep) { keep_every_digit = keep; }
    ~DigitsScope() { keep_every_digit = false; }
  } digits(form == JsonForm::kWire);
  const InvoiceFields& f = r.fields;
  ordered_json fields = ordered_json::object();
  VisitFields(f,
              [&fields](const char* name, const auto& field) { fields[name] = FieldJson(field); });
  ordered_json timings = ordered_json::object();
  for (const auto& [stage, ms] : r.timings_ms) timings[stage] = Round(ms, 1000);
  ordered_json out = {
      {"file", r.file},
      {"sha256", r.sha256},
      {"media_type", r.media_type.empty() ? ordered_json(nullptr) : ordered_json(r.media_type)},
      {"pages", r.pages},
      {"text_source", r.text_source.empty() ? ordered_json(nullptr) : ordered_json(r.text_source)},
      {"fields", fields},
      {"signature", SignatureJson(r.signature)},
      {"facturx", FacturXJson(r.facturx)},
      {"error", nullptr},
      {"timings_ms", timings}};
  if (!r.facturx) out.erase("facturx");  // an extension: only PDFs that carry XML show it
  if (r.error) out["error"] = {{"code", r.error->code}, {"message", r.error->message}};
  if (!r.warnings.empty()) {  // an extension: only results with unread parts show it
    ordered_json warnings = ordered_json::array();
    for (const Error& w : r.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
    ordered_json with;
    for (auto it = out.begin(); it != out.end(); ++it) {
      with[it.key()] = it.value();
      if (it.key() == "error") with["warnings"] = warnings;
    }
    out = std::move(with);
  }
  if (form == JsonForm::kWire) out["vat_exemption_mentioned"] = f.vat_exemption_mentioned;
  if (!r.outcome) return out;
  // The contract's order: deposit_id after file; checks, verdict and letter after signature.
  ordered_json checks = ordered_json::array();
  for (const Check& c : r.outcome->checks) {
    ordered_json j = {{"code", c.code}, {"severity", SeverityName(c.severity)}};
    j["field"] = c.field.empty() ? ordered_json(nullptr) : ordered_json(c.field);
    j["expected"] = c.expected.empty() ? ordered_json(nullptr) : ordered_json(c.expected);
    j["found"] = c.found.empty() ? ordered_json(nullptr) : ordered_json(c.found);
    j["message"] = c.message;
    checks.push_back(std::move(j));
  }
  ordered_json ordered;
  for (auto it = out.begin(); it != out.end(); ++it) {
    ordered[it.key()] = it.value();
    if (it.key() == "file") ordered["deposit_id"] = r.outcome->deposit_id;
    if (it.key() == "signature") {
      ordered["checks"] = checks;
      ordered["verdict"] = VerdictName(r.outcome->verdict);
      ordered["refusal_letter"] = r.outcome->refusal_letter.empty()
                                      ? ordered_json(nullptr)
                                      : ordered_json(r.outcome->refusal_letter);
    }
  }
  return ordered;
}

json FieldValues(const ordered_json& result_object) {
  json out = json::object();
  const ordered_json* fields = nullptr;
  if (result_object.contains("fields") && result_object["fields"].is_object()) {
    fields = &result_object["fields"];
  }
  for (const char* name : kFieldNames) {
    json v = nullptr;
    if (fields && fields->contains(name)) {
      const ordered_json& f = (*fields)[name];
      v = json::parse((f.is_object() && f.contains("value") ? f["value"] : f).dump());
    }
    out[name] = v;
  }
  return out;
}

}  // namespace verifact
