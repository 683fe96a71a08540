#!/usr/bin/env python3
"""Minimal stand-in for kivitendo's print-template tag syntax (SL/Template/LaTeX.pm):
<%var%>, <%foreach var%>...<%end ...%>, <%if [not] var%>...<%end ...%>,
<%pagebreak a b c%>...<%end pagebreak%> (the page-break block is only used by kivitendo
for long item lists; with short lists it is never emitted, so it is dropped here).
Values are LaTeX-escaped, newlines become \\newline (as kivitendo does).
usage: kivi_fill.py template.tex data.json out.tex"""
import json, re, sys

TAG = re.compile(r'<%(.*?)%>', re.S)

def esc(v):
    s = str(v)
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#',
           '_': r'\_', '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}
    s = ''.join(rep.get(c, c) for c in s)
    return s.replace('\n', r'\newline ')

def tokenize(t):
    out, pos = [], 0
    for m in TAG.finditer(t):
        out.append(('text', t[pos:m.start()]))
        out.append(('tag', m.group(1).strip()))
        pos = m.end()
    out.append(('text', t[pos:]))
    return out

def parse(tokens, i=0):
    """returns (nodes, i) ; stops at an 'end' tag"""
    nodes = []
    while i < len(tokens):
        kind, val = tokens[i]
        if kind == 'text':
            nodes.append(('text', val)); i += 1; continue
        word = val.split()[0]
        if word == 'end':
            return nodes, i + 1
        if word in ('foreach', 'if', 'pagebreak'):
            body, i = parse(tokens, i + 1)
            nodes.append((word, val.split()[1:], body))
            continue
        nodes.append(('var', val)); i += 1
    return nodes, i

def lookup(name, data, idx):
    v = data.get(name, '')
    if isinstance(v, list):
        return v[idx] if idx is not None and idx < len(v) else ''
    return v

def render(nodes, data, idx=None):
    out = []
    for n in nodes:
        if n[0] == 'text':
            out.append(n[1])
        elif n[0] == 'var':
            out.append(esc(lookup(n[1], data, idx)))
        elif n[0] == 'foreach':
            arr = data.get(n[1][0], [])
            for k in range(len(arr)):
                out.append(render(n[2], data, k))
        elif n[0] == 'if':
            args = n[1]
            neg = args[0] == 'not'
            name = args[1] if neg else args[0]
            val = lookup(name, data, idx)
            ok = bool(val) and val not in ('0',)
            if ok != neg:
                out.append(render(n[2], data, idx))
        elif n[0] == 'pagebreak':
            pass
    return ''.join(out)

if __name__ == '__main__':
    tpl = open(sys.argv[1], encoding='utf-8').read()
    data = json.load(open(sys.argv[2], encoding='utf-8'))
    nodes, _ = parse(tokenize(tpl))
    open(sys.argv[3], 'w', encoding='utf-8').write(render(nodes, data))
