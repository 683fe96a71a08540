#!/usr/bin/python3
# Same as the first step of relatorio's own examples/demo_odf.py: render examples/basic.odt with examples/common.py's `inv`.
import sys
from os.path import abspath, join
sys.path.insert(0, sys.argv[1])
from common import inv
from relatorio import Report
report = Report(abspath(join(sys.argv[1], 'basic.odt')), 'application/vnd.oasis.opendocument.text')
open(sys.argv[2], 'wb').write(report(o=inv).render().getvalue())
