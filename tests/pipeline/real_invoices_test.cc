// Real born-digital invoices from other projects (tests/data/real-invoices, README there): the
// fields issue 2 holds to 90 % on French, German and English invoices.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The fields (number, date, HT, TVA, TTC, SIRET) of the French, German and English
// documents listed in `dir`/SOURCES.tsv, read right, out of how many; misses named.
struct Score {
  int documents = 0, right = 0, total = 0;
  std::string misses;
};

Score ScoreSet(const fs::path& dir) {
  Score score;
  std::ifstream sources(dir / "SOURCES.tsv");
  std::string line;
  std::getline(sources, line);  // header: file, …, language in column `language`
  std::vector<std::string> header;
  std::stringstream hs(line);
  for (std::string c; std::getline(hs, c, '\t');) header.push_back(c);
  const auto language_column = std::find(header.begin(), header.end(), "language") - header.begin();
  REQUIRE(static_cast<size_t>(language_column) < header.size());
  while (std::getline(sources, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
    REQUIRE(cells.size() > static_cast<size_t>(language_column));
    const std::string& language = cells[static_cast<size_t>(language_column)];
    if (!language.starts_with("fr") && !language.starts_with("de") && !language.starts_with("en"))
      continue;
    const fs::path pdf = dir / cells[0];
    fs::path truth_path = pdf;
    truth_path.replace_extension(".truth.json");
    std::ifstream in(truth_path);
    const json truth = json::parse(in)["fields"];
    auto bytes = verifact::ReadFileBytes(pdf.string());
    REQUIRE(bytes.ok());
    const json got = verifact::FieldValues(
        verifact::ToJson(verifact::ExtractDocument(cells[0], bytes.value())));
    ++score.documents;
    for (const char* name :
         {"invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret"}) {
      if (got[name] == truth[name]) {
        ++score.right;
      } else {
        score.misses += cells[0] + " " + name + ": expected " + truth[name].dump() + ", found " +
                        got[name].dump() + "\n";
      }
      ++score.total;
    }
  }
  return score;
}

const fs::path kRealInvoices = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "real-invoices";

}  // namespace

TEST_CASE("Real invoices from other projects: number, date, totals and SIRET",
          "[pipeline][accuracy]") {
  // Each set was read blind once, then its faults fixed in general (the READMEs say what
  // each read blind and reads now). The issue asks 90 %; falling under a set's floor is a
  // regression.
  struct Set {
    const char* folder;
    int documents;
    double floor;
  };
  for (const Set& set : {
           // 39/48 blind; all 48 today.
           Set{"", 8, 0.95},
           // German and French, from TeX Live classes, Tryton, npm: 80/102 blind, 97 today.
           Set{"other-software", 17, 0.93},
           // GnuCash, LedgerSMB, Kraft, an npm generator: 56/66 blind, 65 today.
           Set{"fifth-set", 11, 0.93},
           // SQL-Ledger, GnuCash's Easy Invoice, relatorio, jsreport, npm: 33/42 blind, 39 today.
           Set{"sixth-set", 7, 0.90},
           // GNUmed, factur-x-kit, invoice-pdf: 38/42 blind (90.5 %), nothing fixed since.
           Set{"seventh-set", 7, 0.90},
           // npm generators and a Typst template: 25/36 blind, 35 today.
           Set{"eighth-set", 6, 0.93},
           // LaTeX, Typst and HTML templates from public repositories: 26/30 blind, 30 today.
           Set{"ninth-set", 5, 0.93},
           // LaTeX classes and an HTML template of public repositories: 21/24 blind, 24 today.
           Set{"tenth-set", 4, 0.93},
           // Two LaTeX invoices of public repositories: 11/12 blind (an example dated 1978).
           Set{"eleventh-set", 2, 0.90},
           // Typst packages (classy-german-invoice, german-fx-invoice, tiefletter, invoice-pro):
           // 28/30 blind, 30 today.
           Set{"twelfth-set", 5, 0.95},
           // InvoicePlane, Kimai, Siwapp templates rendered with PHP: 42/42 blind.
           Set{"thirteenth-set", 7, 0.95},
           // swissqrbill, WeasyPrint's samples (two Italian documents not counted): 13/18 blind,
           // 16/18 today (a total with no VAT printed is read as HT = TTC, the truth leaves HT
           // and VAT null).
           Set{"fourteenth-set", 3, 0.88},
           // Python, Ruby and reportlab generators: 14/18 blind (by 1a33275), 18/18 today.
           Set{"fifteenth-set", 3, 0.95},
           // kivitendo's LaTeX and Frappe Books' templates: 32/36 blind (by 1a33275), 35/36
           // today (a number printed with no label at all).
           Set{"sixteenth-set", 6, 0.95},
           // French: Creme CRM's LaTeX and xhtml2pdf themes, facturelibre: 33/36 blind (by
           // 1a33275), 36/36 today.
           Set{"seventeenth-set", 6, 0.95},
           // Calligra Sheets' invoice template (Debian's calligrasheets-data): 18/18 blind (by
           // b51f598).
           Set{"nineteenth-set", 3, 0.95},
           // Dolibarr's crabe model through TCPDF, French and German: 19/24 blind (by b51f598),
           // 24/24 today.
           Set{"eighteenth-set", 4, 0.95},
           // Crater's and InvoiceShelf's Blade templates through dompdf: 36/36 blind (by
           // b51f598).
           Set{"twentieth-set", 6, 0.95},
           // ZUGFeRD 1.0's official visualisation on Mustang's test invoices: 12/18 blind (by
           // d9758a1), 18/18 today.
           Set{"twenty-first-set", 3, 0.95},
           // PrestaShop's invoice templates through Smarty and TCPDF: 16/18 blind (by d9758a1),
           // 18/18 today.
           Set{"twenty-second-set", 3, 0.95},
           // Two Go generators on gofpdf with their own examples: 12/12 blind (by d9758a1).
           Set{"twenty-third-set", 2, 0.95},
           // Shopware 6's documents through dompdf, Sylius' invoicing plugin through
           // wkhtmltopdf: 36/36 blind (by b94bb36).
           Set{"twenty-fourth-set", 6, 0.95},
           // pretix's reportlab renderers, django-invoicing: 17/30 blind (by b94bb36), 30/30
           // today.
           Set{"twenty-fifth-set", 5, 0.95},
           // OpenERP 7.0's RML invoice report with its French labels: 18/18 blind (by b8792c9).
           Set{"twenty-sixth-set", 3, 0.95},
           // WooCommerce PDF Invoices & Packing Slips, Sliced Invoices: 34/36 blind (by b8792c9),
           // 35/36 today (a net total the page does not print).
           Set{"twenty-seventh-set", 6, 0.95},
           // Odoo 12's QWeb invoice report in English: 16/18 blind (by dbfaa2b), 18/18 today.
           Set{"twenty-ninth-set", 3, 0.95},
           // The Medusa plugin medusa-documents-v2's PDFKit templates: 18/18 blind (by 351f003).
           Set{"thirty-first-set", 3, 0.95},
           // Demo invoice pages of two npm admin templates: 7/12 blind (by 351f003), 12/12 today.
           Set{"thirty-second-set", 2, 0.95},
           // Round nine, read blind by b93e11d. SolidInvoice, simpleinvoices, invoicerr: 29/30,
           // 30/30 today.
           Set{"thirty-third-set", 5, 0.95},
           // Lago, spree_print_invoice, FOSSBilling: 28/30, 30/30 today.
           Set{"thirty-fourth-set", 5, 0.95},
           // Typst satz, pep-dortmund's letters, mrzool's boilerplate: 18/24, 19/24 today (an
           // amount labelled only "Betrag in Ziffern", twice).
           Set{"thirty-fifth-set", 4, 0.75},
           // Paheko, Thelia: 22/24 (Thelia's "Total TTC" before shipping).
           Set{"thirty-sixth-set", 4, 0.9},
           // Round ten, read blind by 80eb84e. OpenCart, Zen Cart: 13/24, 18/24 today (the
           // truths take the nets with shipping, never printed, and OpenCart's order number in
           // the "Rechnung #1047" heading is not the invoice number).
           Set{"thirty-seventh-set", 4, 0.7},
           // SuiteCRM, CiviCRM, Akaunting 1.x: 30/30.
           Set{"thirty-eighth-set", 5, 0.95},
           // modified eCommerce, Isotope: 16/18, 18/18 today ("Summe, netto").
           Set{"thirty-ninth-set", 3, 0.95},
           // FactDev, OpenODG: 13/24, 24/24 today (a euro sign the fonts give as a letter).
           Set{"fortieth-set", 4, 0.95},
           // Round eleven, read blind by d8258d4. Saleor, ERPNext: 22/30, 30/30 today.
           Set{"forty-first-set", 5, 0.95},
           // invoify, midday: 26/30, 30/30 today.
           Set{"forty-second-set", 5, 0.95},
           // OXID eShop's invoicepdf: 13/18, 18/18 today.
           Set{"forty-third-set", 3, 0.95},
           // Invoice Ninja v4, Open Source Billing: 19/24, 21/24 today (a net label wrapped
           // inside its word, "Zwischensum" / "me"; OSB's French number without a label).
           Set{"forty-fourth-set", 4, 0.85},
           // Round twelve, read blind by cf17b10 (the forty-eighth by b322dee). bigcapital,
           // X2CRM: 18/18.
           Set{"forty-fifth-set", 3, 0.95},
           // payday (Prawn), pdfkit-invoice: 26/30, 28/30 today (a balance taken for the
           // total where no tax is printed).
           Set{"forty-sixth-set", 5, 0.9},
           // django-SHOP, Drupal commerce_invoice: 22/24, 24/24 today.
           Set{"forty-seventh-set", 4, 0.95},
           // Axelor Open Suite (transcribed from its BIRT report), Open Food Network: 24/24.
           Set{"forty-eighth-set", 4, 0.95},
           // Round thirteen, read blind by b322dee. rubrol's Typst templates, adfaure's: 23/24,
           // 24/24 today.
           Set{"forty-ninth-set", 4, 0.95},
           // Paymenter, Laravel Cashier: 33/36, 35/36 today (a seller's SIRET typed under
           // "FACTURER à").
           Set{"fiftieth-set", 6, 0.95},
           // tcsrechnung, dapper-invoice, kierendavies' latex-invoice: 15/18, 18/18 today.
           Set{"fifty-first-set", 3, 0.95},
           // rockdaboot's invoice-html5-to-pdf, Invoicebus' generator: 30/30.
           Set{"fifty-second-set", 5, 0.95},
           // Round fourteen, read blind by 0bdb8f9 (the search tool's budget ran out: npm and
           // Debian only; no fifty-third set). OpenMRS' billing app, Powerhouse's
           // contributor-billing: 29/30.
           Set{"fifty-fourth-set", 5, 0.95},
           // The LaTeX zugferd package's demos (Debian trixie/sid): 16/18 (a date only the
           // embedded XML gives differently; a VAT of 0 read from HT = TTC).
           Set{"fifty-fifth-set", 3, 0.85},
           // payload-clienthub (Swiss QR bills), contributor-billing: 30/30.
           Set{"fifty-sixth-set", 5, 0.95},
       }) {
    const Score s = ScoreSet(kRealInvoices / set.folder);
    INFO(set.folder << "\n" << s.misses);
    CHECK(s.documents == set.documents);
    CHECK(double(s.right) / s.total >= set.floor);
  }
}
