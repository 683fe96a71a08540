def luhn_ok(s):
    t=0
    for i,c in enumerate(reversed(s)):
        d=int(c)
        if i%2==1:
            d*=2
            if d>9:d-=9
        t+=d
    return t%10==0
def make_siret(prefix13):
    for k in range(10):
        s=prefix13+str(k)
        if luhn_ok(s): return s
def siren_ok(s): return luhn_ok(s)
def fr_vat(siren): return "FR%02d%s"%((12+3*(int(siren)%97))%97,siren)
def iban(cc,bban):
    num=''.join(str(int(c,36)) for c in bban+cc+'00')
    ck=98-int(num)%97
    return cc+"%02d"%ck+bban
def iban_ok(i):
    r=i[4:]+i[:4]; return int(''.join(str(int(c,36)) for c in r))%97==1
# SIREN must itself be luhn valid
def make_siren(p8):
    for k in range(10):
        if luhn_ok(p8+str(k)): return p8+str(k)
siren=make_siren("53247816")
siret=make_siret(siren+"0002")
print("fr1 siren",siren,"siret",siret,luhn_ok(siret),fr_vat(siren))
siren2=make_siren("82915370")
siret2=make_siret(siren2+"0001")
print("fr2 siren",siren2,"siret",siret2,fr_vat(siren2))
# FR BBAN: bank5 branch5 account11 key2 (RIB key)
def rib_key(b,g,c):
    conv={}
    for ch,v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ","12345678912345678923456789"): conv[ch]=v
    cc=''.join(conv.get(x,x) for x in c)
    return "%02d"%(97-((89*int(b)+15*int(g)+3*int(cc))%97))
b,g,c="30004","01562","00010473582"; fr=iban("FR",b+g+c+rib_key(b,g,c)); print(fr,iban_ok(fr))
b,g,c="16807","00024","31529476013"; fr2=iban("FR",b+g+c+rib_key(b,g,c)); print(fr2,iban_ok(fr2))
de=iban("DE","20050550"+"1287346501"); print(de,iban_ok(de))
ie=iban("IE","AIBK"+"933851"+"27419865"); print(ie,iban_ok(ie))
nl=iban("NL","RABO"+"0318472956"); print(nl,iban_ok(nl))
