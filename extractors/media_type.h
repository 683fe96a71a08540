// Media type sniffing: what a file really is, from its first bytes, never from its name.
#pragma once

#include <string>
#include <string_view>

namespace verifact {

// "application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff",
// "application/xml", or "application/octet-stream" when unrecognised.
std::string SniffMediaType(std::string_view bytes);

}  // namespace verifact
