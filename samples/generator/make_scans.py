#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Make "scanned" versions of the synthetic invoices, to test OCR.

Usage:
  /usr/bin/python3 make_scans.py --src DIR --out DIR --seed S [--count N] [--jobs J]

For each DIR/inv-NNN.pdf (sorted; the first N if --count is given) that has an
inv-NNN.truth.json beside it, writes OUT/scan-NNN.EXT (an image or image-only
PDF, no text layer) and OUT/scan-NNN.truth.json: the source truth with "file"
set to the new name and an extra "degradation" object saying what was done.

Document NNN depends only on the seed, on NNN and on its source, so the
output is byte-identical from run to run.

Needs only Debian 12 packages: python3, python3-pil, python3-numpy,
poppler-utils (pdftoppm). python3-img2pdf is used for the PDF outputs when it
is installed (JPEG and CCITT G4 embedded as they are); without it PIL's PDF
writer is used (same images, different PDF bytes).
Written for the verifact project.
"""
import argparse
import glob
import hashlib
import io
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageFilter, TiffImagePlugin

try:
    import img2pdf
except ImportError:          # fall back on PIL's PDF writer
    img2pdf = None

# Formats are dealt in blocks of 8 consecutive numbers (001-008, 009-016, ...):
# each block gets every slot below once, in a seed-dependent order, and one
# page of each block is put in the scanner the wrong way round.
SLOTS = ["png", "png", "jpg", "jpeg", "gif", "tiff", "pdf", "pdf"]
SINGLE_PAGE_ONLY = {"png", "jpg", "jpeg", "gif"}
# Layouts whose smallest text is too small for 150 dpi.
SMALL_FONT_LAYOUTS = {"compact_footer", "grid_form", "landscape"}
EDGES = ["top", "bottom", "left", "right"]


def _int_seed(*parts):
    h = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:8], "big")


def block_plan(seed, block):
    r = random.Random(_int_seed("scan-block", seed, block))
    fmts = SLOTS[:]
    r.shuffle(fmts)
    # 180 (upside down in the feeder) twice as often as 90 or 270 (flatbed);
    # consecutive blocks walk this cycle so that a set of 16+ has both kinds.
    rots = [180, 90, 180, 270]
    return fmts, r.randrange(len(SLOTS)), rots[(block + _int_seed("scan-rot", seed)) % len(rots)]


def plan(seed, num, pages, layout):
    """Deterministic choice of degradations for source number num."""
    fmts, rot_slot, rot = block_plan(seed, (num - 1) // len(SLOTS))
    slot = (num - 1) % len(SLOTS)
    r = random.Random(_int_seed("scan", seed, num))
    fmt = fmts[slot]
    if pages > 1 and fmt in SINGLE_PAGE_ONLY:
        fmt = ["tiff", "pdf"][(num + _int_seed("scan-multipage", seed)) % 2]
    ext = {"tiff": r.choice(["tif", "tiff"])}.get(fmt, fmt)
    d = {"format": fmt, "pages": pages}

    # colour mode and resolution
    if fmt == "png":
        colour = "rgb" if r.random() < 0.25 else "gray"
        dpi = 200 if colour == "rgb" else r.choice([200, 200, 240, 240, 300])
    elif fmt in ("jpg", "jpeg"):
        colour = "rgb" if r.random() < 0.6 else "gray"
        dpi = r.choice([150, 200, 240, 300])
    elif fmt == "gif":
        colour = "palette"
        dpi = r.choice([150, 200])
    elif fmt == "tiff":
        colour = r.choices(["bilevel", "gray", "rgb"], [0.5, 0.3, 0.2])[0]
        dpi = r.choice([200, 300] if colour == "bilevel" else [200, 240])
    else:  # pdf
        colour = r.choices(["bilevel", "gray", "rgb"], [0.15, 0.45, 0.4])[0]
        dpi = r.choice([200, 300] if colour == "bilevel" else [150, 200, 240, 300])
    if dpi == 150 and layout in SMALL_FONT_LAYOUTS:
        dpi = 200
    d.update(dpi=dpi, colour=colour)

    # geometry
    d["rotation"] = rot if slot == rot_slot else 0
    skews = []
    for _ in range(pages):
        mag = r.uniform(2.5, 5.0) if r.random() < 0.12 else r.uniform(0.0, 2.5)
        skews.append(round(mag * r.choice([-1, 1]), 2))
    d["skew_deg"] = skews

    # paper and scanner
    tint = r.choices([None, "yellowish", "grey"], [0.35, 0.35, 0.30])[0]
    if tint == "yellowish":
        paper = [r.randint(246, 253), r.randint(238, 247), r.randint(212, 232)]
    elif tint == "grey":
        g = r.randint(226, 242)
        paper = [g, g, g]
    else:
        paper = [255, 255, 255]
    d["paper_tint"] = tint
    d["paper_rgb"] = paper
    lossless = fmt in ("png", "gif")
    d["illumination"] = ({"strength": round(r.uniform(0.04, 0.10) if lossless else r.uniform(0.05, 0.18), 3),
                          "direction_deg": r.randrange(0, 360, 15)}
                         if r.random() < 0.6 else None)
    blur = round(r.uniform(0.5, 1.0), 2) if r.random() < 0.6 else None
    if blur and dpi == 150:
        blur = min(blur, 0.7)
    d["blur_radius"] = blur
    nb = r.choices([0, 1, 2], [0.55, 0.3, 0.15])[0]
    d["border"] = [{"edge": e, "width_mm": round(r.uniform(1.5, 5.0), 1),
                    "level": r.randint(15, 80)} for e in sorted(r.sample(EDGES, nb), key=EDGES.index)]
    sigma = r.uniform(0.8, 2.0) if lossless else r.uniform(1.5, 5.0)
    d["gaussian_noise_sigma"] = round(sigma, 2)
    d["speckle_density"] = round(r.uniform(2e-5, 2e-4), 6) if r.random() < 0.6 else 0.0
    # Scanner auto-levels: everything above the white point becomes pure white.
    # Always on for the lossless formats (a noisy paper background would make
    # PNG/GIF files huge) and bilevel scans (levels, then threshold); on half
    # of the others.
    ref = (0.299 * paper[0] + 0.587 * paper[1] + 0.114 * paper[2]) if colour in ("gray", "bilevel") else max(paper)
    if lossless or colour == "bilevel" or r.random() < 0.5:
        d["white_point"] = int(round(ref * (r.uniform(0.88, 0.94) if lossless else r.uniform(0.90, 0.96))))
    else:
        d["white_point"] = None

    # encoding
    d["jpeg_quality"] = None
    d["palette_colours"] = None
    d["threshold"] = None
    if fmt in ("jpg", "jpeg"):
        d["jpeg_quality"] = r.randint(50 if dpi == 150 else 35, 85)
        d["compression"] = "jpeg"
    elif fmt == "png":
        d["compression"] = "deflate"
    elif fmt == "gif":
        d["palette_colours"] = r.choice([16, 32, 64])
        d["compression"] = "lzw"
    elif colour == "bilevel":
        d["threshold"] = r.randint(155, 185)
        d["compression"] = "ccitt_g4"
    else:
        d["jpeg_quality"] = r.randint(50 if dpi == 150 else 40, 80)
        d["compression"] = "jpeg"
    return ext, d


# --------------------------------------------------------------------------
# Image processing
# --------------------------------------------------------------------------

def rasterise(pdf, dpi, gray, tmp):
    prefix = os.path.join(tmp, "p")
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(cmd, check=True)
    files = sorted(glob.glob(prefix + "-*.png"), key=lambda f: int(re.findall(r"-(\d+)\.png$", f)[0]))
    # pdftoppm 22.x writes RGB PNGs even with -gray: convert
    pages = [Image.open(f) for f in files]
    pages = [p.convert("L" if gray else "RGB") for p in pages]
    for f in files:
        os.remove(f)
    return pages


def degrade_page(im, d, skew, nrng):
    """im: L or RGB page image at d['dpi']. Returns a uint8 L or RGB image."""
    gray = im.mode == "L"
    paper = np.array(d["paper_rgb"], dtype=np.float32)
    if gray:
        paper = np.float32(0.299 * paper[0] + 0.587 * paper[1] + 0.114 * paper[2])
    a = np.asarray(im, dtype=np.float32) * (paper / 255.0)
    im = Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), im.mode)

    # skew on a white scanner bed, then the page put in the wrong way
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, expand=True,
                       fillcolor=255 if gray else (255, 255, 255))
    rot = d["rotation"]
    if rot:
        im = im.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[rot])
    if d["blur_radius"]:
        im = im.filter(ImageFilter.GaussianBlur(d["blur_radius"]))

    a = np.asarray(im, dtype=np.float32)
    h, w = a.shape[:2]
    ill = d["illumination"]
    if ill:
        t = np.radians(ill["direction_deg"])
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        p = (xx / w - 0.5) * np.cos(t) + (yy / h - 0.5) * np.sin(t)
        p = (p - p.min()) / max(p.max() - p.min(), 1e-6)
        f = 1.0 - ill["strength"] * p ** 1.5
        a *= f[..., None] if a.ndim == 3 else f

    for b in d["border"]:
        width = max(2, int(round(b["width_mm"] / 25.4 * d["dpi"])))
        ramp = int(width * 0.6) + 1
        prof = np.concatenate([np.full(width, b["level"], np.float32),
                               b["level"] + (255.0 - b["level"]) * (np.arange(1, ramp + 1) / ramp) ** 2])
        n = len(prof)
        if b["edge"] in ("top", "bottom"):
            cap = prof if b["edge"] == "top" else prof[::-1]
            sl = slice(0, n) if b["edge"] == "top" else slice(h - n, h)
            cap = cap[:, None, None] if a.ndim == 3 else cap[:, None]
            a[sl] = np.minimum(a[sl], cap)
        else:
            cap = prof if b["edge"] == "left" else prof[::-1]
            sl = slice(0, n) if b["edge"] == "left" else slice(w - n, w)
            cap = cap[None, :, None] if a.ndim == 3 else cap[None, :]
            a[:, sl] = np.minimum(a[:, sl], cap)

    sigma = d["gaussian_noise_sigma"]
    if sigma:
        # luminance noise plus a little chroma noise on colour scans
        n = nrng.normal(0.0, sigma, (h, w)).astype(np.float32)
        if a.ndim == 3:
            a += n[..., None] + nrng.normal(0.0, sigma * 0.3, a.shape).astype(np.float32)
        else:
            a += n
    dens = d["speckle_density"]
    if dens:
        k = int(h * w * dens)
        ys = nrng.integers(0, h - 1, k)
        xs = nrng.integers(0, w - 1, k)
        dark = nrng.random(k) < 0.8            # mostly dust (dark), some dropouts (light)
        big = nrng.random(k) < 0.4
        vals = np.where(dark, nrng.uniform(20, 90, k), 255.0).astype(np.float32)
        for dy, dx, m in ((0, 0, None), (0, 1, big), (1, 0, big), (1, 1, big)):
            yi, xi, v = ys + dy, xs + dx, vals
            if m is not None:
                yi, xi, v = yi[m], xi[m], v[m]
            if a.ndim == 3:
                a[yi, xi, :] = v[:, None]
            else:
                a[yi, xi] = v
    if d["white_point"]:
        a *= 255.0 / d["white_point"]
    a = np.clip(a + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB" if a.ndim == 3 else "L")


def to_output_mode(im, d):
    if d["colour"] == "bilevel":
        thr = d["threshold"]
        return im.convert("L").point(lambda v: 255 if v > thr else 0).convert("1", dither=Image.NONE)
    if d["colour"] == "palette":
        return im.convert("RGB").quantize(colors=d["palette_colours"], method=Image.MEDIANCUT,
                                          dither=Image.NONE)
    return im


def jpeg_bytes(im, d):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=d["jpeg_quality"], dpi=(d["dpi"], d["dpi"]), optimize=True)
    return b.getvalue()


def g4_bytes(im, d):
    """Single-strip CCITT G4 TIFF, which img2pdf embeds as it is."""
    b = io.BytesIO()
    old = getattr(TiffImagePlugin, "STRIP_SIZE", None)
    TiffImagePlugin.STRIP_SIZE = (im.size[0] + 7) // 8 * im.size[1]
    try:
        im.save(b, "TIFF", compression="group4", dpi=(d["dpi"], d["dpi"]))
    finally:
        if old is not None:
            TiffImagePlugin.STRIP_SIZE = old
    return b.getvalue()


def write_output(pages, path, d):
    fmt, dpi = d["format"], d["dpi"]
    if fmt == "png":
        pages[0].save(path, "PNG", optimize=True, dpi=(dpi, dpi))
    elif fmt in ("jpg", "jpeg"):
        with open(path, "wb") as f:
            f.write(jpeg_bytes(pages[0], d))
    elif fmt == "gif":
        pages[0].save(path, "GIF", optimize=True)
    elif fmt == "tiff":
        kw = {"compression": "group4"} if d["colour"] == "bilevel" else \
             {"compression": "jpeg", "quality": d["jpeg_quality"]}
        pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(dpi, dpi), **kw)
    elif fmt == "pdf":
        if img2pdf is not None:
            blobs = [g4_bytes(p, d) if d["colour"] == "bilevel" else jpeg_bytes(p, d) for p in pages]
            data = img2pdf.convert(blobs, engine=img2pdf.Engine.internal, nodate=True)
            with open(path, "wb") as f:
                f.write(data)
        else:
            kw = {} if d["colour"] == "bilevel" else {"quality": d["jpeg_quality"]}
            pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), **kw)
    else:
        raise ValueError(fmt)


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def make_scan(src_pdf, truth, out_dir, seed):
    num = int(re.search(r"(\d+)\.pdf$", os.path.basename(src_pdf)).group(1))
    pages_n = pdf_pages(src_pdf)
    ext, d = plan(seed, num, pages_n, truth.get("layout"))
    name = "scan-%03d.%s" % (num, ext)
    nrng = np.random.default_rng(_int_seed("scan-noise", seed, num))
    with tempfile.TemporaryDirectory(prefix="make_scans.") as tmp:
        raw = rasterise(src_pdf, d["dpi"], d["colour"] in ("gray", "bilevel"), tmp)
    if len(raw) != pages_n:
        raise RuntimeError("%s: pdftoppm gave %d pages, pdfinfo says %d" % (src_pdf, len(raw), pages_n))
    pages = [to_output_mode(degrade_page(p, d, s, nrng), d) for p, s in zip(raw, d["skew_deg"])]
    path = os.path.join(out_dir, name)
    write_output(pages, path, d)
    d["size_px"] = [list(p.size) for p in pages]
    t = {"file": name}
    t.update({k: v for k, v in truth.items() if k != "file"})
    t["degradation"] = dict(source=os.path.basename(src_pdf), **d)
    with open(os.path.join(out_dir, "scan-%03d.truth.json" % num), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return name, d, os.path.getsize(path)


def _job(job):
    src, out_dir, seed = job
    with open(src[:-4] + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    return make_scan(src, truth, out_dir, seed)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", required=True, help="directory with inv-NNN.pdf and inv-NNN.truth.json")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=None, help="only the first N sources")
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1),
                    help="parallel processes (the output does not depend on it)")
    args = ap.parse_args(argv)

    srcs = sorted(f for f in glob.glob(os.path.join(args.src, "*.pdf"))
                  if re.search(r"\d+\.pdf$", f) and os.path.exists(f[:-4] + ".truth.json"))
    if args.count is not None:
        srcs = srcs[:args.count]
    if not srcs:
        sys.exit("no NNN.pdf with a NNN.truth.json in %s" % args.src)
    os.makedirs(args.out, exist_ok=True)
    jobs = [(src, args.out, args.seed) for src in srcs]
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(_job, jobs, chunksize=1)
    else:
        results = [_job(j) for j in jobs]
    total = 0
    for name, d, size in results:
        total += size
        print("%-14s %-5s %3d dpi %-8s rot %3d skew %-18s %7.0f kB" % (
            name, d["format"], d["dpi"], d["colour"], d["rotation"],
            ",".join("%+.1f" % s for s in d["skew_deg"]), size / 1024))
    print("%d scans, %.1f MB" % (len(srcs), total / 1e6))


if __name__ == "__main__":
    main()
