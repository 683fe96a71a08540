#include "review/review_batch.h"

#include <filesystem>
#include <sstream>

#include "models/identifiers.h"
#include "models/result_json.h"
#include "workers/ledger.h"
#include "workers/read_and_extract.h"

namespace verifact {
namespace {

namespace fs = std::filesystem;

template <typename T>
Field<T> Corrected(const std::optional<Field<T>>& before, T value) {
  Field<T> f;
  if (before) f = *before;  // keeps where the value was read, so the box still shows it
  f.value = std::move(value);
  f.confidence = 1;
  f.source = Source::kReviewer;
  return f;
}

Error Invalid(const std::string& field, const std::string& what) {
  return Error{"FIELD_INVALID", field + ": " + what};
}

}  // namespace

Result<std::unique_ptr<ReviewBatch>> ReviewBatch::Load(const std::string& dir,
                                                       ReviewStore& store) {
  auto opened = Ledger::Open((fs::path(dir) / "verifact.db").string());
  if (!opened.ok()) return Error{"REVIEW_UNAVAILABLE", opened.error().message};
  Ledger& ledger = *opened.value();
  BatchInputs inputs{ledger.Meta("deposits"), ledger.Meta("proformas"), ledger.Meta("registry"),
                     ledger.Meta("trusted_roots")};
  if (inputs.deposits.empty()) {
    return Error{"REVIEW_UNAVAILABLE", dir + " holds no batch: run `verifact run --out " + dir +
                                           "` first"};
  }
  std::unique_ptr<ReviewBatch> batch(new ReviewBatch(store));
  auto context = LoadBatchContext(inputs);
  if (!context.ok()) return context.error();
  batch->context_ = std::move(context).value();
  auto manifest = ReadManifest(inputs.deposits);
  if (!manifest.ok()) return manifest.error();
  batch->entries_ = std::move(manifest).value();
  batch->keys_ = LedgerKeys(batch->entries_);
  std::map<std::string, LedgerRow> rows;
  for (LedgerRow& row : ledger.Rows()) rows[row.key] = std::move(row);
  batch->readings_.resize(batch->entries_.size());
  for (size_t i = 0; i < batch->entries_.size(); ++i) {
    auto row = rows.find(batch->keys_[i]);
    if (row == rows.end() || row->second.reading.empty()) {
      return Error{"REVIEW_UNAVAILABLE", "the batch in " + dir +
                                             " is not finished: run the same `verifact run` "
                                             "again to complete it"};
    }
    Reading& r = batch->readings_[i];
    r.bytes = row->second.bytes;
    if (!batch->entries_[i].deposit.ok()) continue;
    auto parsed = FromJson(nlohmann::json::parse(row->second.reading, nullptr, false));
    r.result = parsed.ok() ? std::move(parsed).value() : UnreadableFile(row->second.file,
                                                                        parsed.error());
  }
  batch->Rejudge();
  return batch;
}

void ReviewBatch::Rejudge() {
  std::lock_guard<std::mutex> one_at_a_time(rejudging_);
  std::vector<Reading> readings = readings_;
  std::vector<std::map<std::string, std::string>> corrections(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (!entries_[i].deposit.ok()) continue;
    corrections[i] = store_.Corrections(keys_[i]);
    for (const auto& [field, value] : corrections[i]) {
      ApplyCorrection(readings[i].result, field, value);  // stored values were checked
    }
  }
  std::vector<nlohmann::ordered_json> results = JudgeBatch(context_, entries_, readings);
  std::vector<ReviewedDeposit> judged;
  for (size_t i = 0; i < entries_.size(); ++i) {
    ReviewedDeposit d;
    d.key = keys_[i];
    d.result = std::move(results[i]);
    d.verdict = d.result.value("verdict", "review");
    for (const auto& c : d.result["checks"]) {
      if (c.value("severity", "") != "info") d.codes.push_back(c.value("code", ""));
    }
    d.corrections = corrections[i];
    if (entries_[i].deposit.ok()) {
      const Deposit& dep = entries_[i].deposit.value();
      d.funder = dep.funder;
      d.deposited_at = dep.deposited_at.ToIso();
      d.file = dep.file;
      d.path = (context_.base / dep.file).string();
      const auto& named = readings[i].result.fields.proforma_number;
      std::string number = dep.proforma_number.value_or(named ? named->value : "");
      auto pf = context_.proformas.find(CompactIdentifier(number));
      if (!number.empty() && pf != context_.proformas.end()) d.proforma = pf->second;
    }
    judged.push_back(std::move(d));
  }
  std::lock_guard<std::mutex> lock(mutex_);
  judged_ = std::move(judged);
}

std::vector<ReviewedDeposit> ReviewBatch::All() {
  std::lock_guard<std::mutex> lock(mutex_);
  return judged_;
}

std::optional<ReviewedDeposit> ReviewBatch::Find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const ReviewedDeposit& d : judged_) {
    if (d.key == key) return d;
  }
  return std::nullopt;
}

Result<bool> ReviewBatch::ApplyCorrection(ExtractionResult& r, const std::string& field,
                                          const std::string& value) {
  InvoiceFields& f = r.fields;
  if (field == "invoice_number") {
    if (value.empty() || value.size() > 64) return Invalid(field, "1 to 64 characters");
    f.invoice_number = Corrected(f.invoice_number, value);
  } else if (field == "invoice_date") {
    auto d = Date::ParseIso(value);
    if (!d) d = Date::Parse(value);
    if (!d) return Invalid(field, "a date such as 2023-01-05 or 05/01/2023");
    f.invoice_date = Corrected(f.invoice_date, *d);
  } else if (field == "total_ht" || field == "total_tva" || field == "total_ttc") {
    auto m = Money::ParseCanonical(value);
    if (!m) m = Money::Parse(value);
    if (!m) return Invalid(field, "an amount such as 2268.00 or 2 268,00");
    auto& slot = field == "total_ht" ? f.total_ht : field == "total_tva" ? f.total_tva : f.total_ttc;
    slot = Corrected(slot, *m);
  } else if (field == "siret") {
    std::string digits = CompactIdentifier(value);
    if (digits.size() != 14 || digits.find_first_not_of("0123456789") != std::string::npos) {
      return Invalid(field, "14 digits");
    }
    f.siret = Corrected(f.siret, digits);
  } else if (field == "vat_number" || field == "iban" || field == "proforma_number" ||
             field == "purchase_order") {
    std::string id = CompactIdentifier(value);
    if (id.empty() || id.size() > 64) return Invalid(field, "1 to 64 characters");
    auto& slot = field == "vat_number" ? f.vat_number
                 : field == "iban"     ? f.iban
                 : field == "proforma_number" ? f.proforma_number
                                              : f.purchase_order;
    slot = Corrected(slot, id);
  } else if (field == "dossiers") {
    std::vector<std::string> list;
    std::string text = value;
    for (char& c : text) {
      if (c == ',' || c == ';') c = ' ';
    }
    std::istringstream words(text);
    for (std::string w; words >> w;) list.push_back(CompactIdentifier(w));
    if (list.empty()) return Invalid(field, "dossier numbers separated by commas");
    f.dossiers = Corrected(f.dossiers, list);
  } else if (field == "document_type") {
    if (value == "invoice" || value == "facture") {
      f.document_type = Corrected(f.document_type, DocumentType::kInvoice);
    } else if (value == "credit_note" || value == "avoir") {
      f.document_type = Corrected(f.document_type, DocumentType::kCreditNote);
    } else {
      return Invalid(field, "invoice or credit_note");
    }
  } else {
    return Invalid(field, "not a field of the result");
  }
  return true;
}

}  // namespace verifact
