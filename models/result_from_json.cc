// FromJson: the way back from ToJson, for readings that cross a process boundary (a worker's
// reply to the broker). Strict: a key of the wrong type is an error, never a guess.
#include <initializer_list>
#include <stdexcept>

#include "models/result_json.h"

namespace verifact {
namespace {

using nlohmann::json;

// Thrown inside this file only, caught in FromJson: the parsing below reads straight.
struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& At(const json& o, const char* key) {
  if (!o.is_object() || !o.contains(key)) throw WireError(std::string("missing ") + key);
  return o.at(key);
}

std::string Str(const json& o, const char* key) {
  const json& v = At(o, key);
  if (!v.is_string()) throw WireError(std::string(key) + " is not a string");
  return v.get<std::string>();
}

// A string that ToJson writes as null when empty.
std::string OptStr(const json& o, const char* key) {
  if (!o.contains(key) || o.at(key).is_null()) return "";
  return Str(o, key);
}

double Num(const json& o, const char* key) {
  const json& v = At(o, key);
  if (!v.is_number()) throw WireError(std::string(key) + " is not a number");
  return v.get<double>();
}

int Int(const json& o, const char* key) {
  if (o.contains(key) && o.at(key).is_null()) return 0;
  const json& v = At(o, key);
  if (!v.is_number_integer()) throw WireError(std::string(key) + " is not an integer");
  return v.get<int>();
}

bool Bool(const json& o, const char* key) {
  const json& v = At(o, key);
  if (!v.is_boolean()) throw WireError(std::string(key) + " is not a boolean");
  return v.get<bool>();
}

BBox Box(const json& o, const char* key) {
  const json& v = At(o, key);
  if (v.is_null()) return {};
  if (!v.is_array() || v.size() != 4) throw WireError(std::string(key) + " is not a box");
  for (const json& n : v) {
    if (!n.is_number()) throw WireError(std::string(key) + " is not a box");
  }
  return {v[0].get<double>(), v[1].get<double>(), v[2].get<double>(), v[3].get<double>()};
}

// The enum value whose contract name is `name`.
template <typename E, typename NameFn>
E ByName(const std::string& name, NameFn name_of, std::initializer_list<E> values,
         const char* key) {
  for (E e : values) {
    if (name == name_of(e)) return e;
  }
  throw WireError(std::string(key) + " has an unknown value '" + name + "'");
}

void ReadValue(const json& v, std::string* out) {
  if (!v.is_string()) throw WireError("a field value is not a string");
  *out = v.get<std::string>();
}
void ReadValue(const json& v, Date* out) {
  auto d = v.is_string() ? Date::ParseIso(v.get<std::string>()) : std::nullopt;
  if (!d) throw WireError("a date field is not an ISO date");
  *out = *d;
}
void ReadValue(const json& v, Money* out) {
  auto m = v.is_string() ? Money::ParseCanonical(v.get<std::string>()) : std::nullopt;
  if (!m) throw WireError("an amount field is not an amount");
  *out = *m;
}
void ReadValue(const json& v, std::vector<std::string>* out) {
  if (!v.is_array()) throw WireError("dossiers is not a list");
  for (const json& s : v) {
    if (!s.is_string()) throw WireError("dossiers holds a non-string");
    out->push_back(s.get<std::string>());
  }
}
void ReadValue(const json& v, DocumentType* out) {
  *out = ByName(v.is_string() ? v.get<std::string>() : "", DocumentTypeName,
                {DocumentType::kInvoice, DocumentType::kCreditNote}, "document_type");
}

template <typename T>
void ReadField(const json& fields, const char* name, std::optional<Field<T>>* out) {
  if (!fields.contains(name) || fields.at(name).is_null()) return;
  const json& f = fields.at(name);
  Field<T> field;
  ReadValue(At(f, "value"), &field.value);
  field.confidence = Num(f, "confidence");
  field.page = Int(f, "page");
  field.bbox = Box(f, "bbox");
  field.source = ByName(Str(f, "source"), SourceName,
                        {Source::kTextLayer, Source::kOcr, Source::kFacturX, Source::kDeclared,
                         Source::kReviewer},
                        "source");
  *out = std::move(field);
}

SignatureReport ReadSignature(const json& s) {
  SignatureReport report;
  for (const json& p : At(s, "panels")) {
    SignaturePanel panel;
    panel.field = Str(p, "field");
    panel.signer = OptStr(p, "signer");
    panel.signing_time = OptStr(p, "signing_time");
    panel.integrity = ByName(Str(p, "integrity"), IntegrityName,
                             {Integrity::kValid, Integrity::kInvalid,
                              Integrity::kModifiedAfterSigning},
                             "integrity");
    panel.covers_whole_document = Bool(p, "covers_whole_document");
    panel.certificate = ByName(
        Str(p, "certificate"), CertificateStatusName,
        {CertificateStatus::kTrusted, CertificateStatus::kUntrusted, CertificateStatus::kExpired,
         CertificateStatus::kRevoked, CertificateStatus::kUnknown},
        "certificate");
    panel.sub_filter = Str(p, "sub_filter");
    panel.visible = Bool(p, "visible");
    panel.page = Int(p, "page");
    panel.bbox = Box(p, "bbox");
    for (const json& f : At(p, "findings")) {
      if (!f.is_string()) throw WireError("findings holds a non-string");
      panel.findings.push_back(f.get<std::string>());
    }
    report.panels.push_back(std::move(panel));
  }
  for (const json& m : At(s, "images")) {
    SignatureMark mark;
    mark.page = Int(m, "page");
    mark.bbox = Box(m, "bbox");
    mark.kind = ByName(Str(m, "kind"), SignatureMarkKindName,
                       {SignatureMarkKind::kHandwritten, SignatureMarkKind::kStamp,
                        SignatureMarkKind::kFlattenedDigital},
                       "kind");
    mark.confidence = Num(m, "confidence");
    report.images.push_back(mark);
  }
  return report;
}

FacturXReading ReadFacturX(const json& x) {
  FacturXReading reading;
  reading.file = Str(x, "file");
  reading.syntax = Str(x, "syntax");
  reading.profile = OptStr(x, "profile");
  for (const json& m : At(x, "mismatches")) {
    reading.mismatches.push_back({Str(m, "field"), Str(m, "xml"), Str(m, "page")});
  }
  return reading;
}

}  // namespace

Result<ExtractionResult> FromJson(const json& o) {
  try {
    ExtractionResult r;
    r.file = Str(o, "file");
    r.sha256 = OptStr(o, "sha256");
    r.media_type = OptStr(o, "media_type");
    r.pages = Int(o, "pages");
    r.text_source = OptStr(o, "text_source");
    const json& fields = At(o, "fields");
    if (!fields.is_object()) throw WireError("fields is not an object");
    VisitFields(r.fields,
                [&fields](const char* name, auto& field) { ReadField(fields, name, &field); });
    if (o.contains("vat_exemption_mentioned")) {
      r.fields.vat_exemption_mentioned = Bool(o, "vat_exemption_mentioned");
    }
    r.signature = ReadSignature(At(o, "signature"));
    if (o.contains("facturx") && !o.at("facturx").is_null()) {
      r.facturx = ReadFacturX(o.at("facturx"));
    }
    if (o.contains("error") && !o.at("error").is_null()) {
      r.error = Error{Str(o.at("error"), "code"), Str(o.at("error"), "message")};
    }
    if (o.contains("warnings") && o.at("warnings").is_array()) {
      for (const json& w : o.at("warnings")) r.warnings.push_back({Str(w, "code"), Str(w, "message")});
    }
    if (o.contains("timings_ms") && o.at("timings_ms").is_object()) {
      for (const auto& [stage, ms] : o.at("timings_ms").items()) {
        if (ms.is_number()) r.timings_ms.emplace_back(stage, ms.get<double>());
      }
    }
    return r;
  } catch (const WireError& e) {
    return Error{"WIRE_INVALID", std::string("not a reading: ") + e.what()};
  } catch (const json::exception& e) {
    return Error{"WIRE_INVALID", std::string("not a reading: ") + e.what()};
  }
}

}  // namespace verifact
