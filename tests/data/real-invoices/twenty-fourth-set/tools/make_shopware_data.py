# helper data (stand-in order/config arrays) for the Shopware invoice template; writes data/v24-0[1-3].shopware.json
import json, os
os.makedirs("data", exist_ok=True)
AF=[[{"type":"snippet","value":"address/company"},{"type":"plain","value":"-"},{"type":"snippet","value":"address/department"}],
    [{"type":"snippet","value":"address/first_name"},{"type":"snippet","value":"address/last_name"}],
    [{"type":"snippet","value":"address/street"}],
    [{"type":"snippet","value":"address/zipcode"},{"type":"snippet","value":"address/city"}],
    [{"type":"snippet","value":"address/country"}]]
def li(num,label,qty,unit,rate,opts=None):
    return {"id":num,"label":label,"quantity":qty,"unitPrice":unit,"totalPrice":round(unit*qty,2),
            "payload":{"productNumber":num,"options":opts or [],"features":[]},
            "price":{"taxRules":[{"taxRate":rate}]},"children":[]}
def doc(locale, langid, cur, status, items, ship_name, ship_total, ship_rate, taxes, net, total, addr, country, cust, orderno, orderdate, docdate, invno, cfg, pdfdate, vatIds=None):
    return {"pdfDate":pdfdate,
     "order":{"orderNumber":orderno,"orderDateTime":orderdate,"billingAddressId":"a1",
      "orderCustomer":{"customerNumber":cust,"customer":{"vatIds":vatIds or []}},
      "addresses":[dict(addr,id="a1",country={"id":"c1","name":country,"translated":{"name":country,"addressFormat":AF},"companyTax":{"enabled":False}})],
      "currency":{"isoCode":cur},"language":{"id":langid,"locale":{"code":locale}},
      "lineItems":items,"nestedLineItems":items,
      "deliveries":[{"shippingMethod":{"name":ship_name,"translated":{"name":ship_name}},"shippingCosts":{"calculatedTaxes":[{"taxRate":ship_rate}]},"shippingOrderAddress":addr}],
      "shippingTotal":ship_total,
      "transactions":[{"paymentMethod":{"translated":{"name":cfg.pop("_payment")}}}],
      "price":{"taxStatus":status,"calculatedTaxes":taxes,"totalPrice":total,"rawTotal":total},
      "amountNet":net,"totalRounding":{"interval":0.01,"decimals":2},"itemRounding":{"interval":0.01,"decimals":2},"priceModifiers":[]},
     "config":dict({"displayFooter":True,"displayHeader":True,"displayPageCount":True,"displayLineItems":True,"displayLineItemPosition":True,
       "displayPrices":True,"displayCompanyAddress":True,"itemsPerPage":10,"pageOrientation":"portrait","fileType":"pdf",
       "displayCustomerVatId":True,"displayAdditionalNoteDelivery":False,"deliveryCountries":[],
       "documentDate":docdate,"custom":{"invoiceNumber":invno}},**cfg)}

# 01: de-DE B2C, gross prices, 19 % + 7 %; taxes rounded per line (89.90 -> 14.35, 4.90 -> 0.78, 37.80 -> 2.47)
items=[li("SW10001","Kaffeemühle Edelstahl, Kegelmahlwerk",1,89.90,19.0),
       li("SW10017","Espressobohnen Crema, 1 kg",2,18.90,7.0,[{"group":"Mahlgrad","option":"ganze Bohne"}])]
d1=doc("de-DE","lang-de","EUR","gross",items,"Standard",4.90,19.0,
       [{"taxRate":19.0,"tax":15.13,"price":94.80},{"taxRate":7.0,"tax":2.47,"price":37.80}],115.00,132.60,
       {"company":None,"department":None,"firstName":"Sabine","lastName":"Krämer","street":"Lindenstraße 14","zipcode":"50674","city":"Köln"},
       "Deutschland","K-20481","10093","2024-03-11 09:42:00","2024-03-12","RE-2024-1047",
       {"companyName":"Rösterei Hanse GmbH","companyAddress":"Am Sandtorkai 23 - 20457 Hamburg","companyPhone":"040 3344 5566",
        "companyEmail":"info@roesterei-hanse.de","companyUrl":"www.roesterei-hanse.de","taxNumber":"27/451/01234","vatId":"DE298765431",
        "taxOffice":"Hamburg-Altona","bankName":"Hamburger Sparkasse","bankIban":"DE42700500000004711815","bankBic":"HASPDEHHXXX",
        "placeOfJurisdiction":"Hamburg","placeOfFulfillment":"Hamburg","executiveDirector":"Jens Petersen","_payment":"Vorkasse"},
       "20240312101500+01'00'")
json.dump(d1,open("data/v24-01.shopware.json","w"),ensure_ascii=False,indent=1)

# 02: de-DE B2B, gross prices, 19 % only; taxes rounded per line (the stored snippet file has no "exclVAT" key, so no net display)
items=[li("BM-4410","Bürodrehstuhl ergonomisch, Netzrücken",4,289.00,19.0,[{"group":"Farbe","option":"Anthrazit"}]),
       li("BM-2205","Schreibtisch höhenverstellbar 160 x 80 cm",2,549.50,19.0),
       li("BM-0931","Monitorarm doppelt, Tischklemme",4,64.75,19.0),
       li("SV-MONT","Montageservice vor Ort (pauschal)",1,180.00,19.0)]
gross2=round(4*289.00+2*549.50+4*64.75+180.00+39.00,2)
tax2=round(sum(round(g-g/1.19,2) for g in [1156.00,1099.00,259.00,180.00,39.00]),2)
d2=doc("de-DE","lang-de","EUR","gross",items,"Spedition",39.00,19.0,
       [{"taxRate":19.0,"tax":tax2,"price":gross2}],round(gross2-tax2,2),gross2,
       {"company":"Kanzlei Vogt und Partner","department":"Verwaltung","firstName":"Markus","lastName":"Vogt","street":"Theaterstraße 8","zipcode":"30159","city":"Hannover"},
       "Deutschland","K-31877","10412","2024-09-02 14:05:00","2024-09-06","10412",
       {"companyName":"Büromöbel Nord GmbH","companyAddress":"Industrieweg 5 - 24539 Neumünster","companyPhone":"04321 98765-0",
        "companyEmail":"rechnung@bueromoebel-nord.de","companyUrl":None,"taxNumber":"20/293/04567","vatId":"DE312456789",
        "taxOffice":"Neumünster","bankName":"Commerzbank Hamburg","bankIban":"DE96200411550638219400","bankBic":"COBADEHD055",
        "placeOfJurisdiction":"Neumünster","placeOfFulfillment":"Neumünster","executiveDirector":"Anke Brodersen","_payment":"Rechnung",
        "documentComment":"Zahlbar innerhalb von 14 Tagen ohne Abzug."},
       "20240906083000+02'00'",["DE276543210"])
json.dump(d2,open("data/v24-02.shopware.json","w"),ensure_ascii=False,indent=1)

# 03: en-GB, GBP, gross, 20 %; taxes rounded per line
items=[li("TEA-0042","Loose leaf Assam, 500 g",3,12.50,20.0),
       li("TEA-0107","Cast iron teapot 0.8 l",1,46.00,20.0,[{"group":"Colour","option":"Midnight blue"}]),
       li("ACC-0008","Bamboo tea scoop",2,4.25,20.0)]
gross=round(3*12.50+46.00+2*4.25+3.95,2)
tax=round(sum(round(g-g/1.2,2) for g in [37.50,46.00,8.50,3.95]),2)
d3=doc("en-GB","lang-en","GBP","gross",items,"Royal Mail Tracked 48",3.95,20.0,
       [{"taxRate":20.0,"tax":tax,"price":gross}],round(gross-tax,2),gross,
       {"company":None,"department":None,"firstName":"Oliver","lastName":"Hughes","street":"27 Clarendon Road","zipcode":"LS2 9NZ","city":"Leeds"},
       "United Kingdom","C-5512","20733","2024-11-18 19:21:00","2024-11-19","INV-20733",
       {"companyName":"Kettle & Leaf Ltd","companyAddress":"Unit 4, Riverside Works - Hebden Bridge HX7 8AD","companyPhone":"01422 845 210",
        "companyEmail":"hello@kettleandleaf.co.uk","companyUrl":"www.kettleandleaf.co.uk","taxNumber":None,"vatId":"GB284619337",
        "taxOffice":None,"bankName":"Barclays Bank UK PLC","bankIban":"GB83BARC20325373481956","bankBic":"BARCGB22",
        "placeOfJurisdiction":"England and Wales","placeOfFulfillment":"Hebden Bridge","executiveDirector":None,"_payment":"Credit card"},
       "20241119091200+00'00'")
json.dump(d3,open("data/v24-03.shopware.json","w"),ensure_ascii=False,indent=1)
