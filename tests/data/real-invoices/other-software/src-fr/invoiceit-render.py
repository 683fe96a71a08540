# Stand-in for html-pdf/PhantomJS (not installable offline): render invoice-it's HTML with WeasyPrint,
# page = A4 and 1 CSS px = 1 pt, as PhantomJS does for html-pdf's default A4 format
# (the template's body is 592x840 px to fill a 595x842 pt page).
import sys
from weasyprint import HTML, CSS
src, out = sys.argv[1], sys.argv[2]
HTML(src).write_pdf(out, zoom=4/3, stylesheets=[CSS(string='@page { size: 595.28px 841.89px; margin: 0 }')])
