#!/usr/bin/env python3
"""Factur-X / ZUGFeRD / UBL test PDFs: sample invoices (samples/invoices) with their own invoice
as embedded XML, in three syntaxes, and some carrying ANOTHER invoice's XML (the fraud signal
verifact must catch). Writes the PDFs and MANIFEST.tsv (file, syntax, xml_of, expected values of
the XML, mismatch expected yes/no) into OUT_DIR (default: here). Needs qpdf. Deterministic.
Usage: make_facturx.py [OUT_DIR]"""
import json
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
INVOICES = os.path.join(ROOT, "samples", "invoices")
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE


def truth(name):
    with open(os.path.join(INVOICES, name + ".truth.json")) as f:
        t = json.load(f)
    return t.get("fields", t)


def unsigned(amount, credit):
    """XML carries a credit note's amounts positive; the type code says it is a credit."""
    return amount[1:] if credit and amount.startswith("-") else amount


def cii(t, zugferd1=False):
    credit = t["document_type"] == "credit_note"
    e = lambda v: escape(v or "")
    date = t["invoice_date"].replace("-", "")
    seller_ids = ""
    if t.get("siret"):
        seller_ids += ('<ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID>'
                       "</ram:SpecifiedLegalOrganization>" % t["siret"])
    if t.get("vat_number"):
        seller_ids += ('<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID>'
                       "</ram:SpecifiedTaxRegistration>" % t["vat_number"])
    order = ("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>%s</ram:IssuerAssignedID>"
             "</ram:BuyerOrderReferencedDocument>" % e(t["purchase_order"])) if t.get("purchase_order") else ""
    iban = ('<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>'
            "<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID>"
            "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
            % t["iban"]) if t.get("iban") else ""
    ht, tva, ttc = (unsigned(t[k], credit) for k in ("total_ht", "total_tva", "total_ttc"))
    if zugferd1:
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:SpecifiedExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:comfort</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
 <rsm:HeaderExchangedDocument><ram:ID>{e(t["invoice_number"])}</ram:ID>
  <ram:TypeCode>{"381" if credit else "380"}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{date}</udt:DateTimeString></ram:IssueDateTime>
 </rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Vendeur</ram:Name>{seller_ids}</ram:SellerTradeParty>{order}</ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>{iban}
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:TaxBasisTotalAmount currencyID="EUR">{ht}</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">{tva}</ram:TaxTotalAmount>
    <ram:GrandTotalAmount currencyID="EUR">{ttc}</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>{e(t["invoice_number"])}</ram:ID>
  <ram:TypeCode>{"381" if credit else "380"}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{date}</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Vendeur</ram:Name>{seller_ids}</ram:SellerTradeParty>{order}</ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>{iban}
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>{ht}</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>{ht}</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">{tva}</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>{ttc}</ram:GrandTotalAmount>
    <ram:DuePayableAmount>{ttc}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def ubl(t):
    credit = t["document_type"] == "credit_note"
    root = "CreditNote" if credit else "Invoice"
    ns = ("urn:oasis:names:specification:ubl:schema:xsd:%s-2" % root)
    e = lambda v: escape(v or "")
    ht, tva, ttc = (unsigned(t[k], credit) for k in ("total_ht", "total_tva", "total_ttc"))
    legal = ('<cac:PartyLegalEntity><cbc:RegistrationName>Vendeur</cbc:RegistrationName>'
             '<cbc:CompanyID schemeID="0009">%s</cbc:CompanyID></cac:PartyLegalEntity>' % t["siret"]) if t.get("siret") else ""
    tax = ('<cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID>'
           "</cac:TaxScheme></cac:PartyTaxScheme>" % t["vat_number"]) if t.get("vat_number") else ""
    order = "<cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>" % e(t["purchase_order"]) if t.get("purchase_order") else ""
    pay = ("<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount>"
           "<cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>" % t["iban"]) if t.get("iban") else ""
    type_code = "" if credit else "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="{ns}" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
 <cbc:ID>{e(t["invoice_number"])}</cbc:ID>
 <cbc:IssueDate>{t["invoice_date"]}</cbc:IssueDate>{type_code}
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>{order}
 <cac:AccountingSupplierParty><cac:Party>{tax}{legal}</cac:Party></cac:AccountingSupplierParty>{pay}
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">{tva}</cbc:TaxAmount></cac:TaxTotal>
 <cac:LegalMonetaryTotal>
  <cbc:TaxExclusiveAmount currencyID="EUR">{ht}</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">{ttc}</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">{ttc}</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
</{root}>
"""


CASES = [  # (pdf from samples, xml of which invoice, syntax, attachment name)
    ("inv-003", "inv-003", "CII", "factur-x.xml"),
    ("inv-010", "inv-010", "CII", "factur-x.xml"),
    ("inv-022", "inv-022", "CII", "factur-x.xml"),       # a credit note
    ("inv-031", "inv-031", "ZUGFeRD 1.0", "ZUGFeRD-invoice.xml"),
    ("inv-047", "inv-047", "UBL", "xrechnung.xml"),
    ("inv-035", "inv-035", "UBL", "invoice.xml"),         # a credit note in UBL
    ("inv-048", "inv-019", "CII", "factur-x.xml"),       # another invoice's XML
    ("inv-011", "inv-014", "UBL", "xrechnung.xml"),      # another invoice's XML
]
# ... and inv-060 with its CII attached to the page only (see the end of the script).

with open(os.path.join(OUT, "MANIFEST.tsv"), "w") as manifest, tempfile.TemporaryDirectory() as tmp:
    manifest.write("file\tsyntax\txml_of\tmismatch_expected\txml_values\n")
    for pdf, xml_of, syntax, attachment in CASES:
        t = truth(xml_of)
        xml = ubl(t) if syntax == "UBL" else cii(t, zugferd1=syntax == "ZUGFeRD 1.0")
        xml_path = os.path.join(tmp, attachment)
        with open(xml_path, "w") as f:
            f.write(xml)
        name = "%s-%s-%s.pdf" % (pdf, syntax.split()[0].lower(), "own" if pdf == xml_of else "other")
        subprocess.run(["qpdf", "--deterministic-id", os.path.join(INVOICES, pdf + ".pdf"),
                        "--add-attachment", xml_path, "--key=" + attachment,
                        "--mimetype=text/xml", "--", os.path.join(OUT, name)], check=True)
        values = {k: t.get(k) for k in ("invoice_number", "invoice_date", "total_ht", "total_tva",
                                          "total_ttc", "siret", "vat_number", "iban",
                                          "purchase_order", "document_type")}
        manifest.write("%s\t%s\t%s\t%s\t%s\n" % (name, syntax, xml_of,
                                                  "no" if pdf == xml_of else "yes",
                                                  json.dumps(values, sort_keys=True)))
    # A page-level FileAttachment annotation only (no EmbeddedFiles name tree, no /AF), as some
    # older producers attach their XML.
    sys.path.insert(0, os.path.join(ROOT, "tests", "data", "signatures", "ours"))
    from make_redirect_fixtures import first_page, last_definition, last_trailer, update
    t = truth("inv-060")
    xml = cii(t).encode()
    src = open(os.path.join(INVOICES, "inv-060.pdf"), "rb").read()
    _, size, _, _ = last_trailer(src)
    page = first_page(src)
    page_dict = last_definition(src, page)
    annot, spec, data = size, size + 1, size + 2
    if b"/Annots" in page_dict:
        raise SystemExit("inv-060 already has annotations")
    objects = {
        data: b"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length %d >>\nstream\n" % len(xml)
              + xml + b"\nendstream",
        spec: b"<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F %d 0 R >> >>" % data,
        annot: b"<< /Type /Annot /Subtype /FileAttachment /Rect [10 10 30 30] /FS %d 0 R "
               b"/Contents (factur-x.xml) >>" % spec,
        page: page_dict[:-2] + b" /Annots [%d 0 R] >>" % annot,
    }
    name = "inv-060-cii-page-attachment.pdf"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(update(src, objects))
    values = {k: t.get(k) for k in ("invoice_number", "invoice_date", "total_ht", "total_tva",
                                      "total_ttc", "siret", "vat_number", "iban",
                                      "purchase_order", "document_type")}
    manifest.write("%s\t%s\t%s\t%s\t%s\n" % (name, "CII", "inv-060", "no",
                                              json.dumps(values, sort_keys=True)))
print("made", len(CASES) + 1)
