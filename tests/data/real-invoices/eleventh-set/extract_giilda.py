import re,sys
s=open(sys.argv[1]).read()
a=s.index("$this->srcPdf = '")+len("$this->srcPdf = '")
b=s.index("';\n",a)
t=s[a:b].replace("\\'","'")
open('facture.tex','w').write(t)
