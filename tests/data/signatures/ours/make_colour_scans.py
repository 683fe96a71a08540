#!/usr/bin/env python3
"""Colour scans of unsigned.pdf carrying ink, for the look-alike finder (no panel in any):
scan-stamp.jpg (a violet ring stamp with lettering by "Signature :"), scan-ink.jpg (a blue
handwritten scrawl there), scan-stamp.pdf (the stamped scan as an image-only PDF), and
scan-plain.jpg (the same scan with no ink: nothing may be found). Needs poppler-utils,
python3-pil, python3-img2pdf; deterministic. Usage: make_colour_scans.py [OUT_DIR]"""
import math
import os
import random
import subprocess
import sys
import tempfile

import img2pdf
from PIL import Image, ImageDraw, ImageFont

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else here
dpi = 150
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", os.path.join(here, "unsigned.pdf"),
                    os.path.join(tmp, "page")], check=True)
    base = Image.open(os.path.join(tmp, "page-1.png")).convert("RGB")
W, H = base.size
s = dpi / 200  # the shapes below were drawn for 200 dpi

stamp = base.copy()
d = ImageDraw.Draw(stamp)
cx, cy, r = int(0.72 * W), int(0.86 * H), int(110 * s)
violet = (110, 60, 160)
d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=violet, width=max(3, int(7 * s)))
d.ellipse([cx - r + int(22 * s), cy - r + int(22 * s), cx + r - int(22 * s), cy + r - int(22 * s)],
          outline=violet, width=2)
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", int(22 * s))
d.text((cx - int(70 * s), cy - int(12 * s)), "ATELIER DUPONT", fill=violet, font=font)
stamp.save(os.path.join(out, "scan-stamp.jpg"), quality=80, dpi=(dpi, dpi))

rng = random.Random(3)
ink = base.copy()
d = ImageDraw.Draw(ink)
x0, y0 = int(0.62 * W), int(0.85 * H)
points = []
for i in range(400):
    t = i / 400 * 6 * math.pi
    points.append((x0 + i * 0.9 * s, y0 + (30 * math.sin(t) + 12 * math.sin(2.7 * t)) * s
                   + rng.uniform(-1, 1)))
d.line(points, fill=(20, 40, 150), width=3)
ink.save(os.path.join(out, "scan-ink.jpg"), quality=80, dpi=(dpi, dpi))

base.save(os.path.join(out, "scan-plain.jpg"), quality=80, dpi=(dpi, dpi))
with open(os.path.join(out, "scan-stamp.pdf"), "wb") as f:
    f.write(img2pdf.convert(os.path.join(out, "scan-stamp.jpg")))
