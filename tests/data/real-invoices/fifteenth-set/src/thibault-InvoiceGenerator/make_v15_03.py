# Helper data (data: helper) fed through the fork's own API exactly the way its
# InvoiceGenerator/cli.py (_generate_invoice) does: Provider/Client/Creator/Invoice,
# objet, commentaire, mode, set_kind("facture"), Item(quantity, unit_price, description)
# then SimpleInvoice(invoice, output).gen().  The only extras: a fixed invoice date
# (otherwise today) and item units (Item.unit must be set, else pdf.py fails).
import datetime, sys
from pathlib import Path
from InvoiceGenerator.api import Creator, Invoice, Item, Provider, Client
from InvoiceGenerator.pdf import SimpleInvoice

out = Path(sys.argv[1])
provider = Provider(
    "Camille Roussel",
    address="14 rue des Tanneurs",
    city="Lyon",
    zip_code="69002",
    country="France",
    phone="04 78 12 34 56",
    email="camille.roussel@example.fr",
    siret="84215739600016",
    bank_name="Banque Exemple Lyon",
    bank_account="FR76 3000 3012 3400 0512 3456 740",
    ss="",
)
client = Client(
    "Editions du Rhône",
    additional_name="Service fabrication",
    address="3 quai Saint-Vincent",
    city="Lyon",
    zip_code="69001",
    country="France",
    phone="04 72 00 11 22",
    email="fabrication@example.org",
    siret="",
    note="",
)
creator = Creator(provider.summary)
invoice = Invoice(client, provider, creator)
invoice.objet = "Illustrations pour l'ouvrage « Les Traboules »"
invoice.commentaire = ""
invoice.mode = 1
invoice.set_kind("facture")
invoice.date = datetime.date(2024, 3, 12)
for it in [
    Item(3, 450, description="Illustration pleine page, couleur", unit="u"),
    Item(1, 275.50, description="Illustration de couverture, retouches", unit="u"),
    Item(2, 90, description="Vignettes de chapitre", unit="u"),
]:
    invoice.add_item(it)
SimpleInvoice(invoice, out).gen()
