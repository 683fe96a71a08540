// The pieces of the signature check, each on its own: OpenSSL's CMS verification, the trust
// store, the shape of what follows a signed revision, and the object-level revision diff.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <string>

#include "extractors/cms_signature.h"
#include "extractors/pdf_document.h"
#include "extractors/revision_diff.h"
#include "extractors/trust_store.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using verifact::CertificateStatus;

namespace {

fs::path Ours(const std::string& name) {
  return fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "signatures" / "ours" / name;
}

std::string Bytes(const std::string& name) {
  auto bytes = verifact::ReadFileBytes(Ours(name).string());
  REQUIRE(bytes.ok());
  return bytes.value();
}

// The first signature of a file as the signature reader would cut it: signed bytes and DER.
struct Cut {
  std::string signed_bytes;
  std::string der;
  size_t gap_begin = 0, gap_end = 0;  // the /Contents hole between the two ranges
  size_t signed_end = 0;
};

Cut CutFirst(const std::string& file) {
  std::smatch m;
  REQUIRE(std::regex_search(file, m, std::regex(R"(/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+))")));
  const size_t b = std::stoul(m[2]), c = std::stoul(m[3]), d = std::stoul(m[4]);
  Cut cut;
  cut.signed_bytes = file.substr(0, b) + file.substr(c, d);
  for (size_t i = b + 1; i + 2 < c; i += 2) {
    cut.der += static_cast<char>(std::stoi(file.substr(i, 2), nullptr, 16));
  }
  cut.gap_begin = b;
  cut.gap_end = c;
  cut.signed_end = c + d;
  return cut;
}

}  // namespace

TEST_CASE("OpenSSL verifies a detached CMS signature over exactly its signed bytes",
          "[extractors][signature]") {
  auto store = verifact::LoadTrustStore(Ours("trusted").string());
  REQUIRE(store.ok());
  Cut cut = CutFirst(Bytes("signed-invisible.pdf"));

  auto ok = verifact::VerifyCmsSignature(cut.der, cut.signed_bytes, "adbe.pkcs7.detached", 0,
                                         store.value().get());
  CHECK(ok.parsed);
  CHECK(ok.verified);
  CHECK(ok.problem.empty());
  CHECK(ok.signer.find("CN=Test Supplier Signer") != std::string::npos);
  CHECK(ok.certificate == CertificateStatus::kTrusted);

  SECTION("one changed byte breaks it") {
    cut.signed_bytes[cut.signed_bytes.size() / 2] ^= 1;
    auto bad = verifact::VerifyCmsSignature(cut.der, cut.signed_bytes, "adbe.pkcs7.detached", 0,
                                            store.value().get());
    CHECK(bad.parsed);
    CHECK_FALSE(bad.verified);
    CHECK_FALSE(bad.problem.empty());
  }
  SECTION("without roots the certificate is untrusted, never trusted") {
    auto v = verifact::VerifyCmsSignature(cut.der, cut.signed_bytes, "adbe.pkcs7.detached", 0,
                                          nullptr);
    CHECK(v.verified);
    CHECK(v.certificate == CertificateStatus::kUntrusted);
  }
  SECTION("garbage is not a signature") {
    auto v = verifact::VerifyCmsSignature("not a CMS", cut.signed_bytes, "adbe.pkcs7.detached",
                                          0, nullptr);
    CHECK_FALSE(v.parsed);
    CHECK_FALSE(v.verified);
  }
  SECTION("an unknown sub-filter is not verified") {
    auto v = verifact::VerifyCmsSignature(cut.der, cut.signed_bytes, "adbe.x509.rsa_sha1", 0,
                                          nullptr);
    CHECK_FALSE(v.verified);
    CHECK(v.problem.find("unsupported") != std::string::npos);
  }
}

TEST_CASE("A certificate that expired before the signing time reads as expired",
          "[extractors][signature]") {
  auto store = verifact::LoadTrustStore(Ours("trusted").string());
  REQUIRE(store.ok());
  Cut cut = CutFirst(Bytes("signed-expired-cert.pdf"));
  auto v = verifact::VerifyCmsSignature(cut.der, cut.signed_bytes, "adbe.pkcs7.detached", 0,
                                        store.value().get());
  CHECK(v.verified);
  CHECK(v.certificate == CertificateStatus::kExpired);
}

TEST_CASE("A trust store refuses a folder it cannot use", "[extractors][signature]") {
  CHECK(verifact::LoadTrustStore("/nonexistent/roots").error().code == "TRUST_STORE_UNREADABLE");
  fs::path empty = fs::temp_directory_path() / "verifact-empty-roots";
  fs::create_directories(empty);
  CHECK_FALSE(verifact::LoadTrustStore(empty.string()).ok());
  fs::path junk = empty / "junk.pem";
  { std::ofstream(junk) << "not a certificate\n"; }
  CHECK_FALSE(verifact::LoadTrustStore(empty.string()).ok());
  fs::remove_all(empty);
  auto good = verifact::LoadTrustStore(Ours("trusted").string());
  REQUIRE(good.ok());
  CHECK(good.value()->root_count() == 1);
}

TEST_CASE("Only well-formed incremental updates may follow a signed revision",
          "[extractors][signature]") {
  const std::string signed_part = "%PDF-1.7\n...\nstartxref\n9\n%%EOF\n";
  const size_t end = signed_part.size();
  auto tail_problem = [&](const std::string& tail) {
    return verifact::CheckUpdateTail(signed_part + tail, end);
  };
  const std::string update = "5 0 obj\n<<>>\nendobj\nxref\n0 1\ntrailer\n<<>>\nstartxref\n" +
                             std::to_string(end + 20) + "\n%%EOF\n";
  CHECK(tail_problem("") == "");
  CHECK(tail_problem("\r\n  ") == "");
  CHECK(tail_problem(update) == "");
  CHECK(tail_problem("garbage appended after the end") != "");
  CHECK(tail_problem("5 0 obj\n<<>>\nendobj\n%%EOF\n") != "");  // no startxref
  // startxref pointing back into the signed revision
  CHECK(tail_problem("xref\n0 1\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n") != "");
  CHECK(tail_problem(update + "trailing junk") != "");
}

TEST_CASE("The revision diff tells added signatures from changed content",
          "[extractors][signature]") {
  SECTION("a second signature changes nothing that was signed") {
    std::string file = Bytes("signed-twice.pdf");
    auto diff = verifact::DiffAfterSignedRevision(file, CutFirst(file).signed_end);
    CHECK(diff.readable);
    CHECK(diff.disallowed.empty());
    CHECK_FALSE(diff.allowed.empty());
  }
  SECTION("an overlay on the page is a modification") {
    std::string file = Bytes("signed-overlay-update.pdf");
    auto diff = verifact::DiffAfterSignedRevision(file, CutFirst(file).signed_end);
    CHECK(diff.readable);
    REQUIRE_FALSE(diff.disallowed.empty());
  }
  SECTION("a new annotation is a modification") {
    std::string file = Bytes("signed-annot-update.pdf");
    auto diff = verifact::DiffAfterSignedRevision(file, CutFirst(file).signed_end);
    REQUIRE_FALSE(diff.disallowed.empty());
    CHECK(diff.disallowed.front().find("annotation") != std::string::npos);
  }
}

TEST_CASE("No byte changed inside the signed ranges leaves a signature valid",
          "[extractors][signature]") {
  for (const char* name : {"signed-invisible.pdf", "signed-visible.pdf", "signed-twice.pdf"}) {
    const std::string original = Bytes(name);
    const Cut cut = CutFirst(original);
    const size_t b = cut.gap_begin, c = cut.gap_end;
    std::mt19937 rng(20261125);  // fixed: the same bytes are changed on every run
    for (int trial = 0; trial < 150; ++trial) {
      std::string file = original;
      // Any offset of the first signature's ranges: [0, b) or [c, signed_end).
      std::uniform_int_distribution<size_t> pick(0, b + (cut.signed_end - c) - 1);
      size_t at = pick(rng);
      if (at >= b) at = c + (at - b);
      file[at] = static_cast<char>(file[at] ^ (1 + rng() % 255));
      INFO(name << ": byte " << at << " changed");
      auto doc = verifact::OpenPdfDocument(file);
      if (!doc.ok()) continue;  // unreadable: nothing reads as valid
      auto panels = doc.value()->SignaturePanels(nullptr);
      // Every signature signs the first one's ranges (a later one signs all earlier bytes).
      for (const auto& p : panels) CHECK(p.integrity != verifact::Integrity::kValid);
    }
  }
}
