# helper: make checksum-valid French identifiers (SIREN/SIRET Luhn, VAT key, RIB key, IBAN)
import sys
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2: d *= 2; d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0
def complete_luhn(prefix):
    for d in range(10):
        if luhn_ok(prefix + str(d)): return prefix + str(d)
def vat(siren): return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
def rib_key(bank, branch, acct): return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
def iban(cc, bban):
    n = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return f"{cc}{98 - n % 97:02d}{bban}"
siren = complete_luhn(sys.argv[1])          # 8 digits given
siret = complete_luhn(siren + sys.argv[2])  # 4-digit NIC prefix given
bank, branch, acct = sys.argv[3], sys.argv[4], sys.argv[5]
bban = f"{bank}{branch}{acct}{rib_key(bank, branch, acct):02d}"
print(siren, siret, vat(siren), iban('FR', bban))
