#!/usr/bin/env python3
"""Builds the sample batch verifact's Quick start checks: deposits for each funder, their pro
formas and registers, clean and faulty cases, with what each must give (expected.tsv).

It reads the approved sample invoices (../invoices, their *.truth.json), copies or signs the
files that need a name or a signature of their own into uploads/, and plants one fault per
faulty deposit. Needs python3, openssl, libnss3-tools and poppler-utils (pdfsig) for the
SIGMA advance invoices, which must be signed. Deterministic except for the signatures (new key
each run). Usage: make_batch.py [OUT_DIR] (default: this folder)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
INVOICES = os.path.join(HERE, "..", "invoices")
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SIGNATURES = os.path.join(ROOT, "tests", "data", "signatures", "ours")


def truth(name):
    with open(os.path.join(INVOICES, name + ".truth.json")) as f:
        t = json.load(f)
    return t.get("fields", t)


def rel(path):
    return os.path.relpath(path, OUT)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


os.makedirs(os.path.join(OUT, "uploads"), exist_ok=True)
os.makedirs(os.path.join(OUT, "registry"), exist_ok=True)


sys.path.insert(0, SIGNATURES)
from make_redirect_fixtures import last_definition, last_trailer, update  # noqa: E402


def with_form_font(src, dst):
    """src plus an update giving it an empty /AcroForm whose /DR holds a non-embedded Helvetica
    named as Poppler 22.12 looks for: pdfsig then reuses it for the signature's appearance
    instead of embedding a whole system font (800 KB a file otherwise)."""
    from reportlab.pdfbase.pdfmetrics import getFont
    data = open(src, "rb").read()
    _, size, root, _ = last_trailer(data)
    widths = b" ".join(b"%d" % w for w in getFont("Helvetica").widths[32:256])
    font, desc, form = size, size + 1, size + 2
    objects = {
        font: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica#20 /Encoding /WinAnsiEncoding "
              b"/FirstChar 32 /LastChar 255 /Widths [%s] /FontDescriptor %d 0 R >>" % (widths, desc),
        desc: b"<< /Type /FontDescriptor /FontName /Helvetica#20 /Flags 32 "
              b"/FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 "
              b"/CapHeight 718 /StemV 88 >>",
        form: b"<< /Fields [] /DR << /Font << /popplerfontHelv %d 0 R >> >> "
              b"/DA (/popplerfontHelv 0 Tf 0 g) >>" % font,
        root: last_definition(data, root)[:-2] + b" /AcroForm %d 0 R >>" % form,
    }
    open(dst, "wb").write(update(data, objects))


def sign(src, dst, tmp):
    """Signs src into dst with a throw-away test certificate (an invisible PAdES panel)."""
    prepared = os.path.join(tmp, "prepared.pdf")
    with_form_font(src, prepared)
    src = prepared
    if not os.path.exists(os.path.join(tmp, "db")):
        run = lambda *a: subprocess.run(a, cwd=tmp, check=True, capture_output=True)
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "k.pem",
            "-out", "c.pem", "-days", "3650", "-subj", "/CN=Organisme de formation exemple")
        run("openssl", "pkcs12", "-export", "-inkey", "k.pem", "-in", "c.pem", "-name", "of",
            "-out", "of.p12", "-passout", "pass:x")
        os.makedirs(os.path.join(tmp, "db"))
        run("certutil", "-N", "-d", "sql:db", "--empty-password")
        run("pk12util", "-i", "of.p12", "-d", "sql:db", "-W", "x")
    if os.path.exists(dst):
        os.remove(dst)
    subprocess.run(["pdfsig", "-nssdir", "sql:" + os.path.join(tmp, "db"), "-add-signature",
                    "-nick", "of", "-reason", "Facture d'avance", src, dst],
                   check=True, capture_output=True)


deposits, proformas, expected = [], [], []
dossier_funder = {}   # dossier -> funder, for dossiers.csv
sirets = {}           # siret -> state, for sirene.csv


def deposit(did, path, funder, at, expect, **extra):
    d = {"id": did, "file": rel(path), "funder": funder, "deposited_at": at}
    d.update(extra)
    deposits.append(d)
    expected.append((did, expect))


def proforma(inv, number, total=None, dossiers=None, siret=None):
    t = truth(inv)
    proformas.append({"number": number, "funder": "opco-ep", "type": "pedagogie",
                      "siret": siret or t["siret"], "total": total or t["total_ttc"],
                      "dossiers": dossiers if dossiers is not None else t["dossiers"],
                      "created_at": "2020-01-01", "status": "awaiting_invoice"})


def known(inv, funder, state="A"):
    t = truth(inv)
    for d in t.get("dossiers") or []:
        dossier_funder[d] = funder
    if t.get("siret"):
        sirets[t["siret"]] = state


inv = lambda name: os.path.join(INVOICES, name + ".pdf")

# --- OPCO EP: pro formas, to the cent -------------------------------------------------------
for name in ["inv-010", "inv-011"]:
    proforma(name, truth(name)["proforma_number"])
    known(name, "opco-ep")
    deposit("EP-%s" % name[-3:], inv(name), "opco-ep", "2025-12-20", "clean",
            proforma_number=truth(name)["proforma_number"])
proforma("inv-019", "PRO-09015499", total="1261.20")
known("inv-019", "opco-ep")
deposit("EP-019", inv("inv-019"), "opco-ep", "2025-12-20", "PROFORMA_AMOUNT_MISMATCH",
        proforma_number="PRO-09015499")
t = truth("inv-031")
proforma("inv-031", t["proforma_number"], dossiers=t["dossiers"] + ["2404PA999991"])
known("inv-031", "opco-ep")
deposit("EP-031", inv("inv-031"), "opco-ep", "2025-12-20", "PROFORMA_DOSSIERS_MISMATCH",
        proforma_number=t["proforma_number"])
proforma("inv-047", truth("inv-047")["proforma_number"], siret="73282932000074")
known("inv-047", "opco-ep")
deposit("EP-047", inv("inv-047"), "opco-ep", "2025-12-20", "SIRET_MISMATCH",
        proforma_number=truth("inv-047")["proforma_number"])
proforma("inv-048", truth("inv-048")["proforma_number"], total="-2268.00")
known("inv-048", "opco-ep")
deposit("EP-048", inv("inv-048"), "opco-ep", "2025-12-20", "CREDIT_NOTE_EXPECTED",
        proforma_number=truth("inv-048")["proforma_number"])
proforma("inv-041", truth("inv-041")["proforma_number"], total="5769.60")
known("inv-041", "opco-ep")
deposit("EP-041", inv("inv-041"), "opco-ep", "2025-12-20", "INVOICE_EXPECTED",
        proforma_number=truth("inv-041")["proforma_number"])
proforma("inv-024", truth("inv-024")["proforma_number"])
known("inv-024", "opco-ep")
deposit("EP-024", inv("inv-024"), "opco-ep", "2025-12-20", "BANK_DETAILS_MISSING",
        proforma_number=truth("inv-024")["proforma_number"])
deposit("EP-010-BIS", inv("inv-010"), "opco-ep", "2025-12-21", "DUPLICATE_INVOICE",
        proforma_number=truth("inv-010")["proforma_number"])
known("inv-012", "opco-ep")
deposit("EP-012", inv("inv-012"), "opco-ep", "2025-12-20", "PROFORMA_UNKNOWN",
        proforma_number="PRO-09999999")
proforma("inv-008", "PRO-05555555")
known("inv-008", "opco-ep")
deposit("EP-008", inv("inv-008"), "opco-ep", "2025-12-20", "PROFORMA_REFERENCE_MISSING",
        proforma_number="PRO-05555555")
long_name = os.path.join(OUT, "uploads", "facture-apprentissage-cfa-exemple-contrat-2021-dossier-complet.pdf")
shutil.copyfile(inv("inv-052"), long_name)
proforma("inv-052", truth("inv-052")["proforma_number"])
known("inv-052", "opco-ep")
deposit("EP-052", long_name, "opco-ep", "2025-12-20", "FILE_NAME_TOO_LONG",
        proforma_number=truth("inv-052")["proforma_number"])

# --- AKTO: checks A-F of the pre-fill ---------------------------------------------------------
for name in ["inv-018", "inv-050"]:
    known(name, "akto")
    deposit("AK-%s" % name[-3:], inv(name), "akto", "2025-12-20", "clean")
known("inv-055", "akto")
t = truth("inv-055")
deposit("AK-055", inv("inv-055"), "akto", "2025-12-20", "DECLARED_VALUE_MISMATCH",
        declared={"invoice_number": t["invoice_number"], "total_ht": t["total_ht"],
                  "total_ttc": "795.00"})
known("inv-058", "akto")
del dossier_funder[truth("inv-058")["dossiers"][1]]
deposit("AK-058", inv("inv-058"), "akto", "2025-12-20", "DOSSIER_UNKNOWN")
known("inv-004", "akto")
deposit("AK-004", inv("inv-004"), "akto", "2025-12-20", "DOSSIER_MISSING")
known("inv-059", "akto")
del sirets[truth("inv-059")["siret"]]
deposit("AK-059", inv("inv-059"), "akto", "2025-12-20", "SIRET_UNKNOWN")
known("inv-020", "akto", state="F")
deposit("AK-020", inv("inv-020"), "akto", "2025-12-20", "SIRET_CLOSED")
known("inv-056", "akto")
deposit("AK-056", inv("inv-056"), "akto", "2025-05-01", "INVOICE_DATE_AFTER_DEPOSIT")

# --- SIGMA: signed advance invoices named <BDC>_<ORGANISME>_AVANCE.pdf ------------------------
with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(OUT, "uploads", "22C07483819_4_GR237_AVANCE.pdf")
    sign(inv("inv-049"), good, tmp)
    known("inv-049", "sigma")
    deposit("SG-049", good, "sigma", "2025-12-20", "clean", purchase_order="22C07483819_4")
    misnamed = os.path.join(OUT, "uploads", "facture avance mars.pdf")
    sign(inv("inv-060"), misnamed, tmp)
    known("inv-060", "sigma")
    deposit("SG-060", misnamed, "sigma", "2025-12-20", "FILE_NAME_NOT_CONFORMING",
            purchase_order="23C03815366_1")
unsigned = os.path.join(OUT, "uploads", "25C04995297_4_GR237_AVANCE.pdf")
shutil.copyfile(inv("inv-016"), unsigned)
known("inv-016", "sigma")
deposit("SG-016", unsigned, "sigma", "2025-12-20", "SIGNATURE_MISSING",
        purchase_order="25C04995297_4")
pasted = os.path.join(OUT, "uploads", "24C00000001_1_GR237_AVANCE.pdf")
shutil.copyfile(os.path.join(SIGNATURES, "pasted-handwritten.pdf"), pasted)
deposit("SG-PASTED", pasted, "sigma", "2025-12-20", "SIGNATURE_IMAGE_NOT_PANEL",
        purchase_order="24C00000001_1")
edited = os.path.join(OUT, "uploads", "24C00000002_1_GR237_AVANCE.pdf")
shutil.copyfile(os.path.join(SIGNATURES, "signed-overlay-update.pdf"), edited)
deposit("SG-EDITED", edited, "sigma", "2025-12-20", "SIGNATURE_INVALID",
        purchase_order="24C00000002_1")
picture = os.path.join(ROOT, "samples", "scans", "scan-005.png")
deposit("SG-PNG", picture, "sigma", "2025-12-20", "FILE_FORMAT_NOT_ALLOWED",
        purchase_order="23C09148665_4")

# --- Chorus Pro -----------------------------------------------------------------------------
for name in ["inv-014", "inv-017"]:
    known(name, "chorus")
    deposit("CH-%s" % name[-3:], inv(name), "chorus", "2025-12-20", "clean")
locked = os.path.join(OUT, "uploads", "facture-protegee.pdf")
shutil.copyfile(os.path.join(ROOT, "tests", "data", "fixtures", "encrypted.pdf"), locked)
deposit("CH-LOCKED", locked, "chorus", "2025-12-20", "FILE_UNREADABLE")

# A manifest line for a funder verifact has no profile for: still one result, never skipped.
deposit("XX-001", inv("inv-014"), "opco-inconnu", "2025-12-20", "error:FUNDER_UNKNOWN")

with open(os.path.join(OUT, "deposits.jsonl"), "w") as f:
    for d in deposits:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "proformas.jsonl"), "w") as f:
    for p in proformas:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "registry", "dossiers.csv"), "w") as f:
    f.write("dossier,funder,siret\n")
    for d, funder in sorted(dossier_funder.items()):
        f.write("%s,%s,\n" % (d, funder))
with open(os.path.join(OUT, "registry", "sirene.csv"), "w") as f:
    f.write("siren,nic,siret,etatAdministratifEtablissement\n")
    for s, state in sorted(sirets.items()):
        assert luhn_ok(s) or s.startswith("356000000"), s
        f.write("%s,%s,%s,%s\n" % (s[:9], s[9:], s, state))
with open(os.path.join(OUT, "expected.tsv"), "w") as f:
    f.write("deposit_id\texpected\n")
    for did, e in expected:
        f.write("%s\t%s\n" % (did, e))
print("%d deposits, %d pro formas" % (len(deposits), len(proformas)))
