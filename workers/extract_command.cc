#include <nlohmann/json.hpp>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/commands.h"
#include "workers/read_and_extract.h"

namespace verifact {

int RunExtract(const std::vector<std::string>& files, const std::string& trusted_roots,
               std::ostream& out, std::ostream& err) {
  auto options = MakeExtractOptions(trusted_roots);
  if (!options.ok()) {
    err << "verifact: " << options.error().message << " (check --trusted-roots)\n";
    return 1;
  }
  for (const std::string& path : files) {
    long long size = 0;
    const ExtractionResult result = ReadAndExtract(path, path, options.value(), &size);
    nlohmann::ordered_json j = ToJson(result);
    if (result.sha256.empty()) j["sha256"] = nullptr;
    out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  out.flush();
  return out ? 0 : 1;
}

}  // namespace verifact
