# helper: writes a plain grey 120x60 PNG used as the logo (the projects' own logo PNGs are binary
# files the file store does not hold)
import sys, zlib, struct
w, h = int(sys.argv[2]), int(sys.argv[3])
raw = b''.join(b'\x00' + bytes([90, 110, 140]) * w for _ in range(h))
def chunk(t, d):
    c = struct.pack('>I', len(d)) + t + d
    return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)
