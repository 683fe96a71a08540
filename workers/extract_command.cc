#include <nlohmann/json.hpp>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/commands.h"
#include "workers/file_bytes.h"

namespace verifact {

int RunExtract(const std::vector<std::string>& files, std::ostream& out) {
  for (const std::string& path : files) {
    ExtractionResult result;
    auto bytes = ReadFileBytes(path);
    if (bytes.ok()) {
      result = ExtractDocument(path, bytes.value());
    } else {
      // Nothing a user names is skipped: an unreadable argument still gets its line.
      result.file = path;
      result.error = bytes.error();
    }
    nlohmann::ordered_json j = ToJson(result);
    if (!bytes.ok()) j["sha256"] = nullptr;
    out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  out.flush();
  return out ? 0 : 1;
}

}  // namespace verifact
