# helper data (stand-in Invoice entity) for the Sylius InvoicingPlugin template; amounts in cents as in Sylius
import json, os
os.makedirs("data", exist_ok=True)
def item(name, variant, qty, unit, rate):
    sub = qty*unit; tax = int(round(sub*rate/100 + 1e-9))
    return {"name":name,"variantName":variant,"quantity":qty,"unitPrice":unit,"subtotal":sub,"taxTotal":tax,"total":sub+tax,
            "taxRate": (("%g" % rate) + "%")}
def inv(number, issued, items, taxlabels, paid, buyer, seller):
    sub=sum(i["subtotal"] for i in items); tax=sum(i["taxTotal"] for i in items)
    taxItems=[]
    for rate,label in taxlabels:
        taxItems.append({"label":label,"amount":sum(i["taxTotal"] for i in items if i["taxRate"]==("%g" % rate)+"%")})
    assert sum(t["amount"] for t in taxItems)==tax
    return {"invoice":{"number":number,"issuedAt":issued,"localeCode":"fr","currencyCode":"EUR","lineItems":items,
            "subtotal":sub,"taxesTotal":tax,"total":sub+tax,"taxItems":taxItems,
            "paymentState":"completed" if paid else "pending","billingData":buyer,"shopBillingData":seller}}
docs={
 "v24-04": inv("2024/04/000000318","2024-04-15 10:24:37",
   [item("Nappe en lin lavé","160 x 250 cm, Naturel",1,7500,20),
    item("Serviettes de table en lin","Lot de 4, Terracotta",2,2450,20),
    item("Torchon en lin rayé",None,3,950,20),
    item("Colissimo Domicile",None,1,575,20)],
   [(20,"TVA (20%)")], True,
   {"firstName":"Claire","lastName":"Dubois","company":None,"street":"18 rue des Tanneurs","city":"Strasbourg","postcode":"67000","countryCode":"FR"},
   {"company":"Les Ateliers du Lin SARL","street":"42 quai Saint-Vincent","city":"Lyon","postcode":"69001","countryCode":"FR","taxId":"FR19812345676"}),
 "v24-05": inv("2024/10/000001042","2024-10-03 16:51:09",
   [item("Thé vert Sencha bio","Sachet 250 g",2,1185,5.5),
    item("Confiture de figues","Pot 340 g",3,569,5.5),
    item("Théière en fonte","0,9 L, Noir",1,4500,20),
    item("Mondial Relay",None,1,408,20)],
   [(5.5,"TVA réduite (5.5%)"),(20,"TVA (20%)")], False,
   {"firstName":"Julien","lastName":"Moreau","company":None,"street":"5 allée des Acacias","city":"Nantes","postcode":"44000","countryCode":"FR"},
   {"company":"La Maison du Thé Bordelaise","street":"27 cours de l'Intendance","city":"Bordeaux","postcode":"33000","countryCode":"FR","taxId":"FR08534102983"}),
 "v24-06": inv("2025/01/000000027","2025-01-08 09:12:55",
   [item("Vélo de route Aluminium","Taille 56, Gris",1,124917,20),
    item("Casque route","Taille M",2,6583,20),
    item("Pédales automatiques",None,1,4999,20),
    item("Livraison transporteur",None,1,2500,20)],
   [(20,"TVA 20%")], True,
   {"firstName":"Nathalie","lastName":"Le Goff","company":"Cycles Armor SAS","street":"9 boulevard de la Liberté","city":"Rennes","postcode":"35000","countryCode":"FR"},
   {"company":"Vélo Sud Distribution","street":"14 avenue du Prado","city":"Marseille","postcode":"13006","countryCode":"FR","taxId":"FR82423456789"}),
}
for k,v in docs.items():
    json.dump(v,open(f"data/{k}.sylius.json","w"),ensure_ascii=False,indent=1)
    i=v["invoice"]; print(k,i["subtotal"],i["taxesTotal"],i["total"],[t["amount"] for t in i["taxItems"]])
