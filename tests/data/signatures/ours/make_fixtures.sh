#!/usr/bin/env bash
# make_fixtures.sh -- regenerate the home-made signed / look-alike invoice PDFs
# in this folder (see README.md and MANIFEST.tsv).
#
#   bash make_fixtures.sh [OUTPUT_DIR]     (default: the folder of this script)
#
# Needs (Debian 12 packages): openssl, libnss3-tools, poppler-utils (22.12),
# qpdf, tesseract-ocr + tesseract-ocr-fra, python3-reportlab, python3-pil,
# g++, pkg-config, libpoppler-private-dev.
#
# Everything is built in a temporary directory; only the PDFs and the trusted
# root certificate (trusted/test-root.pem) are written to OUTPUT_DIR. Keys and
# NSS databases are thrown away. The invoice itself is deterministic
# (reportlab invariant mode); certificates, keys and signing times are not, so
# every run gives new hashes for the signed files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE}"
mkdir -p "$OUT/trusted"
OUT="$(cd "$OUT" && pwd)"
PY=/usr/bin/python3          # Debian's python3 (has reportlab + PIL)

for tool in openssl certutil pk12util pdfsig pdftocairo pdftoppm pdftotext qpdf tesseract g++ pkg-config "$PY"; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
"$PY" -c 'import reportlab, PIL' || { echo "python3-reportlab / python3-pil missing" >&2; exit 1; }

WORK="$(mktemp -d)"
# KEEP_WORK=1 keeps the temporary directory (keys, NSS dbs) for debugging
trap 'if [ -n "${KEEP_WORK:-}" ]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi' EXIT
cd "$WORK"
export TZ=UTC LC_ALL=C.UTF-8 OMP_THREAD_LIMIT=1

REASON="Facture FA-2024-0042"

###########################################################################
# 1. Python helpers (invoice, scribble, hand-written incremental updates)
###########################################################################
cat > fx.py <<'PYEOF'
"""Fixture helpers. Subcommands:
  invoice OUT.pdf [SCRIBBLE.png]   one-page French invoice (uncompressed content)
  scribble OUT.png                 blue hand-written-looking scribble, RGBA
  bytechange IN.pdf OUT.pdf        flip one digit of the total inside the signed range
  overlay IN.pdf OUT.pdf           incremental update: new content stream over the total
  annot IN.pdf OUT.pdf             incremental update: FreeText annotation on page 1
  emptyfield IN.pdf OUT.pdf        incremental update: unsigned /Sig field + widget
  verify IN.pdf ROOT.pem           OpenSSL cross-check of every signature
  sigfields IN.pdf                 list form fields (type, /Rect, signed or not)
"""
import math
import re
import subprocess
import sys

PAGE_W, PAGE_H = 595.2756, 841.8898           # A4
TOTAL_TEXT = "1 440,00 EUR"                   # Total TTC, drawn right-aligned
TOTAL_RIGHT_X, TOTAL_Y, TOTAL_FONT, TOTAL_SIZE = 545, 352, "Helvetica-Bold", 11
SIG_LABEL_X, SIG_LABEL_Y = 360, 170           # "Signature :"
SIG_RECT = (360, 90, 550, 160)                # where the panel / scribble goes


# ------------------------------------------------------------------ invoice
def invoice(out, scribble=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(out, pagesize=A4, pageCompression=0, invariant=1)
    c.setTitle("Facture FA-2024-0042")
    c.setAuthor("Atelier Dupont SARL")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(50, 780, "FACTURE")
    c.setFont("Helvetica", 10)
    y = 750
    for line in ["Atelier Dupont SARL", "12 rue des Lilas, 69003 Lyon",
                 "SIRET : 123 456 789 00012", "TVA intracommunautaire : FR32 123456789"]:
        c.drawString(50, y, line); y -= 14
    c.drawRightString(545, 780, "Facture n\u00b0 FA-2024-0042")
    c.drawRightString(545, 766, "Date : 15/03/2024")
    c.drawRightString(545, 752, "\u00c9ch\u00e9ance : 14/04/2024")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(330, 680, "Client")
    c.setFont("Helvetica", 10)
    y = 666
    for line in ["Soci\u00e9t\u00e9 Martin & Fils", "8 avenue Foch", "75116 Paris"]:
        c.drawString(330, y, line); y -= 14
    # table
    c.setLineWidth(0.7)
    c.line(50, 560, 545, 560); c.line(50, 542, 545, 542)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(55, 547, "D\u00e9signation")
    c.drawRightString(360, 547, "Qt\u00e9")
    c.drawRightString(450, 547, "PU HT")
    c.drawRightString(545, 547, "Total HT")
    c.setFont("Helvetica", 10)
    rows = [("Maintenance annuelle du parc informatique", "1", "900,00", "900,00"),
            ("Intervention sur site (heures)", "4", "75,00", "300,00")]
    y = 525
    for d, q, pu, t in rows:
        c.drawString(55, y, d); c.drawRightString(360, y, q)
        c.drawRightString(450, y, pu); c.drawRightString(545, y, t)
        y -= 18
    c.line(50, y + 6, 545, y + 6)
    c.drawString(360, 400, "Total HT :"); c.drawRightString(545, 400, "1 200,00 EUR")
    c.drawString(360, 384, "TVA 20 % :"); c.drawRightString(545, 384, "240,00 EUR")
    c.line(360, 372, 545, 372)
    c.setFont(TOTAL_FONT, TOTAL_SIZE)
    c.drawString(360, TOTAL_Y, "Total TTC :")
    c.drawRightString(TOTAL_RIGHT_X, TOTAL_Y, TOTAL_TEXT)
    c.setFont("Helvetica", 9)
    c.drawString(50, 300, "Conditions de paiement : 30 jours date de facture, par virement.")
    c.drawString(50, 288, "IBAN : FR76 3000 6000 0112 3456 7890 189")
    c.setFont("Helvetica", 10)
    c.drawString(SIG_LABEL_X, SIG_LABEL_Y, "Signature :")
    if scribble:
        x1, y1, x2, y2 = SIG_RECT
        c.drawImage(scribble, x1 + 10, y1 + 5, width=150, height=60, mask="auto")
    c.setFont("Helvetica", 7)
    c.drawCentredString(PAGE_W / 2, 30, "Atelier Dupont SARL - SARL au capital de 10 000 EUR - "
                        "SIRET 123 456 789 00012 - RCS Lyon")
    c.showPage()
    add_form_font(c)
    c.save()


def add_form_font(c):
    """Give the catalog an empty /AcroForm whose /DR holds a non-embedded,
    WinAnsi Helvetica named /popplerfontHelv with /BaseFont "Helvetica " (with
    the trailing space Poppler 22.12 looks for). Poppler's PDFDoc::sign() then
    reuses it for the signature appearance instead of embedding a whole system
    font (Noto Sans, ~400 KB uncompressed) into every signed file."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFArray, PDFName, PDFString
    from reportlab.pdfbase.pdfmetrics import getFont
    widths = getFont("Helvetica").widths          # WinAnsi code -> width
    desc = PDFDictionary({"Type": PDFName("FontDescriptor"), "FontName": PDFName("Helvetica "),
                          "Flags": 32, "FontBBox": PDFArray([-166, -225, 1000, 931]),
                          "ItalicAngle": 0, "Ascent": 718, "Descent": -207, "CapHeight": 718, "StemV": 88})
    font = PDFDictionary({"Type": PDFName("Font"), "Subtype": PDFName("Type1"),
                          "BaseFont": PDFName("Helvetica "), "Encoding": PDFName("WinAnsiEncoding"),
                          "FirstChar": 32, "LastChar": 255, "Widths": PDFArray(list(widths[32:256])),
                          "FontDescriptor": c._doc.Reference(desc)})
    c._doc.Catalog.AcroForm = c._doc.Reference(PDFDictionary({
        "Fields": PDFArray([]),
        "DR": PDFDictionary({"Font": PDFDictionary({"popplerfontHelv": c._doc.Reference(font)})}),
        "DA": PDFString("/popplerfontHelv 0 Tf 0 g")}))


# ----------------------------------------------------------------- scribble
def scribble(out):
    from PIL import Image, ImageDraw
    S = 4                                   # draw 4x, downsample = anti-aliasing
    W, H = 200, 80
    img = Image.new("RGBA", (W * S, H * S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    blue = (25, 45, 160, 255)

    def stroke(points, width):
        pts = [(x * S, y * S) for x, y in points]
        d.line(pts, fill=blue, width=round(width * S), joint="curve")
        r = width * S / 2
        for x, y in (pts[0], pts[-1]):
            d.ellipse((x - r, y - r, x + r, y + r), fill=blue)

    def bezier(p0, p1, p2, p3, n=40):
        for i in range(n + 1):
            t = i / n
            u = 1 - t
            yield (u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                   u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1])

    # a capital "D"-like stroke, a run of cursive loops (prolate cycloid), an underline
    cap = list(bezier((20, 62), (14, 40), (18, 15), (26, 10))) + list(bezier((26, 10), (60, 8), (62, 55), (14, 60)))
    body = []
    n = 600
    for i in range(n):
        t = i / n * 7 * 2 * math.pi
        amp = 1.0 - 0.25 * i / n
        bump = 6 if (i // 86) % 3 == 1 else 0
        x = 40 + 2.6 * t - 4.2 * math.sin(t) + 0.84 * amp * math.cos(t)
        y = 48 - (4.2 * amp * 3.2 + bump) * (0.5 - 0.5 * math.cos(t))
        body.append((x, y))
    stroke(cap, 2.0)
    stroke(body, 1.6)
    stroke(list(bezier((30, 70), (80, 62), (140, 76), (190, 60))), 1.2)
    img = img.resize((W, H), Image.LANCZOS)
    img.save(out, optimize=True)


# ------------------------------------------------------ incremental updates
def qpdf_show(path, what):
    r = subprocess.run(["qpdf", "--show-object=%s" % what, path], capture_output=True)
    if r.returncode not in (0, 3):
        sys.exit("qpdf --show-object=%s failed: %s" % (what, r.stderr.decode(errors="replace")))
    return r.stdout.decode("latin-1").strip()


def first_page_ref(path):
    r = subprocess.run(["qpdf", "--show-pages", path], capture_output=True, check=False)
    m = re.search(rb"page 1: (\d+) (\d+) R", r.stdout)
    if not m:
        sys.exit("cannot find page 1 in %s" % path)
    return int(m.group(1)), int(m.group(2))


def dict_entry(d, key):
    """Value of /key in a qpdf-unparsed dict: 'N G R', '[...]', '<<...>>' or a token."""
    m = re.search(r"/%s\s+" % re.escape(key), d)
    if not m:
        return None
    i = m.end()
    if d.startswith("<<", i) or d.startswith("[", i):
        opener, closer = ("<<", ">>") if d.startswith("<<", i) else ("[", "]")
        depth, j = 0, i
        while j < len(d):
            if d.startswith(opener, j):
                depth += 1; j += len(opener); continue
            if d.startswith(closer, j):
                depth -= 1; j += len(closer)
                if depth == 0:
                    return d[i:j]
                continue
            j += 1
        sys.exit("unbalanced value for /%s" % key)
    m2 = re.match(r"\d+ \d+ R", d[i:])
    if m2:
        return m2.group(0)
    m2 = re.match(r"[^\s/\[\]<>()]+|/[^\s/\[\]<>()]+", d[i:])
    return m2.group(0)


def set_entry(d, key, value):
    old = dict_entry(d, key)
    if old is None:
        assert d.endswith(">>")
        return d[:-2].rstrip() + " /%s %s >>" % (key, value)
    m = re.search(r"/%s\s+" % re.escape(key), d)
    return d[:m.end()] + value + d[m.end() + len(old):]


def resolve(path, value):
    m = re.fullmatch(r"(\d+) (\d+) R", value.strip())
    return qpdf_show(path, "%s,%s" % (m.group(1), m.group(2))) if m else value


class Update:
    """Collects new/changed objects and appends one classic incremental update
    (objects, xref table, trailer with /Prev, startxref, %%EOF)."""

    def __init__(self, path):
        self.path = path
        self.data = open(path, "rb").read()
        self.trailer = qpdf_show(path, "trailer")
        self.size = int(dict_entry(self.trailer, "Size"))
        self.objs = {}
        tail = self.data[-1024:]
        self.prev = int(re.findall(rb"startxref\s+(\d+)", tail)[-1])

    def new_num(self):
        n = self.size
        self.size += 1
        return n

    def put(self, num, body):
        self.objs[num] = body.encode("latin-1") if isinstance(body, str) else body

    @staticmethod
    def stream(content, extra=""):
        if isinstance(content, str):
            content = content.encode("latin-1")
        return b"<< /Length %d%s >>\nstream\n" % (len(content), extra.encode("latin-1")) + content + b"\nendstream"

    def write(self, out):
        buf = bytearray(self.data)
        if not buf.endswith(b"\n"):
            buf += b"\n"
        offsets = {}
        for n in sorted(self.objs):
            offsets[n] = len(buf)
            buf += b"%d 0 obj\n" % n + self.objs[n] + b"\nendobj\n"
        xref_at = len(buf)
        buf += b"xref\n"
        nums = sorted(offsets)
        i = 0
        while i < len(nums):
            j = i
            while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
                j += 1
            buf += b"%d %d\n" % (nums[i], j - i + 1)
            for n in nums[i:j + 1]:
                buf += b"%010d 00000 n \n" % offsets[n]
            i = j + 1
        tr = "<< /Size %d" % self.size
        for key in ("Root", "Info", "ID"):
            v = dict_entry(self.trailer, key)
            if v is not None:
                tr += " /%s %s" % (key, v)
        tr += " /Prev %d >>" % self.prev
        buf += b"trailer\n" + tr.encode("latin-1") + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at
        open(out, "wb").write(bytes(buf))


def page_font_name(path, page_dict, base_font):
    res = resolve(path, dict_entry(page_dict, "Resources"))
    fonts = resolve(path, dict_entry(res, "Font"))
    for name, num, gen in re.findall(r"/(\S+)\s+(\d+) (\d+) R", fonts):
        f = qpdf_show(path, "%s,%s" % (num, gen))
        if dict_entry(f, "BaseFont") == "/" + base_font:
            return name
    sys.exit("font %s not found on page" % base_font)


def add_annot(upd, page_dict, annot_ref):
    """Return page dict with annot_ref appended to /Annots (rewrites an indirect array)."""
    annots = dict_entry(page_dict, "Annots")
    if annots is None:
        return set_entry(page_dict, "Annots", "[ %s ]" % annot_ref)
    m = re.fullmatch(r"(\d+) (\d+) R", annots)
    if m:
        arr = qpdf_show(upd.path, "%s,%s" % (m.group(1), m.group(2)))
        upd.put(int(m.group(1)), arr.rstrip()[:-1].rstrip() + " %s ]" % annot_ref)
        return page_dict
    return set_entry(page_dict, "Annots", annots[:-1].rstrip() + " %s ]" % annot_ref)


def byte_ranges(data):
    return [list(map(int, m)) for m in re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)]


def bytechange(src, out):
    data = bytearray(open(src, "rb").read())
    needle = ("(%s) Tj" % TOTAL_TEXT).encode("latin-1")
    hits = [m.start() for m in re.finditer(re.escape(needle), data)]
    if len(hits) != 1:
        sys.exit("expected exactly one %r, found %d" % (needle, len(hits)))
    pos = hits[0] + 1                       # the leading "1" of "1 440,00"
    a, b, c, d = byte_ranges(bytes(data))[0]
    assert a <= pos < a + b or c <= pos < c + d, "digit not inside the signed range"
    assert data[pos:pos + 1] == b"1"
    data[pos:pos + 1] = b"7"                # "1 440,00 EUR" -> "7 440,00 EUR"
    open(out, "wb").write(bytes(data))


def overlay(src, out):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    upd = Update(src)
    pnum, pgen = first_page_ref(src)
    page = qpdf_show(src, "%d,%d" % (pnum, pgen))
    font = page_font_name(src, page, TOTAL_FONT)
    new_text = "9 440,00 EUR"
    w_old = stringWidth(TOTAL_TEXT, TOTAL_FONT, TOTAL_SIZE)
    w_new = stringWidth(new_text, TOTAL_FONT, TOTAL_SIZE)
    box_x = TOTAL_RIGHT_X - max(w_old, w_new) - 4
    content = ("q\n1 1 1 rg\n%.2f %.2f %.2f %.2f re f\n0 0 0 rg\n"
               "BT /%s %g Tf 1 0 0 1 %.2f %d Tm (%s) Tj ET\nQ\n"
               % (box_x, TOTAL_Y - 4, TOTAL_RIGHT_X + 3 - box_x, TOTAL_SIZE + 6,
                  font, TOTAL_SIZE, TOTAL_RIGHT_X - w_new, TOTAL_Y, new_text))
    cnum = upd.new_num()
    upd.put(cnum, Update.stream(content))
    old = dict_entry(page, "Contents")
    old_refs = old[1:-1].strip() if old.startswith("[") else old
    page = set_entry(page, "Contents", "[ %s %d 0 R ]" % (old_refs, cnum))
    upd.put(pnum, page)
    upd.write(out)


def annot(src, out):
    upd = Update(src)
    pnum, pgen = first_page_ref(src)
    page = qpdf_show(src, "%d,%d" % (pnum, pgen))
    x1, y1, x2, y2 = 330, 420, 545, 460
    w, h = x2 - x1, y2 - y1
    text1 = "Remise exceptionnelle accord\xe9e :"
    text2 = "net \xe0 payer 1 000,00 EUR"
    ap = ("q 1 1 0.75 rg 0.8 0 0 RG 1 w 0.5 0.5 %d %d re B Q\n"
          "BT /Helv 10 Tf 0.8 0 0 rg 6 %d Td (%s) Tj 0 -13 Td (%s) Tj ET\n" % (w - 1, h - 1, h - 16, text1, text2))
    fnum, apnum, anum = upd.new_num(), upd.new_num(), upd.new_num()
    upd.put(fnum, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    upd.put(apnum, Update.stream(ap, " /Type /XObject /Subtype /Form /BBox [ 0 0 %d %d ]"
                                     " /Resources << /Font << /Helv %d 0 R >> >>" % (w, h, fnum)))
    upd.put(anum, "<< /Type /Annot /Subtype /FreeText /Rect [ %d %d %d %d ] /F 4 /P %d %d R"
                  " /Contents (%s %s) /T (Service comptable) /M (D:20240320100000Z)"
                  " /DA (/Helv 10 Tf 0.8 0 0 rg) /C [ 1 1 0.75 ] /AP << /N %d 0 R >> >>"
                  % (x1, y1, x2, y2, pnum, pgen, text1, text2, apnum))
    upd.put(pnum, add_annot(upd, page, "%d 0 R" % anum))
    upd.write(out)


def emptyfield(src, out):
    upd = Update(src)
    pnum, pgen = first_page_ref(src)
    page = qpdf_show(src, "%d,%d" % (pnum, pgen))
    root_ref = dict_entry(upd.trailer, "Root")
    rnum = int(root_ref.split()[0])
    root = qpdf_show(src, root_ref.replace(" R", "").replace(" ", ","))
    acro_ref = dict_entry(root, "AcroForm")       # the base has an empty AcroForm (/DR only)
    acro = resolve(src, acro_ref) if acro_ref else "<< >>"
    if dict_entry(acro, "Fields") not in (None, "[ ]", "[]"):
        sys.exit("base file already has form fields")
    x1, y1, x2, y2 = SIG_RECT
    w, h = x2 - x1, y2 - y1
    ap = "q 0.1 0.2 0.6 RG 1 w [ 3 2 ] 0 d 0.5 0.5 %d %d re S Q\n" % (w - 1, h - 1)
    apnum, fnum = upd.new_num(), upd.new_num()
    upd.put(apnum, Update.stream(ap, " /Type /XObject /Subtype /Form /BBox [ 0 0 %d %d ] /Resources << >>" % (w, h)))
    upd.put(fnum, "<< /FT /Sig /T (Signature1) /Type /Annot /Subtype /Widget /Rect [ %d %d %d %d ]"
                  " /F 4 /P %d %d R /MK << /BC [ 0.1 0.2 0.6 ] >> /AP << /N %d 0 R >> >>"
                  % (x1, y1, x2, y2, pnum, pgen, apnum))
    upd.put(pnum, add_annot(upd, page, "%d 0 R" % fnum))
    acro = set_entry(acro, "Fields", "[ %d 0 R ]" % fnum)
    if acro_ref and acro_ref.endswith(" R"):
        upd.put(int(acro_ref.split()[0]), acro)
    else:
        upd.put(rnum, set_entry(root, "AcroForm", acro))
    upd.write(out)


def verify(path, root_pem):
    """Independent cross-check with OpenSSL: for every /ByteRange, does the CMS
    signature match the covered bytes, and does the signer chain to root_pem?"""
    import os, tempfile
    data = open(path, "rb").read()
    for i, (a, b, c, d) in enumerate(byte_ranges(data), 1):
        gap = data[a + b:c].strip()
        assert gap[:1] == b"<" and gap[-1:] == b">", "gap is not the /Contents hex string"
        der = bytes.fromhex(gap[1:-1].decode())
        with tempfile.TemporaryDirectory() as td:
            sig, content = os.path.join(td, "sig.der"), os.path.join(td, "content.bin")
            open(sig, "wb").write(der)
            open(content, "wb").write(data[a:a + b] + data[c:c + d])
            base = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig,
                    "-content", content, "-purpose", "any", "-out", os.devnull]
            r1 = subprocess.run(base + ["-noverify"], capture_output=True, text=True)
            r2 = subprocess.run(base + ["-CAfile", root_pem], capture_output=True, text=True)
        digest = "ok" if r1.returncode == 0 else "MISMATCH"
        if r2.returncode == 0:
            chain = "chains to test root"
        else:
            m = re.search(r"Verify error:\s*([^\n]+)", r2.stderr)
            chain = m.group(1).strip() if m else "verification failed"
        covers_eof = (c + d == len(data))
        print("%s: signature %d: openssl digest %s; certificate: %s; covers %s" % (
            os.path.basename(path), i, digest, chain, "whole file" if covers_eof else
            "bytes 0..%d of %d (later bytes appended)" % (c + d, len(data))))


def sigfields(path):
    """List the form fields (qpdf's view) with /FT, /Rect and whether /V is set."""
    import json
    r = subprocess.run(["qpdf", "--json=2", "--json-key=acroform", path], capture_output=True, text=True)
    for f in json.loads(r.stdout)["acroform"]["fields"]:
        obj = qpdf_show(path, f["annotation"]["object"].replace(" R", "").replace(" ", ","))
        print("%s %s /FT %s Rect %s %s page %s" % (
            f["fullname"], f["object"], f["fieldtype"], dict_entry(obj, "Rect"),
            "signed" if dict_entry(obj, "V") else "unsigned", f["pageposfrom1"]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"invoice": invoice, "scribble": scribble, "bytechange": bytechange,
     "overlay": overlay, "annot": annot, "emptyfield": emptyfield, "verify": verify,
     "sigfields": sigfields}[cmd](*args)
PYEOF

###########################################################################
# 2. Certificates and NSS databases
###########################################################################
cat > leaf.ext <<'EOF'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
EOF
ca_ext=(-addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign")
quiet() {  # run a command, show its output only if it fails
    local out
    if ! out="$("$@" 2>&1)"; then echo "FAILED: $*" >&2; echo "$out" >&2; exit 1; fi
}

# trusted test root + normal signer
quiet openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -set_serial 1 \
    -keyout root.key -out root.crt -subj "/C=FR/O=Fixtures Verifact/CN=Test Invoice Root CA" "${ca_ext[@]}"
quiet openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr \
    -subj "/C=FR/O=Atelier Dupont SARL/CN=Test Supplier Signer"
quiet openssl x509 -req -sha256 -in signer.csr -CA root.crt -CAkey root.key -set_serial 1001 \
    -days 3650 -extfile leaf.ext -out signer.crt

# expired signer under the same root: valid 2020-01-01 .. 2021-01-01 (openssl ca
# is used because OpenSSL 3.0's "x509 -req" cannot set explicit dates)
mkdir -p ca/newcerts && : > ca/index.txt && echo 1002 > ca/serial
cat > ca/ca.cnf <<'EOF'
[ ca ]
default_ca = CA_default
[ CA_default ]
dir            = ./ca
database       = $dir/index.txt
new_certs_dir  = $dir/newcerts
serial         = $dir/serial
default_md     = sha256
policy         = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
countryName      = optional
organizationName = optional
commonName       = supplied
EOF
quiet openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr \
    -subj "/C=FR/O=Atelier Dupont SARL/CN=Test Expired Signer"
quiet openssl ca -batch -notext -preserveDN -config ca/ca.cnf -cert root.crt -keyfile root.key \
    -startdate 20200101000000Z -enddate 20210101000000Z -extfile leaf.ext -in expired.csr -out expired.crt

# a separate, untrusted CA and its signer
quiet openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -set_serial 1 \
    -keyout other-root.key -out other-root.crt -subj "/C=FR/O=Autorite Inconnue/CN=Other Untrusted Root CA" "${ca_ext[@]}"
quiet openssl req -newkey rsa:2048 -nodes -keyout other.key -out other.csr \
    -subj "/C=FR/O=Atelier Dupont SARL/CN=Test Other-Root Signer"
quiet openssl x509 -req -sha256 -in other.csr -CA other-root.crt -CAkey other-root.key -set_serial 2001 \
    -days 3650 -extfile leaf.ext -out other.crt

# signing database: test root trusted, three signing identities
mkdir signdb verifydb
quiet certutil -N -d sql:signdb --empty-password
quiet certutil -A -d sql:signdb -n test-root -t "CT,C,C" -i root.crt
for id in signer:root expired:root other:other-root; do
    nick=${id%%:*} ca=${id#*:}
    quiet openssl pkcs12 -export -inkey "$nick.key" -in "$nick.crt" -certfile "$ca.crt" -name "$nick" \
        -out "$nick.p12" -passout pass:secret
    quiet pk12util -i "$nick.p12" -d sql:signdb -W secret
done
# verification database: only the test root, trusted
quiet certutil -N -d sql:verifydb --empty-password
quiet certutil -A -d sql:verifydb -n test-root -t "CT,C,C" -i root.crt

###########################################################################
# 3. PDFs
###########################################################################
g++ -std=c++17 -O1 "$HERE/sign_visible.cc" -o sign_visible $(pkg-config --cflags --libs poppler)

"$PY" fx.py scribble scribble.png
"$PY" fx.py invoice unsigned.pdf
"$PY" fx.py invoice pasted-handwritten.pdf scribble.png

addsig() {  # addsig NICK FIELD IN OUT
    pdfsig -nssdir sql:signdb -add-signature -nick "$1" -new-signature-field-name "$2" \
        -reason "$REASON" "$3" "$4" 2>&1 | grep -v '^NSS_Shutdown' || true
    [ -s "$4" ] || { echo "pdfsig could not sign $3 with $1" >&2; exit 1; }
}
addsig signer Signature1 unsigned.pdf signed-invisible.pdf
addsig signer Signature2 signed-invisible.pdf signed-twice.pdf
addsig other Signature1 unsigned.pdf signed-other-root.pdf
# NSS (3.87) signs with an expired certificate without complaint; if a future
# version refuses, drop the file instead of failing the whole run.
pdfsig -nssdir sql:signdb -add-signature -nick expired -new-signature-field-name Signature1 \
    -reason "$REASON" unsigned.pdf signed-expired-cert.pdf >/dev/null 2>&1 || true
if [ ! -s signed-expired-cert.pdf ]; then
    echo "WARNING: NSS refused to sign with the expired certificate; signed-expired-cert.pdf not made" >&2
    rm -f signed-expired-cert.pdf
fi

# visible panel just below "Signature :" (x 360..550, y 90..160). Poppler 22.12
# word-wraps the text itself; an explicit newline would make it embed a whole
# fallback system font (~1 MB), so the text has none.
SIGN_DATE="$(date -u '+%d/%m/%Y %H:%M:%S UTC')"
./sign_visible sql:signdb signer unsigned.pdf signed-visible.pdf SignatureVisible 1 360 90 550 160 \
    "Signé numériquement par Test Supplier Signer Date : $SIGN_DATE Motif : $REASON" \
    "Test Supplier Signer" "$REASON" 2>&1 | grep -v '^NSS_Shutdown' || true
[ -s signed-visible.pdf ] || { echo "sign_visible failed" >&2; exit 1; }

"$PY" fx.py bytechange signed-invisible.pdf signed-byte-changed.pdf
"$PY" fx.py overlay signed-invisible.pdf signed-overlay-update.pdf
"$PY" fx.py annot signed-invisible.pdf signed-annot-update.pdf
"$PY" fx.py emptyfield unsigned.pdf empty-sig-field.pdf
# Changes disguised as what a checker tolerates (metadata, DSS, a reference the signed
# document already held to a missing object): make_redirect_fixtures.py.
"$PY" "$HERE/make_redirect_fixtures.py" redirects signed-invisible.pdf .
"$PY" "$HERE/make_redirect_fixtures.py" dangling-base unsigned.pdf dangling-base.pdf
addsig signer Signature1 dangling-base.pdf signed-dangling.pdf
"$PY" "$HERE/make_redirect_fixtures.py" dangling-fill signed-dangling.pdf signed-dangling-filled.pdf
"$PY" "$HERE/make_redirect_fixtures.py" shared-base unsigned.pdf shared-base.pdf
addsig signer Signature1 shared-base.pdf signed-shared-info.pdf
"$PY" "$HERE/make_redirect_fixtures.py" shared-fill signed-shared-info.pdf signed-shared-info-hidden.pdf

pdftocairo -pdf signed-visible.pdf flattened.pdf

# "scan": 150 dpi greyscale raster, then tesseract's PDF renderer (image + invisible OCR text)
pdftoppm -r 150 -gray -png -singlefile signed-visible.pdf page
tesseract page.png scanned -l fra --dpi 150 pdf >/dev/null 2>&1
[ -s scanned.pdf ] || { echo "tesseract failed" >&2; exit 1; }

###########################################################################
# 4. Checks (fail loudly if a fixture does not read as intended)
#    pdfsig verifies against "verifydb", an NSS db holding only the trusted
#    test root; fx.py verify cross-checks every signature with OpenSSL.
###########################################################################
fail() { echo "CHECK FAILED: $*" >&2; exit 1; }
sig() { pdfsig -nssdir sql:verifydb "$1" 2>&1 | grep -v '^NSS_Shutdown' || true; }
count() { grep -c "$1" <<<"$2" || true; }
ossl() { "$PY" fx.py verify "$1" root.crt; }

for f in *.pdf; do
    rc=0; qpdf --check "$f" >/dev/null 2>&1 || rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 3 ] || fail "qpdf --check $f (rc $rc)"
    pdftotext "$f" - >/dev/null 2>&1 || fail "pdftotext $f"
done

# every digest of these files must match (pdfsig and OpenSSL)
for f in signed-invisible.pdf signed-visible.pdf signed-twice.pdf signed-other-root.pdf signed-expired-cert.pdf \
         signed-overlay-update.pdf signed-annot-update.pdf; do
    [ -e "$f" ] || continue
    s="$(sig "$f")"
    n=$(count "Signature #" "$s")
    [ "$n" -ge 1 ] || fail "$f: no signature"
    [ "$(count 'Signature is Valid' "$s")" -eq "$n" ] || fail "$f: pdfsig: not every digest matches"
    o="$(ossl "$f")"
    [ "$(count 'openssl digest ok' "$o")" -eq "$n" ] || fail "$f: openssl: not every digest matches"
done
for f in signed-invisible.pdf signed-visible.pdf; do
    s="$(sig "$f")"
    grep -q "Certificate is Trusted" <<<"$s" || fail "$f: not trusted"
    grep -q "Total document signed" <<<"$s" || fail "$f: not the whole file"
    ossl "$f" | grep -q "chains to test root; covers whole file" || fail "$f: openssl chain/coverage"
done
"$PY" fx.py sigfields signed-visible.pdf | grep -q "Rect \[ 360 90 550 160 \] signed" || fail "signed-visible: widget rect"
"$PY" fx.py sigfields empty-sig-field.pdf | grep -q "Rect \[ 360 90 550 160 \] unsigned" || fail "empty-sig-field: no unsigned /Sig field"
# signed-twice: two signatures, both digests fine. pdfsig 22.12 says "Trusted" for
# the first and, when the signer certificate is not itself in the NSS db,
# "Unknown issue with Certificate" for the second (it validates the same temp
# certificate twice in one process); OpenSSL must see both chain to the root.
s="$(sig signed-twice.pdf)"
[ "$(count 'Signature #' "$s")" -eq 2 ] || fail "signed-twice: not 2 signatures"
[ "$(count 'Signature is Valid' "$s")" -eq 2 ] || fail "signed-twice: digests"
[ "$(ossl signed-twice.pdf | grep -c 'chains to test root')" -eq 2 ] || fail "signed-twice: openssl chain"
ossl signed-twice.pdf | tail -n 1 | grep -q "covers whole file" || fail "signed-twice: 2nd does not cover the file"
s="$(sig signed-other-root.pdf)"
grep -q "Certificate is Trusted" <<<"$s" && fail "signed-other-root: trusted?!"
ossl signed-other-root.pdf | grep -q "unable to get local issuer certificate" || fail "signed-other-root: openssl"
if [ -e signed-expired-cert.pdf ]; then
    grep -q "Certificate has Expired" <<<"$(sig signed-expired-cert.pdf)" || fail "signed-expired-cert: not expired"
    ossl signed-expired-cert.pdf | grep -q "certificate has expired" || fail "signed-expired-cert: openssl"
fi
grep -q "Digest Mismatch" <<<"$(sig signed-byte-changed.pdf)" || fail "signed-byte-changed: digest matches"
ossl signed-byte-changed.pdf | grep -q "openssl digest MISMATCH" || fail "signed-byte-changed: openssl digest matches"
[ "$(stat -c %s signed-byte-changed.pdf)" -eq "$(stat -c %s signed-invisible.pdf)" ] || fail "byte-changed: size"
[ "$(cmp -l signed-invisible.pdf signed-byte-changed.pdf | wc -l)" -eq 1 ] || fail "byte-changed: more than one byte differs"
for f in signed-overlay-update.pdf signed-annot-update.pdf signed-twice.pdf; do
    cmp -s -n "$(stat -c %s signed-invisible.pdf)" "$f" signed-invisible.pdf || fail "$f: prefix differs from signed-invisible"
done
for f in signed-overlay-update.pdf signed-annot-update.pdf; do
    grep -q "Not total document signed" <<<"$(sig "$f")" || fail "$f: whole file covered?!"
done
pdftotext signed-overlay-update.pdf - | grep -q "9 440,00" || fail "overlay: new total not in text"
pdftotext signed-annot-update.pdf - >/dev/null
pdftotext signed-byte-changed.pdf - | grep -q "7 440,00" || fail "byte-changed: new total not in text"
for f in unsigned.pdf flattened.pdf scanned.pdf pasted-handwritten.pdf; do
    grep -q "Signature #" <<<"$(sig "$f")" && fail "$f: has a signature field"
done
s="$(sig empty-sig-field.pdf)"   # pdfsig lists the empty field as "Signature #1 ... not signed"
grep -q "The signature form field is not signed" <<<"$s" || fail "empty-sig-field: field not listed as unsigned"
grep -q "Signature Validation" <<<"$s" && fail "empty-sig-field: has a signature value"
pdftotext flattened.pdf - | grep -q "Test Supplier" || fail "flattened: panel text missing"
for f in *.pdf; do
    sz=$(stat -c %s "$f"); [ "$sz" -lt 153600 ] || echo "WARNING: $f is $sz bytes (> 150 KB)" >&2
done

echo "== readings (pdfsig against a NSS db trusting only trusted/test-root.pem; OpenSSL cross-check)"
for f in *.pdf; do
    s="$(sig "$f")"
    if grep -q "Signature #" <<<"$s"; then
        grep -E "Signature #|Field Name|Common Name|Total document|Not total|not signed|Signature Validation|Certificate Validation" <<<"$s" \
            | sed "s/^/$f: /"
        ossl "$f"
    else
        echo "$f: $(head -n 1 <<<"$s")"
    fi
done

###########################################################################
# 5. Copy outputs
###########################################################################
for f in unsigned.pdf signed-invisible.pdf signed-visible.pdf signed-byte-changed.pdf \
         signed-overlay-update.pdf signed-annot-update.pdf signed-twice.pdf flattened.pdf scanned.pdf \
         pasted-handwritten.pdf signed-expired-cert.pdf signed-other-root.pdf empty-sig-field.pdf \
         signed-info-redirect.pdf signed-metadata-redirect.pdf signed-dss-redirect.pdf \
         signed-dangling.pdf signed-dangling-filled.pdf signed-shared-info.pdf \
         signed-shared-info-hidden.pdf; do
    [ -e "$f" ] && cp "$f" "$OUT/$f"
done
cp root.crt "$OUT/trusted/test-root.pem"
# Certification signatures (DocMDP), made with the held-out set's helpers and its own PKI.
"$PY" "$HERE/make_certified_fixtures.py" "$OUT"
echo "fixtures written to $OUT"
ls -l "$OUT"/*.pdf
