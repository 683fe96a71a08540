#include "workers/read_and_extract.h"

#include <exception>
#include <filesystem>
#include <new>

#include "extractors/sha256.h"
#include "workers/file_bytes.h"

namespace verifact {

ExtractionResult ExtractBytes(std::string_view bytes, const std::string& shown_name,
                              const ExtractOptions& options) {
  ExtractionResult result;
  // The process boundary: a library that throws on one file must not cost the others their
  // results. Adapters turn known failures into errors; this catches the rest.
  try {
    return ExtractDocument(shown_name, bytes, options);
  } catch (const std::bad_alloc&) {
    result.error = Error{"OUT_OF_MEMORY", "reading this file ran out of memory"};
  } catch (const std::exception& e) {
    result.error = Error{"INTERNAL", std::string("verifact failed on this file (") + e.what() +
                                         "); please report it with the file"};
  }
  result.file = shown_name;
  return result;
}

ExtractionResult ReadAndExtract(const std::string& path, const std::string& shown_name,
                                const ExtractOptions& options, long long* size) {
  *size = 0;
  std::error_code ec;
  auto on_disk = std::filesystem::file_size(path, ec);
  if (!ec) {
    // Never read into memory a file too large to be read anyway.
    if (auto over = CheckFileSize(static_cast<long long>(on_disk), options.limits)) {
      ExtractionResult r = UnreadableFile(shown_name, *over);
      r.sha256 = Sha256FileHex(path);  // still says which file it was
      *size = static_cast<long long>(on_disk);
      return r;
    }
  }
  auto bytes = ReadFileBytes(path);
  if (!bytes.ok()) return UnreadableFile(shown_name, bytes.error());
  *size = static_cast<long long>(bytes.value().size());
  return ExtractBytes(bytes.value(), shown_name, options);
}

ExtractionResult UnreadableFile(const std::string& shown_name, const Error& why) {
  // Nothing a user names is skipped: an unreadable file still gets its result.
  ExtractionResult result;
  result.file = shown_name;
  result.error = why;
  return result;
}

}  // namespace verifact
