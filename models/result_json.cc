#include "models/result_json.h"

#include <cmath>

namespace verifact {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// Divides by a power of ten (exact) rather than multiplying by its inverse (inexact), so that
// 0.3621 prints as 0.3621 and not 0.36210000000000003.
double Round(double v, double scale) { return std::round(v * scale) / scale; }

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
                      {"bbox",
                       {Round(f->bbox.x0, 1e4), Round(f->bbox.y0, 1e4), Round(f->bbox.x1, 1e4),
                        Round(f->bbox.y1, 1e4)}},
                      {"source", SourceName(f->source)}};
}

}  // namespace

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
  }
  return "unknown";
}

const char* DocumentTypeName(DocumentType type) {
  return type == DocumentType::kCreditNote ? "credit_note" : "invoice";
}

ordered_json ToJson(const ExtractionResult& r) {
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
      {"error", nullptr},
      {"timings_ms", timings}};
  if (r.error) out["error"] = {{"code", r.error->code}, {"message", r.error->message}};
  return out;
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
