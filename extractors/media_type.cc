#include "extractors/media_type.h"

namespace verifact {

std::string SniffMediaType(std::string_view b) {
  // PDF readers accept the header anywhere in the first kilobyte; so do we.
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "application/pdf";
  if (b.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  if (b.starts_with("\xff\xd8\xff")) return "image/jpeg";
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return "image/gif";
  // Classic TIFF, then BigTIFF (version 43, for files over 4 GB, written by some scanners).
  if (b.starts_with(std::string_view("II*\0", 4)) || b.starts_with(std::string_view("MM\0*", 4)) ||
      b.starts_with(std::string_view("II+\0", 4)) || b.starts_with(std::string_view("MM\0+", 4))) {
    return "image/tiff";
  }
  std::string_view head = b.substr(0, 256);
  if (head.starts_with("\xef\xbb\xbf")) head.remove_prefix(3);
  if (head.starts_with("<?xml")) return "application/xml";
  return "application/octet-stream";
}

}  // namespace verifact
