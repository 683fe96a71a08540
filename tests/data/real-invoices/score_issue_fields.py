#!/usr/bin/env python3
"""Scores issue 2's fields on sets of real invoices: invoice number, date, HT, TVA, TTC and
SIRET of the French, German and English documents (SOURCES.tsv's `language` column), as
`verifact extract` reads them against each document's truth file. The misses are named.

usage: score_issue_fields.py VERIFACT_BINARY SET_DIR...
example: tests/data/real-invoices/score_issue_fields.py build/release/bin/verifact \\
             tests/data/real-invoices/twelfth-set tests/data/real-invoices/thirteenth-set
"""
import csv
import json
import os
import subprocess
import sys

FIELDS = ["invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret"]


def score(binary, folder):
    with open(os.path.join(folder, "SOURCES.tsv"), newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    right, total, misses = 0, 0, []
    for row in rows:
        if row.get("language", "")[:2] not in ("fr", "de", "en"):
            continue
        pdf = os.path.join(folder, row["file"])
        with open(pdf[: -len(".pdf")] + ".truth.json") as f:
            truth = json.load(f)["fields"]
        out = subprocess.run([binary, "extract", pdf], capture_output=True, text=True, check=False)
        fields = json.loads(out.stdout).get("fields") or {}
        for name in FIELDS:
            got = fields.get(name)
            got = got.get("value") if isinstance(got, dict) else got
            total += 1
            if got == truth[name]:
                right += 1
            else:
                misses.append(f"{row['file']} {name}: expected {truth[name]}, found {got}")
    return right, total, misses


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    all_right = all_total = 0
    for folder in sys.argv[2:]:
        right, total, misses = score(sys.argv[1], folder)
        all_right += right
        all_total += total
        print(f"{os.path.basename(os.path.normpath(folder)):24s} {right}/{total}")
        for m in misses:
            print(f"    {m}")
    print(f"{'all':24s} {all_right}/{all_total} = {100 * all_right / all_total:.1f} %")


if __name__ == "__main__":
    main()
