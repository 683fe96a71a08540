#include "extractors/structured_invoice.h"

#include <pugixml.hpp>

#include <cstring>
#include <initializer_list>

#include "models/identifiers.h"

namespace verifact {
namespace {

// The element's name without its namespace prefix: documents use any prefix they like.
std::string_view Local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && Local(c) == local) return c;
  }
  return {};
}

// Follows a path of local names from `n`; an empty node when any step is missing.
pugi::xml_node Path(pugi::xml_node n, std::initializer_list<std::string_view> steps) {
  for (std::string_view s : steps) {
    if (!n) break;
    n = Child(n, s);
  }
  return n;
}

std::string Text(const pugi::xml_node& n) {
  std::string t = n ? n.text().as_string() : "";
  const size_t b = t.find_first_not_of(" \t\r\n");
  const size_t e = t.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
}

template <typename T>
Field<T> XmlField(T value) {
  Field<T> f;
  f.value = std::move(value);
  f.confidence = 1.0;
  f.page = 0;
  f.source = Source::kFacturX;
  return f;
}

void SetString(std::optional<Field<std::string>>& field, const std::string& value) {
  if (!value.empty()) field = XmlField(value);
}

void SetMoney(std::optional<Field<Money>>& field, const std::string& value, bool negate) {
  auto m = Money::ParseCanonical(value);
  if (m) field = XmlField(negate && !m->negative() ? -*m : *m);
}

void SetDate(std::optional<Field<Date>>& field, const std::string& value) {
  std::optional<Date> d;
  if (value.size() == 8 && value.find_first_not_of("0123456789") == std::string::npos) {
    d = Date::FromYmd(std::stoi(value.substr(0, 4)), std::stoi(value.substr(4, 2)),
                      std::stoi(value.substr(6, 2)));
  } else {
    d = Date::ParseIso(value.substr(0, 10));
  }
  if (d) field = XmlField(*d);
}

// The seller's identifiers, wherever the syntax puts them: SIRET from a 14-digit ID of scheme
// 0009 (or any valid 14-digit legal ID), VAT from a tax registration of scheme VA / VAT.
void SellerIds(const pugi::xml_node& party, StructuredInvoice* s, int depth = 0) {
  if (depth > 3) return;  // UBL nests one Party; an upload may nest thousands
  InvoiceFields* f = &s->fields;
  for (pugi::xml_node c : party.children()) {
    const std::string_view name = Local(c);
    if (name == "GlobalID" || name == "SpecifiedLegalOrganization" || name == "ID" ||
        name == "PartyLegalEntity" || name == "PartyIdentification") {
      pugi::xml_node id = name == "GlobalID" || name == "ID" ? c : Child(c, "ID");
      if (!id) id = Child(c, "CompanyID");
      const std::string value = CompactIdentifier(Text(id));
      if (!f->siret && value.size() == 14 && IsValidSiret(value)) f->siret = XmlField(value);
      if (s->seller_siren.empty() && value.size() == 9 && IsValidSiren(value)) {
        s->seller_siren = value;
      }
    }
    if (name == "SpecifiedTaxRegistration" || name == "PartyTaxScheme") {
      pugi::xml_node id = Child(c, "ID");
      if (!id) id = Child(c, "CompanyID");
      const std::string value = CompactIdentifier(Text(id));
      if (!f->vat_number && value.size() > 4 && value.rfind("FR", 0) == 0) {
        f->vat_number = XmlField(value);
      }
    }
    if (name == "Party") SellerIds(c, s, depth + 1);  // UBL nests the party one level down
  }
}

StructuredInvoice ReadCii(const pugi::xml_node& root, bool zugferd1) {
  StructuredInvoice s;
  s.syntax = zugferd1 ? "ZUGFeRD 1.0" : "CII";
  InvoiceFields& f = s.fields;
  const pugi::xml_node doc = Child(root, zugferd1 ? "HeaderExchangedDocument" : "ExchangedDocument");
  s.profile = Text(Path(root, {zugferd1 ? "SpecifiedExchangedDocumentContext"
                                        : "ExchangedDocumentContext",
                               "GuidelineSpecifiedDocumentContextParameter", "ID"}));
  const std::string type = Text(Child(doc, "TypeCode"));
  const bool credit = type == "381";
  f.document_type = XmlField(credit ? DocumentType::kCreditNote : DocumentType::kInvoice);
  SetString(f.invoice_number, Text(Child(doc, "ID")));
  SetDate(f.invoice_date, Text(Path(doc, {"IssueDateTime", "DateTimeString"})));
  const pugi::xml_node trade =
      Child(root, zugferd1 ? "SpecifiedSupplyChainTradeTransaction" : "SupplyChainTradeTransaction");
  const pugi::xml_node agreement =
      Child(trade, zugferd1 ? "ApplicableSupplyChainTradeAgreement" : "ApplicableHeaderTradeAgreement");
  const pugi::xml_node settlement = Child(
      trade, zugferd1 ? "ApplicableSupplyChainTradeSettlement" : "ApplicableHeaderTradeSettlement");
  const pugi::xml_node sums = Child(settlement, zugferd1 ? "SpecifiedTradeSettlementMonetarySummation"
                                                         : "SpecifiedTradeSettlementHeaderMonetarySummation");
  SetMoney(f.total_ht, Text(Child(sums, "TaxBasisTotalAmount")), credit);
  // The VAT total may be given twice (invoice and accounting currencies): the first is the
  // invoice's.
  SetMoney(f.total_tva, Text(Child(sums, "TaxTotalAmount")), credit);
  SetMoney(f.total_ttc, Text(Child(sums, "GrandTotalAmount")), credit);
  SellerIds(Child(agreement, "SellerTradeParty"), &s);
  if (f.siret) s.seller_siren = f.siret->value.substr(0, 9);
  SetString(f.purchase_order,
            CompactReference(Text(Path(agreement, {"BuyerOrderReferencedDocument",
                                                   "IssuerAssignedID"}))));
  for (pugi::xml_node means : settlement.children()) {
    if (Local(means) != "SpecifiedTradeSettlementPaymentMeans") continue;
    const std::string iban =
        CompactIdentifier(Text(Path(means, {"PayeePartyCreditorFinancialAccount", "IBANID"})));
    if (!iban.empty() && !f.iban) f.iban = XmlField(iban);
  }
  return s;
}

StructuredInvoice ReadUbl(const pugi::xml_node& root) {
  StructuredInvoice s;
  s.syntax = "UBL";
  InvoiceFields& f = s.fields;
  s.profile = Text(Child(root, "CustomizationID"));
  const bool credit = Local(root) == "CreditNote" || Text(Child(root, "InvoiceTypeCode")) == "381";
  f.document_type = XmlField(credit ? DocumentType::kCreditNote : DocumentType::kInvoice);
  SetString(f.invoice_number, Text(Child(root, "ID")));
  SetDate(f.invoice_date, Text(Child(root, "IssueDate")));
  const pugi::xml_node sums = Child(root, "LegalMonetaryTotal");
  SetMoney(f.total_ht, Text(Child(sums, "TaxExclusiveAmount")), credit);
  SetMoney(f.total_tva, Text(Path(root, {"TaxTotal", "TaxAmount"})), credit);
  SetMoney(f.total_ttc, Text(Child(sums, "TaxInclusiveAmount")), credit);
  SellerIds(Child(root, "AccountingSupplierParty"), &s);
  if (f.siret) s.seller_siren = f.siret->value.substr(0, 9);
  SetString(f.purchase_order, CompactReference(Text(Path(root, {"OrderReference", "ID"}))));
  const std::string iban =
      CompactIdentifier(Text(Path(root, {"PaymentMeans", "PayeeFinancialAccount", "ID"})));
  if (!iban.empty()) f.iban = XmlField(iban);
  return s;
}

}  // namespace

Result<StructuredInvoice> ReadStructuredInvoice(std::string_view xml) {
  pugi::xml_document doc;
  // No entity expansion beyond XML's own five, no DTD: an upload cannot make the parser fetch
  // or blow up anything.
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default & ~pugi::parse_doctype);
  if (!parsed) return Error{"NOT_AN_INVOICE", std::string("not XML: ") + parsed.description()};
  const pugi::xml_node root = doc.document_element();
  const std::string_view name = Local(root);
  if (name == "CrossIndustryInvoice") return ReadCii(root, false);
  if (name == "CrossIndustryDocument") return ReadCii(root, true);
  if (name == "Invoice" || name == "CreditNote") return ReadUbl(root);
  return Error{"NOT_AN_INVOICE", "XML whose root is " + std::string(name)};
}

}  // namespace verifact
