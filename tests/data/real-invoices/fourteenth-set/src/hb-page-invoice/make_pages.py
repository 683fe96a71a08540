#!/usr/bin/env python3
"""Write one HTML page per example of @htmlbricks/hb-page-invoice's own manifest.json.
The example's `data` (printer/headers/items) is passed unchanged as the web component's
attributes (JSON strings, as its README documents). hb-table is loaded first from the
npm package, so the component's runtime loader does not try to fetch it from a CDN."""
import html, json, sys
root = sys.argv[1] if len(sys.argv) > 1 else "../.."
m = json.load(open(f"{root}/node_modules/@htmlbricks/hb-page-invoice/manifest.json"))
for name in ("servicesCategory", "printerMode"):
    d = next(e for e in m["examples"] if e["name"] == name)["data"]
    attrs = f'printer="{d.get("printer", "yes")}"'
    page = f'''<!doctype html>
<html><head><meta charset="utf-8"><title>hb-page-invoice {name}</title>
<script src="../../node_modules/@htmlbricks/hb-table/main.iife.js"></script>
<script src="../../node_modules/@htmlbricks/hb-page-invoice/main.iife.js"></script>
</head><body>
<hb-page-invoice {attrs} headers='{html.escape(json.dumps(d["headers"]), quote=True)}' items='{html.escape(json.dumps(d["items"]), quote=True)}'></hb-page-invoice>
</body></html>
'''
    open(f"{name}.html", "w").write(page)
