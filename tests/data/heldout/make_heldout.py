#!/usr/bin/python3
"""Held-out test corpus for verifact: French training-organisation invoices
written as HTML + CSS and printed to PDF by headless Chromium, the way many
invoicing web apps produce them.

This generator is written independently of samples/generator (it never reads
it) so that the extractor is measured on layouts, wordings and formats it was
not tuned on.

Usage:
    make_heldout.py [--seed 1] [--count 40] [--out DIR]      generate
    make_heldout.py --check [--out DIR]                        verify

Generation writes, for each document NAME (ho-001, ho-002, ...):
    NAME.pdf          the invoice
    NAME.truth.json   {"file": "NAME.pdf", "fields": {...}}
and MANIFEST.tsv (template, document type, VAT regime, pages...).
Pass --keep-html to also keep NAME.html.

--check re-reads every NAME.truth.json, runs `pdftotext -layout` on the PDF
and verifies that each truth value is visible in the text, that the
checksums (SIRET Luhn, VAT key, IBAN mod 97) hold and that the totals add up.

Standard library only; needs `chromium` (Debian package) to generate and
`pdftotext`/`pdfinfo` (poppler-utils) to check.
"""

import argparse
import datetime as dt
import glob
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

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


def make_siret(rng, siren):
    nic = rng.choice(["0001", "0002", "0003", "0004", "0005", "0006", "0009",
                      "0010", "0011", "0020", "0027", "0035"])
    return luhn_complete(siren + nic)


def vat_from_siren(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


BANKS = [
    # code, name, BIC
    ("30004", "BNP Paribas", "BNPAFRPPXXX"),
    ("30003", "Société Générale", "SOGEFRPPXXX"),
    ("10278", "Crédit Mutuel", "CMCIFR2AXXX"),
    ("20041", "La Banque Postale", "PSSTFRPPXXX"),
    ("16958", "Qonto", "QNTOFRP1XXX"),
    ("30002", "LCL", "CRLYFRPPXXX"),
    ("17515", "Caisse d'Epargne", "CEPAFRPP751"),
    ("18206", "Crédit Agricole", "AGRIFRPP882"),
    ("10107", "BRED Banque Populaire", "BREDFRPPXXX"),
    ("42559", "Crédit Coopératif", "CCOPFRPPXXX"),
    ("12506", "Crédit Agricole Alsace Vosges", "AGRIFRPP825"),
    ("13807", "Banque Populaire Grand Ouest", "CCBPFRPPNAN"),
]


def make_bank(rng, prefer=None):
    bank = None
    if prefer:
        bank = next(b for b in BANKS if b[0] == prefer)
    else:
        bank = rng.choice(BANKS)
    code, bname, bic = bank
    branch = "%05d" % rng.randint(1, 99999)
    account = "".join(rng.choice("0123456789") for _ in range(11))
    rib_key = 97 - (89 * int(code) + 15 * int(branch) + 3 * int(account)) % 97
    bban = "%s%s%s%02d" % (code, branch, account, rib_key)
    num = int("".join(str(int(c, 36)) for c in bban + "FR00"))
    check = 98 - num % 97
    iban = "FR%02d%s" % (check, bban)
    assert len(iban) == 27 and iban_ok(iban)
    return {"iban": iban, "bic": bic, "bank": bname, "rib": (code, branch, account, "%02d" % rib_key)}


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_siret(siret, style):
    if style == 0:
        return "%s %s %s %s" % (siret[:3], siret[3:6], siret[6:9], siret[9:])
    if style == 1:
        return siret
    if style == 2:
        return "%s %s %s %s %s" % (siret[:3], siret[3:6], siret[6:9], siret[9:12], siret[12:])
    return "%s %s" % (siret[:9], siret[9:])


def fmt_vat(vat, style):
    if style == 0:
        return vat
    if style == 1:
        return "%s %s %s %s %s" % (vat[:2], vat[2:4], vat[4:7], vat[7:10], vat[10:])
    return "%s %s" % (vat[:4], vat[4:])


def fmt_siren(siren):
    return "%s %s %s" % (siren[:3], siren[3:6], siren[6:])


# ---------------------------------------------------------------------------
# dates and amounts
# ---------------------------------------------------------------------------

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_COURT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
              "sept.", "oct.", "nov.", "déc."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fdate(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    day = "1er" if d.day == 1 else str(d.day)
    if style == "long":
        return "%s %s %d" % (day, MOIS[d.month - 1], d.year)
    if style == "short":
        return "%d %s %d" % (d.day, MOIS_COURT[d.month - 1], d.year)
    if style == "en":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "en_uk":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    raise ValueError(style)


def date_candidates(d):
    out = set()
    for st in ("slash", "slash2", "iso", "dot", "dash", "long", "short", "en", "en_uk"):
        out.add(fdate(d, st))
    out.add("%d %s %d" % (d.day, MOIS[d.month - 1], d.year))
    out.add("%d/%d/%d" % (d.day, d.month, d.year))
    out.add("%02d %s %d" % (d.day, MOIS[d.month - 1], d.year))
    return out


NNBSP = "\u202f"
NBSP = "\u00a0"

AMOUNT_STYLES = {
    # name: (group separator, decimal separator, prefix, suffix)
    "intl": (NNBSP, ",", "", NBSP + "€"),      # Intl.NumberFormat("fr-FR")
    "fr": (NBSP, ",", "", NBSP + "€"),
    "fr_nosym": (" ", ",", "", ""),
    "plain": ("", ",", "", " €"),
    "dotgrp": (".", ",", "", " €"),
    "dotgrp_nosym": (".", ",", "", ""),
    "eur_prefix": (NBSP, ",", "€" + NBSP, ""),
    "eur_code": (NBSP, ",", "", " EUR"),
    "en": (",", ".", "€", ""),
    "en_code": (",", ".", "", " EUR"),
}


def num_str(cents, group, dec):
    cents = abs(cents)
    euros, c = divmod(cents, 100)
    s = str(euros)
    if group:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = group.join(parts)
    return "%s%s%02d" % (s, dec, c)


def famount(cents, style, sym=True, minus="-"):
    group, dec, prefix, suffix = AMOUNT_STYLES[style]
    body = num_str(cents, group, dec)
    if not sym:
        prefix = suffix = ""
    if cents < 0:
        if prefix:
            return minus + prefix + body
        return minus + body + suffix
    return prefix + body + suffix


def amount_candidates(cents):
    c = abs(cents)
    return {num_str(c, g, d) for g, d in ((" ", ","), ("", ","), (".", ","), (",", "."), ("", "."))}


def tva_of(base, rate_bp):
    """VAT on a base in cents, rate in basis points, rounded half up."""
    v = abs(base) * rate_bp
    t = (v + 5000) // 10000
    return t if base >= 0 else -t


def cents_str(c):
    sign = "-" if c < 0 else ""
    return "%s%d.%02d" % (sign, abs(c) // 100, abs(c) % 100)


def fmt_rate(bp, dec=","):
    if bp % 100 == 0:
        return "%d" % (bp // 100)
    return ("%.1f" % (bp / 100)).replace(".", dec)


# French amount in words (for the association's "Arrêtée la présente facture ...")
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
    if u == 1:
        return _T[t] + " et un"
    return _T[t] + "-" + _U[u]


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
    m, r = divmod(n, 1000000)
    if m:
        parts.append("un million" if m == 1 else _b1000(m) + " millions")
    k, r = divmod(r, 1000)
    if k:
        parts.append("mille" if k == 1 else _b1000(k, final=False) + " mille")
    if r:
        parts.append(_b1000(r))
    return " ".join(parts)


def amount_in_words(cents):
    e, c = divmod(abs(cents), 100)
    s = words_fr(e) + (" euro" if e <= 1 else " euros")
    if c:
        s += " et " + words_fr(c) + (" centime" if c == 1 else " centimes")
    return s


# ---------------------------------------------------------------------------
# invented people, organisations and trainings
# ---------------------------------------------------------------------------

FIRST = ["Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Nadia", "Sophie",
         "Lucas", "Hugo", "Thomas", "Nicolas", "Mehdi", "Julien", "Antoine", "Karim", "Maxime",
         "Paul", "Élodie", "Aurélie", "Yanis", "Baptiste", "Mathilde", "Océane", "Rémi", "Théo",
         "Amandine", "Sébastien", "Laëtitia", "Quentin", "Jérôme", "Fatou", "Agnès", "Bruno"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier",
        "Blanc", "Guérin", "Faure", "Chevalier", "Garnier", "Lambert", "Bonnet", "Rousseau", "Vincent",
        "Muller", "Lemaire", "Perrin", "Benali", "Diallo", "Nguyen", "Marchal", "Le Goff", "Caron",
        "Picard", "Aubert", "Renaud", "Collet", "Baron", "Charpentier", "Hoarau", "Da Silva", "Ferrand"]

CITIES = [
    ("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"),
    ("44000", "Nantes"), ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg"),
    ("35000", "Rennes"), ("34000", "Montpellier"), ("06000", "Nice"), ("38000", "Grenoble"),
    ("21000", "Dijon"), ("37000", "Tours"), ("49100", "Angers"), ("63000", "Clermont-Ferrand"),
    ("76000", "Rouen"), ("51100", "Reims"), ("87000", "Limoges"), ("29200", "Brest"),
    ("64000", "Pau"), ("86000", "Poitiers"), ("25000", "Besançon"), ("57000", "Metz"),
    ("14000", "Caen"), ("80000", "Amiens"), ("97400", "Saint-Denis"), ("92100", "Boulogne-Billancourt"),
]
# region code of the "déclaration d'activité" for the first two digits of a postcode
NDA_REGION = {"75": "11", "92": "11", "69": "84", "38": "84", "63": "84", "13": "93", "06": "93",
              "31": "76", "34": "76", "44": "52", "49": "52", "33": "75", "64": "75", "86": "75",
              "87": "75", "59": "32", "80": "32", "67": "44", "51": "44", "57": "44", "35": "53",
              "29": "53", "21": "27", "25": "27", "37": "24", "76": "28", "14": "28", "97": "04"}
STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
           "place du Marché", "rue des Tanneurs", "allée des Cerisiers", "rue Pasteur",
           "chemin du Moulin", "quai de la Loire", "rue du Faubourg Saint-Antoine", "impasse des Lilas",
           "rue de la Gare", "cours Lafayette", "rue Nationale", "avenue de la Libération",
           "rue Émile Zola", "parc d'activités des Prés", "rue du Docteur Roux", "boulevard Carnot"]

ORG_A = ["Atelier", "Institut", "Cap", "Orbe", "Trajectoires", "Horizon", "Sillage", "Équinoxe",
         "Boussole", "Pragma", "Tremplin", "Alvéole", "Canopée", "Escale", "Kairos", "Lumen",
         "Passerelle", "Sextant", "Vecteur", "Ancrage"]
ORG_B = ["Formation", "Compétences", "Savoirs", "Conseil & Formation", "Learning", "Académie",
         "Formation Pro", "Développement", "Sécurité Formation", "Langues", "Numérique", "Santé Formation"]
ASSO = ["Association {} pour la Formation des Adultes", "Les Ateliers du {}", "Association {} Insertion",
        "{} – Association d'éducation populaire", "Maison de la Formation {}", "Collectif {} Prévention"]
ASSO_W = ["Lien", "Geste", "Partage", "Relais", "Chemin", "Pont", "Rivage", "Sentier"]
CFA_NAMES = ["CFA des Métiers de l'Artisanat {}", "CFA Commerce & Services {}", "CFA Sanitaire et Social {}",
             "CFA du Bâtiment {}", "CFA Hôtellerie Restauration {}", "CFA Interprofessionnel {}"]
CLIENT_A = ["Boulangerie", "Transports", "Clinique", "Garage", "Pharmacie", "Hôtel", "Menuiserie",
            "Cabinet", "Laboratoires", "Imprimerie", "Brasserie", "Société", "Groupe", "Ateliers",
            "Maison", "Résidence"]
CLIENT_B = ["Marchal", "Vidal", "des Tilleuls", "du Centre", "Roche & Fils", "Lemoine", "Arc-en-Ciel",
            "Durand Frères", "Océane", "Bellevue", "des Alpes", "Horizon Bleu", "Saint-Martin",
            "Le Fournil", "Mistral", "Beaulieu", "Kerbrat", "Les Pins"]
FORMS_CO = ["SAS", "SARL", "SASU", "EURL", "SA", "SCOP SARL"]
PUBLIC = ["Centre hospitalier de {}", "Commune de {}", "Conseil départemental – {}",
          "Université de {}", "Communauté d'agglomération de {}", "CCAS de {}"]

TRAININGS = [
    ("Sauveteur Secouriste du Travail (SST)", 14), ("Habilitation électrique B0-H0V", 7),
    ("Management d'équipe – niveau 1", 21), ("Excel perfectionnement", 14),
    ("CACES® R489 catégorie 3", 21), ("Anglais professionnel – niveau B1", 30),
    ("Hygiène alimentaire HACCP", 14), ("Prévention des risques psychosociaux", 7),
    ("Gestes et postures", 7), ("Formation de formateurs", 35),
    ("Comptabilité générale – les fondamentaux", 21), ("Négociation commerciale", 14),
    ("Accueil téléphonique et relation client", 7), ("Équipier de première intervention", 7),
    ("Premiers secours en santé mentale", 14), ("Photoshop – initiation", 14),
    ("Python pour l'analyse de données", 28), ("RGPD – sensibilisation", 7),
    ("Conduite de réunion efficace", 7), ("Tuteur en entreprise", 14),
    ("Prise de parole en public", 14), ("Paie et déclarations sociales", 21),
]
MODULES = ["Accueil et positionnement", "Apports théoriques", "Mise en situation", "Étude de cas",
           "Atelier pratique", "Évaluation des acquis", "Travaux dirigés", "Classe virtuelle",
           "Suivi individuel", "Synthèse et bilan"]
DIPLOMAS = ["CAP Boulanger", "BP Coiffure", "CAP Cuisine", "Bac pro Commerce", "BTS MCO",
            "CAP Maçon", "Titre pro Secrétaire assistant", "BTS NDRC", "CAP AEPE", "BP Boucher",
            "Mention complémentaire Pâtisserie", "Titre pro Cuisinier"]
OPCO_NAMES = ["OPCO Atlas", "Constructys", "OPCO 2i", "Uniformation", "OCAPIAT", "OPCO Mobilités",
              "OPCO Santé", "AFDAS", "OPCOMMERCE"]

PALETTE = ["#2563eb", "#0f766e", "#7c3aed", "#be123c", "#c2410c", "#15803d", "#1e3a8a",
           "#0e7490", "#9333ea", "#b45309", "#334155", "#047857"]


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def address(rng):
    pc, city = rng.choice(CITIES)
    return {"street": "%d %s" % (rng.randint(1, 148), rng.choice(STREETS)),
            "pc": pc, "city": city}


def phone(rng, pc):
    prefix = {"75": "01", "92": "01", "69": "04", "38": "04", "63": "04", "13": "04", "06": "04",
              "31": "05", "33": "05", "64": "05", "86": "05", "87": "05", "34": "04", "97": "02"}.get(pc[:2], rng.choice(["02", "03"]))
    digits = [prefix] + ["%02d" % rng.randint(0, 99) for _ in range(4)]
    if rng.random() < 0.2:
        return "+33 %s %s" % (prefix[1], " ".join(digits[1:]))
    return " ".join(digits)


# ---------------------------------------------------------------------------
# the document model
# ---------------------------------------------------------------------------

TEMPLATES = ["saas", "neobank", "association", "cfa", "chorus", "avoir", "long", "bilingual",
             "minimal", "classic", "sidebar"]


def make_issuer(rng, kind, date):
    addr = address(rng)
    if kind == "association":
        name = rng.choice(ASSO).format(rng.choice(ASSO_W))
        form = "Association loi 1901"
    elif kind == "cfa":
        name = rng.choice(CFA_NAMES).format(addr["city"])
        form = rng.choice(["Association loi 1901", "SAS", "Association loi 1901"])
    else:
        name = "%s %s" % (rng.choice(ORG_A), rng.choice(ORG_B))
        form = rng.choice(FORMS_CO)
    siren = make_siren(rng, first="7" if form.startswith("Association") and rng.random() < 0.5 else None)
    siret = make_siret(rng, siren)
    dept = addr["pc"][:2]
    nda = "%s%s%05d%s" % (NDA_REGION.get(dept, "11"), dept, rng.randint(100, 99999), dept)
    iss = {
        "name": name, "form": form, "addr": addr, "siren": siren, "siret": siret,
        "vat": vat_from_siren(siren), "nda": nda,
        "phone": phone(rng, addr["pc"]),
        "email": rng.choice(["contact", "facturation", "compta", "admin", "bonjour"]) + "@" +
        re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.split(" – ")[0].lower()))[:24] + ".fr",
        "capital": rng.choice([1000, 5000, 7500, 10000, 15000, 37000, 50000, 100000]),
        "rcs": addr["city"],
        "ape": rng.choice(["8559A", "8559B", "8532Z", "7022Z"]),
        "siret_style": rng.choice([0, 0, 0, 1, 2, 3]),
        "vat_style": rng.choice([0, 0, 1, 2]),
        "qualiopi": "%s%05d" % (rng.choice(["QUA-", "CERT-Q", "FRQ"]), rng.randint(100, 99999)),
    }
    iss["web"] = "www." + iss["email"].split("@")[1]
    return iss


def make_company(rng):
    addr = address(rng)
    name = "%s %s" % (rng.choice(CLIENT_A), rng.choice(CLIENT_B))
    siren = make_siren(rng)
    return {"name": name, "form": rng.choice(FORMS_CO), "addr": addr, "siren": siren,
            "siret": make_siret(rng, siren), "vat": vat_from_siren(siren),
            "contact": person(rng), "phone": phone(rng, addr["pc"])}


def make_public(rng):
    addr = address(rng)
    name = rng.choice(PUBLIC).format(addr["city"])
    siren = make_siren(rng, first="2")
    return {"name": name, "form": "", "addr": addr, "siren": siren, "siret": make_siret(rng, siren),
            "vat": None, "contact": person(rng), "phone": phone(rng, addr["pc"])}


def make_opco(rng, which):
    addr = address(rng)
    siren = make_siren(rng)
    name = {"akto": "AKTO", "opcoep": "OPCO EP"}.get(which) or rng.choice(OPCO_NAMES)
    dept = {"akto": "Service Financement des parcours", "opcoep": "Pôle Gestion – Entreprises de proximité"}.get(
        which, "Direction du financement")
    return {"name": name, "form": "", "addr": addr, "siren": siren, "siret": make_siret(rng, siren),
            "vat": vat_from_siren(siren) if rng.random() < 0.5 else None, "dept": dept,
            "contact": None, "phone": phone(rng, addr["pc"]),
            "tsa": "TSA %05d" % rng.randint(10000, 99999) if rng.random() < 0.5 else None}


def make_dossier(rng, start):
    yymm = start.strftime("%y%m")
    if rng.random() < 0.25:
        return "%sDCA%05d" % (yymm, rng.randint(0, 99999))
    letters = rng.choice(["AF", "AP", "PC", "FC", "CP", "PR", "AE", "FP"])
    return "%s%s%06d" % (yymm, letters, rng.randint(0, 999999))


def invoice_number_scheme(rng, d, seq, credit=False):
    y, yy, mm = d.year, d.strftime("%y"), d.strftime("%m")
    if credit:
        return rng.choice([
            "AV-%d-%04d" % (y, seq), "A%s-%04d" % (yy, seq), "AVO-%06d" % (seq + 100),
            "AV%s%s%03d" % (yy, mm, seq), "AV%d/%03d" % (y, seq)])
    return rng.choice([
        "F-%d-%04d" % (y, seq), "FA%s%s-%03d" % (yy, mm, seq), "%d%05d" % (y, seq),
        "FAC-%06d" % (seq + 1000), "%d/%03d" % (y, seq), "F%s-%04d" % (yy, seq),
        "%s-%s-%03d" % (yy, mm, seq), "FC%d%s%03d" % (y, mm, seq), "FACT%s%04d" % (yy, seq)])


def build_doc(seed, index, template):
    rng = random.Random("heldout-%d-%d" % (seed, index))
    d = {"name": "ho-%03d" % index, "template": template}
    credit = template == "avoir" or (template in ("saas", "neobank", "minimal", "classic") and rng.random() < 0.25)
    d["credit"] = credit
    date = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randint(0, 1300))
    d["date"] = date
    issuer_kind = {"association": "association", "cfa": "cfa"}.get(template, "company")
    if template == "avoir" and rng.random() < 0.3:
        issuer_kind = "association"
    iss = make_issuer(rng, issuer_kind, date)
    d["issuer"] = iss
    is_asso = iss["form"].startswith("Association")

    # funding
    if template == "cfa":
        funding = "akto"
    elif template == "sidebar":
        funding = "opcoep"
    elif template in ("chorus", "bilingual"):
        funding = None
    else:
        funding = rng.choice([None, None, None, "akto", "akto", "opcoep", "sigma", "sigma"])
    d["funding"] = funding

    # VAT regime
    if template in ("association", "cfa") or is_asso:
        exempt = True
    elif funding:
        exempt = rng.random() < 0.6
    else:
        exempt = rng.random() < 0.35
    d["exempt"] = exempt
    mixed = (not exempt) and rng.random() < 0.35
    d["mixed"] = mixed
    if exempt:
        d["exempt_mention"] = rng.choice([
            "Exonération de TVA, article 261-4-4° a du CGI",
            "TVA non applicable – art. 261-4-4°a CGI",
            "Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle continue)",
            "TVA non applicable – art. 261-4-4°a CGI"])
    has_vat_number = (not exempt) or (rng.random() < (0.3 if is_asso else 0.75))
    d["vat_number"] = iss["vat"] if has_vat_number else None

    # parties
    company = make_company(rng)
    d["company"] = company
    if template == "chorus":
        d["billto"] = make_public(rng)
    elif funding:
        d["billto"] = make_opco(rng, funding)
    else:
        d["billto"] = company
    d["client_no"] = rng.choice(["C%05d" % rng.randint(1, 9999), "CLI-%04d" % rng.randint(1, 999),
                                 "411%05d" % rng.randint(1, 99999), "%06d" % rng.randint(1, 99999)])

    # training and period
    training, hours = rng.choice(TRAININGS)
    end = date - dt.timedelta(days=rng.randint(0, 40))
    start = end - dt.timedelta(days=rng.randint(0, 20) if hours <= 14 else rng.randint(14, 120))
    d["training"], d["hours"], d["start"], d["end"] = training, hours, start, end
    d["due"] = date + dt.timedelta(days=rng.choice([0, 15, 30, 30, 45, 60]))
    seq = rng.randint(3, 780)
    d["number"] = invoice_number_scheme(rng, date, seq, credit)
    if credit:
        cdate = date - dt.timedelta(days=rng.randint(5, 90))
        d["cancelled"] = {"number": invoice_number_scheme(rng, cdate, max(1, seq - rng.randint(1, 30))),
                          "date": cdate}
        d["start"] = min(d["start"], cdate - dt.timedelta(days=3))
        d["end"] = min(d["end"], cdate)
    d["quote"] = rng.choice(["D-%d-%03d" % (start.year, rng.randint(1, 400)),
                             "DEV-%08d" % rng.randint(10000, 999999),
                             "DE%s%04d" % (start.strftime("%y"), rng.randint(1, 9999))])
    d["client_po"] = rng.choice([None, "4500%06d" % rng.randint(0, 999999), "BC-%d-%04d" % (start.year, rng.randint(1, 3000)),
                                 "CMD%05d" % rng.randint(1, 99999)])

    # funding references
    d["dossiers"], d["proforma"], d["po"] = [], None, None
    d["adherent"] = "%07d" % rng.randint(100000, 9999999)
    if funding == "akto":
        n = rng.randint(1, 4) if template != "cfa" else rng.randint(2, 5)
        ds = []
        while len(ds) < n:
            x = make_dossier(rng, start - dt.timedelta(days=rng.randint(0, 60)))
            if x not in ds:
                ds.append(x)
        d["dossiers"] = ds
    elif funding == "opcoep":
        d["proforma"] = "PRO-%08d" % rng.randint(100000, 2999999)
    elif funding == "sigma":
        d["po"] = "%sC%08d_%d" % (start.strftime("%y"), rng.randint(100000, 9999999), rng.randint(1, 3))

    build_lines(rng, d)
    compute_totals(rng, d)

    # presentation choices
    d["color"] = rng.choice(PALETTE)
    d["bank"] = make_bank(rng, prefer="42559" if is_asso and rng.random() < 0.5 else
                          ("16958" if template == "neobank" and rng.random() < 0.6 else None))
    d["show_iban"] = not (rng.random() < (0.35 if credit else 0.1))
    d["rng"] = rng
    return d


def build_lines(rng, d):
    t = d["template"]
    lines = []
    training, hours = d["training"], d["hours"]
    rate = None if d["exempt"] else 2000

    def L(desc, qty10, unit, pu, vat=rate, sub=None, dossier=None):
        total = pu * qty10 // 10
        assert pu * qty10 % 10 == 0
        lines.append({"desc": desc, "qty10": qty10, "unit": unit, "pu": pu, "rate": vat,
                      "total": total, "sub": sub, "dossier": dossier})

    if t == "cfa":
        npec_base = rng.choice([5800, 6500, 7000, 7600, 8200, 9000, 10450, 12000]) * 100
        share = rng.choice([(50, "1re échéance (50 %)"), (50, "2e échéance (50 %)"), (25, "Échéance trimestrielle (25 %)"),
                            (100, "Solde (100 %)")])
        d["cfa_rows"] = []
        for i, dos in enumerate(d["dossiers"]):
            npec = npec_base + rng.choice([0, 0, 500, -300]) * 100
            amt = npec * share[0] // 100
            amt -= amt % 100 if rng.random() < 0.5 else 0
            row = {"apprentice": person(rng), "diploma": rng.choice(DIPLOMAS),
                   "employer": make_company(rng),
                   "contract": "%03d%s%06d" % (rng.randint(1, 976), d["start"].strftime("%Y%m"), rng.randint(0, 999999)),
                   "dossier": dos, "npec": npec, "echeance": share[1],
                   "cstart": d["start"] - dt.timedelta(days=rng.randint(30, 400))}
            d["cfa_rows"].append(row)
            L("%s – %s" % (row["apprentice"], row["diploma"]), 10, "forfait", amt, vat=None, dossier=dos)
        if rng.random() < 0.4 and len(d["dossiers"]) > 1:
            # a second instalment on the first contract: the dossier appears twice
            row = dict(d["cfa_rows"][0])
            row["echeance"] = "Frais annexes (hébergement / restauration)"
            amt = rng.choice([240, 380, 512, 760]) * 100
            d["cfa_rows"].append(row)
            L("%s – frais annexes" % row["apprentice"], 10, "forfait", amt, vat=None, dossier=row["dossier"])
        d["lines"] = lines
        return

    if t == "long":
        n = rng.randint(34, 52)
        hourly = rng.choice([45, 55, 60, 75, 90, 110]) * 100
        days = [d["end"]]
        for i in range(n - 1):
            days.insert(0, days[0] - dt.timedelta(days=rng.choice([1, 1, 2, 3, 7])))
        d["start"] = days[0]
        for i, day in enumerate(days):
            q = rng.choice([35, 35, 70, 30, 40])
            mod = rng.choice(MODULES)
            L("Séance du %s – %s" % (fdate(day, "slash"), mod), q, "h", hourly,
              vat=(rate if not d["mixed"] or i % 9 else 1000))
        if d["mixed"]:
            L("Ouvrage « %s » (support stagiaire)" % training.split(" –")[0], rng.randint(4, 12) * 10, "ex.",
              rng.choice([1890, 2400, 3150, 4200]), vat=550)
        d["lines"] = lines
        return

    if d["funding"] in ("akto", "sigma") and d["dossiers"] or d["funding"] == "sigma":
        ntr = max(len(d["dossiers"]), rng.randint(1, 3))
        hourly = rng.choice([25, 30, 35, 42, 50, 60]) * 100
        for i in range(ntr):
            dos = d["dossiers"][i] if i < len(d["dossiers"]) else None
            who = person(rng)
            L("%s – %s" % (training, who), hours * 10, "h", hourly,
              sub="du %s au %s" % (fdate(d["start"], "slash"), fdate(d["end"], "slash")), dossier=dos)
        if rng.random() < 0.3:
            L("Frais pédagogiques annexes (certification)", 10 * ntr, "candidat", rng.choice([80, 120, 150]) * 100)
    else:
        mode = rng.choice(["days", "trainees", "hours"])
        if mode == "days":
            days = max(1, hours // 7)
            L("Formation intra-entreprise « %s »" % training, days * 10, "jour",
              rng.choice([650, 800, 950, 1100, 1250, 1400, 1650]) * 100,
              sub="Session du %s au %s – %d h" % (fdate(d["start"], "slash"), fdate(d["end"], "slash"), hours))
        elif mode == "trainees":
            n = rng.randint(1, 8)
            L("Formation inter-entreprises « %s »" % training, n * 10, "stagiaire",
              rng.choice([290, 350, 420, 590, 780, 990, 1290]) * 100,
              sub="%d h – du %s au %s" % (hours, fdate(d["start"], "slash"), fdate(d["end"], "slash")))
        else:
            L("« %s » – accompagnement individuel" % training, hours * 10, "h", rng.choice([45, 60, 80, 95, 120]) * 100)
        if rng.random() < 0.35:
            L("Frais de déplacement du formateur", 10, "forfait", rng.choice([85, 120, 164, 210, 348]) * 100 + rng.choice([0, 50, 40]))
        if rng.random() < 0.3:
            L("Supports pédagogiques", rng.randint(1, 8) * 10, "u.", rng.choice([15, 25, 35]) * 100)
    if d["mixed"]:
        if rng.random() < 0.6:
            L("Déjeuners stagiaires", rng.randint(2, 12) * 10, "repas", rng.choice([1650, 1800, 2200, 2450]), vat=1000)
        L("Ouvrage de référence « %s »" % training.split(" –")[0], rng.randint(1, 8) * 10, "ex.",
          rng.choice([1490, 1990, 2400, 3200]), vat=550)
    if t in ("saas", "neobank") and not d["credit"] and rng.random() < 0.25:
        base = sum(l["total"] for l in lines if l["rate"] == lines[0]["rate"])
        disc = -(base // 10 // 100 * 100)
        if disc:
            lines.append({"desc": "Remise commerciale 10 %", "qty10": 10, "unit": "", "pu": disc, "rate": lines[0]["rate"],
                          "total": disc, "sub": None, "dossier": None})
    d["lines"] = lines


def compute_totals(rng, d):
    bases = {}
    for l in d["lines"]:
        bases[l["rate"]] = bases.get(l["rate"], 0) + l["total"]
    ht = sum(bases.values())
    vat_lines = []
    for r in sorted((r for r in bases if r), reverse=True):
        vat_lines.append((r, bases[r], tva_of(bases[r], r)))
    tva = sum(v for _, _, v in vat_lines)
    d["vat_lines"] = vat_lines
    d["ht"], d["tva"], d["ttc"] = ht, tva, ht + tva
    d["deposit"] = 0
    if not d["credit"] and not d["funding"] and d["template"] not in ("chorus", "cfa") and rng.random() < 0.5:
        dep = (d["ttc"] * rng.choice([20, 30, 30, 50]) // 100) // 1000 * 1000
        if 0 < dep < d["ttc"]:
            d["deposit"] = dep
            d["deposit_date"] = d["start"] - dt.timedelta(days=rng.randint(5, 40))
    d["net"] = d["ttc"] - d["deposit"]
    d["sign"] = -1 if d["credit"] else 1


def truth_of(d):
    s = d["sign"]
    return {
        "invoice_number": d["number"].upper().replace(" ", ""),
        "invoice_date": d["date"].isoformat(),
        "total_ht": cents_str(s * d["ht"]),
        "total_tva": cents_str(s * d["tva"]),
        "total_ttc": cents_str(s * d["ttc"]),
        "siret": d["issuer"]["siret"],
        "vat_number": d["vat_number"],
        "iban": d["bank"]["iban"] if d["show_iban"] else None,
        "dossiers": list(d["dossiers"]),
        "proforma_number": d["proforma"],
        "purchase_order": d["po"],
        "document_type": "credit_note" if d["credit"] else "invoice",
    }


# ---------------------------------------------------------------------------
# HTML helpers shared by the templates (each template has its own CSS/markup)
# ---------------------------------------------------------------------------

E = html.escape


def page(title, css, body, lang="fr"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>%s</style></head><body>%s</body></html>\n"
            % (lang, E(title), css, body))


BASE_CSS = """
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
table{border-collapse:collapse}
.nw{white-space:nowrap}
"""


def logo_svg(name, color, size=44, shape="circle"):
    initials = "".join(w[0] for w in re.findall(r"[A-ZÉ][\w'’-]*", name)[:2]) or name[:2].upper()
    if shape == "circle":
        sh = '<circle cx="22" cy="22" r="21" fill="%s"/>' % color
    elif shape == "square":
        sh = '<rect x="1" y="1" width="42" height="42" rx="9" fill="%s"/>' % color
    else:
        sh = '<path d="M22 1 L43 22 L22 43 L1 22 Z" fill="%s"/>' % color
    return ('<svg width="%d" height="%d" viewBox="0 0 44 44">%s'
            '<text x="22" y="28" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" '
            'font-size="15" fill="#fff">%s</text></svg>' % (size, size, sh, E(initials)))


def qty_str(q10, dec=","):
    if q10 % 10 == 0:
        return str(q10 // 10)
    return ("%d%s%d" % (q10 // 10, dec, q10 % 10))


def addr_html(p, extra=()):
    parts = [E(p["name"] + ((" " + p["form"]) if p.get("form") and not p["form"].startswith("Asso") else ""))]
    if p.get("dept"):
        parts.append(E(p["dept"]))
    if p.get("contact"):
        parts.append("À l'attention de " + E(p["contact"]))
    parts.append(E(p["addr"]["street"]))
    if p.get("tsa"):
        parts.append(E(p["tsa"]))
    parts.append(E("%s %s" % (p["addr"]["pc"], p["addr"]["city"].upper() if p.get("tsa") else p["addr"]["city"])))
    parts.extend(extra)
    return "<br>".join(parts)


class Fmt:
    """Per-document formatting: amount style, date style, sign display."""

    def __init__(self, d, amount_style, date_style, neg=True, minus="-"):
        self.d, self.a, self.ds, self.minus = d, amount_style, date_style, minus
        self.neg = neg and d["credit"]
        d["amount_style"], d["date_style"] = amount_style, date_style
        d["negative_display"] = self.neg

    def m(self, cents, sym=True, style=None):
        c = -cents if self.neg else cents
        return famount(c, style or self.a, sym, self.minus)

    def date(self, x, style=None):
        return fdate(x, style or self.ds)


def siret_of(d, p=None):
    p = p or d["issuer"]
    return fmt_siret(p["siret"], d["issuer"]["siret_style"])


def vat_of(d, vat):
    return fmt_vat(vat, d["issuer"]["vat_style"])


def nda_str(d, spaced=True):
    n = d["issuer"]["nda"]
    return "%s %s %s %s" % (n[:2], n[2:4], n[4:9], n[9:]) if spaced else n


def funding_pairs(d, rng):
    """(label, value) pairs of financing references for header blocks."""
    out = []
    f = d["funding"]
    if f == "akto":
        lab = rng.choice(["N° dossier AKTO", "Réf. dossier OPCO", "Dossier AKTO n°", "Votre référence",
                          "N° de prise en charge"])
        if len(d["dossiers"]) == 1:
            out.append((lab, d["dossiers"][0]))
        else:
            out.append((lab.replace("N° dossier", "N° dossiers").replace("Dossier AKTO n°", "Dossiers AKTO"),
                        ", ".join(d["dossiers"])))
        out.append(("N° adhérent", d["adherent"]))
    elif f == "opcoep":
        out.append((rng.choice(["N° pro forma OPCO EP", "Référence pro forma", "Pro forma n°",
                                "Votre réf. (pro forma)"]), d["proforma"]))
        out.append(("N° adhérent", d["adherent"]))
    elif f == "sigma":
        out.append((rng.choice(["Bon de commande n°", "N° de commande SIGMA", "Commande OPCO n°", "N° BC"]), d["po"]))
    return out


def nw(s):
    return '<span class="nw">%s</span>' % s


def doc_title(d):
    return "Avoir" if d["credit"] else "Facture"


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------


def t_saas(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["intl", "intl", "fr"]), rng.choice(["short", "long", "slash"]))
    font = rng.choice(["'Noto Sans'", "'DejaVu Sans'", "'Liberation Sans'"])
    c = d["color"]
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:16mm 16mm 10mm 16mm}
body{font-family:%(font)s;font-size:9.5pt;color:#1f2937}
.top{display:flex;justify-content:space-between;align-items:flex-start}
.brand{display:flex;gap:10px;align-items:center;font-weight:700;font-size:12pt}
h1{font-size:34pt;margin:0;letter-spacing:-1px;color:#111827;text-align:right}
.meta{display:grid;grid-template-columns:repeat(3,1fr);gap:6px 24px;margin:22px 0 18px}
.meta .k{font-size:7.5pt;text-transform:uppercase;color:#6b7280;letter-spacing:.06em}
.meta .v{font-size:10pt;font-weight:600;margin-top:2px}
.row{display:flex;gap:18px}
.card{flex:1;border-radius:10px;padding:14px 16px}
.sum{background:%(c)s;color:#fff}
.sum .big{font-size:22pt;font-weight:700;margin:4px 0}
.sum .small{font-size:8pt;opacity:.9}
.bill{background:#f3f4f6}
.bill .k{font-size:7.5pt;text-transform:uppercase;color:#6b7280}
table.l{width:100%%;margin-top:22px}
table.l th{font-size:7.5pt;text-transform:uppercase;color:#6b7280;text-align:left;border-bottom:1px solid #d1d5db;padding:6px 4px}
table.l td{padding:8px 4px;border-bottom:1px solid #f0f0f0;vertical-align:top}
table.l .n{text-align:right;white-space:nowrap}
.sub{color:#6b7280;font-size:8pt}
.tot{margin-left:auto;width:45%%;margin-top:12px}
.tot div{display:flex;justify-content:space-between;padding:4px 0}
.tot .g{font-weight:700;font-size:11pt;border-top:2px solid #111827;padding-top:7px;margin-top:4px}
.pay{margin-top:26px;font-size:8.5pt;border:1px dashed #d1d5db;border-radius:8px;padding:10px 14px}
.foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7pt;color:#6b7280}
""" % {"font": font, "c": c}
    refs = funding_pairs(d, rng)
    meta = [("Numéro" if rng.random() < 0.5 else ("N° d'avoir" if d["credit"] else "N° de facture"), d["number"]),
            ("Date d'émission", F.date(d["date"])),
            ("Date d'échéance" if not d["credit"] else "Facture d'origine", F.date(d["due"]) if not d["credit"] else d["cancelled"]["number"])]
    meta += [("Client n°", d["client_no"])] + refs[:2]
    if d["client_po"] and not refs:
        meta.append(("Votre commande", d["client_po"]))
    meta_html = "".join('<div><div class="k">%s</div><div class="v">%s</div></div>' % (E(k), E(v)) for k, v in meta)
    bill_extra = []
    if bt.get("siret"):
        bill_extra.append("SIRET %s" % fmt_siret(bt["siret"], 0))
    if bt.get("vat"):
        bill_extra.append("TVA %s" % bt["vat"])
    benef = ""
    if d["funding"]:
        benef = '<div class="sub" style="margin-top:6px">Entreprise bénéficiaire : %s – SIRET %s</div>' % (
            E(d["company"]["name"]), fmt_siret(d["company"]["siret"], 0))
    rows = []
    for l in d["lines"]:
        sub = ('<div class="sub">%s</div>' % E(l["sub"])) if l["sub"] else ""
        if l["dossier"]:
            sub += '<div class="sub">Dossier %s</div>' % E(l["dossier"])
        rows.append("<tr><td>%s%s</td><td class=n>%s</td><td class=n>%s</td><td class=n>%s</td><td class=n>%s</td></tr>" % (
            E(l["desc"]), sub, qty_str(l["qty10"]), F.m(l["pu"]), (fmt_rate(l["rate"]) + " %") if l["rate"] else "—", F.m(l["total"])))
    tot = ['<div><span>Sous-total HT</span><span>%s</span></div>' % F.m(d["ht"])]
    if d["exempt"]:
        tot.append('<div><span>TVA</span><span>%s</span></div>' % F.m(0))
    for r, b, v in d["vat_lines"]:
        tot.append('<div><span>TVA %s %%</span><span>%s</span></div>' % (fmt_rate(r), F.m(v)))
    if len(d["vat_lines"]) > 1:
        tot.append('<div><span>Total TVA</span><span>%s</span></div>' % F.m(d["tva"]))
    tot.append('<div class="g"><span>Total TTC</span><span>%s</span></div>' % F.m(d["ttc"]))
    if d["deposit"]:
        tot.append('<div><span>Acompte reçu le %s</span><span>%s</span></div>' % (F.date(d["deposit_date"]), F.m(-d["deposit"])))
        tot.append('<div class="g"><span>Montant dû</span><span>%s</span></div>' % F.m(d["net"]))
    if d["credit"]:
        sumcard = ('<div class="card sum"><div class="small">Montant de l\'avoir</div><div class="big">%s</div>'
                   '<div class="small">Annule et remplace la facture %s du %s</div></div>' % (
                       F.m(d["ttc"]), E(d["cancelled"]["number"]), F.date(d["cancelled"]["date"])))
    else:
        sumcard = ('<div class="card sum"><div class="small">Montant dû</div><div class="big">%s</div>'
                   '<div class="small">%s</div></div>' % (
                       F.m(d["net"]), "Payable à réception" if d["due"] == d["date"] else "À régler avant le " + F.date(d["due"])))
    pay = ""
    if d["show_iban"]:
        b = d["bank"]
        pay = ('<div class="pay"><b>%s</b><br>Titulaire : %s · IBAN : %s · BIC : %s<br>Merci d\'indiquer le numéro %s en référence du virement.</div>' % (
            "Remboursement" if d["credit"] else "Payer par virement bancaire", E(iss["name"]), group4(b["iban"]), b["bic"], E(d["number"])))
    mention = ('<p class="sub">%s</p>' % E(d["exempt_mention"])) if d["exempt"] else ""
    footer = " · ".join(x for x in [
        E(iss["name"]), E("%s au capital de %s €" % (iss["form"], "{:,}".format(iss["capital"]).replace(",", " "))) if not iss["form"].startswith("Asso") else E(iss["form"]),
        "SIRET " + siret_of(d), ("TVA " + vat_of(d, d["vat_number"])) if d["vat_number"] else "",
        "NDA " + nda_str(d, False), E("%s %s %s" % (iss["addr"]["street"], iss["addr"]["pc"], iss["addr"]["city"]))] if x)
    body = """
<div class="top"><div class="brand">%(logo)s<div>%(name)s<div class="sub" style="font-weight:400">%(mail)s · %(tel)s</div></div></div><h1>%(title)s</h1></div>
<div class="meta">%(meta)s</div>
<div class="row">%(sumcard)s<div class="card bill"><div class="k">Facturé à</div><div style="margin-top:4px">%(bill)s</div>%(benef)s</div></div>
<table class="l"><thead><tr><th>Description</th><th class=n>Qté</th><th class=n>Prix unitaire HT</th><th class=n>TVA</th><th class=n>Montant HT</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="tot">%(tot)s</div>%(mention)s%(pay)s
<div class="foot">%(footer)s</div>
""" % {"logo": logo_svg(iss["name"], c, shape=rng.choice(["circle", "square"])), "name": E(iss["name"]),
       "mail": E(iss["email"]), "tel": E(iss["phone"]),
       "title": doc_title(d), "meta": meta_html, "sumcard": sumcard, "bill": addr_html(bt, bill_extra), "benef": benef,
       "rows": "".join(rows), "tot": "".join(tot), "mention": mention, "pay": pay, "footer": footer}
    return page("%s %s" % (doc_title(d), d["number"]), css, body)


def t_neobank(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["fr", "fr", "eur_prefix", "plain"]), rng.choice(["slash", "slash", "dot"]))
    font = rng.choice(["'Liberation Sans'", "'Noto Sans'"])
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:14mm}
body{font-family:%s;font-size:9pt;color:#111}
.h{display:flex;justify-content:space-between}
.h .who b{font-size:13pt}
.h .num{text-align:right}
.h .num .t{font-size:15pt;font-weight:700}
.grey{color:#6a6a6a}
.cards{display:flex;gap:12px;margin:20px 0}
.cards>div{flex:1;border:1px solid #e4e4e7;border-radius:6px;padding:10px 12px;line-height:1.45}
.cards .lab{font-size:7.5pt;color:#6a6a6a;font-weight:700;letter-spacing:.05em;text-transform:uppercase;margin-bottom:4px}
table.l{width:100%%}
table.l th{background:#f4f4f5;font-weight:600;font-size:8pt;text-align:left;padding:6px}
table.l td{padding:6px;border-bottom:1px solid #eee}
.r{text-align:right;white-space:nowrap}
.tw{display:flex;justify-content:flex-end;margin-top:10px}
table.t td{padding:3px 8px}
table.t tr.g td{font-weight:700;border-top:1px solid #111;font-size:10pt}
.box{margin-top:18px;background:#fafafa;border-radius:6px;padding:10px 12px}
.legal{margin-top:26px;font-size:7pt;color:#777;line-height:1.4}
""" % font
    b = d["bank"]
    head_pairs = [("Date d'émission" if rng.random() < 0.5 else "Émise le", F.date(d["date"]))]
    if not d["credit"]:
        head_pairs.append(("Échéance", F.date(d["due"])))
    head_pairs += funding_pairs(d, rng)
    if d["quote"] and rng.random() < 0.5:
        head_pairs.append(("Devis", d["quote"]))
    num_label = rng.choice(["Facture n°", "Facture N°", "N° de facture"]) if not d["credit"] else rng.choice(["Avoir n°", "Avoir N°"])
    em = [E(iss["name"]), E(iss["addr"]["street"]), E("%s %s" % (iss["addr"]["pc"], iss["addr"]["city"])),
          "SIRET : " + siret_of(d)]
    if d["vat_number"]:
        em.append("N° TVA : " + vat_of(d, d["vat_number"]))
    em.append(E(iss["email"]))
    de = [addr_html(bt)]
    if bt.get("siret"):
        de.append("SIRET : " + fmt_siret(bt["siret"], 0))
    if bt.get("vat"):
        de.append("N° TVA : " + bt["vat"])
    if d["funding"]:
        de.append("Pour le compte de : %s (SIRET %s)" % (E(d["company"]["name"]), d["company"]["siret"]))
    rows = []
    for l in d["lines"]:
        extra = " – " + E(l["sub"]) if l["sub"] else ""
        if l["dossier"]:
            extra += " – dossier " + l["dossier"]
        rows.append("<tr><td>%s<span class=grey>%s</span></td><td class=r>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), extra, qty_str(l["qty10"]), E(l["unit"]), F.m(l["pu"]), (fmt_rate(l["rate"]) + " %") if l["rate"] else "0 %", F.m(l["total"])))
    t = ["<tr><td>Total HT</td><td class=r>%s</td></tr>" % F.m(d["ht"])]
    if d["vat_lines"]:
        for r, base, v in d["vat_lines"]:
            t.append("<tr><td>TVA %s %%%s</td><td class=r>%s</td></tr>" % (fmt_rate(r), (" (base %s)" % F.m(base)) if len(d["vat_lines"]) > 1 else "", F.m(v)))
        if len(d["vat_lines"]) > 1:
            t.append("<tr><td>Total TVA</td><td class=r>%s</td></tr>" % F.m(d["tva"]))
    else:
        t.append("<tr><td>TVA (0 %%)</td><td class=r>%s</td></tr>" % F.m(0))
    t.append("<tr class=g><td>Total TTC</td><td class=r>%s</td></tr>" % F.m(d["ttc"]))
    if d["deposit"]:
        t.append("<tr><td>Déjà réglé (acompte)</td><td class=r>%s</td></tr>" % F.m(-d["deposit"]))
        t.append("<tr class=g><td>Net à payer</td><td class=r>%s</td></tr>" % F.m(d["net"]))
    pay = ""
    if d["show_iban"]:
        pay = '<div class="box"><b>Coordonnées bancaires</b><br>Banque : %s<br>Titulaire du compte : %s<br>IBAN : %s<br>BIC : %s</div>' % (
            E(b["bank"]), E(iss["name"]), group4(b["iban"]), b["bic"])
    else:
        pay = '<div class="box"><b>Règlement</b><br>Par chèque à l\'ordre de %s.</div>' % E(iss["name"])
    note = ""
    if d["credit"]:
        note = '<p>Cet avoir annule la facture n° %s du %s.</p>' % (E(d["cancelled"]["number"]), F.date(d["cancelled"]["date"]))
    legal = []
    if d["exempt"]:
        legal.append(E(d["exempt_mention"]) + ".")
    legal.append("Conditions de paiement : %s. En cas de retard de paiement, application de pénalités au taux de 3 fois le taux d'intérêt légal "
                 "et d'une indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d'escompte pour paiement anticipé." %
                 ("à réception" if d["due"] == d["date"] else "%d jours" % (d["due"] - d["date"]).days))
    legal.append(E("%s, %s au capital de %d € – RCS %s %s – Déclaration d'activité n° %s (cet enregistrement ne vaut pas agrément de l'État)." % (
        iss["name"], iss["form"], iss["capital"], iss["rcs"], fmt_siren(iss["siren"]), nda_str(d))))
    body = """
<div class="h"><div class="who">%(logo)s<br><b>%(name)s</b><br><span class=grey>%(tel)s</span></div>
<div class="num"><div class="t">%(numlab)s %(num)s</div>%(hp)s</div></div>
<div class="cards"><div><div class="lab">Émetteur</div>%(em)s</div><div><div class="lab">Destinataire</div>%(de)s</div></div>
%(note)s
<table class="l"><thead><tr><th>Désignation</th><th class=r>Quantité</th><th>Unité</th><th class=r>Prix unitaire HT</th><th class=r>TVA</th><th class=r>Montant HT</th></tr></thead>
<tbody>%(rows)s</tbody></table>
<div class="tw"><table class="t">%(t)s</table></div>
%(pay)s
<div class="legal">%(legal)s</div>
""" % {"logo": logo_svg(iss["name"], d["color"], 36, "square"), "name": E(iss["name"]), "tel": E(iss["phone"]),
       "numlab": num_label, "num": E(d["number"]),
       "hp": "".join("<div><span class=grey>%s :</span> %s</div>" % (E(k), E(v)) for k, v in head_pairs),
       "em": "<br>".join(em), "de": "<br>".join(de), "note": note, "rows": "".join(rows), "t": "".join(t),
       "pay": pay, "legal": "<br>".join(legal)}
    return page("%s %s" % (doc_title(d), d["number"]), css, body)


def t_association(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["plain", "fr", "fr"]), "long")
    iss, bt = d["issuer"], d["billto"]
    font = rng.choice(["'DejaVu Serif'", "'Liberation Serif'", "'FreeSerif'"])
    css = BASE_CSS + """
@page{size:A4;margin:18mm 20mm}
body{font-family:%s;font-size:10.5pt;color:#222}
.lh{text-align:center;border-bottom:3px double %s;padding-bottom:8px}
.lh .n{font-size:16pt;font-variant:small-caps;letter-spacing:.04em}
.lh .s{font-size:8.5pt;color:#444}
.dest{margin:26px 0 0 55%%;line-height:1.4}
.place{margin:20px 0 0 55%%}
h2{text-align:center;font-size:13pt;margin:26px 0 6px;letter-spacing:.08em}
.obj{margin:14px 0}
table.l{width:100%%;margin-top:6px}
table.l th,table.l td{border:1px solid #999;padding:6px 8px}
table.l th{background:#f1efe8;font-weight:normal;font-style:italic}
.r{text-align:right;white-space:nowrap}
.words{margin-top:14px;font-style:italic}
.sig{margin:30px 0 0 60%%;text-align:center}
.small{font-size:8.5pt;color:#444;margin-top:24px}
""" % (font, d["color"])
    lh_lines = ["Association régie par la loi du 1er juillet 1901" + (" – reconnue d'intérêt général" if rng.random() < 0.3 else ""),
                E("%s – %s %s – Tél. %s" % (iss["addr"]["street"], iss["addr"]["pc"], iss["addr"]["city"], iss["phone"])),
                "N° SIRET : %s – Déclaration d'activité n° %s auprès du préfet de région" % (siret_of(d), nda_str(d, rng.random() < 0.6))]
    if d["vat_number"]:
        lh_lines.append("N° TVA intracommunautaire : %s" % vat_of(d, d["vat_number"]))
    dest_extra = []
    if d["funding"]:
        dest_extra.append("<i>Entreprise : %s</i>" % E(d["company"]["name"]))
    elif bt.get("siret") and rng.random() < 0.7:
        dest_extra.append("SIRET : %s" % fmt_siret(bt["siret"], 1))
    refs = funding_pairs(d, rng)
    label = rng.choice(["FACTURE N°", "FACTURE n°", "Facture n°"]) if not d["credit"] else "AVOIR N°"
    obj = "Objet : formation « %s » – %d heures – du %s au %s" % (E(d["training"]), d["hours"], F.date(d["start"], "slash"), F.date(d["end"], "slash"))
    if refs:
        obj += "<br>" + "<br>".join("%s : %s" % (E(k), E(v)) for k, v in refs)
    if d["credit"]:
        obj += "<br>Avoir relatif à notre facture n° %s du %s" % (E(d["cancelled"]["number"]), F.date(d["cancelled"]["date"]))
    rows = []
    for l in d["lines"]:
        desc = E(l["desc"])
        if l["dossier"]:
            desc += " (dossier %s)" % l["dossier"]
        if l["qty10"] != 10:
            unit = l["unit"] + ("s" if l["qty10"] > 10 and l["unit"] in ("stagiaire", "jour", "candidat") else "")
            desc += " – %s %s × %s" % (qty_str(l["qty10"]), E(unit), F.m(l["pu"]))
        rows.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (desc, F.m(l["total"])))
    rows.append("<tr><td class=r><b>Total net de taxes</b></td><td class=r><b>%s</b></td></tr>" % F.m(d["ttc"]))
    if d["deposit"]:
        rows.append("<tr><td class=r>Acompte versé le %s</td><td class=r>%s</td></tr>" % (F.date(d["deposit_date"], "slash"), F.m(-d["deposit"])))
        rows.append("<tr><td class=r><b>Reste à payer</b></td><td class=r><b>%s</b></td></tr>" % F.m(d["net"]))
    pay = ("Règlement par chèque à l'ordre de %s ou par virement :<br>IBAN %s – BIC %s (%s)" % (
        E(iss["name"]), group4(d["bank"]["iban"]), d["bank"]["bic"], E(d["bank"]["bank"]))) if d["show_iban"] else \
        "Règlement par chèque à l'ordre de %s." % E(iss["name"])
    body = """
<div class="lh"><div class="n">%(name)s</div><div class="s">%(lh)s</div></div>
<div class="dest">%(dest)s</div>
<div class="place">%(city)s, le %(date)s</div>
<h2>%(label)s %(num)s</h2>
<div class="obj">%(obj)s</div>
<table class="l"><thead><tr><th>Désignation</th><th class=r>Montant</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="words">Arrêtée la présente %(what)s à la somme de %(words)s.</div>
<p>%(mention)s</p>
<p>%(pay)s</p>
<div class="sig">%(who)s<br><br><i>%(signer)s</i></div>
<div class="small">Échéance : %(due)s. Pénalités de retard : taux d'intérêt légal majoré de 10 points ; indemnité forfaitaire de recouvrement : 40 €.</div>
""" % {"name": E(iss["name"]), "lh": "<br>".join(lh_lines), "dest": addr_html(bt, dest_extra), "city": E(iss["addr"]["city"]),
       "date": F.date(d["date"]).replace("1er", "1er"), "label": label, "num": E(d["number"]), "obj": obj, "rows": "".join(rows),
       "what": "facture" if not d["credit"] else "note d'avoir",
       "words": amount_in_words(d["ttc"]), "mention": E(d["exempt_mention"]), "pay": pay,
       "who": rng.choice(["Le Trésorier", "La Présidente", "Le Directeur", "La Responsable administrative"]),
       "signer": E(person(rng)), "due": "à réception" if d["due"] == d["date"] else F.date(d["due"])}
    return page("%s %s" % (doc_title(d), d["number"]), css, body)


def t_cfa(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["fr", "fr_nosym", "plain"]), rng.choice(["slash", "slash", "dash"]))
    iss, bt = d["issuer"], d["billto"]
    c = d["color"]
    css = BASE_CSS + """
@page{size:A4 landscape;margin:12mm 14mm}
body{font-family:'Noto Sans','DejaVu Sans';font-size:8.5pt;color:#1b1b1b}
.h{display:flex;justify-content:space-between;border-bottom:2px solid %s;padding-bottom:8px}
.h .n{font-size:13pt;font-weight:700;color:%s}
.h table td{padding:2px 8px;border:1px solid #bbb}
.h table td.k{background:#eef;font-weight:600}
.two{display:flex;gap:30px;margin:12px 0}
.two>div{flex:1}
.lab{font-weight:700;text-transform:uppercase;font-size:7.5pt;color:%s}
table.l{width:100%%}
table.l th{background:%s;color:#fff;padding:5px;font-size:7.5pt;text-align:left}
table.l td{padding:5px;border-bottom:1px solid #ccc;vertical-align:top}
.r{text-align:right;white-space:nowrap}
.tot{margin-left:auto;width:34%%;margin-top:8px}
.tot td{padding:3px 6px;border:1px solid #bbb}
.tot tr.g td{font-weight:700;background:#f4f4f4}
.f{margin-top:14px;font-size:7.5pt;color:#444}
""" % (c, c, c, c)
    uai = "%07d%s" % (rng.randint(100000, 9999999), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    num_label = rng.choice(["N° de facture", "Facture n°", "Numéro"])
    date_label = rng.choice(["Date de facture", "Date", "Émise le"])
    rows = []
    sym = F.a != "fr_nosym"
    for r, l in zip(d["cfa_rows"], d["lines"]):
        rows.append("<tr><td>%s<br><span style='color:#666'>%s</span></td><td>%s<br>SIRET %s</td><td>%s</td><td>%s</td><td>%s – %s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(r["apprentice"]), E(r["diploma"]), E(r["employer"]["name"]), fmt_siret(r["employer"]["siret"], 1),
            r["contract"], r["dossier"], F.date(r["cstart"]), F.date(r["cstart"] + dt.timedelta(days=729)),
            E(r["echeance"]), F.m(r["npec"], sym), F.m(l["total"], sym)))
    t = ["<tr><td>Total HT</td><td class=r>%s</td></tr>" % F.m(d["ht"], sym),
         "<tr><td>TVA</td><td class=r>%s</td></tr>" % F.m(0, sym) if rng.random() < 0.6 else "",
         "<tr class=g><td>%s</td><td class=r>%s</td></tr>" % (rng.choice(["Total TTC", "Total net à payer", "Montant total"]), F.m(d["ttc"], sym))]
    pay = ("<b>Règlement par virement</b> – IBAN : %s – BIC : %s – en précisant le numéro de facture" % (
        group4(d["bank"]["iban"]) if rng.random() < 0.7 else d["bank"]["iban"], d["bank"]["bic"])) if d["show_iban"] else ""
    body = """
<div class="h"><div><div class="n">%(name)s</div>%(street)s – %(pc)s %(city)s – Tél. %(tel)s<br>
SIRET : %(siret)s – UAI : %(uai)s – NDA : %(nda)s%(vat)s</div>
<table><tr><td class=k>%(nl)s</td><td><b>%(num)s</b></td></tr><tr><td class=k>%(dl)s</td><td>%(date)s</td></tr>
<tr><td class=k>Échéance</td><td>%(due)s</td></tr><tr><td class=k>N° adhérent</td><td>%(adh)s</td></tr></table></div>
<div class="two"><div><div class="lab">Facturé à</div>%(bt)s</div>
<div><div class="lab">Objet</div>Prise en charge des coûts-contrats d'apprentissage (NPEC) – facturation en subrogation de paiement.<br>
Période de facturation : du %(ps)s au %(pe)s</div></div>
<table class="l"><thead><tr><th>Apprenti / diplôme</th><th>Employeur</th><th>N° contrat</th><th>N° dossier AKTO</th><th>Contrat</th><th>Échéance</th><th class=r>NPEC annuel</th><th class=r>Montant</th></tr></thead>
<tbody>%(rows)s</tbody></table>
<table class="tot">%(t)s</table>
<div class="f">%(mention)s. %(cur)s<br>%(pay)s</div>
""" % {"name": E(iss["name"]), "street": E(iss["addr"]["street"]), "pc": iss["addr"]["pc"], "city": E(iss["addr"]["city"]),
       "tel": E(iss["phone"]), "siret": siret_of(d), "uai": uai, "nda": nda_str(d),
       "vat": (" – TVA : " + vat_of(d, d["vat_number"])) if d["vat_number"] else "",
       "nl": num_label, "num": E(d["number"]), "dl": date_label, "date": F.date(d["date"]), "due": F.date(d["due"]),
       "adh": d["adherent"], "bt": addr_html(bt, ["SIRET : %s" % fmt_siret(bt["siret"], 0)] if rng.random() < 0.5 else []),
       "ps": F.date(d["start"]), "pe": F.date(d["end"]), "rows": "".join(rows), "t": "".join(t),
       "mention": E(d["exempt_mention"]), "cur": "Montants exprimés en euros." if not sym else "", "pay": pay}
    return page("%s %s" % (doc_title(d), d["number"]), css, body)


def t_chorus(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["fr_nosym", "dotgrp_nosym", "fr_nosym"]), rng.choice(["iso", "slash"]))
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:12mm}
body{font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:8.5pt}
.title{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #000091;padding-bottom:6px}
.title .t{font-size:18pt;font-weight:700;color:#000091}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:10px}
fieldset{border:1px solid #000091;margin:0;padding:6px 10px 8px}
legend{font-weight:700;color:#000091;padding:0 4px;font-size:8pt}
.kv{display:grid;grid-template-columns:44%% 56%%;row-gap:2px}
.kv .k{color:#444}
table.l{width:100%%;margin-top:12px}
table.l th{border:1px solid #000091;background:#e3e3fd;padding:4px;font-size:7.5pt}
table.l td{border:1px solid #999;padding:4px}
.r{text-align:right;white-space:nowrap}
.tot{width:48%%;margin:10px 0 0 auto}
.tot td{border:1px solid #999;padding:4px 6px}
.tot td.k{background:#f1f1f1}
.small{font-size:7.5pt;margin-top:10px}
"""
    ej = "%010d" % rng.randint(1300000000, 1399999999)
    se = rng.choice(["SE-FORMATION", "DRH-FC", "FORM-%03d" % rng.randint(1, 200), "SRV%05d" % rng.randint(1, 99999)])
    vat_line = ("<div class=k>N° TVA intracommunautaire</div><div>%s</div>" % vat_of(d, d["vat_number"])) if d["vat_number"] else ""
    fournisseur = """<div class=kv><div class=k>Raison sociale</div><div><b>%s</b></div><div class=k>Adresse</div><div>%s, %s %s</div>
<div class=k>SIRET</div><div>%s</div>%s<div class=k>N° déclaration d'activité</div><div>%s</div><div class=k>Contact</div><div>%s</div></div>""" % (
        E(iss["name"]), E(iss["addr"]["street"]), iss["addr"]["pc"], E(iss["addr"]["city"]), siret_of(d), vat_line, nda_str(d, False), E(iss["email"]))
    dest = """<div class=kv><div class=k>Raison sociale</div><div><b>%s</b></div><div class=k>Adresse</div><div>%s, %s %s</div>
<div class=k>SIRET</div><div>%s</div><div class=k>Code service exécutant</div><div>%s</div><div class=k>Engagement juridique</div><div>%s</div></div>""" % (
        E(bt["name"]), E(bt["addr"]["street"]), bt["addr"]["pc"], E(bt["addr"]["city"]), bt["siret"], se, ej)
    num_lab = rng.choice(["Numéro de facture", "N° facture", "Référence facture"])
    info = """<div class=kv><div class=k>%s</div><div><b>%s</b></div><div class=k>Date de facture</div><div>%s</div>
<div class=k>Date d'échéance</div><div>%s</div><div class=k>Mode de paiement</div><div>Virement</div><div class=k>Devise</div><div>EUR</div></div>""" % (
        num_lab, E(d["number"]), F.date(d["date"]), F.date(d["due"]))
    marche = """<div class=kv><div class=k>Cadre de facturation</div><div>A1 – Facture fournisseur</div><div class=k>N° de marché</div><div>%s</div>
<div class=k>Bon de commande</div><div>%s</div><div class=k>Période d'exécution</div><div>%s au %s</div></div>""" % (
        "%d-FC-%03d" % (d["start"].year, rng.randint(1, 99)), d["client_po"] or "—", F.date(d["start"]), F.date(d["end"]))
    rows = []
    for i, l in enumerate(d["lines"]):
        rows.append("<tr><td>%s</td><td>%s%s</td><td class=r>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            "FOR%03d" % (i + 1), E(l["desc"]), (" – " + E(l["sub"])) if l["sub"] else "", qty_str(l["qty10"]), E(l["unit"]),
            F.m(l["pu"], False), (fmt_rate(l["rate"]) + " %") if l["rate"] else "Exonéré", F.m(l["total"], False)))
    t = ["<tr><td class=k>Montant HT (EUR)</td><td class=r>%s</td></tr>" % F.m(d["ht"], False)]
    for r, base, v in d["vat_lines"]:
        t.append("<tr><td class=k>TVA %s %% sur %s</td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(base, False), F.m(v, False)))
    t.append("<tr><td class=k>Montant TVA (EUR)</td><td class=r>%s</td></tr>" % F.m(d["tva"], False))
    t.append("<tr><td class=k><b>Montant TTC (EUR)</b></td><td class=r><b>%s</b></td></tr>" % F.m(d["ttc"], False))
    t.append("<tr><td class=k>Net à payer (EUR)</td><td class=r>%s</td></tr>" % F.m(d["net"], False))
    bank = ("<fieldset style='margin-top:10px'><legend>Coordonnées bancaires du fournisseur</legend>IBAN : %s &nbsp; BIC : %s &nbsp; Domiciliation : %s</fieldset>" % (
        group4(d["bank"]["iban"]), d["bank"]["bic"], E(d["bank"]["bank"]))) if d["show_iban"] else ""
    body = """
<div class="title"><div class="t">FACTURE</div><div>Document émis pour dépôt sur Chorus Pro<br>Page 1/1</div></div>
<div class="grid"><fieldset><legend>Fournisseur</legend>%s</fieldset><fieldset><legend>Destinataire / Débiteur</legend>%s</fieldset>
<fieldset><legend>Facture</legend>%s</fieldset><fieldset><legend>Références</legend>%s</fieldset></div>
<table class="l"><thead><tr><th>Code</th><th>Désignation</th><th>Qté</th><th>Unité</th><th>PU HT (EUR)</th><th>TVA</th><th>Montant HT (EUR)</th></tr></thead><tbody>%s</tbody></table>
<table class="tot">%s</table>
%s
<div class="small">%s Pénalités de retard : taux BCE + 10 points. Indemnité forfaitaire pour frais de recouvrement : 40 euros (art. D. 441-5 du code de commerce).</div>
""" % (fournisseur, dest, info, marche, "".join(rows), "".join(t), bank,
       (E(d["exempt_mention"]) + ".") if d["exempt"] else "")
    return page("Facture %s" % d["number"], css, body)


def t_avoir(d):
    rng = d["rng"]
    neg = rng.random() < 0.5
    F = Fmt(d, rng.choice(["fr", "intl", "plain", "eur_code"]), rng.choice(["slash", "dot", "long"]), neg=neg,
            minus=rng.choice(["-", "-", "-", "\u2212"]))
    iss, bt = d["issuer"], d["billto"]
    is_asso = iss["form"].startswith("Asso")
    css = BASE_CSS + """
@page{size:A4;margin:15mm 15mm 10mm}
body{font-family:'FreeSans','Liberation Sans';font-size:9.5pt;color:#222}
.band{background:#b91c1c;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
.band .t{font-size:24pt;font-weight:700;letter-spacing:.1em}
.band .n{text-align:right;font-size:10pt}
.cols{display:flex;justify-content:space-between;margin-top:16px}
.cols>div{width:46%%;line-height:1.45}
.ref{margin:16px 0;border-left:4px solid #b91c1c;padding:6px 10px;background:#fdf2f2}
table.l{width:100%%}
table.l th{border-bottom:2px solid #b91c1c;text-align:left;padding:5px}
table.l td{padding:5px;border-bottom:1px solid #ddd}
.r{text-align:right;white-space:nowrap}
.tot{margin:12px 0 0 auto;width:42%%}
.tot td{padding:4px 6px}
.tot tr.g td{font-weight:700;font-size:11pt;border-top:2px solid #b91c1c}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #ccc;padding-top:4px;font-size:7pt;color:#555;text-align:center}
"""
    num_label = rng.choice(["Avoir n°", "N° d'avoir", "Numéro"])
    refs = funding_pairs(d, rng)
    rows = []
    for l in d["lines"]:
        desc = E(l["desc"]) + ((" – dossier " + l["dossier"]) if l["dossier"] else "")
        rows.append("<tr><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            desc, qty_str(l["qty10"]), F.m(l["pu"]), F.m(l["total"])))
    t = ["<tr><td>Total HT</td><td class=r>%s</td></tr>" % F.m(d["ht"])]
    if d["exempt"]:
        t.append("<tr><td>TVA (exonération)</td><td class=r>%s</td></tr>" % F.m(0))
    for r, base, v in d["vat_lines"]:
        t.append("<tr><td>TVA %s %%</td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(v)))
    if len(d["vat_lines"]) > 1:
        t.append("<tr><td>Total TVA</td><td class=r>%s</td></tr>" % F.m(d["tva"]))
    t.append("<tr class=g><td>%s</td><td class=r>%s</td></tr>" % ("Total TTC" if neg else "Montant de l'avoir TTC", F.m(d["ttc"])))
    reason = rng.choice(["annulation de la session", "stagiaire absent – non-réalisation partielle",
                         "erreur de facturation (tarif)", "refus de prise en charge par l'OPCO",
                         "report de la formation à une date ultérieure"])
    foot = " – ".join(x for x in [
        E(iss["name"]), E(iss["form"]) if is_asso else E("%s au capital de %d €" % (iss["form"], iss["capital"])),
        "SIRET : " + siret_of(d), "" if is_asso else "RCS %s %s" % (E(iss["rcs"]), fmt_siren(iss["siren"])),
        ("N° TVA : " + vat_of(d, d["vat_number"])) if d["vat_number"] else "", "NDA : " + nda_str(d)] if x)
    if d["show_iban"]:
        foot += "<br>IBAN : %s – BIC : %s" % (group4(d["bank"]["iban"]), d["bank"]["bic"])
    client_ids = []
    if bt.get("siret"):
        client_ids.append("SIRET : " + fmt_siret(bt["siret"], 0))
    if bt.get("vat"):
        client_ids.append("TVA : " + bt["vat"])
    body = """
<div class="band"><div class="t">AVOIR</div><div class="n">%(nl)s <b>%(num)s</b><br>Date : %(date)s</div></div>
<div class="cols"><div><b>%(name)s</b><br>%(street)s<br>%(pc)s %(city)s<br>%(tel)s · %(mail)s</div>
<div><i>Client</i><br>%(bt)s</div></div>
<div class="ref">Avoir sur facture n° <b>%(cn)s</b> du %(cd)s – motif : %(reason)s.%(refs)s<br>Code client : %(cli)s</div>
<table class="l"><thead><tr><th>Désignation</th><th class=r>Qté</th><th class=r>P.U. HT</th><th class=r>Montant HT</th></tr></thead><tbody>%(rows)s</tbody></table>
<table class="tot">%(t)s</table>
<p>%(mention)s</p><p>%(settle)s</p>
<div class="foot">%(foot)s</div>
""" % {"nl": num_label, "num": E(d["number"]), "date": F.date(d["date"]), "name": E(iss["name"]), "street": E(iss["addr"]["street"]),
       "pc": iss["addr"]["pc"], "city": E(iss["addr"]["city"]), "tel": E(iss["phone"]), "mail": E(iss["email"]),
       "bt": addr_html(bt, client_ids), "cn": E(d["cancelled"]["number"]), "cd": F.date(d["cancelled"]["date"]), "reason": reason,
       "refs": "".join("<br>%s : %s" % (E(k), E(v)) for k, v in refs), "cli": d["client_no"], "rows": "".join(rows), "t": "".join(t),
       "mention": E(d["exempt_mention"]) if d["exempt"] else "",
       "settle": rng.choice(["Montant remboursé par virement sous 30 jours.", "Cet avoir sera déduit de votre prochaine facture.",
                             "Montant à imputer sur la facture d'origine."]), "foot": foot}
    return page("Avoir %s" % d["number"], css, body)


def t_long(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["fr", "plain", "dotgrp"]), rng.choice(["dot", "slash", "iso"]))
    iss, bt = d["issuer"], d["billto"]
    footer_txt = "%s – SIRET %s%s – NDA %s" % (iss["name"], siret_of(d), (" – TVA " + d["vat_number"]) if d["vat_number"] else "", nda_str(d, False))
    css = BASE_CSS + """
@page{size:A4;margin:14mm 14mm 20mm;
 @bottom-left{content:"%s";font:7pt 'Liberation Sans';color:#555}
 @bottom-right{content:"Page " counter(page) " / " counter(pages);font:7pt 'Liberation Sans';color:#555}}
body{font-family:'Liberation Sans';font-size:8.5pt}
.h{display:flex;justify-content:space-between}
.h .n{font-size:14pt;font-weight:700}
.box{border:1px solid #333;padding:6px 10px;width:48%%;margin:10px 0 0 auto;line-height:1.4}
.info td{padding:2px 10px 2px 0}
table.l{width:100%%;margin-top:12px}
table.l thead th{background:#333;color:#fff;padding:4px;font-weight:normal;text-align:left}
table.l td{padding:3px 4px;border-bottom:1px solid #ddd}
table.l tr{break-inside:avoid}
.r{text-align:right;white-space:nowrap}
.tot{margin:10px 0 0 auto;width:40%%;break-inside:avoid}
.tot td{padding:3px 6px;border-bottom:1px solid #ccc}
.tot tr.g td{font-weight:700;background:#eee}
""" % footer_txt.replace('"', '\\"')
    num_label = rng.choice(["Facture N°", "N° de facture", "Facture n°"])
    info = [(num_label, d["number"]), ("Date", F.date(d["date"])), ("Échéance", F.date(d["due"])), ("Client", d["client_no"])]
    info += funding_pairs(d, rng)
    if d["client_po"]:
        info.append(("Votre commande", d["client_po"]))
    info.append(("Action", "%s – du %s au %s" % (d["training"], F.date(d["start"]), F.date(d["end"]))))
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td>%s</td><td class=r>%s %s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), qty_str(l["qty10"]), E(l["unit"]), F.m(l["pu"]), (fmt_rate(l["rate"]) + "%") if l["rate"] else "exo.", F.m(l["total"])))
    t = ["<tr><td>Total H.T.</td><td class=r>%s</td></tr>" % F.m(d["ht"])]
    for r, base, v in d["vat_lines"]:
        t.append("<tr><td>T.V.A. %s %%</td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(v)))
    if len(d["vat_lines"]) > 1:
        t.append("<tr><td>Total T.V.A.</td><td class=r>%s</td></tr>" % F.m(d["tva"]))
    if d["exempt"]:
        t.append("<tr><td>T.V.A.</td><td class=r>%s</td></tr>" % F.m(0))
    t.append("<tr class=g><td>Total T.T.C.</td><td class=r>%s</td></tr>" % F.m(d["ttc"]))
    if d["deposit"]:
        t.append("<tr><td>Acompte versé</td><td class=r>%s</td></tr>" % F.m(d["deposit"]))
        t.append("<tr class=g><td>Net à payer</td><td class=r>%s</td></tr>" % F.m(d["net"]))
    ids = []
    if bt.get("siret"):
        ids.append("SIRET : " + fmt_siret(bt["siret"], 1))
    if bt.get("vat"):
        ids.append("N° TVA : " + bt["vat"])
    body = """
<div class="h"><div>%(logo)s<br><b>%(name)s</b><br>%(street)s<br>%(pc)s %(city)s<br>Tél. %(tel)s<br>SIRET : %(siret)s</div>
<div class="n">FACTURE</div></div>
<div class="box">%(bt)s</div>
<table class="info">%(info)s</table>
<table class="l"><thead><tr><th>Désignation</th><th class=r>Quantité</th><th class=r>P.U. HT</th><th class=r>TVA</th><th class=r>Total HT</th></tr></thead><tbody>%(rows)s</tbody></table>
<table class="tot">%(t)s</table>
<p>%(mention)s</p>%(pay)s
""" % {"logo": logo_svg(iss["name"], d["color"], 34, "diamond"), "name": E(iss["name"]), "street": E(iss["addr"]["street"]),
       "pc": iss["addr"]["pc"], "city": E(iss["addr"]["city"]), "tel": E(iss["phone"]), "siret": siret_of(d),
       "bt": addr_html(bt, ids), "info": "".join("<tr><td>%s</td><td><b>%s</b></td></tr>" % (E(k), E(v)) for k, v in info),
       "rows": "".join(rows), "t": "".join(t), "mention": E(d["exempt_mention"]) if d["exempt"] else "",
       "pay": ("<p>Règlement par virement – IBAN %s – BIC %s</p>" % (group4(d["bank"]["iban"]), d["bank"]["bic"])) if d["show_iban"] else ""}
    return page("Facture %s" % d["number"], css, body)


def t_bilingual(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["en", "en_code", "fr"]), rng.choice(["en_uk", "en", "iso"]))
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:15mm}
body{font-family:'Liberation Sans';font-size:9pt;color:#222}
.en{color:#888;font-size:7.5pt;display:block}
.h{display:flex;justify-content:space-between;align-items:flex-start}
.h h1{margin:0;font-size:20pt;font-weight:400;letter-spacing:.12em}
.kv td{padding:3px 8px 3px 0;vertical-align:top;white-space:nowrap}
.parties{display:flex;gap:16px;margin:18px 0}
.parties>div{flex:1 1 auto;border-top:2px solid %s;padding-top:6px}
table.l{width:100%%}
table.l th{text-align:left;border-bottom:1px solid #999;padding:5px;font-weight:600;vertical-align:bottom}
table.l td{padding:5px;border-bottom:1px solid #eee}
.r{text-align:right;white-space:nowrap}
.tot{margin:10px 0 0 auto}
.tot td{padding:3px 8px}
.tot tr.g td{font-weight:700;border-top:1px solid #222}
.f{margin-top:24px;font-size:7.5pt;color:#555}
""" % d["color"]
    def lab(fr, en):
        return "%s<span class=en>%s</span>" % (fr, en)
    head = [(lab("N° de facture", "Invoice #"), d["number"]), (lab("Date", "Issue date"), F.date(d["date"])),
            (lab("Échéance", "Due date"), F.date(d["due"])), (lab("Référence client", "Customer ref."), d["client_po"] or d["client_no"])]
    ids = []
    if bt.get("siret"):
        ids.append("SIRET : %s" % bt["siret"])
    if bt.get("vat"):
        ids.append("VAT / TVA : %s" % bt["vat"])
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), ("<span class=en>%s</span>" % E(l["sub"])) if l["sub"] else "", qty_str(l["qty10"], "."), F.m(l["pu"]),
            (fmt_rate(l["rate"], ".") + " %") if l["rate"] else "0 %", F.m(l["total"])))
    t = ["<tr><td>%s</td><td class=r>%s</td></tr>" % (lab("Total HT", "Total excl. VAT"), F.m(d["ht"]))]
    for r, base, v in d["vat_lines"]:
        t.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (lab("TVA %s %%" % fmt_rate(r), "VAT %s %%" % fmt_rate(r, ".")), F.m(v)))
    if len(d["vat_lines"]) > 1:
        t.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (lab("Total TVA", "Total VAT"), F.m(d["tva"])))
    if d["exempt"]:
        t.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (lab("TVA", "VAT"), F.m(0)))
    t.append("<tr class=g><td>%s</td><td class=r>%s</td></tr>" % (lab("Total TTC", "Total incl. VAT"), F.m(d["ttc"])))
    if d["deposit"]:
        t.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (lab("Acompte versé", "Advance payment"), F.m(-d["deposit"])))
        t.append("<tr class=g><td>%s</td><td class=r>%s</td></tr>" % (lab("Net à payer", "Balance due"), F.m(d["net"])))
    body = """
<div class="h"><div>%(logo)s<br><b>%(name)s</b><br>%(street)s, %(pc)s %(city)s, France<br>%(tel)s</div><h1>FACTURE<span class=en style="font-size:11pt">INVOICE</span></h1></div>
<div class="parties"><div>%(lab_from)s<br><b>%(name)s</b><br>%(lab_siret)s : %(siret)s%(vat)s<br>%(lab_nda)s : %(nda)s</div>
<div>%(lab_to)s<br>%(bt)s</div><div><table class="kv">%(head)s</table></div></div>
<table class="l"><thead><tr><th>%(l1)s</th><th class=r>%(l2)s</th><th class=r>%(l3)s</th><th class=r>%(l4)s</th><th class=r>%(l5)s</th></tr></thead><tbody>%(rows)s</tbody></table>
<table class="tot">%(t)s</table>
<div class="f">%(mention)s%(pay)s<br>%(terms)s</div>
""" % {"logo": logo_svg(iss["name"], d["color"], 32, "square"), "name": E(iss["name"]), "street": E(iss["addr"]["street"]),
       "pc": iss["addr"]["pc"], "city": E(iss["addr"]["city"]), "tel": E(iss["phone"]),
       "lab_from": lab("<b>Émetteur</b>", "From"), "lab_to": lab("<b>Client</b>", "Bill to"),
       "lab_siret": "SIRET (Company ID)", "siret": nw(siret_of(d)),
       "vat": ("<br>N° TVA / VAT No : %s" % nw(vat_of(d, d["vat_number"]))) if d["vat_number"] else "",
       "lab_nda": "NDA (training provider reg. no.)", "nda": nw(nda_str(d, False)),
       "bt": addr_html(bt, ids), "head": "".join("<tr><td>%s</td><td><b>%s</b></td></tr>" % (k, E(v)) for k, v in head),
       "l1": lab("Désignation", "Description"), "l2": lab("Qté", "Qty"), "l3": lab("Prix unitaire HT", "Unit price"),
       "l4": lab("TVA", "VAT"), "l5": lab("Montant HT", "Amount"), "rows": "".join(rows), "t": "".join(t),
       "mention": (E(d["exempt_mention"]) + " / VAT exempt (vocational training).<br>") if d["exempt"] else "",
       "pay": ("Virement / Bank transfer – IBAN : %s – SWIFT/BIC : %s" % (group4(d["bank"]["iban"]), d["bank"]["bic"])) if d["show_iban"] else "Paiement par chèque / payment by cheque",
       "terms": "Late payment: interest at three times the French legal rate plus a fixed recovery fee of EUR 40. / Pénalités de retard : 3 fois le taux légal, indemnité forfaitaire 40 €."}
    return page("Facture / Invoice %s" % d["number"], css, body, lang="fr")


def t_minimal(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["plain", "dotgrp", "fr"]), rng.choice(["dot", "dot", "slash", "iso"]))
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:20mm 22mm 10mm}
body{font-family:'Liberation Sans';font-size:9pt;color:#333}
.top{font-size:8pt;color:#777}
.to{margin-top:30px;line-height:1.4}
h1{font-size:12pt;font-weight:400;margin:36px 0 14px}
table{width:100%%}
td,th{padding:5px 0;text-align:left;font-weight:400}
td.r,th.r{padding-left:16px;white-space:nowrap}
th{color:#999;font-size:7.5pt;border-bottom:1px solid #ccc}
.r{text-align:right}
tr.s td{border-top:1px solid #ccc}
tr.g td{font-weight:700}
.foot{position:fixed;bottom:0;left:0;right:0;font-size:6.5pt;color:#888;line-height:1.5;border-top:1px solid #ddd;padding-top:4px}
"""
    word = "Avoir" if d["credit"] else rng.choice(["Facture", "Facture", "Facture", "Note d'honoraires"])
    title = "%s %s — %s" % (word, d["number"], F.date(d["date"]))
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), (" · dossier " + l["dossier"]) if l["dossier"] else "", qty_str(l["qty10"]), F.m(l["total"])))
    rows.append("<tr class=s><td>Total HT</td><td></td><td class=r>%s</td></tr>" % F.m(d["ht"]))
    for r, base, v in d["vat_lines"]:
        rows.append("<tr><td>TVA %s %%</td><td></td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(v)))
    if len(d["vat_lines"]) > 1:
        rows.append("<tr><td>Total TVA</td><td></td><td class=r>%s</td></tr>" % F.m(d["tva"]))
    rows.append("<tr class=g><td>Total TTC</td><td></td><td class=r>%s</td></tr>" % F.m(d["ttc"]))
    if d["deposit"]:
        rows.append("<tr><td>Acompte</td><td></td><td class=r>%s</td></tr>" % F.m(-d["deposit"]))
        rows.append("<tr class=g><td>Reste dû</td><td></td><td class=r>%s</td></tr>" % F.m(d["net"]))
    refs = funding_pairs(d, rng)
    extra = "".join("<p>%s : %s</p>" % (E(k), E(v)) for k, v in refs)
    if d["credit"]:
        extra += "<p>Annule la facture %s du %s.</p>" % (E(d["cancelled"]["number"]), F.date(d["cancelled"]["date"]))
    foot = [E("%s · %s · %s %s · %s · %s" % (iss["name"], iss["addr"]["street"], iss["addr"]["pc"], iss["addr"]["city"], iss["phone"], iss["email"])),
            " · ".join(x for x in ["SIRET " + siret_of(d), ("N° TVA " + vat_of(d, d["vat_number"])) if d["vat_number"] else "",
                                     "Déclaration d'activité " + nda_str(d, False), "" if iss["form"].startswith("Asso") else "RCS " + E(iss["rcs"]),
                                     "APE " + iss["ape"]] if x)]
    if d["show_iban"]:
        foot.append("IBAN %s · BIC %s" % (group4(d["bank"]["iban"]), d["bank"]["bic"]))
    if d["exempt"]:
        foot.append(E(d["exempt_mention"]))
    foot.append("Échéance %s — pénalités de retard 3× taux légal, indemnité forfaitaire 40 €" % ("à réception" if d["due"] == d["date"] else F.date(d["due"])))
    body = """
<div class="top">%(name)s</div>
<div class="to">%(bt)s</div>
<h1>%(title)s</h1>%(extra)s
<table><thead><tr><th>Prestation</th><th class=r>Qté</th><th class=r>Montant</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="foot">%(foot)s</div>
""" % {"name": E(iss["name"]), "bt": addr_html(bt), "title": E(title), "extra": extra, "rows": "".join(rows), "foot": "<br>".join(foot)}
    return page(title, css, body)


def t_classic(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["dotgrp", "eur_prefix", "fr", "dotgrp"]), rng.choice(["slash", "slash2", "slash"]))
    iss, bt = d["issuer"], d["billto"]
    css = BASE_CSS + """
@page{size:A4;margin:12mm 14mm 8mm}
body{font-family:'Liberation Serif';font-size:10pt}
.h{display:flex;justify-content:space-between}
.h .iss{border:1px solid #000;padding:8px 10px;width:55%%}
.h .iss .n{font-size:14pt;font-weight:700}
.h .t{border:2px solid #000;font-size:20pt;font-weight:700;padding:6px 26px;height:max-content}
.dest{margin:18px 0 0 50%%;border:1px solid #000;padding:8px 10px;min-height:28mm}
table.i{width:100%%;margin-top:14px}
table.i th,table.i td{border:1px solid #000;padding:4px;text-align:center}
table.i th{background:#ddd;font-weight:normal}
table.l{width:100%%;margin-top:10px}
table.l th{border:1px solid #000;background:#ddd;padding:4px;font-weight:normal}
table.l td{border-left:1px solid #000;border-right:1px solid #000;padding:4px}
table.l tr:last-child td{border-bottom:1px solid #000}
.r{text-align:right;white-space:nowrap}
.bottom{display:flex;justify-content:space-between;margin-top:10px}
table.v th,table.v td{border:1px solid #000;padding:3px 6px}
table.tt td{border:1px solid #000;padding:3px 8px}
.legal{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:7.5pt}
"""
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), (" – dossier n° " + l["dossier"]) if l["dossier"] else "", qty_str(l["qty10"]), F.m(l["pu"], False),
            F.m(l["total"], False), ("%d" % (l["rate"] // 100) if l["rate"] and l["rate"] % 100 == 0 else (fmt_rate(l["rate"]) if l["rate"] else "0"))))
    v = "".join("<tr><td>%s %%</td><td class=r>%s</td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(b, False), F.m(x, False))
                for r, b, x in d["vat_lines"]) or "<tr><td>0 %%</td><td class=r>%s</td><td class=r>%s</td></tr>" % (F.m(d["ht"], False), F.m(0, False))
    tt = ["<tr><td>Total H.T.</td><td class=r>%s</td></tr>" % F.m(d["ht"]),
          "<tr><td>Total T.V.A.</td><td class=r>%s</td></tr>" % F.m(d["tva"]),
          "<tr><td><b>Total T.T.C.</b></td><td class=r><b>%s</b></td></tr>" % F.m(d["ttc"])]
    if d["deposit"]:
        tt.append("<tr><td>Acompte du %s</td><td class=r>%s</td></tr>" % (F.date(d["deposit_date"]), F.m(d["deposit"])))
    tt.append("<tr><td><b>%s</b></td><td class=r><b>%s</b></td></tr>" % ("NET À DÉDUIRE" if d["credit"] else "NET À PAYER", F.m(d["net"])))
    refcol = rng.choice(["Référence", "N° Facture", "Numéro"])
    refs = funding_pairs(d, rng)
    ref_html = "".join("<br>%s : <b>%s</b>" % (E(k), E(v)) for k, v in refs)
    rib = d["bank"]["rib"]
    bank = ("<p style='font-size:9pt'>Domiciliation : %s – RIB : %s %s %s %s<br>IBAN : %s – BIC : %s</p>" % (
        E(d["bank"]["bank"]), rib[0], rib[1], rib[2], rib[3], group4(d["bank"]["iban"]), d["bank"]["bic"])) if d["show_iban"] else ""
    legal = " – ".join(x for x in [E(iss["name"]), E(iss["form"]) + ("" if iss["form"].startswith("Asso") else " au capital de %d €" % iss["capital"]),
                                   "SIRET %s" % siret_of(d), "APE %s" % iss["ape"], ("TVA intracom. %s" % vat_of(d, d["vat_number"])) if d["vat_number"] else "",
                                   "Déclaration d'activité enregistrée sous le n° %s" % nda_str(d)] if x)
    client_ids = ["N° client : %s" % d["client_no"]]
    if bt.get("siret") and rng.random() < 0.6:
        client_ids.append("Siret : %s" % fmt_siret(bt["siret"], 0))
    body = """
<div class="h"><div class="iss"><div class="n">%(name)s</div>%(street)s<br>%(pc)s %(city)s<br>Tél. : %(tel)s – Fax : %(fax)s<br>%(mail)s</div><div class="t">%(title)s</div></div>
<div class="dest">%(bt)s</div>
<table class="i"><tr><th>%(refcol)s</th><th>Date</th><th>Code client</th><th>Échéance</th><th>Mode de règlement</th><th>Votre réf.</th></tr>
<tr><td><b>%(num)s</b></td><td>%(date)s</td><td>%(cli)s</td><td>%(due)s</td><td>%(mode)s</td><td>%(po)s</td></tr></table>
<p>Formation : %(training)s – du %(s)s au %(e)s (devis %(quote)s)%(refs)s%(cancel)s</p>
<table class="l"><thead><tr><th>Désignation</th><th>Qté</th><th>P.U. H.T.</th><th>Montant H.T.</th><th>TVA</th></tr></thead><tbody>%(rows)s</tbody></table>
<div class="bottom"><table class="v"><tr><th>Taux</th><th>Base H.T.</th><th>Montant TVA</th></tr>%(v)s</table><table class="tt">%(tt)s</table></div>
<p>%(mention)s</p>%(bank)s
<div class="legal">%(legal)s</div>
""" % {"name": E(iss["name"]), "street": E(iss["addr"]["street"]), "pc": iss["addr"]["pc"], "city": E(iss["addr"]["city"]),
       "tel": E(iss["phone"]), "fax": E(phone(rng, iss["addr"]["pc"])), "mail": E(iss["email"]),
       "title": "AVOIR" if d["credit"] else "FACTURE", "bt": addr_html(bt, client_ids), "refcol": refcol, "num": E(d["number"]),
       "date": F.date(d["date"]), "cli": d["client_no"], "due": F.date(d["due"]), "mode": rng.choice(["Virement", "Chèque", "Virement 30 j"]),
       "po": E(d["client_po"] or "—"), "training": E(d["training"]), "s": F.date(d["start"]), "e": F.date(d["end"]), "quote": d["quote"],
       "refs": ref_html, "cancel": ("<br>Avoir sur facture %s du %s" % (d["cancelled"]["number"], F.date(d["cancelled"]["date"]))) if d["credit"] else "",
       "rows": "".join(rows), "v": v, "tt": "".join(tt), "mention": E(d["exempt_mention"]) if d["exempt"] else "", "bank": bank, "legal": legal}
    return page("Facture %s" % d["number"], css, body)


def t_sidebar(d):
    rng = d["rng"]
    F = Fmt(d, rng.choice(["fr", "intl", "eur_prefix"]), rng.choice(["slash", "long", "dash"]))
    iss, bt = d["issuer"], d["billto"]
    c = d["color"]
    css = BASE_CSS + """
@page{size:A4;margin:0}
body{font-family:'Noto Sans','DejaVu Sans';font-size:9pt;color:#222}
.wrap{display:flex;min-height:297mm}
.side{width:64mm;background:%s;color:#fff;padding:16mm 6mm 16mm 7mm;font-size:8pt;line-height:1.55}
.side .ib{font-size:7pt;white-space:nowrap}
.side .n{font-size:12pt;font-weight:700;margin:8px 0 12px}
.side .k{opacity:.75;font-size:7pt;text-transform:uppercase;margin-top:8px}
.main{flex:1;padding:16mm 14mm}
h1{font-size:26pt;margin:0 0 4px;color:%s}
.meta td{padding:2px 14px 2px 0}
.meta td.k{color:#777}
.blk{margin-top:14px;padding:8px 10px;background:#f6f6f6;border-radius:4px;line-height:1.45}
table.l{width:100%%;margin-top:14px}
table.l th{text-align:left;border-bottom:2px solid %s;padding:5px 4px;font-size:8pt}
table.l td{padding:6px 4px;border-bottom:1px solid #e5e5e5;vertical-align:top}
.r{text-align:right;white-space:nowrap}
.tot{margin:10px 0 0 auto}
.tot td{padding:3px 6px}
.tot tr.g td{font-weight:700;font-size:11pt;color:%s}
.m{font-size:8pt;color:#555;margin-top:14px}
""" % (c, c, c, c)
    side = ['<div>%s</div><div class="n">%s</div>' % (logo_svg(iss["name"], "#ffffff33", 40, "circle"), E(iss["name"])),
            E(iss["addr"]["street"]) + "<br>" + E("%s %s" % (iss["addr"]["pc"], iss["addr"]["city"])),
            '<div class="k">Téléphone</div>' + E(iss["phone"]), '<div class="k">E-mail</div>' + E(iss["email"]),
            '<div class="k">SIRET</div>' + siret_of(d)]
    if d["vat_number"]:
        side.append('<div class="k">N° TVA intracommunautaire</div>' + vat_of(d, d["vat_number"]))
    side.append('<div class="k">Déclaration d\'activité</div>' + nda_str(d))
    side.append('<div class="k">Certification Qualiopi</div>' + iss["qualiopi"])
    if d["show_iban"]:
        side.append('<div class="k">IBAN</div><div class="ib">' + group4(d["bank"]["iban"]) + '</div><div class="k">BIC</div>' + d["bank"]["bic"])
    refs = funding_pairs(d, rng)
    meta = [(rng.choice(["Facture n°", "Référence", "N°"]), d["number"]), ("Date", F.date(d["date"])),
            ("À régler le", F.date(d["due"]))] + refs
    trainees = ", ".join(person(rng) for _ in range(rng.randint(1, 3)))
    blk = ("<b>Facture adressée à</b><br>%s<br><br><b>Entreprise adhérente</b> : %s – SIRET %s – N° TVA %s<br>Stagiaire(s) : %s<br>"
           "Action : %s – %d h – du %s au %s" % (
               addr_html(bt), E(d["company"]["name"]), fmt_siret(d["company"]["siret"], rng.choice([0, 1])), d["company"]["vat"],
               E(trainees), E(d["training"]), d["hours"], F.date(d["start"], "slash"), F.date(d["end"], "slash")))
    if d["funding"] != "opcoep":
        blk = "<b>Client</b><br>%s" % addr_html(bt)
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td>%s%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            E(l["desc"]), ("<br><small>%s</small>" % E(l["sub"])) if l["sub"] else "", qty_str(l["qty10"]), F.m(l["pu"]), F.m(l["total"])))
    t = ["<tr><td>Total HT</td><td class=r>%s</td></tr>" % F.m(d["ht"])]
    for r, base, v in d["vat_lines"]:
        t.append("<tr><td>TVA %s %%</td><td class=r>%s</td></tr>" % (fmt_rate(r), F.m(v)))
    if len(d["vat_lines"]) > 1:
        t.append("<tr><td>Total TVA</td><td class=r>%s</td></tr>" % F.m(d["tva"]))
    if d["exempt"]:
        t.append("<tr><td>TVA</td><td class=r>%s</td></tr>" % F.m(0))
    t.append("<tr class=g><td>Total TTC</td><td class=r>%s</td></tr>" % F.m(d["ttc"]))
    body = """
<div class="wrap"><div class="side">%(side)s</div><div class="main">
<h1>%(title)s</h1><table class="meta">%(meta)s</table>
<div class="blk">%(blk)s</div>
<table class="l"><thead><tr><th>Désignation</th><th class=r>Quantité</th><th class=r>Prix unitaire</th><th class=r>Total HT</th></tr></thead><tbody>%(rows)s</tbody></table>
<table class="tot">%(t)s</table>
<div class="m">%(mention)s<br>Facture établie en subrogation de paiement : le règlement est effectué directement par l'opérateur de compétences.</div>
</div></div>
""" % {"side": "".join(side), "title": doc_title(d), "meta": "".join("<tr><td class=k>%s</td><td><b>%s</b></td></tr>" % (E(k), E(v)) for k, v in meta),
       "blk": blk, "rows": "".join(rows), "t": "".join(t), "mention": E(d["exempt_mention"]) if d["exempt"] else "TVA au taux normal de 20 %"}
    return page("Facture %s" % d["number"], css, body)


RENDER = {"saas": t_saas, "neobank": t_neobank, "association": t_association, "cfa": t_cfa, "chorus": t_chorus,
          "avoir": t_avoir, "long": t_long, "bilingual": t_bilingual, "minimal": t_minimal, "classic": t_classic,
          "sidebar": t_sidebar}


# ---------------------------------------------------------------------------
# printing
# ---------------------------------------------------------------------------

def chromium_bin():
    for b in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(b)
        if p:
            return p
    sys.exit("chromium not found: apt-get install -y chromium")


def print_pdf(html_path, pdf_path, header_flag="--no-pdf-header-footer"):
    profile = tempfile.mkdtemp(prefix="heldout-chromium-")
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
    """Replace Chromium's creation/modification time by the invoice date (same byte length, so
    the xref table stays valid): the committed PDFs are then reproducible."""
    data = open(pdf_path, "rb").read()
    stamp = ("D:%s100000+00'00'" % when.strftime("%Y%m%d")).encode()
    data2 = re.sub(rb"(/(?:CreationDate|ModDate) \()D:\d{14}[^)]*(\))",
                   lambda m: m.group(1) + stamp + m.group(2) if len(m.group(0)) == len(m.group(1) + stamp + m.group(2)) else m.group(0),
                   data)
    if data2 != data:
        open(pdf_path, "wb").write(data2)


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def template_schedule(seed, count):
    rng = random.Random("heldout-schedule-%d" % seed)
    extra = ["avoir", "long", "saas", "neobank", "cfa", "minimal", "bilingual", "classic", "sidebar", "chorus", "association"]
    order = []
    while len(order) < count:
        block = TEMPLATES * 3 + extra[:7] if not order else TEMPLATES[:]
        rng.shuffle(block)
        order.extend(block)
    return order[:count]


def generate(args):
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    sched = template_schedule(args.seed, args.count)
    manifest = ["name\ttemplate\tdocument_type\tvat\tfunding\tpages\tdeposit\tamount_style\tdate_style\tsigned_amounts"]
    for i, tpl in enumerate(sched, 1):
        d = build_doc(args.seed, i, tpl)
        html_text = RENDER[tpl](d)
        name = d["name"]
        html_path = os.path.join(out, name + ".html")
        pdf_path = os.path.join(out, name + ".pdf")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(html_text)
        print_pdf(html_path, pdf_path)
        stamp_pdf_dates(pdf_path, d["date"])
        if not args.keep_html:
            os.remove(html_path)
        truth = {"file": name + ".pdf", "fields": truth_of(d)}
        with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        vat = "exempt" if d["exempt"] else ("mixed" if len(d["vat_lines"]) > 1 else "20")
        pages = pdf_pages(pdf_path)
        manifest.append("\t".join([name, tpl, truth["fields"]["document_type"], vat, d["funding"] or "-", str(pages),
                                   "yes" if d["deposit"] else "no", d["amount_style"], d["date_style"],
                                   "yes" if d["negative_display"] else "no"]))
        print("%s  %-11s %-11s %-6s %3d p  %7d bytes" % (name, tpl, truth["fields"]["document_type"], vat, pages, os.path.getsize(pdf_path)))
    with open(os.path.join(out, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def norm_text(t):
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").replace("\u2007", " ")
    t = t.replace("\u2212", "-").replace("\u2013", "-")
    return t


def find_amount(text, cents):
    for cand in amount_candidates(cents):
        pat = r"(?<![\d.,])" + re.escape(cand) + r"(?![\d])"
        if re.search(pat, text):
            return True
    return False


def check_one(tpath, manifest):
    errs = []
    truth = json.load(open(tpath, encoding="utf-8"))
    f = truth["fields"]
    pdf = os.path.join(os.path.dirname(tpath), truth["file"])
    if not os.path.exists(pdf):
        return ["missing " + truth["file"]]
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    text = norm_text(raw)
    flat = re.sub(r"[ \t]+", " ", text)            # spaces collapsed, lines kept
    compact = re.sub(r"\s+", "", text).upper()     # no whitespace at all
    upper = flat.upper()

    expected = {"invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret", "vat_number",
                "iban", "dossiers", "proforma_number", "purchase_order", "document_type"}
    if set(f) != expected:
        errs.append("field set differs: %s" % sorted(set(f) ^ expected))

    # formats and checksums
    if not re.fullmatch(r"\d{14}", f["siret"]) or not luhn_ok(f["siret"]) or not luhn_ok(f["siret"][:9]):
        errs.append("bad SIRET checksum %s" % f["siret"])
    if f["vat_number"] is not None and f["vat_number"] != vat_from_siren(f["siret"][:9]):
        errs.append("VAT number %s does not match SIREN" % f["vat_number"])
    if f["iban"] is not None and (not re.fullmatch(r"FR\d{2}[0-9A-Z]{23}", f["iban"]) or not iban_ok(f["iban"])):
        errs.append("bad IBAN %s" % f["iban"])
    for x in f["dossiers"]:
        if not re.fullmatch(r"\d{4}([A-Z]{2}\d{6}|DCA\d{5})", x):
            errs.append("bad dossier %s" % x)
    if f["proforma_number"] is not None and not re.fullmatch(r"PRO-\d{8}", f["proforma_number"]):
        errs.append("bad pro forma %s" % f["proforma_number"])
    if f["purchase_order"] is not None and not re.fullmatch(r"\d{2}C\d{8}_\d", f["purchase_order"]):
        errs.append("bad SIGMA order %s" % f["purchase_order"])
    amts = {}
    for k in ("total_ht", "total_tva", "total_ttc"):
        if not re.fullmatch(r"-?\d+\.\d\d", f[k]):
            errs.append("bad amount %s=%s" % (k, f[k]))
            return errs
        amts[k] = int(f[k].replace(".", "").replace("-", "")) * (-1 if f[k].startswith("-") else 1)
    if amts["total_ht"] + amts["total_tva"] != amts["total_ttc"]:
        errs.append("HT + TVA != TTC")
    credit = f["document_type"] == "credit_note"
    if any((v > 0) if credit else (v < 0) for v in amts.values()):
        errs.append("sign of totals does not match document type")
    exempt = "261-4-4" in text
    if exempt and (amts["total_tva"] != 0 or amts["total_ht"] != amts["total_ttc"]):
        errs.append("exempt mention but TVA != 0")
    if not exempt and amts["total_tva"] == 0:
        errs.append("no exemption mention but TVA = 0")
    try:
        dt.date.fromisoformat(f["invoice_date"])
    except ValueError:
        errs.append("bad date %s" % f["invoice_date"])
        return errs

    # visibility in pdftotext -layout output
    if f["invoice_number"] not in compact:
        errs.append("invoice number %s not in text" % f["invoice_number"])
    date = dt.date.fromisoformat(f["invoice_date"])
    if not any(c.upper() in upper for c in date_candidates(date)):
        errs.append("date %s not in text" % f["invoice_date"])
    for k in ("total_ht", "total_tva", "total_ttc"):
        if k == "total_tva" and amts[k] == 0 and exempt:
            continue    # "0.00" is implied by the exemption mention (many exempt invoices print no VAT line)
        if not find_amount(flat, amts[k]):
            errs.append("%s %s not in text" % (k, f[k]))
    if f["siret"] not in compact:
        errs.append("SIRET not in text")
    else:
        pat = r"\s?".join(f["siret"])
        m = re.search(pat, flat)
        if not m or "SIRET" not in upper[max(0, m.start() - 250):m.start()]:
            errs.append("SIRET not labelled")
    for k in ("vat_number", "iban", "proforma_number", "purchase_order"):
        if f[k] is not None and f[k] not in compact:
            errs.append("%s %s not in text" % (k, f[k]))
    pos = []
    for x in f["dossiers"]:
        p = compact.find(x)
        if p < 0:
            errs.append("dossier %s not in text" % x)
        pos.append(p)
    if pos != sorted(pos):
        errs.append("dossiers not in order of first appearance")
    if credit and "AVOIR" not in upper:
        errs.append("credit note without 'Avoir'")
    if not credit and not any(w in upper for w in ("FACTURE", "INVOICE", "NOTE D'HONORAIRES")):
        errs.append("invoice without 'Facture'")
    # documents meant to span pages: the totals must be on the last page
    info = manifest.get(os.path.basename(pdf)[:-4])
    pages = pdf_pages(pdf)
    if info and int(info["pages"]) != pages:
        errs.append("page count %d differs from manifest %s" % (pages, info["pages"]))
    if info and info["template"] == "long":
        if pages < 2:
            errs.append("long invoice fits on one page")
        last = norm_text(subprocess.run(["pdftotext", "-layout", "-f", str(pages), "-l", str(pages), pdf, "-"],
                                        capture_output=True, text=True).stdout)
        if not find_amount(re.sub(r"[ \t]+", " ", last), amts["total_ttc"]):
            errs.append("TTC not on the last page")
    return errs


def check(args):
    out = os.path.abspath(args.out)
    manifest = {}
    mpath = os.path.join(out, "MANIFEST.tsv")
    if os.path.exists(mpath):
        lines = open(mpath, encoding="utf-8").read().splitlines()
        keys = lines[0].split("\t")
        for ln in lines[1:]:
            row = dict(zip(keys, ln.split("\t")))
            manifest[row["name"]] = row
    files = sorted(glob.glob(os.path.join(out, "*.truth.json")))
    if not files:
        sys.exit("no *.truth.json in %s" % out)
    failed = 0
    for t in files:
        errs = check_one(t, manifest)
        if errs:
            failed += 1
            for e in errs:
                print("FAIL %s: %s" % (os.path.basename(t), e))
    print("%d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--keep-html", action="store_true", help="keep the NAME.html sources next to the PDFs")
    ap.add_argument("--check", action="store_true", help="verify the truth files against pdftotext -layout")
    args = ap.parse_args()
    if args.check:
        sys.exit(check(args))
    generate(args)


if __name__ == "__main__":
    main()
