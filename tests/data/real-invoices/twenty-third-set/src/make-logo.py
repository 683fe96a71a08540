# Writes a plain 400x80 PNG stand-in for billmonger's assets/MySoftware.png
# (the project's logo is a binary file not available offline).
import struct, zlib, sys
w, h = 400, 80
rows = b"".join(b"\x00" + bytes((16, 46, 95)) * w for _ in range(h))
def chunk(t, d):
    c = struct.pack(">I", len(d)) + t + d
    return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
