#include "extractors/poppler_signature_check.h"

#include <poppler/glib/poppler.h>

#include <memory>
#include <mutex>

#include "extractors/internal/poppler_init.h"

namespace verifact {

std::vector<PopplerSignatureReading> CheckSignaturesWithPoppler(
    std::string_view bytes, const std::set<std::string>& fields) {
  InitPopplerOnce();  // before glib, which would otherwise create Poppler's globals unguarded
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  std::vector<PopplerSignatureReading> out;
  GBytes* data = g_bytes_new_static(bytes.data(), bytes.size());
  GError* error = nullptr;
  PopplerDocument* doc = poppler_document_new_from_bytes(data, nullptr, &error);
  g_bytes_unref(data);
  if (!doc) {
    if (error) g_error_free(error);
    return out;
  }
  GList* listed = poppler_document_get_signature_fields(doc);
  for (GList* it = listed; it; it = it->next) {
    auto* field = static_cast<PopplerFormField*>(it->data);
    PopplerSignatureReading reading;
    if (gchar* name = poppler_form_field_get_name(field)) {
      reading.field = name;
      g_free(name);
    }
    if (!fields.count(reading.field)) continue;
    GError* verr = nullptr;
    PopplerSignatureInfo* info = poppler_form_field_signature_validate_sync(
        field, static_cast<PopplerSignatureValidationFlags>(0), nullptr, &verr);
    if (verr) g_error_free(verr);
    if (info) {
      switch (poppler_signature_info_get_signature_status(info)) {
        case POPPLER_SIGNATURE_VALID:
          reading.verdict = PopplerVerdict::kValid;
          break;
        case POPPLER_SIGNATURE_DIGEST_MISMATCH:
          reading.verdict = PopplerVerdict::kDigestMismatch;
          break;
        case POPPLER_SIGNATURE_INVALID:
          reading.verdict = PopplerVerdict::kInvalid;
          break;
        case POPPLER_SIGNATURE_DECODING_ERROR:
          reading.verdict = PopplerVerdict::kDecodingError;
          break;
        default:
          reading.verdict = PopplerVerdict::kNoOpinion;
      }
      poppler_signature_info_free(info);
    }
    out.push_back(std::move(reading));
  }
  g_list_free_full(listed, g_object_unref);
  g_object_unref(doc);
  return out;
}

const char* PopplerVerdictName(PopplerVerdict verdict) {
  switch (verdict) {
    case PopplerVerdict::kValid:
      return "valid";
    case PopplerVerdict::kDigestMismatch:
      return "digest mismatch";
    case PopplerVerdict::kInvalid:
      return "invalid signature";
    case PopplerVerdict::kDecodingError:
      return "CMS not decodable";
    case PopplerVerdict::kNoOpinion:
      return "no opinion";
  }
  return "no opinion";
}

}  // namespace verifact
