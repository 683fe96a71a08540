// Reading a deposited file whole into memory, with a clear error instead of an exception.
#pragma once

#include <string>

#include "models/error.h"

namespace verifact {

// The file's bytes, or FILE_NOT_FOUND / FILE_UNREADABLE with the system's reason.
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace verifact
