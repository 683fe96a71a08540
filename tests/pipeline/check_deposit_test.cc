// Each check of the funder profiles fires on the fault it names and stays quiet on a clean
// deposit; verdicts and letters follow from them.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/check_deposit.h"
#include "pipeline/duplicate_index.h"

using namespace verifact;

namespace {

template <typename T>
Field<T> F(T value, double confidence = 0.95) {
  Field<T> f;
  f.value = std::move(value);
  f.confidence = confidence;
  f.page = 1;
  return f;
}

Money M(const char* s) { return *Money::ParseCanonical(s); }
Date D(const char* s) { return *Date::ParseIso(s); }

// A clean OPCO EP invoice for pro forma PRO-00603901 and its deposit.
struct Case {
  Deposit deposit;
  ExtractionResult reading;
  ProForma proforma;
  Registry registry;
  long long bytes = 120'000;
  const Deposit* duplicate_of = nullptr;
  bool proforma_known = true;

  Case(const char* funder = "opco-ep") {
    deposit.id = "D-0001";
    deposit.file = "uploads/facture-2023-0117.pdf";
    deposit.funder = funder;
    deposit.deposited_at = D("2023-01-10");
    deposit.proforma_number = "PRO-00603901";
    deposit.purchase_order = "23C00390257_1";
    if (deposit.funder == "sigma") deposit.file = "uploads/23C00390257_1_GR237_AVANCE.pdf";
    reading.file = deposit.file;
    reading.sha256 = "abc";
    reading.media_type = "application/pdf";
    reading.pages = 1;
    auto& f = reading.fields;
    f.invoice_number = F<std::string>("FA-2023-0117");
    f.invoice_date = F(D("2023-01-05"));
    f.total_ht = F(M("2268.00"));
    f.total_tva = F(M("0.00"));
    f.total_ttc = F(M("2268.00"));
    f.vat_exemption_mentioned = true;
    f.siret = F<std::string>("73282932000074");
    f.iban = F<std::string>("FR7630006000011234567890189");
    f.dossiers = F(std::vector<std::string>{"2206AF000358"});
    f.proforma_number = F<std::string>("PRO-00603901");
    f.document_type = F(DocumentType::kInvoice);
    proforma.number = "PRO-00603901";
    proforma.funder = "opco-ep";
    proforma.siret = "73282932000074";
    proforma.total = M("2268.00");
    proforma.dossiers = {"2206AF000358"};
  }

  DepositOutcome Judge() {
    DepositCase c;
    c.deposit = &deposit;
    c.extraction = &reading;
    c.file_bytes = bytes;
    c.profile = FindProfile(deposit.funder);
    REQUIRE(c.profile);
    c.registry = &registry;
    c.proforma_named = deposit.proforma_number.value_or("");
    c.proforma = proforma_known ? &proforma : nullptr;
    c.duplicate_of = duplicate_of;
    return JudgeDeposit(c);
  }
};

std::vector<std::string> Codes(const DepositOutcome& o) {
  std::vector<std::string> codes;
  for (const Check& c : o.checks) codes.push_back(c.code);
  return codes;
}

bool Has(const DepositOutcome& o, const std::string& code) {
  auto codes = Codes(o);
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

const Check* Find(const DepositOutcome& o, const std::string& code) {
  for (const Check& c : o.checks) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A clean deposit is accepted with no letter", "[pipeline][checks]") {
  Case c;
  auto o = c.Judge();
  INFO(Codes(o).size());
  // Without a SIRENE file the SIRET is checked by its key only, and said so (info).
  CHECK(Codes(o) == std::vector<std::string>{"SIRET_NOT_VERIFIED"});
  CHECK(o.verdict == Verdict::kAccepted);
  CHECK(o.refusal_letter.empty());
}

TEST_CASE("OPCO EP: the total must equal the pro forma's to the cent", "[pipeline][checks]") {
  Case c;
  c.proforma.total = M("96540.00");
  c.reading.fields.total_ht = F(M("96450.00"));
  c.reading.fields.total_ttc = F(M("96450.00"));
  auto o = c.Judge();
  const Check* k = Find(o, "PROFORMA_AMOUNT_MISMATCH");
  REQUIRE(k);
  CHECK(k->severity == Severity::kRefusal);
  CHECK(k->expected == "96540.00");
  CHECK(k->found == "96450.00");
  CHECK(k->message == "Montant non conforme à la facture pro forma");
  CHECK(o.verdict == Verdict::kRefused);
  CHECK(o.refusal_letter.find("Motif de refus : Montant non conforme à la facture pro forma") !=
        std::string::npos);
  CHECK(o.refusal_letter.find("N° de la pro forma : PRO-00603901") != std::string::npos);
  CHECK(o.refusal_letter.find("96\u202f450,00 €") != std::string::npos);
  CHECK(o.refusal_letter.find("annuler cette pro forma") != std::string::npos);
}

TEST_CASE("OPCO EP: pro forma, sign, SIRET, dossiers and bank details", "[pipeline][checks]") {
  Case c;
  SECTION("an unknown pro forma") {
    c.proforma_known = false;
    CHECK(Has(c.Judge(), "PROFORMA_UNKNOWN"));
  }
  SECTION("the invoice does not quote its pro forma") {
    c.reading.fields.proforma_number.reset();
    CHECK(Has(c.Judge(), "PROFORMA_REFERENCE_MISSING"));
  }
  SECTION("a credit-note pro forma wants a credit note") {
    c.proforma.total = M("-2268.00");
    auto o = c.Judge();
    CHECK(Has(o, "CREDIT_NOTE_EXPECTED"));
  }
  SECTION("a positive pro forma wants an invoice, not a credit note") {
    c.reading.fields.document_type = F(DocumentType::kCreditNote);
    CHECK(Has(c.Judge(), "INVOICE_EXPECTED"));
  }
  SECTION("a credit note printed with its total negative matches a negative pro forma") {
    c.proforma.total = M("-2268.00");
    c.reading.fields.document_type = F(DocumentType::kCreditNote);
    c.reading.fields.total_ht = F(M("-2268.00"));
    c.reading.fields.total_ttc = F(M("-2268.00"));
    auto o = c.Judge();
    CHECK_FALSE(Has(o, "PROFORMA_AMOUNT_MISMATCH"));
    CHECK_FALSE(Has(o, "CREDIT_NOTE_EXPECTED"));
  }
  SECTION("another organisation's SIRET") {
    c.proforma.siret = "44306184100047";
    CHECK(Has(c.Judge(), "SIRET_MISMATCH"));
  }
  SECTION("other dossiers") {
    c.proforma.dossiers = {"2206AF000358", "2103DCA22581"};
    CHECK(Has(c.Judge(), "PROFORMA_DOSSIERS_MISMATCH"));
  }
  SECTION("no IBAN") {
    c.reading.fields.iban.reset();
    CHECK(Has(c.Judge(), "BANK_DETAILS_MISSING"));
  }
  SECTION("file rules: format, size, name length") {
    c.reading.media_type = "image/tiff";
    c.bytes = 6 * 1024 * 1024;
    c.deposit.file = "uploads/" + std::string(51, 'a') + ".pdf";
    auto o = c.Judge();
    CHECK(Has(o, "FILE_FORMAT_NOT_ALLOWED"));
    CHECK(Has(o, "FILE_TOO_LARGE"));
    CHECK(Has(o, "FILE_NAME_TOO_LONG"));
  }
}

TEST_CASE("Every funder: number, amounts, date, SIRET, duplicates", "[pipeline][checks]") {
  for (const char* funder : {"akto", "opco-ep", "sigma", "chorus"}) {
    Case c(funder);
    INFO(funder);
    SECTION(std::string("no invoice number, declared or read: ") + funder) {
      c.reading.fields.invoice_number.reset();
      CHECK(Has(c.Judge(), "INVOICE_NUMBER_MISSING"));
      c.deposit.declared.invoice_number = "FA-2023-0117";
      CHECK_FALSE(Has(c.Judge(), "INVOICE_NUMBER_MISSING"));
    }
    SECTION(std::string("HT + TVA != TTC: ") + funder) {
      c.reading.fields.total_tva = F(M("453.60"));
      auto o = c.Judge();
      REQUIRE(Has(o, "AMOUNTS_INCONSISTENT"));
      CHECK(Find(o, "AMOUNTS_INCONSISTENT")->expected == "2721.60");
    }
    SECTION(std::string("zero VAT without the exemption mention goes to review: ") + funder) {
      c.reading.fields.vat_exemption_mentioned = false;
      auto o = c.Judge();
      REQUIRE(Has(o, "VAT_EXEMPTION_MISSING"));
      CHECK(Find(o, "VAT_EXEMPTION_MISSING")->severity == Severity::kReview);
    }
    SECTION(std::string("dated after the deposit: ") + funder) {
      c.reading.fields.invoice_date = F(D("2023-01-11"));
      CHECK(Has(c.Judge(), "INVOICE_DATE_AFTER_DEPOSIT"));
      c.reading.fields.invoice_date.reset();
      CHECK(Has(c.Judge(), "INVOICE_DATE_MISSING"));
    }
    SECTION(std::string("SIRET missing or with a wrong key: ") + funder) {
      c.reading.fields.siret = F<std::string>("73282932000075");
      CHECK(Has(c.Judge(), "SIRET_INVALID"));
      c.reading.fields.siret.reset();
      CHECK(Has(c.Judge(), "SIRET_MISSING"));
    }
    SECTION(std::string("a duplicate: ") + funder) {
      Deposit earlier;
      earlier.id = "D-0000";
      c.duplicate_of = &earlier;
      auto o = c.Judge();
      REQUIRE(Has(o, "DUPLICATE_INVOICE"));
      CHECK(Find(o, "DUPLICATE_INVOICE")->found.find("D-0000") != std::string::npos);
    }
    SECTION(std::string("an unreadable file is refused and nothing else judged: ") + funder) {
      c.reading.error = Error{"PDF_ENCRYPTED", "protected"};
      auto o = c.Judge();
      CHECK(Codes(o) == std::vector<std::string>{"FILE_UNREADABLE"});
      CHECK(o.verdict == Verdict::kRefused);
    }
  }
}

TEST_CASE("AKTO: dossiers and values typed over the pre-fill", "[pipeline][checks]") {
  Case c("akto");
  SECTION("no dossier on the invoice") {
    c.reading.fields.dossiers.reset();
    CHECK(Has(c.Judge(), "DOSSIER_MISSING"));
  }
  SECTION("declared values that differ from the invoice") {
    c.deposit.declared.total_ttc = M("2286.00");
    c.deposit.declared.invoice_number = "FA-2023-117";
    auto o = c.Judge();
    auto codes = Codes(o);
    CHECK(std::count(codes.begin(), codes.end(), "DECLARED_VALUE_MISMATCH") == 2);
  }
  SECTION("pro forma rules do not apply to AKTO") {
    c.proforma_known = false;
    c.reading.fields.iban.reset();
    auto o = c.Judge();
    CHECK_FALSE(Has(o, "PROFORMA_UNKNOWN"));
    CHECK_FALSE(Has(o, "BANK_DETAILS_MISSING"));
  }
}

TEST_CASE("A refusal resting on a doubtful reading goes to a person", "[pipeline][checks]") {
  Case c;
  c.proforma.total = M("96540.00");
  c.reading.fields.total_ttc = F(M("2268.00"), 0.4);  // an OCR read with low confidence
  auto o = c.Judge();
  REQUIRE(Has(o, "PROFORMA_AMOUNT_MISMATCH"));
  CHECK(Find(o, "PROFORMA_AMOUNT_MISMATCH")->severity == Severity::kReview);
  CHECK(Has(o, "LOW_CONFIDENCE"));
  CHECK(Find(o, "LOW_CONFIDENCE")->field == "total_ttc");
  CHECK(o.verdict == Verdict::kReview);
}

TEST_CASE("SIGMA: the name rule and the signature panel", "[pipeline][checks]") {
  Case c("sigma");
  c.deposit.file = "uploads/23C00390257_1_GR237_AVANCE.pdf";
  SignaturePanel good;
  good.integrity = Integrity::kValid;
  c.reading.signature.panels = {good};
  CHECK(c.Judge().verdict == Verdict::kAccepted);
  SECTION("names") {
    for (const char* bad : {"uploads/23c00390257_1_gr237_avance.pdf", "uploads/facture.pdf",
                            "uploads/23C00390258_1_GR237_AVANCE.pdf",
                            "uploads/23C00390257_1__AVANCE.pdf"}) {
      INFO(bad);
      c.deposit.file = bad;
      CHECK(Has(c.Judge(), "FILE_NAME_NOT_CONFORMING"));
    }
  }
  SECTION("no signature, a picture of one, a broken one") {
    c.reading.signature.panels.clear();
    CHECK(Has(c.Judge(), "SIGNATURE_MISSING"));
    c.reading.signature.images = {SignatureMark{1, {}, SignatureMarkKind::kHandwritten, 0.8}};
    CHECK(Has(c.Judge(), "SIGNATURE_IMAGE_NOT_PANEL"));
    SignaturePanel bad;
    bad.integrity = Integrity::kModifiedAfterSigning;
    c.reading.signature.panels = {bad};
    CHECK(Has(c.Judge(), "SIGNATURE_INVALID"));
  }
  SECTION("PDF only") {
    c.reading.media_type = "image/png";
    CHECK(Has(c.Judge(), "FILE_FORMAT_NOT_ALLOWED"));
  }
}

TEST_CASE("Duplicates: same bytes, or same SIRET and number; the first one keeps it",
          "[pipeline][checks]") {
  Deposit a, b, x;
  a.id = "A";
  b.id = "B";
  x.id = "X";
  ExtractionResult ra, rb, rx;
  ra.sha256 = "1";
  rb.sha256 = "2";
  rx.sha256 = "1";
  ra.fields.siret = F<std::string>("73282932000074");
  ra.fields.invoice_number = F<std::string>("FA-2023-0117");
  rb.fields.siret = F<std::string>("73282932000074");
  rb.fields.invoice_number = F<std::string>("FA 2023 0117");
  DuplicateIndex index;
  CHECK(index.Find(ra) == nullptr);
  index.Add(&a, ra);
  CHECK(index.Find(rb) == &a);  // same invoice, other bytes
  CHECK(index.Find(rx) == &a);  // same bytes
  index.Add(&b, rb);
  ExtractionResult rc = rb;
  rc.sha256 = "3";
  CHECK(index.Find(rc) == &a);  // the first deposit of an invoice stays its original
}

TEST_CASE("Every profile parses and names only checks with a message", "[pipeline][checks]") {
  const auto names = ProfileNames();
  CHECK(names == std::vector<std::string>{"akto", "chorus", "opco-ep", "sigma"});
  for (const std::string& n : names) {
    const FunderProfile* p = FindProfile(n);
    REQUIRE(p);
    CHECK_FALSE(p->checks.empty());
    for (const auto& [code, severity] : p->checks) CHECK(p->MessageOf(code) != code);
  }
  CHECK(FindProfile("unknown") == nullptr);
}

TEST_CASE("A value a check needs, read with low confidence, is for a person to confirm",
          "[pipeline][checks]") {
  Case c;
  c.reading.fields.invoice_number = F<std::string>("FA-2023-0117", 0.3);
  auto o = c.Judge();
  REQUIRE(Has(o, "LOW_CONFIDENCE"));
  CHECK(Find(o, "LOW_CONFIDENCE")->field == "invoice_number");
  CHECK(o.verdict == Verdict::kReview);
  SECTION("not when no check of the funder reads it") {
    Case akto("akto");
    akto.reading.fields.iban = F<std::string>("FR7630006000011234567890189", 0.3);
    CHECK_FALSE(Has(akto.Judge(), "LOW_CONFIDENCE"));
  }
}

TEST_CASE("A page that contradicts its own Factur-X XML is refused by Chorus, reviewed elsewhere",
          "[pipeline][checks]") {
  for (const char* funder : {"chorus", "akto"}) {
    Case c(funder);
    c.reading.facturx = FacturXReading{"factur-x.xml", "CII", "", {{"total_ttc", "2268.00", "2286.00"}}};
    auto o = c.Judge();
    INFO(funder);
    REQUIRE(Has(o, "FACTURX_MISMATCH"));
    const Check* k = Find(o, "FACTURX_MISMATCH");
    CHECK(k->field == "total_ttc");
    CHECK(k->expected == "2268.00");
    CHECK(k->found == "2286.00");
    CHECK(k->severity == (std::string(funder) == "chorus" ? Severity::kRefusal : Severity::kReview));
  }
}
