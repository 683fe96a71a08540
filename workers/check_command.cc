#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "models/deposit.h"
#include "models/identifiers.h"
#include "models/result_json.h"
#include "pipeline/check_deposit.h"
#include "pipeline/duplicate_index.h"
#include "pipeline/extract_document.h"
#include "workers/commands.h"
#include "workers/read_and_extract.h"

namespace verifact {
namespace {

namespace fs = std::filesystem;

// A manifest line that is not a deposit still gets its result: nothing deposited is skipped.
struct Entry {
  Result<Deposit> deposit = Error{"", ""};
  ExtractionResult reading;
  long long bytes = 0;
};

}  // namespace

int RunCheck(const CheckOptions& o, std::ostream& out, std::ostream& err) {
  auto options = MakeExtractOptions(o.trusted_roots);
  if (!options.ok()) {
    err << "verifact: " << options.error().message << " (check --trusted-roots)\n";
    return 1;
  }
  Registry registry;
  if (!o.registry.empty()) {
    auto loaded = OpenRegistry(o.registry);
    if (!loaded.ok()) {
      err << "verifact: " << loaded.error().message << " (check --registry)\n";
      return 1;
    }
    registry = std::move(loaded).value();
  }
  std::map<std::string, ProForma> proformas;
  {
    std::ifstream in(o.proformas);
    if (!in) {
      err << "verifact: cannot read the pro formas " << o.proformas << " (check --proformas)\n";
      return 1;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      auto p = ParseProForma(j, n);
      if (!p.ok()) {
        err << "verifact: " << o.proformas << ": " << p.error().message << "\n";
        return 1;
      }
      proformas[CompactIdentifier(p.value().number)] = p.value();
    }
  }
  std::ifstream in(o.deposits);
  if (!in) {
    err << "verifact: cannot read the deposits " << o.deposits << " (check --deposits)\n";
    return 1;
  }
  const fs::path base = fs::path(o.deposits).parent_path();
  std::vector<Entry> entries;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Entry e;
    e.deposit = ParseDeposit(nlohmann::json::parse(line, nullptr, false), n);
    if (e.deposit.ok() && !FindProfile(e.deposit.value().funder)) {
      e.deposit = Error{"FUNDER_UNKNOWN", "line " + std::to_string(n) + ": no profile for funder '" +
                                              e.deposit.value().funder + "'"};
    }
    if (e.deposit.ok()) {
      const Deposit& d = e.deposit.value();
      e.reading = ReadAndExtract((base / d.file).string(), d.file, options.value(), &e.bytes);
    }
    entries.push_back(std::move(e));
  }

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
    if (entries[i].reading.error) continue;
    duplicate_of[i] = seen.Find(entries[i].reading);
    seen.Add(&entries[i].deposit.value(), entries[i].reading);
  }

  std::unique_ptr<std::ofstream> file;
  if (!o.out.empty()) {
    file = std::make_unique<std::ofstream>(o.out);
    if (!*file) {
      err << "verifact: cannot write " << o.out << " (check --out)\n";
      return 1;
    }
  }
  std::ostream& sink = file ? *file : out;
  for (size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    if (!e.deposit.ok()) {
      // Not a deposit verifact can read: a person must look at the manifest line.
      ExtractionResult r;
      r.error = e.deposit.error();
      r.outcome = DepositOutcome{"", {}, Verdict::kReview, ""};
      nlohmann::ordered_json j = ToJson(r);
      j["file"] = nullptr;
      j["deposit_id"] = nullptr;
      j["sha256"] = nullptr;
      sink << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      continue;
    }
    const Deposit& d = e.deposit.value();
    DepositCase c;
    c.deposit = &d;
    c.extraction = &e.reading;
    c.file_bytes = e.bytes;
    c.profile = FindProfile(d.funder);
    c.registry = &registry;
    c.proforma_named = d.proforma_number.value_or(
        e.reading.fields.proforma_number ? e.reading.fields.proforma_number->value : "");
    auto pf = proformas.find(CompactIdentifier(c.proforma_named));
    if (pf != proformas.end()) c.proforma = &pf->second;
    c.duplicate_of = duplicate_of[i];
    e.reading.outcome = JudgeDeposit(c);
    nlohmann::ordered_json j = ToJson(e.reading);
    if (e.reading.sha256.empty()) j["sha256"] = nullptr;
    sink << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  sink.flush();
  return sink ? 0 : 1;
}

}  // namespace verifact
