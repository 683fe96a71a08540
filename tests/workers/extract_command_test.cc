#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "workers/commands.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<json> Lines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
  return out;
}

fs::path Scratch(const std::string& name, const std::string& bytes) {
  fs::path dir = fs::temp_directory_path() / "verifact-tests";
  fs::create_directories(dir);
  fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

}  // namespace

TEST_CASE("extract answers every file, in argument order, even unreadable ones",
          "[workers][extract]") {
  fs::path empty = Scratch("empty.pdf", "");
  fs::path random = Scratch("random.pdf", std::string("\x13\x37garbage\x00\xff", 12));
  fs::path truncated = Scratch("truncated.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog");
  fs::path png = Scratch("picture.pdf", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::vector<std::string> files = {empty.string(), "/nonexistent/x.pdf", random.string(),
                                    truncated.string(), png.string()};
  std::ostringstream out;
  REQUIRE(verifact::RunExtract(files, "", out, std::cerr) == 0);
  auto lines = Lines(out.str());
  REQUIRE(lines.size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    CAPTURE(files[i]);
    CHECK(lines[i]["file"] == files[i]);
    REQUIRE(lines[i]["error"].is_object());
    CHECK_FALSE(lines[i]["error"]["message"].get<std::string>().empty());
  }
  CHECK(lines[0]["error"]["code"] == "FILE_UNREADABLE");
  CHECK(lines[1]["error"]["code"] == "FILE_NOT_FOUND");
  CHECK(lines[2]["media_type"] == "application/octet-stream");
  CHECK(lines[3]["error"]["code"] == "FILE_UNREADABLE");
  CHECK(lines[4]["media_type"] == "image/png");           // sniffed, whatever the name says
  CHECK(lines[4]["error"]["code"] == "FILE_UNREADABLE");  // a PNG header with no pixels
  CHECK(lines[0]["sha256"] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("A sample invoice gives every contract key", "[workers][extract]") {
  fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "samples" / "invoices";
  fs::path pdf;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".pdf" && (pdf.empty() || e.path() < pdf)) pdf = e.path();
  }
  REQUIRE_FALSE(pdf.empty());
  std::ostringstream out;
  REQUIRE(verifact::RunExtract({pdf.string()}, "", out, std::cerr) == 0);
  json r = json::parse(out.str());
  for (const char* key :
       {"file", "sha256", "media_type", "pages", "text_source", "fields", "error", "timings_ms"}) {
    CHECK(r.contains(key));
  }
  CHECK(r["media_type"] == "application/pdf");
  CHECK(r["text_source"] == "text-layer");
  CHECK(r["error"].is_null());
  const json& n = r["fields"]["invoice_number"];
  REQUIRE(n.is_object());
  for (const char* key : {"value", "confidence", "page", "bbox", "source"}) CHECK(n.contains(key));
  CHECK(n["bbox"].size() == 4);
  CHECK(n["source"] == "text-layer");
}

TEST_CASE("The command line exits 2 on bad usage", "[workers][cli]") {
  std::string bin = VERIFACT_BINARY;
  CHECK(WEXITSTATUS(std::system((bin + " > /dev/null 2>&1").c_str())) == 2);
  CHECK(WEXITSTATUS(std::system((bin + " extract > /dev/null 2>&1").c_str())) == 2);
  CHECK(WEXITSTATUS(std::system((bin + " frobnicate > /dev/null 2>&1").c_str())) == 2);
  CHECK(WEXITSTATUS(std::system((bin + " --help > /dev/null 2>&1").c_str())) == 0);
}

TEST_CASE("A PDF locked by a password says so", "[workers][extract]") {
  fs::path pdf = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "fixtures" / "encrypted.pdf";
  std::ostringstream out;
  REQUIRE(verifact::RunExtract({pdf.string()}, "", out, std::cerr) == 0);
  json r = json::parse(out.str());
  REQUIRE(r["error"].is_object());
  CHECK(r["error"]["code"] == "PDF_ENCRYPTED");
  CHECK(r["media_type"] == "application/pdf");
  CHECK(r["sha256"].get<std::string>().size() == 64);
}

TEST_CASE("extract stops before reading anything when the trusted roots cannot be used",
          "[workers][extract]") {
  std::ostringstream out, err;
  CHECK(verifact::RunExtract({"/nonexistent/x.pdf"}, "/nonexistent/roots", out, err) == 1);
  CHECK(out.str().empty());
  CHECK(err.str().find("--trusted-roots") != std::string::npos);
}

TEST_CASE("extract judges a signing certificate against the roots it is given",
          "[workers][extract]") {
  fs::path set = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "signatures" / "ours";
  const std::string pdf = (set / "signed-invisible.pdf").string();
  std::ostringstream with, without;
  REQUIRE(verifact::RunExtract({pdf}, (set / "trusted").string(), with, std::cerr) == 0);
  REQUIRE(verifact::RunExtract({pdf}, "", without, std::cerr) == 0);
  CHECK(json::parse(with.str())["signature"]["panels"][0]["certificate"] == "trusted");
  CHECK(json::parse(without.str())["signature"]["panels"][0]["certificate"] == "untrusted");
}

TEST_CASE("A file over the size limit is answered without being read into memory",
          "[workers][extract][limits]") {
  fs::path big = fs::temp_directory_path() / ("verifact-big-" + std::to_string(::getpid()) + ".pdf");
  {
    std::ofstream out(big, std::ios::binary);
    out << "%PDF-1.7\n";
  }
  fs::resize_file(big, (64LL << 20) + 1);  // sparse: costs no disk
  std::ostringstream out, err;
  REQUIRE(verifact::RunExtract({big.string()}, "", out, err) == 0);
  fs::remove(big);
  nlohmann::json r = nlohmann::json::parse(out.str());
  CHECK(r["error"]["code"] == "FILE_SIZE_LIMIT");
  CHECK(r["sha256"].get<std::string>().size() == 64);
  CHECK(r["file"] == big.string());
}
