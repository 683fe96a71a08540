#!/usr/bin/python3
"""Held-out deposit batch for `verifact check`.

Builds, from one fixed seed, a batch of deposits for the four funders (AKTO, OPCO EP,
SIGMA, Chorus Pro): French training-organisation invoices written as HTML + CSS and
printed to PDF by headless Chromium (adapted from ../heldout/make_heldout.py: same
printing, new templates), each deposit either clean or carrying exactly ONE planted
fault. Expectations come from the planted faults only.

Usage:
    make_batch.py                 regenerate everything in this folder
    make_batch.py --out DIR       elsewhere
    make_batch.py --check         verify the documents with pdftotext (independent of verifact)
    make_batch.py --keep-html     keep the HTML sources next to the PDFs (in html/)

Writes: deposits.jsonl, proformas.jsonl, registry/dossiers.csv, registry/sirene.csv,
uploads/..., expected.tsv, CASES.tsv (what each deposit tests), truth/<deposit>.json
(what is printed on each document).

Needs: Debian's chromium, poppler-utils (pdftotext, pdftoppm, pdfsig), openssl,
libnss3-tools (certutil, pk12util), python3-pil. Standard library otherwise.
"""

import argparse
import base64
import concurrent.futures
import datetime as dt
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "verifact-checks-heldout-1"

# ---------------------------------------------------------------------------
# identifiers and checksums
# ---------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def make_siren(rng, first=None):
    first = first or rng.choice("3456789")
    return luhn_complete(first + "".join(rng.choice("0123456789") for _ in range(7)))


def make_siret(siren, nic4):
    """SIREN + 4 digits of NIC + the key digit that makes the 14 digits pass Luhn."""
    return luhn_complete(siren + nic4)


def vat_from_siren(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANKS = [
    ("30004", "BNP Paribas", "BNPAFRPPXXX"),
    ("30003", "Société Générale", "SOGEFRPPXXX"),
    ("10278", "Crédit Mutuel", "CMCIFR2AXXX"),
    ("20041", "La Banque Postale", "PSSTFRPPXXX"),
    ("16958", "Qonto", "QNTOFRP1XXX"),
    ("17515", "Caisse d'Epargne", "CEPAFRPP751"),
    ("13106", "Crédit Agricole Toulouse 31", "AGRIFRPP831"),
    ("42559", "Crédit Coopératif", "CCOPFRPPXXX"),
    ("10107", "BRED Banque Populaire", "BREDFRPPXXX"),
]


def make_bank(rng, code=None):
    bank = next(b for b in BANKS if b[0] == code) if code else rng.choice(BANKS)
    code, bname, bic = bank
    branch = "%05d" % rng.randint(1, 99999)
    account = "".join(rng.choice("0123456789") for _ in range(11))
    rib_key = 97 - (89 * int(code) + 15 * int(branch) + 3 * int(account)) % 97
    bban = "%s%s%s%02d" % (code, branch, account, rib_key)
    num = int("".join(str(int(c, 36)) for c in bban + "FR00"))
    iban = "FR%02d%s" % (98 - num % 97, bban)
    assert len(iban) == 27 and iban_ok(iban)
    return {"iban": iban, "bic": bic, "bank": bname, "rib": (code, branch, account, "%02d" % rib_key)}


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_siret(s, style=0):
    if style == 0:
        return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:])
    if style == 1:
        return s
    return "%s %s" % (s[:9], s[9:])


def fmt_siren(s):
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


# ---------------------------------------------------------------------------
# dates and amounts (integer cents throughout)
# ---------------------------------------------------------------------------

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def D(s):
    return dt.date.fromisoformat(s)


def fdate(d, style="slash"):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %s %d" % ("1er" if d.day == 1 else d.day, MOIS[d.month - 1], d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


NBSP = "\u00a0"
NNBSP = "\u202f"

AMOUNT_STYLES = {
    "fr": (NBSP, ",", NBSP + "€"),
    "intl": (NNBSP, ",", NBSP + "€"),
    "plain": ("", ",", " €"),
    "dotgrp": (".", ",", " €"),
    "nosym": (" ", ",", ""),
    "eur": (NBSP, ",", " EUR"),
}


def famount(cents, style="fr", sym=True):
    group, dec, suffix = AMOUNT_STYLES[style]
    c = abs(cents)
    euros, cc = divmod(c, 100)
    s = str(euros)
    if group:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = group.join(parts)
    body = "%s%s%02d" % (s, dec, cc)
    return ("-" if cents < 0 else "") + body + (suffix if sym else "")


def cents_str(c):
    return "%s%d.%02d" % ("-" if c < 0 else "", abs(c) // 100, abs(c) % 100)


def tva_of(base, rate_bp):
    v = abs(base) * rate_bp
    t = (v + 5000) // 10000
    return t if base >= 0 else -t


def fmt_rate(bp):
    return ("%d" % (bp // 100)) if bp % 100 == 0 else ("%.1f" % (bp / 100)).replace(".", ",")


_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
      "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _b100(n, final=True):
    if n < 17:
        return _U[n]
    if n < 20:
        return "dix-" + _U[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + _b100(10 + u)
    if t == 8:
        return ("quatre-vingts" if final else "quatre-vingt") if u == 0 else "quatre-vingt-" + _U[u]
    if t == 9:
        return "quatre-vingt-" + _b100(10 + u)
    if u == 0:
        return _T[t]
    return _T[t] + (" et un" if u == 1 else "-" + _U[u])


def _b1000(n, final=True):
    h, r = divmod(n, 100)
    if h == 0:
        return _b100(r, final)
    hs = "cent" if h == 1 else _U[h] + " cent"
    if r == 0:
        return hs + ("s" if h > 1 and final else "")
    return hs + " " + _b100(r, final)


def words_fr(n):
    if n == 0:
        return "zéro"
    parts = []
    k, r = divmod(n, 1000)
    if k:
        parts.append("mille" if k == 1 else _b1000(k, final=False) + " mille")
    if r:
        parts.append(_b1000(r))
    return " ".join(parts)


def amount_in_words(cents):
    e, c = divmod(abs(cents), 100)
    s = words_fr(e) + (" euro" if e <= 1 else " euros")
    if c:
        s += " et " + words_fr(c) + " centimes"
    return s


# ---------------------------------------------------------------------------
# the invented world: training organisations, clients, funders
# ---------------------------------------------------------------------------

RNG = random.Random(SEED)

FIRST = ["Camille", "Léa", "Manon", "Inès", "Sarah", "Julie", "Nadia", "Sophie", "Lucas", "Hugo",
         "Thomas", "Mehdi", "Julien", "Antoine", "Karim", "Maxime", "Élodie", "Aurélie", "Yanis",
         "Baptiste", "Mathilde", "Océane", "Rémi", "Théo", "Amandine", "Quentin", "Fatou", "Agnès"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier",
        "Blanc", "Guérin", "Faure", "Chevalier", "Garnier", "Lambert", "Bonnet", "Rousseau", "Vincent",
        "Perrin", "Benali", "Diallo", "Nguyen", "Caron", "Picard", "Aubert", "Renaud", "Baron", "Ferrand"]


def person(rng=RNG):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def phone(pc, rng=RNG):
    prefix = {"75": "01", "92": "01", "69": "04", "38": "04", "63": "04", "31": "05", "33": "05",
              "34": "04", "30": "04", "65": "05", "81": "05"}.get(pc[:2], "02")
    return " ".join([prefix] + ["%02d" % rng.randint(0, 99) for _ in range(4)])


def org(code, name, form, street, pc, city, nic="0001", capital=None, ape="8559A", bank=None,
        sigma_code=None, vat=True, first=None):
    siren = make_siren(RNG, first)
    o = {"code": code, "name": name, "form": form, "street": street, "pc": pc, "city": city,
         "siren": siren, "siret": make_siret(siren, nic), "vat": vat_from_siren(siren) if vat else None,
         "nda": "%s%s%05d%s" % ({"69": "84", "44": "52", "35": "53", "59": "32", "33": "75", "67": "44",
                                 "21": "27", "37": "24", "38": "84", "31": "76", "34": "76", "30": "76",
                                 "63": "84", "75": "11"}.get(pc[:2], "11"), pc[:2], RNG.randint(100, 99999), pc[:2]),
         "capital": capital, "ape": ape, "phone": phone(pc), "rep": person(),
         "rep_title": RNG.choice(["Directeur", "Directrice", "Président", "Gérante", "Directrice générale"]),
         "bank": make_bank(RNG, bank), "sigma": sigma_code,
         "email": "facturation@" + re.sub(r"[^a-z]", "", name.lower().replace("é", "e").replace("è", "e"))[:22] + ".fr",
         "qualiopi": "QUA-%05d" % RNG.randint(1000, 99999)}
    return o


ISS = {}
for args in [
    ("pragma", "Atelier Pragma Formation", "SARL", "14 rue des Tanneurs", "69003", "Lyon", "0002", 7500),
    ("boussole", "Institut Boussole Compétences", "SAS", "3 allée des Cerisiers", "44000", "Nantes", "0001", 37000),
    ("cfarennes", "CFA Commerce & Services de Rennes", "Association loi 1901", "22 boulevard Voltaire", "35000", "Rennes", "0003", None),
    ("relais", "Association Relais pour la Formation des Adultes", "Association loi 1901", "8 rue Pasteur", "59000", "Lille", "0001", None),
    ("sextant", "Sextant Sécurité Formation", "SAS", "41 cours Lafayette", "33000", "Bordeaux", "0001", 15000),
    ("kairos", "Kairos Langues", "EURL", "5 place du Marché", "67000", "Strasbourg", "0001", 5000),
    ("tremplin", "Tremplin Compétences Santé", "SAS", "19 rue Émile Zola", "38000", "Grenoble", "0001", 10000),
    ("cfadijon", "CFA des Métiers de l'Artisanat de Dijon", "Association loi 1901", "2 rue de la Gare", "21000", "Dijon", "0001", None),
    ("cfatours", "CFA Hôtellerie Restauration de Tours", "Association loi 1901", "60 quai de la Loire", "37000", "Tours", "0002", None),
    ("cfagre", "CFA Coiffure Esthétique Alpes", "SAS", "7 avenue Jean Jaurès", "38000", "Grenoble", "0001", 50000),
    ("pyrenees", "Centre de Formation Pyrénées Avenir", "Association loi 1901", "11 rue du Docteur Roux", "31000", "Toulouse", "0001", None),
    ("trajocc", "Trajectoires Occitanie", "SCOP SARL", "27 avenue de la Libération", "34000", "Montpellier", "0001", 18000),
    ("lumen", "Lumen Santé Formation", "SAS", "4 impasse des Lilas", "31000", "Toulouse", "0002", 10000),
    ("escale", "Escale Formation Pro", "SARL", "90 rue Nationale", "30000", "Nîmes", "0001", 8000),
    ("canopee", "Canopée Conseil & Formation", "SAS", "12 rue Victor Hugo", "38000", "Grenoble", "0001", 20000),
    ("vecteur", "Vecteur Numérique", "SAS", "118 rue du Faubourg Saint-Antoine", "75011", "Paris", "0001", 100000),
    ("ancrage", "Ancrage Formation", "SARL", "6 chemin du Moulin", "63000", "Clermont-Ferrand", "0001", 7500),
]:
    code, name, form, street, pc, city, nic, capital = args
    ISS[code] = org(code, name, form, street, pc, city, nic, capital,
                    first="7" if form.startswith("Association") else None)
ISS["pyrenees"]["sigma"] = "CFPA31"
ISS["trajocc"]["sigma"] = "TRAJOCC"
ISS["lumen"]["sigma"] = "GR237"
ISS["escale"]["sigma"] = "ESCALEFP"
ISS["relais"]["vat"] = None          # an association with no VAT number at all
ISS["cfarennes"]["uai"] = "0351234K"
ISS["cfadijon"]["uai"] = "0211987T"
ISS["cfatours"]["uai"] = "0371456B"
ISS["cfagre"]["uai"] = "0382210S"
ISS["pyrenees"]["bank"] = make_bank(RNG, "13106")

# a second establishment of the Dijon CFA (its training site in Beaune): same SIREN, other NIC
DIJON_SITE = make_siret(ISS["cfadijon"]["siren"], "0002")
# Escale moved: the old establishment (printed on its invoice) is closed, the new one is active
ESCALE_NEW = make_siret(ISS["escale"]["siren"], "0002")
ISS["escale"]["siret_old"] = ISS["escale"]["siret"]
# Ancrage: its only establishment was closed (cessation d'activité) before it invoiced
CLOSED = {ISS["escale"]["siret"], ISS["ancrage"]["siret"]}
NOT_IN_SIRENE = {ISS["kairos"]["siret"]}

CLIENT_NAMES = [("Boulangerie Le Fournil", "SARL", "69006", "Lyon"), ("Transports Durand Frères", "SAS", "44300", "Nantes"),
                ("Clinique des Tilleuls", "SAS", "35700", "Rennes"), ("Garage Saint-Martin", "EURL", "59800", "Lille"),
                ("Pharmacie du Centre", "SELARL", "33000", "Bordeaux"), ("Hôtel Bellevue", "SAS", "67000", "Strasbourg"),
                ("Menuiserie Roche & Fils", "SARL", "21000", "Dijon"), ("Brasserie Mistral", "SAS", "37000", "Tours"),
                ("Salon Océane Coiffure", "SARL", "38100", "Grenoble"), ("Imprimerie Kerbrat", "SA", "29200", "Brest"),
                ("Résidence Les Pins", "SAS", "34000", "Montpellier"), ("Cabinet Lemoine", "SARL", "75009", "Paris"),
                ("Laboratoires Arc-en-Ciel", "SAS", "69007", "Lyon"), ("Maison Vidal Traiteur", "SARL", "37100", "Tours"),
                ("Boucherie Beaulieu", "EURL", "21000", "Dijon"), ("Pâtisserie des Alpes", "SARL", "38000", "Grenoble"),
                ("Institut Beauté Horizon Bleu", "SARL", "38000", "Grenoble"), ("Charcuterie Lambert", "SARL", "21200", "Beaune"),
                ("Auberge du Lac", "SAS", "37400", "Amboise"), ("Atelier Coiffure Mercier", "EURL", "38500", "Voiron")]
CLIENTS = []
for n, f, pc, city in CLIENT_NAMES:
    s = make_siren(RNG)
    CLIENTS.append({"name": n, "form": f, "pc": pc, "city": city, "street": "%d rue %s" % (RNG.randint(1, 80), RNG.choice(
        ["de la République", "Jean Jaurès", "des Écoles", "du Général de Gaulle", "Carnot", "de Verdun"])),
        "siren": s, "siret": make_siret(s, RNG.choice(["0001", "0002", "0003", "0010", "0015"])), "vat": vat_from_siren(s)})

PUBLIC = []
for n, pc, city, street in [("Centre hospitalier de Voiron", "38500", "Voiron", "14 route des Gorges"),
                            ("Université Clermont Auvergne", "63000", "Clermont-Ferrand", "49 boulevard François-Mitterrand"),
                            ("Commune de Villeurbanne", "69100", "Villeurbanne", "Place Lazare-Goujon"),
                            ("Direction régionale de l'économie, de l'emploi, du travail et des solidarités", "75013", "Paris", "21 rue Madeleine-Vionnet"),
                            ("Communauté d'agglomération Grand Annecy", "74000", "Annecy", "46 avenue des Îles")]:
    s = make_siren(RNG, "2")
    PUBLIC.append({"name": n, "pc": pc, "city": city, "street": street, "siren": s, "siret": make_siret(s, "0001"),
                   "service": RNG.choice(["FORMATION", "DRH-FC", "SE-RH-FORM", "SRV00412"])})

FUNDERS = {
    "akto": {"name": "AKTO", "lines": ["Service Factures", "TSA 51234", "75837 PARIS CEDEX 17"]},
    "opco-ep": {"name": "OPCO EP", "lines": ["Pôle Apprentissage – Facturation CFA", "TSA 70321", "69134 DARDILLY CEDEX"]},
    "sigma": {"name": "Région Occitanie / Pyrénées-Méditerranée",
              "lines": ["Direction de l'Emploi et de la Formation", "22 boulevard du Maréchal Juin", "31406 TOULOUSE CEDEX 9"]},
}
REGION_SIREN = make_siren(RNG, "2")
REGION_SIRET = make_siret(REGION_SIREN, "0013")

TRAININGS = [("Sauveteur Secouriste du Travail (SST) – formation initiale", 14), ("Habilitation électrique B1V-BR", 21),
             ("Management d'équipe de proximité", 21), ("Excel – tableaux croisés dynamiques", 14),
             ("CACES® R489 catégorie 3", 21), ("Anglais professionnel – niveau B1", 30),
             ("Hygiène alimentaire HACCP", 14), ("Gestes et postures", 7), ("Tuteur en entreprise", 14),
             ("Prévention des risques psychosociaux", 7), ("Comptabilité générale – les fondamentaux", 21),
             ("Accueil et relation client", 14), ("Paie et déclarations sociales", 21)]
DIPLOMAS = ["CAP Boulanger", "BP Boulanger", "CAP Pâtissier", "BP Boucher", "CAP Cuisine", "BTS MCO",
            "CAP Métiers de la coiffure", "BP Coiffure", "CAP Esthétique", "Bac pro Commerce",
            "CAP Commercialisation et services en HCR", "BTS Management en hôtellerie-restauration",
            "Mention complémentaire Employé traiteur", "CAP Menuisier fabricant"]

_used_dossiers = set()


def akto_dossier(yymm):
    while True:
        x = "%s%s%06d" % (yymm, RNG.choice(["AF", "AF", "AF", "PC", "FC"]), RNG.randint(1, 999999))
        if x not in _used_dossiers:
            _used_dossiers.add(x)
            return x


def dca_dossier(yymm):
    while True:
        x = "%sDCA%05d" % (yymm, RNG.randint(1, 99999))
        if x not in _used_dossiers:
            _used_dossiers.add(x)
            return x


_used_pro = set()


def proforma_no():
    while True:
        x = "PRO-%08d" % RNG.randint(400000, 1999999)
        if x not in _used_pro:
            _used_pro.add(x)
            return x


def purchase_order(year2):
    return "%sC%08d_%d" % (year2, RNG.randint(300000, 999999), RNG.randint(1, 3))


# ---------------------------------------------------------------------------
# the document model
# ---------------------------------------------------------------------------


def L(desc, qty, unit, pu, rate=None, sub=None, dossier=None, extra=None):
    """A line: qty in units (int or tenths given as float), pu in cents, rate in basis points."""
    q10 = int(round(qty * 10))
    total = pu * q10 // 10
    assert pu * q10 % 10 == 0
    return {"desc": desc, "q10": q10, "unit": unit, "pu": pu, "rate": rate, "total": total, "sub": sub,
            "dossier": dossier, "extra": extra or {}}


def qty_str(q10):
    return str(q10 // 10) if q10 % 10 == 0 else "%d,%d" % (q10 // 10, q10 % 10)


EXEMPT = "Exonération de TVA – article 261-4-4° a du CGI"


def doc(issuer, funder, number, date, lines, **kw):
    d = {"issuer": issuer, "funder": funder, "number": number, "date": date, "lines": lines,
         "credit": False, "template": "cabinet", "print_ht": True, "print_ttc": True, "ttc_printed": None,
         "iban": True, "dossiers_printed": None, "proforma_printed": None, "po_printed": None,
         "sig": None, "client": None, "billto": None, "refs": [], "amount_style": "fr", "date_style": "slash",
         "due_days": 30, "acompte": 0, "object": None, "cancelled": None, "siret_printed": issuer["siret"],
         "extra_iban": None}
    d.update(kw)
    d["sign"] = -1 if d["credit"] else 1
    bases = {}
    for ln in lines:
        bases[ln["rate"]] = bases.get(ln["rate"], 0) + ln["total"]
    d["ht"] = sum(bases.values())
    d["vat_lines"] = [(r, bases[r], tva_of(bases[r], r)) for r in sorted((r for r in bases if r), reverse=True)]
    d["tva"] = sum(v for _, _, v in d["vat_lines"])
    d["ttc"] = d["ht"] + d["tva"]
    d["exempt"] = d["tva"] == 0
    if d["ttc_printed"] is None:
        d["ttc_printed"] = d["ttc"]
    d["net"] = d["ttc"] - d["acompte"]
    d["due"] = date + dt.timedelta(days=d["due_days"])
    if d["dossiers_printed"] is None:
        ds = []
        for ln in lines:
            if ln["dossier"] and ln["dossier"] not in ds:
                ds.append(ln["dossier"])
        d["dossiers_printed"] = ds
    return d


def truth_of(d):
    """What the document shows (signed totals; None when not printed)."""
    s = d["sign"]
    return {
        "invoice_number": d["number"],
        "invoice_date": d["date"].isoformat(),
        "total_ht": cents_str(s * d["ht"]) if d["print_ht"] else None,
        "total_tva": cents_str(s * d["tva"]),
        "total_ttc": cents_str(s * d["ttc_printed"]) if d["print_ttc"] else None,
        "siret": d["siret_printed"],
        "vat_number": d["issuer"]["vat"],
        "iban": d["issuer"]["bank"]["iban"] if d["iban"] else None,
        "dossiers": list(d["dossiers_printed"]),
        "proforma_number": d["proforma_printed"],
        "purchase_order": d["po_printed"],
        "document_type": "credit_note" if d["credit"] else "invoice",
    }


# ---------------------------------------------------------------------------
# HTML pieces shared by the templates
# ---------------------------------------------------------------------------

E = html.escape

BASE_CSS = """
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
table{border-collapse:collapse}
.nw{white-space:nowrap}
"""


def page(title, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>%s</style></head><body>%s</body></html>\n" % (E(title), css, body))


def logo_svg(name, color, size=44):
    initials = "".join(w[0] for w in re.findall(r"[A-ZÉ][\w'’-]*", name)[:2]) or name[:2].upper()
    return ('<svg width="%d" height="%d" viewBox="0 0 44 44"><rect x="1" y="1" width="42" height="42" rx="10" fill="%s"/>'
            '<text x="22" y="28" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="15" '
            'fill="#fff">%s</text></svg>' % (size, size, color, E(initials)))


class Fmt:
    def __init__(self, d):
        self.d = d

    def m(self, cents, sym=True, signed=True):
        return famount(self.d["sign"] * cents if signed else cents, self.d["amount_style"], sym)

    def date(self, x, style=None):
        return fdate(x, style or self.d["date_style"])


def doc_word(d):
    return "Avoir" if d["credit"] else "Facture"


def totals_rows(d, F, labels=None):
    """(label, amount, strong) rows of the totals block, honouring the planted omissions."""
    lab = {"ht": "Total HT", "ttc": "Total TTC", "tva": "TVA", "net": "Net à payer"}
    lab.update(labels or {})
    rows = []
    if d["print_ht"]:
        rows.append((lab["ht"], F.m(d["ht"]), False))
        if d["exempt"]:
            rows.append((lab["tva"], F.m(0), False))
        for r, b, v in d["vat_lines"]:
            rows.append(("%s %s %%" % (lab["tva"], fmt_rate(r)), F.m(v), False))
        if len(d["vat_lines"]) > 1:
            rows.append(("Total " + lab["tva"], F.m(d["tva"]), False))
        if d["print_ttc"]:
            rows.append((lab["ttc"], F.m(d["ttc_printed"]), True))
    else:
        rows.append((lab["ttc"], F.m(d["ttc_printed"]), True))
        for r, b, v in d["vat_lines"]:
            rows.append(("dont TVA %s %%" % fmt_rate(r), F.m(v), False))
    if d["acompte"]:
        rows.append(("Acompte versé le %s" % F.date(d["acompte_date"]), F.m(-d["acompte"]), False))
        rows.append((lab["net"], F.m(d["net"]), True))
    return rows


def line_amounts(d, ln):
    """Unit price and amount as the line table prints them (TTC when the document prints no HT)."""
    if d["print_ht"]:
        return ln["pu"], ln["total"]
    r = ln["rate"] or 0
    return ln["pu"] + tva_of(ln["pu"], r), ln["total"] + tva_of(ln["total"], r)


def refs_pairs(d):
    out = list(d["refs"])
    if d["funder"] == "akto" and d["dossiers_printed"] and not d.get("dossiers_in_table_only"):
        lab = "N° de dossier AKTO" if len(d["dossiers_printed"]) == 1 else "N° de dossiers AKTO"
        out.insert(0, (lab, ", ".join(d["dossiers_printed"])))
    if d["proforma_printed"]:
        out.insert(0, ("N° de la facture pro forma", d["proforma_printed"]))
    if d["po_printed"]:
        out.insert(0, ("Bon de commande n°", d["po_printed"]))
    return out


def billto_html(d):
    b = d["billto"]
    if b is None:
        f = FUNDERS[d["funder"]]
        return "<b>%s</b><br>%s" % (E(f["name"]), "<br>".join(E(x) for x in f["lines"]))
    parts = ["<b>%s</b>" % E(b["name"] + ((" " + b["form"]) if b.get("form") else ""))]
    if b.get("attn"):
        parts.append(E(b["attn"]))
    parts += [E(b["street"]), E("%s %s" % (b["pc"], b["city"]))]
    if b.get("siret"):
        parts.append("SIRET client : %s" % fmt_siret(b["siret"]))
    return "<br>".join(parts)


def client_html(d, label="Client"):
    c = d["client"]
    if not c:
        return ""
    return ("%s : <b>%s %s</b>, %s %s – SIRET client : %s – TVA : %s" % (
        label, E(c["name"]), E(c["form"]), E(c["pc"]), E(c["city"]), fmt_siret(c["siret"]), c["vat"]))


def legal_line(d):
    i = d["issuer"]
    bits = [E(i["name"])]
    if i["form"].startswith("Association"):
        bits.append("Association loi 1901")
    else:
        bits.append(E("%s au capital de %s €" % (i["form"], "{:,}".format(i["capital"]).replace(",", " "))))
        bits.append("RCS %s %s" % (E(i["city"]), fmt_siren(i["siren"])))
    bits.append("SIRET %s" % fmt_siret(d["siret_printed"]))
    bits.append("APE %s" % i["ape"])
    if i["vat"]:
        bits.append("TVA intracommunautaire %s" % i["vat"])
    bits.append("Déclaration d'activité enregistrée sous le n° %s auprès du préfet de région – cet enregistrement ne vaut pas agrément de l'État" % i["nda"])
    return " – ".join(bits)


def pay_html(d, F):
    i = d["issuer"]
    b = i["bank"]
    if d["credit"]:
        s = "<b>Remboursement</b> : le montant de cet avoir sera déduit du prochain règlement."
        if d["iban"]:
            s += "<br>Coordonnées bancaires – %s – IBAN : %s – BIC : %s" % (E(b["bank"]), group4(b["iban"]), b["bic"])
        return s
    if not d["iban"]:
        return "<b>Règlement</b> : par chèque à l'ordre de %s, à réception de facture." % E(i["name"])
    return ("<b>Règlement par virement</b> – %s<br>IBAN : %s – BIC : %s%s" % (
        E(b["bank"]), group4(b["iban"]), b["bic"], "<br>Merci de rappeler le numéro de facture en référence." if d["number"] else ""))


def sig_html(d):
    s = d["sig"]
    i = d["issuer"]
    if s is None:
        return ""
    inner = ""
    if s == "image":
        inner = ('<img src="data:image/png;base64,%s" style="width:52mm;position:absolute;left:4mm;top:9mm">'
                 '<img src="data:image/png;base64,%s" style="width:30mm;position:absolute;right:4mm;top:3mm">' % (
                     handwritten_png(i["rep"]), stamp_png(i)))
    elif s == "flattened":
        inner = ('<div style="position:absolute;left:4mm;top:8mm;right:4mm;border:1.2px solid #1d4ed8;border-radius:4px;'
                 'padding:5px 8px;color:#1d4ed8;font-size:8pt;line-height:1.35">'
                 '<b>Signé électroniquement par %s</b><br>%s – %s<br>Date : %s 10:42:17 +01:00<br>'
                 'Motif : facture d\'avance – Yousign</div>' % (
                     E(i["rep"]), E(i["rep_title"]), E(i["name"]), d["date"].strftime("%Y.%m.%d")))
    return ('<div style="margin:8mm 0 0 auto;width:78mm;font-size:9pt"><div>%s, le %s</div>'
            '<div>Le représentant légal, %s</div><div style="font-size:8pt;color:#555">Cachet et signature</div>'
            '<div style="position:relative;height:32mm;border:1px dashed #bbb;margin-top:2mm">%s</div></div>' % (
                E(i["city"]), fdate(d["date"], "long"), E(i["rep"]), inner))


# ---------------------------------------------------------------------------
# signature look-alikes (pictures only)
# ---------------------------------------------------------------------------


def _png_b64(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode()


def handwritten_png(name):
    from PIL import Image, ImageDraw
    rng = random.Random(name)
    w, h = 520, 170
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    ink = (20, 40, 140, 255)
    # a looping scribble: a sum of sines drawn as a thick polyline, then an underline flourish
    import math
    pts = []
    a1, a2, f1, f2 = rng.uniform(25, 40), rng.uniform(8, 16), rng.uniform(0.05, 0.08), rng.uniform(0.18, 0.26)
    for x in range(30, 430, 2):
        y = 80 + a1 * math.sin(f1 * x) * math.cos(f2 * x * 0.5) + a2 * math.sin(f2 * x)
        pts.append((x + 12 * math.sin(f2 * x * 1.7), y))
    dr.line(pts, fill=ink, width=5, joint="curve")
    loop = [(430 + 30 * math.cos(t / 10.0), 70 + 40 * math.sin(t / 10.0)) for t in range(0, 63)]
    dr.line(loop, fill=ink, width=4, joint="curve")
    dr.line([(60, 140), (200, 128), (380, 132), (490, 118)], fill=ink, width=4, joint="curve")
    return _png_b64(img)


def stamp_png(iss):
    from PIL import Image, ImageDraw, ImageFont
    s = 300
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    violet = (95, 40, 160, 200)
    dr.ellipse((8, 8, s - 8, s - 8), outline=violet, width=9)
    dr.ellipse((34, 34, s - 34, s - 34), outline=violet, width=4)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 22)
        small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 17)
    except OSError:
        font = small = ImageFont.load_default()
    words = iss["name"].upper().split()
    lines = [" ".join(words[:2]), " ".join(words[2:4]), " ".join(words[4:])]
    y = 95
    for ln in [x for x in lines if x]:
        tw = dr.textlength(ln, font=font)
        dr.text(((s - tw) / 2, y), ln, font=font, fill=violet)
        y += 30
    ln = "SIRET " + iss["siret"]
    dr.text(((s - dr.textlength(ln, font=small)) / 2, y + 6), ln, font=small, fill=violet)
    return _png_b64(img)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------


def title_of(d):
    if d["number"]:
        return "%s %s" % (doc_word(d), d["number"])
    return "%s – %s" % (doc_word(d), d["issuer"]["name"])


def credit_note_html(d, F):
    if not d["credit"] or not d["cancelled"]:
        return ""
    n, when, why = d["cancelled"]
    return "<p>Avoir sur notre facture n° %s du %s – motif : %s.</p>" % (E(n), F.date(when), E(why))


def t_cabinet(d):
    """Classic boxed invoice (Sage/EBP look), portrait."""
    F = Fmt(d)
    i = d["issuer"]
    c = d.get("color", "#1e3a8a")
    css = BASE_CSS + """
@page{size:A4;margin:14mm 15mm 10mm}
body{font-family:'Liberation Sans';font-size:9.5pt;color:#111}
.head{display:flex;justify-content:space-between;align-items:flex-start}
.iss{width:58%%;line-height:1.4}
.iss .n{font-size:14pt;font-weight:700;color:%(c)s;margin:4px 0}
.fbox{width:38%%;border:2px solid %(c)s}
.fbox .t{background:%(c)s;color:#fff;font-size:16pt;font-weight:700;text-align:center;padding:5px;letter-spacing:.08em}
.fbox td{padding:3px 8px;border-top:1px solid #ccc}
.fbox td.k{color:#444;width:45%%}
.parties{display:flex;gap:14px;margin-top:14px}
.parties>div{flex:1;border:1px solid #999;padding:8px 10px;line-height:1.45;min-height:26mm}
.k2{font-size:7.5pt;text-transform:uppercase;color:#555;margin-bottom:3px;letter-spacing:.05em}
.obj{margin:12px 0 6px}
table.l{width:100%%}
table.l th{background:#e8eaf0;border:1px solid #999;padding:5px;font-weight:600;font-size:8.5pt}
table.l td{border-left:1px solid #999;border-right:1px solid #999;padding:5px;vertical-align:top}
table.l tr:last-child td{border-bottom:1px solid #999}
.r{text-align:right;white-space:nowrap}
.sub{font-size:8pt;color:#555}
.bottom{display:flex;justify-content:space-between;margin-top:10px;gap:16px}
.ment{flex:1;font-size:8.5pt;line-height:1.45}
table.t td{border:1px solid #999;padding:4px 10px}
table.t tr.g td{font-weight:700;background:#f1f1f1}
.foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7pt;color:#444;border-top:1px solid #999;padding-top:3px}
""" % {"c": c}
    meta = []
    if d["number"]:
        meta.append(("N° d'avoir" if d["credit"] else "N° de facture", d["number"]))
    meta.append(("Date", F.date(d["date"])))
    if not d["credit"]:
        meta.append(("Échéance", F.date(d["due"])))
    meta += d.get("meta_extra", [])
    refs = refs_pairs(d)
    client = client_html(d)
    rows = []
    for ln in d["lines"]:
        pu, tot = line_amounts(d, ln)
        sub = ""
        if ln["sub"]:
            sub += '<div class="sub">%s</div>' % E(ln["sub"])
        if ln["dossier"] and d["funder"] == "akto":
            sub += '<div class="sub">Dossier AKTO %s</div>' % ln["dossier"]
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(ln["desc"]), sub, qty_str(ln["q10"]), F.m(pu), (fmt_rate(ln["rate"]) + " %") if ln["rate"] else "Exo.", F.m(tot)))
    kind = "HT" if d["print_ht"] else "TTC"
    tot = "".join("<tr%s><td>%s</td><td class=r>%s</td></tr>" % (" class=g" if g else "", E(k), v) for k, v, g in totals_rows(d, F))
    mention = ("<p>%s</p>" % E(EXEMPT)) if d["exempt"] else ""
    body = """
<div class="head"><div class="iss">%(logo)s<div class="n">%(name)s</div>%(street)s<br>%(pc)s %(city)s<br>Tél. %(tel)s – %(mail)s<br>SIRET : %(siret)s</div>
<div class="fbox"><div class="t">%(title)s</div><table style="width:100%%">%(meta)s</table></div></div>
<div class="parties"><div><div class="k2">Adressée à</div>%(bt)s</div><div><div class="k2">Références</div>%(refs)s</div></div>
<div class="obj">%(obj)s%(client)s</div>%(credit)s
<table class="l"><thead><tr><th style="text-align:left">Désignation</th><th>Qté</th><th>P.U. %(kind)s</th><th>TVA</th><th>Montant %(kind)s</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="bottom"><div class="ment">%(mention)s<p>%(pay)s</p></div><table class="t">%(tot)s</table></div>
%(sig)s
<div class="foot">%(legal)s</div>
""" % {"logo": logo_svg(i["name"], c), "name": E(i["name"]), "street": E(i["street"]), "pc": i["pc"], "city": E(i["city"]),
       "tel": i["phone"], "mail": E(i["email"]), "siret": fmt_siret(d["siret_printed"]),
       "title": "AVOIR" if d["credit"] else "FACTURE",
       "meta": "".join("<tr><td class=k>%s</td><td><b>%s</b></td></tr>" % (E(k), E(v)) for k, v in meta),
       "bt": billto_html(d), "refs": "<br>".join("%s : <b>%s</b>" % (E(k), E(v)) for k, v in refs) or "—",
       "obj": ("Objet : %s<br>" % E(d["object"])) if d["object"] else "", "client": client, "credit": credit_note_html(d, F),
       "kind": kind, "rows": "".join(rows), "mention": mention, "pay": pay_html(d, F), "tot": tot, "sig": sig_html(d),
       "legal": legal_line(d)}
    return page(title_of(d), css, body)


def t_carte(d):
    """Modern web-app invoice: coloured band, meta labels above values, cards."""
    F = Fmt(d)
    i = d["issuer"]
    c = d.get("color", "#0f766e")
    css = BASE_CSS + """
@page{size:A4;margin:0 0 8mm 0}
body{font-family:'Noto Sans','DejaVu Sans';font-size:9pt;color:#1f2937}
.band{background:%(c)s;color:#fff;padding:12mm 16mm 8mm;display:flex;justify-content:space-between;align-items:flex-end}
.band .n{font-size:15pt;font-weight:700}
.band .t{font-size:28pt;font-weight:300;letter-spacing:.02em}
.wrap{padding:6mm 16mm 0}
.meta{display:grid;grid-template-columns:repeat(4,1fr);gap:6px 18px;margin-bottom:14px}
.meta .k{font-size:7pt;text-transform:uppercase;color:#6b7280;letter-spacing:.06em}
.meta .v{font-size:9.5pt;font-weight:600;margin-top:1px}
.cards{display:flex;gap:14px}
.cards>div{flex:1;background:#f3f4f6;border-radius:8px;padding:10px 12px;line-height:1.5}
.cards .k{font-size:7pt;text-transform:uppercase;color:#6b7280;margin-bottom:3px}
table.l{width:100%%;margin-top:16px}
table.l th{font-size:7.5pt;text-transform:uppercase;color:#6b7280;text-align:left;border-bottom:1px solid #d1d5db;padding:6px 4px}
table.l td{padding:7px 4px;border-bottom:1px solid #eee;vertical-align:top}
.r{text-align:right!important;white-space:nowrap}
.sub{color:#6b7280;font-size:8pt}
.tot{margin:10px 0 0 auto;width:46%%}
.tot div{display:flex;justify-content:space-between;padding:3px 0}
.tot .g{font-weight:700;font-size:10.5pt;border-top:2px solid #111827;padding-top:6px;margin-top:3px}
.pay{margin-top:16px;font-size:8.5pt;border:1px dashed #cbd5e1;border-radius:8px;padding:8px 12px;line-height:1.5}
.foot{position:fixed;bottom:0;left:16mm;right:16mm;text-align:center;font-size:6.8pt;color:#6b7280}
""" % {"c": c}
    meta = []
    if d["number"]:
        meta.append(("Numéro", d["number"]))
    meta.append(("Date d'émission", F.date(d["date"])))
    if not d["credit"]:
        meta.append(("Date d'échéance", F.date(d["due"])))
    meta += refs_pairs(d) + d.get("meta_extra", [])
    emit = [E(i["street"]), E("%s %s" % (i["pc"], i["city"])), "SIRET : " + fmt_siret(d["siret_printed"], 2)]
    if i["vat"]:
        emit.append("N° TVA intracom. : " + i["vat"])
    emit.append("NDA : " + i["nda"])
    cl = d["client"]
    client_card = ""
    if cl:
        client_card = ('<div><div class="k">Client (entreprise bénéficiaire)</div><b>%s %s</b><br>%s<br>%s %s<br>'
                       'SIRET client : %s<br>TVA client : %s</div>' % (
                           E(cl["name"]), E(cl["form"]), E(cl["street"]), cl["pc"], E(cl["city"]), fmt_siret(cl["siret"], 1), cl["vat"]))
    rows = []
    for ln in d["lines"]:
        pu, tot = line_amounts(d, ln)
        sub = ('<div class="sub">%s</div>' % E(ln["sub"])) if ln["sub"] else ""
        if ln["dossier"] and d["funder"] == "akto":
            sub += '<div class="sub">Dossier %s</div>' % ln["dossier"]
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(ln["desc"]), sub, qty_str(ln["q10"]), F.m(pu), (fmt_rate(ln["rate"]) + " %") if ln["rate"] else "0 %", F.m(tot)))
    kind = "HT" if d["print_ht"] else "TTC"
    tot = "".join('<div%s><span>%s</span><span>%s</span></div>' % (' class="g"' if g else "", E(k), v) for k, v, g in totals_rows(d, F))
    body = """
<div class="band"><div>%(logo)s<div class="n">%(name)s</div><div>%(mail)s · %(tel)s</div></div><div class="t">%(title)s</div></div>
<div class="wrap">
<div class="meta">%(meta)s</div>
<div class="cards"><div><div class="k">Émetteur</div><b>%(name)s</b><br>%(emit)s</div><div><div class="k">Facturé à</div>%(bt)s</div>%(client)s</div>
%(obj)s%(credit)s
<table class="l"><thead><tr><th>Description</th><th class=r>Qté</th><th class=r>Prix unitaire %(kind)s</th><th class=r>TVA</th><th class=r>Montant %(kind)s</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="tot">%(tot)s</div>
%(mention)s<div class="pay">%(pay)s</div>%(sig)s
</div>
<div class="foot">%(legal)s</div>
""" % {"logo": logo_svg(i["name"], "#ffffff40", 34), "name": E(i["name"]), "mail": E(i["email"]), "tel": i["phone"],
       "title": doc_word(d), "meta": "".join('<div><div class="k">%s</div><div class="v">%s</div></div>' % (E(k), E(v)) for k, v in meta),
       "emit": "<br>".join(emit), "bt": billto_html(d), "client": client_card,
       "obj": ('<p>Objet : %s</p>' % E(d["object"])) if d["object"] else "", "credit": credit_note_html(d, F),
       "kind": kind, "rows": "".join(rows), "tot": tot,
       "mention": ('<p class="sub">%s</p>' % E(EXEMPT)) if d["exempt"] else "", "pay": pay_html(d, F), "sig": sig_html(d),
       "legal": legal_line(d)}
    return page(title_of(d), css, body)


def t_cfa(d):
    """Landscape apprenticeship invoice: one row per contract, dossier column."""
    F = Fmt(d)
    i = d["issuer"]
    c = d.get("color", "#7c2d12")
    css = BASE_CSS + """
@page{size:A4 landscape;margin:11mm 13mm 8mm}
body{font-family:'DejaVu Sans';font-size:8pt;color:#1b1b1b}
.h{display:flex;justify-content:space-between;border-bottom:2px solid %(c)s;padding-bottom:7px}
.h .n{font-size:13pt;font-weight:700;color:%(c)s}
.h table td{padding:2px 8px;border:1px solid #bbb}
.h table td.k{background:#f5efe9;font-weight:600}
.two{display:flex;gap:28px;margin:10px 0}
.two>div{flex:1;line-height:1.45}
.lab{font-weight:700;text-transform:uppercase;font-size:7pt;color:%(c)s}
table.l{width:100%%}
table.l th{background:%(c)s;color:#fff;padding:4px 5px;font-size:7pt;text-align:left;font-weight:600}
table.l td{padding:4px 5px;border-bottom:1px solid #ccc;vertical-align:top}
.r{text-align:right;white-space:nowrap}
.tot{margin:8px 0 0 auto;width:32%%}
.tot td{padding:3px 6px;border:1px solid #bbb}
.tot tr.g td{font-weight:700;background:#f4f4f4}
.f{margin-top:10px;font-size:7.5pt;color:#333;line-height:1.5}
.foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:6.5pt;color:#555}
""" % {"c": c}
    meta = []
    if d["number"]:
        meta.append(("Facture d'avoir n°" if d["credit"] else "Facture n°", d["number"]))
    meta.append(("Date de facture", F.date(d["date"])))
    if d["proforma_printed"]:
        meta.append(("Pro forma n°", d["proforma_printed"]))
    meta += d.get("meta_extra", [])
    rows = []
    for ln in d["lines"]:
        x = ln["extra"]
        pu, tot = line_amounts(d, ln)
        rows.append("<tr><td>%s</td><td>%s<br><span style='color:#666'>%s</span></td><td>%s<br>SIRET %s</td><td>%s</td><td>%s</td><td class=r>%s</td></tr>" % (
            ln["dossier"] or "", E(x.get("apprentice", "")), E(x.get("diploma", "")), E(x.get("employer", "")), x.get("employer_siret", ""),
            E(x.get("period", "")), E(ln["desc"]), F.m(tot)))
    tot = "".join("<tr%s><td>%s</td><td class=r>%s</td></tr>" % (" class=g" if g else "", E(k), v) for k, v, g in totals_rows(d, F, {"ttc": "Total TTC"}))
    dossier_head = "N° dossier AKTO" if d["funder"] == "akto" else "N° de dossier OPCO EP"
    body = """
<div class="h"><div><div class="n">%(name)s</div>%(street)s – %(pc)s %(city)s – Tél. %(tel)s – %(mail)s<br>
SIRET : %(siret)s – UAI : %(uai)s – N° de déclaration d'activité : %(nda)s%(vat)s</div>
<table>%(meta)s</table></div>
<div class="two"><div><div class="lab">Destinataire</div>%(bt)s</div>
<div><div class="lab">Objet</div>%(obj)s</div></div>%(credit)s
<table class="l"><thead><tr><th>%(dh)s</th><th>Apprenti / diplôme préparé</th><th>Employeur</th><th>Période</th><th>Nature</th><th class=r>Montant</th></tr></thead>
<tbody>%(rows)s</tbody></table>
<table class="tot">%(tot)s</table>
<div class="f">%(mention)s<br>%(pay)s</div>
<div class="foot">%(legal)s</div>
""" % {"name": E(i["name"]), "street": E(i["street"]), "pc": i["pc"], "city": E(i["city"]), "tel": i["phone"], "mail": E(i["email"]),
       "siret": fmt_siret(d["siret_printed"]), "uai": i.get("uai", "—"), "nda": i["nda"],
       "vat": (" – TVA intracommunautaire : %s" % i["vat"]) if i["vat"] else "",
       "meta": "".join("<tr><td class=k>%s</td><td><b>%s</b></td></tr>" % (E(k), E(v)) for k, v in meta),
       "bt": billto_html(d), "obj": E(d["object"] or ""), "credit": credit_note_html(d, F), "dh": dossier_head,
       "rows": "".join(rows), "tot": tot, "mention": E(EXEMPT) if d["exempt"] else "", "pay": pay_html(d, F),
       "legal": legal_line(d)}
    return page(title_of(d), css, body)


def t_lettre(d):
    """Association letterhead: centred serif, place and date, two-column table, amount in words."""
    F = Fmt(d)
    i = d["issuer"]
    c = d.get("color", "#14532d")
    css = BASE_CSS + """
@page{size:A4;margin:16mm 20mm 10mm}
body{font-family:'DejaVu Serif';font-size:10pt;color:#222}
.lh{text-align:center;border-bottom:3px double %(c)s;padding-bottom:7px}
.lh .n{font-size:15pt;font-variant:small-caps;letter-spacing:.04em;color:%(c)s}
.lh .s{font-size:8pt;color:#444;line-height:1.45}
.dest{margin:20px 0 0 52%%;line-height:1.45}
.place{margin:16px 0 0 52%%}
h2{text-align:center;font-size:13pt;margin:20px 0 6px;letter-spacing:.08em}
table.l{width:100%%;margin-top:8px}
table.l th,table.l td{border:1px solid #999;padding:5px 8px}
table.l th{background:#eef3ee;font-weight:normal;font-style:italic}
.r{text-align:right;white-space:nowrap}
.words{margin-top:10px;font-style:italic}
.foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7pt;color:#555}
""" % {"c": c}
    lh = ["Association régie par la loi du 1er juillet 1901",
          E("%s – %s %s – Tél. %s – %s" % (i["street"], i["pc"], i["city"], i["phone"], i["email"])),
          "SIRET : %s – Déclaration d'activité n° %s" % (fmt_siret(d["siret_printed"]), i["nda"])]
    if i["vat"]:
        lh.append("N° TVA intracommunautaire : %s" % i["vat"])
    refs = refs_pairs(d) + d.get("meta_extra", [])
    head = ("%s N° %s" % ("AVOIR" if d["credit"] else "FACTURE", E(d["number"]))) if d["number"] else ("AVOIR" if d["credit"] else "FACTURE")
    rows = []
    for ln in d["lines"]:
        pu, tot = line_amounts(d, ln)
        desc = E(ln["desc"])
        if ln["sub"]:
            desc += "<br><small>%s</small>" % E(ln["sub"])
        if ln["q10"] != 10:
            desc += " – %s %s × %s" % (qty_str(ln["q10"]), E(ln["unit"]), F.m(pu))
        rows.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (desc, F.m(tot)))
    for k, v, g in totals_rows(d, F, {"ttc": "Total TTC (net de taxes)" if d["exempt"] else "Total TTC"}):
        rows.append("<tr><td class=r>%s</td><td class=r>%s</td></tr>" % (("<b>%s</b>" % E(k)) if g else E(k), ("<b>%s</b>" % v) if g else v))
    body = """
<div class="lh"><div class="n">%(name)s</div><div class="s">%(lh)s</div></div>
<div class="dest">%(bt)s</div>
<div class="place">%(city)s, le %(date)s</div>
<h2>%(head)s</h2>
<p>%(obj)s%(refs)s</p>%(client)s%(credit)s
<table class="l"><thead><tr><th>Désignation</th><th class=r>Montant</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="words">Arrêtée la présente %(what)s à la somme de %(words)s.</div>
<p>%(mention)s</p><p>%(pay)s</p>
%(sig)s
<div class="foot">%(legal)s</div>
""" % {"name": E(i["name"]), "lh": "<br>".join(lh), "bt": billto_html(d), "city": E(i["city"]), "date": fdate(d["date"], "long"),
       "head": head, "obj": ("Objet : %s" % E(d["object"])) if d["object"] else "",
       "refs": "".join("<br>%s : %s" % (E(k), E(v)) for k, v in refs), "client": ("<p>%s</p>" % client_html(d)) if d["client"] else "",
       "credit": credit_note_html(d, F), "rows": "".join(rows), "what": "facture" if not d["credit"] else "note d'avoir",
       "words": amount_in_words(d["ttc_printed"]), "mention": E(EXEMPT) if d["exempt"] else "", "pay": pay_html(d, F),
       "sig": sig_html(d) if d["sig"] else ('<div style="margin:10mm 0 0 60%%;text-align:center">%s<br><br><i>%s</i></div>' % (
           E(i["rep_title"]), E(i["rep"]))), "legal": legal_line(d)}
    return page(title_of(d), css, body)


def t_avance(d):
    """SIGMA advance invoice (facture d'avance) to the Région, with the marché and purchase order."""
    F = Fmt(d)
    i = d["issuer"]
    c = d.get("color", "#9d174d")
    css = BASE_CSS + """
@page{size:A4;margin:14mm 16mm 10mm}
body{font-family:'Liberation Sans';font-size:9.5pt;color:#1a1a1a}
.h{display:flex;justify-content:space-between;align-items:flex-start}
.h .n{font-size:13pt;font-weight:700;color:%(c)s}
.h .r0{text-align:right}
h1{font-size:18pt;margin:14px 0 2px;color:%(c)s;letter-spacing:.04em}
.dest{margin:8px 0 0 55%%;line-height:1.45;border-left:3px solid %(c)s;padding-left:8px}
table.m{width:100%%;margin-top:12px}
table.m td{border:1px solid #aaa;padding:4px 7px}
table.m td.k{background:#fbeff4;width:34%%}
table.l{width:100%%;margin-top:12px}
table.l th{border-bottom:2px solid %(c)s;text-align:left;padding:5px}
table.l td{padding:5px;border-bottom:1px solid #ddd}
.r{text-align:right!important;white-space:nowrap}
.tot{margin:8px 0 0 auto;width:44%%}
.tot td{padding:3px 8px;border-bottom:1px solid #ddd}
.tot tr.g td{font-weight:700;border-top:2px solid %(c)s}
.foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7pt;color:#555}
""" % {"c": c}
    x = d["avance"]
    meta = [("Marché", x["marche"]), ("Lot", x["lot"]), ("Bon de commande n°", d["po_printed"]),
            ("Action de formation", x["action"]), ("Période d'exécution", "du %s au %s" % (F.date(x["start"]), F.date(x["end"]))),
            ("Montant du bon de commande", F.m(x["bdc_total"])), ("Taux de l'avance", "%d %%" % x["rate"])]
    rows = []
    for ln in d["lines"]:
        pu, tot = line_amounts(d, ln)
        rows.append("<tr><td>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (E(ln["desc"]), qty_str(ln["q10"]), F.m(tot)))
    tot = "".join("<tr%s><td>%s</td><td class=r>%s</td></tr>" % (" class=g" if g else "", E(k), v) for k, v, g in totals_rows(d, F))
    num = ("<div>Facture n° <b>%s</b></div>" % E(d["number"])) if d["number"] else ""
    body = """
<div class="h"><div>%(logo)s<div class="n">%(name)s</div>%(street)s<br>%(pc)s %(city)s<br>%(tel)s – %(mail)s<br>SIRET %(siret)s%(vat)s<br>Code organisme SIGMA : %(code)s</div>
<div class="r0">%(num)s<div>Date d'émission : %(date)s</div></div></div>
<h1>FACTURE D'AVANCE</h1>
<div class="dest">%(bt)s<br>SIRET client : %(rsiret)s</div>
<table class="m">%(meta)s</table>
<table class="l"><thead><tr><th>Désignation</th><th class=r>Qté</th><th class=r>Montant</th></tr></thead><tbody>%(rows)s</tbody></table>
<table class="tot">%(tot)s</table>
<p>%(mention)s</p><p>%(pay)s</p>
%(sig)s
<div class="foot">%(legal)s</div>
""" % {"logo": logo_svg(i["name"], c, 36), "name": E(i["name"]), "street": E(i["street"]), "pc": i["pc"], "city": E(i["city"]),
       "tel": i["phone"], "mail": E(i["email"]), "siret": fmt_siret(d["siret_printed"]), "vat": (" – TVA %s" % i["vat"]) if i["vat"] else "",
       "code": i["sigma"], "num": num, "date": F.date(d["date"]), "bt": billto_html(d), "rsiret": fmt_siret(REGION_SIRET),
       "meta": "".join("<tr><td class=k>%s</td><td>%s</td></tr>" % (E(k), E(v)) for k, v in meta if v),
       "rows": "".join(rows), "tot": tot, "mention": E(EXEMPT) if d["exempt"] else "", "pay": pay_html(d, F),
       "sig": sig_html(d), "legal": legal_line(d)}
    return page(title_of(d), css, body)


RENDER = {"cabinet": t_cabinet, "carte": t_carte, "cfa": t_cfa, "lettre": t_lettre, "avance": t_avance}


# ---------------------------------------------------------------------------
# printing and PDF surgery
# ---------------------------------------------------------------------------

def chromium_bin():
    for b in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(b)
        if p:
            return p
    sys.exit("chromium not found: apt-get install -y chromium")


def print_pdf(html_path, pdf_path, header_flag="--no-pdf-header-footer"):
    """Same call as ../heldout/make_heldout.py."""
    profile = tempfile.mkdtemp(prefix="checks-heldout-chromium-")
    try:
        cmd = [chromium_bin(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--user-data-dir=" + profile, header_flag, "--print-to-pdf=" + pdf_path,
               "file://" + os.path.abspath(html_path)]
        if os.path.exists(pdf_path):
            os.remove(pdf_path)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(pdf_path) and header_flag == "--no-pdf-header-footer":
        return print_pdf(html_path, pdf_path, "--print-to-pdf-no-header")
    if not os.path.exists(pdf_path):
        sys.exit("chromium produced no PDF for %s" % html_path)


def stamp_pdf_dates(pdf_path, when):
    """Chromium's /CreationDate and /ModDate become the invoice date at 10:00 (same byte length)."""
    data = open(pdf_path, "rb").read()
    stamp = ("D:%s100000+00'00'" % when.strftime("%Y%m%d")).encode()
    data2 = re.sub(rb"(/(?:CreationDate|ModDate) \()D:\d{14}[^)]*(\))",
                   lambda m: m.group(1) + stamp + m.group(2) if len(m.group(0)) == len(m.group(1) + stamp + m.group(2)) else m.group(0),
                   data)
    if data2 != data:
        open(pdf_path, "wb").write(data2)


def _last_trailer(data):
    sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    tr = data[data.rfind(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", tr).group(1))
    root = int(re.search(rb"/Root (\d+) 0 R", tr).group(1))
    info = re.search(rb"/Info (\d+ 0 R)", tr)
    return sx, size, root, (info.group(1) if info else None)


def _last_object(data, num):
    """Body of the last definition of object `num` (an incremental update may redefine it)."""
    ms = list(re.finditer(rb"(?<![0-9])%d 0 obj\s*(.*?)\s*endobj" % num, data, re.S))
    return ms[-1].group(1).strip()


def _incremental_update(data, objects, root, size, info, prev):
    """Append objects {num: body} as an incremental update with a classic xref table."""
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n in sorted(objects):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for n in sorted(offs):
        out += b"%d 1\n%010d 00000 n \n" % (n, offs[n])
    newsize = max(size, max(objects) + 1)
    out += b"trailer\n<</Size %d /Root %d 0 R%s /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (
        newsize, root, (b" /Info " + info) if info else b"", prev, xref)
    return bytes(out)


def add_acroform_font(src, dst):
    """Give the document an AcroForm whose /DR already holds the font pdfsig looks for
    (key `popplerfont`, BaseFont `Helvetica `): pdfsig then does not embed a 800 kB TrueType
    font into every signed invoice. Done as an incremental update, the printed bytes stay."""
    data = open(src, "rb").read()
    prev, size, root, info = _last_trailer(data)
    cat = _last_object(data, root)
    assert cat.endswith(b">>") and b"/AcroForm" not in cat
    cat = cat[:-2] + b"\n/AcroForm %d 0 R>>" % (size + 1)
    objs = {root: cat,
            size: b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica#20 /Encoding /WinAnsiEncoding>>",
            size + 1: b"<</Fields [] /DR <</Font <</popplerfont %d 0 R>>>> /DA (/popplerfont 0 Tf 0 g)>>" % size}
    open(dst, "wb").write(_incremental_update(data, objs, root, size, info, prev))


class Signer:
    """A throw-away CA and one signing certificate per organisation, in an NSS database."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="checks-heldout-pki-")
        self.nss = os.path.join(self.dir, "nssdb")
        os.makedirs(self.nss)
        self._run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
                   "-days", "3650", "-subj", "/CN=Autorite de test verifact (jetable)", "-addext",
                   "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        self._run(["certutil", "-N", "-d", "sql:" + self.nss, "--empty-password"])
        self.nicks = {}

    def _run(self, cmd):
        subprocess.run(cmd, cwd=self.dir, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def nick(self, iss):
        if iss["code"] in self.nicks:
            return self.nicks[iss["code"]]
        n = "sig-" + iss["code"]
        ascii_org = re.sub(r"[^A-Za-z0-9 &'-]", "", iss["name"].replace("é", "e").replace("è", "e"))
        ascii_rep = re.sub(r"[^A-Za-z -]", "", iss["rep"].replace("é", "e").replace("É", "E").replace("ë", "e"))
        self._run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", n + ".key", "-out", n + ".csr",
                   "-subj", "/CN=%s/O=%s/C=FR" % (ascii_rep, ascii_org)])
        with open(os.path.join(self.dir, "leaf.ext"), "w") as f:
            f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n")
        self._run(["openssl", "x509", "-req", "-in", n + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                   "-out", n + ".crt", "-days", "825", "-extfile", "leaf.ext"])
        self._run(["openssl", "pkcs12", "-export", "-inkey", n + ".key", "-in", n + ".crt", "-certfile", "ca.crt",
                   "-name", n, "-out", n + ".p12", "-passout", "pass:jetable"])
        self._run(["pk12util", "-i", n + ".p12", "-d", "sql:" + self.nss, "-W", "jetable"])
        self.nicks[iss["code"]] = n
        return n

    def sign(self, iss, src, dst):
        tmp = dst + ".acro.pdf"
        add_acroform_font(src, tmp)
        subprocess.run(["pdfsig", "-nssdir", "sql:" + self.nss, "-add-signature", "-nick", self.nick(iss),
                        "-reason", "Facture d'avance", tmp, dst], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.remove(tmp)
        assert os.path.getsize(dst) < 1024 * 1024, dst

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def tamper_signed_bytes(path):
    """Change one byte inside the signed range (the Producer in the document information):
    the file still reads, the signature digest no longer matches."""
    data = bytearray(open(path, "rb").read())
    br = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", data)[-1]
    end_first = int(br[1])
    i = data.find(b"/Producer (Skia/PDF m")
    assert 0 <= i < end_first
    j = i + len(b"/Producer (Skia/PDF m")
    data[j] = ord("7") if data[j] != ord("7") else ord("8")
    open(path, "wb").write(bytes(data))


def word_boxes(pdf):
    """Words with their boxes (points, origin top left) from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        words.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), html.unescape(m.group(5))))
    ph = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    return words, ph


def overlay_after_signing(path, old_iban, new_iban):
    """Append an incremental update after the signature that paints a white box over the printed
    IBAN and writes another IBAN on top (bank-detail fraud): a change of page content after signing."""
    words, ph = word_boxes(path)
    groups = group4(old_iban).split()
    box = None
    for k in range(len(words) - len(groups) + 1):
        if [w[4] for w in words[k:k + len(groups)]] == groups:
            ws = words[k:k + len(groups)]
            box = (min(w[0] for w in ws), min(w[1] for w in ws), max(w[2] for w in ws), max(w[3] for w in ws))
            break
    assert box, "IBAN not found on the page"
    data = open(path, "rb").read()
    prev, size, root, info = _last_trailer(data)
    pages = re.search(rb"/Pages (\d+) 0 R", _last_object(data, root)).group(1)
    kid = int(re.search(rb"/Kids\s*\[\s*(\d+) 0 R", _last_object(data, int(pages))).group(1))
    pg = _last_object(data, kid)
    x0, y0, x1, y1 = box
    h = y1 - y0
    content = ("q 1 1 1 rg %.2f %.2f %.2f %.2f re f Q BT /FXov %.2f Tf 0 0 0 rg %.2f %.2f Td (%s) Tj ET" % (
        x0 - 1, ph - y1 - 1.5, x1 - x0 + 2, h + 3, h * 0.78, x0, ph - y1 + h * 0.22, group4(new_iban))).encode()
    # the printed content may leave its transformation matrix in place: save the state before it
    # (a separate 'q' stream) and restore it before painting
    content = b"Q " + content
    cnum, fnum, qnum = size, size + 1, size + 2
    m = re.search(rb"/Contents (\d+ 0 R)", pg)
    pg2 = pg[:m.start()] + b"/Contents [%d 0 R " % qnum + m.group(1) + b" %d 0 R]" % cnum + pg[m.end():]
    fm = re.search(rb"/Font\s*<<", pg2)
    pg2 = pg2[:fm.end()] + b"/FXov %d 0 R " % fnum + pg2[fm.end():]
    objs = {kid: pg2,
            cnum: b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
            fnum: b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>",
            qnum: b"<</Length 1>>\nstream\nq\nendstream"}
    open(path, "wb").write(_incremental_update(data, objs, root, size, info, prev))


def pdf_to_image(pdf, out, fmt, dpi=150, gray=False):
    """Render page 1 as a picture (what a scanner or a screenshot tool would deposit)."""
    from PIL import Image
    tmp = tempfile.mkdtemp(prefix="checks-heldout-img-")
    try:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", pdf, os.path.join(tmp, "p")], check=True)
        png = [f for f in os.listdir(tmp) if f.endswith(".png")][0]
        img = Image.open(os.path.join(tmp, png))
        if gray:
            img = img.convert("L")
        if fmt == "GIF":
            img = img.convert("L").convert("P", palette=Image.ADAPTIVE, colors=64)
        if fmt == "JPEG":
            img = img.convert("RGB")
            img.save(out, fmt, quality=82, dpi=(dpi, dpi))
        else:
            img.save(out, fmt, dpi=(dpi, dpi))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def truncate(path, keep):
    """An upload cut short: only the first `keep` bytes arrive."""
    data = open(path, "rb").read()
    open(path, "wb").write(data[:keep])


# ---------------------------------------------------------------------------
# the batch: one case per deposit
# ---------------------------------------------------------------------------

CASES = []        # filled by the case builders below, in no particular order
PROFORMAS = []    # OPCO EP pro formas
DOSSIERS = []     # (dossier, funder, siret) rows of registry/dossiers.csv
_numbers = set()


def case(cid, funder, deposited_at, filename, d=None, expected="clean", what="", ops=(), copy_of=None, **dep):
    if d is not None and d["number"]:
        key = (d["siret_printed"], d["number"])
        assert key not in _numbers or copy_of or dep.get("_same_number_ok"), key
        _numbers.add(key)
    dep.pop("_same_number_ok", None)
    CASES.append({"cid": cid, "funder": funder, "deposited_at": D(deposited_at), "file": filename, "doc": d,
                  "expected": expected, "what": what, "ops": list(ops), "copy_of": copy_of, "dep": dep})


def known(dossiers, funder, siret):
    for x in dossiers:
        DOSSIERS.append((x, funder, siret))


def session(start, end):
    return "Session du %s au %s" % (fdate(start), fdate(end))


def client(i):
    return CLIENTS[i]


def declared(d, *keys):
    t = truth_of(d)
    return {k: t[k] for k in keys}


# ----- AKTO ---------------------------------------------------------------

def akto_cases():
    I = ISS
    # A01 clean: inter-company SST session, one dossier, all three values declared
    ds = [akto_dossier("2304")]
    d = doc(I["pragma"], "akto", "FA2305-0142", D("2023-05-26"),
            [L("Sauveteur Secouriste du Travail (SST) – formation initiale, 14 h", 2, "stagiaire", 29000,
               sub=session(D("2023-05-15"), D("2023-05-16")) + " – Lucas Fournier, Inès Benali", dossier=ds[0]),
             L("Frais de certification INRS (carte SST)", 2, "stagiaire", 1500)],
            client=client(0), object="Formation SST – prise en charge AKTO (subrogation de paiement)", color="#1e3a8a")
    known(ds, "akto", d["issuer"]["siret"])
    case("A01", "akto", "2023-06-02", "Facture_FA2305-0142.pdf", d, what="clean: SST, 1 dossier, declared number/HT/TTC",
         dossiers=ds, declared=declared(d, "invoice_number", "total_ht", "total_ttc"))

    # A02 clean: VAT 20 %, two trainings, two dossiers, meta cards layout
    ds = [akto_dossier("2308"), akto_dossier("2308")]
    d = doc(I["boussole"], "akto", "F-2023-0387", D("2023-09-29"),
            [L("Management d'équipe de proximité – intra (21 h)", 3, "jour", 125000, 2000,
               sub=session(D("2023-09-11"), D("2023-09-25")), dossier=ds[0]),
             L("Excel – tableaux croisés dynamiques (14 h)", 2, "jour", 98000, 2000,
               sub=session(D("2023-09-18"), D("2023-09-19")), dossier=ds[1])],
            template="carte", client=client(1), amount_style="intl", color="#0f766e")
    known(ds, "akto", d["issuer"]["siret"])
    case("A02", "akto", "2023-10-04", "F-2023-0387.pdf", d, what="clean: TVA 20 %, 2 dossiers, client SIRET in a card", dossiers=ds)

    # A03 clean: apprenticeship CFA invoice to AKTO, ex-réseau DCA dossiers in a column only
    ds = [dca_dossier("2209"), dca_dossier("2209"), dca_dossier("2210")]
    rows = [("Manon Girard", "Bac pro Commerce", 2, 350000), ("Yanis Diallo", "BTS MCO", 3, 325000),
            ("Océane Caron", "CAP Commercialisation et services en HCR", 12, 380000)]
    lines = [L("1re échéance 2023-2024 (50 % du NPEC)", 1, "forfait", amt, dossier=x,
               extra={"apprentice": a, "diploma": dip, "employer": CLIENTS[ci]["name"], "employer_siret": CLIENTS[ci]["siret"],
                      "period": "du 01/09/2023 au 29/02/2024"}) for x, (a, dip, ci, amt) in zip(ds, rows)]
    d = doc(I["cfarennes"], "akto", "2023-FC-1031", D("2023-10-31"), lines, template="cfa",
            object="Prise en charge des contrats d'apprentissage (NPEC) – facturation en subrogation de paiement", amount_style="fr")
    known(ds, "akto", d["issuer"]["siret"])
    case("A03", "akto", "2023-11-06", "2023-FC-1031 AKTO.pdf", d, what="clean: CFA landscape, 3 DCA dossiers in a table column, employers' SIRETs",
         dossiers=ds, declared=declared(d, "invoice_number", "total_ttc"))

    # A04 clean: association letter, no VAT number, two dossiers, amount in words
    ds = [akto_dossier("2301"), akto_dossier("2302")]
    d = doc(I["relais"], "akto", "2023-017", D("2023-03-10"),
            [L("Accueil et relation client (14 h) – Nadia Perrin", 14, "h", 4500, sub=session(D("2023-02-20"), D("2023-02-27")), dossier=ds[0]),
             L("Accueil et relation client (14 h) – Rémi Garnier", 14, "h", 4500, sub=session(D("2023-02-20"), D("2023-02-27")), dossier=ds[1])],
            template="lettre", client=client(3), object="formation « Accueil et relation client » – 2 stagiaires", amount_style="plain")
    known(ds, "akto", d["issuer"]["siret"])
    case("A04", "akto", "2023-03-14", "facture 2023-017.pdf", d, what="clean: association letterhead, long date, no VAT number",
         dossiers=ds, declared=declared(d, "invoice_number", "total_ht", "total_ttc"))

    # A05 clean, then A05b: the same invoice re-issued from another tool (other file, same SIRET and number)
    ds = [akto_dossier("2308")]
    lines = [L("CACES® R489 catégorie 3 – 3 jours", 3, "stagiaire", 89000, 2000, sub=session(D("2023-08-28"), D("2023-08-30")), dossier=ds[0])]
    d = doc(I["sextant"], "akto", "SSF-23-0412", D("2023-09-04"), lines, client=client(4), color="#b45309")
    known(ds, "akto", d["issuer"]["siret"])
    case("A05", "akto", "2023-09-12", "SSF-23-0412.pdf", d, what="clean: TVA 20 %, 1 dossier (original of A05b)", dossiers=ds)
    d2 = doc(I["sextant"], "akto", "SSF-23-0412", D("2023-09-04"), lines, client=client(4), template="carte", color="#b45309")
    case("A05b", "akto", "2023-10-03", "Facture SSF-23-0412 (réédition).pdf", d2, expected="DUPLICATE_INVOICE",
         what="same SIRET and invoice number as A05, re-issued as another file, deposited later", dossiers=ds, _same_number_ok=True)

    # A06 clean: a grey scan (JPEG, 200 dpi) of a born-digital invoice
    ds = [akto_dossier("2401")]
    d = doc(I["tremplin"], "akto", "TCS-2024-006", D("2024-02-02"),
            [L("Gestes et postures – intra-entreprise (7 h)", 1, "jour", 115000, sub=session(D("2024-01-25"), D("2024-01-25")), dossier=ds[0])],
            client=client(16), color="#334155")
    known(ds, "akto", d["issuer"]["siret"])
    case("A06", "akto", "2024-02-09", "scan_TCS-2024-006.jpg", d, ops=["jpeg"], what="clean: JPEG scan (OCR), 1 dossier", dossiers=ds)

    # A07 INVOICE_NUMBER_MISSING: no number printed, none declared (totals declared)
    ds = [akto_dossier("2310")]
    d = doc(I["boussole"], "akto", None, D("2023-11-17"),
            [L("Prévention des risques psychosociaux (7 h)", 6, "stagiaire", 39000, 2000, sub=session(D("2023-11-09"), D("2023-11-09")), dossier=ds[0])],
            template="carte", client=client(12), color="#0f766e")
    known(ds, "akto", d["issuer"]["siret"])
    case("A07", "akto", "2023-11-21", "facture_RPS_novembre.pdf", d, expected="INVOICE_NUMBER_MISSING",
         what="no invoice number printed and none declared", dossiers=ds, declared=declared(d, "total_ht", "total_ttc"))

    # A08 AMOUNT_HT_MISSING: prices and totals printed TTC only, VAT shown as 'dont TVA'
    ds = [akto_dossier("2311")]
    d = doc(I["sextant"], "akto", "SSF-23-0501", D("2023-12-08"),
            [L("Habilitation électrique B1V-BR – 3 jours", 2, "stagiaire", 69000, 2000, sub=session(D("2023-12-04"), D("2023-12-06")), dossier=ds[0])],
            client=client(5), print_ht=False, color="#b45309")
    known(ds, "akto", d["issuer"]["siret"])
    case("A08", "akto", "2023-12-13", "SSF-23-0501.pdf", d, expected="AMOUNT_HT_MISSING",
         what="only TTC amounts printed (Total TTC, 'dont TVA 20 %'), no HT total", dossiers=ds)

    # A09 AMOUNT_TTC_MISSING: HT and VAT printed, the TTC line forgotten
    ds = [akto_dossier("2402")]
    d = doc(I["boussole"], "akto", "F-2024-0061", D("2024-02-23"),
            [L("Tuteur en entreprise (14 h) – intra", 2, "jour", 110000, 2000, sub=session(D("2024-02-12"), D("2024-02-13")), dossier=ds[0])],
            client=client(13), print_ttc=False, color="#1e3a8a")
    known(ds, "akto", d["issuer"]["siret"])
    case("A09", "akto", "2024-02-28", "F-2024-0061.pdf", d, expected="AMOUNT_TTC_MISSING",
         what="Total HT and TVA 20 % printed, no TTC total (nor net à payer)", dossiers=ds)

    # A10 DECLARED_VALUE_MISMATCH: declared TTC with two digits swapped
    ds = [akto_dossier("2305")]
    d = doc(I["pragma"], "akto", "FA2306-0171", D("2023-06-23"),
            [L("Hygiène alimentaire HACCP (14 h)", 6, "stagiaire", 37800, sub=session(D("2023-06-12"), D("2023-06-13")), dossier=ds[0])],
            client=client(12), color="#1e3a8a")
    known(ds, "akto", d["issuer"]["siret"])
    dec = declared(d, "invoice_number", "total_ht", "total_ttc")
    assert dec["total_ttc"] == "2268.00"
    dec["total_ttc"] = "2286.00"
    case("A10", "akto", "2023-06-29", "Facture_FA2306-0171.pdf", d, expected="DECLARED_VALUE_MISMATCH",
         what="declared total_ttc 2286.00, the invoice says 2 268,00", dossiers=ds, declared=dec)

    # A11 DECLARED_VALUE_MISMATCH: declared invoice number with two digits swapped
    ds = [akto_dossier("2309")]
    d = doc(I["relais"], "akto", "2023-114", D("2023-10-13"),
            [L("Gestes et postures (7 h) – groupe de 8", 8, "stagiaire", 18500, sub=session(D("2023-10-05"), D("2023-10-05")), dossier=ds[0])],
            template="lettre", client=client(3), object="formation « Gestes et postures »", amount_style="plain")
    known(ds, "akto", d["issuer"]["siret"])
    dec = declared(d, "invoice_number", "total_ttc")
    dec["invoice_number"] = "2023-141"
    case("A11", "akto", "2023-10-18", "facture 2023-114.pdf", d, expected="DECLARED_VALUE_MISMATCH",
         what="declared invoice_number 2023-141, the invoice says 2023-114", dossiers=ds, declared=dec)

    # A12 INVOICE_DATE_AFTER_DEPOSIT: invoice dated at month end, deposited two weeks earlier
    ds = [akto_dossier("2402")]
    d = doc(I["tremplin"], "akto", "TCS-2024-019", D("2024-03-29"),
            [L("Premiers secours en santé mentale (14 h)", 4, "stagiaire", 42000, sub=session(D("2024-03-07"), D("2024-03-08")), dossier=ds[0])],
            client=client(16), color="#334155", date_style="long")
    known(ds, "akto", d["issuer"]["siret"])
    case("A12", "akto", "2024-03-15", "TCS-2024-019.pdf", d, expected="INVOICE_DATE_AFTER_DEPOSIT",
         what="invoice dated 29 mars 2024, deposited 2024-03-15", dossiers=ds)

    # A13 SIRET_UNKNOWN: valid key, not in the SIRENE extract
    ds = [akto_dossier("2304")]
    d = doc(I["kairos"], "akto", "KL-230512", D("2023-05-12"),
            [L("Anglais professionnel – niveau B1 (30 h, individuel)", 30, "h", 6500, sub="Du 03/04/2023 au 05/05/2023 – Élodie Moreau", dossier=ds[0])],
            client=client(5), color="#7c3aed", amount_style="dotgrp")
    known(ds, "akto", d["issuer"]["siret"])
    case("A13", "akto", "2023-05-16", "KL-230512.pdf", d, expected="SIRET_UNKNOWN",
         what="issuer SIRET passes Luhn but is not in sirene.csv", dossiers=ds)

    # A14 DOSSIER_MISSING: 'financée par AKTO' but no dossier number anywhere, none in the deposit
    d = doc(I["pragma"], "akto", "FA2311-0240", D("2023-11-24"),
            [L("Sauveteur Secouriste du Travail (SST) – MAC, 7 h", 5, "stagiaire", 17000, sub=session(D("2023-11-20"), D("2023-11-20")))],
            client=client(0), object="Formation SST (maintien et actualisation des compétences) financée par AKTO", color="#1e3a8a")
    case("A14", "akto", "2023-11-29", "Facture_FA2311-0240.pdf", d, expected="DOSSIER_MISSING",
         what="no dossier reference on the invoice, none in the deposit")

    # A15 DOSSIER_MISSING: the deposit names the dossier, the invoice does not
    ds = [akto_dossier("2401")]
    d = doc(I["tremplin"], "akto", "TCS-2024-011", D("2024-02-16"),
            [L("Accueil et relation client (14 h)", 3, "stagiaire", 36000, sub=session(D("2024-02-08"), D("2024-02-09")))],
            client=client(16), color="#334155")
    known(ds, "akto", d["issuer"]["siret"])
    case("A15", "akto", "2024-02-21", "TCS-2024-011.pdf", d, expected="DOSSIER_MISSING",
         what="dossier given in the deposit but printed nowhere on the invoice", dossiers=ds)

    # A16 DOSSIER_UNKNOWN: well-formed dossier that AKTO does not know
    ds = [akto_dossier("2310")]
    d = doc(I["sextant"], "akto", "SSF-23-0467", D("2023-10-27"),
            [L("Équipier de première intervention (7 h)", 9, "stagiaire", 14000, 2000, sub=session(D("2023-10-19"), D("2023-10-19")), dossier=ds[0])],
            client=client(4), color="#b45309")
    case("A16", "akto", "2023-11-02", "SSF-23-0467.pdf", d, expected="DOSSIER_UNKNOWN",
         what="dossier %s not in dossiers.csv" % ds[0], dossiers=ds)

    # A17 DOSSIER_UNKNOWN: the dossier exists, but at OPCO EP, not at AKTO
    foreign = dca_dossier("2309")
    DOSSIERS.append((foreign, "opco-ep", ISS["cfarennes"]["siret"]))
    ds = [dca_dossier("2309"), foreign]
    known(ds[:1], "akto", ISS["cfarennes"]["siret"])
    rows = [("Hugo Blanc", "Bac pro Commerce", 2, 350000), ("Sarah Lambert", "BTS MCO", 13, 325000)]
    lines = [L("1re échéance 2023-2024 (50 % du NPEC)", 1, "forfait", amt, dossier=x,
               extra={"apprentice": a, "diploma": dip, "employer": CLIENTS[ci]["name"], "employer_siret": CLIENTS[ci]["siret"],
                      "period": "du 01/10/2023 au 31/03/2024"}) for x, (a, dip, ci, amt) in zip(ds, rows)]
    d = doc(I["cfarennes"], "akto", "2023-FC-1107", D("2023-11-07"), lines, template="cfa",
            object="Prise en charge des contrats d'apprentissage (NPEC) – facturation en subrogation de paiement")
    case("A17", "akto", "2023-11-10", "2023-FC-1107 AKTO.pdf", d, expected="DOSSIER_UNKNOWN",
         what="second dossier %s is an OPCO EP dossier (dossiers.csv), unknown for akto" % foreign, dossiers=ds)


# ----- OPCO EP ------------------------------------------------------------

def cfa_lines(rows, nature, period):
    """rows: (dossier, apprentice, diploma, client index, amount in cents)."""
    return [L(nature, 1, "forfait", amt, dossier=x,
              extra={"apprentice": a, "diploma": dip, "employer": CLIENTS[ci]["name"], "employer_siret": CLIENTS[ci]["siret"],
                     "period": period}) for x, a, dip, ci, amt in rows]


def proforma(number, kind, siret, total, dossiers, created):
    PROFORMAS.append({"number": number, "funder": "opco-ep", "type": kind, "siret": siret, "total": cents_str(total),
                      "dossiers": list(dossiers), "created_at": created, "status": "awaiting_invoice"})


def opcoep_cases():
    I = ISS
    OBJ = "Facturation pro forma OPCO EP – %s – contrats d'apprentissage (subrogation de paiement)"

    # E01 clean (and E01b: the very same file uploaded again)
    ds = [dca_dossier("2208"), dca_dossier("2209"), dca_dossier("2303")]
    pro = proforma_no()
    rows = [(ds[0], "Amandine Jollans", "CAP Boulanger", 6, 157500), (ds[1], "Jade Vives", "BP Boucher", 14, 157500),
            (ds[2], "Lucie Gaillardon", "CAP Pâtissier", 15, 162000)]
    d = doc(I["cfadijon"], "opco-ep", "FA2309-0112", D("2023-09-25"), cfa_lines(rows, "Acompte pédagogie", "du 09/09/2023 au 08/12/2023"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2023-09-18")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E01", "opco-ep", "2023-10-05", "FA2309-0112.pdf", d, what="clean: pédagogie, 3 dossiers, pro forma quoted, IBAN (original of E01b)",
         proforma_number=pro)
    case("E01b", "opco-ep", "2023-10-19", "FA2309-0112 (1).pdf", copy_of="E01", expected="DUPLICATE_INVOICE",
         what="byte-identical copy of E01 deposited again two weeks later", proforma_number=pro)

    # E02 clean: frais annexes (meals 3 €, nights 6 €), two dossiers, one of them on two lines
    ds = [dca_dossier("2209"), dca_dossier("2210")]
    pro = proforma_no()
    per = "du 01/09/2023 au 30/11/2023"
    lines = [L("Frais annexes – restauration (84 repas × 3,00 €)", 1, "forfait", 25200, dossier=ds[0],
               extra={"apprentice": "Théo Renaud", "diploma": "CAP Cuisine", "employer": CLIENTS[7]["name"], "employer_siret": CLIENTS[7]["siret"], "period": per}),
             L("Frais annexes – hébergement (40 nuitées × 6,00 €)", 1, "forfait", 24000, dossier=ds[0],
               extra={"apprentice": "Théo Renaud", "diploma": "CAP Cuisine", "employer": CLIENTS[7]["name"], "employer_siret": CLIENTS[7]["siret"], "period": per}),
             L("Frais annexes – restauration (76 repas × 3,00 €)", 1, "forfait", 22800, dossier=ds[1],
               extra={"apprentice": "Fatou Diallo", "diploma": "BTS Management en hôtellerie-restauration", "employer": CLIENTS[18]["name"],
                      "employer_siret": CLIENTS[18]["siret"], "period": per})]
    d = doc(I["cfatours"], "opco-ep", "CFA-HR-23-0458", D("2023-12-05"), lines, template="cfa", proforma_printed=pro,
            object=OBJ % "frais annexes (restauration, hébergement)", amount_style="plain", color="#0e7490")
    proforma(pro, "frais-annexes", d["issuer"]["siret"], d["ttc"], ds, "2023-12-01")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E02", "opco-ep", "2023-12-08", "CFA-HR-23-0458.pdf", d, what="clean: frais annexes, 2 dossiers (one on two lines)", proforma_number=pro)

    # E03 clean credit note: a negative pro forma (contract broken), answered by an avoir
    ds = [dca_dossier("2207")]
    pro = proforma_no()
    d = doc(I["cfagre"], "opco-ep", "AV-2023-0014", D("2023-10-12"),
            cfa_lines([(ds[0], "Chloé Bonnet", "CAP Métiers de la coiffure", 8, 17500)], "Régularisation pédagogie – rupture au 14/09/2023",
                      "du 25/07/2022 au 14/09/2023"),
            template="cfa", credit=True, proforma_printed=pro, cancelled=("FA-2023-0388", D("2023-08-03"), "rupture du contrat d'apprentissage"),
            object="Facture d'avoir sur pro forma d'avoir OPCO EP – rupture de contrat", color="#9d174d")
    proforma(pro, "pedagogie", d["issuer"]["siret"], -d["ttc"], ds, "2023-10-09")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E03", "opco-ep", "2023-10-16", "AV-2023-0014.pdf", d, what="clean: avoir (-175,00) for a negative pro forma", proforma_number=pro)

    # E04 clean: premier équipement, one dossier, modern layout
    ds = [dca_dossier("2309")]
    pro = proforma_no()
    d = doc(I["cfatours"], "opco-ep", "CFA-HR-23-0412", D("2023-11-14"),
            [L("Premier équipement pédagogique – mallette de couteaux et tenues (Quentin Roux, CAP Cuisine)", 1, "forfait", 50000, dossier=ds[0])],
            template="carte", proforma_printed=pro, object="Aide au premier équipement de l'apprenti – dossier %s" % ds[0],
            color="#0e7490", refs=[("N° de dossier OPCO EP", ds[0])])
    proforma(pro, "premier-equipement", d["issuer"]["siret"], d["ttc"], ds, "2023-11-10")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E04", "opco-ep", "2023-11-17", "CFA-HR-23-0412.pdf", d, what="clean: premier équipement, card layout", proforma_number=pro)

    # E05 clean: mobilité internationale
    ds = [dca_dossier("2302")]
    pro = proforma_no()
    d = doc(I["cfadijon"], "opco-ep", "FA2403-0031", D("2024-03-08"),
            cfa_lines([(ds[0], "Baptiste Chevalier", "BP Boulanger", 14, 114000)], "Mobilité internationale – 4 semaines (Erasmus+, Italie)",
                      "du 05/02/2024 au 01/03/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "mobilité")
    proforma(pro, "mobilite", d["issuer"]["siret"], d["ttc"], ds, "2024-03-04")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E05", "opco-ep", "2024-03-12", "FA2403-0031.pdf", d, what="clean: mobilité, 1 dossier", proforma_number=pro)

    # E06 SIRET_MISMATCH: invoice issued from the Beaune site's SIRET, pro forma made out to the head office
    ds = [dca_dossier("2209"), dca_dossier("2209")]
    pro = proforma_no()
    rows = [(ds[0], "Paul Lemaire", "CAP Menuisier fabricant", 6, 160500), (ds[1], "Léa Moreau", "BP Boucher", 17, 157500)]
    d = doc(I["cfadijon"], "opco-ep", "FA2312-0187", D("2023-12-11"), cfa_lines(rows, "Acompte pédagogie", "du 01/12/2023 au 29/02/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie – site de Beaune", siret_printed=DIJON_SITE)
    proforma(pro, "pedagogie", ISS["cfadijon"]["siret"], d["ttc"], ds, "2023-12-04")
    known(ds, "opco-ep", ISS["cfadijon"]["siret"])
    case("E06", "opco-ep", "2023-12-14", "FA2312-0187.pdf", d, expected="SIRET_MISMATCH",
         what="invoice SIRET %s (Beaune site, active) vs pro forma SIRET %s (head office)" % (DIJON_SITE, ISS["cfadijon"]["siret"]),
         proforma_number=pro)

    # E07 PROFORMA_REFERENCE_MISSING: the deposit is made on the pro forma, the invoice never quotes it
    ds = [dca_dossier("2210"), dca_dossier("2211")]
    pro = proforma_no()
    rows = [(ds[0], "Mehdi Benali", "CAP Commercialisation et services en HCR", 18, 148000),
            (ds[1], "Julie Faure", "Mention complémentaire Employé traiteur", 13, 136500)]
    d = doc(I["cfatours"], "opco-ep", "CFA-HR-24-0022", D("2024-01-19"), cfa_lines(rows, "Acompte pédagogie", "du 01/01/2024 au 31/03/2024"),
            template="cfa", object="Facturation OPCO EP – acompte pédagogie – contrats d'apprentissage", amount_style="plain", color="#0e7490")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2024-01-15")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E07", "opco-ep", "2024-01-24", "CFA-HR-24-0022.pdf", d, expected="PROFORMA_REFERENCE_MISSING",
         what="deposit on %s; the invoice quotes no pro forma number" % pro, proforma_number=pro)

    # E08 PROFORMA_UNKNOWN: the invoice quotes a pro forma that does not exist
    ds = [dca_dossier("2301")]
    pro = "PRO-0%07d" % 1358842
    assert pro not in _used_pro
    d = doc(I["cfagre"], "opco-ep", "FA-2024-0057", D("2024-02-06"),
            cfa_lines([(ds[0], "Camille Roux", "BP Coiffure", 8, 162000)], "Acompte pédagogie", "du 01/02/2024 au 30/04/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie", color="#9d174d")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E08", "opco-ep", "2024-02-09", "FA-2024-0057.pdf", d, expected="PROFORMA_UNKNOWN",
         what="pro forma %s is not in proformas.jsonl" % pro, proforma_number=pro)

    # E09 PROFORMA_AMOUNT_MISMATCH: one contract billed 1 665,00 instead of the pro forma's 1 620,00
    ds = [dca_dossier("2209"), dca_dossier("2210"), dca_dossier("2302")]
    pro = proforma_no()
    rows = [(ds[0], "Antoine Girard", "CAP Boulanger", 14, 157500), (ds[1], "Sophie Aubert", "CAP Pâtissier", 15, 157500),
            (ds[2], "Karim Picard", "BP Boulanger", 6, 166500)]
    d = doc(I["cfadijon"], "opco-ep", "FA2401-0009", D("2024-01-12"), cfa_lines(rows, "Acompte pédagogie", "du 09/12/2023 au 08/03/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie")
    proforma(pro, "pedagogie", d["issuer"]["siret"], 157500 + 157500 + 162000, ds, "2024-01-08")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E09", "opco-ep", "2024-01-17", "FA2401-0009.pdf", d, expected="PROFORMA_AMOUNT_MISMATCH",
         what="invoice total %s (one contract at 1 665,00), pro forma total %s" % (famount(d["ttc"]), PROFORMAS[-1]["total"]),
         proforma_number=pro)

    # E10 PROFORMA_DOSSIERS_MISMATCH: one dossier of the pro forma replaced by another, same total
    ds = [dca_dossier("2209"), dca_dossier("2211")]
    other = dca_dossier("2211")
    pro = proforma_no()
    rows = [(ds[0], "Aurélie Mercier", "CAP Esthétique", 19, 150000), (other, "Inès Vincent", "BP Coiffure", 8, 150000)]
    d = doc(I["cfagre"], "opco-ep", "FA-2023-0471", D("2023-12-15"), cfa_lines(rows, "Acompte pédagogie", "du 01/12/2023 au 29/02/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie", color="#9d174d")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2023-12-11")
    known(ds + [other], "opco-ep", d["issuer"]["siret"])
    case("E10", "opco-ep", "2023-12-19", "FA-2023-0471.pdf", d, expected="PROFORMA_DOSSIERS_MISMATCH",
         what="invoice dossiers %s, pro forma dossiers %s (same total)" % ([ds[0], other], ds), proforma_number=pro)

    # E11 CREDIT_NOTE_EXPECTED: negative pro forma (broken contract), answered by an ordinary invoice
    ds = [dca_dossier("2302")]
    pro = proforma_no()
    d = doc(I["cfatours"], "opco-ep", "CFA-HR-23-0399", D("2023-10-24"),
            cfa_lines([(ds[0], "Nicolas Ferrand", "CAP Cuisine", 18, 36000)], "Régularisation pédagogie – rupture au 09/06/2023",
                      "du 27/02/2023 au 09/06/2023"),
            template="cfa", proforma_printed=pro, object="Régularisation suite à rupture de contrat – pro forma OPCO EP",
            amount_style="plain", color="#0e7490")
    proforma(pro, "pedagogie", d["issuer"]["siret"], -d["ttc"], ds, "2023-10-20")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E11", "opco-ep", "2023-10-27", "CFA-HR-23-0399.pdf", d, expected="CREDIT_NOTE_EXPECTED",
         what="pro forma total -360.00, the document is an invoice of +360,00", proforma_number=pro)

    # E12 INVOICE_EXPECTED: positive pro forma, answered by an avoir
    ds = [dca_dossier("2303")]
    pro = proforma_no()
    d = doc(I["cfadijon"], "opco-ep", "AV2311-0004", D("2023-11-21"),
            cfa_lines([(ds[0], "Mathilde Baron", "CAP Pâtissier", 15, 157500)], "Acompte pédagogie", "du 15/09/2023 au 14/12/2023"),
            template="cfa", credit=True, proforma_printed=pro, cancelled=("FA2309-0098", D("2023-09-20"), "erreur de période"),
            object="Facture d'avoir – pro forma OPCO EP")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2023-11-16")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E12", "opco-ep", "2023-11-24", "AV2311-0004.pdf", d, expected="INVOICE_EXPECTED",
         what="pro forma total +1575.00, the document is an avoir of -1 575,00", proforma_number=pro)

    # E13 BANK_DETAILS_MISSING: no IBAN anywhere (payment 'par chèque')
    ds = [dca_dossier("2210"), dca_dossier("2210")]
    pro = proforma_no()
    rows = [(ds[0], "Laëtitia Hoarau", "CAP Esthétique", 16, 146000), (ds[1], "Emma Guérin", "CAP Métiers de la coiffure", 19, 146000)]
    d = doc(I["cfagre"], "opco-ep", "FA-2024-0012", D("2024-01-10"), cfa_lines(rows, "Acompte pédagogie", "du 01/01/2024 au 31/03/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie", iban=False, color="#9d174d")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2024-01-05")
    known(ds, "opco-ep", d["issuer"]["siret"])
    case("E13", "opco-ep", "2024-01-15", "FA-2024-0012.pdf", d, expected="BANK_DETAILS_MISSING",
         what="no IBAN on the invoice", proforma_number=pro)

    # E14 FILE_NAME_TOO_LONG: a correct invoice under a 78-character file name
    ds = [dca_dossier("2211")]
    pro = proforma_no()
    d = doc(I["cfatours"], "opco-ep", "CFA-HR-24-0048", D("2024-02-14"),
            cfa_lines([(ds[0], "Rémi Dubois", "CAP Commercialisation et services en HCR", 18, 141000)], "Acompte pédagogie",
                      "du 01/02/2024 au 30/04/2024"),
            template="cfa", proforma_printed=pro, object=OBJ % "acompte pédagogie", amount_style="plain", color="#0e7490")
    proforma(pro, "pedagogie", d["issuer"]["siret"], d["ttc"], ds, "2024-02-12")
    known(ds, "opco-ep", d["issuer"]["siret"])
    name = "Facture_CFA_Hotellerie_Restauration_Tours_%s_acompte_pedagogie_fevrier_2024.pdf" % pro
    assert len(name) > 50
    case("E14", "opco-ep", "2024-02-16", name, d, expected="FILE_NAME_TOO_LONG",
         what="file name of %d characters (limit 50)" % len(name), proforma_number=pro)

    # a few pro formas nobody has invoiced yet (noise)
    for who, kind, amt, created in [("cfadijon", "pedagogie", 315000, "2024-03-25"), ("cfagre", "frais-annexes", 43200, "2024-03-28"),
                                    ("cfatours", "pedagogie", -52500, "2024-04-02")]:
        ds = [dca_dossier("2310")]
        known(ds, "opco-ep", ISS[who]["siret"])
        proforma(proforma_no(), kind, ISS[who]["siret"], amt, ds, created)


# ----- SIGMA --------------------------------------------------------------

def sigma_doc(iss, number, date, po, bdc_total, rate, action, marche, lot, start, end, vat=None, **kw):
    adv = bdc_total * rate // 100
    kw.setdefault("sig", "space")
    kw.setdefault("template", "avance")
    d = doc(iss, "sigma", number, date,
            [L("Avance de %d %% sur le bon de commande n° %s" % (rate, po), 1, "forfait", adv, vat)],
            po_printed=po,
            avance={"marche": marche, "lot": lot, "action": action, "start": start, "end": end, "bdc_total": bdc_total, "rate": rate},
            **kw)
    return d


def sigma_name(po, iss):
    return "%s_%s_AVANCE.pdf" % (po, iss["sigma"])


def sigma_cases():
    I = ISS
    M1 = "2022-PRF-039 – Programme régional de formation – Qualif Pro"
    # S01 clean: signed advance invoice, VAT-exempt
    po = purchase_order("23")
    d = sigma_doc(I["lumen"], "LSF-2023-0005", D("2023-01-05"), po, 756000, 30,
                  "Préparation aux sélections des formations du sanitaire et social – Haute-Garonne", M1,
                  "Lot 39", D("2023-01-09"), D("2023-06-30"))
    case("S01", "sigma", "2023-01-05", sigma_name(po, I["lumen"]), d, ops=["sign"], purchase_order=po,
         what="clean: signed (invisible panel), named BDC_ORGANISME_AVANCE.pdf, exempt")

    # S02 clean: association, boxed layout, signed
    po = purchase_order("23")
    d = sigma_doc(I["pyrenees"], "2023-A-014", D("2023-03-02"), po, 1248000, 30,
                  "Titre professionnel Agent de restauration – Toulouse", M1, "Lot 12", D("2023-03-06"), D("2023-09-29"),
                  template="cabinet", color="#9d174d",
                  meta_extra=[("Marché", M1), ("Lot", "Lot 12")], object="Facture d'avance – action « Titre professionnel Agent de restauration »")
    case("S02", "sigma", "2023-03-06", sigma_name(po, I["pyrenees"]), d, ops=["sign"], purchase_order=po,
         what="clean: boxed layout, signed, association")

    # S03 clean: VAT 20 %, signed
    po = purchase_order("23")
    d = sigma_doc(I["trajocc"], "TO-23-0117", D("2023-09-11"), po, 945000, 20,
                  "Compétences numériques de base – Montpellier", "2023-PRF-112 – Programme Projet Pro", "Lot 4",
                  D("2023-09-18"), D("2023-12-15"), vat=2000, color="#15803d")
    case("S03", "sigma", "2023-09-13", sigma_name(po, I["trajocc"]), d, ops=["sign"], purchase_order=po,
         what="clean: TVA 20 %, signed")

    # S04 clean: modern layout, signed
    po = purchase_order("24")
    d = sigma_doc(I["lumen"], "LSF-2024-0021", D("2024-01-15"), po, 1512000, 30,
                  "Aide-soignant – préparation au concours", M1, "Lot 40", D("2024-01-22"), D("2024-07-05"),
                  template="carte", color="#9d174d", meta_extra=[("Marché", "2022-PRF-039"), ("Lot", "Lot 40")])
    case("S04", "sigma", "2024-01-17", sigma_name(po, I["lumen"]), d, ops=["sign"], purchase_order=po,
         what="clean: card layout, signed")

    # S05 SIGNATURE_MISSING: correctly named, never signed
    po = purchase_order("23")
    d = sigma_doc(I["trajocc"], "TO-23-0142", D("2023-10-02"), po, 612000, 30,
                  "Remise à niveau – savoirs de base – Sète", "2023-PRF-112 – Programme Projet Pro", "Lot 7",
                  D("2023-10-09"), D("2024-01-26"), color="#15803d")
    case("S05", "sigma", "2023-10-04", sigma_name(po, I["trajocc"]), d, purchase_order=po, expected="SIGNATURE_MISSING",
         what="no signature of any kind")

    # S06 SIGNATURE_IMAGE_NOT_PANEL: a pasted handwritten signature and a stamp, no panel
    po = purchase_order("23")
    d = sigma_doc(I["pyrenees"], "2023-A-031", D("2023-05-10"), po, 864000, 30,
                  "CAP Accompagnant éducatif petite enfance – Muret", M1, "Lot 15", D("2023-05-15"), D("2023-12-01"), sig="image")
    case("S06", "sigma", "2023-05-12", sigma_name(po, I["pyrenees"]), d, purchase_order=po, expected="SIGNATURE_IMAGE_NOT_PANEL",
         what="pasted picture of a handwritten signature plus a stamp; no signature panel")

    # S07 SIGNATURE_IMAGE_NOT_PANEL: a flattened electronic signature (the panel printed as text)
    po = purchase_order("23")
    d = sigma_doc(I["lumen"], "LSF-2023-0047", D("2023-11-06"), po, 1080000, 30,
                  "Auxiliaire de puériculture – préparation", M1, "Lot 41", D("2023-11-13"), D("2024-05-31"), sig="flattened")
    case("S07", "sigma", "2023-11-08", sigma_name(po, I["lumen"]), d, purchase_order=po, expected="SIGNATURE_IMAGE_NOT_PANEL",
         what="'Signé électroniquement par …' box printed on the page (flattened), no panel")

    # S08 SIGNATURE_INVALID: signed, then one byte inside the signed range changed
    po = purchase_order("24")
    d = sigma_doc(I["pyrenees"], "2024-A-003", D("2024-02-05"), po, 1176000, 30,
                  "Titre professionnel Cuisinier – Toulouse", M1, "Lot 12", D("2024-02-12"), D("2024-09-27"))
    case("S08", "sigma", "2024-02-07", sigma_name(po, I["pyrenees"]), d, ops=["sign", "tamper"], purchase_order=po,
         expected="SIGNATURE_INVALID", what="signature digest mismatch (one byte of the signed range changed after signing)")

    # S09 SIGNATURE_INVALID: signed, then an incremental update paints another IBAN over the printed one
    po = purchase_order("24")
    d = sigma_doc(I["trajocc"], "TO-24-0009", D("2024-01-22"), po, 702000, 30,
                  "Compétences numériques de base – Béziers", "2023-PRF-112 – Programme Projet Pro", "Lot 4",
                  D("2024-01-29"), D("2024-04-26"), color="#15803d")
    case("S09", "sigma", "2024-01-24", sigma_name(po, I["trajocc"]), d, ops=["sign", "overlay"], purchase_order=po,
         expected="SIGNATURE_INVALID", what="modified after signing: an incremental update covers the IBAN and prints another one")

    # S10 FILE_FORMAT_NOT_ALLOWED: a PNG picture of the advance invoice
    po = purchase_order("23")
    d = sigma_doc(I["lumen"], "LSF-2023-0039", D("2023-09-04"), po, 648000, 30,
                  "Préparation aux sélections des formations du sanitaire et social – Toulouse", M1, "Lot 39",
                  D("2023-09-11"), D("2024-01-19"), sig="image")
    case("S10", "sigma", "2023-09-06", "%s_%s_AVANCE.png" % (po, I["lumen"]["sigma"]), d, ops=["png"], purchase_order=po,
         expected="FILE_FORMAT_NOT_ALLOWED", what="PNG picture of the invoice (SIGMA accepts PDF only)")

    # S11 FILE_NAME_NOT_CONFORMING: a free file name
    po = purchase_order("23")
    d = sigma_doc(I["pyrenees"], "2023-A-052", D("2023-09-18"), po, 936000, 30,
                  "Titre professionnel Employé commercial – Colomiers", M1, "Lot 13", D("2023-09-25"), D("2024-03-29"))
    case("S11", "sigma", "2023-09-20", "Facture avance BDC %s.pdf" % po, d, ops=["sign"], purchase_order=po,
         expected="FILE_NAME_NOT_CONFORMING", what="file named 'Facture avance BDC <po>.pdf'")

    # S12 FILE_NAME_NOT_CONFORMING: right parts, not in capitals
    po = purchase_order("24")
    d = sigma_doc(I["trajocc"], "TO-24-0031", D("2024-03-04"), po, 540000, 30,
                  "Remise à niveau – savoirs de base – Lunel", "2023-PRF-112 – Programme Projet Pro", "Lot 7",
                  D("2024-03-11"), D("2024-06-28"), color="#15803d")
    case("S12", "sigma", "2024-03-06", "%s_Trajocc_Avance.pdf" % po, d, ops=["sign"], purchase_order=po,
         expected="FILE_NAME_NOT_CONFORMING", what="'<po>_Trajocc_Avance.pdf': not in capitals")

    # S13 AMOUNTS_INCONSISTENT: HT 1 890,00 + TVA 378,00 printed with TTC 2 286,00
    po = purchase_order("23")
    d = sigma_doc(I["trajocc"], "TO-23-0088", D("2023-06-12"), po, 945000, 20,
                  "Compétences numériques de base – Nîmes", "2023-PRF-112 – Programme Projet Pro", "Lot 4",
                  D("2023-06-19"), D("2023-09-29"), vat=2000, color="#15803d")
    assert d["ttc"] == 226800
    d["ttc_printed"] = 228600
    case("S13", "sigma", "2023-06-14", sigma_name(po, I["trajocc"]), d, ops=["sign"], purchase_order=po,
         expected="AMOUNTS_INCONSISTENT", what="HT 1 890,00 + TVA 378,00 but TTC printed 2 286,00")

    # S14 SIRET_CLOSED: the organisation moved; its invoice still prints the closed establishment
    po = purchase_order("23")
    d = sigma_doc(I["escale"], "EFP-2023-061", D("2023-10-16"), po, 1020000, 30,
                  "Titre professionnel Assistant de vie aux familles – Nîmes", M1, "Lot 22", D("2023-10-23"), D("2024-04-26"),
                  color="#c2410c")
    case("S14", "sigma", "2023-10-18", sigma_name(po, I["escale"]), d, ops=["sign"], purchase_order=po,
         expected="SIRET_CLOSED", what="SIRET %s is closed (F) in sirene.csv; the new establishment %s is active" % (
             ISS["escale"]["siret"], ESCALE_NEW))


# ----- Chorus Pro ---------------------------------------------------------

def public_refs(p, ej, marche=None):
    r = [("N° d'engagement juridique", ej), ("Code service", p["service"])]
    if marche:
        r.append(("N° de marché", marche))
    return r


def public_billto(p):
    return {"name": p["name"], "street": p["street"], "pc": p["pc"], "city": p["city"], "attn": "Service formation", "siret": p["siret"]}


def chorus_cases():
    I = ISS
    P = PUBLIC
    # C01 clean: VAT 20 %, hospital
    d = doc(I["canopee"], "chorus", "CCF-2023-0215", D("2023-06-16"),
            [L("Prévention des risques psychosociaux – intra (2 jours)", 2, "jour", 140000, 2000, sub=session(D("2023-06-05"), D("2023-06-12"))),
             L("Frais de déplacement du formateur", 1, "forfait", 16400, 2000)],
            billto=public_billto(P[0]), refs=public_refs(P[0], "1300452871", "2022-FC-014"), color="#047857")
    case("C01", "chorus", "2023-06-20", "CCF-2023-0215.pdf", d, what="clean: TVA 20 %, public buyer with its own SIRET")

    # C02 clean: mixed VAT (20 % and 5,5 % books), a deposit already paid, net à payer below TTC
    d = doc(I["vecteur"], "chorus", "VN-23-1187", D("2023-11-30"),
            [L("Python pour l'analyse de données – 4 jours", 4, "jour", 145000, 2000, sub=session(D("2023-11-06"), D("2023-11-27"))),
             L("Ouvrage « Python pour la data » (support stagiaire)", 8, "ex.", 3200, 550)],
            billto=public_billto(P[1]), refs=public_refs(P[1], "1300518830"), acompte=200000, acompte_date=D("2023-10-16"),
            template="carte", color="#1e3a8a", amount_style="intl")
    case("C02", "chorus", "2023-12-04", "VN-23-1187.pdf", d, what="clean: TVA 20 % + 5,5 %, acompte, net à payer < TTC")

    # C03 clean: exempt, commune
    d = doc(I["canopee"], "chorus", "CCF-2023-0302", D("2023-09-08"),
            [L("Accueil et relation client – agents d'accueil (14 h)", 10, "stagiaire", 32000, sub=session(D("2023-08-31"), D("2023-09-07")))],
            billto=public_billto(P[2]), refs=public_refs(P[2], "1300498112"), color="#047857")
    case("C03", "chorus", "2023-09-12", "CCF-2023-0302.pdf", d, what="clean: exempt, commune")

    # C04 clean: exempt, State service, modern layout
    d = doc(I["vecteur"], "chorus", "VN-24-0096", D("2024-02-09"),
            [L("RGPD – sensibilisation des agents (7 h)", 3, "session", 98000, sub="Sessions des 23/01, 30/01 et 06/02/2024")],
            billto=public_billto(P[3]), refs=public_refs(P[3], "2101784530", "2023-DREETS-FC-07"), template="carte",
            color="#1e3a8a", date_style="long")
    case("C04", "chorus", "2024-02-13", "VN-24-0096.pdf", d, what="clean: exempt, long French date, card layout")

    # C05 INVOICE_NUMBER_MISSING
    d = doc(I["canopee"], "chorus", None, D("2023-10-20"),
            [L("Management d'équipe de proximité (21 h)", 3, "jour", 135000, 2000, sub=session(D("2023-10-02"), D("2023-10-16")))],
            billto=public_billto(P[4]), refs=public_refs(P[4], "1300533409"), color="#047857")
    case("C05", "chorus", "2023-10-25", "facture_canopee_octobre.pdf", d, expected="INVOICE_NUMBER_MISSING",
         what="no invoice number printed")

    # C06 AMOUNTS_INCONSISTENT: HT 4 200,00 + TVA 840,00, TTC printed 5 400,00
    d = doc(I["vecteur"], "chorus", "VN-23-0874", D("2023-09-22"),
            [L("Cybersécurité – sensibilisation des agents (1 jour)", 3, "session", 140000, 2000, sub=session(D("2023-09-05"), D("2023-09-19")))],
            billto=public_billto(P[2]), refs=public_refs(P[2], "1300501276"), color="#1e3a8a")
    assert d["ttc"] == 504000
    d["ttc_printed"] = 540000
    case("C06", "chorus", "2023-09-26", "VN-23-0874.pdf", d, expected="AMOUNTS_INCONSISTENT",
         what="HT 4 200,00 + TVA 840,00 but TTC printed 5 400,00")

    # C07 SIRET_CLOSED
    d = doc(I["ancrage"], "chorus", "AF-2023-044", D("2023-07-07"),
            [L("Excel – tableaux croisés dynamiques (14 h)", 6, "stagiaire", 42000, sub=session(D("2023-06-26"), D("2023-06-27")))],
            billto=public_billto(P[1]), refs=public_refs(P[1], "1300467765"), color="#7c2d12")
    case("C07", "chorus", "2023-07-11", "AF-2023-044.pdf", d, expected="SIRET_CLOSED", what="issuer establishment closed (F) in sirene.csv")

    # C08 FILE_UNREADABLE: the upload was cut short
    d = doc(I["canopee"], "chorus", "CCF-2023-0377", D("2023-11-10"),
            [L("Gestes et postures (7 h)", 2, "session", 95000, sub=session(D("2023-11-02"), D("2023-11-03")))],
            billto=public_billto(P[0]), refs=public_refs(P[0], "1300546120"), color="#047857")
    case("C08", "chorus", "2023-11-14", "CCF-2023-0377.pdf", d, ops=["truncate"], expected="FILE_UNREADABLE",
         what="PDF truncated to its first 2 kB")

    # C09 FILE_FORMAT_NOT_ALLOWED: a GIF (Chorus takes PDF, JPEG, PNG, TIFF)
    d = doc(I["vecteur"], "chorus", "VN-24-0131", D("2024-03-01"),
            [L("Prise de parole en public (14 h)", 2, "jour", 120000, sub=session(D("2024-02-19"), D("2024-02-26")))],
            billto=public_billto(P[3]), refs=public_refs(P[3], "2101790066"), color="#1e3a8a")
    case("C09", "chorus", "2024-03-05", "VN-24-0131.gif", d, ops=["gif"], expected="FILE_FORMAT_NOT_ALLOWED",
         what="GIF picture of the invoice")

    # C10 AMOUNT_TTC_MISSING
    d = doc(I["canopee"], "chorus", "CCF-2024-0018", D("2024-01-26"),
            [L("Conduite de réunion efficace (7 h)", 2, "session", 105000, 2000, sub=session(D("2024-01-16"), D("2024-01-23")))],
            billto=public_billto(P[4]), refs=public_refs(P[4], "1300561954"), print_ttc=False, color="#047857")
    case("C10", "chorus", "2024-01-30", "CCF-2024-0018.pdf", d, expected="AMOUNT_TTC_MISSING",
         what="Total HT and TVA 20 % printed, no TTC")

    # C11 INVOICE_DATE_AFTER_DEPOSIT
    d = doc(I["vecteur"], "chorus", "VN-23-1240", D("2023-12-29"),
            [L("Photoshop – initiation (14 h)", 5, "stagiaire", 59000, sub=session(D("2023-12-11"), D("2023-12-12")))],
            billto=public_billto(P[1]), refs=public_refs(P[1], "1300572208"), color="#1e3a8a")
    case("C11", "chorus", "2023-12-18", "VN-23-1240.pdf", d, expected="INVOICE_DATE_AFTER_DEPOSIT",
         what="invoice dated 29/12/2023, deposited 2023-12-18")


# ---------------------------------------------------------------------------
# writing the batch
# ---------------------------------------------------------------------------

def build_world():
    akto_cases()
    opcoep_cases()
    sigma_cases()
    chorus_cases()
    ids = [c["cid"] for c in CASES]
    assert len(ids) == len(set(ids))


def render_one(c, work, keep_html):
    d = c["doc"]
    html_text = RENDER[d["template"]](d)
    hp = os.path.join(work, c["cid"] + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    pp = os.path.join(work, c["cid"] + ".pdf")
    print_pdf(hp, pp)
    stamp_pdf_dates(pp, d["date"])
    if keep_html:
        os.makedirs(os.path.join(keep_html, "html"), exist_ok=True)
        shutil.copy(hp, os.path.join(keep_html, "html", c["cid"] + ".html"))
    return pp


def finish_one(c, pdf, uploads, signer):
    dst = os.path.join(uploads, c["file"])
    ops = c["ops"]
    d = c["doc"]
    if "sign" in ops:
        signer.sign(d["issuer"], pdf, dst)
        if "tamper" in ops:
            tamper_signed_bytes(dst)
        if "overlay" in ops:
            fraud = make_bank(random.Random(c["cid"]), "16958")["iban"]
            c["overlay_iban"] = fraud
            overlay_after_signing(dst, d["issuer"]["bank"]["iban"], fraud)
    elif "png" in ops:
        pdf_to_image(pdf, dst, "PNG", dpi=150)
    elif "gif" in ops:
        pdf_to_image(pdf, dst, "GIF", dpi=150)
    elif "jpeg" in ops:
        pdf_to_image(pdf, dst, "JPEG", dpi=200, gray=True)
    else:
        shutil.copy(pdf, dst)
        if "truncate" in ops:
            truncate(dst, 2048)


def sirene_rows():
    rows = {}
    for i in ISS.values():
        if i["siret"] in NOT_IN_SIRENE:
            continue
        rows[i["siret"]] = "F" if i["siret"] in CLOSED else "A"
    rows[DIJON_SITE] = "A"
    rows[ESCALE_NEW] = "A"
    for c in CLIENTS + PUBLIC:
        rows[c["siret"]] = "A"
    rows[REGION_SIRET] = "A"
    # a closed former establishment of a client, as the real file is full of them
    rows[make_siret(CLIENTS[0]["siren"], "0009")] = "F"
    return rows


def generate(out, keep_html):
    build_world()
    out = os.path.abspath(out)
    uploads = os.path.join(out, "uploads")
    for sub in ("uploads", "registry", "truth"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    work = tempfile.mkdtemp(prefix="checks-heldout-work-")
    signer = Signer()
    try:
        todo = [c for c in CASES if c["doc"] is not None]
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as ex:
            pdfs = dict(zip([c["cid"] for c in todo], ex.map(lambda c: render_one(c, work, out if keep_html else None), todo)))
        for c in todo:
            finish_one(c, pdfs[c["cid"]], uploads, signer)
        by_id = {c["cid"]: c for c in CASES}
        for c in CASES:
            if c["copy_of"]:
                src = by_id[c["copy_of"]]
                shutil.copy(os.path.join(uploads, src["file"]), os.path.join(uploads, c["file"]))
                c["doc"] = src["doc"]
    finally:
        signer.close()
        shutil.rmtree(work, ignore_errors=True)

    order = sorted(CASES, key=lambda c: (c["deposited_at"], c["cid"]))
    with open(os.path.join(out, "deposits.jsonl"), "w", encoding="utf-8") as f:
        for c in order:
            dep = {"id": c["cid"], "file": "uploads/" + c["file"], "funder": c["funder"],
                   "deposited_at": c["deposited_at"].isoformat()}
            for k in ("proforma_number", "purchase_order", "dossiers", "declared"):
                if k in c["dep"]:
                    dep[k] = c["dep"][k]
            f.write(json.dumps(dep, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "proformas.jsonl"), "w", encoding="utf-8") as f:
        for p in sorted(PROFORMAS, key=lambda p: p["created_at"]):
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "registry", "dossiers.csv"), "w", encoding="utf-8") as f:
        f.write("dossier,funder,siret\n")
        for row in sorted(set(DOSSIERS)):
            f.write(",".join(row) + "\n")
    with open(os.path.join(out, "registry", "sirene.csv"), "w", encoding="utf-8") as f:
        f.write("siren,nic,siret,etatAdministratifEtablissement\n")
        for siret, state in sorted(sirene_rows().items()):
            f.write("%s,%s,%s,%s\n" % (siret[:9], siret[9:], siret, state))
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("deposit_id\texpected\n")
        for c in order:
            f.write("%s\t%s\n" % (c["cid"], c["expected"]))
    with open(os.path.join(out, "CASES.tsv"), "w", encoding="utf-8") as f:
        f.write("deposit_id\tfunder\tdeposited_at\tfile\texpected\twhat\n")
        for c in order:
            f.write("\t".join([c["cid"], c["funder"], c["deposited_at"].isoformat(), "uploads/" + c["file"], c["expected"], c["what"]]) + "\n")
    for c in order:
        t = {"deposit_id": c["cid"], "file": "uploads/" + c["file"], "template": c["doc"]["template"],
             "ops": c["ops"] + (["copy of " + c["copy_of"]] if c["copy_of"] else []),
             "expected": c["expected"], "what": c["what"], "printed": truth_of(c["doc"])}
        if c.get("overlay_iban"):
            t["overlay_iban"] = c["overlay_iban"]
        with open(os.path.join(out, "truth", c["cid"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for c in order:
        size = os.path.getsize(os.path.join(uploads, c["file"]))
        print("%-5s %-8s %-28s %8d  %s" % (c["cid"], c["funder"], c["expected"], size, c["file"]))
    print("%d deposits, %d clean" % (len(order), sum(c["expected"] == "clean" for c in order)))


# ---------------------------------------------------------------------------
# check: every planted fault is on the document, every clean value is printed
# ---------------------------------------------------------------------------

def norm(t):
    for ch in ("\u00a0", "\u202f", "\u2009"):
        t = t.replace(ch, " ")
    return t


def amount_re(cents):
    c = abs(cents)
    e, cc = divmod(c, 100)
    s = str(e)
    grp = s
    if len(s) > 3:
        grp = s[:-3] + "[ .]?" + s[-3:]
    return r"(?<![\d,.])-?%s,%02d(?![\d])" % (grp, cc)


def check(out):
    out = os.path.abspath(out)
    problems = []
    deposits = [json.loads(x) for x in open(os.path.join(out, "deposits.jsonl"), encoding="utf-8")]
    pros = {p["number"]: p for p in (json.loads(x) for x in open(os.path.join(out, "proformas.jsonl"), encoding="utf-8"))}
    sirene = {}
    for ln in open(os.path.join(out, "registry", "sirene.csv"), encoding="utf-8").read().splitlines()[1:]:
        a = ln.split(",")
        sirene[a[2]] = a[3]
    dossiers = {}
    for ln in open(os.path.join(out, "registry", "dossiers.csv"), encoding="utf-8").read().splitlines()[1:]:
        a = ln.split(",")
        dossiers.setdefault(a[0], set()).add(a[1])
    expected = dict(ln.split("\t") for ln in open(os.path.join(out, "expected.tsv"), encoding="utf-8").read().splitlines()[1:])
    for dep in deposits:
        cid = dep["id"]
        t = json.load(open(os.path.join(out, "truth", cid + ".json"), encoding="utf-8"))
        pr = t["printed"]
        exp = expected[cid]
        path = os.path.join(out, dep["file"])

        def bad(msg):
            problems.append("%s: %s" % (cid, msg))

        if not os.path.exists(path):
            bad("file missing")
            continue
        if path.endswith(".pdf") and exp != "FILE_UNREADABLE":
            text = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout)
            flat = re.sub(r"\s+", "", text)
            if pr["invoice_number"] and pr["invoice_number"] not in flat:
                bad("invoice number %s not printed" % pr["invoice_number"])
            if exp == "INVOICE_NUMBER_MISSING" and re.search(r"N°\s*(de\s*)?facture|Facture\s*n°|Numéro", text, re.I):
                bad("an invoice-number label is printed")
            if pr["siret"] not in flat:
                bad("SIRET not printed")
            for k in ("total_ht", "total_ttc"):
                if pr[k] and not re.search(amount_re(int(pr[k].replace(".", "").replace("-", ""))), text):
                    bad("%s %s not printed" % (k, pr[k]))
            if exp == "AMOUNT_HT_MISSING" and re.search(r"\bH\.?T\.?\b", text):
                bad("'HT' printed")
            if exp in ("AMOUNT_TTC_MISSING",) and re.search(r"TTC|T\.T\.C|Net à payer", text, re.I):
                bad("'TTC' printed")
            if pr["iban"] and pr["iban"] not in flat and not t.get("overlay_iban"):
                bad("IBAN not printed")
            if not pr["iban"] and "IBAN" in text:
                bad("IBAN printed")
            for x in pr["dossiers"]:
                if x not in flat:
                    bad("dossier %s not printed" % x)
            if exp == "DOSSIER_MISSING" and re.search(r"\d{4}[A-Z]{2,3}\d{5,6}", flat):
                bad("a dossier-like reference is printed")
            if pr["proforma_number"] and pr["proforma_number"] not in flat:
                bad("pro forma not printed")
            if not pr["proforma_number"] and "PRO-" in flat:
                bad("a pro forma number is printed")
            if pr["purchase_order"] and pr["purchase_order"] not in flat:
                bad("purchase order not printed")
            if pr["total_ht"] and pr["total_ttc"]:
                ht = int(pr["total_ht"].replace(".", ""))
                ttc = int(pr["total_ttc"].replace(".", ""))
                tva = int(pr["total_tva"].replace(".", ""))
                if (ht + tva == ttc) != (exp != "AMOUNTS_INCONSISTENT"):
                    bad("HT + TVA = TTC does not match the expectation")
                if tva == 0 and "261-4-4" not in text:
                    bad("zero VAT without the exemption mention")
            sig = subprocess.run(["pdfsig", "-nocert", path], capture_output=True, text=True).stdout
            if dep["funder"] == "sigma":
                signed = "Signature #1" in sig
                want = exp not in ("SIGNATURE_MISSING", "SIGNATURE_IMAGE_NOT_PANEL")
                if signed != want:
                    bad("signature panel present=%s" % signed)
                if signed and exp != "SIGNATURE_INVALID" and ("Signature is Valid" not in sig or "Total document signed" not in sig):
                    bad("signature not valid over the whole file")
                if exp == "SIGNATURE_INVALID" and "Signature is Valid" in sig and "Total document signed" in sig:
                    bad("signature still valid over the whole file")
            info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
            if not re.search(r"^Pages:\s+1$", info, re.M):
                bad("not a one-page document")
            if os.path.getsize(path) > 1024 * 1024:
                bad("file over 1 MB")
        if exp == "FILE_UNREADABLE":
            r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if r.returncode == 0 and r.stdout.strip():
                bad("truncated file still gives text")
        # registry and pro forma consistency
        siret = pr["siret"]
        want_state = {"SIRET_UNKNOWN": None, "SIRET_CLOSED": "F"}.get(exp, "A")
        if sirene.get(siret) != want_state:
            bad("SIRET %s state %s, wanted %s" % (siret, sirene.get(siret), want_state))
        if dep["deposited_at"] < pr["invoice_date"] and exp != "INVOICE_DATE_AFTER_DEPOSIT":
            bad("invoice date after deposit")
        if exp == "INVOICE_DATE_AFTER_DEPOSIT" and not dep["deposited_at"] < pr["invoice_date"]:
            bad("invoice date not after deposit")
        if dep["funder"] == "akto":
            unknown = [x for x in pr["dossiers"] if "akto" not in dossiers.get(x, ())]
            if bool(unknown) != (exp == "DOSSIER_UNKNOWN"):
                bad("unknown akto dossiers: %s" % unknown)
            if bool(pr["dossiers"]) == (exp == "DOSSIER_MISSING"):
                bad("dossiers printed: %s" % pr["dossiers"])
            dec = dep.get("declared", {})
            mism = [k for k, v in dec.items() if v != pr.get(k)]
            if bool(mism) != (exp == "DECLARED_VALUE_MISMATCH"):
                bad("declared mismatches: %s" % mism)
            if exp == "INVOICE_NUMBER_MISSING" and "invoice_number" in dec:
                bad("invoice number declared")
        if dep["funder"] == "opco-ep":
            pn = dep.get("proforma_number")
            p = pros.get(pn)
            if (p is None) != (exp == "PROFORMA_UNKNOWN"):
                bad("pro forma %s known=%s" % (pn, p is not None))
            if p:
                if (pr["proforma_number"] == pn) == (exp == "PROFORMA_REFERENCE_MISSING"):
                    bad("pro forma reference printed=%s" % pr["proforma_number"])
                if (p["siret"] != siret) != (exp == "SIRET_MISMATCH"):
                    bad("SIRET vs pro forma")
                if (p["dossiers"] != pr["dossiers"]) != (exp == "PROFORMA_DOSSIERS_MISMATCH"):
                    bad("dossiers vs pro forma: %s / %s" % (pr["dossiers"], p["dossiers"]))
                neg_p, neg_d = p["total"].startswith("-"), pr["document_type"] == "credit_note"
                if exp == "CREDIT_NOTE_EXPECTED":
                    ok = neg_p and not neg_d
                elif exp == "INVOICE_EXPECTED":
                    ok = neg_d and not neg_p
                else:
                    ok = neg_p == neg_d and ((p["total"] != pr["total_ttc"]) == (exp == "PROFORMA_AMOUNT_MISMATCH"))
                if not ok:
                    bad("total/sign vs pro forma: %s / %s %s" % (pr["total_ttc"], p["total"], pr["document_type"]))
            if (pr["iban"] is None) != (exp == "BANK_DETAILS_MISSING"):
                bad("IBAN presence")
            if (len(os.path.basename(dep["file"])) > 50) != (exp == "FILE_NAME_TOO_LONG"):
                bad("file name length")
        if dep["funder"] == "sigma":
            po = dep["purchase_order"]
            base = os.path.basename(dep["file"])
            ok_name = re.fullmatch(re.escape(po) + r"_[A-Z0-9]+_AVANCE\.pdf", base) is not None
            if ok_name != (exp not in ("FILE_NAME_NOT_CONFORMING", "FILE_FORMAT_NOT_ALLOWED")):
                bad("file name rule: %s" % base)
    # duplicates: exactly the planted ones
    seen_hash, seen_key = {}, {}
    import hashlib
    for dep in sorted(deposits, key=lambda x: x["deposited_at"]):
        cid = dep["id"]
        pr = json.load(open(os.path.join(out, "truth", cid + ".json"), encoding="utf-8"))["printed"]
        h = hashlib.sha256(open(os.path.join(out, dep["file"]), "rb").read()).hexdigest()
        key = (pr["siret"], pr["invoice_number"]) if pr["invoice_number"] else None
        dup = h in seen_hash or (key is not None and key in seen_key)
        if dup != (expected[cid] == "DUPLICATE_INVOICE"):
            problems.append("%s: duplicate=%s" % (cid, dup))
        seen_hash.setdefault(h, cid)
        if key:
            seen_key.setdefault(key, cid)
    for p in problems:
        print(p)
    n = len(deposits)
    print("%d deposits checked, %d problems" % (n, len(problems)))
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--keep-html", action="store_true")
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.out))
    generate(a.out, a.keep_html)
    sys.exit(check(a.out))


if __name__ == "__main__":
    main()
