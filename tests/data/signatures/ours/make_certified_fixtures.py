#!/usr/bin/python3
"""Certification signatures (DocMDP) and what may follow them. Uses the held-out set's PDF
helpers and throw-away PKI (../heldout/make_heldout.py), so it needs what that script needs
(openssl, libnss3-tools, poppler-utils, python3-reportlab). Writes into OUT_DIR (default: here):

  certified-p1.pdf               certified, no changes permitted (DocMDP P=1)        -> valid
  certified-p1-then-signed.pdf   the same, then signed by a second signer (pdfsig)   -> the
                                 certification is modified-after-signing (P=1 forbids even
                                 signatures), the second signature is valid
  certified-p2-then-signed.pdf   certified with P=2 (form filling and signing permitted), then
                                 signed                                              -> valid, valid
Usage: make_certified_fixtures.py [OUT_DIR]"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))
import make_heldout as H  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE


def certify(signer, p):
    base, layout = H.make_base(with_sig_field=("Certification", (0, 0, 0, 0), None))
    sz = H.size_of(base)
    widget = H.get_obj(base, layout["sigfield"])
    form = H.get_obj(base, layout["acroform"])
    root = H.root_num(base)
    catalog = H.get_obj(base, root)
    sig = H.sig_value_dict("Heldout Supplier Signer", "Certification").replace(
        b"/Type /Sig", b"/Type /Sig /Reference [<< /Type /SigRef /TransformMethod /DocMDP "
        b"/TransformParams << /Type /TransformParams /P %d /V /1.2 >> >>]" % p, 1)
    return H.openssl_sign_update(signer, base, {
        layout["sigfield"]: widget[:-2].rstrip() + b" /V %d 0 R >>" % sz,
        layout["acroform"]: form[:-2].rstrip() + b" /SigFlags 3 >>",
        root: catalog[:-2].rstrip() + b" /Perms << /DocMDP %d 0 R >> >>" % sz,
        sz: sig}, "signer", size=sz + 1)


work = tempfile.mkdtemp(prefix="certified-")
try:
    signer = H.Signer(work)
    p1 = certify(signer, 1)
    outputs = {
        "certified-p1.pdf": p1,
        "certified-p1-then-signed.pdf": signer.sign(p1, nick="cosigner", reason="Visa"),
        "certified-p2-then-signed.pdf": signer.sign(certify(signer, 2), nick="cosigner",
                                                    reason="Visa"),
    }
    for name, data in outputs.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
finally:
    shutil.rmtree(work, ignore_errors=True)
