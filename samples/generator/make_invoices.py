#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Synthetic French training-organisation invoices for verifact.

Usage:
  /usr/bin/python3 make_invoices.py --out DIR --count N --seed S
  /usr/bin/python3 make_invoices.py --check DIR

Writes DIR/inv-XXX.pdf (born-digital, real text layer) and DIR/inv-XXX.truth.json.
Output is byte-reproducible for a given seed (reportlab invariant mode).
Needs only Debian 12 packages: python3, python3-reportlab, poppler-utils (for --check).
Written for the verifact project.
"""
import argparse
import datetime as dt
import io
import json
import os
import random
import re
import subprocess
import sys
from types import SimpleNamespace as NS

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import Color, black, white  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

NBSP = "\u00a0"     # no-break space
NNBSP = "\u202f"    # narrow no-break space
HS = "\x01"         # internal "hard" space: never wrapped, rendered as ' '
DASH = "\u2013"

# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------


class Fam:
    def __init__(self, key, reg, bold, cmap=None, mono=False):
        self.key, self.reg, self.bold, self.cmap, self.mono = key, reg, bold, cmap, mono

    def clean(self, s):
        s = s.replace(HS, " ")
        if self.cmap is None:            # standard Type1 font (WinAnsi)
            return s.replace(NBSP, " ").replace(NNBSP, " ")
        return "".join(ch if (ord(ch) in self.cmap or ch in " \n") else " " for ch in s)

    def has(self, ch):
        return self.cmap is not None and ord(ch) in self.cmap


class NbspTTFont(TTFont):
    """TTFont that keeps U+00A0 in the text layer.

    reportlab's TTFont.splitString maps U+00A0 to U+0020; real invoices produced by word processors
    carry U+00A0 as thousands separator, so this copy of the method (reportlab 3.6) drops that line."""

    def splitString(self, text, doc, encoding="utf-8"):
        from reportlab.pdfbase import pdfdoc
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable, self)
        curSet, cur, results = -1, [], []
        if not isinstance(text, str):
            text = text.decode("utf-8")
        assignments, subsets = state.assignments, state.subsets
        reserve = rl_config.reserveTTFNotdef
        for code in map(ord, text):
            if code in assignments:
                n = assignments[code]
            else:
                if state.frozen:
                    raise pdfdoc.PDFError("Font %s is frozen, cannot add U+%04X" % (self.fontName, code))
                n = state.nextCode
                if n & 0xFF == 32:
                    if n != 32:
                        subsets[n >> 8].append(32)
                    state.nextCode += 1
                    n = state.nextCode
                if n > 32:
                    if not (n & 0xFF):
                        if reserve:
                            subsets.append([0])
                            state.nextCode += 1
                            n = state.nextCode
                        else:
                            subsets.append([])
                    subsets[n >> 8].append(code)
                else:
                    subsets[0][n] = code
                state.nextCode += 1
                assignments[code] = n
            if (n >> 8) != curSet:
                if cur:
                    results.append((curSet, bytes(cur)))
                curSet = n >> 8
                cur = []
            cur.append(n & 0xFF)
        if cur:
            results.append((curSet, bytes(cur)))
        return results


FAMILIES = [Fam("Helvetica", "Helvetica", "Helvetica-Bold"),
            Fam("Times", "Times-Roman", "Times-Bold"),
            Fam("Courier", "Courier", "Courier-Bold", mono=True)]
_TTF = [("DejaVuSans", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", False),
        ("LiberationSerif", "liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf", False),
        ("LiberationSans", "liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf", False),
        ("FreeSans", "freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf", False),
        ("DejaVuSansMono", "dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", True),
        ("LiberationMono", "liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf", True)]
for _key, _reg, _bold, _mono in _TTF:
    _rp = "/usr/share/fonts/truetype/" + _reg
    _bp = "/usr/share/fonts/truetype/" + _bold
    if not os.path.exists(_rp):
        continue
    try:
        _f = NbspTTFont(_key, _rp)
        pdfmetrics.registerFont(_f)
        _bname = _key
        if os.path.exists(_bp):
            pdfmetrics.registerFont(NbspTTFont(_key + "-Bold", _bp))
            _bname = _key + "-Bold"
        FAMILIES.append(Fam(_key, _key, _bname, set(_f.face.charToGlyph), _mono))
    except Exception:  # pragma: no cover - broken font file
        pass
PROP_FAMS = [f for f in FAMILIES if not f.mono]
MONO_FAMS = [f for f in FAMILIES if f.mono]

GREY = Color(0.35, 0.35, 0.35)
FILLS = [Color(0.88, 0.88, 0.88), Color(0.85, 0.9, 0.97), Color(0.93, 0.95, 0.88), Color(0.97, 0.92, 0.86)]
DARKS = [Color(0.1, 0.2, 0.45), Color(0.15, 0.15, 0.15), Color(0.45, 0.1, 0.1), Color(0.05, 0.35, 0.3)]

# --------------------------------------------------------------------------
# Identifiers with checksums
# --------------------------------------------------------------------------


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_siret(r):
    siren = luhn_complete(str(r.randint(3, 9)) + digits(r, 7))
    nic4 = "%04d" % r.choice([1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 21, 25, 34, 42, 57])
    siret = luhn_complete(siren + nic4)
    return siren, siret


def vat_of(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def gen_iban(r, bank):
    branch = digits(r, 5)
    account = digits(r, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = "%s%s%s%02d" % (bank, branch, account, key)
    chk = 98 - int(bban + "152700") % 97
    iban = "FR%02d%s" % (chk, bban)
    assert iban_ok(iban)
    return iban, branch, account, key


# --------------------------------------------------------------------------
# Content pools
# --------------------------------------------------------------------------
CITIES = [("75011", "Paris", "11"), ("75008", "Paris", "11"), ("75015", "Paris", "11"), ("75019", "Paris", "11"),
          ("69003", "Lyon", "84"), ("69007", "Lyon", "84"), ("13008", "Marseille", "93"), ("31000", "Toulouse", "76"),
          ("33000", "Bordeaux", "75"), ("44000", "Nantes", "52"), ("59000", "Lille", "32"),
          ("67000", "Strasbourg", "44"), ("35000", "Rennes", "53"), ("34000", "Montpellier", "76"),
          ("06000", "Nice", "93"), ("38000", "Grenoble", "84"), ("21000", "Dijon", "27"), ("37000", "Tours", "24"),
          ("49000", "Angers", "52"), ("76000", "Rouen", "28"), ("51100", "Reims", "44"),
          ("63000", "Clermont-Ferrand", "84"), ("87000", "Limoges", "75"), ("29200", "Brest", "53"),
          ("72000", "Le Mans", "52"), ("80000", "Amiens", "32"), ("45000", "Orléans", "24"), ("57000", "Metz", "44"),
          ("54000", "Nancy", "44"), ("25000", "Besançon", "27"), ("64000", "Pau", "75"), ("66000", "Perpignan", "76"),
          ("86000", "Poitiers", "75"), ("14000", "Caen", "28"), ("92100", "Boulogne-Billancourt", "11"),
          ("93200", "Saint-Denis", "11"), ("94000", "Créteil", "11"), ("69100", "Villeurbanne", "84"),
          ("42000", "Saint-Étienne", "84"), ("74000", "Annecy", "84"), ("83000", "Toulon", "93"),
          ("84000", "Avignon", "93"), ("30000", "Nîmes", "76"), ("17000", "La Rochelle", "75"),
          ("56100", "Lorient", "53"), ("68100", "Mulhouse", "44"), ("60200", "Compiègne", "32"), ("62000", "Arras", "32")]
REGIONS = {"11": "Île-de-France", "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d'Azur",
           "76": "Occitanie", "75": "Nouvelle-Aquitaine", "52": "Pays de la Loire", "32": "Hauts-de-France",
           "44": "Grand Est", "53": "Bretagne", "27": "Bourgogne-Franche-Comté", "24": "Centre-Val de Loire",
           "28": "Normandie"}
PHONE_PREFIX = {"11": "1", "84": "4", "93": "4", "76": "5", "75": "5", "52": "2", "32": "3", "44": "3",
                "53": "2", "27": "3", "24": "2", "28": "2"}
STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "place", "allée", "chemin", "impasse", "quai", "cours"]
STREET_NAMES = ["de la République", "Victor Hugo", "Jean Jaurès", "des Lilas", "du Général de Gaulle", "Pasteur",
                "de la Gare", "des Tanneurs", "Gambetta", "Émile Zola", "du Commerce", "de l'Industrie",
                "des Frères Lumière", "Paul Bert", "Carnot", "Voltaire", "Saint-Martin", "des Artisans",
                "du Moulin", "de Verdun", "Jules Ferry", "de la Liberté", "des Écoles", "Denis Papin",
                "Marcel Dassault", "du 8 Mai 1945", "Anatole France", "de Bretagne", "des Peupliers"]
ADDR_EXTRA = ["Bâtiment B", "ZA des Plaines", "CS 30012", "BP 124", "3e étage", "Parc d'activités du Golf",
              "Immeuble Le Mercure", "ZI Nord", "Espace Entreprises", "Hall A"]
SELLER_NAMES = ["Institut Formation Conseil", "CFA des Métiers du Bâtiment", "Atelier Compétences Pro", "Formasud",
                "Horizon Formation", "Centre de Formation Prévention Sécurité", "Campus Numérique Rhône",
                "Académie des Métiers de Bouche", "Cap Sécurité Formation", "Bureautique Plus Formation",
                "Trajectoires RH", "Logistique Formation Ouest", "AFC Conseil & Formation", "Alpha Compétences",
                "Les Ateliers du Savoir", "Prévention Santé Travail Formation", "Langues & Co",
                "Institut Régional du Transport", "Forma'Clés", "Numéria Formation",
                "CFA Hôtellerie Restauration Atlantique", "Sud Habilitations", "Efficience Management",
                "Arc-en-Ciel Formations", "Pôle Formation Industrie", "École de Conduite Routière Pro",
                "Sécurité Plus Formation", "Compétences & Territoires", "Éveil Formation", "Dynamique Emploi Formation"]
TAGLINES = ["Organisme de formation professionnelle", "Formation continue des adultes", "Centre de formation agréé",
            "Conseil - Formation - Accompagnement", "Organisme certifié Qualiopi", "Formations inter et intra-entreprises"]
BUYER_NAMES = ["Boulangerie Martin", "Transports Giraud et Fils", "Menuiserie Lefèvre", "Clinique des Lilas",
               "Garage du Centre", "Hôtel Le Relais Saint-Jacques", "Propreté Services 69", "Restaurant La Bonne Table",
               "Durand Électricité", "Société Nouvelle des Transports Rapides", "EHPAD Les Jardins d'Automne",
               "Manutention Express", "Pharmacie Centrale", "Cabinet Rousseau Expertise",
               "Sécurité Gardiennage Provence", "Intérim Plus", "Maçonnerie Da Silva", "Atelier Mécanique Précision",
               "Supermarché Proxi Vals", "Laboratoire Bioanalyse", "Logistique du Grand Ouest", "Nettoyage Industriel 44",
               "Brasserie du Port", "Charpentes Moreau", "Ambulances Saint-Roch", "Plomberie Chauffage Robin",
               "Entrepôts Frigorifiques de l'Est", "Crèche Les Petits Loups", "Imprimerie Nouvelle", "Paysages & Jardins"]
BUYER_FORMS = ["SARL", "SAS", "SA", "EURL", "SASU", ""]
FIRST = ["Marie", "Nathalie", "Sophie", "Isabelle", "Karim", "Thomas", "Nicolas", "Julien", "Sandrine", "Céline",
         "Mohamed", "Kevin", "Laura", "Camille", "Léa", "Hugo", "Lucas", "Manon", "Inès", "Yanis", "Fatima",
         "Jean-Pierre", "Philippe", "Christophe", "Émilie", "Aurélie", "Sébastien", "Stéphane", "Valérie", "Amandine",
         "Mathieu", "Pauline", "Rachid", "Sarah", "Anthony", "Jérôme", "Chloé", "David", "Éric", "Florence", "Gaëlle",
         "Loïc", "Noémie", "Cédric", "Hélène", "Franck", "Nadia", "Dylan", "Océane", "Bruno"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
        "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Perrin", "Morin", "Mathieu", "Clément",
        "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Benali", "Nguyen", "Diallo",
        "Da Silva", "Haddad", "Traoré", "Ferreira", "Kaya", "Le Goff", "Caron", "Lemoine"]
COURSES = [  # title, days, price per trainee (EUR), code
    ("Habilitation électrique B1V - BR", 2, (320, 480), "HAB-B1V"),
    ("Habilitation électrique H0B0 - BS", 1, (150, 250), "HAB-H0"),
    ("CACES R489 - Chariots élévateurs cat. 1A, 3, 5", 3, (650, 950), "CAC-489"),
    ("CACES R486 - PEMP catégories A et B", 2, (550, 800), "CAC-486"),
    ("Sauveteur Secouriste du Travail (SST)", 2, (180, 290), "SST"),
    ("MAC SST - Maintien et actualisation des compétences", 1, (110, 170), "MAC-SST"),
    ("Excel perfectionnement", 2, (390, 690), "BUR-XL2"),
    ("Word initiation", 1, (190, 350), "BUR-WD1"),
    ("Anglais professionnel - niveau B1", 5, (900, 1800), "LNG-ANG"),
    ("Management d'équipe - les fondamentaux", 3, (890, 1450), "MGT-01"),
    ("Gestes et postures - Prévention des TMS", 1, (140, 260), "PRV-GP"),
    ("Hygiène alimentaire HACCP en restauration commerciale", 2, (290, 450), "HYG-HACCP"),
    ("FIMO Transport de marchandises", 20, (1900, 2600), "FIMO-M"),
    ("FCO Transport de voyageurs", 5, (700, 950), "FCO-V"),
    ("Équipier de première intervention (EPI) - Incendie", 1, (120, 220), "INC-EPI"),
    ("Soudure TIG - initiation", 5, (1500, 2300), "SOU-TIG"),
    ("Comptabilité générale - niveau 1", 3, (750, 1100), "CPT-01"),
    ("Accueil téléphonique et relation client", 2, (450, 790), "COM-ACC"),
    ("Travail en hauteur - port du harnais", 1, (180, 320), "PRV-HAU"),
    ("AIPR Opérateur - préparation et examen QCM", 1, (150, 260), "AIPR-OP"),
    ("Certificat CléA - socle de compétences", 10, (1200, 2400), "CLEA"),
    ("Conduite de l'entretien professionnel", 1, (350, 590), "RH-EP"),
    ("RGPD et sécurité des données personnelles", 1, (390, 690), "NUM-RGPD"),
    ("Titre professionnel Agent de propreté et d'hygiène", 15, (2800, 4200), "TP-APH"),
    ("Permis CE - Super lourd", 10, (2400, 3200), "PERM-CE"),
    ("Habilitation BR photovoltaïque", 3, (900, 1300), "HAB-PV"),
    ("Prise de parole en public", 2, (690, 990), "COM-PPP"),
    ("AutoCAD 2D - initiation", 3, (990, 1490), "CAO-2D"),
]
EXTRAS = [("Frais de déplacement du formateur", (45, 380), False), ("Supports pédagogiques", (15, 60), True),
          ("Frais d'examen et de certification", (50, 150), True), ("Repas des stagiaires", (12, 25), True),
          ("Location de salle", (150, 450), False), ("Frais de dossier", (30, 90), False),
          ("Frais d'hébergement du formateur", (70, 160), False)]
BANKS = [("30004", "BNPAFRPPXXX", "BNP Paribas"), ("30003", "SOGEFRPP", "Société Générale"),
         ("30002", "CRLYFRPP", "LCL"), ("10107", "BREDFRPPXXX", "BRED Banque Populaire"),
         ("30066", "CMCIFRPP", "CIC"), ("20041", "PSSTFRPPLYO", "La Banque Postale"),
         ("10278", "CMCIFR2A", "Crédit Mutuel"), ("11315", "CEPAFRPP131", "Caisse d'Epargne"),
         ("16606", "AGRIFRPP866", "Crédit Agricole Normandie"), ("13906", "AGRIFRPP839", "Crédit Agricole Centre-Est"),
         ("18206", "AGRIFRPP882", "Crédit Agricole Île-de-France"), ("42559", "CCOPFRPPXXX", "Crédit Coopératif")]
AKTO_ADDR = [("AKTO", ["Direction régionale Île-de-France", "14 rue Riquet"], "75940", "Paris Cedex 19"),
             ("AKTO", ["Délégation Auvergne-Rhône-Alpes", "Immeuble Le Quadrille", "19 rue Jacqueline Auriol"],
              "69008", "Lyon"),
             ("AKTO", ["Service Gestion des dossiers", "14 rue Riquet"], "75940", "Paris Cedex 19"),
             ("AKTO Occitanie", ["Le Sully", "1 place Alfonse Jourdain"], "31000", "Toulouse"),
             ("AKTO Hauts-de-France", ["Parc Euralille", "180 avenue Willy Brandt"], "59000", "Lille")]
OTHER_OPCO = [("OPCO EP", ["Service prise en charge", "10 avenue de la Liberté"], "75010", "Paris"),
              ("Constructys", ["32 rue René Boulanger"], "75010", "Paris"),
              ("OPCO Mobilités", ["9 rue de l'Isly"], "75008", "Paris"),
              ("Uniformation", ["43 boulevard Diderot"], "75012", "Paris")]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EXEMPT_MENTIONS = ["Exonération de TVA - article 261-4-4° a du CGI", "TVA non applicable, art. 261-4-4°a du CGI"]
LAYOUTS = ["classic", "meta_table", "right_box", "title_number", "letter", "compact_footer", "multipage",
           "landscape", "avoir", "grid_form", "erp_mono", "bilingual"]

# --------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------


def cents_str(c):
    return ("-" if c < 0 else "") + "%d.%02d" % divmod(abs(c), 100)


def group3(ds):
    groups = []
    while len(ds) > 3:
        groups.insert(0, ds[-3:])
        ds = ds[:-3]
    groups.insert(0, ds)
    return groups


def fmt_amount(c, st, cur=None):
    neg = c < 0
    e, cc = divmod(abs(c), 100)
    g = group3(str(e))
    k = st.amt_kind
    if k == "en":
        s = ",".join(g) + ".%02d" % cc
    elif k == "dot":
        s = ".".join(g) + ",%02d" % cc
    elif k == "plain":
        s = "".join(g) + ",%02d" % cc
    else:
        s = st.thou.join(g) + ",%02d" % cc
    if neg:
        s = "-" + s
    cur = st.cur if cur is None else cur
    if cur == "pre":
        return "€" + HS + s
    if cur:
        return s + st.cur_sep + cur
    return s


def amt(c, st):            # totals / important amounts
    return fmt_amount(c, st, st.cur)


def amt_l(c, st):          # line amounts
    return fmt_amount(c, st, st.cur_line)


def fmt_date(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MONTHS[d.month - 1], d.year)
    if style == "abbr":
        return "%d %s %d" % (d.day, MONTHS_ABBR[d.month - 1], d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return d.isoformat()
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    raise ValueError(style)


def fd(d, st):
    return fmt_date(d, st.date_style)


def fd_other(d, st):      # distractor dates: mostly same style as the invoice date
    return fmt_date(d, st.date_style2)


def fmt_siret(s, st):
    if st.siret_style == "grouped":
        return HS.join([s[0:3], s[3:6], s[6:9], s[9:]])
    if st.siret_style == "siren_nic":
        return s[:9] + HS + s[9:]
    return s


def fmt_siren(s):
    return HS.join([s[0:3], s[3:6], s[6:9]])


def fmt_vat(v, st):
    if st.vat_style == "sp2":
        return v[:2] + HS + v[2:4] + HS + v[4:]
    if st.vat_style == "spall":
        return v[:2] + HS + v[2:4] + HS + fmt_siren(v[4:])
    if st.vat_style == "sp1":
        return v[:4] + HS + fmt_siren(v[4:])
    return v


def fmt_iban(v, st):
    if st.iban_style == "groups":
        return HS.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def fmt_nda(n):
    return HS.join([n[0:2], n[2:4], n[4:9], n[9:11]])


def fmt_qty(q2, st):
    q, half = divmod(q2, 2)
    if st.amt_kind == "en":
        return "%d.50" % q if half else ("%d.00" % q if st.qty_dec else str(q))
    if half:
        return "%d,5" % q if not st.qty_dec else "%d,50" % q
    return "%d,00" % q if st.qty_dec else str(q)


def fmt_phone(num, style):
    d = num  # 10 digits starting with 0
    if style == 0:
        return HS.join(d[i:i + 2] for i in range(0, 10, 2))
    if style == 1:
        return ".".join(d[i:i + 2] for i in range(0, 10, 2))
    if style == 2:
        return "+33" + HS + d[1] + HS + HS.join(d[i:i + 2] for i in range(2, 10, 2))
    return d


def slug(name):
    s = name.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("à", "a"), ("â", "a"), ("ô", "o"), ("î", "i"),
                 ("ï", "i"), ("ç", "c"), ("û", "u"), ("ù", "u"), ("'", ""), ("&", ""), ("œ", "oe")):
        s = s.replace(a, b)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ("des", "du", "de", "la", "le", "les", "et")]
    if len(words) > 2:
        return "".join(w[0] for w in words) + "-formation"
    return "-".join(words)


# --------------------------------------------------------------------------
# Document data
# --------------------------------------------------------------------------


def rand_date(r, a, b):
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def workday(d, back=False):
    while d.weekday() >= 5:
        d += dt.timedelta(days=-1 if back else 1)
    return d


def person(r, civ=True):
    first, last = r.choice(FIRST), r.choice(LAST)
    if civ:
        fem = first in ("Marie", "Nathalie", "Sophie", "Isabelle", "Sandrine", "Céline", "Laura", "Camille", "Léa",
                        "Manon", "Inès", "Fatima", "Émilie", "Aurélie", "Valérie", "Amandine", "Pauline", "Sarah",
                        "Chloé", "Florence", "Gaëlle", "Noémie", "Hélène", "Nadia", "Océane")
        return ("Mme " if fem else "M. ") + first + " " + last.upper()
    return first + " " + last


def street(r):
    return "%d%s %s %s" % (r.randint(1, 180), r.choice(["", "", "", "", " bis", " ter"]), r.choice(STREET_TYPES),
                           r.choice(STREET_NAMES))


def gen_seller(r):
    s = NS()
    s.name = r.choice(SELLER_NAMES)
    s.form = r.choice(["SAS", "SAS", "SARL", "SARL", "Association", "EURL", "SA", "SCOP SARL"])
    s.capital = None if s.form == "Association" else r.choice([1000, 5000, 7500, 8000, 10000, 15000, 20000, 37000,
                                                               50000, 100000, 152449])
    s.cp, s.city, s.region = r.choice(CITIES)
    s.addr = [street(r)] + ([r.choice(ADDR_EXTRA)] if r.random() < 0.3 else [])
    s.siren, s.siret = gen_siret(r)
    s.vat = vat_of(s.siren)
    s.ape = r.choice(["8559A", "8559A", "8559A", "8559B", "8532Z", "8553Z", "7022Z"])
    dep = s.cp[:2]
    s.nda = s.region + dep + digits(r, 5) + dep
    s.phone = "0" + PHONE_PREFIX[s.region] + digits(r, 8)
    s.slug = slug(s.name)
    s.email = r.choice(["contact", "facturation", "compta", "formation", "administratif"]) + "@" + s.slug + ".fr"
    s.web = "www." + s.slug + ".fr"
    bank = r.choice(BANKS)
    s.iban, s.branch, s.account, s.ribkey = gen_iban(r, bank[0])
    s.bank_code, s.bic, s.bank = bank
    s.tagline = r.choice(TAGLINES)
    s.signer = person(r, civ=False)
    s.signer_title = r.choice(["Directrice", "Directeur", "Gérant", "Responsable administrative",
                               "Responsable pédagogique", "Président"])
    return s


def gen_company(r):
    b = NS()
    b.name = r.choice(BUYER_NAMES)
    form = r.choice(BUYER_FORMS)
    b.display = (b.name + " " + form).strip() if r.random() < 0.6 else (form + " " + b.name).strip()
    b.cp, b.city, _reg = r.choice(CITIES)
    b.addr = [street(r)] + ([r.choice(ADDR_EXTRA)] if r.random() < 0.25 else [])
    b.siren, b.siret = gen_siret(r)
    b.vat = vat_of(b.siren)
    b.attn = person(r)
    b.client_no = r.choice(["C%06d" % r.randint(1, 9999), "CL-%04d" % r.randint(1, 9999),
                            "411" + slug(b.name).replace("-", "")[:6].upper(), "%05d" % r.randint(100, 99999)])
    return b


def gen_dossier(r, when, kind):
    yymm = when.strftime("%y%m")
    if kind == "dca":
        return "%sDCA%05d" % (yymm, r.randint(0, 99999))
    return "%s%s%06d" % (yymm, r.choice(["AF", "CA", "PA", "PR", "AP"]), r.randint(0, 999999))


def gen_number(r, d, credit):
    y, yy, mm = d.year, d.strftime("%y"), d.strftime("%m")
    n = r.randint(1, 999)
    if credit:
        return r.choice(["AV-%d-%03d" % (y, r.randint(1, 60)), "AV%s%04d" % (yy, r.randint(1, 200)),
                         "A%d-%02d" % (y, r.randint(1, 60)), "AVO-%05d" % r.randint(1, 3000),
                         "%d-AV%03d" % (y, r.randint(1, 90))])
    return r.choice(["FA-%d-%04d" % (y, n), "F%d-%03d" % (y, n), "%d/%04d" % (y, n), "FAC%s%04d" % (yy, n),
                     "%d-%03d" % (y, n), "INV-%05d" % r.randint(1, 99999), "%06d" % r.randint(1, 99999),
                     "F%s%s-%03d" % (yy, mm, r.randint(1, 300)), "FC%s%05d" % (yy, r.randint(1, 20000))])


def gen_doc(r, layout):
    d = NS(layout=layout)
    d.credit = layout == "avoir" or (layout in ("classic", "compact_footer", "title_number", "grid_form")
                                     and r.random() < 0.12)
    d.seller = gen_seller(r)
    d.company = gen_company(r)
    d.date = workday(rand_date(r, dt.date(2021, 1, 11), dt.date(2025, 12, 19)))
    course = r.choice(COURSES)
    d.course = course
    days = course[1]
    span = days - 1 if days <= 5 else int(days * 7 / 5) + r.randint(0, 10)
    if r.random() < 0.88:
        d.end = workday(d.date - dt.timedelta(days=r.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45])), back=True)
    else:   # invoiced at the start of a long session
        d.end = d.date + dt.timedelta(days=span)
    d.start = workday(d.end - dt.timedelta(days=span))
    d.conv_date = workday(d.start - dt.timedelta(days=r.randint(7, 60)), back=True)
    d.due = d.date + dt.timedelta(days=r.choice([30, 30, 30, 45, 60, 15]))
    d.order_date = d.conv_date - dt.timedelta(days=r.randint(0, 10))
    d.city_train = d.seller.city if r.random() < 0.7 else d.company.city

    # payer / dossiers
    d.dossier_mode = r.choices(["none", "single", "multi"], [40, 35, 25])[0]
    multipage = layout == "multipage"
    if multipage and d.dossier_mode == "none" and r.random() < 0.5:
        d.dossier_mode = "multi"
    kind = "dca" if (d.start.year <= 2022 and r.random() < 0.3) else "akto"
    if d.dossier_mode != "none":
        d.payer = "akto" if r.random() < 0.6 else "company"
    else:
        d.payer = "opco" if r.random() < 0.12 else "company"
    d.opco = r.choice(AKTO_ADDR) if d.payer == "akto" else r.choice(OTHER_OPCO)

    # lines
    if multipage:
        mode = r.choice(["trainees", "trainees", "sessions"])
    else:
        mode = r.choices(["trainees", "hours", "days", "forfait", "multi_course"], [40, 20, 15, 10, 15])[0]
    d.mode = mode
    lines = []
    unit_price = r.randint(*course[2]) // 5 * 5 * 100 + r.choice([0, 0, 0, 50])
    if mode == "trainees":
        n = r.randint(45, 85) if multipage else r.choices([1, 2, 3, 4, 5, 6, 8], [25, 20, 15, 12, 10, 10, 8])[0]
        for _ in range(n):
            lines.append(NS(kind="trainee", title=course[0], code=course[3], trainee=person(r, civ=r.random() < 0.5),
                            q2=2, unit=unit_price, ulabel="pers.", start=d.start, end=d.end))
    elif mode == "sessions":
        n = r.randint(40, 70)
        t = d.start
        for _ in range(n):
            c = r.choice(COURSES[:12])
            up = r.randint(*c[2]) // 5 * 500
            e = t + dt.timedelta(days=c[1] - 1)
            lines.append(NS(kind="session", title=c[0], code=c[3], trainee=person(r, civ=False), q2=2, unit=up,
                            ulabel="pers.", start=t, end=e))
            t = workday(t + dt.timedelta(days=r.randint(0, 2)))
        d.end = max(l.end for l in lines)
        if d.end >= d.date:
            d.date = workday(d.end + dt.timedelta(days=r.randint(1, 12)))
            d.due = d.date + dt.timedelta(days=30)
    elif mode == "hours":
        h = days * 7
        rate = r.randint(28, 95) * 100
        ntr = r.randint(1, 4)
        for _ in range(ntr):
            lines.append(NS(kind="hours", title=course[0], code=course[3], trainee=person(r, civ=False), q2=2 * h,
                            unit=rate, ulabel="h", start=d.start, end=d.end))
    elif mode == "days":
        rate = r.randint(75, 160) * 1000
        q2 = days * 2 if r.random() < 0.8 else days * 2 - 1
        lines.append(NS(kind="days", title=course[0] + " (intra-entreprise)", code=course[3], trainee=None, q2=q2,
                        unit=rate, ulabel="jour", start=d.start, end=d.end, ntr=r.randint(4, 10)))
    elif mode == "forfait":
        lines.append(NS(kind="forfait", title="Forfait formation intra-entreprise : " + course[0], code=course[3],
                        trainee=None, q2=2, unit=r.randint(12, 60) * 10000, ulabel="forfait", start=d.start,
                        end=d.end, ntr=r.randint(4, 12)))
    else:
        cs = r.sample(COURSES, r.randint(2, 4))
        t = d.start
        for c in cs:
            e = t + dt.timedelta(days=c[1] - 1 if c[1] <= 5 else c[1] + 4)
            up = r.randint(*c[2]) // 5 * 500
            ntr = r.randint(1, 6)
            lines.append(NS(kind="course", title=c[0], code=c[3], trainee=None, q2=2 * ntr, unit=up, ulabel="pers.",
                            start=t, end=e))
            t = workday(e + dt.timedelta(days=r.randint(1, 10)))
        d.start = min(l.start for l in lines)
        d.end = max(l.end for l in lines)
        if d.end >= d.date:
            d.date = workday(d.end + dt.timedelta(days=r.randint(1, 20)))
            d.due = d.date + dt.timedelta(days=30)
    # dossiers on training lines
    if d.dossier_mode != "none":
        base = d.conv_date
        if d.dossier_mode == "single":
            dos = gen_dossier(r, base, kind)
            for l in lines:
                l.dossier = dos
        else:
            if len(lines) == 1:   # split the line so that several dossiers make sense
                l0 = lines[0]
                l0.q2 = 2
                l0.kind = "trainee"
                l0.ulabel = "pers."
                if l0.unit > 200000:
                    l0.unit = r.randint(*course[2]) // 5 * 500
                l0.trainee = person(r, civ=False)
                for _ in range(r.randint(1, 3)):
                    lines.append(NS(**dict(vars(l0), trainee=person(r, civ=False))))
            k = r.randint(2, min(4, len(lines))) if not multipage else r.randint(6, 20)
            pool = [gen_dossier(r, base - dt.timedelta(days=r.randint(0, 20)), kind) for _ in range(k)]
            # consecutive blocks: several trainees may share a dossier
            cuts = sorted(r.sample(range(1, len(lines)), k - 1)) if len(lines) > k else list(range(1, k))
            bi = 0
            for i, l in enumerate(lines):
                while bi < len(cuts) and i >= cuts[bi]:
                    bi += 1
                l.dossier = pool[min(bi, k - 1)]
    for l in lines:
        if not hasattr(l, "dossier"):
            l.dossier = None
    # extras
    if not multipage and r.random() < 0.4:
        for ex in r.sample(EXTRAS, r.randint(1, 2)):
            ntr = sum(l.q2 // 2 for l in lines if l.kind in ("trainee", "course")) or 1
            per = ex[2]
            q2 = 2 * (ntr if per else 1)
            lines.append(NS(kind="extra", title=ex[0], code="FRAIS", trainee=None, q2=q2,
                            unit=r.randint(*ex[1]) * 100, ulabel="u", start=None, end=None, dossier=None))
    for l in lines:
        if l.q2 % 2:
            l.unit -= l.unit % 2
        l.total = l.q2 * l.unit // 2
    if not multipage and not d.credit and r.random() < 0.08:
        sub = sum(l.total for l in lines)
        pct = r.choice([5, 10, 15])
        disc = -(sub * pct // 100)
        lines.append(NS(kind="discount", title="Remise commerciale %d %%" % pct, code="REM", trainee=None, q2=2,
                        unit=disc, ulabel="", start=None, end=None, dossier=None, total=disc))
    if d.credit:
        keep = lines[:r.randint(1, min(3, len(lines)))] if r.random() < 0.6 else lines
        lines = keep
        for l in lines:
            l.unit = -l.unit
            l.total = -l.total
    d.lines = lines
    d.dossiers = []
    for l in lines:
        if l.dossier and l.dossier not in d.dossiers:
            d.dossiers.append(l.dossier)

    # VAT
    d.rate = 20 if r.random() < 0.45 else 0
    d.ht = sum(l.total for l in lines)
    sign = -1 if d.ht < 0 else 1
    d.tva = sign * ((abs(d.ht) * d.rate + 50) // 100)
    d.ttc = d.ht + d.tva
    d.deposit = 0
    if not d.credit and r.random() < 0.13:
        d.deposit = (d.ttc * r.choice([20, 30, 40, 50]) // 100) // 100 * 100
        d.deposit_date = d.conv_date + dt.timedelta(days=r.randint(1, 10))
    d.show_vat = r.random() < (0.8 if d.rate else 0.5)
    d.show_iban = r.random() < 0.75
    d.proforma = "PRO-%08d" % r.randint(100000, 9999999) if r.random() < (0.35 if d.payer == "akto" else 0.12) else None
    d.po = ("%sC%08d_%d" % (d.date.strftime("%y"), r.randint(100000, 9999999), r.randint(1, 4))
            if r.random() < (0.4 if d.payer == "akto" else 0.1) else None)
    d.number = gen_number(r, d.date, d.credit)
    if d.credit:
        d.ref_date = workday(d.date - dt.timedelta(days=r.randint(5, 90)), back=True)
        d.ref_number = gen_number(r, d.ref_date, False)
    d.quote = r.choice(["D-%d-%03d" % (d.conv_date.year, r.randint(1, 400)), "DEV%d-%04d" % (d.conv_date.year,
                                                                                          r.randint(1, 3000)),
                        "Devis %s" % digits(r, 6)]).replace("Devis ", "") if r.random() < 0.3 else None
    d.order = ("45%08d" % r.randint(0, 99999999)) if r.random() < 0.18 else None
    d.convention = ("CONV-%d-%03d" % (d.conv_date.year, r.randint(1, 500))) if r.random() < 0.2 else None
    return d


def truth_of(d, fname):
    return {"file": fname, "layout": d.layout, "fields": {
        "invoice_number": d.number,
        "invoice_date": d.date.isoformat(),
        "total_ht": cents_str(d.ht),
        "total_tva": cents_str(d.tva),
        "total_ttc": cents_str(d.ttc),
        "siret": d.seller.siret,
        "vat_number": d.seller.vat if d.show_vat else None,
        "iban": d.seller.iban if d.show_iban else None,
        "dossiers": list(d.dossiers),
        "proforma_number": d.proforma,
        "purchase_order": d.po,
        "document_type": "credit_note" if d.credit else "invoice"}}


# --------------------------------------------------------------------------
# Style (all presentation choices)
# --------------------------------------------------------------------------


def gen_style(r, d):
    st = NS()
    lay = d.layout
    if lay == "erp_mono":
        st.fam = r.choice(MONO_FAMS)
    else:
        st.fam = r.choice(PROP_FAMS + [FAMILIES[0], FAMILIES[1]])
    st.size = r.choice([8.5, 9, 9, 9.5, 10]) if lay != "compact_footer" else r.choice([7.5, 8, 8.5])
    st.date_style = r.choices(["slash", "long", "abbr", "dot", "iso", "slash2"], [42, 22, 8, 12, 10, 6])[0]
    st.date_style2 = st.date_style if r.random() < 0.75 else r.choice(["slash", "long", "dot"])
    if st.date_style2 == "slash2" and r.random() < 0.5:
        st.date_style2 = "slash"
    st.amt_kind = r.choices(["space", "plain", "dot", "en"], [52, 25, 20, 3])[0]
    if lay == "bilingual" and r.random() < 0.5:
        st.amt_kind = "en"
    seps = [HS] + [c for c in (NBSP, NNBSP) if st.fam.has(c)]
    st.thou = r.choice(seps)
    st.cur = r.choice(["€", "€", "€", "EUR", "", "pre"])
    if st.amt_kind == "en" and st.cur == "€":
        st.cur = r.choice(["EUR", "pre"])
    st.cur_line = r.choice(["", "", st.cur])
    st.cur_sep = NBSP if (st.fam.has(NBSP) and r.random() < 0.4) else HS
    st.qty_dec = r.random() < 0.35
    st.siret_style = r.choice(["grouped", "grouped", "compact", "siren_nic"])
    st.vat_style = r.choice(["compact", "compact", "sp2", "spall", "sp1"])
    st.iban_style = r.choice(["groups", "groups", "groups", "compact"])
    st.phone_style = r.randint(0, 3)
    st.grid = r.choice(["full", "h", "box", "none", "h"])
    st.fill = r.choice(FILLS + [None])
    st.dark = r.choice(DARKS)
    st.colon = r.choice([" :", " :", ":"] + ([NBSP + ":"] if st.fam.has(NBSP) else []))
    st.bold_labels = r.random() < 0.5
    st.rate_txt = r.choice(["20 %", "20%", "20,00 %", "20" + NBSP + "%" if st.fam.has(NBSP) else "20 %"])
    st.page_numbers = r.random() < 0.6
    # where the identifiers live
    st.siret_place = r.choice(["header", "footer", "footer"])
    st.vat_place = r.choice([st.siret_place, st.siret_place, "footer", "header"])
    st.nda_place = r.choice(["header", "footer", "footer", "tail"])
    st.iban_place = r.choice(["tail", "tail", "footer", "box"])
    st.exempt_place = r.choice(["tail", "totals", "footer"])
    st.dossier_place = r.choice(["meta", "meta", "desc", "column", "meta+desc"])
    if lay in ("letter", "erp_mono") and st.dossier_place == "column":
        st.dossier_place = "desc"
    if lay == "multipage" and r.random() < 0.6:
        st.dossier_place = "column"
    st.refs_place = r.choice(["meta", "meta", "meta", "line"])   # pro forma / PO
    st.buyer_ids = r.random() < 0.55
    st.buyer_vat = r.random() < 0.2
    # labels
    L = {}
    if d.credit:
        L["num"] = r.choice(["Avoir n°", "N° d'avoir", "Avoir N°", "Numéro d'avoir", "Facture d'avoir n°"])
        L["date"] = r.choice(["Date", "Date de l'avoir", "Date d'émission", "Émis le", "Date avoir"])
        L["title"] = r.choice(["AVOIR", "AVOIR", "FACTURE D'AVOIR", "Avoir"])
    else:
        L["num"] = r.choices(["Facture n°", "Facture N°", "N° de facture", "Numéro de facture", "Réf. facture",
                              "N° facture", "Invoice no."], [22, 18, 18, 14, 8, 16, 2])[0]
        L["date"] = r.choice(["Date", "Date de facture", "Date d'émission", "Émise le", "Facturé le",
                              "Date facture", "Date de facturation"])
        L["title"] = r.choice(["FACTURE", "FACTURE", "Facture", "FACTURE"])
    L["due"] = r.choice(["Échéance", "Date d'échéance", "À régler avant le", "Date limite de paiement",
                         "Payable avant le"])
    L["client"] = r.choice(["N° client", "Code client", "Réf. client", "Client n°", "Compte client"])
    L["quote"] = r.choice(["Devis n°", "Réf. devis", "N° de devis", "Selon devis"])
    L["order"] = r.choice(["Votre commande n°", "Commande n°", "Réf. commande client", "Votre réf."])
    L["order_date"] = r.choice(["Date de commande", "Commande du", "Date commande"])
    L["conv"] = r.choice(["Convention n°", "Convention de formation n°", "Réf. convention"])
    L["conv_date"] = r.choice(["Convention signée le", "Date de convention", "Date convention"])
    L["period"] = r.choice(["Période de formation", "Période", "Dates de formation", "Session", "Formation du"])
    L["proforma"] = r.choice(["Pro forma n°", "Réf. pro forma", "Facture pro forma", "N° pro forma"])
    L["po"] = r.choice(["Bon de commande n°", "BDC", "N° de commande SIGMA", "Bon de commande SIGMA", "BDC n°"])
    L["dossier"] = r.choice(["Dossier n°", "N° de dossier AKTO", "Réf. dossier OPCO", "Dossier AKTO",
                             "N° dossier OPCO", "Dossier de prise en charge"])
    L["dossiers"] = r.choice(["Dossiers", "N° de dossiers AKTO", "Réf. dossiers OPCO", "Dossiers AKTO"])
    L["ref"] = r.choice(["Facture d'origine", "Avoir sur facture n°", "Réf. facture annulée", "Annule la facture n°",
                         "Facture concernée"])
    L["siret"] = r.choice(["SIRET", "N° SIRET", "Siret", "SIRET"])
    L["vat"] = r.choice(["N° TVA intracommunautaire", "TVA intracom.", "N° TVA", "Identifiant TVA",
                         "N° de TVA intracommunautaire"])
    L["bsiret"] = r.choice(["SIRET client", "Siret de l'entreprise", "SIRET", "N° SIRET"])
    L["ht"] = r.choice(["Total HT", "Total HT", "Montant HT", "Total H.T.", "Sous-total HT", "Total hors taxes"])
    if d.rate:
        L["tva"] = r.choice(["TVA " + st.rate_txt, "TVA (%s)" % st.rate_txt.replace(" ", ""), "Montant TVA",
                             "Total TVA", "TVA à " + st.rate_txt])
        L["ttc"] = r.choice(["Total TTC", "Total TTC", "Montant TTC", "Total T.T.C.", "TOTAL TTC", "TOTAL",
                             "Net à payer"])
    else:
        L["tva"] = r.choice(["TVA", "TVA 0 %", "Montant TVA", "Total TVA", "TVA (0%)"])
        L["ttc"] = r.choice(["Total TTC", "Total", "Net à payer", "Montant total", "TOTAL", "Total net",
                             "Montant TTC"])
    if d.credit:
        L["ttc"] = r.choice(["Total TTC", "Montant TTC de l'avoir", "Total avoir TTC", "Net à déduire",
                             "TOTAL TTC"]) if d.rate else r.choice(["Total", "Total avoir", "Montant de l'avoir",
                                                                    "Total TTC", "Net à déduire"])
    L["dep"] = r.choice(["Acompte versé", "Déjà réglé", "Acompte reçu", "Acompte perçu"])
    L["net"] = r.choice(["Net à payer", "Reste à payer", "Solde à régler", "Reste dû"])
    if L["ttc"] == "Net à payer" and L["net"] == "Net à payer":
        L["ttc"] = "Total TTC"
    L["desc"] = r.choice(["Désignation", "Description", "Libellé", "Prestation", "Intitulé"])
    L["qty"] = r.choice(["Qté", "Quantité", "Nb", "Nbre", "Qté"])
    L["pu"] = r.choice(["PU HT", "Prix unitaire HT", "P.U. H.T.", "Prix unit.", "PU"])
    L["lt"] = r.choice(["Total HT", "Montant HT", "Montant", "Total"])
    L["dcol"] = r.choice(["Dossier", "N° dossier", "Réf. OPCO", "Dossier AKTO"])
    L["buyer"] = r.choice(["Facturé à", "Client", "Adresse de facturation", "Destinataire", "Facturer à", None])
    L["tel"] = r.choice(["Tél.", "Tél :", "Tel", "T."])
    st.L = L
    st.show_zero_tva = r.random() < 0.6
    st.show_code = r.random() < 0.25
    st.show_line_vat = d.rate and r.random() < 0.2
    st.show_unit_col = r.random() < 0.2
    st.pairs_extra = r.random()
    return st


def lab(st, key_or_text, raw=False):
    t = st.L.get(key_or_text, key_or_text) if not raw else key_or_text
    if t.endswith(":") or t.endswith(" le") or t.endswith(" du") or t == "Formation du":
        return t
    return t + st.colon


# --------------------------------------------------------------------------
# Drawing toolkit
# --------------------------------------------------------------------------


class Pen:
    def __init__(self, c, st, pagesize, margins):
        self.c, self.st, self.fam = c, st, st.fam
        self.size = st.size
        self.W, self.H = pagesize
        self.left, self.rm, self.top, self.mb = margins
        self.right = self.W - self.rm
        self.bottom = self.mb
        self.page = 1
        self.total_pages = None
        self.footer = None
        self.cont_header = None
        self.y = self.H - self.top

    @property
    def cw(self):
        return self.right - self.left

    def fn(self, bold):
        return self.fam.bold if bold else self.fam.reg

    def sw(self, s, bold=False, size=None):
        return pdfmetrics.stringWidth(self.fam.clean(s), self.fn(bold), size or self.size)

    def text(self, x, y, s, bold=False, size=None, align="l", color=None):
        s = self.fam.clean(s)
        self.c.setFont(self.fn(bold), size or self.size)
        if color is not None:
            self.c.setFillColor(color)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        if color is not None:
            self.c.setFillColor(black)

    def wrap(self, s, w, bold=False, size=None):
        out = []
        for part in s.split("\n"):
            words = part.split(" ")
            cur = ""
            for wd in words:
                cand = wd if not cur else cur + " " + wd
                if cur and self.sw(cand, bold, size) > w:
                    out.append(cur)
                    cur = wd
                else:
                    cur = cand
            out.append(cur)
        return out

    def block(self, x, ytop, lines, w, align="l", lf=1.28, color=None):
        """lines: list of (text, bold, size|None). Returns bottom y."""
        y = ytop
        for item in lines:
            t, b, s = (list(item) + [None, None])[:3]
            s = s or self.size
            for ln in self.wrap(t, w, b, s):
                y -= s * lf
                xx = x + w if align == "r" else (x + w / 2 if align == "c" else x)
                self.text(xx, y + s * 0.3, ln, b, s, align, color)
        return y

    def block_height(self, lines, w, lf=1.28):
        h = 0
        for item in lines:
            t, b, s = (list(item) + [None, None])[:3]
            s = s or self.size
            h += len(self.wrap(t, w, b, s)) * s * lf
        return h

    def begin(self):
        if self.footer:
            self.footer(self)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.top
        if self.footer:
            self.footer(self)
        if self.cont_header:
            self.cont_header(self)
        else:
            self.y -= 4

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def para(self, x, s, w, bold=False, size=None, lf=1.3, align="l", color=None):
        sz = size or self.size
        for ln in self.wrap(s, w, bold, sz):
            self.ensure(sz * lf)
            self.y -= sz * lf
            xx = x + w if align == "r" else (x + w / 2 if align == "c" else x)
            self.text(xx, self.y + sz * 0.3, ln, bold, sz, align, color)

    def gap(self, h):
        self.y -= h

    def hline(self, x0, x1, y, wdt=0.5, color=black):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(wdt)
        self.c.line(x0, y, x1, y)
        self.c.setStrokeColor(black)

    def rect(self, x, y, w, h, fill=None, stroke=True, wdt=0.6):
        self.c.setLineWidth(wdt)
        if fill is not None:
            self.c.setFillColor(fill)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillColor(black)

    def page_label(self):
        if self.total_pages:
            return "Page %d/%d" % (self.page, self.total_pages)
        return "Page %d/9" % self.page


def draw_table(p, x, widths, rows, aligns, header=None, size=None, grid="h", pad=3.0, fill=None,
               amounts=None, carry=None, bold_rows=(), header_bold=True, lf=1.22):
    """Draw a table from p.y downwards, breaking pages as needed. carry(kind, cents) -> row."""
    sz = size or p.size
    ld = sz * lf
    W = sum(widths)

    def lines_of(row, bold):
        return [p.wrap(cell, w - 2 * pad, bold, sz) for cell, w in zip(row, widths)]

    def height(ls):
        return max(len(l) for l in ls) * ld + 2 * pad

    def draw(row, bold=False, rfill=None, is_header=False):
        ls = lines_of(row, bold)
        h = height(ls)
        y0 = p.y
        if rfill is not None:
            p.rect(x, y0 - h, W, h, fill=rfill, stroke=False)
        cx = x
        for cl, w, a in zip(ls, widths, aligns):
            ty = y0 - pad - sz * 0.92
            for ln in cl:
                if a == "r":
                    p.text(cx + w - pad, ty, ln, bold, sz, "r")
                elif a == "c":
                    p.text(cx + w / 2, ty, ln, bold, sz, "c")
                else:
                    p.text(cx + pad, ty, ln, bold, sz)
                ty -= ld
            cx += w
        p.c.setLineWidth(0.5)
        if grid == "full":
            cx = x
            for w in widths:
                p.c.rect(cx, y0 - h, w, h, stroke=1, fill=0)
                cx += w
        elif grid == "h":
            p.hline(x, x + W, y0 - h, 0.4 if not is_header else 0.8)
            if is_header:
                p.hline(x, x + W, y0, 0.8)
        elif grid == "box":
            cx = x
            for w in widths:
                p.c.line(cx, y0, cx, y0 - h)
                cx += w
            p.c.line(cx, y0, cx, y0 - h)
            if is_header:
                p.hline(x, x + W, y0)
                p.hline(x, x + W, y0 - h)
        elif grid == "none" and is_header:
            p.hline(x, x + W, y0 - h, 0.8)
        p.y = y0 - h

    def close():
        if grid == "box":
            p.hline(x, x + W, p.y)

    if header:
        p.ensure(height(lines_of(header, True)) + height(lines_of(rows[0], False)) if rows else 0)
        draw(header, header_bold, fill, True)
    running = 0
    for i, row in enumerate(rows):
        bold = i in bold_rows
        h = height(lines_of(row, bold))
        reserve = height(lines_of(carry("out", running), True)) if carry else 0
        if p.y - h - reserve < p.bottom:
            if carry:
                draw(carry("out", running), True)
            close()
            p.new_page()
            if header:
                draw(header, header_bold, fill, True)
            if carry:
                draw(carry("in", running), True)
        draw(row, bold)
        if amounts:
            running += amounts[i]
    close()
    return p.y


def draw_totals(p, xr, rows, lw, vw, size=None, grid=None, pad=3.0, fill=None, lf=1.5, label_align="l"):
    """rows: (label, value, bold). Ensures space; draws at p.y downwards; returns y."""
    sz = size or p.size
    rh = sz * lf
    p.ensure(rh * len(rows) + 4)
    x0 = xr - lw - vw
    for i, (lbl, val, b) in enumerate(rows):
        y0 = p.y
        last = i == len(rows) - 1
        if fill is not None and b:
            p.rect(x0, y0 - rh, lw + vw, rh, fill=fill, stroke=False)
        base = y0 - rh + sz * 0.45
        if label_align == "r":
            p.text(xr - vw - 6, base, lbl, b, sz, "r")
        else:
            p.text(x0 + pad, base, lbl, b, sz)
        p.text(xr - pad, base, val, b, sz, "r")
        if grid == "full":
            p.c.setLineWidth(0.5)
            p.c.rect(x0, y0 - rh, lw, rh)
            p.c.rect(x0 + lw, y0 - rh, vw, rh)
        elif grid == "lines":
            p.hline(x0, xr, y0 - rh, 0.4)
        elif grid == "last" and last:
            p.hline(x0, xr, y0, 0.8)
        p.y = y0 - rh
    return p.y


# --------------------------------------------------------------------------
# Content builders shared by layouts
# --------------------------------------------------------------------------


def seller_name(d):
    s = d.seller
    if s.form == "Association":
        return s.name
    return s.name + ("" if s.form in ("SAS", "SARL") and len(s.name) > 24 else " " + s.form)


def seller_lines(d, st, ids=True, name_size=None, contact=True, tagline=None):
    s = d.seller
    L = [(seller_name(d), True, name_size or st.size + 3)]
    if tagline:
        L.append((s.tagline, False, st.size - 1))
    for a in s.addr:
        L.append((a, False))
    L.append((s.cp + " " + s.city.upper() if st.pairs_extra < 0.3 else s.cp + " " + s.city, False))
    if contact:
        L.append((st.L["tel"] + " " + fmt_phone(s.phone, st.phone_style), False))
        if st.pairs_extra > 0.3:
            L.append((s.email, False))
        if st.pairs_extra > 0.75:
            L.append((s.web, False))
    if ids:
        L += seller_id_lines(d, st)
    return L


def seller_id_lines(d, st):
    s, L = d.seller, []
    if st.siret_place == "header":
        L.append((lab(st, "siret") + " " + fmt_siret(s.siret, st), False))
    if st.vat_place == "header" and d.show_vat:
        L.append((lab(st, "vat") + " " + fmt_vat(s.vat, st), False))
    if st.nda_place == "header":
        L.append(("N° déclaration d'activité" + st.colon + " " + fmt_nda(s.nda), False, st.size - 1))
    return L


def buyer_entity(d):
    """(name, address lines, cp, city, is_opco)"""
    if d.payer in ("akto", "opco"):
        o = d.opco
        return o[0], o[1], o[2], o[3], True
    b = d.company
    return b.display, b.addr, b.cp, b.city, False


def buyer_lines(d, st, title=True, attn=True):
    name, addr, cp, city, opco = buyer_entity(d)
    L = []
    if title and st.L["buyer"]:
        L.append((st.L["buyer"] + (" :" if st.colon != ":" else ":"), st.bold_labels, st.size - 0.5))
    L.append((name, True, st.size + 1))
    if attn and not opco and st.pairs_extra > 0.5:
        L.append(("À l'attention de " + d.company.attn, False))
    for a in addr:
        L.append((a, False))
    L.append((cp + " " + city, False))
    if opco:
        b = d.company
        L.append(("Pour le compte de" + st.colon + " " + b.display, False))
        if st.buyer_ids:
            L.append((lab(st, "bsiret") + " " + fmt_siret(b.siret, st), False))
    else:
        if st.buyer_ids:
            L.append((lab(st, "bsiret") + " " + fmt_siret(d.company.siret, st), False))
        if st.buyer_vat:
            L.append(("N° TVA client" + st.colon + " " + fmt_vat(d.company.vat, st), False))
    return L


def period_text(a, b, st, style=0):
    if a == b:
        return "le " + fd_other(a, st)
    if style == 0:
        return "du %s au %s" % (fd_other(a, st), fd_other(b, st))
    if style == 1:
        return "%s - %s" % (fd_other(a, st), fd_other(b, st))
    return "%s au %s" % (fd_other(a, st), fd_other(b, st))


def meta_pairs(d, st, r, number=True, date=True, dossiers=True):
    """Ordered (label, value) pairs for the meta block."""
    head, extra = [], []
    if number:
        head.append((st.L["num"], d.number))
    if date:
        head.append((st.L["date"], fd(d.date, st)))
    if d.credit:
        head.append((st.L["ref"], d.ref_number + " du " + fd_other(d.ref_date, st)))
    if r.random() < 0.7:
        extra.append((st.L["due"], fd_other(d.due, st)))
    if r.random() < 0.5:
        extra.append((st.L["client"], d.company.client_no))
    if d.quote:
        extra.append((st.L["quote"], d.quote))
    if d.order:
        extra.append((st.L["order"], d.order))
        if r.random() < 0.5:
            extra.append((st.L["order_date"], fd_other(d.order_date, st)))
    if d.convention:
        extra.append((st.L["conv"], d.convention))
        if r.random() < 0.6:
            extra.append((st.L["conv_date"], fd_other(d.conv_date, st)))
    if r.random() < 0.35:
        extra.append((st.L["period"], period_text(d.start, d.end, st, r.randint(0, 2))))
    if st.refs_place == "meta":
        if d.proforma:
            extra.append((st.L["proforma"], d.proforma))
        if d.po:
            extra.append((st.L["po"], d.po))
    if dossiers and d.dossiers and "meta" in st.dossier_place:
        if len(d.dossiers) == 1:
            extra.append((st.L["dossier"], d.dossiers[0]))
        else:
            extra.append((st.L["dossiers"], r.choice([", ", " / ", " - "]).join(d.dossiers)))
    r.shuffle(extra)
    pairs = head + extra
    if date and r.random() < 0.2 and len(pairs) > 3:   # invoice date not always right after the number
        dp = pairs.pop(1 if number else 0)
        pairs.insert(r.randint(2, len(pairs)), dp)
    return pairs


def refs_line(d, st):
    """Pro forma / PO references when not in the meta block."""
    parts = []
    if st.refs_place == "line":
        if d.proforma:
            parts.append(lab(st, "proforma") + " " + d.proforma)
        if d.po:
            parts.append(lab(st, "po") + " " + d.po)
    return (" " + DASH + " ").join(parts) if parts else None


def line_desc(l, d, st, r_choice, with_dossier):
    """Multi-line description of an item."""
    out = [l.title]
    if l.kind == "trainee":
        if r_choice == 0:
            out = [l.title, "Stagiaire" + st.colon + " " + l.trainee]
        else:
            out = [l.title + " " + DASH + " " + l.trainee]
        out.append("Session " + period_text(l.start, l.end, st))
    elif l.kind == "session":
        out = ["%s %s %s" % (l.trainee, DASH, l.title)]
        if r_choice == 0:
            out = [l.title + " (" + l.trainee + ")"]
    elif l.kind == "hours":
        out = [l.title, "Stagiaire" + st.colon + " " + l.trainee + " " + DASH + " " + period_text(l.start, l.end, st)]
    elif l.kind in ("days", "forfait"):
        out = [l.title, "%d participants %s session %s" % (l.ntr, DASH, period_text(l.start, l.end, st))]
    elif l.kind == "course":
        out = [l.title, "Session " + period_text(l.start, l.end, st) + " " + DASH + " %d stagiaire%s" % (
            l.q2 // 2, "s" if l.q2 > 2 else "")]
    if with_dossier and l.dossier:
        out.append(r_dossier_label(st) + " " + l.dossier)
    return out


def r_dossier_label(st):
    return {"Dossier n°": "Dossier n°", "N° de dossier AKTO": "N° de dossier AKTO",
            "Réf. dossier OPCO": "Réf. dossier OPCO :", "Dossier AKTO": "Dossier AKTO n°",
            "N° dossier OPCO": "N° dossier OPCO", "Dossier de prise en charge": "Dossier de prise en charge n°"
            }[st.L["dossier"]]


def items_spec(p, d, st, r, width, compact=False, allow_dcol=True, size=None):
    """Return (header, rows, widths, aligns, amounts, desc_index)."""
    sz = size or p.size
    dcol = allow_dcol and st.dossier_place == "column" and bool(d.dossiers)
    in_desc = "desc" in st.dossier_place or (st.dossier_place == "column" and not dcol)

    def build(code, unit, lvat):
        cols = []
        if code:
            cols.append(("Réf.", "l", lambda l: l.code, 1))
        cols.append((st.L["desc"], "l", None, 0))
        if dcol:
            cols.append((st.L["dcol"], "l", lambda l: l.dossier or "", 0))
        cols.append((st.L["qty"], "r", lambda l: fmt_qty(l.q2, st), 0))
        if unit:
            cols.append(("Unité", "c", lambda l: l.ulabel, 2))
        cols.append((st.L["pu"], "r", lambda l: amt_l(l.unit, st), 0))
        if lvat:
            cols.append(("TVA", "r", lambda l: st.rate_txt, 3))
        cols.append((st.L["lt"], "r", lambda l: amt_l(l.total, st), 0))
        widths = []
        for hdr, _a, fn, _o in cols:
            if fn is None:
                widths.append(0)
                continue
            wcell = max(p.sw(fn(l), False, sz) for l in d.lines)
            if hdr == st.L["lt"]:      # room for carried sub-totals
                wcell = max(wcell, p.sw(amt_l(d.ht, st), True, sz))
            whdr = max(p.sw(wd, True, sz) for wd in hdr.split(" "))
            wfull = p.sw(hdr, True, sz)
            w = max(wcell, whdr, wfull if wfull < 80 else 0) + 8 + sz * 0.6
            widths.append(w)
        return cols, widths

    opts = [st.show_code, st.show_unit_col, st.show_line_vat]
    while True:
        cols, widths = build(*opts)
        if width - sum(widths) >= width * 0.36 or not any(opts):
            break
        for k in (2, 1, 0):       # drop optional columns: line VAT, unit, code
            if opts[k]:
                opts[k] = False
                break
    di = [i for i, c in enumerate(cols) if c[2] is None][0]
    widths[di] = width - sum(widths)
    rc = r.randint(0, 1)
    rows = []
    for l in d.lines:
        row = []
        for c in cols:
            if c[2] is None:
                desc = line_desc(l, d, st, 1 if compact else rc, in_desc)
                if compact and l.kind in ("trainee", "session"):
                    if l.kind == "trainee":
                        desc[0] = l.trainee
                    desc = desc[:1] + [x for x in desc[1:] if l.dossier and l.dossier in x]
                row.append("\n".join(desc))
            else:
                row.append(c[2](l))
        rows.append(row)
    header = [c[0] for c in cols]
    aligns = [c[1] for c in cols]
    return header, rows, widths, aligns, [l.total for l in d.lines], di


def draw_items(p, d, st, r, x, width, grid=None, fill="st", carry=False, size=None, compact=False,
               allow_dcol=True):
    header, rows, widths, aligns, amounts, di = items_spec(p, d, st, r, width, compact, allow_dcol, size)
    cf = None
    if carry:
        lab_out = r.choice(["Sous-total page %d", "À reporter", "Total page %d (à reporter)"])
        lab_in = r.choice(["Report", "Report page précédente", "Report sous-total"])

        def cf(kind, cents):
            row = [""] * len(header)
            row[di] = (lab_out % p.page if "%d" in lab_out else lab_out) if kind == "out" else lab_in
            row[-1] = amt_l(cents, st)
            return row
    return draw_table(p, x, widths, rows, aligns, header=header, size=size,
                      grid=grid or st.grid, fill=st.fill if fill == "st" else fill, amounts=amounts, carry=cf,
                      pad=2.5 if compact else 3.5)


def totals_rows(d, st):
    L = st.L
    rows = [(L["ht"], amt(d.ht, st), False)]
    if d.rate:
        rows.append((L["tva"], amt(d.tva, st), False))
    elif st.show_zero_tva:
        rows.append((L["tva"], amt(0, st), False))
    rows.append((L["ttc"], amt(d.ttc, st), True))
    if d.deposit:
        rows[-1] = (rows[-1][0], rows[-1][1], False)
        rows.append((L["dep"] + " le " + fd_other(d.deposit_date, st), amt(-d.deposit, st), False))
        rows.append((L["net"], amt(d.ttc - d.deposit, st), True))
    return rows


def exempt_text(st):
    return EXEMPT_MENTIONS[st.exempt_idx]


def payment_text(d, st, r):
    parts = []
    t = r.choice(["Conditions de paiement : %s." % r.choice(["30 jours à réception de facture",
                                                             "paiement à réception", "45 jours fin de mois",
                                                             "30 jours date de facture", "à 30 jours"]),
                  "Règlement par virement bancaire à %d jours." % (d.due - d.date).days,
                  "Mode de règlement : virement ou chèque à l'ordre de " + d.seller.name + "."])
    parts.append(t)
    if r.random() < 0.4:
        parts.append("Pas d'escompte pour paiement anticipé.")
    return " ".join(parts)


def penalties_text():
    return ("Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
            "recouvrement : 40 €.")


def nda_sentence(d):
    s = d.seller
    return ("Déclaration d'activité enregistrée sous le n° %s auprès du préfet de région %s. Cet enregistrement "
            "ne vaut pas agrément de l'État." % (fmt_nda(s.nda), REGIONS[s.region]))


def bank_lines(d, st, r, rib=False):
    s = d.seller
    L = []
    if r.random() < 0.5:
        L.append(("Domiciliation" + st.colon + " " + s.bank, False))
    L.append(("IBAN" + st.colon + " " + fmt_iban(s.iban, st), False))
    L.append(("BIC" + st.colon + " " + s.bic, False))
    if rib:
        L.append(("Code banque %s  Code guichet %s  N° compte %s  Clé RIB %02d" % (s.bank_code, s.branch,
                                                                                  s.account, s.ribkey), False,
                  st.size - 1.5))
    return L


def legal_footer_lines(d, st, r, sep=None):
    """Legal mentions for the page footer (company, ids placed 'footer', NDA, IBAN)."""
    s = d.seller
    sep = sep or r.choice([" " + DASH + " ", " - ", " | ", " • "])
    p1 = [seller_name(d)]
    if s.capital:
        p1.append("%s au capital de %s €" % (s.form, "{:,}".format(s.capital).replace(",", HS)))
    elif s.form == "Association":
        p1.append("Association loi 1901")
    p1.append(s.addr[0] + " " + s.cp + " " + s.city)
    p2 = []
    if st.siret_place == "footer":
        p2.append(lab(st, "siret") + " " + fmt_siret(s.siret, st))
    if s.capital:
        p2.append(r.choice(["RCS %s B %s" % (s.city, fmt_siren(s.siren)), "R.C.S. %s %s" % (s.city,
                                                                                            fmt_siren(s.siren))]))
    p2.append(r.choice(["APE", "Code APE", "NAF"]) + " " + s.ape)
    if st.vat_place == "footer" and d.show_vat:
        p2.append(lab(st, "vat") + " " + fmt_vat(s.vat, st))
    lines = [sep.join(p1), sep.join(p2)]
    if st.nda_place == "footer":
        lines.append(nda_sentence(d) if r.random() < 0.6 else
                     "N° de déclaration d'activité" + st.colon + " " + fmt_nda(s.nda) + " (ce numéro ne vaut pas "
                     "agrément de l'État)")
    if st.iban_place == "footer" and d.show_iban:
        lines.append("IBAN" + st.colon + " " + fmt_iban(s.iban, st) + sep + "BIC" + st.colon + " " + s.bic)
    if d.rate == 0 and st.exempt_place == "footer":
        lines.append(exempt_text(st))
    return lines


def make_footer(p, d, st, r, size=None, lines=None, align="c", rule=True, page_numbers=None):
    sz = size or max(6.0, st.size - 2)
    lines = lines if lines is not None else legal_footer_lines(d, st, r)
    w = p.cw
    fx0, fx1 = p.left, p.right
    h = p.block_height([(t, False, sz) for t in lines], w, 1.25)
    pn = st.page_numbers if page_numbers is None else page_numbers
    base = p.mb
    p.bottom = base + h + (sz * 1.6 if pn else 0) + 14

    def footer(pp):
        y = base + h + (sz * 1.6 if pn else 0)
        if rule:
            pp.hline(fx0, fx1, y + 4, 0.4, GREY)
        yy = pp.block(fx0, y, [(t, False, sz) for t in lines], w, align=align, lf=1.25, color=GREY)
        if pn:
            pp.text(fx1, yy - sz * 1.3, pp.page_label(), False, sz, "r", GREY)
    p.footer = footer


def default_cont_header(d, st, title=None):
    def ch(p):
        t = (title or seller_name(d)) + " " + DASH + " " + st.L["num"] + " " + d.number + " (suite)"
        p.text(p.left, p.y - p.size, t, False, p.size - 0.5, "l", GREY)
        p.hline(p.left, p.right, p.y - p.size - 5, 0.4, GREY)
        p.y -= p.size + 16
    return ch


def tail(p, d, st, r, x, w, exempt=True, payment=True, bank=True, penalties=True, extra=None):
    """Mentions after the totals."""
    if exempt and d.rate == 0 and st.exempt_place == "tail":
        p.gap(4)
        p.para(x, exempt_text(st), w, bold=r.random() < 0.4)
    rl = refs_line(d, st)
    if rl:
        p.gap(4)
        p.para(x, rl, w)
    if extra:
        p.gap(4)
        p.para(x, extra, w)
    if payment:
        p.gap(8)
        if r.random() < 0.4 and "due" in st.L:
            p.para(x, st.L["due"].replace("Échéance", "Date d'échéance") + st.colon + " " + fd_other(d.due, st)
                   if not st.L["due"].endswith("le") else st.L["due"] + " " + fd_other(d.due, st), w)
        p.para(x, payment_text(d, st, r), w)
    if bank and st.iban_place in ("tail", "box") and d.show_iban:
        p.gap(6)
        bl = bank_lines(d, st, r, rib=r.random() < 0.2)
        if st.iban_place == "box":
            h = p.block_height(bl, w * 0.6) + 10 + st.size * 1.3
            p.ensure(h + 4)
            top = p.y
            p.rect(x, top - h, w * 0.62, h, fill=st.fill, stroke=True)
            yy = p.block(x + 6, top - 3, [("Coordonnées bancaires", True)] + bl, w * 0.62 - 12)
            p.y = min(yy, top - h) - 4
        else:
            p.ensure(p.block_height(bl, w) + st.size * 1.4)
            p.para(x, r.choice(["Règlement par virement :", "Coordonnées bancaires :", "RIB :",
                                "Merci d'effectuer votre virement sur le compte suivant :"]), w, bold=True)
            p.y = p.block(x, p.y, bl, w)
    if st.nda_place == "tail":
        p.gap(6)
        p.para(x, nda_sentence(d), w, size=st.size - 1)
    if penalties and r.random() < 0.75:
        p.gap(6)
        p.para(x, penalties_text(), w, size=st.size - 1)


def title_text(d, st):
    return st.L["title"]


def place_exempt_totals(p, d, st, x, w):
    if d.rate == 0 and st.exempt_place == "totals":
        p.gap(3)
        p.para(x, exempt_text(st), w, size=st.size - 0.5, align="r")


def meta_inline(p, d, st, r, x, w, pairs, tab=None, size=None):
    """label : value lines; tab -> values aligned at x+tab."""
    sz = size or st.size
    if tab:
        need = max(p.sw(lbl + st.colon, st.bold_labels, sz) for lbl, _ in pairs) + 10
        tab = max(tab, need)
        if tab > w * 0.62:
            tab = None
    for lbl, val in pairs:
        if tab:
            lines = p.wrap(val, w - tab, False, sz)
            p.ensure(len(lines) * sz * 1.35)
            p.y -= sz * 1.35
            p.text(x, p.y + sz * 0.3, lab(st, lbl, raw=True), st.bold_labels, sz)
            for i, ln in enumerate(lines):
                if i:
                    p.y -= sz * 1.35
                p.text(x + tab, p.y + sz * 0.3, ln, False, sz)
        else:
            lt = lab(st, lbl, raw=True) + " "
            lw = p.sw(lt, st.bold_labels, sz)
            lines = p.wrap(val, w - lw, False, sz)
            p.ensure(len(lines) * sz * 1.35)
            p.y -= sz * 1.35
            p.text(x, p.y + sz * 0.3, lt, st.bold_labels, sz)
            for i, ln in enumerate(lines):
                if i:
                    p.y -= sz * 1.35
                p.text(x + lw, p.y + sz * 0.3, ln, False, sz)


# --------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------


def L_classic(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    ys = p.block(x0, top, seller_lines(d, st, tagline=r.random() < 0.3), p.cw * 0.48)
    bx = x0 + p.cw * 0.55
    bw = x1 - bx
    by = top - r.choice([10, 30, 50, 70])
    frame = r.random() < 0.5
    yb = p.block(bx + 8, by - 6, buyer_lines(d, st), bw - 16)
    if frame:
        p.c.setLineWidth(0.6)
        p.c.roundRect(bx, yb - 6, bw, by - yb + 6, 4)
    p.y = min(ys, yb) - 26
    align = r.choice(["l", "c", "l"])
    tsz = st.size + r.choice([6, 8, 10])
    p.text(x0 if align == "l" else (x0 + x1) / 2, p.y - tsz, title_text(d, st), True, tsz, align, st.dark)
    p.y -= tsz + 12
    pairs = meta_pairs(d, st, r)
    tab = r.choice([None, None, 110 * st.size / 9])
    if len(pairs) > 5 and r.random() < 0.6:
        half = (len(pairs) + 1) // 2
        y0 = p.y
        meta_inline(p, d, st, r, x0, p.cw * 0.48, pairs[:half], tab)
        ya = p.y
        p.y = y0
        meta_inline(p, d, st, r, x0 + p.cw * 0.52, p.cw * 0.48, pairs[half:], tab)
        p.y = min(ya, p.y)
    else:
        meta_inline(p, d, st, r, x0, p.cw * 0.7, pairs, tab)
    if r.random() < 0.4:
        p.gap(6)
        p.para(x0, "Objet" + st.colon + " " + r.choice(["Formation ", "Action de formation ", ""]) + d.course[0],
               p.cw)
    p.gap(14)
    draw_items(p, d, st, r, x0, p.cw)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 120 * st.size / 9, 85 * st.size / 9,
                grid=r.choice([None, "full", "lines", "last"]), fill=st.fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_meta_table(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    nsz = st.size + 7
    p.text(x0, top - nsz, seller_name(d), True, nsz, "l", st.dark)
    yl = top - nsz - 6
    yl = p.block(x0, yl, [(d.seller.tagline, False, st.size - 0.5)], p.cw * 0.5)
    sl = seller_lines(d, st)[1:]
    rx = max(x0 + p.cw * 0.45, x0 + p.sw(seller_name(d), True, nsz) + 24)
    if x1 - rx >= 170:
        yr = p.block(rx, top, sl, x1 - rx, align="r", lf=1.2)
    else:       # long name: details go below it
        yr = yl = p.block(x0, yl - 4, sl, p.cw * 0.6, lf=1.2)
    p.y = min(yl, yr) - 18
    ttl = title_text(d, st)
    tsz = st.size + 9
    by = p.y
    p.text(x0, by - tsz, ttl, True, tsz)
    yb = p.block(x0 + p.cw * 0.5, by, buyer_lines(d, st), p.cw * 0.5)
    p.y = min(yb, by - tsz - 8) - 16
    pairs = meta_pairs(d, st, r)
    per = r.choice([4, 5]) if st.size <= 9 else 4
    for i in range(0, len(pairs), per):
        chunk = pairs[i:i + per]
        n = len(chunk)
        widths = [p.cw / per] * n
        draw_table(p, x0, widths, [[v for _, v in chunk]], ["c"] * n, header=[k for k, _ in chunk],
                   grid="full", fill=st.fill or FILLS[0], size=st.size - 0.5, pad=4)
        p.gap(6)
    p.gap(14)
    draw_items(p, d, st, r, x0, p.cw, grid=r.choice(["h", "none", "full"]))
    p.gap(8)
    draw_totals(p, x1, totals_rows(d, st), 125 * st.size / 9, 90 * st.size / 9, grid="full",
                fill=st.fill or FILLS[0])
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_right_box(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    ys = p.block(x0, top, seller_lines(d, st, name_size=st.size + 5, tagline=True), p.cw * 0.45)
    bw = p.cw * r.choice([0.42, 0.45, 0.48])
    bx = x1 - bw
    pairs = meta_pairs(d, st, r)
    band = st.size * 2.4
    rows = []
    for k, v in pairs:
        avail = bw - 12 - p.sw(k, st.bold_labels) - 10
        if p.sw(v, not st.bold_labels) <= avail:
            rows.append((k, v))
        else:       # value does not fit beside its label: stack it below
            rows.append((k, ""))
            for ln in p.wrap(v, bw - 14, not st.bold_labels, st.size):
                rows.append(("", ln))
    rh = st.size * 1.45
    bh = band + rh * len(rows) + 8
    dark = r.random() < 0.5
    p.rect(bx, top - band, bw, band, fill=st.dark if dark else (st.fill or FILLS[0]), stroke=not dark)
    p.text(bx + bw / 2, top - band + st.size * 0.8, title_text(d, st), True, st.size + 6, "c",
           white if dark else black)
    p.c.setLineWidth(0.8)
    p.c.rect(bx, top - bh, bw, bh)
    y = top - band - 4
    for k, v in rows:
        y -= rh
        p.text(bx + 6, y + st.size * 0.35, k, st.bold_labels, st.size)
        p.text(x1 - 6, y + st.size * 0.35, v, not st.bold_labels, st.size, "r")
    ybox = top - bh
    # buyer under the box
    yb = p.block(bx, ybox - 18, buyer_lines(d, st), bw)
    p.y = min(ys, yb) - 24
    draw_items(p, d, st, r, x0, p.cw, grid=r.choice(["none", "h", "box"]))
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 120 * st.size / 9, 85 * st.size / 9, grid=r.choice(["lines", None]),
                fill=st.fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_title_number(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    tsz = st.size + r.choice([7, 9, 11])
    if d.credit:
        ttl = r.choice(["AVOIR N° ", "AVOIR ", "Avoir n° "]) + d.number
    else:
        ttl = r.choice(["FACTURE N° ", "FACTURE ", "Facture n° ", "FACTURE N°"]) + d.number
    align = r.choice(["c", "l"])
    tx = (x0 + x1) / 2 if align == "c" else x0
    p.text(tx, p.y - tsz, ttl, True, tsz, align, st.dark)
    p.y -= tsz + 8
    dl = r.choice(["%s %s", "%s : %s", "%s le %s"])
    lblt = st.L["date"]
    if dl == "%s le %s" and not lblt.endswith("le"):
        dl = "%s : %s"
    if lblt.endswith("le"):
        dl = "%s %s"
    p.text(tx, p.y - st.size - 1, dl % (lblt, fd(d.date, st)), False, st.size + 1, align)
    p.y -= st.size + 22
    # seller / buyer boxes
    colw = (p.cw - 16) / 2
    heads = r.choice([("ÉMETTEUR", "DESTINATAIRE"), ("De", "À"), ("Prestataire", "Client"),
                      ("Organisme de formation", "Facturé à")])
    sl = [(heads[0], True, st.size - 1)] + seller_lines(d, st, name_size=st.size + 1)
    bl = [(heads[1], True, st.size - 1)] + buyer_lines(d, st, title=False)
    top = p.y
    ya = p.block(x0 + 6, top - 2, sl, colw - 12)
    yb = p.block(x0 + colw + 22, top - 2, bl, colw - 12)
    yy = min(ya, yb) - 6
    if r.random() < 0.6:
        p.c.setLineWidth(0.5)
        p.c.rect(x0, yy, colw, top - yy)
        p.c.rect(x0 + colw + 16, yy, colw, top - yy)
    p.y = yy - 18
    # stacked meta: label small on top, value below
    pairs = meta_pairs(d, st, r, number=False, date=False)
    per = 4
    cw = p.cw / per
    for i in range(0, len(pairs), per):
        chunk = pairs[i:i + per]
        p.ensure(st.size * 3.5)
        y0 = p.y
        low = y0
        for j, (k, v) in enumerate(chunk):
            xx = x0 + j * cw
            p.text(xx, y0 - st.size, k, False, st.size - 1.5, "l", GREY)
            yv = p.block(xx, y0 - st.size - 3, [(v, True)], cw - 8, lf=1.2)
            low = min(low, yv)
        p.y = low - 10
    p.gap(8)
    draw_items(p, d, st, r, x0, p.cw)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 120 * st.size / 9, 85 * st.size / 9, grid=r.choice(["last", "lines"]),
                fill=st.fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_letter(p, d, st, r):
    s = d.seller
    make_footer(p, d, st, r, lines=legal_footer_lines(d, st, r), align="c")
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    nsz = st.size + 6
    p.text((x0 + x1) / 2, p.y - nsz, seller_name(d), True, nsz, "c", st.dark)
    p.y -= nsz + 4
    line2 = (" " + DASH + " ").join([", ".join(s.addr) + ", " + s.cp + " " + s.city,
                                    st.L["tel"] + " " + fmt_phone(s.phone, st.phone_style), s.email])
    p.y = p.block(x0, p.y, [(line2, False, st.size - 1)] + [(t, False, st.size - 1) for t, *_ in
                                                            seller_id_lines(d, st)], p.cw, align="c")
    p.hline(x0, x1, p.y - 4, 0.8, st.dark)
    p.y -= 30
    bx = x0 + p.cw * 0.52
    p.y = p.block(bx, p.y, buyer_lines(d, st, title=False), x1 - bx)
    date_top = r.random() < 0.45
    place = s.city
    if date_top:
        p.y -= 16
        p.text(x1, p.y, "%s, le %s" % (place, fd(d.date, st)), False, st.size, "r")
    p.y -= 26
    w = p.cw
    num_in_obj = r.random() < 0.6
    if num_in_obj:
        p.para(x0, "Objet" + st.colon + " " + ("Avoir n° " if d.credit else "Facture n° ") + d.number, w,
               bold=True)
    else:
        p.para(x0, "Objet" + st.colon + " " + ("Avoir" if d.credit else "Facture") + " " + DASH + " formation « "
               + d.course[0] + " »", w, bold=True)
        p.para(x0, lab(st, "num") + " " + d.number, w, bold=True)
    refs = []
    if d.quote:
        refs.append(lab(st, "quote") + " " + d.quote)
    if d.dossiers and "meta" in st.dossier_place:
        refs.append((lab(st, "dossier") if len(d.dossiers) == 1 else lab(st, "dossiers")) + " " +
                    ", ".join(d.dossiers))
    if st.refs_place == "meta":
        if d.proforma:
            refs.append(lab(st, "proforma") + " " + d.proforma)
        if d.po:
            refs.append(lab(st, "po") + " " + d.po)
    if d.credit:
        refs.append(lab(st, "ref") + " " + d.ref_number + " du " + fd_other(d.ref_date, st))
    if refs:
        p.para(x0, "Vos références" + st.colon + " " + " ; ".join(refs), w)
    p.gap(14)
    p.para(x0, r.choice(["Madame, Monsieur,", "Madame, Monsieur,", "Chère Madame, cher Monsieur,"]), w)
    p.gap(6)
    trainees = [l.trainee for l in d.lines if l.trainee]
    names = ", ".join(trainees[:6]) + (" et %d autres" % (len(trainees) - 6) if len(trainees) > 6 else "")
    if d.credit:
        txt = ("Nous vous adressons ci-dessous un avoir relatif à la formation « %s » initialement prévue %s, "
               "en annulation partielle ou totale de la facture citée en référence." % (
                   d.course[0], period_text(d.start, d.end, st)))
    else:
        txt = ("Nous avons le plaisir de vous adresser notre facture relative à la formation « %s » dispensée %s "
               "à %s" % (d.course[0], period_text(d.start, d.end, st), d.city_train))
        txt += (" au bénéfice de : %s." % names) if names else "."
    p.para(x0, txt, w)
    p.gap(10)
    in_desc = "desc" in st.dossier_place or st.dossier_place == "column"
    for l in d.lines:
        desc = l.title if l.kind not in ("trainee", "hours") else l.title + " " + DASH + " " + l.trainee
        if in_desc and l.dossier:
            desc += " (" + r_dossier_label(st).rstrip(" :") + " " + l.dossier + ")"
        if l.kind == "discount":
            line = desc + " : " + amt_l(l.total, st)
        else:
            line = "%s : %s × %s = %s" % (desc, fmt_qty(l.q2, st), amt_l(l.unit, st), amt_l(l.total, st))
        p.para(x0 + 12, "• " + line, w - 12)
    p.gap(10)
    # totals with dotted leaders
    rows = totals_rows(d, st)
    tx0 = x0 + w * 0.4
    p.ensure(len(rows) * st.size * 1.6)
    for lbl, val, b in rows:
        p.y -= st.size * 1.6
        p.text(tx0, p.y + 3, lbl, b)
        lw = p.sw(lbl, b)
        vw = p.sw(val, b)
        p.c.setDash(1, 2)
        p.c.setLineWidth(0.5)
        p.c.line(tx0 + lw + 4, p.y + 3, x1 - vw - 4, p.y + 3)
        p.c.setDash()
        p.text(x1, p.y + 3, val, b, None, "r")
    p.gap(10)
    if d.rate == 0 and st.exempt_place != "footer":
        p.para(x0, exempt_text(st), w)
        p.gap(4)
    if d.credit:
        pay = r.choice(["Ce montant sera déduit de votre prochaine facture.",
                        "Ce montant vous sera remboursé par virement dans un délai de 30 jours."])
    else:
        due_txt = ("avant le " + fd_other(d.due, st)) if r.random() < 0.6 else "à réception de la présente"
        pay = "Nous vous remercions de bien vouloir procéder au règlement de cette somme %s" % due_txt
        if d.show_iban and st.iban_place != "footer":
            pay += " par virement sur notre compte IBAN %s (BIC %s)" % (fmt_iban(s.iban, st), s.bic)
        pay += "."
    p.para(x0, pay, w)
    rl = refs_line(d, st)
    if rl:
        p.gap(4)
        p.para(x0, rl, w)
    if st.nda_place == "tail":
        p.gap(4)
        p.para(x0, nda_sentence(d), w, size=st.size - 1)
    p.gap(10)
    p.para(x0, r.choice(["Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
                         "distinguées.", "Veuillez recevoir, Madame, Monsieur, nos sincères salutations."]), w)
    p.gap(16)
    p.ensure(st.size * 6)
    sx = x0 + w * 0.55
    if not date_top:
        p.para(sx, "Fait à %s, le %s" % (place, fd(d.date, st)), w * 0.45)
        p.gap(6)
    p.para(sx, s.signer, w * 0.45, bold=True)
    p.para(sx, s.signer_title, w * 0.45)
    if r.random() < 0.7:
        p.gap(6)
        p.para(x0, penalties_text(), w, size=st.size - 1.5)


def L_compact_footer(p, d, st, r):
    st.siret_place = "footer"
    st.vat_place = "footer"
    st.iban_place = "footer"
    st.nda_place = "footer"
    make_footer(p, d, st, r, size=max(6.0, st.size - 1.5), rule=r.random() < 0.7)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    nsz = st.size + 4
    p.text(x0, top - nsz, seller_name(d), True, nsz, "l", st.dark)
    s = d.seller
    p.text(x0, top - nsz - st.size * 1.5, ", ".join(s.addr) + " " + DASH + " " + s.cp + " " + s.city + " " + DASH
           + " " + fmt_phone(s.phone, st.phone_style), False, st.size - 0.5)
    word = "Avoir" if d.credit else "Facture"
    style = r.randint(0, 2)
    if style == 0:
        txt = "%s n° %s du %s" % (word, d.number, fd(d.date, st))
        p.text(x1, top - nsz, txt, True, st.size + 2, "r")
        pairs = meta_pairs(d, st, r, number=False, date=False)
    elif style == 1:
        p.text(x1, top - nsz, lab(st, "num") + " " + d.number, True, st.size + 2, "r")
        p.text(x1, top - nsz - st.size * 1.5, lab(st, "date") + " " + fd(d.date, st), False, st.size, "r")
        pairs = meta_pairs(d, st, r, number=False, date=False)
    else:
        p.text(x1, top - nsz, title_text(d, st), True, st.size + 4, "r")
        pairs = meta_pairs(d, st, r)
    p.y = top - nsz - st.size * 3.2
    p.hline(x0, x1, p.y, 0.6)
    p.y -= 8
    yb = p.block(x0, p.y, buyer_lines(d, st), p.cw * 0.45)
    y2 = p.y
    p.y = y2
    meta_inline(p, d, st, r, x0 + p.cw * 0.5, p.cw * 0.5, pairs, None, st.size)
    p.y = min(p.y, yb) - 12
    draw_items(p, d, st, r, x0, p.cw, grid=r.choice(["h", "full"]), compact=True)
    p.gap(6)
    draw_totals(p, x1, totals_rows(d, st), 105 * st.size / 8, 75 * st.size / 8, grid="lines", lf=1.45)
    p.gap(6)
    if d.rate == 0 and st.exempt_place != "footer":
        p.para(x0, exempt_text(st), p.cw, size=st.size)
    rl = refs_line(d, st)
    if rl:
        p.para(x0, rl, p.cw)
    p.gap(4)
    p.para(x0, payment_text(d, st, r) + " " + penalties_text(), p.cw, size=st.size - 0.5)


def L_multipage(p, d, st, r):
    st.page_numbers = True
    make_footer(p, d, st, r, page_numbers=True)

    def ch(pp):
        nsz = st.size + 2
        pp.text(pp.left, pp.y - nsz, seller_name(d), True, nsz)
        pp.text(pp.right, pp.y - nsz, st.L["num"] + " " + d.number + (" " + DASH + " suite" if r2 else ""),
                False, st.size, "r")
        pp.hline(pp.left, pp.right, pp.y - nsz - 6, 0.5)
        pp.y -= nsz + 20
    r2 = r.random() < 0.5
    p.cont_header = ch
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    ys = p.block(x0, top, seller_lines(d, st), p.cw * 0.5)
    yb = p.block(x0 + p.cw * 0.55, top - 40, buyer_lines(d, st), p.cw * 0.45)
    p.y = min(ys, yb) - 16
    p.text(x0, p.y - st.size - 6, title_text(d, st), True, st.size + 7, "l", st.dark)
    p.y -= st.size + 14
    meta_inline(p, d, st, r, x0, p.cw * 0.75, meta_pairs(d, st, r), r.choice([None, 120 * st.size / 9]))
    st.show_unit_col = False
    if d.mode == "trainees":
        p.gap(8)
        p.para(x0, r.choice(["Formation", "Action de formation", "Intitulé"]) + st.colon + " " + d.course[0] + " "
               + DASH + " " + r.choice(["session ", ""]) + period_text(d.start, d.end, st), p.cw, bold=True)
        p.para(x0, "Liste des stagiaires" + st.colon, p.cw)
    p.gap(12)
    draw_items(p, d, st, r, x0, p.cw, carry=r.random() < 0.55, compact=True)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 125 * st.size / 9, 90 * st.size / 9, grid=r.choice(["full", "lines"]),
                fill=st.fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_landscape(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    lw = 215
    top = p.y
    p.y = p.block(x0, top, seller_lines(d, st, tagline=True), lw)
    p.y -= 10
    p.hline(x0, x0 + lw, p.y, 0.4, GREY)
    p.y = p.block(x0, p.y - 8, buyer_lines(d, st), lw)
    p.y -= 10
    p.hline(x0, x0 + lw, p.y, 0.4, GREY)
    p.y -= 4
    pairs = meta_pairs(d, st, r)
    for k, v in pairs:
        p.y -= st.size * 1.2
        p.text(x0, p.y, k, False, st.size - 1, "l", GREY)
        p.y = p.block(x0, p.y - 1, [(v, True)], lw, lf=1.2) - 2
    left_bottom = p.y
    p.c.setLineWidth(0.5)
    rx = x0 + lw + 20
    p.c.line(rx - 10, top, rx - 10, max(left_bottom, p.bottom))
    rw = x1 - rx
    p.y = top
    tsz = st.size + 10
    p.text(x1, p.y - tsz, title_text(d, st), True, tsz, "r", st.dark)
    p.y -= tsz + 16
    if left_bottom < p.bottom:
        raise RuntimeError("left column overflow")
    oleft = p.left
    p.left = rx   # continuation pages use the right column width too

    def ch(pp):
        pp.text(rx, pp.y - st.size, seller_name(d) + " " + DASH + " " + st.L["num"] + " " + d.number, False,
                st.size - 0.5, "l", GREY)
        pp.y -= st.size + 14
    p.cont_header = ch
    draw_items(p, d, st, r, rx, rw)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 130 * st.size / 9, 95 * st.size / 9, grid=r.choice(["full", "lines"]),
                fill=st.fill)
    place_exempt_totals(p, d, st, rx, rw)
    tail(p, d, st, r, rx, rw)
    p.left = oleft


def L_avoir(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    frame = r.random() < 0.5

    def ff(pp):
        if frame:
            pp.c.setLineWidth(1)
            pp.c.rect(18, 18, pp.W - 36, pp.H - 36)
    of = p.footer

    def footer(pp):
        ff(pp)
        of(pp)
    p.footer = footer
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    ys = p.block(x0, top, seller_lines(d, st), p.cw * 0.48)
    yb = p.block(x0 + p.cw * 0.55, top - 30, buyer_lines(d, st), p.cw * 0.45)
    p.y = min(ys, yb) - 22
    tsz = st.size + 9
    p.text((x0 + x1) / 2, p.y - tsz, st.L["title"].upper(), True, tsz, "c", st.dark)
    p.y -= tsz + 10
    p.text((x0 + x1) / 2, p.y - st.size - 2, lab(st, "num") + " " + d.number, True, st.size + 2, "c")
    p.y -= st.size + 16
    # reference box
    reftxt = r.choice(["Avoir sur facture n° %s du %s", "Annule et remplace la facture n° %s du %s",
                       "Réf. facture d'origine : %s du %s", "Relatif à notre facture n° %s émise le %s"]) % (
        d.ref_number, fd_other(d.ref_date, st))
    motif = "Motif" + st.colon + " " + r.choice(["annulation de la session", "stagiaire absent",
                                                  "erreur de facturation", "geste commercial",
                                                  "annulation partielle - stagiaire non présenté"])
    h = p.block_height([(reftxt, True), (motif, False)], p.cw - 16) + 10
    p.rect(x0, p.y - h, p.cw, h, fill=st.fill or FILLS[1], stroke=True)
    p.block(x0 + 8, p.y - 4, [(reftxt, True), (motif, False)], p.cw - 16)
    p.y -= h + 12
    pairs = meta_pairs(d, st, r, number=False)
    pairs = [pp for pp in pairs if pp[0] != st.L["ref"]]
    meta_inline(p, d, st, r, x0, p.cw * 0.7, pairs, r.choice([None, 110 * st.size / 9]))
    p.gap(14)
    draw_items(p, d, st, r, x0, p.cw)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 130 * st.size / 9, 85 * st.size / 9, grid=r.choice(["full", "last"]),
                fill=st.fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw, payment=False,
         extra=r.choice(["Cet avoir sera déduit de votre prochaine facture.",
                         "Montant remboursé par virement sous 30 jours.",
                         "Avoir à imputer sur la facture citée en référence."]))


def cell_row(p, x, widths, cells, size, fill=None):
    """cells: (label, [(text,bold)]) boxes with a small label on top."""
    hs = []
    for (lbl, lines), w in zip(cells, widths):
        hs.append(size * 1.4 + p.block_height([(t, b, size) for t, b in lines], w - 10, 1.25) + 6)
    h = max(hs)
    p.ensure(h)
    y0 = p.y
    cx = x
    for (lbl, lines), w in zip(cells, widths):
        if fill is not None:
            p.rect(cx, y0 - size * 1.35, w, size * 1.35, fill=fill, stroke=False)
        p.c.setLineWidth(0.6)
        p.c.rect(cx, y0 - h, w, h)
        p.text(cx + 4, y0 - size * 1.0, lbl, True, size - 1.5, "l", GREY)
        p.block(cx + 5, y0 - size * 1.4, [(t, b, size) for t, b in lines], w - 10, lf=1.25)
        cx += w
    p.y = y0 - h


def L_grid_form(p, d, st, r):
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    tsz = st.size + 8
    p.text(x0, p.y - tsz, title_text(d, st), True, tsz, "l", st.dark)
    if r.random() < 0.5:
        p.text(x1, p.y - tsz, seller_name(d), True, st.size + 2, "r")
    p.y -= tsz + 10
    sl = [(t, b) for t, b, *rest in [(list(x) + [None])[:3] for x in seller_lines(d, st, name_size=st.size)]]
    bl = [(t, b) for t, b, *rest in [(list(x) + [None])[:3] for x in buyer_lines(d, st, title=False)]]
    fill = st.fill or FILLS[0]
    cell_row(p, x0, [p.cw / 2, p.cw / 2], [("Émetteur" if r.random() < 0.5 else "Organisme de formation", sl),
                                          ("Client" if r.random() < 0.5 else "Adresse de facturation", bl)],
             st.size, fill)
    pairs = meta_pairs(d, st, r)
    per = 4
    for i in range(0, len(pairs), per):
        chunk = pairs[i:i + per]
        cell_row(p, x0, [p.cw / len(chunk)] * len(chunk), [(k, [(v, False)]) for k, v in chunk], st.size, fill)
    p.gap(14)
    draw_items(p, d, st, r, x0, p.cw, grid="full", fill=fill)
    p.gap(8)
    draw_totals(p, x1, totals_rows(d, st), 125 * st.size / 9, 90 * st.size / 9, grid="full", fill=fill)
    place_exempt_totals(p, d, st, x0, p.cw)
    tail(p, d, st, r, x0, p.cw)


def L_erp_mono(p, d, st, r):
    st.amt_kind = r.choice(["plain", "space", "dot"])
    st.thou = HS
    st.cur = r.choice(["", "EUR", "€"])
    st.cur_line = ""
    st.colon = r.choice([" :", ":"])
    make_footer(p, d, st, r, size=st.size - 1, align="l")
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0 = p.left
    cwid = pdfmetrics.stringWidth("M", st.fam.reg, st.size)
    ncol = int(p.cw / cwid)
    out = []
    s = d.seller
    left = [seller_name(d).upper()] + [a.upper() for a in s.addr] + [s.cp + " " + s.city.upper(),
                                                                     "TEL " + fmt_phone(s.phone, 0)]
    if st.siret_place == "header":
        left.append("SIRET " + fmt_siret(s.siret, st))
    if st.vat_place == "header" and d.show_vat:
        left.append("TVA INTRA " + fmt_vat(s.vat, st))
    if st.nda_place == "header":
        left.append("NDA " + fmt_nda(s.nda))
    name, addr, cp, city, opco = buyer_entity(d)
    right = ["CLIENT :", name.upper()] + [a.upper() for a in addr] + [cp + " " + city.upper()]
    if opco:
        right.append("POUR : " + d.company.display.upper())
    if st.buyer_ids:
        right.append("SIRET CLIENT " + fmt_siret(d.company.siret, st))
    half = ncol // 2
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append(a[:half - 1].ljust(half) + b[:ncol - half])
    out.append("")
    out.append("=" * ncol)
    t = ("AVOIR" if d.credit else "FACTURE")
    out.append(t.center(ncol).rstrip())
    out.append("=" * ncol)
    unacc = str.maketrans("ÉÈÊÀÂÔÎÏÇÛÙéèêàâôîïçûù", "EEEAAOIICUUeeeaaoiicuu")
    pairs = meta_pairs(d, st, r)
    lw = max(len(k) for k, _ in pairs) + 1
    for k, v in pairs:
        ku = k.upper().translate(unacc)
        out.append(ku.ljust(lw) + ("" if ku.endswith((" LE", " DU")) else st.colon.strip()) + " " + v)
    out.append("-" * ncol)
    wq, wp, wt = 8, 12, 13
    wd = ncol - wq - wp - wt
    out.append("DESIGNATION".ljust(wd) + "QTE".rjust(wq) + "PU HT".rjust(wp) + "MONTANT HT".rjust(wt))
    out.append("-" * ncol)
    in_desc = bool(d.dossiers) and st.dossier_place != "meta"
    for l in d.lines:
        desc = line_desc(l, d, st, 1, in_desc)
        dl = []
        for part in desc:
            while len(part) > wd - 1:
                cut = part.rfind(" ", 0, wd - 1)
                cut = cut if cut > 0 else wd - 1
                dl.append(part[:cut])
                part = "  " + part[cut:].strip()
            dl.append(part)
        out.append(dl[0].ljust(wd) + fmt_qty(l.q2, st).rjust(wq) + amt_l(l.unit, st).rjust(wp) +
                   amt_l(l.total, st).rjust(wt))
        out += [x for x in dl[1:]]
    out.append("-" * ncol)
    for lbl, val, b in totals_rows(d, st):
        lblu = lbl.upper().translate(unacc)
        out.append((lblu + " ").ljust(ncol - 16, ".") + val.rjust(16))
    out.append("")
    if d.rate == 0 and st.exempt_place != "footer":
        out.append(exempt_text(st))
    rl = refs_line(d, st)
    if rl:
        out.append(rl)
    out.append("ECHEANCE" + st.colon + " " + fd_other(d.due, st) + "   REGLEMENT PAR VIREMENT")
    if d.show_iban and st.iban_place != "footer":
        out.append("IBAN" + st.colon + " " + fmt_iban(s.iban, st) + "   BIC" + st.colon + " " + s.bic)
    if st.nda_place == "tail":
        out.append("DECLARATION D'ACTIVITE N° " + fmt_nda(s.nda) + " (PREFET DE REGION " +
                   REGIONS[s.region].upper() + ")")
    out.append("")
    out.append("PENALITES DE RETARD : 3 FOIS LE TAUX D'INTERET LEGAL")
    out.append("INDEMNITE FORFAITAIRE POUR FRAIS DE RECOUVREMENT : 40 EUR")
    ld = st.size * 1.3
    for ln in out:
        for part in (p.wrap(ln, p.cw) if len(ln) > ncol else [ln]):
            p.ensure(ld)
            p.y -= ld
            p.text(x0, p.y + st.size * 0.3, part, False, st.size)


def L_bilingual(p, d, st, r):
    L = st.L
    L["num"] = r.choice(["Invoice no. / N° de facture", "N° de facture / Invoice no.", "Invoice no."])
    L["date"] = r.choice(["Date / Invoice date", "Date de facture / Invoice date", "Invoice date"])
    L["due"] = r.choice(["Échéance / Due date", "Due date / Échéance"])
    L["client"] = "Client no. / N° client"
    L["ht"] = r.choice(["Total HT / Total excl. VAT", "Total excl. VAT / Total HT"])
    L["tva"] = ("TVA / VAT " + st.rate_txt) if d.rate else "TVA / VAT"
    L["ttc"] = r.choice(["Total TTC / Total incl. VAT", "Total due / Net à payer"]) if not d.deposit else \
        "Total TTC / Total incl. VAT"
    L["net"] = "Balance due / Net à payer"
    L["dep"] = "Deposit paid / Acompte versé"
    L["desc"] = "Description / Désignation"
    L["qty"] = "Qty / Qté"
    L["pu"] = "Unit price / PU HT"
    L["lt"] = "Amount / Montant"
    L["buyer"] = "Bill to / Facturé à"
    L["title"] = "FACTURE / INVOICE"
    st.show_code = False
    st.show_unit_col = False
    if d.rate == 0:
        st.exempt_place = "tail"
    make_footer(p, d, st, r)
    p.cont_header = default_cont_header(d, st)
    p.begin()
    x0, x1 = p.left, p.right
    top = p.y
    ys = p.block(x0 + p.cw * 0.5, top, seller_lines(d, st), p.cw * 0.5, align="r")
    tsz = st.size + 8
    p.text(x0, top - tsz, L["title"], True, tsz, "l", st.dark)
    yb = p.block(x0, top - tsz - 24, buyer_lines(d, st), p.cw * 0.45)
    p.y = min(ys, yb) - 20
    pairs = meta_pairs(d, st, r)
    tw = p.cw * 0.55
    draw_table(p, x1 - tw, [tw * 0.48, tw * 0.52], [[k, v] for k, v in pairs], ["l", "r"],
               grid=r.choice(["full", "h"]), size=st.size, pad=3)
    p.gap(16)
    draw_items(p, d, st, r, x0, p.cw)
    p.gap(10)
    draw_totals(p, x1, totals_rows(d, st), 170 * st.size / 9, 85 * st.size / 9, grid="lines", fill=st.fill)
    tail(p, d, st, r, x0, p.cw)


LAYOUT_FUNCS = {"classic": L_classic, "meta_table": L_meta_table, "right_box": L_right_box,
                "title_number": L_title_number, "letter": L_letter, "compact_footer": L_compact_footer,
                "multipage": L_multipage, "landscape": L_landscape, "avoir": L_avoir, "grid_form": L_grid_form,
                "erp_mono": L_erp_mono, "bilingual": L_bilingual}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def render(d, key, total_pages=None):
    r = random.Random(key + "/style")
    st = gen_style(r, d)
    st.exempt_idx = r.randint(0, 1)
    buf = io.BytesIO()
    ps = landscape(A4) if d.layout == "landscape" else A4
    c = canvas.Canvas(buf, pagesize=ps, pageCompression=1, invariant=1)
    c.setTitle(("Avoir " if d.credit else "Facture ") + d.number)
    c.setAuthor(d.seller.name)
    c.setCreator("verifact sample generator")
    m = r.choice([36, 42, 48, 56])
    p = Pen(c, st, ps, (m, m, r.choice([36, 42, 50]), r.choice([28, 34])))
    p.total_pages = total_pages
    LAYOUT_FUNCS[d.layout](p, d, st, random.Random(key + "/layout"))
    c.showPage()
    c.save()
    return buf.getvalue(), p.page


def make_one(seed, i, layout):
    key = "%s/%d" % (seed, i)
    d = gen_doc(random.Random(key + "/doc"), layout)
    _, pages = render(d, key)
    pdf, pages2 = render(d, key, total_pages=pages)
    assert pages == pages2
    return d, pdf


def generate(out, count, seed):
    os.makedirs(out, exist_ok=True)
    lr = random.Random("%s/layouts" % seed)
    order = []
    while len(order) < count:
        block = list(LAYOUTS)
        lr.shuffle(block)
        order += block
    for i in range(1, count + 1):
        layout = order[i - 1]
        d, pdf = make_one(seed, i, layout)
        base = "inv-%03d" % i
        with open(os.path.join(out, base + ".pdf"), "wb") as f:
            f.write(pdf)
        with open(os.path.join(out, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth_of(d, base + ".pdf"), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote %d invoices to %s" % (count, out))


# --------------------------------------------------------------------------
# Self-check: every truth value must be visible in pdftotext -layout output
# --------------------------------------------------------------------------
SPACES = "\u00a0\u202f\u2009\u2007\t"


def pdftext(path, first=None):
    cmd = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    out = subprocess.run(cmd + [path, "-"], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    for ch in SPACES:
        out = out.replace(ch, " ")
    return out


def id_re(v, spaced=True):
    body = r" ?".join(re.escape(ch) for ch in v) if spaced else re.escape(v)
    return r"(?<![A-Z0-9])" + body + r"(?![A-Z0-9])"


def amount_re(value):
    neg = value.startswith("-")
    e, cc = value.lstrip("-").split(".")
    g = group3(e)
    if len(g) == 1:
        ip = re.escape(e)
    else:
        ip = "(?:" + "|".join(["".join(g), " ".join(g), r"\.".join(g), ",".join(g)]) + ")"
    pre = r"(?<![\d.,])(?<!\d )-" if neg else r"(?<![-\d.,])(?<!\d )(?<!- )"
    return pre + ip + r"[.,]" + cc + r"(?!\d)"


def date_variants(iso):
    d = dt.date.fromisoformat(iso)
    return {fmt_date(d, s) for s in ("slash", "long", "abbr", "dot", "iso", "slash2")} | {
        "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)}


DOSSIER_RE = re.compile(r"(?<![A-Z0-9])\d{4}(?:(?:AF|CA|PA|PR|AP)\d{6}|DCA\d{5})(?![A-Z0-9])")
PRO_RE = re.compile(r"PRO-\d{8}(?!\d)")
PO_RE = re.compile(r"(?<![0-9A-Z])\d{2}C\d{8}_\d(?!\d)")


def check_one(pdf, truth):
    errs = []
    f = truth["fields"]
    text = pdftext(pdf)
    up = text.upper()
    flat = re.sub(r" +", " ", text)
    if not re.search(id_re(f["invoice_number"], spaced=False), up):
        errs.append("invoice_number %s not found" % f["invoice_number"])
    if not any(v in flat for v in date_variants(f["invoice_date"])):
        errs.append("invoice_date %s not found" % f["invoice_date"])
    for k in ("total_ht", "total_ttc"):
        if not re.search(amount_re(f[k]), flat):
            errs.append("%s %s not found" % (k, f[k]))
    exempt = re.search(r"261-4-4 ?° ?a", flat)
    if f["total_tva"] in ("0.00", "-0.00"):
        if not exempt:
            errs.append("exempt invoice without exemption mention")
        if f["total_ht"] != f["total_ttc"]:
            errs.append("exempt but HT != TTC")
    else:
        if not re.search(amount_re(f["total_tva"]), flat):
            errs.append("total_tva %s not found" % f["total_tva"])
        if exempt:
            errs.append("VAT invoice carries exemption mention")
    # arithmetic
    c = {k: int(round(float(f[k]) * 100)) for k in ("total_ht", "total_tva", "total_ttc")}
    if c["total_ht"] + c["total_tva"] != c["total_ttc"]:
        errs.append("HT + TVA != TTC")
    neg = f["document_type"] == "credit_note"
    if any((v < 0) != neg for v in (c["total_ht"], c["total_ttc"])):
        errs.append("sign does not match document_type")
    # identifiers
    siret = f["siret"]
    if not (len(siret) == 14 and luhn_ok(siret)):
        errs.append("bad SIRET checksum")
    if not re.search(id_re(siret), up):
        errs.append("siret %s not found" % siret)
    if f["vat_number"]:
        if f["vat_number"] != vat_of(siret[:9]):
            errs.append("vat_number does not match SIREN")
        if not re.search(id_re(f["vat_number"]), up):
            errs.append("vat_number not found")
    elif re.search(id_re(vat_of(siret[:9])), up):
        errs.append("vat_number null but seller VAT printed")
    if f["iban"]:
        if not iban_ok(f["iban"]):
            errs.append("bad IBAN checksum")
        if not re.search(id_re(f["iban"]), up):
            errs.append("iban not found")
    elif "IBAN" in up:
        errs.append("iban null but IBAN printed")
    found = []
    for m in DOSSIER_RE.finditer(up):
        if m.group(0) not in found:
            found.append(m.group(0))
    if found != f["dossiers"]:
        errs.append("dossiers %s != text %s" % (f["dossiers"], found))
    pros = set(PRO_RE.findall(up))
    if pros != ({f["proforma_number"]} if f["proforma_number"] else set()):
        errs.append("proforma mismatch %s" % pros)
    pos = set(PO_RE.findall(up))
    if pos != ({f["purchase_order"]} if f["purchase_order"] else set()):
        errs.append("purchase_order mismatch %s" % pos)
    if neg and not re.search(r"AVOIR", up):
        errs.append("credit note without AVOIR")
    pages = text.count("\f")
    if truth["layout"] == "multipage":
        if pages < 2:
            errs.append("multipage layout has one page")
        later = re.sub(r" +", " ", pdftext(pdf, first=2))
        if not re.search(amount_re(f["total_ttc"]), later):
            errs.append("multipage: total TTC not on page >= 2")
    return errs


def check(dirpath):
    files = sorted(fn for fn in os.listdir(dirpath) if fn.endswith(".truth.json"))
    bad = 0
    for fn in files:
        with open(os.path.join(dirpath, fn), encoding="utf-8") as fh:
            truth = json.load(fh)
        keys = ["invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret", "vat_number",
                "iban", "dossiers", "proforma_number", "purchase_order", "document_type"]
        errs = []
        if sorted(truth) != ["fields", "file", "layout"] or sorted(truth["fields"]) != sorted(keys):
            errs.append("bad truth keys")
        errs += check_one(os.path.join(dirpath, truth["file"]), truth)
        if errs:
            bad += 1
            print("FAIL %s (%s): %s" % (truth["file"], truth["layout"], "; ".join(errs)))
    print("checked %d documents, %d failing" % (len(files), bad))
    return bad == 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output directory")
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--check", metavar="DIR", help="verify truth values are visible in the PDFs of DIR")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(a.check) else 1
    if not a.out:
        ap.error("--out or --check is required")
    generate(a.out, a.count, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
