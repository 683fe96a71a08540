#!/usr/bin/env python3
"""Writes the helper-chosen invoice data (data: helper) as JSON for tools/render.php.
Amounts in cents, like Crater's database. Address formats are Crater's default formats
(database/seeders/DefaultSettingsSeeder.php) with extra lines a user would add in
Settings > Customization (SIRET / VAT id); notes are the invoice's "Notes" field."""
import json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "data"
os.makedirs(OUT, exist_ok=True)

EUR = {"precision": 2, "thousand_separator": ".", "decimal_separator": ",",
       "symbol": "€", "swap_currency_symbol": True}   # CurrenciesTableSeeder 'Euro'

COMPANY_FMT = ("<h3><strong>{COMPANY_NAME}</strong></h3><p>{COMPANY_ADDRESS_STREET_1}</p>"
               "<p>{COMPANY_ADDRESS_STREET_2}</p><p>{COMPANY_CITY} {COMPANY_STATE}</p>"
               "<p>{COMPANY_COUNTRY}  {COMPANY_ZIP_CODE}</p><p>{COMPANY_PHONE}</p>")
BILLING_FMT = ("<h3>{BILLING_ADDRESS_NAME}</h3><p>{BILLING_ADDRESS_STREET_1}</p>"
               "<p>{BILLING_ADDRESS_STREET_2}</p><p>{BILLING_CITY}  {BILLING_STATE}</p>"
               "<p>{BILLING_COUNTRY}  {BILLING_ZIP_CODE}</p><p>{BILLING_PHONE}</p>")
SHIPPING_FMT = ("<h3>{SHIPPING_ADDRESS_NAME}</h3><p>{SHIPPING_ADDRESS_STREET_1}</p>"
                "<p>{SHIPPING_ADDRESS_STREET_2}</p><p>{SHIPPING_CITY}  {SHIPPING_STATE}</p>"
                "<p>{SHIPPING_COUNTRY}  {SHIPPING_ZIP_CODE}</p><p>{SHIPPING_PHONE}</p>")


def rnd(x):  # Crater rounds tax amounts to whole cents
    return int(round(x))


def build(name, locale, datefmt, number, date, due, company, bill, ship, items, tax,
          notes, extra_company_lines="", tax_per_item="NO", paid=0, custname=None):
    its = []
    for it in items:
        n, d, q, unit, price = it[:5]
        rate = it[5] if len(it) > 5 else None
        total = rnd(q * price)
        o = {"name": n, "description": d, "quantity": q, "unit_name": unit, "price": price,
             "total": total, "discount_type": "fixed", "discount": 0, "discount_val": 0,
             "tax": rnd(total * rate / 100) if rate is not None else 0, "rate": rate}
        its.append(o)
    sub = sum(i["total"] for i in its)
    taxes_inv, taxes_agg = [], []
    if tax_per_item == "YES":
        for tname, rate in tax:
            amt = sum(i["tax"] for i in its if i["rate"] == rate)
            taxes_agg.append({"name": tname, "percent": rate, "amount": amt, "calculation_type": "percentage"})
        tax_total = sum(t["amount"] for t in taxes_agg)
    else:
        for tname, rate in tax:
            taxes_inv.append({"name": tname, "percent": rate, "amount": rnd(sub * rate / 100), "calculation_type": "percentage"})
        tax_total = sum(t["amount"] for t in taxes_inv)
    total = sub + tax_total
    if paid == -1:  # paid in full
        paid = total
    fields = {}
    for k, v in company.items():
        fields["{COMPANY_" + k + "}"] = v
    for k, v in bill.items():
        fields["{BILLING_" + k + "}"] = v
    for k, v in (ship or {}).items():
        fields["{SHIPPING_" + k + "}"] = v
    d = {
        "locale": locale, "carbon_date_format": datefmt,
        "formats": {"company": COMPANY_FMT + extra_company_lines, "billing": BILLING_FMT,
                    "shipping": SHIPPING_FMT},
        "fields": fields, "notes": notes, "taxes": taxes_agg,
        "invoice": {
            "invoice_number": number, "invoice_date": date, "due_date": due,
            "customer": {"company": {"name": company["NAME"]}, "currency": EUR},
            "items": its, "sub_total": sub, "discount": 0, "discount_type": "fixed",
            "discount_val": 0, "discount_per_item": "NO", "tax_per_item": tax_per_item,
            "taxes": taxes_inv, "total": total, "tax": tax_total,
            "paid_status": "PARTIALLY_PAID" if 0 < paid < total else ("PAID" if paid == total else "UNPAID"),
            "due_amount": total - paid,
        },
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(name, "HT", sub / 100, "TVA", tax_total / 100, "TTC", total / 100, "due", (total - paid) / 100)


# v20-01  Crater invoice1, French
build("v20-01", "fr", "d/m/Y", "FAC-000047", "2025-03-14", "2025-04-13",
      {"NAME": "Atelier Bréval SARL", "ADDRESS_STREET_1": "14 rue des Tanneurs",
       "ADDRESS_STREET_2": "", "CITY": "Lyon", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "69002", "PHONE": "04 78 42 19 63"},
      {"ADDRESS_NAME": "Maison Roussel & Fils", "ADDRESS_STREET_1": "7 avenue Jean Jaurès",
       "ADDRESS_STREET_2": "Bâtiment B", "CITY": "Villeurbanne", "STATE": "",
       "COUNTRY": "France", "ZIP_CODE": "69100", "PHONE": ""},
      None,
      [("Conception graphique catalogue", "Maquette 24 pages, 2 allers-retours", 1, None, 145000),
       ("Impression catalogue", "Quadri, papier couché 135 g", 500, "ex.", 320),
       ("Livraison", "Transport Lyon – Villeurbanne", 1, None, 8500)],
      [("TVA", 20)],
      "<p>Paiement par virement à 30 jours.</p><p>IBAN : FR14 2004 1010 0505 0001 3M02 606 – BIC : PSSTFRPPLYO</p>"
      "<p>Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.</p>",
      extra_company_lines="<p>SIRET : 812 457 968 00020</p><p>TVA intracom. : FR14812457968</p>")

# v20-02  Crater invoice2, German
build("v20-02", "de", "d.m.Y", "RE-000213", "2025-05-07", "2025-05-21",
      {"NAME": "Holzwerk Brandt GmbH", "ADDRESS_STREET_1": "Karl-Heine-Straße 88",
       "ADDRESS_STREET_2": "", "CITY": "Leipzig", "STATE": "Sachsen", "COUNTRY": "Deutschland",
       "ZIP_CODE": "04229", "PHONE": "+49 341 4926 310"},
      {"ADDRESS_NAME": "Familie Weber", "ADDRESS_STREET_1": "Lindenallee 12",
       "ADDRESS_STREET_2": "", "CITY": "Markkleeberg", "STATE": "Sachsen",
       "COUNTRY": "Deutschland", "ZIP_CODE": "04416", "PHONE": ""},
      {"ADDRESS_NAME": "Familie Weber", "ADDRESS_STREET_1": "Seeblick 3",
       "ADDRESS_STREET_2": "", "CITY": "Markkleeberg", "STATE": "Sachsen",
       "COUNTRY": "Deutschland", "ZIP_CODE": "04416", "PHONE": ""},
      [("Esstisch Eiche massiv", "220 x 100 cm, geölt", 1, "Stk.", 238000),
       ("Stuhl Eiche", "Sitzfläche Leder", 6, "Stk.", 31500),
       ("Lieferung und Montage", "", 1, None, 24000)],
      [("MwSt.", 19)],
      "<p>Zahlbar innerhalb von 14 Tagen ohne Abzug.</p><p>Sparkasse Leipzig – IBAN DE65 8605 0000 1023 4567 89 – BIC WELADE8LXXX</p>",
      extra_company_lines="<p>USt-IdNr.: DE298765431</p><p>Amtsgericht Leipzig HRB 31245</p>")

# v20-03  Crater invoice3, French, tax per item with two rates
build("v20-03", "fr", "Y-m-d", "FAC-000112", "2025-06-21", "2025-07-05",
      {"NAME": "Les Halles Traiteur", "ADDRESS_STREET_1": "3 quai de la Fosse",
       "ADDRESS_STREET_2": "", "CITY": "Nantes", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "44000", "PHONE": "02 40 73 55 18"},
      {"ADDRESS_NAME": "Agence Océane Événements", "ADDRESS_STREET_1": "21 rue Crébillon",
       "ADDRESS_STREET_2": "", "CITY": "Nantes", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "44000", "PHONE": ""},
      {"ADDRESS_NAME": "Château de la Gournerie", "ADDRESS_STREET_1": "Route de la Gournerie",
       "ADDRESS_STREET_2": "", "CITY": "Saint-Herblain", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "44800", "PHONE": ""},
      [("Buffet cocktail", "40 personnes, 12 pièces par personne", 40, None, 1850, 10),
       ("Vins et champagne", "Forfait boissons alcoolisées", 1, None, 32000, 20),
       ("Service en salle", "2 serveurs x 5 h", 10, "h", 3200, 20)],
      [("TVA réduite", 10), ("TVA", 20)],
      "<p>Règlement par virement à réception de facture.</p><p>IBAN FR75 1027 8078 9000 0204 7190 214 – BIC CMCIFR2A</p>",
      extra_company_lines="<p>SIRET 533 771 200 00045 – RCS Nantes</p><p>N° TVA FR73533771200</p>",
      tax_per_item="YES")

# v20-04  InvoiceShelf invoice1, German, partially paid
build("v20-04", "de", "d.m.Y", "RE-000088", "2025-06-02", "2025-06-16",
      {"NAME": "Studio Kessler Webdesign", "ADDRESS_STREET_1": "Schanzenstraße 41",
       "ADDRESS_STREET_2": "", "CITY": "Hamburg", "STATE": "", "COUNTRY": "Deutschland",
       "ZIP_CODE": "20357", "PHONE": "+49 40 3861 2204"},
      {"ADDRESS_NAME": "Bäckerei Hansen KG", "ADDRESS_STREET_1": "Osterstraße 102",
       "ADDRESS_STREET_2": "", "CITY": "Hamburg", "STATE": "", "COUNTRY": "Deutschland",
       "ZIP_CODE": "20259", "PHONE": ""},
      None,
      [("Website-Relaunch", "Pauschale laut Angebot", 1, None, 220000),
       ("Hosting", "Paket M, 12 Monate", 12, "Monat", 2500)],
      [("MwSt.", 19)],
      "<p>Anzahlung vom 15.05.2025 bereits verrechnet.</p><p>Bitte überweisen Sie den offenen Betrag auf: IBAN DE04 1203 0000 0020 5873 41 (DKB)</p>",
      extra_company_lines="<p>USt-IdNr. DE312456789</p>",
      paid=100000)

# v20-05  InvoiceShelf invoice1, French, micro-entrepreneur without VAT
build("v20-05", "fr", "d/m/Y", "FAC-000031", "2025-09-08", "2025-09-22",
      {"NAME": "Camille Fournier Photographie", "ADDRESS_STREET_1": "5 place du Marché",
       "ADDRESS_STREET_2": "", "CITY": "Angers", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "49100", "PHONE": "06 12 48 90 33"},
      {"ADDRESS_NAME": "M. et Mme Lefèvre", "ADDRESS_STREET_1": "18 rue Saint-Aubin",
       "ADDRESS_STREET_2": "", "CITY": "Angers", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "49100", "PHONE": ""},
      None,
      [("Reportage photo mariage", "Cérémonie et soirée, 120 photos retouchées", 1, None, 120000),
       ("Album photo 30x30", "40 pages", 1, None, 18000)],
      [],
      "<p>TVA non applicable, art. 293 B du CGI.</p><p>Paiement par virement : IBAN FR80 3000 4008 2800 0123 4567 866</p>",
      extra_company_lines="<p>SIRET 903 184 521 00016</p><p>Entrepreneur individuel</p>")

# v20-06  InvoiceShelf invoice1, French, paid in full
build("v20-06", "fr", "d-m-Y", "FA2025-0190", "2025-10-03", "2025-11-02",
      {"NAME": "Ferronnerie Dubreuil EURL", "ADDRESS_STREET_1": "9 rue de la Forge",
       "ADDRESS_STREET_2": "ZA de la Janais", "CITY": "Chartres-de-Bretagne", "STATE": "",
       "COUNTRY": "France", "ZIP_CODE": "35131", "PHONE": "02 99 41 07 52"},
      {"ADDRESS_NAME": "SCI Les Tilleuls", "ADDRESS_STREET_1": "42 boulevard de la Liberté",
       "ADDRESS_STREET_2": "", "CITY": "Rennes", "STATE": "", "COUNTRY": "France",
       "ZIP_CODE": "35000", "PHONE": ""},
      None,
      [("Garde-corps acier thermolaqué", "Fabrication sur mesure, 7,5 ml", 7.5, "ml", 28000),
       ("Pose sur site", "2 compagnons, 1 journée", 16, "h", 4500)],
      [("TVA", 20)],
      "<p>Facture acquittée par virement le 10/10/2025.</p><p>Coordonnées bancaires : IBAN FR48 1380 7060 0031 0218 4560 327 – BIC CCBPFRPPNAN</p>",
      extra_company_lines="<p>SIRET : 794 520 817 00030</p><p>TVA : FR87794520817</p>",
      paid=-1)
