#!/usr/bin/python3
"""Compute the expected field values for the real-*.xml invoices in this folder.

Standard library only.  Elements are matched by their local name, so namespace
prefixes (rsm:, ram:, cbc:, cac:, ubl:, none at all ...) do not matter.

Writes MANIFEST.tsv next to this script with three tab-separated columns:

    file     the PDF produced by make_pdfs.sh (real-NNN.pdf)
    syntax   CII | ZUGFeRD 1.0 | UBL
    expected JSON object with the expected field values (keys omitted when the
             XML does not carry the element, see the README for the rules)

Usage:  /usr/bin/python3 expected.py            (writes MANIFEST.tsv)
        /usr/bin/python3 expected.py --print    (also prints it)
"""

import glob
import json
import os
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# element helpers (local names only)
# --------------------------------------------------------------------------
def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def kids(el, name):
    """Direct children of el whose local name is name."""
    if el is None:
        return []
    return [c for c in el if local(c.tag) == name]


def kid(el, name):
    k = kids(el, name)
    return k[0] if k else None


def path(el, *names):
    """Follow a chain of direct-child local names; first match at each step."""
    for n in names:
        el = kid(el, n)
        if el is None:
            return None
    return el


def text(el):
    if el is None or el.text is None:
        return None
    t = el.text.strip()
    return t if t != "" else None


# --------------------------------------------------------------------------
# value normalisation
# --------------------------------------------------------------------------
def amount(raw, credit_note):
    """Decimal string with exactly two decimals and a dot.

    Credit notes: made negative unless already negative.  A zero amount stays
    "0.00" (there is no negative zero)."""
    if raw is None:
        return None
    d = Decimal(raw.strip().replace(" ", ""))
    if credit_note and d > 0:
        d = -d
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if d == 0:
        d = Decimal("0.00")
    return "{:.2f}".format(d)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def siret_from(candidates):
    for raw in candidates:
        if raw is None:
            continue
        v = raw.replace(" ", "")
        if len(v) == 14 and v.isdigit() and luhn_ok(v):
            return v
    return None


def vat_fr(raw):
    if raw is None:
        return None
    v = raw.replace(" ", "").upper()
    return v if v.startswith("FR") else None


def iban(raw):
    if raw is None:
        return None
    return raw.replace(" ", "").upper()


def po(raw):
    if raw is None:
        return None
    v = raw.replace(" ", "").replace(".", "").replace("-", "").upper()
    return v if v else None


def date_102(raw):
    """CII DateTimeString format 102 (YYYYMMDD) -> YYYY-MM-DD."""
    if raw is None:
        return None
    r = raw.strip()
    if len(r) == 8 and r.isdigit():
        return "{}-{}-{}".format(r[0:4], r[4:6], r[6:8])
    return None


def date_ubl(raw):
    """UBL cbc:IssueDate is xsd:date; it may carry a zone (2016-04-04+01:00).
    The calendar date is the first 10 characters."""
    if raw is None:
        return None
    return raw.strip()[:10]


# --------------------------------------------------------------------------
# CII (CrossIndustryInvoice, D16B) and ZUGFeRD 1.0 (CrossIndustryDocument)
# --------------------------------------------------------------------------
def tax_registration(party):
    """Seller VAT id: the SpecifiedTaxRegistration/ID with schemeID VA,
    else the first one without a schemeID."""
    regs = [kid(r, "ID") for r in kids(party, "SpecifiedTaxRegistration")]
    regs = [r for r in regs if r is not None]
    for r in regs:
        if (r.get("schemeID") or "").upper() == "VA":
            return text(r)
    for r in regs:
        if r.get("schemeID") is None:
            return text(r)
    return None


def cii_like(root, zf1):
    out = {}
    if zf1:
        doc = kid(root, "HeaderExchangedDocument")
        tx = kid(root, "SpecifiedSupplyChainTradeTransaction")
        agreement = kid(tx, "ApplicableSupplyChainTradeAgreement")
        settlement = kid(tx, "ApplicableSupplyChainTradeSettlement")
        summation = kid(settlement, "SpecifiedTradeSettlementMonetarySummation")
        po_raw = text(path(agreement, "BuyerOrderReferencedDocument", "ID"))
    else:
        doc = kid(root, "ExchangedDocument")
        tx = kid(root, "SupplyChainTradeTransaction")
        agreement = kid(tx, "ApplicableHeaderTradeAgreement")
        settlement = kid(tx, "ApplicableHeaderTradeSettlement")
        summation = kid(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
        po_raw = text(path(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID"))

    credit = text(kid(doc, "TypeCode")) == "381"
    out["invoice_number"] = text(kid(doc, "ID"))
    out["invoice_date"] = date_102(text(path(doc, "IssueDateTime", "DateTimeString")))
    out["document_type"] = "credit_note" if credit else "invoice"
    out["total_ht"] = amount(text(kid(summation, "TaxBasisTotalAmount")), credit)
    out["total_tva"] = amount(text(kid(summation, "TaxTotalAmount")), credit)  # first one
    out["total_ttc"] = amount(text(kid(summation, "GrandTotalAmount")), credit)

    seller = kid(agreement, "SellerTradeParty")
    cands = [text(path(seller, "SpecifiedLegalOrganization", "ID"))]
    cands += [text(g) for g in kids(seller, "GlobalID")]
    out["siret"] = siret_from(cands)
    out["vat_number"] = vat_fr(tax_registration(seller))

    iban_raw = None
    for pm in kids(settlement, "SpecifiedTradeSettlementPaymentMeans"):
        v = text(path(pm, "PayeePartyCreditorFinancialAccount", "IBANID"))
        if v is not None:
            iban_raw = v
            break
    out["iban"] = iban(iban_raw)
    out["purchase_order"] = po(po_raw)
    return out


# --------------------------------------------------------------------------
# UBL Invoice / CreditNote
# --------------------------------------------------------------------------
def ubl(root):
    out = {}
    credit = local(root.tag) == "CreditNote" or text(kid(root, "InvoiceTypeCode")) == "381"
    out["invoice_number"] = text(kid(root, "ID"))
    out["invoice_date"] = date_ubl(text(kid(root, "IssueDate")))
    out["document_type"] = "credit_note" if credit else "invoice"
    lmt = kid(root, "LegalMonetaryTotal")
    out["total_ht"] = amount(text(kid(lmt, "TaxExclusiveAmount")), credit)
    out["total_tva"] = amount(text(path(root, "TaxTotal", "TaxAmount")), credit)
    out["total_ttc"] = amount(text(kid(lmt, "TaxInclusiveAmount")), credit)

    party = path(root, "AccountingSupplierParty", "Party")
    cands = [text(kid(le, "CompanyID")) for le in kids(party, "PartyLegalEntity")]
    cands += [text(kid(pi, "ID")) for pi in kids(party, "PartyIdentification")]
    out["siret"] = siret_from(cands)

    vat_raw = None
    schemes = kids(party, "PartyTaxScheme")
    for ts in schemes:  # prefer the one whose TaxScheme/ID is VAT
        if (text(path(ts, "TaxScheme", "ID")) or "").upper() == "VAT":
            vat_raw = text(kid(ts, "CompanyID"))
            break
    if vat_raw is None and schemes:
        vat_raw = text(kid(schemes[0], "CompanyID"))
    out["vat_number"] = vat_fr(vat_raw)

    iban_raw = None
    for pm in kids(root, "PaymentMeans"):
        v = text(path(pm, "PayeeFinancialAccount", "ID"))
        if v is not None:
            iban_raw = v
            break
    out["iban"] = iban(iban_raw)
    out["purchase_order"] = po(text(path(root, "OrderReference", "ID")))
    return out


def expected_for(xml_path):
    root = ET.parse(xml_path).getroot()
    name = local(root.tag)
    if name == "CrossIndustryInvoice":
        syntax, vals = "CII", cii_like(root, zf1=False)
    elif name == "CrossIndustryDocument":
        syntax, vals = "ZUGFeRD 1.0", cii_like(root, zf1=True)
    elif name in ("Invoice", "CreditNote"):
        syntax, vals = "UBL", ubl(root)
    else:
        raise SystemExit("unknown root element {} in {}".format(name, xml_path))
    return syntax, {k: v for k, v in vals.items() if v is not None}


def main():
    rows = ["file\tsyntax\texpected"]
    for x in sorted(glob.glob(os.path.join(HERE, "real-*.xml"))):
        syntax, vals = expected_for(x)
        pdf = os.path.splitext(os.path.basename(x))[0] + ".pdf"
        rows.append("{}\t{}\t{}".format(pdf, syntax,
                                        json.dumps(vals, sort_keys=True, ensure_ascii=False)))
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    if "--print" in sys.argv:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
