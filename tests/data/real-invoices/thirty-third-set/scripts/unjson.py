# decode JSON-escaped text (as returned by the file store's read_file) into exact files
import json, sys, os
spec = json.load(open(sys.argv[1]))
for path, parts in spec.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='utf-8', newline='').write(''.join(parts))
    print(path, sum(len(p) for p in parts))
