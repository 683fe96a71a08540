#!/usr/bin/env python3
"""Build the HOSTILE UPLOADS corpus for `verifact extract`.

Written blind (from the command's contract only, not from its source). Every file is small
on disk (< 2 MB each, < 10 MB in all) and deterministic: running the script twice gives the
same bytes (AES-256 encryption is done here in pure Python with fixed "random" bytes, because
qpdf draws a fresh key every run; qpdf is used, with --static-id/--static-aes-iv, for RC4-40 and
AES-128).

    python3 make_hostile.py [--out DIR]      # default DIR: the folder of this script

Needs python3 with PIL and reportlab (Debian's /usr/bin/python3 has them; if the python3 that
runs the script lacks them, it re-executes itself with /usr/bin/python3) and the `qpdf` command.
Also (re)writes MANIFEST.tsv next to the files: name<TAB>expect<TAB>why, where expect is
`error` (the result must carry an error, any code), `ok` (error must be null) or `any`
(either, as long as there is no crash, no hang, one JSON line, < 30 s, < 1.5 GB).

The promise tested: one JSON line per file, exit status 0, <= 30 s wall and <= 1.5 GB peak for
`verifact extract FILE` of one file, whatever the bytes.

Files (see FILES below for the exact expectation and reason of each):

  Not a document at all
    empty.pdf                      0 bytes
    one-byte.pdf                   "%"
    one-byte.png                   0x89 (first byte of the PNG signature)
    random-bytes.pdf               64 KiB of seeded pseudo-random bytes
    pdf-header-garbage.pdf         "%PDF-1.7" then 64 KiB of pseudo-random bytes
    pdf-header-eof-only.pdf        "%PDF-1.7\\n%%EOF\\n" and nothing else
  Truncated / damaged PDFs (hand-written one-page invoice, Helvetica, WinAnsi)
    trunc-in-first-object.pdf      cut 40 bytes in, inside the catalog object
    trunc-mid-page-object.pdf      cut inside the /Page object: no page, no content survive
    trunc-mid-content-stream.pdf   cut in the middle of the (last) content stream
    trunc-mid-xref.pdf             every object intact, cut in the middle of the xref table
    trunc-half-reportlab.pdf       the reportlab control invoice cut at half its length
    xref-offsets-wrong.pdf         valid file whose xref offsets are all 13 bytes off
    startxref-wrong.pdf            startxref points past the end of the file
    no-xref-no-trailer.pdf         objects only: no xref, no trailer, no startxref
    xref-size-huge.pdf             valid file whose trailer says /Size 2000000000
    stream-length-lie.pdf          content stream /Length 999999999 (real: ~200 bytes)
  Encryption
    encrypted-aes256.pdf           AES-256 (V5 R6), user password "userpw" (pure Python here)
    encrypted-rc4-40.pdf           RC4 40-bit (R2), user password "userpw" (qpdf)
    encrypted-owner-only-aes128.pdf AES-128 (R4), EMPTY user password, owner "ownerpw" (qpdf)
  Page-tree loops and lies
    pages-kids-self.pdf            the root /Pages has itself in /Kids
    pages-kids-parent.pdf          an inner /Pages node has its parent in /Kids
    page-parent-self.pdf           the page's /Parent is the page; no MediaBox on the page
    page-parent-cycle.pdf          page -> /Parent A -> /Parent B -> /Parent A ... (no MediaBox)
    pages-count-lie.pdf            /Count 2147483647 with one real kid
    pages-tree-laughs.pdf          9-level page tree, each node lists the next 10 times (/Count 1e9)
    pages-5000.pdf                 5000 empty pages sharing one empty content stream
  Deep nesting
    deep-array-resources.pdf       [[[[...]]]] 300000 deep inside the page's /Resources
    deep-dict-resources.pdf        <</A<</A...>>>> 300000 deep inside the page's /Resources
    deep-array-trailer.pdf         [[[[...]]]] 300000 deep in the trailer dictionary
    deep-q-content.pdf             300000 nested `q` (graphics-state saves) around the text
    form-xobject-laughs.pdf        8 levels of Form XObjects, each painting the next 10 times (1e8 texts)
    form-xobject-self.pdf          a Form XObject whose content paints itself (/Fx Do)
  Names lie about the type
    png-named.pdf                  a normal 1240x1754 PNG page with invoice words, named .pdf
    pdf-named.png                  the reportlab control invoice, named .png
  Absurd page sizes
    page-200in.pdf                 MediaBox [0 0 14400 14400] (200 in) with the invoice text
    page-1e9-text.pdf              MediaBox [0 0 1000000000 1000000000] with the invoice text
    page-1e9-blank.pdf             the same size, no text at all (OCR would have to render it)
    mediabox-negative.pdf          MediaBox [0 0 -612 -792] with the text
    mediabox-zero.pdf              MediaBox [0 0 0 0] with the text
    mediabox-overflow.pdf          MediaBox numbers 40 digits long
  Pictures declaring absurd sizes
    image-xobject-40000-tiny.pdf   image XObject 40000x40000 RGB behind a ~100-byte Flate stream
    image-xobject-40000-1bit-full.pdf  40000x40000 1-bit, complete data (200 MB inflated)
    image-xobject-60000-tiny.pdf   the same as -40000-tiny at 60000x60000
    image-xobject-40000-tiny-3pages.pdf  three pages each painting the 40000x40000 tiny image
    png-60000-white.png            a COMPLETE, valid 60000x60000 1-bit white PNG (~440 KB)
    png-60000-header-only.png      signature + IHDR 60000x60000 + IEND (valid CRCs, no IDAT)
    gif-65535.gif                  logical screen and image 65535x65535, empty LZW stream
    jpeg-65000-sof-nodata.jpg      tables + SOF0 65000x65000 + SOS header + EOI, no scan data
    tiff-huge-header.tif           uncompressed 8-bit 1000000x1000000, 16 bytes of strip data
    tiff-g4-white-60000.tif        a COMPLETE, valid 60000x60000 CCITT G4 all-white TIFF (7.5 KB)
    png-1x1.png                    one white pixel (under an inch of paper)
    png-zero-width.png             IHDR width 0 (invalid), otherwise well formed
  Decompression bombs
    flate-bomb-content.pdf         invoice text, then a content stream that inflates to 1100 MiB
    flate-bomb-content-x8.pdf      /Contents [5 0 R x 8]: the same bomb stream read 8 times
    flate-bomb-embedded-xml.pdf    invoice page + attached factur-x.xml inflating to 1100 MiB
  Many pages
    tiff-500-pages-tiny.tif        500 pages of 16x16 grey pictures
    tiff-500-pages-blank-a4.tif    500 blank A4 pages at 150 dpi (G4), OCR would face 500 pages
  Damaged pictures
    jpeg-truncated-midscan.jpg     a 1240x1754 invoice page JPEG cut in the middle of the scan
    png-bad-crc-idat.png           invoice page PNG, IDAT CRC wrong
    png-bad-crc-ihdr.png           invoice page PNG, IHDR CRC wrong
    gif-bad-lzw.gif                invoice page GIF, LZW data overwritten with garbage
    gif-bad-lzw-codesize.gif       invoice page GIF, LZW minimum code size 12 (invalid)
  Controls (legitimate)
    control-invoice.pdf            reportlab one-page French invoice (text layer)
    control-page.png               the 1240x1754 invoice page picture, named .png
    control-page.jpg / .gif / .tif the same page as JPEG, GIF and PackBits TIFF (controls for the damaged ones)
"""

import argparse
import hashlib
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

try:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.lib.pagesizes import A4
except ImportError:  # e.g. a pyenv python3 without the Debian packages
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath(
        "/usr/bin/python3"
    ) and not os.environ.get("MAKE_HOSTILE_REEXEC"):
        os.environ["MAKE_HOSTILE_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
MiB = 1024 * 1024

INVOICE_LINES = [
    "FACTURE N° FA-2024-001",
    "Date : 15/03/2024",
    "Organisme de formation Exemple SARL",
    "SIRET : 732 829 320 00074",
    "Total HT 1 000,00 €",
    "TVA 20 % 200,00 €",
    "Total TTC 1 200,00 €",
]


# --------------------------------------------------------------------------------------------
# Hand-written PDF
# --------------------------------------------------------------------------------------------

def stream_obj(dict_entries: bytes, data: bytes, length=None) -> bytes:
    n = len(data) if length is None else length
    return (b"<< " + dict_entries + b" /Length %d >>\nstream\n" % n) + data + b"\nendstream"


def pdf_bytes(objs, trailer_extra=b"", version=b"1.4", xref_delta=0, startxref=None,
              with_xref=True, size=None, root=1):
    """objs: {num: body}. Writes a classic xref table (offsets + xref_delta)."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    if not with_xref:
        return bytes(out)
    top = max(objs) + 1
    xref_at = len(out)
    out += b"xref\n0 %d\n" % top
    out += b"0000000000 65535 f \n"
    for num in range(1, top):
        if num in objs:
            out += b"%010d 00000 n \n" % (offsets[num] + xref_delta)
        else:
            out += b"0000000000 00000 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R " % (size if size is not None else top, root)
    out += trailer_extra + b" >>\nstartxref\n%d\n%%%%EOF\n" % (xref_at if startxref is None else startxref)
    return bytes(out)


def pdf_text(s: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252), escaped."""
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def invoice_content(x=72, y=760, size=16) -> bytes:
    parts = [b"BT /F1 %d Tf %d %d Td %d TL" % (size, x, y, int(size * 1.5))]
    for line in INVOICE_LINES:
        parts.append(pdf_text(line) + b" Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
A4BOX = b"[0 0 595 842]"


def simple_doc(mediabox=A4BOX, content=None, resources_extra=b"", page_extra=b"",
               content_dict=b"", content_length=None):
    """1 catalog, 2 pages, 3 page, 4 font, 5 content."""
    content = invoice_content() if content is None else content
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox
           + b" /Resources << /Font << /F1 4 0 R >> " + resources_extra + b">> /Contents 5 0 R "
           + page_extra + b">>",
        4: FONT,
        5: stream_obj(content_dict, content, content_length),
    }


def flate_stream_of_repeated(byte: bytes, total: int, prefix: bytes = b"", suffix: bytes = b"",
                             chunk: int = 4 * MiB) -> bytes:
    """zlib of prefix + byte*total + suffix, streamed so memory stays small."""
    c = zlib.compressobj(9)
    parts = [c.compress(prefix)]
    block = byte * chunk
    left = total
    while left > 0:
        n = min(left, chunk)
        parts.append(c.compress(block if n == chunk else byte * n))
        left -= n
    parts.append(c.compress(suffix))
    parts.append(c.flush())
    return b"".join(parts)


# --------------------------------------------------------------------------------------------
# Pure-Python AES (encryption only) for AES-256 / R6 PDF encryption, deterministic.
# --------------------------------------------------------------------------------------------

def _make_sbox():
    sbox = [0] * 256
    p = q = 1
    while True:
        p = (p ^ (p << 1) ^ (0x1B if p & 0x80 else 0)) & 0xFF
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        rot = lambda v, s: ((v << s) | (v >> (8 - s))) & 0xFF
        sbox[p] = q ^ rot(q, 1) ^ rot(q, 2) ^ rot(q, 3) ^ rot(q, 4) ^ 0x63
        if p == 1:
            break
    sbox[0] = 0x63
    return sbox


SBOX = _make_sbox()


def _xt(a):
    return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1


def _expand_key(key: bytes):
    nk = len(key) // 4
    nr = nk + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = _xt(rcon)
        elif nk > 6 and i % nk == 4:
            t = [SBOX[b] for b in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(nr + 1)]


def _aes_block(rk, block: bytes) -> bytes:
    s = [a ^ b for a, b in zip(block, rk[0])]
    nr = len(rk) - 1
    for rnd in range(1, nr + 1):
        s = [SBOX[b] for b in s]
        # ShiftRows (state is column-major: s[r + 4c])
        s = [s[r + 4 * ((c + r) % 4)] for c in range(4) for r in range(4)]
        if rnd != nr:
            m = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                t = a0 ^ a1 ^ a2 ^ a3
                m += [a0 ^ t ^ _xt(a0 ^ a1), a1 ^ t ^ _xt(a1 ^ a2),
                      a2 ^ t ^ _xt(a2 ^ a3), a3 ^ t ^ _xt(a3 ^ a0)]
            s = m
        s = [a ^ b for a, b in zip(s, rk[rnd])]
    return bytes(s)


def aes_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    assert len(data) % 16 == 0
    rk = _expand_key(key)
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 16):
        blk = _aes_block(rk, bytes(a ^ b for a, b in zip(data[i:i + 16], prev)))
        out += blk
        prev = blk
    return bytes(out)


def _aes_selftest():
    # FIPS-197 appendix C.1 and C.3
    pt = bytes.fromhex("00112233445566778899aabbccddeeff")
    k128 = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    k256 = bytes.fromhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
    assert _aes_block(_expand_key(k128), pt).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    assert _aes_block(_expand_key(k256), pt).hex() == "8ea2b7ca516745bfeafc49904b496089"


def _r6_hash(password: bytes, salt: bytes, udata: bytes) -> bytes:
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        k1 = (password + k + udata) * 64
        e = aes_cbc_encrypt(k[:16], k[16:32], k1)
        mod = sum(e[:16]) % 3
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[mod](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            break
    return k[:32]


def encrypt_r6(objs, user_pw: bytes, owner_pw: bytes, seed: int):
    """Return (objs encrypted, encrypt dict body). Only streams are encrypted (the documents
    built here carry no strings outside streams)."""
    rnd = random.Random(seed)
    rb = lambda n: bytes(rnd.getrandbits(8) for _ in range(n))
    fk = rb(32)
    uvs, uks, ovs, oks = rb(8), rb(8), rb(8), rb(8)
    u = _r6_hash(user_pw, uvs, b"") + uvs + uks
    ue = aes_cbc_encrypt(_r6_hash(user_pw, uks, b""), b"\0" * 16, fk)
    o = _r6_hash(owner_pw, ovs, u) + ovs + oks
    oe = aes_cbc_encrypt(_r6_hash(owner_pw, oks, u), b"\0" * 16, fk)
    p = -4
    perms_plain = struct.pack("<i", p) + b"\xff\xff\xff\xff" + b"Tadb" + rb(4)
    perms = _aes_block(_expand_key(fk), perms_plain)
    enc = (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /AuthEvent /DocOpen "
           b"/CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /EncryptMetadata true "
           b"/P %d /O <%s> /U <%s> /OE <%s> /UE <%s> /Perms <%s> >>"
           % (p, o.hex().encode(), u.hex().encode(), oe.hex().encode(), ue.hex().encode(),
              perms.hex().encode()))
    out = {}
    for num, body in objs.items():
        if b"\nstream\n" in body:
            head, rest = body.split(b"\nstream\n", 1)
            data = rest[: -len(b"\nendstream")]
            pad = 16 - len(data) % 16
            iv = rb(16)
            cipher = iv + aes_cbc_encrypt(fk, iv, data + bytes([pad]) * pad)
            head = head.replace(b" /Length %d >>" % len(data), b" /Length %d >>" % len(cipher))
            body = head + b"\nstream\n" + cipher + b"\nendstream"
        out[num] = body
    return out, enc


# --------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------

def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def invoice_page_image():
    """1240x1754 (A4 at 150 dpi), white, the invoice words in black, 36 px DejaVu Sans."""
    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    f = _font(36)
    y = 160
    for line in INVOICE_LINES:
        d.text((120, y), line, fill=0, font=f)
        y += 70
    return img


def img_bytes(img, fmt, **kw):
    import io
    b = io.BytesIO()
    img.save(b, fmt, **kw)
    return b.getvalue()


def png_chunk(typ: bytes, data: bytes, bad_crc=False) -> bytes:
    crc = zlib.crc32(typ + data) & 0xFFFFFFFF
    if bad_crc:
        crc ^= 0x5A5A5A5A
    return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", crc)


PNG_SIG = b"\x89PNG\r\n\x1a\n"


def png_chunks(data: bytes):
    pos = 8
    while pos < len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        yield pos, data[pos + 4:pos + 8], n
        pos += 12 + n


def png_corrupt_crc(data: bytes, which: bytes) -> bytes:
    b = bytearray(data)
    for pos, typ, n in png_chunks(data):
        if typ == which:
            crc_at = pos + 8 + n
            b[crc_at:crc_at + 4] = bytes(x ^ 0x5A for x in b[crc_at:crc_at + 4])
            return bytes(b)
    raise ValueError("chunk not found")


def png_white_huge(side: int) -> bytes:
    """A complete valid 1-bit greyscale PNG, side x side, all white, streamed deflate."""
    rowbytes = (side + 7) // 8
    row = b"\x00" + b"\xff" * rowbytes
    rows_per_chunk = max(1, (4 * MiB) // len(row))
    c = zlib.compressobj(9)
    parts = []
    left = side
    block = row * rows_per_chunk
    while left > 0:
        n = min(left, rows_per_chunk)
        parts.append(c.compress(block if n == rows_per_chunk else row * n))
        left -= n
    parts.append(c.flush())
    idat = b"".join(parts)
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return PNG_SIG + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def gif_image_data_span(data: bytes):
    """(offset of LZW min code size byte, list of (offset, length) data sub-blocks) of image 1."""
    flags = data[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    while True:
        if data[pos] == 0x21:  # extension
            pos += 2
            while data[pos]:
                pos += 1 + data[pos]
            pos += 1
        elif data[pos] == 0x2C:
            lflags = data[pos + 9]
            pos += 10 + (3 * (2 << (lflags & 7)) if lflags & 0x80 else 0)
            lzw_at = pos
            pos += 1
            blocks = []
            while data[pos]:
                blocks.append((pos + 1, data[pos]))
                pos += 1 + data[pos]
            return lzw_at, blocks
        else:
            raise ValueError("unexpected GIF block %r" % data[pos])


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def bits(self, value: int, count: int):  # MSB first
        for i in range(count - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                self.acc = self.n = 0

    def done(self) -> bytes:
        if self.n:
            self.out.append(self.acc << (8 - self.n))
            self.acc = self.n = 0
        return bytes(self.out)


def g4_all_white(rows: int) -> bytes:
    """CCITT T.6 (G4) for an all-white page: one V0 code ('1') per row, then EOFB."""
    full, rest = divmod(rows, 8)
    w = BitWriter()
    w.out += b"\xff" * full
    w.bits((1 << rest) - 1, rest)
    w.bits(0x001001, 24)  # EOFB = EOL EOL
    return w.done()


def tiff_bytes(pages):
    """pages: list of dicts width, height, bps, compression, photometric, data, dpi.
    Little-endian baseline TIFF, one strip per page, IFDs chained."""
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    prev_next_ptr = 4
    for pg in pages:
        if len(out) % 2:
            out += b"\0"
        data_at = len(out)
        out += pg["data"]
        if len(out) % 2:
            out += b"\0"
        res_at = len(out)
        dpi = pg.get("dpi", 150)
        out += struct.pack("<IIII", dpi, 1, dpi, 1)
        rows_per_strip = pg.get("rows_per_strip", pg["height"])
        entries = [
            (256, 4, 1, pg["width"]),
            (257, 4, 1, pg["height"]),
            (258, 3, 1, pg["bps"]),
            (259, 3, 1, pg["compression"]),
            (262, 3, 1, pg["photometric"]),
            (273, 4, 1, data_at),
            (277, 3, 1, 1),
            (278, 4, 1, rows_per_strip),
            (279, 4, 1, pg.get("strip_bytes", len(pg["data"]))),
            (282, 5, 1, res_at),
            (283, 5, 1, res_at + 8),
            (296, 3, 1, 2),
        ]
        ifd_at = len(out)
        struct.pack_into("<I", out, prev_next_ptr, ifd_at)
        out += struct.pack("<H", len(entries))
        for tag, typ, count, value in entries:
            if typ == 3:
                out += struct.pack("<HHIHH", tag, typ, count, value, 0)
            else:
                out += struct.pack("<HHII", tag, typ, count, value)
        prev_next_ptr = len(out)
        out += b"\x00\x00\x00\x00"
    return bytes(out)


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

FILES = []  # (name, expect, why, builder)


def entry(name, expect, why):
    def deco(fn):
        FILES.append((name, expect, why, fn))
        return fn
    return deco


def control_pdf() -> bytes:
    import io
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Facture FA-2024-001")
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(56, h - 70, "FACTURE N° FA-2024-001")
    c.setFont("Helvetica", 11)
    y = h - 110
    for line in ["Organisme de formation Exemple SARL", "12 rue des Lilas, 69003 Lyon",
                 "SIRET : 732 829 320 00074", "N° TVA : FR44732829320",
                 "Date de facture : 15/03/2024", "",
                 "Client : OPCO EP, 25 quai Panhard et Levassor, 75013 Paris", "",
                 "Formation « Bureautique avancée » du 04/03/2024 au 08/03/2024, 35 heures"]:
        c.drawString(56, y, line)
        y -= 18
    y -= 20
    for label, value in [("Total HT", "1 000,00 €"), ("TVA 20 %", "200,00 €"),
                         ("Total TTC", "1 200,00 €")]:
        c.drawString(330, y, label)
        c.drawRightString(540, y, value)
        y -= 18
    c.drawString(56, y - 30, "Règlement par virement à 30 jours.")
    c.showPage()
    c.save()
    return buf.getvalue()


def handwritten_invoice_pdf() -> bytes:
    return pdf_bytes(simple_doc())


# -- not a document --------------------------------------------------------------------------

@entry("empty.pdf", "error", "0 bytes")
def _():
    return b""


@entry("one-byte.pdf", "error", "a single '%' byte")
def _():
    return b"%"


@entry("one-byte.png", "error", "a single 0x89 byte, the first of the PNG signature")
def _():
    return b"\x89"


@entry("random-bytes.pdf", "error", "64 KiB seeded pseudo-random bytes, named .pdf")
def _():
    return random.Random(1).randbytes(64 * 1024)


@entry("pdf-header-garbage.pdf", "error", "%PDF-1.7 header followed by 64 KiB of pseudo-random bytes")
def _():
    return b"%PDF-1.7\n" + random.Random(2).randbytes(64 * 1024)


@entry("pdf-header-eof-only.pdf", "error", "only '%PDF-1.7' and '%%EOF': no object at all")
def _():
    return b"%PDF-1.7\n%%EOF\n"


# -- truncated / damaged PDFs ----------------------------------------------------------------

@entry("trunc-in-first-object.pdf", "error", "valid one-page PDF cut 40 bytes in, inside the catalog")
def _():
    return handwritten_invoice_pdf()[:40]


@entry("trunc-mid-page-object.pdf", "error",
       "cut inside the /Page object (objects 1-2 survive, no page, font or content)")
def _():
    data = handwritten_invoice_pdf()
    at = data.index(b"3 0 obj") + 30
    return data[:at]


@entry("trunc-mid-content-stream.pdf", "any",
       "cut in the middle of the last object, the content stream (no xref, no trailer)")
def _():
    data = handwritten_invoice_pdf()
    s = data.index(b"stream\n", data.index(b"5 0 obj"))
    e = data.index(b"endstream")
    return data[: (s + e) // 2]


@entry("trunc-mid-xref.pdf", "any", "all objects intact, cut in the middle of the xref table")
def _():
    data = handwritten_invoice_pdf()
    x = data.index(b"\nxref\n")
    return data[: x + 40]


@entry("trunc-half-reportlab.pdf", "any", "the reportlab control invoice cut at half its length")
def _():
    data = control_pdf()
    return data[: len(data) // 2]


@entry("xref-offsets-wrong.pdf", "any", "valid invoice page but every xref offset is 13 bytes off (repair allowed)")
def _():
    return pdf_bytes(simple_doc(), xref_delta=13)


@entry("startxref-wrong.pdf", "any", "valid invoice page but startxref points past the end of the file")
def _():
    return pdf_bytes(simple_doc(), startxref=987654321)


@entry("no-xref-no-trailer.pdf", "any", "objects of a valid invoice page but no xref, trailer or startxref")
def _():
    return pdf_bytes(simple_doc(), with_xref=False) + b"%%EOF\n"


@entry("xref-size-huge.pdf", "any", "valid invoice page whose trailer claims /Size 2000000000")
def _():
    return pdf_bytes(simple_doc(), size=2000000000)


@entry("stream-length-lie.pdf", "any", "content stream /Length 999999999 (real length ~250 bytes)")
def _():
    return pdf_bytes(simple_doc(content_length=999999999))


# -- encryption ------------------------------------------------------------------------------

@entry("encrypted-aes256.pdf", "error", "AES-256 (V5 R6) with user password 'userpw', none given")
def _():
    objs, enc = encrypt_r6(simple_doc(), b"userpw", b"ownerpw", seed=6)
    objs[6] = enc
    fid = hashlib.md5(b"hostile-aes256").hexdigest().encode()
    return pdf_bytes(objs, trailer_extra=b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (fid, fid), version=b"1.7")


def qpdf_encrypt(src: bytes, args):
    with tempfile.TemporaryDirectory() as td:
        i, o = os.path.join(td, "in.pdf"), os.path.join(td, "out.pdf")
        with open(i, "wb") as f:
            f.write(src)
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv"] + args + ["--", i, o], check=True)
        with open(o, "rb") as f:
            return f.read()


@entry("encrypted-rc4-40.pdf", "error", "RC4 40-bit (R2) with user password 'userpw', none given (qpdf)")
def _():
    return qpdf_encrypt(control_pdf(), ["--allow-weak-crypto", "--encrypt", "userpw", "ownerpw", "40"])


@entry("encrypted-owner-only-aes128.pdf", "any",
       "AES-128 (R4) with an EMPTY user password (opens without one); owner 'ownerpw' (qpdf)")
def _():
    return qpdf_encrypt(control_pdf(), ["--encrypt", "", "ownerpw", "128", "--use-aes=y"])


# -- page tree loops -------------------------------------------------------------------------

@entry("pages-kids-self.pdf", "any", "root /Pages lists itself in /Kids next to the real page")
def _():
    o = simple_doc()
    o[2] = b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"
    return pdf_bytes(o)


@entry("pages-kids-parent.pdf", "any", "inner /Pages node lists its parent (the root) in /Kids")
def _():
    o = simple_doc()
    o[2] = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
    o[6] = b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 1 >>"
    o[3] = o[3].replace(b"/Parent 2 0 R", b"/Parent 6 0 R")
    return pdf_bytes(o)


@entry("page-parent-self.pdf", "any", "page whose /Parent is itself; MediaBox and Resources only inheritable")
def _():
    o = simple_doc()
    o[2] = (b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    o[3] = b"<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>"
    return pdf_bytes(o)


@entry("page-parent-cycle.pdf", "any", "page /Parent -> A, A /Parent -> B, B /Parent -> A; inheritable attributes absent")
def _():
    o = simple_doc()
    o[2] = (b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    o[3] = b"<< /Type /Page /Parent 6 0 R /Contents 5 0 R >>"
    o[6] = b"<< /Type /Pages /Parent 7 0 R /Kids [3 0 R] /Count 1 >>"
    o[7] = b"<< /Type /Pages /Parent 6 0 R /Kids [6 0 R] /Count 1 >>"
    return pdf_bytes(o)


@entry("pages-count-lie.pdf", "any", "/Pages /Count 2147483647 with a single real page")
def _():
    o = simple_doc()
    o[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"
    return pdf_bytes(o)


@entry("pages-tree-laughs.pdf", "any",
       "page tree of 9 levels, each node listing the next node 10 times: /Count 1e9 from one real page")
def _():
    levels = 9
    o = simple_doc()
    count = 10 ** levels
    o[2] = b"<< /Type /Pages /Kids [" + b"6 0 R " * 10 + b"] /Count %d >>" % count
    for k in range(levels - 1):
        count //= 10
        o[6 + k] = (b"<< /Type /Pages /Parent %d 0 R /Kids [" % (2 if k == 0 else 5 + k)
                    + (b"%d 0 R " % (7 + k if k < levels - 2 else 3)) * 10 + b"] /Count %d >>" % count)
    o[3] = o[3].replace(b"/Parent 2 0 R", b"/Parent %d 0 R" % (6 + levels - 2))
    return pdf_bytes(o)


@entry("pages-5000.pdf", "any", "5000 empty A4 pages sharing one empty content stream (ok or TOO_MANY_PAGES)")
def _():
    n = 5000
    o = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
         2: b"<< /Type /Pages /MediaBox [0 0 595 842] /Count %d /Kids [" % n
            + b" ".join(b"%d 0 R" % (4 + i) for i in range(n)) + b"] >>",
         3: stream_obj(b"", b"")}
    for i in range(n):
        o[4 + i] = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << >> >>"
    return pdf_bytes(o)


# -- deep nesting ----------------------------------------------------------------------------

DEEP = 300000


@entry("deep-array-resources.pdf", "any", "[[[[...]]]] 300000 deep inside the page's /Resources")
def _():
    return pdf_bytes(simple_doc(resources_extra=b"/X " + b"[" * DEEP + b"]" * DEEP + b" "))


@entry("deep-dict-resources.pdf", "any", "<</A<</A...>>>> 300000 deep inside the page's /Resources")
def _():
    return pdf_bytes(simple_doc(resources_extra=b"/X " + b"<</A" * DEEP + b"1" + b">>" * DEEP + b" "))


@entry("deep-array-trailer.pdf", "any", "[[[[...]]]] 300000 deep in the trailer dictionary")
def _():
    return pdf_bytes(simple_doc(), trailer_extra=b"/X " + b"[" * DEEP + b"]" * DEEP)


@entry("deep-q-content.pdf", "any", "300000 nested q (save graphics state) around the invoice text, Flate")
def _():
    content = b"q\n" * DEEP + invoice_content() + b"\n" + b"Q\n" * DEEP
    return pdf_bytes(simple_doc(content=zlib.compress(content, 9), content_dict=b"/Filter /FlateDecode"))


@entry("form-xobject-laughs.pdf", "any",
       "'billion laughs': 8 levels of Form XObjects each painting the next 10 times; 1e8 leaf texts")
def _():
    levels = 8
    o = simple_doc(content=invoice_content() + b"\n/Fx Do", resources_extra=b"/XObject << /Fx 6 0 R >> ")
    for k in range(levels):
        o[6 + k] = stream_obj(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                              b"/Resources << /XObject << /Fn %d 0 R >> >>" % (7 + k), b"/Fn Do " * 10)
    o[6 + levels] = stream_obj(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                               b"/Resources << /Font << /F1 4 0 R >> >>", b"BT /F1 9 Tf 72 72 Td (x) Tj ET")
    return pdf_bytes(o)


@entry("form-xobject-self.pdf", "any", "page text, then a Form XObject whose content paints itself (/Fx Do)")
def _():
    o = simple_doc(content=invoice_content() + b"\n/Fx Do",
                   resources_extra=b"/XObject << /Fx 6 0 R >> ")
    o[6] = stream_obj(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                      b"/Resources << /XObject << /Fx 6 0 R >> >>", b"q 0.5 0 0 0.5 10 10 cm /Fx Do Q")
    return pdf_bytes(o)


# -- names lie -------------------------------------------------------------------------------

@entry("png-named.pdf", "ok", "a legible 1240x1754 PNG invoice page (150 dpi) named .pdf: must be read as PNG")
def _():
    return img_bytes(invoice_page_image(), "PNG", dpi=(150, 150))


@entry("pdf-named.png", "ok", "the reportlab control invoice PDF named .png: must be read as PDF")
def _():
    return control_pdf()


# -- absurd page sizes -----------------------------------------------------------------------

@entry("page-200in.pdf", "any", "MediaBox [0 0 14400 14400] (200 in square) with the invoice text")
def _():
    return pdf_bytes(simple_doc(mediabox=b"[0 0 14400 14400]", content=invoice_content(72, 14300)))


@entry("page-1e9-text.pdf", "any", "MediaBox [0 0 1e9 1e9] with the invoice text near the top")
def _():
    return pdf_bytes(simple_doc(mediabox=b"[0 0 1000000000 1000000000]",
                                content=invoice_content(72, 999999900)))


@entry("page-1e9-blank.pdf", "any", "MediaBox [0 0 1e9 1e9], no text at all (rendering it for OCR would explode)")
def _():
    return pdf_bytes(simple_doc(mediabox=b"[0 0 1000000000 1000000000]", content=b""))


@entry("mediabox-negative.pdf", "any", "MediaBox [0 0 -612 -792] with the invoice text")
def _():
    return pdf_bytes(simple_doc(mediabox=b"[0 0 -612 -792]"))


@entry("mediabox-zero.pdf", "any", "MediaBox [0 0 0 0] with the invoice text")
def _():
    return pdf_bytes(simple_doc(mediabox=b"[0 0 0 0]"))


@entry("mediabox-overflow.pdf", "any", "MediaBox of 40-digit integers (overflow any int or float parse)")
def _():
    big = b"9" * 40
    return pdf_bytes(simple_doc(mediabox=b"[-" + big + b" -" + big + b" " + big + b" " + big + b"]"))


# -- pictures declaring absurd sizes ---------------------------------------------------------

@entry("image-xobject-40000-tiny.pdf", "any",
       "page painting a 40000x40000 RGB image XObject whose Flate stream is ~100 bytes (no text)")
def _():
    data = zlib.compress(b"\xff" * 60000, 9)
    o = simple_doc(content=b"q 595 0 0 842 0 0 cm /Im0 Do Q",
                   resources_extra=b"/XObject << /Im0 6 0 R >> ")
    o[6] = stream_obj(b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceRGB "
                      b"/BitsPerComponent 8 /Filter /FlateDecode", data)
    return pdf_bytes(o)


@entry("image-xobject-40000-1bit-full.pdf", "any",
       "page painting a complete 40000x40000 1-bit image XObject (200 MB inflated, ~200 KB Flate; no text)")
def _():
    side = 40000
    data = flate_stream_of_repeated(b"\xff", side * side // 8)
    o = simple_doc(content=b"q 595 0 0 842 0 0 cm /Im0 Do Q",
                   resources_extra=b"/XObject << /Im0 6 0 R >> ")
    o[6] = stream_obj(b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray "
                      b"/BitsPerComponent 1 /Filter /FlateDecode", data)
    return pdf_bytes(o)


@entry("image-xobject-60000-tiny.pdf", "any",
       "page painting a 60000x60000 RGB image XObject behind a ~100-byte Flate stream (no text)")
def _():
    data = zlib.compress(b"\xff" * 60000, 9)
    o = simple_doc(content=b"q 595 0 0 842 0 0 cm /Im0 Do Q",
                   resources_extra=b"/XObject << /Im0 6 0 R >> ")
    o[6] = stream_obj(b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB "
                      b"/BitsPerComponent 8 /Filter /FlateDecode", data)
    return pdf_bytes(o)


@entry("image-xobject-40000-tiny-3pages.pdf", "any",
       "3 pages, each painting the same 40000x40000 RGB image XObject (~100-byte Flate stream; no text)")
def _():
    data = zlib.compress(b"\xff" * 60000, 9)
    o = simple_doc(content=b"q 595 0 0 842 0 0 cm /Im0 Do Q",
                   resources_extra=b"/XObject << /Im0 6 0 R >> ")
    o[2] = b"<< /Type /Pages /Kids [3 0 R 7 0 R 8 0 R] /Count 3 >>"
    o[6] = stream_obj(b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceRGB "
                      b"/BitsPerComponent 8 /Filter /FlateDecode", data)
    o[7] = o[3]
    o[8] = o[3]
    return pdf_bytes(o)


@entry("png-60000-white.png", "error", "complete valid 60000x60000 1-bit white PNG: 3.6 Gpx declared (IMAGE_TOO_LARGE)")
def _():
    return png_white_huge(60000)


@entry("png-60000-header-only.png", "error", "PNG signature, IHDR 60000x60000 RGB, IEND; CRCs valid; no IDAT")
def _():
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    return PNG_SIG + png_chunk(b"IHDR", ihdr) + png_chunk(b"IEND", b"")


@entry("gif-65535.gif", "error", "GIF89a, screen and image 65535x65535, LZW stream = clear + end")
def _():
    hdr = b"GIF89a" + struct.pack("<HHBBB", 65535, 65535, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    desc = b"\x2c" + struct.pack("<HHHHB", 0, 0, 65535, 65535, 0)
    return hdr + desc + b"\x02\x01\x2c\x00" + b"\x3b"


@entry("jpeg-65000-sof-nodata.jpg", "error", "JPEG tables + SOF0 65000x65000 + SOS header + EOI, no scan data")
def _():
    small = img_bytes(Image.new("L", (16, 16), 255), "JPEG", quality=90)
    b = bytearray(small)
    sof = b.index(b"\xff\xc0")
    struct.pack_into(">HH", b, sof + 5, 65000, 65000)
    sos = b.index(b"\xff\xda")
    sos_len = struct.unpack(">H", b[sos + 2:sos + 4])[0]
    return bytes(b[: sos + 2 + sos_len]) + b"\xff\xd9"


@entry("tiff-huge-header.tif", "error", "uncompressed 8-bit TIFF declaring 1000000x1000000, one strip of 16 bytes")
def _():
    return tiff_bytes([dict(width=1000000, height=1000000, bps=8, compression=1, photometric=1,
                            data=b"\xff" * 16)])


@entry("tiff-g4-white-60000.tif", "error", "complete valid 60000x60000 CCITT G4 all-white TIFF in 7.5 KB (3.6 Gpx)")
def _():
    return tiff_bytes([dict(width=60000, height=60000, bps=1, compression=4, photometric=0,
                            data=g4_all_white(60000), dpi=300)])


@entry("png-1x1.png", "error", "a single white pixel: under an inch of paper (IMAGE_TOO_SMALL)")
def _():
    return img_bytes(Image.new("L", (1, 1), 255), "PNG")


@entry("png-zero-width.png", "error", "IHDR with width 0 (invalid), valid CRCs, a small IDAT")
def _():
    ihdr = struct.pack(">IIBBBBB", 0, 100, 8, 0, 0, 0, 0)
    return PNG_SIG + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + png_chunk(b"IEND", b"")


# -- decompression bombs ---------------------------------------------------------------------

BOMB = 1100 * MiB


@entry("flate-bomb-content.pdf", "any", "invoice text then spaces: the content stream inflates to 1100 MiB (~1.1 MB Flate)")
def _():
    data = flate_stream_of_repeated(b" ", BOMB, prefix=invoice_content() + b"\n")
    return pdf_bytes(simple_doc(content=data, content_dict=b"/Filter /FlateDecode"))


@entry("flate-bomb-content-x8.pdf", "any",
       "/Contents lists the same 1100 MiB Flate bomb stream 8 times: 8.6 GiB of content from 1.1 MB")
def _():
    data = flate_stream_of_repeated(b" ", BOMB, prefix=invoice_content() + b"\n")
    o = simple_doc(content=data, content_dict=b"/Filter /FlateDecode")
    o[3] = o[3].replace(b"/Contents 5 0 R", b"/Contents [" + b"5 0 R " * 8 + b"]")
    return pdf_bytes(o)


@entry("flate-bomb-embedded-xml.pdf", "any",
       "invoice page + attached factur-x.xml (CII root, /AF, EmbeddedFiles) inflating to 1100 MiB of blanks")
def _():
    prefix = (b'<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice '
              b'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">')
    data = flate_stream_of_repeated(b" ", BOMB, prefix=prefix, suffix=b"</rsm:CrossIndustryInvoice>\n")
    o = simple_doc()
    o[1] = (b"<< /Type /Catalog /Pages 2 0 R /AF [6 0 R] "
            b"/Names << /EmbeddedFiles << /Names [(factur-x.xml) 6 0 R] >> >> >>")
    o[6] = (b"<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /AFRelationship /Data "
            b"/EF << /F 7 0 R /UF 7 0 R >> >>")
    o[7] = stream_obj(b"/Type /EmbeddedFile /Subtype /text#2Fxml /Params << /Size 1000 >> "
                      b"/Filter /FlateDecode", data)
    return pdf_bytes(o, version=b"1.7")


# -- many pages ------------------------------------------------------------------------------

@entry("tiff-500-pages-tiny.tif", "any", "multi-page TIFF, 500 pages of 16x16 8-bit grey pictures")
def _():
    pages = []
    for i in range(500):
        data = bytes(((x * 16 + y + i) * 7) & 0xFF for y in range(16) for x in range(16))
        pages.append(dict(width=16, height=16, bps=8, compression=1, photometric=1, data=data))
    return tiff_bytes(pages)


@entry("tiff-500-pages-blank-a4.tif", "any", "multi-page TIFF, 500 blank A4 pages at 150 dpi (1240x1754, G4)")
def _():
    page = dict(width=1240, height=1754, bps=1, compression=4, photometric=0, data=g4_all_white(1754), dpi=150)
    return tiff_bytes([page] * 500)


# -- damaged pictures ------------------------------------------------------------------------

@entry("jpeg-truncated-midscan.jpg", "any", "1240x1754 invoice page JPEG (baseline, q90) cut at 50% of its bytes, mid-scan")
def _():
    data = img_bytes(invoice_page_image(), "JPEG", quality=90, dpi=(150, 150))
    return data[: len(data) // 2]


@entry("png-bad-crc-idat.png", "any", "the invoice page PNG with the IDAT CRC wrong")
def _():
    return png_corrupt_crc(img_bytes(invoice_page_image(), "PNG", dpi=(150, 150)), b"IDAT")


@entry("png-bad-crc-ihdr.png", "any", "the invoice page PNG with the IHDR CRC wrong")
def _():
    return png_corrupt_crc(img_bytes(invoice_page_image(), "PNG", dpi=(150, 150)), b"IHDR")


@entry("gif-bad-lzw.gif", "any", "the invoice page GIF with its LZW data (after the 2nd sub-block) replaced by garbage")
def _():
    data = bytearray(img_bytes(invoice_page_image().convert("P"), "GIF"))
    _lzw, blocks = gif_image_data_span(bytes(data))
    rnd = random.Random(3)
    for off, n in blocks[2:]:
        data[off:off + n] = rnd.randbytes(n)
    return bytes(data)


@entry("gif-bad-lzw-codesize.gif", "any", "the invoice page GIF with LZW minimum code size 12 (invalid, max 11)")
def _():
    data = bytearray(img_bytes(invoice_page_image().convert("P"), "GIF"))
    lzw, _blocks = gif_image_data_span(bytes(data))
    data[lzw] = 12
    return bytes(data)


# -- controls --------------------------------------------------------------------------------

@entry("control-invoice.pdf", "ok", "legitimate one-page French invoice made with reportlab (text layer)")
def _():
    return control_pdf()


@entry("control-page.png", "ok", "legitimate 1240x1754 invoice page picture (150 dpi), black words on white")
def _():
    return img_bytes(invoice_page_image(), "PNG", dpi=(150, 150))


@entry("control-page.jpg", "ok", "the same legitimate page as a baseline JPEG (q90, 150 dpi): control for the damaged JPEG")
def _():
    return img_bytes(invoice_page_image(), "JPEG", quality=90, dpi=(150, 150))


@entry("control-page.gif", "ok", "the same legitimate page as a GIF (PIL, palette): control for the damaged GIFs")
def _():
    return img_bytes(invoice_page_image().convert("P"), "GIF")


@entry("control-page.tif", "ok", "the same legitimate page as a PackBits 8-bit grey TIFF (PIL, 150 dpi): control for the TIFFs")
def _():
    return img_bytes(invoice_page_image(), "TIFF", compression="packbits", dpi=(150, 150))


# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE, help="folder to write into (default: this script's folder)")
    ap.add_argument("--only", nargs="*", help="build only these names")
    args = ap.parse_args()
    _aes_selftest()
    os.makedirs(args.out, exist_ok=True)
    if shutil.which("qpdf") is None:
        sys.exit("qpdf is needed (apt-get install qpdf)")
    total = 0
    names = set()
    for name, expect, why, fn in FILES:
        assert name not in names, name
        names.add(name)
        if args.only and name not in args.only:
            continue
        data = fn()
        assert len(data) < 2 * MiB, (name, len(data))
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        total += len(data)
        print("%-38s %9d  %s" % (name, len(data), expect))
    if not args.only:
        assert total < 10 * MiB, total
        with open(os.path.join(args.out, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
            for name, expect, why, _fn in FILES:
                assert "\t" not in why and "\n" not in why
                f.write("%s\t%s\t%s\n" % (name, expect, why))
    print("%d files, %d bytes" % (len(FILES) if not args.only else len(args.only), total))


if __name__ == "__main__":
    main()
