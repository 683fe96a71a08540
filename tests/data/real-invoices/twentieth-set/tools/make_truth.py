#!/usr/bin/env python3
"""Write NAME.truth.json (values read off the rendered PDFs) and check that each value's
printed form occurs in `pdftotext -layout`."""
import json, subprocess, sys

CR = "github:crater-invoice/crater@"
IS = "github:InvoiceShelf/InvoiceShelf@"
L = {
 "01": CR + "a98cc54d64ff9d67a2685a2dc088faf546cf0493:resources/views/app/pdf/invoice/invoice1.blade.php (locale fr)",
 "02": CR + "0948b88eadef1436ac3b7609508abfb810d9b1d2:resources/views/app/pdf/invoice/invoice2.blade.php (locale de)",
 "03": CR + "dad03e2ec2b66874cb077f764257d91bb3d9e8f9:resources/views/app/pdf/invoice/invoice3.blade.php (locale fr)",
 "04": IS + "c799149d2dd08b94cb063c99494bf8b48e9612d6:resources/views/app/pdf/invoice/invoice1.blade.php (locale de)",
 "05": IS + "c799149d2dd08b94cb063c99494bf8b48e9612d6:resources/views/app/pdf/invoice/invoice1.blade.php (locale fr)",
 "06": IS + "c799149d2dd08b94cb063c99494bf8b48e9612d6:resources/views/app/pdf/invoice/invoice1.blade.php (locale fr)",
}
# n: (number, date, HT, TVA, TTC, siret, vat, iban, printed forms to find in the text layer)
T = {
 "01": ("FAC-000047", "2025-03-14", "3135.00", "627.00", "3762.00", "81245796800020", "FR14812457968",
        "FR1420041010050500013M02606", ["14/03/2025", "3.135,00€", "627,00€", "3.762,00€", "812 457 968 00020", "FR14 2004 1010 0505 0001 3M02 606"]),
 "02": ("RE-000213", "2025-05-07", "4510.00", "856.90", "5366.90", None, None,
        "DE65860500001023456789", ["07.05.2025", "4.510,00€", "856,90€", "5.366,90€", "DE65 8605 0000 1023 4567 89"]),
 "03": ("FAC-000112", "2025-06-21", "1380.00", "202.00", "1582.00", "53377120000045", "FR73533771200",
        "FR7510278078900002047190214", ["2025-06-21", "1.380,00€", "74,00€", "128,00€", "1.582,00€", "533 771 200 00045", "FR75 1027 8078 9000 0204 7190 214"]),
 "04": ("RE-000088", "2025-06-02", "2500.00", "475.00", "2975.00", None, None,
        "DE04120300000020587341", ["02.06.2025", "2.500,00€", "475,00€", "2.975,00€", "DE04 1203 0000"]),
 "05": ("FAC-000031", "2025-09-08", "1380.00", "0.00", "1380.00", "90318452100016", None,
        "FR8030004008280001234567866", ["08/09/2025", "1.380,00€", "293 B du CGI", "903 184 521 00016", "FR80 3000 4008 2800 0123 4567 866"]),
 "06": ("FA2025-0190", "2025-10-03", "2820.00", "564.00", "3384.00", "79452081700030", "FR87794520817",
        "FR4813807060003102184560327", ["03-10-2025", "2.820,00€", "564,00€", "3.384,00€", "794 520 817 00030", "FR48 1380 7060 0031 0218 4560 327"]),
}
ok = True
for n, (num, date, ht, tva, ttc, siret, vat, iban, forms) in T.items():
    name = f"v20-{n}"
    txt = subprocess.run(["pdftotext", "-layout", name + ".pdf", "-"], capture_output=True, text=True).stdout
    flat = " ".join(txt.split())
    for s in [num] + ([vat] if vat else []) + forms:
        if s not in txt and s not in flat:
            print(name, "MISSING", s); ok = False
    truth = {"file": name + ".pdf", "layout": L[n], "fields": {
        "invoice_number": num, "invoice_date": date, "total_ht": ht, "total_tva": tva,
        "total_ttc": ttc, "siret": siret, "vat_number": vat, "iban": iban, "dossiers": [],
        "proforma_number": None, "purchase_order": None, "document_type": "invoice"}}
    with open(name + ".truth.json", "w") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2); f.write("\n")
print("all printed values found" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
