#include "pipeline/check_deposit.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>

#include "models/identifiers.h"

namespace verifact {
namespace {

// Builds the list, applying only what the profile lists, with its severity and message.
class Checks {
 public:
  explicit Checks(const FunderProfile& profile) : profile_(profile) {}

  void Add(const std::string& code, const std::string& field = "", const std::string& expected = "",
           const std::string& found = "", double confidence = 1) {
    if (!profile_.Applies(code)) return;
    Check c{code, profile_.SeverityOf(code), field, expected, found, profile_.MessageOf(code)};
    // A refusal resting on a doubtful reading goes to a person instead.
    if (confidence < kTrustedConfidence && c.severity == Severity::kRefusal) {
      c.severity = Severity::kReview;
      doubtful_.insert(field);
    }
    list_.push_back(std::move(c));
  }

  // A field read with low confidence that a check relies on: LOW_CONFIDENCE names it.
  void Doubt(const std::string& field) { doubtful_.insert(field); }

  std::vector<Check> Take() {
    for (const std::string& field : doubtful_) {
      Add("LOW_CONFIDENCE", field);
    }
    return std::move(list_);
  }

 private:
  const FunderProfile& profile_;
  std::vector<Check> list_;
  std::set<std::string> doubtful_;
};

std::string FileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

size_t Utf8Length(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

// SIGMA's rule: "<BON DE COMMANDE>_<ORGANISME>_AVANCE.pdf", in capitals, with this deposit's
// order number.
bool SigmaNameConforms(const std::string& name, const std::optional<std::string>& order) {
  const std::string suffix = "_AVANCE.pdf";
  if (name.size() <= suffix.size()) return false;
  std::string ext = name.substr(name.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  const std::string stem = name.substr(0, name.size() - 4);
  if (ext != ".pdf" || !stem.ends_with("_AVANCE")) return false;
  const std::string head = stem.substr(0, stem.size() - 7);  // BDC_ORGANISME
  if (!order || !head.starts_with(*order + "_")) return false;
  const std::string organisme = head.substr(order->size() + 1);
  return !organisme.empty() && std::all_of(organisme.begin(), organisme.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
  });
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void CheckFile(const DepositCase& c, Checks& out) {
  const FileRules& rules = c.profile->files;
  const ExtractionResult& x = *c.extraction;
  const std::string name = FileName(c.deposit->file);
  if (!x.media_type.empty() &&
      std::find(rules.formats.begin(), rules.formats.end(), x.media_type) == rules.formats.end()) {
    out.Add("FILE_FORMAT_NOT_ALLOWED", "", Join(rules.formats), x.media_type);
  }
  if (rules.max_bytes && c.file_bytes > *rules.max_bytes) {
    out.Add("FILE_TOO_LARGE", "", std::to_string(*rules.max_bytes), std::to_string(c.file_bytes));
  }
  if (rules.max_name_length && Utf8Length(name) > static_cast<size_t>(*rules.max_name_length)) {
    out.Add("FILE_NAME_TOO_LONG", "", std::to_string(*rules.max_name_length),
            std::to_string(Utf8Length(name)));
  }
  if (rules.purchase_order_name && !SigmaNameConforms(name, c.deposit->purchase_order)) {
    out.Add("FILE_NAME_NOT_CONFORMING", "",
            c.deposit->purchase_order.value_or("<BDC>") + "_<ORGANISME>_AVANCE.pdf", name);
  }
}

void CheckAmounts(const InvoiceFields& f, Checks& out) {
  if (!f.total_ht) out.Add("AMOUNT_HT_MISSING", "total_ht");
  if (!f.total_ttc) out.Add("AMOUNT_TTC_MISSING", "total_ttc");
  if (f.total_ht && f.total_tva && f.total_ttc) {
    const int64_t gap =
        f.total_ht->value.cents() + f.total_tva->value.cents() - f.total_ttc->value.cents();
    if (gap > 1 || gap < -1) {
      const double conf = std::min({f.total_ht->confidence, f.total_tva->confidence,
                                    f.total_ttc->confidence});
      out.Add("AMOUNTS_INCONSISTENT", "total_ttc",
              (f.total_ht->value + f.total_tva->value).ToString(), f.total_ttc->value.ToString(),
              conf);
    }
  }
  if (f.total_tva && f.total_tva->value.cents() == 0 && !f.vat_exemption_mentioned) {
    out.Add("VAT_EXEMPTION_MISSING", "total_tva", "mention d'exonération", "0.00");
  }
}

void CheckDeclared(const Deposit& d, const InvoiceFields& f, Checks& out) {
  const DeclaredValues& v = d.declared;
  if (v.invoice_number && f.invoice_number &&
      CompactIdentifier(*v.invoice_number) != CompactIdentifier(f.invoice_number->value)) {
    out.Add("DECLARED_VALUE_MISMATCH", "invoice_number", f.invoice_number->value,
            *v.invoice_number, f.invoice_number->confidence);
  }
  if (v.invoice_date && f.invoice_date && !(*v.invoice_date == f.invoice_date->value)) {
    out.Add("DECLARED_VALUE_MISMATCH", "invoice_date", f.invoice_date->value.ToIso(),
            v.invoice_date->ToIso(), f.invoice_date->confidence);
  }
  if (v.total_ht && f.total_ht && *v.total_ht != f.total_ht->value) {
    out.Add("DECLARED_VALUE_MISMATCH", "total_ht", f.total_ht->value.ToString(),
            v.total_ht->ToString(), f.total_ht->confidence);
  }
  if (v.total_ttc && f.total_ttc && *v.total_ttc != f.total_ttc->value) {
    out.Add("DECLARED_VALUE_MISMATCH", "total_ttc", f.total_ttc->value.ToString(),
            v.total_ttc->ToString(), f.total_ttc->confidence);
  }
  if (v.siret && f.siret && *v.siret != f.siret->value) {
    out.Add("DECLARED_VALUE_MISMATCH", "siret", f.siret->value, *v.siret, f.siret->confidence);
  }
}

void CheckSiret(const DepositCase& c, const InvoiceFields& f, Checks& out) {
  if (!f.siret) {
    out.Add("SIRET_MISSING", "siret");
    return;
  }
  const std::string& siret = f.siret->value;
  const double conf = f.siret->confidence;
  if (!IsValidSiret(siret)) {
    out.Add("SIRET_INVALID", "siret", "", siret, conf);
    return;
  }
  if (c.proforma && c.proforma->siret && *c.proforma->siret != siret) {
    out.Add("SIRET_MISMATCH", "siret", *c.proforma->siret, siret, conf);
  }
  if (!c.registry->has_sirene()) {
    out.Add("SIRET_NOT_VERIFIED", "siret", "", siret);
    return;
  }
  switch (c.registry->FindSiret(siret)) {
    case SiretState::kUnknown:
      out.Add("SIRET_UNKNOWN", "siret", "", siret, conf);
      break;
    case SiretState::kClosed:
      out.Add("SIRET_CLOSED", "siret", "établissement actif", siret, conf);
      break;
    case SiretState::kActive:
      break;
  }
}

void CheckDossiers(const DepositCase& c, const InvoiceFields& f, Checks& out) {
  std::vector<std::string> found = f.dossiers ? f.dossiers->value : std::vector<std::string>();
  const double conf = f.dossiers ? f.dossiers->confidence : 1;
  if (found.empty()) {
    out.Add("DOSSIER_MISSING", "dossiers", Join(c.deposit->dossiers));
  } else if (c.registry->has_dossiers()) {
    for (const std::string& d : found) {
      auto entry = c.registry->FindDossier(d);
      if (!entry || entry->funder != c.deposit->funder) {
        out.Add("DOSSIER_UNKNOWN", "dossiers", "", d, conf);
      }
    }
  }
  if (c.proforma && !found.empty()) {
    std::vector<std::string> a = found, b = c.proforma->dossiers;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) out.Add("PROFORMA_DOSSIERS_MISMATCH", "dossiers", Join(b), Join(a), conf);
  }
}

void CheckProForma(const DepositCase& c, const InvoiceFields& f, Checks& out) {
  if (!c.proforma) {
    out.Add("PROFORMA_UNKNOWN", "proforma_number", "",
            c.proforma_named.empty() ? "(aucune)" : c.proforma_named);
    return;
  }
  const ProForma& p = *c.proforma;
  if (!f.proforma_number ||
      CompactIdentifier(f.proforma_number->value) != CompactIdentifier(p.number)) {
    out.Add("PROFORMA_REFERENCE_MISSING", "proforma_number", p.number,
            f.proforma_number ? f.proforma_number->value : "",
            f.proforma_number ? f.proforma_number->confidence : 1);
  }
  const bool credit = f.document_type && f.document_type->value == DocumentType::kCreditNote;
  if (p.total.negative() && !credit) {
    out.Add("CREDIT_NOTE_EXPECTED", "document_type", "credit_note", "invoice",
            f.document_type ? f.document_type->confidence : 1);
  } else if (!p.total.negative() && credit) {
    out.Add("INVOICE_EXPECTED", "document_type", "invoice", "credit_note",
            f.document_type->confidence);
  }
  if (f.total_ttc && f.total_ttc->value != p.total) {
    // A credit note printed with positive amounts still cancels the pro forma's total.
    const bool same_size = f.total_ttc->value == -p.total && credit;
    if (!same_size) {
      out.Add("PROFORMA_AMOUNT_MISMATCH", "total_ttc", p.total.ToString(),
              f.total_ttc->value.ToString(), f.total_ttc->confidence);
    }
  }
}

void CheckSignature(const ExtractionResult& x, Checks& out) {
  switch (x.signature.status()) {
    case SignatureStatus::kNone:
      out.Add("SIGNATURE_MISSING", "signature");
      break;
    case SignatureStatus::kImage:
      out.Add("SIGNATURE_IMAGE_NOT_PANEL", "signature", "panel", "image");
      break;
    case SignatureStatus::kPanel:
      for (const SignaturePanel& p : x.signature.panels) {
        if (p.integrity != Integrity::kValid) {
          out.Add("SIGNATURE_INVALID", "signature", "valid", IntegrityName(p.integrity));
          break;
        }
      }
      break;
  }
}

// The checks that read each field: a field one of them needs, read with low confidence, is
// for a person to confirm even when no check fires on it.
struct FieldNeeds {
  const char* field;
  std::vector<const char*> codes;
};
const std::vector<FieldNeeds>& NeededFields() {
  static const std::vector<FieldNeeds> needs = {
      {"invoice_number", {"INVOICE_NUMBER_MISSING", "DECLARED_VALUE_MISMATCH"}},
      {"invoice_date", {"INVOICE_DATE_MISSING", "INVOICE_DATE_AFTER_DEPOSIT"}},
      {"total_ht", {"AMOUNT_HT_MISSING", "AMOUNTS_INCONSISTENT"}},
      {"total_tva", {"AMOUNTS_INCONSISTENT"}},
      {"total_ttc", {"AMOUNT_TTC_MISSING", "PROFORMA_AMOUNT_MISMATCH"}},
      {"siret", {"SIRET_MISSING", "SIRET_UNKNOWN", "SIRET_MISMATCH"}},
      {"dossiers", {"DOSSIER_MISSING", "DOSSIER_UNKNOWN", "PROFORMA_DOSSIERS_MISMATCH"}},
      {"proforma_number", {"PROFORMA_REFERENCE_MISSING"}},
      {"iban", {"BANK_DETAILS_MISSING"}},
      {"document_type", {"CREDIT_NOTE_EXPECTED", "INVOICE_EXPECTED"}},
  };
  return needs;
}

}  // namespace

std::vector<Check> CheckDeposit(const DepositCase& c) {
  Checks out(*c.profile);
  const ExtractionResult& x = *c.extraction;
  const InvoiceFields& f = x.fields;
  CheckFile(c, out);
  if (x.error) {
    // Nothing else can be judged on a file that could not be read. When verifact itself failed
    // (a bug, memory, a file set aside after crashing workers) the depositor is not at fault:
    // a person looks instead of a refusal.
    const std::string& code = x.error->code;
    bool ours = code == "INTERNAL" || code == "OUT_OF_MEMORY" || code == "QUARANTINED";
    out.Add(ours ? "READING_FAILED" : "FILE_UNREADABLE", "", "", code + ": " + x.error->message);
    return out.Take();
  }
  for (const Error& w : x.warnings) {
    out.Add("READING_INCOMPLETE", "", "", w.code + ": " + w.message);
  }
  if (!f.invoice_number && !c.deposit->declared.invoice_number) {
    out.Add("INVOICE_NUMBER_MISSING", "invoice_number");
  }
  CheckAmounts(f, out);
  CheckDeclared(*c.deposit, f, out);
  if (!f.invoice_date) {
    out.Add("INVOICE_DATE_MISSING", "invoice_date");
  } else if (c.deposit->deposited_at < f.invoice_date->value) {
    out.Add("INVOICE_DATE_AFTER_DEPOSIT", "invoice_date",
            "au plus tard le " + c.deposit->deposited_at.ToIso(), f.invoice_date->value.ToIso(),
            f.invoice_date->confidence);
  }
  CheckSiret(c, f, out);
  CheckDossiers(c, f, out);
  if (c.profile->Applies("PROFORMA_UNKNOWN")) CheckProForma(c, f, out);
  if (!f.iban) out.Add("BANK_DETAILS_MISSING", "iban");
  if (c.duplicate_of) {
    out.Add("DUPLICATE_INVOICE", "invoice_number", "", "déjà déposée : " + c.duplicate_of->id);
  }
  if (c.profile->Applies("SIGNATURE_MISSING")) CheckSignature(x, out);
  if (x.facturx) {
    for (const auto& m : x.facturx->mismatches) {
      out.Add("FACTURX_MISMATCH", m.field, m.xml, m.page);
    }
  }
  VisitFields(f, [&](const char* name, const auto& field) {
    if (!field || field->confidence >= kTrustedConfidence) return;
    for (const FieldNeeds& n : NeededFields()) {
      if (std::string_view(n.field) != name) continue;
      for (const char* code : n.codes) {
        if (c.profile->Applies(code)) {
          out.Doubt(name);
          return;
        }
      }
    }
  });
  return out.Take();
}

DepositOutcome JudgeDeposit(const DepositCase& c) {
  DepositOutcome o;
  o.deposit_id = c.deposit->id;
  o.checks = CheckDeposit(c);
  o.verdict = Decide(o.checks);
  if (o.verdict == Verdict::kRefused) o.refusal_letter = RefusalLetter(c, o.checks);
  return o;
}

}  // namespace verifact
