#include "extractors/media_type.h"

#include <catch2/catch.hpp>

using verifact::SniffMediaType;

TEST_CASE("Media types come from the bytes, not the name", "[extractors][sniff]") {
  CHECK(SniffMediaType("%PDF-1.7\n...") == "application/pdf");
  CHECK(SniffMediaType("garbage\n%PDF-1.4\n") == "application/pdf");
  CHECK(SniffMediaType(std::string("\x89PNG\r\n\x1a\n\0\0", 10)) == "image/png");
  CHECK(SniffMediaType("\xff\xd8\xff\xe0") == "image/jpeg");
  CHECK(SniffMediaType("GIF89a...") == "image/gif");
  CHECK(SniffMediaType(std::string("II*\0", 4)) == "image/tiff");
  CHECK(SniffMediaType(std::string("II+\0\x08\0\0\0", 8)) == "image/tiff");  // BigTIFF
  CHECK(SniffMediaType("<?xml version=\"1.0\"?><Invoice/>") == "application/xml");
  CHECK(SniffMediaType("") == "application/octet-stream");
  CHECK(SniffMediaType("PK\x03\x04") == "application/octet-stream");
}
