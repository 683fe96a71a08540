# Runs ecmonline/invoice-generator's buildpdf.py unchanged under Python 3.11 (Debian 12):
# - PyYAML 6 needs an explicit Loader: default yaml.load to FullLoader (PyYAML 5 behaviour)
# - pybars comes from the shim directory (Handlebars.js)
import sys, os, runpy, yaml, warnings
warnings.simplefilter('ignore', DeprecationWarning)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
_orig = yaml.load
yaml.load = lambda stream, Loader=yaml.FullLoader: _orig(stream, Loader=Loader)
runpy.run_path('buildpdf.py', run_name='__main__')
