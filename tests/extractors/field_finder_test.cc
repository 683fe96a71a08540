#include "extractors/field_finder.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

using verifact::FieldFinder;
using verifact::InvoiceFields;
using verifact::PageText;
using verifact::Word;

namespace {

// Text placed on an A4 page: each entry starts at (x, y) as page fractions; its words are
// laid out with a fixed advance per character, as a monospaced font would.
struct Placed {
  double x, y;
  std::string text;
};

PageText MakePage(int number, const std::vector<Placed>& items) {
  constexpr double kChar = 0.0075, kHeight = 0.012;
  PageText page;
  page.number = number;
  page.width_pt = 595;
  page.height_pt = 842;
  for (const Placed& item : items) {
    double x = item.x;
    size_t i = 0;
    while (i < item.text.size()) {
      size_t j = item.text.find(' ', i);
      if (j == std::string::npos) j = item.text.size();
      std::string w = item.text.substr(i, j - i);
      // Count characters, not bytes, so accented words keep their width.
      double chars = 0;
      for (unsigned char c : w) chars += (c & 0xC0) != 0x80 ? 1 : 0;
      if (!w.empty()) {
        page.words.push_back(Word{w, {x, item.y, x + chars * kChar, item.y + kHeight}, 1.0});
      }
      x += (chars + 1) * kChar;
      i = j + 1;
    }
  }
  return page;
}

InvoiceFields Find(const std::vector<Placed>& items) {
  return FieldFinder::Shared().Find({MakePage(1, items)});
}

}  // namespace

TEST_CASE("A value to the right of its label is paired with it", "[extractors][pairing]") {
  auto f = Find({{0.1, 0.05, "FORMATION CONSEIL SARL"},
                 {0.55, 0.10, "Facture n° : FA-2023-0117"},
                 {0.55, 0.12, "Date : 05/01/2023"},
                 {0.55, 0.14, "Échéance : 04/02/2023"},
                 {0.55, 0.70, "Total HT"},
                 {0.80, 0.70, "2 268,00 €"},
                 {0.55, 0.72, "TVA 20 %"},
                 {0.80, 0.72, "453,60 €"},
                 {0.55, 0.74, "Total TTC"},
                 {0.80, 0.74, "2 721,60 €"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "FA-2023-0117");
  CHECK(f.invoice_number->page == 1);
  CHECK(f.invoice_number->bbox.x0 > 0.55);
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2023-01-05");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "2268.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "453.60");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "2721.60");
  CHECK(f.total_ttc->confidence > 0.9);
  REQUIRE(f.document_type);
  CHECK(f.document_type->value == verifact::DocumentType::kInvoice);
}

TEST_CASE("A value in the row under its label's column is paired with it",
          "[extractors][pairing]") {
  auto f = Find({{0.10, 0.20, "N° client"},
                 {0.30, 0.20, "N° de facture"},
                 {0.55, 0.20, "Date d'émission"},
                 {0.75, 0.20, "Date d'échéance"},
                 {0.10, 0.22, "C000123"},
                 {0.30, 0.22, "2023/0117"},
                 {0.55, 0.22, "5 janv. 2023"},
                 {0.75, 0.22, "4 févr. 2023"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "2023/0117");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2023-01-05");
}

TEST_CASE("The issuer's SIRET wins over the client's", "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.05, "Institut Formation Conseil"},
                 {0.10, 0.07, "SIRET : 552 100 554 00013"},
                 {0.60, 0.05, "Facturé à :"},
                 {0.60, 0.07, "ACME Industrie"},
                 {0.60, 0.09, "SIRET : 732 829 320 00074"},
                 {0.10, 0.95, "TVA intracommunautaire : FR96552100554"},
                 {0.10, 0.97, "Déclaration d'activité n° 11755555575"}});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "55210055400013");
  REQUIRE(f.vat_number);
  CHECK(f.vat_number->value == "FR96552100554");
}

TEST_CASE("A SIRET labelled as the client's is not the issuer's", "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.30, "SIRET client : 73282932000074"},
                 {0.10, 0.95, "SAS au capital de 10 000 € - SIRET 55210055400013"}});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "55210055400013");
}

TEST_CASE("An identifier is never the invoice number, even under a bare \"N°\"",
          "[extractors][number]") {
  // No invoice number printed: the VAT number under "N° TVA intracom." must not stand in.
  auto f = Find({{0.10, 0.10, "N° TVA intracom. :"}, {0.10, 0.12, "FR19465632271"},
                 {0.10, 0.20, "SIRET : 465632271 00016"}});
  CHECK_FALSE(f.invoice_number);
  // A pro forma number beside the invoice number's header is the pro forma's.
  auto g = Find({{0.10, 0.10, "NUMÉRO\tDATE D'ÉMISSION\tN° DE LA FACTURE PRO FORMA"},
                 {0.10, 0.12, "CFA-HR-23-0412\t14/11/2023\tPRO-01904998"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "CFA-HR-23-0412");
}

TEST_CASE("A SIRET failing Luhn is reported only after its label, doubtfully, never over a valid one",
          "[extractors][identifiers]") {
  // Printed after its label with a wrong key: the document's SIRET, which checks call invalid.
  auto f = Find({{0.10, 0.10, "SIRET : 552 100 554 00014"}});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "55210055400014");
  CHECK(f.siret->confidence < 0.7);
  // Unlabelled 14 digits failing Luhn are just a number.
  CHECK_FALSE(Find({{0.10, 0.10, "Réf. 552 100 554 00014"}}).siret);
  // A valid SIRET elsewhere wins.
  auto g = Find({{0.10, 0.10, "SIRET : 552 100 554 00014"},
                 {0.10, 0.95, "SAS au capital de 10 000 € - RCS Paris 552 100 554 - 55210055400013"}});
  REQUIRE(g.siret);
  CHECK(g.siret->value == "55210055400013");
}

TEST_CASE("Totals satisfying HT + TVA = TTC beat better-labelled distractors",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.40, "Désignation"},
                 {0.60, 0.40, "PU HT"},
                 {0.80, 0.40, "Montant HT"},
                 {0.10, 0.42, "Excel perfectionnement"},
                 {0.60, 0.42, "450,00"},
                 {0.80, 0.42, "900,00"},
                 {0.10, 0.44, "Word initiation"},
                 {0.60, 0.44, "300,00"},
                 {0.80, 0.44, "300,00"},
                 {0.55, 0.60, "Total HT"},
                 {0.80, 0.60, "1 200,00"},
                 {0.55, 0.62, "TVA (20%)"},
                 {0.80, 0.62, "240,00"},
                 {0.55, 0.64, "Total TTC"},
                 {0.80, 0.64, "1 440,00"},
                 {0.55, 0.66, "Acompte versé"},
                 {0.80, 0.66, "- 400,00"},
                 {0.55, 0.68, "Net à payer"},
                 {0.80, 0.68, "1 040,00"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1200.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1440.00");
}

TEST_CASE("An exempt training invoice has zero VAT and HT equal to TTC", "[extractors][amounts]") {
  auto f = Find({{0.55, 0.60, "Total HT : 2 268,00 €"},
                 {0.55, 0.64, "Total TTC : 2 268,00 €"},
                 {0.10, 0.80, "TVA non applicable, art. 261-4-4° a du CGI"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "0.00");
  CHECK(f.total_ht->value == f.total_ttc->value);
}

TEST_CASE("A credit note carries negative totals and is not read as its invoice",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.05, "AVOIR"},
                 {0.55, 0.10, "Avoir n° AV-2023-004"},
                 {0.55, 0.12, "Avoir sur facture n° FA-2023-0117"},
                 {0.55, 0.60, "Total HT"},
                 {0.80, 0.60, "4 135,00"},
                 {0.55, 0.64, "Total TTC"},
                 {0.80, 0.64, "4 135,00"},
                 {0.10, 0.80, "Exonération de TVA - article 261-4-4° a du CGI"}});
  REQUIRE(f.document_type);
  CHECK(f.document_type->value == verifact::DocumentType::kCreditNote);
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "AV-2023-004");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "-4135.00");
}

TEST_CASE("Totals on a later page are found there", "[extractors][pages]") {
  PageText p1 = MakePage(1, {{0.55, 0.10, "Facture n° 2023-117"},
                             {0.10, 0.50, "Sous-total page 1"},
                             {0.80, 0.50, "1 000,00"}});
  PageText p2 = MakePage(2, {{0.55, 0.60, "Total HT"},
                             {0.80, 0.60, "1 500,00"},
                             {0.55, 0.62, "TVA 20,00 %"},
                             {0.80, 0.62, "300,00"},
                             {0.55, 0.64, "Total TTC"},
                             {0.80, 0.64, "1 800,00"}});
  auto f = FieldFinder::Shared().Find({p1, p2});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1800.00");
  CHECK(f.total_ttc->page == 2);
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "300.00");
}

TEST_CASE("Identifiers with structure are found and canonicalised", "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.30, "Dossier AKTO n° 2206AF000358 et 2103DCA22581"},
                 {0.10, 0.32, "Réf. pro forma : PRO-00603901"},
                 {0.10, 0.34, "Bon de commande n° 23C00390257_1"},
                 {0.10, 0.90, "IBAN : FR76 3000 6000 0112 3456 7890 189 - BIC : AGRIFRPP882"},
                 {0.10, 0.92, "Tél. 01 23 45 67 89 - NDA 11 75 12345 75"}});
  REQUIRE(f.dossiers);
  CHECK(f.dossiers->value == std::vector<std::string>{"2206AF000358", "2103DCA22581"});
  REQUIRE(f.proforma_number);
  CHECK(f.proforma_number->value == "PRO-00603901");
  REQUIRE(f.purchase_order);
  CHECK(f.purchase_order->value == "23C00390257_1");
  REQUIRE(f.iban);
  CHECK(f.iban->value == "FR7630006000011234567890189");
  CHECK_FALSE(f.siret);
}

TEST_CASE("A due date or a training period is not the invoice date", "[extractors][dates]") {
  auto f = Find({{0.10, 0.30, "Formation du 12/12/2022 au 16/12/2022"},
                 {0.10, 0.32, "Date d'échéance : 15/01/2023"},
                 {0.55, 0.10, "Facture N° F2023-117 du 20 décembre 2022"}});
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2022-12-20");
}

TEST_CASE("An empty document yields no field at all", "[extractors][pairing]") {
  auto f = FieldFinder::Shared().Find({});
  CHECK_FALSE(f.invoice_number);
  CHECK_FALSE(f.total_ttc);
  CHECK_FALSE(f.document_type);
}

TEST_CASE("A tax line that quotes its base yields the tax", "[extractors][amounts]") {
  auto f = Find({{0.50, 0.53, "Zwischensumme (zzgl. MwSt.) 100,00 €"},
                 {0.50, 0.55, "zzgl. 19,0% MwSt. aus 100,00 € 19,00 €"},
                 {0.50, 0.57, "Gesamtbetrag 119,00 €"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "19.00");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "100.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "119.00");
}

TEST_CASE("English invoices in pounds are read", "[extractors][amounts]") {
  auto f = Find({{0.10, 0.05, "Invoice No: 01633256"},
                 {0.10, 0.07, "Invoice date 19/Sep/2025"},
                 {0.10, 0.09, "Your next invoice date is 19 Oct 2025"},
                 {0.50, 0.50, "Sub Total: 168.29"},
                 {0.50, 0.52, "VAT: 32.30"},
                 {0.50, 0.54, "Total: 200.59"},
                 {0.50, 0.56, "Paid -£200.59"},
                 {0.50, 0.58, "Balance due £0.00"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "01633256");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2025-09-19");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "168.29");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "200.59");
}

TEST_CASE("A value set under its label in a tightly spaced table is found",
          "[extractors][pairing]") {
  // Header and values are single-spaced, so each row is one cell: only the positions tell
  // which value sits under "Invoice Date" (the due date comes first in the row).
  auto f = Find({{0.10, 0.20, "Ref"},
                 {0.13, 0.20, "Payment Due By"},
                 {0.245, 0.20, "Invoice Date"},
                 {0.10, 0.22, "B14"},
                 {0.13, 0.22, "18/02/2026"},
                 {0.215, 0.22, "19/01/2026"}});
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2026-01-19");
}

TEST_CASE("A bare 'Numéro' column header names the invoice number under it",
          "[extractors][pairing]") {
  auto f = Find({{0.10, 0.05, "FACTURE"},
                 {0.10, 0.20, "Numéro"},
                 {0.30, 0.20, "Date"},
                 {0.50, 0.20, "N° client"},
                 {0.10, 0.22, "2023-117"},
                 {0.30, 0.22, "05/01/2023"},
                 {0.50, 0.22, "C000123"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "2023-117");
}

TEST_CASE("SIRETs grouped in any way are read, and a 'Facturé à' block is the buyer's",
          "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.10, "Montant dû"},
                 {0.55, 0.10, "FACTURÉ À"},
                 {0.55, 0.12, "AKTO Service Financement"},
                 {0.55, 0.14, "SIRET 450 117 932 00118"},
                 {0.10, 0.95, "Escale Langues – SIRET 731 538 310 003 50 – NDA 28762242876"}});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "73153831000350");
}

TEST_CASE("A large title does not pull the small lines beside it into one line",
          "[extractors][layout]") {
  // "AVOIR" in a large font to the left; a small two-line box to its right.
  verifact::PageText page =
      MakePage(1, {{0.60, 0.066, "Numéro AV2022/519"}, {0.60, 0.080, "Date : 5 août 2022"}});
  page.words.push_back(Word{"AVOIR", {0.10, 0.064, 0.24, 0.093}, 1.0});
  auto f = FieldFinder::Shared().Find({page});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "AV2022/519");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2022-08-05");
  REQUIRE(f.document_type);
  CHECK(f.document_type->value == verifact::DocumentType::kCreditNote);
}

TEST_CASE(
    "On an exempt invoice one printed total gives the other, and a balance after a "
    "deposit is not the total",
    "[extractors][amounts]") {
  auto f = Find({{0.10, 0.05, "Note d'honoraires F21-0040 — 17.03.2021"},
                 {0.50, 0.40, "Total net de taxes"},
                 {0.80, 0.40, "7740,00 €"},
                 {0.50, 0.43, "Reste à payer"},
                 {0.80, 0.43, "3870,00 €"},
                 {0.10, 0.50, "Exonération de TVA, article 261-4-4° a du CGI"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "F21-0040");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "7740.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "7740.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "0.00");
}

TEST_CASE("A number wrapped onto a new line after 'n°' is not an invoice number",
          "[extractors][pairing]") {
  auto f = Find({{0.10, 0.95, "Déclaration d'activité enregistrée sous le"},
                 {0.10, 0.96, "n° 27 21 64562 21"}});
  CHECK_FALSE(f.invoice_number);
}

TEST_CASE("Labels survive OCR's stray dots and bilingual slashes", "[extractors][pairing]") {
  auto g = Find({{0.10, 0.30, "N° de facture / Invoice"}, {0.60, 0.30, "F2506-179"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "F2506-179");
  auto h = Find({{0.10, 0.10, "NUMERO DE.FACTURE :. FC2508706"}});
  REQUIRE(h.invoice_number);
  CHECK(h.invoice_number->value == "FC2508706");
}

TEST_CASE("A footer is not part of the buyer's block above it", "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.30, "Entreprise bénéficiaire : Maison Le Fournil – SIRET 595"},
                 {0.10, 0.32, "Total TTC 900,00 €"},
                 {0.10, 0.95, "Sextant Formation · SIRET 552 100 554 00013 · TVA FR96552100554"}});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "55210055400013");
}

TEST_CASE(
    "On OCR pages, identifiers with letters for digits are repaired when their checksum "
    "agrees, and never otherwise",
    "[extractors][ocr]") {
  PageText page = MakePage(1, {{0.10, 0.90, "N° SIRET. 552 1OO 554 OOO13"},
                               {0.10, 0.92, "Identifiant TVA: FR96552lOO554"},
                               {0.50, 0.50, "Totat TTC"},
                               {0.80, 0.50, "1 200,00 €"}});
  page.source = verifact::Source::kOcr;
  auto f = FieldFinder::Shared().Find({page});
  REQUIRE(f.siret);
  CHECK(f.siret->value == "55210055400013");
  CHECK(f.siret->source == verifact::Source::kOcr);
  REQUIRE(f.vat_number);
  CHECK(f.vat_number->value == "FR96552100554");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1200.00");

  // One digit really wrong: no checksum agrees, nothing is invented.
  PageText bad = MakePage(1, {{0.10, 0.90, "N° SIRET. 552 1OO 554 OOO14"}});
  bad.source = verifact::Source::kOcr;
  CHECK_FALSE(FieldFinder::Shared().Find({bad}).siret);
  // The same letters on a text layer are text, not a misread.
  PageText text = MakePage(1, {{0.10, 0.90, "N° SIRET. 552 1OO 554 OOO13"}});
  CHECK_FALSE(FieldFinder::Shared().Find({text}).siret);
}

TEST_CASE("A value set between the two lines of a bilingual label is paired with it",
          "[extractors][pairing]") {
  auto f = Find({{0.55, 0.358, "Total HT"},
                 {0.55, 0.372, "Total excl. VAT"},
                 {0.80, 0.365, "2,450.00 EUR"},
                 {0.55, 0.386, "TVA 20 %"},
                 {0.55, 0.400, "VAT 20 %"},
                 {0.80, 0.393, "490.00 EUR"},
                 {0.55, 0.414, "Total TTC"},
                 {0.55, 0.428, "Total incl. VAT"},
                 {0.80, 0.421, "2,940.00 EUR"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "2450.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "490.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "2940.00");
}

TEST_CASE("What is left to pay after payment is not the invoice's total", "[extractors][amounts]") {
  // The subtotal is before a promotion line, so no combination adds up: only the labels and
  // the implausible zero decide.
  auto f = Find({{0.50, 0.60, "Subtotal"},
                 {0.80, 0.60, "$100.00"},
                 {0.50, 0.62, "GST 13%"},
                 {0.80, 0.62, "$1.63"},
                 {0.50, 0.64, "Total"},
                 {0.80, 0.64, "$14.13"},
                 {0.50, 0.66, "Paid"},
                 {0.80, 0.66, "-$14.13"},
                 {0.50, 0.68, "Total Due"},
                 {0.80, 0.68, "$0.00"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "14.13");
}

TEST_CASE("On OCR pages a SIGMA order number whose underscore was read as a space is found",
          "[extractors][ocr]") {
  PageText page =
      MakePage(1, {{0.10, 0.56, "Bon de commande SIGMA"}, {0.10, 0.57, "21C06730212 3"}});
  page.source = verifact::Source::kOcr;
  auto f = FieldFinder::Shared().Find({page});
  REQUIRE(f.purchase_order);
  CHECK(f.purchase_order->value == "21C06730212_3");
  // On a text layer the space is a space: no order number.
  PageText text =
      MakePage(1, {{0.10, 0.56, "Bon de commande SIGMA"}, {0.10, 0.57, "21C06730212 3"}});
  CHECK_FALSE(FieldFinder::Shared().Find({text}).purchase_order);
}

TEST_CASE("On OCR pages a VAT number garbled by one character is read as the SIRET's",
          "[extractors][ocr]") {
  PageText page =
      MakePage(1, {{0.10, 0.90, "SIRET : 552 100 554 00013 + N° TVA : FR9O6552100554"}});
  page.source = verifact::Source::kOcr;
  auto f = FieldFinder::Shared().Find({page});
  REQUIRE(f.vat_number);
  CHECK(f.vat_number->value == "FR96552100554");
  CHECK(f.vat_number->confidence < 0.6);
  // Two characters off is another number, or noise: nothing is invented.
  PageText far = MakePage(1, {{0.10, 0.90, "SIRET : 552 100 554 00013 + N° TVA : FR9O6552177554"}});
  far.source = verifact::Source::kOcr;
  CHECK_FALSE(FieldFinder::Shared().Find({far}).vat_number);
}

TEST_CASE("Belgian 'HTVA' is the amount before VAT, never the VAT", "[extractors][amounts]") {
  auto f = Find({{0.20, 0.50, "Prix HTVA (A+B)"}, {0.80, 0.50, "85,00"},
                 {0.20, 0.52, "TVA (21,00% sur A+B)"}, {0.80, 0.52, "17,85"},
                 {0.20, 0.54, "Total (A+B+C)"}, {0.80, 0.54, "102,85"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "85.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "17.85");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "102.85");
}

TEST_CASE("VAT lines at several rates without a VAT total add up to the VAT",
          "[extractors][amounts]") {
  auto f = Find({{0.20, 0.50, "Total HT"}, {0.80, 0.50, "3 001,80"},
                 {0.20, 0.52, "TVA (5,5 % sur A)"}, {0.80, 0.52, "30,06"},
                 {0.20, 0.54, "TVA (20 % sur B)"}, {0.80, 0.54, "491,04"},
                 {0.20, 0.56, "Total TTC"}, {0.80, 0.56, "3 522,90"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "521.10");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "3522.90");
  // With a VAT total printed, the lines are not added to it.
  auto g = Find({{0.20, 0.50, "Total HT"}, {0.80, 0.50, "3 001,80"},
                 {0.20, 0.52, "TVA 5,5 %"}, {0.80, 0.52, "30,06"},
                 {0.20, 0.54, "TVA 20 %"}, {0.80, 0.54, "491,04"},
                 {0.20, 0.56, "Total TVA"}, {0.80, 0.56, "521,10"},
                 {0.20, 0.58, "Total TTC"}, {0.80, 0.58, "3 522,90"}});
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "521.10");
}

TEST_CASE("An invoice numbered with one digit is read under its label, and nothing else is",
          "[extractors][pairing]") {
  auto f = Find({{0.60, 0.10, "Invoice Number:"}, {0.60, 0.12, "1"},
                 {0.60, 0.14, "Date:"}, {0.60, 0.16, "22/10/21"},
                 {0.45, 0.95, "Page 1 / 2"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "1");
  auto g = Find({{0.10, 0.10, "Big Corp"}, {0.60, 0.30, "Quantity 1"},
                 {0.45, 0.95, "Page 1 / 2"}});
  CHECK_FALSE(g.invoice_number);
}

TEST_CASE("English totals 'without VAT' and 'with VAT' are HT and TTC, not the VAT",
          "[extractors][amounts]") {
  auto f = Find({{0.50, 0.50, "Total without VAT"}, {0.80, 0.50, "43.00 EUR"},
                 {0.50, 0.52, "VAT Rate"}, {0.80, 0.52, "20%"},
                 {0.50, 0.54, "VAT"}, {0.80, 0.54, "8.60 EUR"},
                 {0.50, 0.56, "Total with VAT"}, {0.80, 0.56, "51.60 EUR"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "43.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "8.60");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "51.60");
}

TEST_CASE("German invoices: number, date and totals under their usual labels",
          "[extractors][amounts][dates]") {
  // B2B: net, VAT added ("zzgl."), gross; customer number, delivery and due dates around.
  auto f = Find({{0.10, 0.05, "Muster GmbH"},
                 {0.10, 0.15, "Rechnung"},
                 {0.55, 0.20, "Rechnungs-Nr.: RE-2024-0815"},
                 {0.55, 0.22, "Kunden-Nr.: 10023"},
                 {0.55, 0.24, "Rechnungsdatum: 12.03.2024"},
                 {0.55, 0.26, "Lieferdatum: 08.03.2024"},
                 {0.50, 0.60, "Summe netto"},
                 {0.80, 0.60, "1.250,00 €"},
                 {0.50, 0.62, "zzgl. 19 % USt."},
                 {0.80, 0.62, "237,50 €"},
                 {0.50, 0.64, "Gesamtbetrag brutto"},
                 {0.80, 0.64, "1.487,50 €"},
                 {0.10, 0.70, "Zahlbar bis 26.03.2024 ohne Abzug."}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "RE-2024-0815");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2024-03-12");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1250.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "237.50");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1487.50");
  CHECK(f.document_type->value == verifact::DocumentType::kInvoice);

  // B2C: the gross "inkl. MwSt." first, the VAT it contains, a bare "Netto" / "Brutto".
  auto g = Find({{0.10, 0.15, "Rechnung Nr. 4711"},
                 {0.60, 0.15, "Datum: 3. Mai 2024"},
                 {0.50, 0.60, "Gesamtsumme inkl. MwSt."},
                 {0.80, 0.60, "59,50 €"},
                 {0.50, 0.62, "darin enthaltene MwSt. 19 %"},
                 {0.80, 0.62, "9,50 €"},
                 {0.50, 0.64, "Netto"},
                 {0.80, 0.64, "50,00 €"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "4711");
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2024-05-03");
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "50.00");
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "9.50");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "59.50");

  auto h = Find({{0.10, 0.15, "Rechnungsnummer 2024-17"},
                 {0.50, 0.60, "Netto"},
                 {0.80, 0.60, "100,00 EUR"},
                 {0.50, 0.62, "USt 19 %"},
                 {0.80, 0.62, "19,00 EUR"},
                 {0.50, 0.64, "Brutto"},
                 {0.80, 0.64, "119,00 EUR"}});
  REQUIRE(h.total_ht);
  CHECK(h.total_ht->value.ToString() == "100.00");
  REQUIRE(h.total_ttc);
  CHECK(h.total_ttc->value.ToString() == "119.00");
}

TEST_CASE("A German small business invoice without VAT has HT equal to TTC",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.15, "Rechnungsnummer: 2024-17"},
                 {0.50, 0.60, "Gesamtbetrag"},
                 {0.80, 0.60, "300,00 €"},
                 {0.10, 0.70, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "300.00");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "300.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "0.00");
}

TEST_CASE("A German credit note (Gutschrift, Stornorechnung) carries negative totals",
          "[extractors][amounts]") {
  for (std::string title : {"Gutschrift Nr. GS-2024-003", "Stornorechnung Nr. GS-2024-003"}) {
    auto f = Find({{0.10, 0.15, title},
                   {0.60, 0.15, "Datum: 15.04.2024"},
                   {0.50, 0.60, "Nettobetrag"},
                   {0.80, 0.60, "100,00 €"},
                   {0.50, 0.62, "MwSt. 19 %"},
                   {0.80, 0.62, "19,00 €"},
                   {0.50, 0.64, "Gesamtbetrag"},
                   {0.80, 0.64, "119,00 €"}});
    INFO(title);
    REQUIRE(f.document_type);
    CHECK(f.document_type->value == verifact::DocumentType::kCreditNote);
    REQUIRE(f.invoice_number);
    CHECK(f.invoice_number->value == "GS-2024-003");
    REQUIRE(f.total_ttc);
    CHECK(f.total_ttc->value.ToString() == "-119.00");
  }
}

TEST_CASE("'Total paid with VAT' is the invoice's total; a payment line is not",
          "[extractors][amounts]") {
  auto f = Find({{0.50, 0.60, "Total without VAT"},
                 {0.80, 0.60, "100.00"},
                 {0.50, 0.62, "VAT 20%"},
                 {0.80, 0.62, "20.00"},
                 {0.50, 0.64, "Total paid with VAT"},
                 {0.80, 0.64, "120.00"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "120.00");
  for (std::string paid : {"Total paid:", "Total paid", "Total paid to date"}) {
    auto g = Find({{0.50, 0.60, "Total"},
                   {0.80, 0.60, "$14.13"},
                   {0.50, 0.62, paid},
                   {0.80, 0.62, "$20.00"}});
    INFO(paid);
    REQUIRE(g.total_ttc);
    CHECK(g.total_ttc->value.ToString() == "14.13");
  }
}

TEST_CASE(
    "A total's VAT beats the VAT lines of each section, and a neighbour's value is "
    "its own label's",
    "[extractors][amounts]") {
  // Sections with their own VAT and subtotals, then the totals. The label "Sous-total
  // Conseil" has no value of its own: the VAT line just under it is not its value.
  auto f = Find({{0.10, 0.20, "Conseil"},
                 {0.70, 0.20, "10 000,00"},
                 {0.10, 0.22, "TVA (20%)"},
                 {0.70, 0.22, "2 000,00"},
                 {0.10, 0.24, "Sous-total Conseil hors frais"},
                 {0.70, 0.25, "12 000,00"},
                 {0.10, 0.30, "Audit"},
                 {0.70, 0.30, "5 000,00"},
                 {0.10, 0.32, "TVA (20%)"},
                 {0.70, 0.32, "1 000,00"},
                 {0.10, 0.40, "Total honoraires"},
                 {0.70, 0.40, "15 000,00"},
                 {0.10, 0.42, "Total TVA"},
                 {0.70, 0.42, "3 000,00"},
                 {0.10, 0.44, "Total"},
                 {0.70, 0.44, "18 000,00"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "3000.00");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "15000.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "18000.00");

  auto g = Find({{0.10, 0.50, "MwSt. 19 %"},
                 {0.70, 0.50, "100,00"},
                 {0.10, 0.52, "MwSt. 7 %"},
                 {0.70, 0.52, "7,00"},
                 {0.10, 0.54, "Summe MwSt."},
                 {0.70, 0.54, "107,00"},
                 {0.10, 0.56, "Gesamtsumme"},
                 {0.70, 0.56, "1 333,63"}});
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "107.00");
}

TEST_CASE(
    "Totals labelled 'Taxes', 'Steuern' and 'Total (hors-taxes)' are read beside a "
    "tax breakdown",
    "[extractors][amounts]") {
  // A tax breakdown (rate, base, tax) under the lines, the totals to its right.
  for (auto [ht, tva, ttc] : {std::tuple{"Total (hors-taxes) :", "Taxes :", "Total :"},
                              std::tuple{"Netto:", "Steuern:", "Rechnungsbetrag:"}}) {
    INFO(ht);
    auto f = Find({{0.05, 0.40, "Taxe"},
                   {0.15, 0.40, "Base"},
                   {0.25, 0.40, "Montant"},
                   {0.55, 0.40, ht},
                   {0.80, 0.40, "220,00 $"},
                   {0.05, 0.42, "[1] Tax"},
                   {0.15, 0.42, "200,00 $"},
                   {0.25, 0.42, "20,00 $"},
                   {0.55, 0.42, tva},
                   {0.80, 0.42, "20,00 $"},
                   {0.55, 0.44, ttc},
                   {0.80, 0.44, "240,00 $"}});
    REQUIRE(f.total_ht);
    CHECK(f.total_ht->value.ToString() == "220.00");
    REQUIRE(f.total_tva);
    CHECK(f.total_tva->value.ToString() == "20.00");
    REQUIRE(f.total_ttc);
    CHECK(f.total_ttc->value.ToString() == "240.00");
  }
  // "Toutes taxes" and "net de taxes" are totals, never the VAT.
  auto g = Find({{0.50, 0.50, "Total toutes taxes comprises"}, {0.80, 0.50, "1 200,00 €"}});
  CHECK_FALSE(g.total_tva);
}

TEST_CASE("A VAT printed as zero makes the one total both HT and TTC", "[extractors][amounts]") {
  auto f = Find({{0.50, 0.50, "Sous-total"},
                 {0.80, 0.50, "640,20 €"},
                 {0.50, 0.52, "Total TVA"},
                 {0.80, 0.52, "0,00 €"},
                 {0.50, 0.54, "Remise"},
                 {0.80, 0.54, "20,00 €"},
                 {0.50, 0.56, "Total général"},
                 {0.80, 0.56, "620,20 €"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "620.20");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "0.00");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "620.20");
}

TEST_CASE("Typesetting quirks: '1 er avril', a spaced decimal comma, an IBAN in small capitals",
          "[extractors][dates][identifiers]") {
  auto f = Find({{0.10, 0.20, "Nos références"},
                 {0.60, 0.20, "Date"},
                 {0.10, 0.22, "8234"},
                 {0.60, 0.22, "1 er avril 2024"},
                 {0.50, 0.50, "Nettobetrag 5 446, 28 e"},
                 {0.50, 0.52, "USt"},
                 {0.60, 0.52, "490, 16 e"},
                 {0.50, 0.54, "Gesamtbetrag 5 936, 44 e"},
                 {0.10, 0.70, "iban:"},
                 {0.20, 0.70, "nl94rabo0304046221"}});
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2024-04-01");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "5446.28");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "5936.44");
  REQUIRE(f.iban);
  CHECK(f.iban->value == "NL94RABO0304046221");
  // Without its label, a lower-case run is not taken for an IBAN.
  auto g = Find({{0.10, 0.70, "ref nl94rabo0304046221"}});
  CHECK_FALSE(g.iban);
}

TEST_CASE("Labels real issuers print are paired with their values", "[extractors][pairing]") {
  // Labels of real French, German and English invoices, as the invoice2data project's issuer
  // templates (MIT) match them; each alone on a page, its value beside it after a space or
  // across a column gap.
  enum Kind { kNumber, kHt, kTva, kTtc };
  const std::vector<std::pair<Kind, std::string>> labels = {
      {kNumber, "Facture n°"},
      {kNumber, "N° de facture :"},
      {kNumber, "Numéro de facture"},
      {kNumber, "Référence facture :"},
      {kNumber, "Rechnungsnr."},
      {kNumber, "RE-Nummer"},
      {kNumber, "Rechnungs-ID"},
      {kNumber, "Invoice #"},
      {kNumber, "Invoice No.:"},
      {kNumber, "Invoice Ref"},
      {kNumber, "Bill number"},
      {kHt, "Total HT"},
      {kHt, "Total H.T."},
      {kHt, "Montant Hors T.V.A. :"},
      {kHt, "Total de la facture HT"},
      {kHt, "total facture (EUR HT)"},
      {kHt, "H.T. :"},
      {kHt, "Total des frais avant impôt"},
      {kHt, "Warenwert total"},
      {kHt, "Gesamtsumme ohne USt"},
      {kHt, "Total (excl. VAT)"},
      {kHt, "Amount (VAT excl.)"},
      {kHt, "Pre-Tax Total"},
      {kHt, "Untaxed total"},
      {kTva, "Montant TVA"},
      {kTva, "Taxe :"},
      {kTva, "Taxe totale"},
      {kTva, "Total TVA 20%"},
      {kTva, "TOTAL VAT EUR"},
      {kTva, "Tax Amount"},
      {kTtc, "Total TTC"},
      {kTtc, "NET A PAYER"},
      {kTtc, "Montant dû en EUR :"},
      {kTtc, "somme à payer (EUR TTC)"},
      {kTtc, "A Payer en Euro"},
      {kTtc, "Facture TTC"},
      {kTtc, "Montant total de cette facture"},
      {kTtc, "TVAC"},
      {kTtc, "Endpreis Brutto"},
      {kTtc, "Gesamtbetrag inkl. MwSt"},
      {kTtc, "Gesamtsumme mit USt"},
      {kTtc, "Grand Total"},
      {kTtc, "Invoice Amount:"},
      {kTtc, "Total (incl. VAT)"},
      {kTtc, "Total fares (incl. GST)"},
      {kTtc, "Total amount to be paid"},
      // From the blind sets of other software's invoices (tests/data/real-invoices).
      {kHt, "Nettogesamt"},
      {kTtc, "Rechnungstotal"},
      {kTtc, "Montant à verser à l'auteur"},
      {kHt, "Gesamt (o. MwSt.)"},
      {kTtc, "Gesamt (inkl. MwSt.)"}};
  for (const auto& [kind, label] : labels) {
    for (bool gap : {false, true}) {
      const std::string value = kind == kNumber ? "FA-2019-0042" : "1 234,56";
      auto f = gap ? Find({{0.10, 0.05, "ACME"}, {0.40, 0.50, label}, {0.85, 0.50, value}})
                   : Find({{0.10, 0.05, "ACME"}, {0.40, 0.50, label + " " + value}});
      INFO(label << (gap ? " | " : " ") << value);
      switch (kind) {
        case kNumber:
          REQUIRE(f.invoice_number);
          CHECK(f.invoice_number->value == "FA-2019-0042");
          break;
        case kHt:
          REQUIRE(f.total_ht);
          CHECK(f.total_ht->value.ToString() == "1234.56");
          CHECK_FALSE(f.total_tva);
          break;
        case kTva:
          REQUIRE(f.total_tva);
          CHECK(f.total_tva->value.ToString() == "1234.56");
          break;
        case kTtc:
          REQUIRE(f.total_ttc);
          CHECK(f.total_ttc->value.ToString() == "1234.56");
          CHECK_FALSE(f.total_tva);
          break;
      }
    }
  }
}

TEST_CASE("An amount named after it ('1 200,00 € HT', '€ TTC') is that total",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.30, "Formation bureautique, 3 jours, prix unitaire 400,00 € HT"},
                 {0.50, 0.50, "Total : 1 200,00 € HT"},
                 {0.50, 0.52, "TVA 20 % : 240,00 €"},
                 {0.50, 0.54, "Total : 1 440,00 € TTC"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1200.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "240.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1440.00");

  auto g = Find({{0.10, 0.50, "Le montant de la prestation s'élève à 2 000,00 € HT,"},
                 {0.10, 0.52, "TVA 400,00 €, soit 2 400,00 € TTC."}});
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "2000.00");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "2400.00");

  // A unit price named HT is not the total.
  auto h = Find({{0.10, 0.30, "Prix : 100,00 € HT"}});
  CHECK_FALSE(h.total_ht);
}

TEST_CASE("Totals in a table's total row are read under their column heads, not the first line's",
          "[extractors][amounts]") {
  // Each line item adds up on its own (HT + VAT = TTC), so only the total row tells the totals.
  auto f = Find({{0.05, 0.30, "Désignation"},
                 {0.45, 0.30, "Total HT"},
                 {0.62, 0.30, "TVA"},
                 {0.78, 0.30, "Total TTC"},
                 {0.05, 0.33, "Formation Excel"},
                 {0.47, 0.33, "249,90"},
                 {0.62, 0.33, "47,48"},
                 {0.80, 0.33, "297,38"},
                 {0.05, 0.36, "Formation Word"},
                 {0.47, 0.36, "493,00"},
                 {0.62, 0.36, "93,67"},
                 {0.80, 0.36, "586,67"},
                 {0.05, 0.40, "Total"},
                 {0.47, 0.40, "742,90"},
                 {0.62, 0.40, "141,15"},
                 {0.80, 0.40, "884,05"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "742.90");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "141.15");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "884.05");
}

TEST_CASE(
    "A total's value in the next cell belongs to a label of many words, and 'Prix net' "
    "or 'Prix total' beside their value are totals",
    "[extractors][amounts]") {
  auto f = Find({{0.40, 0.60, "Zwischensumme"},
                 {0.85, 0.60, "1.959,80"},
                 {0.40, 0.62, "Umsatzsteuer 19% on 1.959,80 @ 19 %"},
                 {0.85, 0.62, "372,36"},
                 {0.40, 0.64, "Gesamtsumme"},
                 {0.85, 0.64, "2.332,16"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "372.36");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1959.80");

  auto g = Find({{0.05, 0.30, "Description"},
                 {0.50, 0.30, "Prix unitaire"},
                 {0.80, 0.30, "Total"},
                 {0.05, 0.33, "Formation, demi-journée"},
                 {0.52, 0.33, "320,00 €"},
                 {0.80, 0.33, "640,00 €"},
                 {0.05, 0.36, "Hébergement"},
                 {0.52, 0.36, "96,00 €"},
                 {0.80, 0.36, "96,00 €"},
                 {0.50, 0.42, "Prix net"},
                 {0.80, 0.42, "736,00 €"},
                 {0.50, 0.45, "Taxe"},
                 {0.80, 0.45, "147,20 €"},
                 {0.50, 0.48, "Prix total"},
                 {0.80, 0.48, "883,20 €"}});
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "736.00");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "883.20");

  // "Prix total" heading a column of line totals is not the invoice's total.
  auto h = Find({{0.05, 0.30, "Désignation"},
                 {0.80, 0.30, "Prix total"},
                 {0.05, 0.33, "Formation"},
                 {0.80, 0.33, "640,00 €"}});
  CHECK_FALSE(h.total_ttc);
}

TEST_CASE("A 'Credit Invoice' set apart in a title, 'Created:' dates, and rupees are read",
          "[extractors][amounts][dates]") {
  auto f = Find({{0.40, 0.30, "CREDIT"},
                 {0.60, 0.30, "INVOICE"},
                 {0.10, 0.35, "Invoice #"},
                 {0.10, 0.37, "CR-2024-0012"},
                 {0.50, 0.50, "Subtotal"},
                 {0.80, 0.50, "481.50"},
                 {0.50, 0.52, "VAT @ 23 %"},
                 {0.80, 0.52, "110.75"},
                 {0.50, 0.54, "Total"},
                 {0.80, 0.54, "592.25"}});
  REQUIRE(f.document_type);
  CHECK(f.document_type->value == verifact::DocumentType::kCreditNote);
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "-592.25");

  auto g = Find({{0.10, 0.08, "Invoice #: 123"},
                 {0.10, 0.10, "Created: 11/26/2026"},
                 {0.10, 0.12, "Due: 12/16/2026"},
                 {0.50, 0.50, "TOTAL AMOUNT"},
                 {0.80, 0.50, "₹ 496"}});
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2026-11-26");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "496.00");
}

TEST_CASE("A tax line quoting its rate and base inline gives the tax after the base",
          "[extractors][amounts]") {
  auto f = Find({{0.50, 0.50, "Subtotal €100.00"},
                 {0.50, 0.52, "VAT (20% on €100.00) €20.00"},
                 {0.50, 0.54, "Total €120.00"},
                 {0.50, 0.56, "Amount due €120.00"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "20.00");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "100.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "120.00");
  auto g = Find({{0.50, 0.56, "Fälliger Betrag"}, {0.80, 0.56, "119,00 €"}});
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "119.00");
}

TEST_CASE("A total printed under the other total's label is placed by the arithmetic",
          "[extractors][amounts]") {
  // The template calls its net "Brutto"; the VAT and the total vouch for it as the HT.
  auto f = Find({{0.40, 0.57, "Brutto"},
                 {0.80, 0.57, "$10000.00"},
                 {0.40, 0.60, "Vat"},
                 {0.80, 0.60, "24%"},
                 {0.40, 0.63, "Tax"},
                 {0.80, 0.63, "$2400.00"},
                 {0.40, 0.66, "Total"},
                 {0.80, 0.66, "$12400.00"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "10000.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "2400.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "12400.00");
  // A lone amount is not both totals by itself.
  auto g = Find({{0.40, 0.57, "Total HT"}, {0.80, 0.57, "1 000,00"}});
  REQUIRE(g.total_ht);
  CHECK_FALSE(g.total_ttc);
}

TEST_CASE(
    "A rate after 'von' or 'at' stays in the VAT label, and a labelled line below is "
    "not the value of the label above",
    "[extractors][amounts]") {
  auto f = Find({{0.50, 0.57, "Zwischensumme: 55466.67 €"},
                 {0.50, 0.59, "Umsatzsteuer von 19 %: 10538.66 €"},
                 {0.50, 0.61, "Gesamt: 66005.33 €"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "10538.66");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "55466.67");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "66005.33");
}

TEST_CASE("A VAT rate in its own cell between the label and the amount is no word between them",
          "[extractors][amounts]") {
  for (std::string rate : {"19 %", "19%", "(19 %)"}) {
    INFO(rate);
    auto f = Find({{0.40, 0.50, "Zwischensumme:"},
                   {0.80, 0.50, "5400,00 €"},
                   {0.40, 0.53, "Mehrwertsteuer:"},
                   {0.62, 0.53, rate},
                   {0.80, 0.53, "1026,00 €"},
                   {0.40, 0.56, "Gesamtsumme:"},
                   {0.80, 0.56, "6426,00 €"}});
    REQUIRE(f.total_tva);
    CHECK(f.total_tva->value.ToString() == "1026.00");
    REQUIRE(f.total_ht);
    CHECK(f.total_ht->value.ToString() == "5400.00");
    REQUIRE(f.total_ttc);
    CHECK(f.total_ttc->value.ToString() == "6426.00");
  }
}

TEST_CASE("'Impôts' names the VAT, and an account number's digits are no SIRET",
          "[extractors][amounts][identifiers]") {
  auto f = Find({{0.70, 0.42, "TOTAL"},
                 {0.70, 0.44, "1 787,59"},
                 {0.70, 0.47, "Impôts (20%)"},
                 {0.70, 0.49, "357,52"},
                 {0.70, 0.57, "MONTANT DÛ"},
                 {0.70, 0.59, "2 145,11"},
                 {0.10, 0.60, "Montant avant impôt : 1 787,59"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "357.52");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1787.59");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "2145.11");
  // "3456 7890 1234 56" passes Luhn, but sits inside an IBAN whose key fails.
  auto g = Find({{0.10, 0.60, "IBAN: FI12 3456 7890 1234 56"}});
  CHECK_FALSE(g.siret);
}

TEST_CASE("A whole total in another currency is an amount, a number glued to a word is not",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.20, "Invoice #: 2018-77"},
                 {0.10, 0.60, "Item    Price    Total price"},
                 {0.10, 0.62, "test    10    10"},
                 {0.10, 0.70, "Total: RM 15"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "15.00");
  // "FORM 15" ends in the letters of a currency: no amount there.
  auto g = Find({{0.10, 0.70, "Total FORM 15"}});
  CHECK_FALSE(g.total_ttc);
}

TEST_CASE("Twelfth and fourteenth sets: a currency before a bare total label, 'Rechnungstotal'",
          "[extractors][amounts]") {
  auto f = Find({{0.60, 0.50, "€ Netto: 1150.00"},
                 {0.60, 0.52, "USt. Gesamt: 225.00"},
                 {0.60, 0.54, "€ Brutto: 1375.00"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1150.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1375.00");
  auto g = Find({{0.40, 0.50, "Summe"},
                 {0.80, 0.50, "CHF 2'420.00"},
                 {0.40, 0.53, "MwSt."},
                 {0.80, 0.53, "7.7%"},
                 {0.40, 0.55, "MwSt. Betrag"},
                 {0.80, 0.55, "CHF 186.35"},
                 {0.40, 0.57, "Rechnungstotal"},
                 {0.80, 0.57, "CHF 2'606.35"}});
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "2420.00");
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "186.35");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "2606.35");
}

TEST_CASE("'Number:' under an 'Invoice' heading is the invoice number; a bare 'Nr.' column is not",
          "[extractors][labels]") {
  auto f = Find({{0.70, 0.10, "Invoice"},
                 {0.70, 0.12, "Number:"},
                 {0.80, 0.12, "SM-12"},
                 {0.70, 0.14, "Date:"},
                 {0.80, 0.14, "31 Mar 2023"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "SM-12");
  auto g = Find({{0.10, 0.40, "Nr."},
                 {0.30, 0.40, "Bezeichnung"},
                 {0.70, 0.40, "Menge"},
                 {0.10, 0.42, "1742"},
                 {0.30, 0.42, "Beratung"},
                 {0.70, 0.42, "2"}});
  CHECK_FALSE(g.invoice_number);
}

TEST_CASE("A tax printed unrounded is read to the cent when the totals vouch for it",
          "[extractors][amounts]") {
  auto f = Find(
      {{0.60, 0.38, "Subtotal 217.9"}, {0.65, 0.40, "VAT 45.759"}, {0.62, 0.42, "TOTAL 263.66"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "217.90");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "45.76");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "263.66");
  // The total under the tax label is the total's, not the tax's; and an unrounded tax the
  // arithmetic does not vouch for is not read.
  auto g = Find(
      {{0.60, 0.38, "Subtotal 217.90"}, {0.65, 0.40, "VAT 45.759"}, {0.62, 0.42, "TOTAL 300.00"}});
  CHECK_FALSE(g.total_tva);
}

TEST_CASE("Sixteenth set: 'Nr.' opening a cell, and a number under a title alone in its cell",
          "[extractors][labels]") {
  auto f = Find({{0.60, 0.16, "Rechnung"},
                 {0.10, 0.19, "Hoffmann Haustechnik GmbH"},
                 {0.60, 0.19, "Nr. 20250187"},
                 {0.60, 0.21, "Rechnungsdatum:"},
                 {0.80, 0.21, "07.05.2025"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "20250187");
  auto g = Find({{0.10, 0.04, "Bergmann Softwareentwicklung"},
                 {0.70, 0.04, "Verkaufsrechnung"},
                 {0.10, 0.06, "02.07.2025"},
                 {0.70, 0.06, "RE-1042"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "RE-1042");
  // The street number under a title is no invoice number.
  auto h = Find({{0.10, 0.04, "FACTURE"}, {0.10, 0.06, "12 rue des Lilas"}});
  CHECK_FALSE(h.invoice_number);
}

TEST_CASE("A reference alone in a header cell is the number when nothing is labelled",
          "[extractors][labels]") {
  auto f = Find({{0.10, 0.12, "SINV-1047"},
                 {0.50, 0.12, "Librairie Les Mots Passants"},
                 {0.10, 0.16, "18/06/2025"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "SINV-1047");
  CHECK(f.invoice_number->confidence < 0.5);
  // A labelled number wins; a reference low on the page or inside a sentence is none.
  auto g = Find({{0.10, 0.12, "SINV-1047"}, {0.50, 0.12, "Facture n° FA-2025-117"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "FA-2025-117");
  auto h = Find({{0.10, 0.60, "SINV-1047"}, {0.10, 0.12, "Voir contrat CT-2025-044"}});
  CHECK_FALSE(h.invoice_number);
}

TEST_CASE("The tail of a date under a title is no invoice number", "[extractors][labels]") {
  // Seen on a held-out deposit with no number at all: "10/2023" was read out of the date.
  auto f = Find({{0.10, 0.05, "CC"},
                 {0.70, 0.05, "FACTURE"},
                 {0.60, 0.08, "Date"},
                 {0.72, 0.08, "20/10/2023"}});
  CHECK_FALSE(f.invoice_number);
}

TEST_CASE(
    "Eighteenth set (Dolibarr): a title in the second cell, a bank account's number, "
    "'Gesamtpreis'",
    "[extractors][labels]") {
  auto f = Find({{0.10, 0.04, "Atelier Numérique du Rhône"},
                 {0.60, 0.04, "Facture FA2405-0042"},
                 {0.60, 0.06, "Date facturation : 14/05/2024"},
                 {0.10, 0.81, "Code banque"},
                 {0.30, 0.81, "Numéro compte"},
                 {0.10, 0.82, "30004"},
                 {0.30, 0.82, "00010245781"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "FA2405-0042");
  // Without the title, the account's number is still no invoice number.
  auto g = Find({{0.30, 0.81, "Numéro compte"}, {0.30, 0.82, "00010245781"}});
  CHECK_FALSE(g.invoice_number);
  auto h =
      Find({{0.10, 0.04, "Atelier Numérique du Rhône"}, {0.60, 0.04, "Facture avoir AV2406-0003"}});
  REQUIRE(h.invoice_number);
  CHECK(h.invoice_number->value == "AV2406-0003");
  // A net column's first row, or the totals block's "Gesamtpreis": the arithmetic decides.
  auto t = Find({{0.10, 0.31, "Beschreibung"},
                 {0.80, 0.31, "Nettosumme"},
                 {0.10, 0.33, "Website"},
                 {0.80, 0.33, "3 150,00"},
                 {0.10, 0.35, "Hosting"},
                 {0.80, 0.35, "830,00"},
                 {0.60, 0.76, "Gesamtpreis"},
                 {0.80, 0.76, "3 980,00"},
                 {0.60, 0.77, "MwSt. 20%"},
                 {0.80, 0.77, "796,00"},
                 {0.60, 0.79, "Bruttosumme"},
                 {0.80, 0.79, "4 776,00"}});
  REQUIRE(t.total_ht);
  CHECK(t.total_ht->value.ToString() == "3980.00");
  REQUIRE(t.total_ttc);
  CHECK(t.total_ttc->value.ToString() == "4776.00");
}

TEST_CASE("Twenty-second set (PrestaShop): 'Gesamt (o. MwSt.)' is the net, not the tax",
          "[extractors][amounts]") {
  // Net and tax add up to the total either way round: only the labels tell them apart.
  auto f = Find({{0.55, 0.50, "Gesamt (o. MwSt.)"},
                 {0.85, 0.50, "101,10 €"},
                 {0.55, 0.52, "Gesamt MwSt."},
                 {0.85, 0.52, "12,51 €"},
                 {0.55, 0.55, "Gesamt"},
                 {0.85, 0.55, "113,61 €"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "101.10");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "12.51");
}

TEST_CASE("Twenty-first set (ZUGFeRD's visualisation): the date after the number in the title line",
          "[extractors][dates]") {
  auto f = Find({{0.10, 0.09, "Stylesheet-Version: 1.0 vom 25.06.2014"},
                 {0.10, 0.18, "RECHNUNG(380) Nr. RE-20170509/505 vom 09.05.2017"},
                 {0.10, 0.30, "Liefer- und Leistungsdatum"},
                 {0.40, 0.30, ": 07.05.2017"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "RE-20170509/505");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2017-05-09");
  // A credit note's own date label, over an order's date; the invoice it credits is not its date.
  auto g = Find({{0.60, 0.16, "Gutschrift"},
                 {0.60, 0.21, "Gutschriftdatum:"},
                 {0.80, 0.21, "19.05.2025"},
                 {0.10, 0.30, "Ihre Bestellung BE-99812 vom 28.04.2025"}});
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2025-05-19");
  auto h = Find({{0.10, 0.27, "Date: 14 octobre 2025"},
                 {0.10, 0.29, "Facture concernée : FA-2025-0343 du 8 août 2025"}});
  REQUIRE(h.invoice_date);
  CHECK(h.invoice_date->value.ToIso() == "2025-10-14");
}

TEST_CASE("An IBAN a paragraph wraps over two lines is read whole", "[extractors][identifiers]") {
  auto f = Find({{0.10, 0.635, "Bitte überweisen Sie den offenen Betrag auf: IBAN DE04 1203 0000"},
                 {0.10, 0.651, "0020 5873 41 (DKB)"}});
  REQUIRE(f.iban);
  CHECK(f.iban->value == "DE04120300000020587341");
  // A start whose continuation does not complete a valid IBAN is nothing.
  auto g = Find({{0.10, 0.635, "Betrag auf: IBAN DE04 1203 0000"}, {0.10, 0.651, "0020 5873 42"}});
  CHECK_FALSE(g.iban);
}

TEST_CASE(
    "Twenty-fifth set (pretix, django-invoicing): a tax table by rate, stacked labels, "
    "a correction's own number and date",
    "[extractors][amounts][labels]") {
  // No net or tax total is printed: the table's columns add up to them, and the sums hold
  // with the invoice's total. Each table's first row adds up too, but not to that total.
  auto f = Find({{0.10, 0.63, "Rechnungsbetrag"},
                 {0.80, 0.63, "603,30 €"},
                 {0.10, 0.80, "Steuersatz"},
                 {0.40, 0.80, "Netto"},
                 {0.60, 0.80, "Brutto"},
                 {0.80, 0.80, "Steuer"},
                 {0.10, 0.817, "19,00 % MwSt."},
                 {0.40, 0.817, "480,00 €"},
                 {0.60, 0.817, "571,20 €"},
                 {0.80, 0.817, "91,20 €"},
                 {0.10, 0.834, "7,00 % MwSt."},
                 {0.40, 0.834, "30,00 €"},
                 {0.60, 0.834, "32,10 €"},
                 {0.80, 0.834, "2,10 €"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "510.00");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "93.30");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "603.30");
  // Labels over values set to the right margin, one per line.
  auto g = Find({{0.08, 0.350, "Base"},
                 {0.85, 0.378, "2555.00 EUR"},
                 {0.08, 0.392, "VAT"},
                 {0.86, 0.419, "511.00 EUR"},
                 {0.08, 0.474, "TOTAL DUE"},
                 {0.72, 0.501, "3066.00 EUR"}});
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "2555.00");
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "511.00");
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "3066.00");
  // A correction's number and date, over the original invoice's.
  auto h = Find({{0.60, 0.161, "KORREKTURNUMMER"},
                 {0.60, 0.177, "SW25-00011"},
                 {0.60, 0.199, "URSPRÜNGL. RECHNUNG"},
                 {0.60, 0.214, "SW25-00007"},
                 {0.60, 0.236, "KORREKTURDATUM"},
                 {0.60, 0.252, "15. April 2025"},
                 {0.60, 0.274, "URSPRÜNGL. RECHNUNGSDATUM"},
                 {0.60, 0.289, "2. April 2025"}});
  REQUIRE(h.invoice_number);
  CHECK(h.invoice_number->value == "SW25-00011");
  REQUIRE(h.invoice_date);
  CHECK(h.invoice_date->value.ToIso() == "2025-04-15");
}

TEST_CASE("A column of line amounts adding up to the total is no net total without a tax",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.36, "DESCRIPTION"},
                 {0.80, 0.36, "SUBTOTAL"},
                 {0.10, 0.41, "Website design"},
                 {0.80, 0.41, "€3,420.00"},
                 {0.10, 0.46, "Website development"},
                 {0.80, 0.46, "€7,125.00"},
                 {0.70, 0.74, "TOTAL DUE"},
                 {0.80, 0.76, "€10,545.00"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "10545.00");
  CHECK_FALSE(f.total_tva);
  CHECK_FALSE(f.total_ht);
}

TEST_CASE("A tall title's neighbouring line gives no value that is not alone on its line",
          "[extractors][labels]") {
  // WooCommerce's French invoice: "Facture" in large type beside the shop's address.
  PageText page = MakePage(1, {{0.58, 0.052, "14 rue des Potiers"}, {0.58, 0.068, "69004 Lyon"}});
  page.words.push_back(verifact::Word{"Facture", {0.05, 0.027, 0.20, 0.060}, 1.0});
  auto f = FieldFinder::Shared().Find({page});
  CHECK_FALSE(f.invoice_number);
}

TEST_CASE("Odoo's tax lines by rate under items that name their rate: the lines add up to the tax",
          "[extractors][amounts]") {
  auto f = Find({{0.10, 0.262, "Description"},
                 {0.45, 0.262, "Quantity"},
                 {0.60, 0.262, "Disc.(%) Taxes"},
                 {0.85, 0.262, "Amount"},
                 {0.10, 0.286, "CNC milling, aluminium sensor housing"},
                 {0.45, 0.286, "40.000"},
                 {0.60, 0.286, "5.00 VAT 19%"},
                 {0.85, 0.286, "712.50 €"},
                 {0.10, 0.309, "Technical documentation (printed)"},
                 {0.45, 0.309, "3.000"},
                 {0.60, 0.309, "0.00 VAT 7%"},
                 {0.85, 0.309, "72.00 €"},
                 {0.10, 0.332, "Setup fee"},
                 {0.45, 0.332, "1.000"},
                 {0.60, 0.332, "0.00 VAT 19%"},
                 {0.85, 0.332, "150.00 €"},
                 {0.10, 0.345, "Shipping"},
                 {0.45, 0.345, "1.000"},
                 {0.60, 0.345, "0.00 VAT 19%"},
                 {0.85, 0.345, "20.00 €"},
                 {0.55, 0.365, "Subtotal"},
                 {0.85, 0.365, "954.50 €"},
                 {0.55, 0.389, "VAT 19% on 882.50 €"},
                 {0.85, 0.389, "167.68 €"},
                 {0.55, 0.412, "VAT 7% on 72.00 €"},
                 {0.85, 0.412, "5.04 €"},
                 {0.55, 0.435, "Total"},
                 {0.85, 0.435, "1,127.22 €"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "954.50");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "172.72");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1127.22");
}

TEST_CASE(
    "Thirty-second set (admin templates): '#1942784' alone in a header cell, 'Issued' "
    "between dots, an order date, 'VAT %' beside the tax",
    "[extractors][labels]") {
  // A number marked "#" alone in its cell high on page 1, when nothing is labelled.
  auto f = Find({{0.10, 0.10, "Invoice Info"},
                 {0.60, 0.10, "Order Status: Pending"},
                 {0.10, 0.12, "#1942784"},
                 {0.60, 0.12, "Order Date: March 17 2018"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "1942784");
  // An order's date is not the invoice's, even when it is the only date printed.
  CHECK_FALSE(f.invoice_date);
  // "#" inside a sentence, or low on the page, is no number.
  auto g = Find({{0.10, 0.12, "See order #1942784"}, {0.10, 0.60, "#5551234"}});
  CHECK_FALSE(g.invoice_number);

  // "Issued" with no colon after a separator dot names the date; "Due" does not.
  auto h = Find({{0.10, 0.08, "#INV-04812 · Issued Apr 24, 2026 · Due May 24, 2026"}});
  REQUIRE(h.invoice_date);
  CHECK(h.invoice_date->value.ToIso() == "2026-04-24");

  // "VAT %" alone in its cell beside an amount in the totals block is the tax.
  auto t = Find({{0.55, 0.80, "Subtotal"},
                 {0.80, 0.80, "$7,017.00"},
                 {0.55, 0.82, "Discount %"},
                 {0.80, 0.82, "−$701.70"},
                 {0.55, 0.84, "VAT %"},
                 {0.80, 0.84, "$1,326.21"},
                 {0.55, 0.86, "Total due"},
                 {0.80, 0.86, "$7,641.51"}});
  REQUIRE(t.total_tva);
  CHECK(t.total_tva->value.ToString() == "1326.21");
  REQUIRE(t.total_ttc);
  CHECK(t.total_ttc->value.ToString() == "7641.51");
  // The subtotal before the discount is not the net the tax was computed on.
  CHECK_FALSE(t.total_ht);
  // Heading a column of rates, "VAT %" takes none of them.
  auto r = Find({{0.10, 0.40, "Item"},
                 {0.50, 0.40, "VAT %"},
                 {0.70, 0.40, "Amount"},
                 {0.10, 0.42, "Training"},
                 {0.50, 0.42, "20.00"},
                 {0.70, 0.42, "1,000.00"}});
  CHECK_FALSE(r.total_tva);
}

TEST_CASE("A number marked '#' may be shaped like a date; dates with ordinals and year first",
          "[extractors][labels]") {
  // mrzool's invoice-boilerplate numbers invoices by the day.
  auto f =
      Find({{0.60, 0.10, "Musterstadt, November 4, 2015"}, {0.10, 0.16, "Invoice #2015-11-04"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "2015-11-04");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2015-11-04");
  // Without the mark, a date after a title is a date, not a number.
  auto g = Find({{0.10, 0.16, "Invoice 2015-11-04"}});
  CHECK_FALSE(g.invoice_number);

  auto h = Find({{0.10, 0.10, "Invoice Date: 25th November 2026"}});
  REQUIRE(h.invoice_date);
  CHECK(h.invoice_date->value.ToIso() == "2026-11-25");
  auto k = Find({{0.10, 0.10, "Date: 2026/11/25"}});
  REQUIRE(k.invoice_date);
  CHECK(k.invoice_date->value.ToIso() == "2026-11-25");
}

TEST_CASE("A footer's date is not taken for an unlabelled invoice date", "[extractors][labels]") {
  // A template's version line at the foot of the page ("V 1.0.0, 2018/11/22").
  auto f = Find({{0.10, 0.10, "FACTURE"}, {0.10, 0.92, "Extension V 1.0.0, 2018/11/22"}});
  CHECK_FALSE(f.invoice_date);
  // The same date high on the page, alone, is the document's.
  auto g = Find({{0.10, 0.10, "FACTURE"}, {0.60, 0.12, "2018/11/22"}});
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2018-11-22");
}

TEST_CASE("'Amount (net)' and 'Amount (gross)' name the totals; cents written as a dash",
          "[extractors][totals]") {
  auto f = Find({{0.55, 0.70, "Amount (net)"},
                 {0.80, 0.70, "1,000.00"},
                 {0.55, 0.72, "Taxes"},
                 {0.80, 0.72, "200.00"},
                 {0.55, 0.74, "Amount (gross)"},
                 {0.80, 0.74, "1,200.00"}});
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "1000.00");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "1200.00");
  auto g = Find({{0.55, 0.70, "Nettobetrag"},
                 {0.80, 0.70, "1000,– €"},
                 {0.55, 0.72, "19 % MwSt."},
                 {0.80, 0.72, "190,– €"},
                 {0.55, 0.74, "Rechnungsbetrag"},
                 {0.80, 0.74, "1190,– €"}});
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "1190.00");
  REQUIRE(g.total_tva);
  CHECK(g.total_tva->value.ToString() == "190.00");
}

TEST_CASE("Round nine: 'INVOICE · #RE-2025-0042', 'Nº de facture' as the text layer folds it",
          "[extractors][labels]") {
  // SolidInvoice's modern template sets a dot between the title and the number.
  auto f = Find({{0.10, 0.10, "INVOICE · #RE-2025-0042"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "RE-2025-0042");
  // Lago's French label: "Nº" comes out of the text layer's NFKC folding as "No".
  for (const char* label : {"No de facture", "Nº de facture", "N° de facture"}) {
    auto g = Find({{0.10, 0.10, label}, {0.40, 0.10, "ATE-4C1D-007-012"}});
    CAPTURE(label);
    REQUIRE(g.invoice_number);
    CHECK(g.invoice_number->value == "ATE-4C1D-007-012");
  }
}

TEST_CASE(
    "Round ten: a weekday before the date, 'Summe, netto', a totals row of days and money, "
    "a euro sign read as a letter",
    "[extractors][labels][totals]") {
  // FactDev: "Facture no 7 du vendredi 14 mars 2025".
  auto f = Find({{0.10, 0.30, "Facture no 7 du vendredi 14 mars 2025"}});
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2025-03-14");
  auto g = Find({{0.10, 0.10, "Date: Friday, 14 March 2025"}});
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2025-03-14");

  // modified eCommerce's totals.
  auto h = Find({{0.50, 0.70, "Summe, netto:"},
                 {0.80, 0.70, "169,30 EUR"},
                 {0.50, 0.72, "zzgl. 19% MwSt.:"},
                 {0.80, 0.72, "32,17 EUR"},
                 {0.50, 0.74, "Summe, brutto:"},
                 {0.80, 0.74, "201,47 EUR"}});
  REQUIRE(h.total_ht);
  CHECK(h.total_ht->value.ToString() == "169.30");
  REQUIRE(h.total_ttc);
  CHECK(h.total_ttc->value.ToString() == "201.47");

  // FactDev's totals row sums the days, then the money, whose euro sign the font gives as "e".
  auto t = Find({{0.10, 0.40, "Prestation"},
                 {0.60, 0.40, "Nombre"},
                 {0.80, 0.40, "Tarif"},
                 {0.10, 0.42, "Maquettes"},
                 {0.60, 0.42, "3"},
                 {0.80, 0.42, "1260e"},
                 {0.10, 0.44, "Module de réservation"},
                 {0.60, 0.44, "4.5"},
                 {0.80, 0.44, "1890e"},
                 {0.45, 0.48, "Total"},
                 {0.60, 0.48, "7.5"},
                 {0.80, 0.48, "3150 e"},
                 {0.10, 0.55, "TVA non applicable, article 293B du Code Général des Impôts"}});
  REQUIRE(t.total_ttc);
  CHECK(t.total_ttc->value.ToString() == "3150.00");
  REQUIRE(t.total_ht);
  CHECK(t.total_ht->value.ToString() == "3150.00");
}

TEST_CASE(
    "Round ten: shop totals under 'Total (ex)' and 'Total (inc)' heads, 'Totaux', a date "
    "with a comma before its year",
    "[extractors][labels][totals]") {
  // Zen Cart: item columns headed "Total (ex)" and "Total (inc)", then a totals block with
  // shipping. Neither the first item nor the column's sum is a total; the printed tax rules
  // out HT = TTC without it.
  auto f = Find({{0.05, 0.30, "Products"},
                 {0.60, 0.30, "Total (ex)"},
                 {0.80, 0.30, "Total (inc)"},
                 {0.05, 0.32, "2 x Waxed Canvas Tote Bag"},
                 {0.60, 0.32, "£48.00"},
                 {0.80, 0.32, "£57.60"},
                 {0.05, 0.34, "3 x Beeswax Food Wraps"},
                 {0.60, 0.34, "£47.00"},
                 {0.80, 0.34, "£56.40"},
                 {0.70, 0.38, "Sub-Total: £95.00"},
                 {0.70, 0.40, "Flat Rate (Best Way): £4.95"},
                 {0.70, 0.42, "UK VAT 20%: £19.99"},
                 {0.70, 0.44, "Total:£119.94"},
                 {0.05, 0.20, "Date Ordered: Tuesday 06 February, 2024"}});
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "119.94");
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "19.99");
  // The net with shipping is not printed: no HT rather than the sub-total.
  CHECK_FALSE(f.total_ht);
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2024-02-06");

  // OpenCart's French total, and "taux" inside it is no rate.
  auto g = Find({{0.10, 0.70, "Sous-Total"},
                 {0.70, 0.70, "71,00€"},
                 {0.10, 0.74, "TVA 20%"},
                 {0.70, 0.74, "15,58€"},
                 {0.10, 0.76, "Totaux"},
                 {0.70, 0.76, "93,48€"}});
  REQUIRE(g.total_ttc);
  CHECK(g.total_ttc->value.ToString() == "93.48");
}

TEST_CASE("A sub-total before shipping is not the net: the tax and the total still add up",
          "[extractors][totals]") {
  // OpenCart's German totals: sub-total, flat shipping, tax by rate, gross.
  auto f = Find({{0.10, 0.70, "Zwischensumme (netto)"},
                 {0.70, 0.70, "64,00€"},
                 {0.10, 0.72, "Versandpauschale"},
                 {0.70, 0.72, "5,00€"},
                 {0.10, 0.74, "MwSt. 19%"},
                 {0.70, 0.74, "7,60€"},
                 {0.10, 0.76, "MwSt. 7%"},
                 {0.70, 0.76, "2,03€"},
                 {0.10, 0.78, "Gesamtbetrag (brutto)"},
                 {0.70, 0.78, "78,63€"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "9.63");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "78.63");
  // 69,00 is never printed: no HT, so that the reviewer sees it missing.
  CHECK_FALSE(f.total_ht);
  // Without the shipping line the same sub-total is the net.
  auto g = Find({{0.10, 0.70, "Zwischensumme (netto)"},
                 {0.70, 0.70, "69,00€"},
                 {0.10, 0.74, "MwSt. 19%"},
                 {0.70, 0.74, "7,60€"},
                 {0.10, 0.76, "MwSt. 7%"},
                 {0.70, 0.76, "2,03€"},
                 {0.10, 0.78, "Gesamtbetrag (brutto)"},
                 {0.70, 0.78, "78,63€"}});
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "69.00");
}

TEST_CASE(
    "Round eleven: 'Invoice number:' over a date-shaped number, 'Rechn-Nr.', a place and "
    "date, '+ 345 EUR', 'Offener Betrag', a sub-total before percentages",
    "[extractors][labels][totals]") {
  // Saleor numbers invoices "17/05/2024" (the 17th of May 2024).
  auto f = Find({{0.60, 0.07, "Invoice number:"},
                 {0.60, 0.09, "17/05/2024"},
                 {0.60, 0.15, "Date:"},
                 {0.60, 0.17, "14 May 2024"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "17/05/2024");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2024-05-14");

  // OXID: "Rechn-Nr.: 8841" and the date after the shop's town.
  auto g = Find({{0.10, 0.32, "Bestellnr. 5182"},
                 {0.60, 0.32, "Graz, 03.06.2024"},
                 {0.10, 0.35, "Ihre Bestellung vom 31.05.2024"},
                 {0.60, 0.35, "Rechn-Nr.: 8841"},
                 {0.10, 0.58, "Zahlbar bis zum 17.06.2024"}});
  REQUIRE(g.invoice_number);
  CHECK(g.invoice_number->value == "8841");
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2024-06-03");

  // invoify: a tax added with its sign in front; Invoice Ninja: "Offener Betrag".
  auto h = Find({{0.50, 0.33, "Subtotal:"},
                 {0.70, 0.33, "1,500.00 EUR"},
                 {0.50, 0.36, "Tax:"},
                 {0.70, 0.36, "+ 345 EUR"},
                 {0.50, 0.39, "Offener Betrag"},
                 {0.70, 0.39, "1,845.00 EUR"}});
  REQUIRE(h.total_tva);
  CHECK(h.total_tva->value.ToString() == "345.00");
  REQUIRE(h.total_ttc);
  CHECK(h.total_ttc->value.ToString() == "1845.00");

  // A sub-total followed by a discount and a tax in percent: the total below is the one read.
  auto k = Find({{0.50, 0.42, "Subtotal:"},
                 {0.70, 0.42, "850.00 USD"},
                 {0.50, 0.45, "Discount:"},
                 {0.70, 0.45, "- 5%"},
                 {0.50, 0.48, "Tax:"},
                 {0.70, 0.48, "+ 15%"},
                 {0.50, 0.54, "Total:"},
                 {0.70, 0.54, "975.06 USD"}});
  REQUIRE(k.total_ttc);
  CHECK(k.total_ttc->value.ToString() == "975.06");
  CHECK_FALSE(k.total_ht);
}

TEST_CASE("Round twelve: 'V.A.T', what is left to pay after a payment", "[extractors][totals]") {
  // django-SHOP's English-in-German tax line.
  auto f = Find({{0.50, 0.38, "Zwischensumme"},
                 {0.75, 0.38, "€ 314,00"},
                 {0.50, 0.42, "zz. 19% V.A.T"},
                 {0.75, 0.42, "€ 59,66"},
                 {0.50, 0.46, "Gesamtsumme"},
                 {0.75, 0.46, "€ 373,66"}});
  REQUIRE(f.total_tva);
  CHECK(f.total_tva->value.ToString() == "59.66");
  REQUIRE(f.total_ht);
  CHECK(f.total_ht->value.ToString() == "314.00");

  // pdfkit-invoice: no tax, a payment, then the balance. The balance is not the total.
  auto g = Find({{0.50, 0.60, "Subtotal"},
                 {0.75, 0.60, "694.00"},
                 {0.50, 0.62, "Paid To Date"},
                 {0.75, 0.62, "200.00"},
                 {0.50, 0.64, "Balance Due"},
                 {0.75, 0.64, "494.00"}});
  CHECK_FALSE((g.total_ttc && g.total_ttc->value.ToString() == "494.00"));
  REQUIRE(g.total_ht);
  CHECK(g.total_ht->value.ToString() == "694.00");
  // With nothing paid, the balance is the invoice's total.
  auto h = Find({{0.50, 0.58, "Subtotal"},
                 {0.75, 0.58, "400.00"},
                 {0.50, 0.60, "VAT 20%"},
                 {0.75, 0.60, "80.00"},
                 {0.50, 0.62, "Paid To Date"},
                 {0.75, 0.62, "0.00"},
                 {0.50, 0.64, "Balance Due"},
                 {0.75, 0.64, "480.00"}});
  REQUIRE(h.total_ttc);
  CHECK(h.total_ttc->value.ToString() == "480.00");
}

TEST_CASE(
    "Round thirteen: a column of dates under 'Date', a payment labelled 'Paid', "
    "'Tax is exempted', '2 / 10 / 2026'",
    "[extractors][labels][totals]") {
  // dapper-invoice: the date under the title, then line items dated under a "Date" head.
  auto f = Find({{0.10, 0.09, "INVOICE #101"},
                 {0.10, 0.12, "April 12, 2015"},
                 {0.10, 0.51, "Date"},
                 {0.25, 0.51, "Description"},
                 {0.80, 0.51, "Amount"},
                 {0.10, 0.55, "2015/4/11"},
                 {0.25, 0.55, "Discussed requirements"},
                 {0.80, 0.55, "$100.00"},
                 {0.10, 0.57, "2015/4/11"},
                 {0.25, 0.57, "Wrote the invoice"},
                 {0.80, 0.57, "$62.50"},
                 {0.60, 0.64, "Total"},
                 {0.80, 0.64, "$187.50"},
                 {0.60, 0.66, "Paid"},
                 {0.80, 0.66, "$50.00"},
                 {0.60, 0.68, "Balance Due"},
                 {0.80, 0.68, "$137.50"}});
  REQUIRE(f.invoice_number);
  CHECK(f.invoice_number->value == "101");
  REQUIRE(f.invoice_date);
  CHECK(f.invoice_date->value.ToIso() == "2015-04-12");
  REQUIRE(f.total_ttc);
  CHECK(f.total_ttc->value.ToString() == "187.50");
  // A stack of labelled dates is no column: "Issue date" keeps its date.
  auto g = Find({{0.10, 0.57, "Issue date"},
                 {0.10, 0.60, "14.10.2025"},
                 {0.10, 0.62, "Time of supply"},
                 {0.10, 0.64, "10.10.2025"}});
  REQUIRE(g.invoice_date);
  CHECK(g.invoice_date->value.ToIso() == "2025-10-14");

  auto h =
      Find({{0.10, 0.41, "Tax is exempted"}, {0.50, 0.44, "Total"}, {0.70, 0.44, "$1,560.00"}});
  REQUIRE(h.total_ht);
  CHECK(h.total_ht->value.ToString() == "1560.00");
  REQUIRE(h.total_tva);
  CHECK(h.total_tva->value.ToString() == "0.00");

  auto k = Find({{0.60, 0.15, "Date: 2 / 10 / 2026"}});
  REQUIRE(k.invoice_date);
  CHECK(k.invoice_date->value.ToIso() == "2026-10-02");
}
