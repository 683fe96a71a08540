#!/usr/bin/env python3
"""Attacks that hide a content change behind something a signature checker tolerates.
make_fixtures.sh runs it; deterministic given its inputs.

  redirects SIGNED OUT_DIR   from a signed invoice, three updates that each redefine the page's
                             content stream with a new total, disguised as:
                             signed-info-redirect.pdf     (the trailer's /Info points at it),
                             signed-metadata-redirect.pdf (the catalog's /Metadata points at it,
                                                           and it is typed /Metadata),
                             signed-dss-redirect.pdf      (a new /DSS lists it as a certificate)
  dangling-base IN OUT       IN plus an update whose page 1 /Annots names an object that does
                             not exist (to be signed next)
  dangling-fill SIGNED OUT   the signed dangling base plus an update that brings that object to
                             life: a FreeText annotation showing a new total
  shared-base IN OUT         IN plus an update making its document information dictionary also
                             the page's graphics state (/GS1, applied before the text)
  shared-fill SIGNED OUT     the signed shared base plus an update that "only" edits the document
                             information: its /ca 0 makes the page's text invisible
All must read modified-after-signing (the signed bases themselves read valid)."""
import re
import sys

DANGLING_GAP = 50  # how far past /Size the missing object is, clear of what signing adds


def last_trailer(src):
    startxref = int(re.findall(rb"startxref\s+(\d+)", src)[-1])
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", src, re.S)[-1]
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = int(re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer).group(1))
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    return startxref, size, root, (int(info.group(1)) if info else None)


def last_definition(src, num):
    return re.findall(rb"(?:^|\n)%d 0 obj\s*(<<.*?>>)\s*(?:stream|endobj)" % num, src, re.S)[-1]


def first_page(src):
    m = re.search(rb"(?:^|\n)(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Type\s*/Page\b", src, re.S)
    return int(m.group(1))


def update(src, objects, size=None, trailer_extra=b""):
    """`src` plus an incremental update defining `objects` ({number: bytes})."""
    startxref, old_size, root, info = last_trailer(src)
    size = max(size or 0, old_size, max(objects) + 1)
    if info is not None and b"/Info" not in trailer_extra:
        trailer_extra += b" /Info %d 0 R" % info
    body = b"\n"
    offsets = {}
    for num, data in sorted(objects.items()):
        offsets[num] = len(src) + len(body)
        body += b"%d 0 obj\n" % num + data + b"\nendobj\n"
    xref_at = len(src) + len(body)
    xref = b"xref\n0 1\n0000000000 65535 f \n"
    for num in sorted(offsets):
        xref += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    tail = (b"trailer\n<< /Size %d /Root %d 0 R /Prev %d%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, root, startxref, trailer_extra, xref_at))
    return src + body + xref + tail


def stream(data, extra=b""):
    return b"<<%s /Length %d >>\nstream\n%s\nendstream" % (extra, len(data), data)


NEW_TOTAL = b"BT /F1 11 Tf 72 700 Td (TOTAL TTC : 9 440,00 EUR) Tj ET"


def redirects(signed, out_dir):
    src = open(signed, "rb").read()
    page = first_page(src)
    content = int(re.search(rb"/Contents\s+(\d+)\s+0\s+R", last_definition(src, page)).group(1))
    _, _, root, _ = last_trailer(src)
    catalog = last_definition(src, root)
    with open(f"{out_dir}/signed-info-redirect.pdf", "wb") as f:
        f.write(update(src, {content: stream(NEW_TOTAL)}, trailer_extra=b" /Info %d 0 R" % content))
    with open(f"{out_dir}/signed-metadata-redirect.pdf", "wb") as f:
        f.write(update(src, {content: stream(NEW_TOTAL, b" /Type /Metadata /Subtype /XML"),
                             root: catalog[:-2] + b" /Metadata %d 0 R >>" % content}))
    with open(f"{out_dir}/signed-dss-redirect.pdf", "wb") as f:
        f.write(update(src, {content: stream(NEW_TOTAL),
                             root: catalog[:-2] + b" /DSS << /Certs [%d 0 R] >> >>" % content}))


def dangling_base(src_path, out):
    src = open(src_path, "rb").read()
    _, size, _, _ = last_trailer(src)
    page = first_page(src)
    missing = size + DANGLING_GAP
    page_dict = last_definition(src, page)
    if b"/Annots" in page_dict:
        page_dict = re.sub(rb"/Annots\s*\[", b"/Annots [%d 0 R " % missing, page_dict)
    else:
        page_dict = page_dict[:-2] + b" /Annots [%d 0 R] >>" % missing
    open(out, "wb").write(update(src, {page: page_dict}))


def dangling_fill(signed_path, out):
    src = open(signed_path, "rb").read()
    page = first_page(src)
    missing = int(re.search(rb"/Annots\s*\[[^\]]*?(\d+) 0 R", last_definition(src, page)).group(1))
    ap = stream(b"1 1 0.6 rg 0 0 260 30 re f BT /Helv 14 Tf 0 0 0 rg 6 9 Td "
                b"(NET A PAYER : 9 440,00 EUR) Tj ET",
                b" /Type /XObject /Subtype /Form /BBox [0 0 260 30] /Resources << /Font << "
                b"/Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>")
    annot = (b"<< /Type /Annot /Subtype /FreeText /Rect [300 640 560 670] /P %d 0 R "
             b"/Contents (NET A PAYER : 9 440,00 EUR) /DA (/Helv 14 Tf 0 g) "
             b"/AP << /N %d 0 R >> >>" % (page, missing + 1))
    open(out, "wb").write(update(src, {missing: annot, missing + 1: ap}, size=missing + 2))


def shared_base(src_path, out):
    src = open(src_path, "rb").read()
    _, size, _, info = last_trailer(src)
    page = first_page(src)
    page_dict = last_definition(src, page)
    content = int(re.search(rb"/Contents\s+(\d+)\s+0\s+R", page_dict).group(1))
    info_num = info if info is not None else size
    info_dict = last_definition(src, info) if info is not None else b"<< >>"
    shared = info_dict[:-2] + b" /Type /ExtGState /CA 1 /ca 1 >>"
    resources = re.search(rb"/Resources\s+(\d+)\s+0\s+R", page_dict)
    if resources:
        res_num = int(resources.group(1))
        res = last_definition(src, res_num)
        new_res = res[:-2] + b" /ExtGState << /GS1 %d 0 R >> >>" % info_num
        objects = {res_num: new_res}
    else:
        page_dict = re.sub(rb"/Resources\s*<<", b"/Resources << /ExtGState << /GS1 %d 0 R >>"
                           % info_num, page_dict, count=1)
        objects = {page: page_dict}
    # The page's content, as it was, drawn under /GS1.
    old = re.search(rb"\n%d 0 obj\s*<<.*?>>\s*stream\r?\n(.*?)\r?\nendstream" % content, src, re.S)
    objects[content] = stream(b"/GS1 gs\n" + old.group(1))
    objects[info_num] = shared
    open(out, "wb").write(update(src, objects, trailer_extra=b" /Info %d 0 R" % info_num))


def shared_fill(signed_path, out):
    src = open(signed_path, "rb").read()
    _, _, _, info = last_trailer(src)
    hidden = last_definition(src, info).replace(b"/ca 1", b"/ca 0")
    open(out, "wb").write(update(src, {info: hidden}))


if __name__ == "__main__":
    mode, a, b = sys.argv[1:4]
    {"redirects": redirects, "dangling-base": dangling_base, "dangling-fill": dangling_fill,
     "shared-base": shared_base, "shared-fill": shared_fill}[mode](a, b)
