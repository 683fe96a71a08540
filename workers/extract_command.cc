#include <exception>
#include <new>
#include <nlohmann/json.hpp>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/commands.h"
#include "workers/file_bytes.h"

namespace verifact {

int RunExtract(const std::vector<std::string>& files, const std::string& trusted_roots,
               std::ostream& out, std::ostream& err) {
  auto options = MakeExtractOptions(trusted_roots);
  if (!options.ok()) {
    err << "verifact: " << options.error().message << " (check --trusted-roots)\n";
    return 1;
  }
  for (const std::string& path : files) {
    ExtractionResult result;
    auto bytes = ReadFileBytes(path);
    if (bytes.ok()) {
      // The process boundary: a library that throws on one file must not cost the others
      // their results. Adapters turn known failures into errors; this catches the rest.
      try {
        result = ExtractDocument(path, bytes.value(), options.value());
      } catch (const std::bad_alloc&) {
        result = ExtractionResult{};
        result.file = path;
        result.error = Error{"OUT_OF_MEMORY", "reading this file ran out of memory"};
      } catch (const std::exception& e) {
        result = ExtractionResult{};
        result.file = path;
        result.error = Error{"INTERNAL", std::string("verifact failed on this file (") + e.what() +
                                             "); please report it with the file"};
      }
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
