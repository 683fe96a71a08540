import sys
def iban(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
print(iban(sys.argv[1], sys.argv[2]))
