#include "models/result_json.h"

#include <cmath>

namespace verifact {
namespace {

using nlohmann::json;

double Round(double v, double unit) { return std::round(v / unit) * unit; }

json ValueJson(const std::string& v) { return v; }
json ValueJson(const Date& v) { return v.ToIso(); }
json ValueJson(const Money& v) { return v.ToString(); }
json ValueJson(const std::vector<std::string>& v) { return v; }
json ValueJson(DocumentType v) { return DocumentTypeName(v); }

template <typename T>
json FieldJson(const std::optional<Field<T>>& f) {
  if (!f) return nullptr;
  // Rounded so outputs are stable to read and to approve: 4 decimals of a page is ~0.03 mm.
  return json{{"value", ValueJson(f->value)},
              {"confidence", Round(f->confidence, 0.01)},
              {"page", f->page},
              {"bbox", {Round(f->bbox.x0, 1e-4), Round(f->bbox.y0, 1e-4), Round(f->bbox.x1, 1e-4),
                        Round(f->bbox.y1, 1e-4)}},
              {"source", SourceName(f->source)}};
}

constexpr const char* kFieldNames[] = {
    "invoice_number", "invoice_date", "total_ht",        "total_tva",
    "total_ttc",      "siret",        "vat_number",      "iban",
    "dossiers",       "proforma_number", "purchase_order", "document_type"};

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

json ToJson(const ExtractionResult& r) {
  const InvoiceFields& f = r.fields;
  json fields = {
      {"invoice_number", FieldJson(f.invoice_number)},
      {"invoice_date", FieldJson(f.invoice_date)},
      {"total_ht", FieldJson(f.total_ht)},
      {"total_tva", FieldJson(f.total_tva)},
      {"total_ttc", FieldJson(f.total_ttc)},
      {"siret", FieldJson(f.siret)},
      {"vat_number", FieldJson(f.vat_number)},
      {"iban", FieldJson(f.iban)},
      {"dossiers", FieldJson(f.dossiers)},
      {"proforma_number", FieldJson(f.proforma_number)},
      {"purchase_order", FieldJson(f.purchase_order)},
      {"document_type", FieldJson(f.document_type)},
  };
  json timings = json::object();
  for (const auto& [stage, ms] : r.timings_ms) timings[stage] = Round(ms, 0.001);
  json out = {{"file", r.file},
              {"sha256", r.sha256},
              {"media_type", r.media_type},
              {"pages", r.pages},
              {"text_source", r.text_source.empty() ? json(nullptr) : json(r.text_source)},
              {"fields", fields},
              {"error", nullptr},
              {"timings_ms", timings}};
  if (r.error) out["error"] = {{"code", r.error->code}, {"message", r.error->message}};
  return out;
}

json FieldValues(const json& result_object) {
  json out = json::object();
  const json* fields = nullptr;
  if (result_object.contains("fields") && result_object["fields"].is_object()) {
    fields = &result_object["fields"];
  }
  for (const char* name : kFieldNames) {
    json v = nullptr;
    if (fields && fields->contains(name)) {
      const json& f = (*fields)[name];
      v = f.is_object() && f.contains("value") ? f["value"] : f;
    }
    out[name] = v;
  }
  return out;
}

}  // namespace verifact
