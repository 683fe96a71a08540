#!/usr/bin/python3
"""Compare `verifact extract` output with MANIFEST.tsv.

Usage (from the repository root):
    ./build/release/bin/verifact extract tests/data/facturx/real/*.pdf > /tmp/real.jsonl
    /usr/bin/python3 tests/data/facturx/real/check.py /tmp/real.jsonl

A field counts as read when fields[key].value equals the expected string and
fields[key].source is "facturx".  Also listed (informational, not counted):
values taken from the carrier page (source != "facturx") for keys the XML does
not carry -- the carrier page is unrelated to the XML, see README.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
man = {}
with open(os.path.join(HERE, "MANIFEST.tsv"), encoding="utf-8") as f:
    for line in f.read().splitlines()[1:]:
        name, syntax, js = line.split("\t")
        man[name] = (syntax, json.loads(js))

files = fields_total = ok = 0
misses, page_fill = [], []
seen = set()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    name = os.path.basename(r["file"])
    if name not in man:
        continue
    seen.add(name)
    syntax, exp = man[name]
    files += 1
    got = r.get("fields") or {}
    for key, want in sorted(exp.items()):
        fields_total += 1
        g = got.get(key) if isinstance(got.get(key), dict) else {}
        if g.get("value") == want and g.get("source") == "facturx":
            ok += 1
        else:
            misses.append((name, syntax, key, want, g.get("value"), g.get("source")))
    for key, g in sorted(got.items()):
        if key not in exp and isinstance(g, dict) and g.get("value") is not None:
            page_fill.append((name, key, g.get("value"), g.get("source")))

for name in sorted(set(man) - seen):
    print("NOT IN OUTPUT:", name)
print("files %d, expected fields %d, read exactly from the XML %d" % (files, fields_total, ok))
for m in misses:
    print("MISS %s [%s] %s: expected %r, got %r (source %s)" % m)
if page_fill:
    print("keys absent from the XML but filled anyway:")
    for p in page_fill:
        print("  %s %s = %r (source %s)" % p)
sys.exit(1 if misses or len(seen) != len(man) else 0)
