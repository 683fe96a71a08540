# Helper shim: pybars3 is not packaged in Debian 12 and PyPI is unreachable.
# Provides pybars.Compiler with the same call pattern, delegating to Handlebars.js (npm handlebars@4.7.8).
import json, os, subprocess, tempfile
_HERE = os.path.dirname(os.path.abspath(__file__))
class Compiler(object):
    def compile(self, source):
        def render(data):
            with tempfile.NamedTemporaryFile('w', suffix='.hbs', delete=False, encoding='utf-8') as f:
                f.write(source); path = f.name
            try:
                out = subprocess.run(['node', os.path.join(_HERE, 'render_hbs.js'), path],
                                     input=json.dumps(data), capture_output=True, text=True, check=True)
            finally:
                os.unlink(path)
            return out.stdout
        return render
