#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "workers/batch.h"
#include "workers/commands.h"
#include "workers/read_and_extract.h"

namespace verifact {

int RunCheck(const CheckOptions& o, std::ostream& out, std::ostream& err) {
  auto context = LoadBatchContext({o.deposits, o.proformas, o.registry, o.trusted_roots});
  if (!context.ok()) {
    err << "verifact: " << context.error().message << "\n";
    return 1;
  }
  auto entries = ReadManifest(o.deposits);
  if (!entries.ok()) {
    err << "verifact: " << entries.error().message << " (check --deposits)\n";
    return 1;
  }
  std::vector<Reading> readings(entries.value().size());
  for (size_t i = 0; i < readings.size(); ++i) {
    const ManifestEntry& e = entries.value()[i];
    if (!e.deposit.ok()) continue;
    const Deposit& d = e.deposit.value();
    readings[i].result = ReadAndExtract((context.value().base / d.file).string(), d.file,
                                        context.value().extract, &readings[i].bytes);
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
  for (const auto& j : JudgeBatch(context.value(), entries.value(), readings)) {
    sink << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  sink.flush();
  return sink ? 0 : 1;
}

}  // namespace verifact
