# Writes a blank (empty, transparent) one-page PDF used as a stand-in for a logo file
# that the file store does not hold (binary). usage: python3 blank-logo.py out.pdf WIDTH_PT HEIGHT_PT
import sys
out, w, h = sys.argv[1], sys.argv[2], sys.argv[3]
objs = ["<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Contents 4 0 R /Resources << >> >>" % (w, h),
        "<< /Length 0 >>\nstream\n\nendstream"]
pdf = b"%PDF-1.4\n"; offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf)); pdf += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
x = len(pdf)
pdf += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
for o in offs: pdf += ("%010d 00000 n \n" % o).encode()
pdf += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
open(out, "wb").write(pdf)
