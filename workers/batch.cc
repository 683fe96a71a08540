#include "workers/batch.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "models/identifiers.h"
#include "models/result_json.h"
#include "pipeline/check_deposit.h"
#include "pipeline/duplicate_index.h"
#include "pipeline/funder_profile.h"
#include "workers/commands.h"

namespace verifact {
namespace {

bool Blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

Result<std::map<std::string, ProForma>> ReadProFormas(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"PROFORMAS_UNREADABLE", "cannot read the pro formas " + path};
  std::map<std::string, ProForma> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (Blank(line)) continue;
    auto p = ParseProForma(nlohmann::json::parse(line, nullptr, false), n);
    if (!p.ok()) return Error{p.error().code, path + ": " + p.error().message};
    out[CompactIdentifier(p.value().number)] = p.value();
  }
  return out;
}

DepositCase MakeCase(const BatchContext& context, const Deposit& d, const Reading& reading) {
  DepositCase c;
  c.deposit = &d;
  c.extraction = &reading.result;
  c.file_bytes = reading.bytes;
  c.profile = FindProfile(d.funder);
  c.registry = &context.registry;
  const auto& named = reading.result.fields.proforma_number;
  c.proforma_named = d.proforma_number.value_or(named ? named->value : "");
  auto pf = context.proformas.find(CompactIdentifier(c.proforma_named));
  if (pf != context.proformas.end()) c.proforma = &pf->second;
  return c;
}

}  // namespace

Result<std::vector<ManifestEntry>> ReadManifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"MANIFEST_UNREADABLE", "cannot read the deposits " + path};
  std::vector<ManifestEntry> entries;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (Blank(line)) continue;
    ManifestEntry e;
    e.line = n;
    e.text = line;
    e.deposit = ParseDeposit(nlohmann::json::parse(line, nullptr, false), n);
    if (e.deposit.ok() && !FindProfile(e.deposit.value().funder)) {
      e.deposit = Error{"FUNDER_UNKNOWN", "line " + std::to_string(n) +
                                              ": no profile for funder '" +
                                              e.deposit.value().funder + "'"};
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

std::vector<std::string> LedgerKeys(const std::vector<ManifestEntry>& entries) {
  std::vector<std::string> keys;
  std::set<std::string> seen;
  for (const ManifestEntry& e : entries) {
    std::string key = "line:" + std::to_string(e.line);
    if (e.deposit.ok()) {
      key = e.deposit.value().id;
      if (!seen.insert(key).second) key += "@line:" + std::to_string(e.line);
    }
    keys.push_back(key);
  }
  return keys;
}

Result<BatchContext> LoadBatchContext(const BatchInputs& inputs) {
  BatchContext context;
  context.base = std::filesystem::path(inputs.deposits).parent_path();
  auto extract = MakeExtractOptions(inputs.trusted_roots);
  if (!extract.ok()) {
    return Error{extract.error().code, extract.error().message + " (check --trusted-roots)"};
  }
  context.extract = std::move(extract).value();
  if (!inputs.registry.empty()) {
    auto registry = OpenRegistry(inputs.registry);
    if (!registry.ok()) {
      return Error{registry.error().code, registry.error().message + " (check --registry)"};
    }
    context.registry = std::move(registry).value();
  }
  auto proformas = ReadProFormas(inputs.proformas);
  if (!proformas.ok()) {
    return Error{proformas.error().code, proformas.error().message + " (check --proformas)"};
  }
  context.proformas = std::move(proformas).value();
  return context;
}

std::vector<nlohmann::ordered_json> JudgeBatch(const BatchContext& context,
                                               const std::vector<ManifestEntry>& entries,
                                               std::vector<Reading>& readings) {
  // Which deposit came first decides which is the duplicate: deposit date, then manifest line.
  std::vector<size_t> order;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].deposit.ok()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
    return entries[a].deposit.value().deposited_at < entries[b].deposit.value().deposited_at;
  });
  std::vector<const Deposit*> duplicate_of(entries.size(), nullptr);
  DuplicateIndex seen;
  for (size_t i : order) {
    if (readings[i].result.error) continue;
    duplicate_of[i] = seen.Find(readings[i].result);
    seen.Add(&entries[i].deposit.value(), readings[i].result);
  }

  std::vector<nlohmann::ordered_json> out;
  out.reserve(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const ManifestEntry& e = entries[i];
    if (!e.deposit.ok()) {
      // Not a deposit verifact can read: a person must look at the manifest line.
      ExtractionResult r;
      r.error = e.deposit.error();
      r.outcome = DepositOutcome{"", {}, Verdict::kReview, ""};
      nlohmann::ordered_json j = ToJson(r);
      j["file"] = nullptr;
      j["deposit_id"] = nullptr;
      j["sha256"] = nullptr;
      out.push_back(std::move(j));
      continue;
    }
    DepositCase c = MakeCase(context, e.deposit.value(), readings[i]);
    c.duplicate_of = duplicate_of[i];
    readings[i].result.outcome = JudgeDeposit(c);
    nlohmann::ordered_json j = ToJson(readings[i].result);
    if (readings[i].result.sha256.empty()) j["sha256"] = nullptr;
    out.push_back(std::move(j));
  }
  return out;
}

Verdict JudgeAlone(const BatchContext& context, const ManifestEntry& entry,
                   const Reading& reading) {
  if (!entry.deposit.ok()) return Verdict::kReview;
  return JudgeDeposit(MakeCase(context, entry.deposit.value(), reading)).verdict;
}

}  // namespace verifact
