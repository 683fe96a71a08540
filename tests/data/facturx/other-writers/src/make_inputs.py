#!/usr/bin/python3
"""Make up invoice data (fictional French sellers) and write, per invoice:
  NAME.page.html     visible page (printed to PDF by chromium)
  NAME.einv.json     input for @e-invoice-eu/core (its UBL-like internal format)
  NAME.nzf.json      input for node-zugferd (BASIC profile)
  NAME.truth.json    the numbers we put in (for cross-checking)
Standard library only."""
import json, os
from decimal import Decimal as D, ROUND_HALF_UP

OUT = os.path.dirname(os.path.abspath(__file__))

def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def luhn_complete(prefix):
    for d in '0123456789':
        if luhn_ok(prefix + d):
            return prefix + d

def fr_vat(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f'FR{key:02d}{siren}'

def fr_iban(bank, branch, account):
    # RIB key
    conv = {c: str((i % 9) + 1) for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}
    acc = ''.join(conv.get(c, c) for c in account)
    rib = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    bban = f'{bank}{branch}{account}{rib:02d}'
    num = ''.join(str(int(c, 36)) for c in bban + 'FR00')
    chk = 98 - int(num) % 97
    return f'FR{chk:02d}{bban}'

def party(name, street, zip_, city, siren_prefix, nic_prefix, email, bank=None):
    siren = luhn_complete(siren_prefix)
    siret = luhn_complete(siren + nic_prefix)
    assert luhn_ok(siren) and luhn_ok(siret) and len(siret) == 14
    p = dict(name=name, street=street, zip=zip_, city=city, country='FR',
             siren=siren, siret=siret, vat=fr_vat(siren), email=email)
    if bank:
        p['iban'] = fr_iban(*bank)
        p['bic'] = 'CCBPFRPPXXX'
    return p

q2 = lambda x: D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)

def compute(inv):
    lines = []
    basis = {}
    for i, (name, qty, unit, price, rate) in enumerate(inv['lines'], 1):
        net = q2(D(qty) * D(price))
        lines.append(dict(id=str(i), name=name, qty=str(qty), unit=unit,
                          price=str(price), rate=str(rate), net=f'{net:.2f}'))
        basis[rate] = basis.get(rate, D(0)) + net
    vat = [dict(rate=str(r), basis=f'{b:.2f}', tax=f'{q2(b * D(r) / 100):.2f}')
           for r, b in sorted(basis.items(), key=lambda kv: D(kv[0]))]
    ht = sum(D(v['basis']) for v in vat)
    tva = sum(D(v['tax']) for v in vat)
    inv['calc'] = dict(lines=lines, vat=vat, ht=f'{ht:.2f}', tva=f'{tva:.2f}',
                       ttc=f'{ht + tva:.2f}')
    return inv

SELLER_A = party('Atelier Verrier du Lac SARL', '12 rue des Tanneurs', '74000', 'Annecy',
                 '91234567', '0001', 'factures@atelier-verrier-lac.example',
                 ('10907', '00001', '12345678901'))
SELLER_B = party('Brûlerie Saint-Clair SAS', '4 quai Perrache', '69002', 'Lyon',
                 '82015733', '0002', 'compta@brulerie-saint-clair.example',
                 ('30004', '00820', '00010293847'))
BUYER_1 = party('Hôtel des Cimes SAS', '8 route du Col', '73150', "Val-d'Isère",
                '79468211', '0001', 'achats@hotel-cimes.example')
BUYER_2 = party('Librairie Le Passage SARL', '27 rue Mercière', '69002', 'Lyon',
                '53390012', '0001', 'contact@librairie-passage.example')

INVOICES = [
    dict(name='w-01', writer='e-invoice-eu', format='Factur-X-EN16931', type='380',
         number='FAC-2025-0142', date='2025-03-14', due='2025-04-13',
         seller=SELLER_A, buyer=BUYER_1,
         lines=[('Vase soufflé bleu lagon', 4, 'C62', '85.00', '20'),
                ('Suspension verre fumé', 2, 'C62', '249.90', '20'),
                ('Livre « Le verre à travers les âges »', 3, 'C62', '32.00', '5.5')]),
    dict(name='w-02', writer='e-invoice-eu', format='Factur-X-EN16931', type='381',
         number='AV-2025-0007', date='2025-04-02', due='2025-04-02',
         preceding=('FAC-2025-0142', '2025-03-14'),
         seller=SELLER_A, buyer=BUYER_1,
         lines=[('Retour : suspension verre fumé (défaut)', 1, 'C62', '249.90', '20')]),
    dict(name='w-03', writer='node-zugferd', format='BASIC', type='380',
         number='F2025-00318', date='2025-05-20', due='2025-06-19',
         seller=SELLER_B, buyer=BUYER_2,
         lines=[('Café grains Éthiopie Sidamo 1 kg', 6, 'KGM', '27.40', '5.5'),
                ('Moulin manuel inox', 1, 'C62', '64.17', '20'),
                ('Atelier dégustation (2 h)', 2, 'HUR', '45.00', '20')]),
    dict(name='w-04', writer='e-invoice-eu', format='Factur-X-Extended', type='380',
         number='BSC-77/2025', date='2025-07-01', due='2025-07-31',
         seller=SELLER_B, buyer=BUYER_1,
         lines=[('Abonnement café bureau – juillet', 1, 'C62', '1234.56', '20'),
                ('Livraison', 1, 'C62', '15.00', '20')]),
]

def frnum(s):
    d = D(s)
    ip, fp = f'{abs(d):.2f}'.split('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    return ('-' if d < 0 else '') + '\u202f'.join(groups) + ',' + fp

def frdate(s):
    y, m, d = s.split('-'); return f'{d}/{m}/{y}'

def html(inv):
    c = inv['calc']; s = inv['seller']; b = inv['buyer']
    title = 'AVOIR' if inv['type'] == '381' else 'FACTURE'
    rows = ''.join(f"<tr><td>{l['name']}</td><td class=r>{l['qty']}</td><td class=r>{frnum(l['price'])} €</td>"
                   f"<td class=r>{l['rate'].replace('.', ',')} %</td><td class=r>{frnum(l['net'])} €</td></tr>"
                   for l in c['lines'])
    vat = ''.join(f"<tr><td>TVA {v['rate'].replace('.', ',')} % sur {frnum(v['basis'])} €</td><td class=r>{frnum(v['tax'])} €</td></tr>"
                  for v in c['vat'])
    ref = ''
    if inv.get('preceding'):
        ref = f"<p>Avoir sur facture n° {inv['preceding'][0]} du {frdate(inv['preceding'][1])}</p>"
    iban = f"<p>Règlement par virement — IBAN {s['iban']} — BIC {s['bic']}</p>" if s.get('iban') else ''
    return f"""<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title} {inv['number']}</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:18mm}} table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #999;padding:3px 6px}} .r{{text-align:right}} h1{{font-size:18pt}} .cols{{display:flex;justify-content:space-between}}</style></head><body>
<div class=cols><div><b>{s['name']}</b><br>{s['street']}<br>{s['zip']} {s['city']}<br>SIRET {s['siret']}<br>TVA intracom. {s['vat']}</div>
<div><b>{b['name']}</b><br>{b['street']}<br>{b['zip']} {b['city']}<br>TVA intracom. {b['vat']}</div></div>
<h1>{title} n° {inv['number']}</h1>
<p>Date : {frdate(inv['date'])} — Échéance : {frdate(inv['due'])}</p>{ref}
<table><tr><th>Désignation</th><th class=r>Qté</th><th class=r>PU HT</th><th class=r>TVA</th><th class=r>Total HT</th></tr>{rows}</table>
<br><table style="width:60%;margin-left:40%">
<tr><td>Total HT</td><td class=r>{frnum(c['ht'])} €</td></tr>{vat}
<tr><td>Total TVA</td><td class=r>{frnum(c['tva'])} €</td></tr>
<tr><td><b>Total TTC</b></td><td class=r><b>{frnum(c['ttc'])} €</b></td></tr></table>
{iban}<p style="font-size:8pt">Document fictif créé pour des tests (données inventées).</p></body></html>"""

def amt(v):
    return v

def einv(inv):
    c = inv['calc']; s = inv['seller']; b = inv['buyer']; cur = 'EUR'
    def p(x, with_tax=True):
        d = {
            'cbc:EndpointID': x['email'], 'cbc:EndpointID@schemeID': 'EM',
            'cac:PartyName': {'cbc:Name': x['name']},
            'cac:PostalAddress': {'cbc:StreetName': x['street'], 'cbc:CityName': x['city'],
                                  'cbc:PostalZone': x['zip'],
                                  'cac:Country': {'cbc:IdentificationCode': 'FR'}},
            'cac:PartyLegalEntity': {'cbc:RegistrationName': x['name'],
                                     'cbc:CompanyID': x['siret'], 'cbc:CompanyID@schemeID': '0009'},
        }
        return d
    sp = p(s)
    sp['cac:PartyTaxScheme'] = [{'cbc:CompanyID': s['vat'], 'cac:TaxScheme': {'cbc:ID': 'VAT'}}]
    bp = p(b)
    bp['cac:PartyTaxScheme'] = {'cbc:CompanyID': b['vat'], 'cac:TaxScheme': {'cbc:ID': 'VAT'}}
    doc = {
        'cbc:ID': inv['number'], 'cbc:IssueDate': inv['date'], 'cbc:DueDate': inv['due'],
        'cbc:InvoiceTypeCode': inv['type'], 'cbc:DocumentCurrencyCode': cur,
        'cbc:BuyerReference': 'CMD-' + inv['number'],
        'cac:AccountingSupplierParty': {'cac:Party': sp},
        'cac:AccountingCustomerParty': {'cac:Party': bp},
        'cac:Delivery': {'cbc:ActualDeliveryDate': inv['date']},
        'cac:PaymentMeans': [{'cbc:PaymentMeansCode': '30',
                              'cac:PayeeFinancialAccount': {'cbc:ID': s['iban'],
                                  'cac:FinancialInstitutionBranch': {'cbc:ID': s['bic']}}}],
        'cac:PaymentTerms': {'cbc:Note': 'Paiement à 30 jours'},
        'cac:TaxTotal': [{'cbc:TaxAmount': c['tva'], 'cbc:TaxAmount@currencyID': cur,
                          'cac:TaxSubtotal': [{'cbc:TaxableAmount': v['basis'], 'cbc:TaxableAmount@currencyID': cur,
                                               'cbc:TaxAmount': v['tax'], 'cbc:TaxAmount@currencyID': cur,
                                               'cac:TaxCategory': {'cbc:ID': 'S', 'cbc:Percent': v['rate'],
                                                                   'cac:TaxScheme': {'cbc:ID': 'VAT'}}}
                                              for v in c['vat']]}],
        'cac:LegalMonetaryTotal': {'cbc:LineExtensionAmount': c['ht'], 'cbc:LineExtensionAmount@currencyID': cur,
                                   'cbc:TaxExclusiveAmount': c['ht'], 'cbc:TaxExclusiveAmount@currencyID': cur,
                                   'cbc:TaxInclusiveAmount': c['ttc'], 'cbc:TaxInclusiveAmount@currencyID': cur,
                                   'cbc:PayableAmount': c['ttc'], 'cbc:PayableAmount@currencyID': cur},
        'cac:InvoiceLine': [{'cbc:ID': l['id'], 'cbc:InvoicedQuantity': l['qty'], 'cbc:InvoicedQuantity@unitCode': l['unit'],
                             'cbc:LineExtensionAmount': l['net'], 'cbc:LineExtensionAmount@currencyID': cur,
                             'cac:Item': {'cbc:Name': l['name'],
                                          'cac:ClassifiedTaxCategory': {'cbc:ID': 'S', 'cbc:Percent': l['rate'],
                                                                        'cac:TaxScheme': {'cbc:ID': 'VAT'}}},
                             'cac:Price': {'cbc:PriceAmount': l['price'], 'cbc:PriceAmount@currencyID': cur}}
                            for l in c['lines']],
    }
    if inv.get('preceding'):
        doc['cac:BillingReference'] = [{'cac:InvoiceDocumentReference': {'cbc:ID': inv['preceding'][0],
                                                                          'cbc:IssueDate': inv['preceding'][1]}}]
    return {'ubl:Invoice': doc}

def nzf(inv):
    c = inv['calc']; s = inv['seller']; b = inv['buyer']
    def addr(x):
        return {'countryCode': 'FR', 'postCode': x['zip'], 'line1': x['street'], 'city': x['city']}
    return {
        'number': inv['number'], 'typeCode': inv['type'], 'issueDate': inv['date'],
        'transaction': {
            'tradeAgreement': {
                'buyerReference': 'CMD-' + inv['number'],
                'seller': {'name': s['name'],
                           'organization': {'registrationIdentifier': {'value': s['siret'], 'schemeIdentifier': '0009'}},
                           'postalAddress': addr(s),
                           'electronicAddress': {'value': s['email'], 'schemeIdentifier': 'EM'},
                           'taxRegistration': {'vatIdentifier': s['vat']}},
                'buyer': {'name': b['name'],
                          'organization': {'registrationIdentifier': {'value': b['siret'], 'schemeIdentifier': '0009'}},
                          'postalAddress': addr(b),
                          'electronicAddress': {'value': b['email'], 'schemeIdentifier': 'EM'},
                          'taxRegistration': {'vatIdentifier': b['vat']}},
            },
            'tradeDelivery': {'information': {'deliveryDate': inv['date']}},
            'tradeSettlement': {
                'currencyCode': 'EUR',
                'paymentInstruction': {'typeCode': '30', 'transfers': [{'paymentAccountIdentifier': s['iban']}]},
                'paymentTerms': {'description': 'Paiement à 30 jours', 'dueDate': inv['due']},
                'vatBreakdown': [{'calculatedAmount': v['tax'], 'typeCode': 'VAT', 'basisAmount': v['basis'],
                                  'categoryCode': 'S', 'rateApplicablePercent': v['rate']} for v in c['vat']],
                'monetarySummation': {'lineTotalAmount': c['ht'], 'taxBasisTotalAmount': c['ht'],
                                      'taxTotal': {'amount': c['tva'], 'currencyCode': 'EUR'},
                                      'grandTotalAmount': c['ttc'], 'duePayableAmount': c['ttc']},
            },
            'line': [{'identifier': l['id'],
                      'tradeProduct': {'name': l['name']},
                      'tradeAgreement': {'netTradePrice': {'chargeAmount': l['price']}},
                      'tradeDelivery': {'billedQuantity': {'amount': l['qty'], 'unitMeasureCode': l['unit']}},
                      'tradeSettlement': {'tradeTax': {'typeCode': 'VAT', 'categoryCode': 'S',
                                                       'rateApplicablePercent': l['rate']},
                                          'monetarySummation': {'lineTotalAmount': l['net']}}}
                     for l in c['lines']],
        },
    }

for inv in INVOICES:
    compute(inv)
    n = inv['name']
    open(f'{OUT}/{n}.page.html', 'w').write(html(inv))
    json.dump(einv(inv), open(f'{OUT}/{n}.einv.json', 'w'), ensure_ascii=False, indent=1)
    json.dump(nzf(inv), open(f'{OUT}/{n}.nzf.json', 'w'), ensure_ascii=False, indent=1)
    json.dump(inv, open(f'{OUT}/{n}.truth.json', 'w'), ensure_ascii=False, indent=1)
    print(n, inv['number'], inv['calc']['ht'], inv['calc']['tva'], inv['calc']['ttc'], inv['seller']['siret'], inv['seller']['vat'], inv['seller']['iban'])
