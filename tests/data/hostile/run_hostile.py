#!/usr/bin/env python3
"""Run `verifact extract` on every file of MANIFEST.tsv, ONE FILE PER PROCESS, and check the
hostile-input promise: exit status 0, exactly one JSON line, <= 30 s wall, <= 1.5 GB peak,
no sanitizer report, and the MANIFEST expectation (error / ok / any).

    python3 tests/data/hostile/run_hostile.py [--bin build/dev/bin/verifact] [--md OUT.md] [NAME...]

Run from the repository root. Each file is run as
    OMP_THREAD_LIMIT=1 /usr/bin/time -f '%e s %M KB' timeout 60 BIN extract tests/data/hostile/NAME
A watchdog kills the process tree if its resident memory passes 8 GB (recorded as such), to keep
the machine alive; it does not change the measurement of anything under that.
"""

import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REL = os.path.relpath(HERE, os.getcwd())
LIMIT_S = 30.0
LIMIT_KB = 1.5 * 1024 * 1024
WATCHDOG_KB = 8 * 1024 * 1024
SANITIZER_MARKS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer",
                   "runtime error:", "ThreadSanitizer", "MemorySanitizer")


def tree_rss_kb(root_pid):
    kids = {}
    rss = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                st = f.read()
            ppid = int(st[st.rindex(")") + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(d))
            with open("/proc/%s/statm" % d) as f:
                rss[int(d)] = int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            pass
    total, stack = 0, [root_pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(kids.get(p, []))
    return total


def binary_id(path):
    import hashlib
    st = os.stat(path)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return "%d bytes, modified %s, sha256 %s" % (
        st.st_size, datetime.datetime.fromtimestamp(st.st_mtime).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"),
        h.hexdigest()[:16])


def run_one(binary, path):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        cmd = ["/usr/bin/time", "-f", "%e s %M KB", "-o", tf.name, "timeout", "60", binary, "extract", path]
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             start_new_session=True)
        killed = []

        def watch():
            while p.poll() is None:
                if tree_rss_kb(p.pid) > WATCHDOG_KB:
                    killed.append(True)
                    os.killpg(p.pid, signal.SIGKILL)
                    return
                time.sleep(0.05)

        th = threading.Thread(target=watch, daemon=True)
        th.start()
        out, err = p.communicate()
        wall_outer = time.monotonic() - t0
        th.join()
        timing = tf.read().strip().splitlines()
    status = p.returncode
    term_sig = None
    secs, kb = wall_outer, None
    for line in timing:
        if line.startswith("Command exited with non-zero status"):
            status = int(line.split()[-1])
        elif line.startswith("Command terminated by signal"):
            term_sig = int(line.split()[-1])
        elif line.endswith(" KB"):
            parts = line.split()
            secs, kb = float(parts[0]), int(parts[2])
    return dict(status=status, term_sig=term_sig, secs=secs, kb=kb, out=out, err=err,
                watchdog=bool(killed))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/dev/bin/verifact")
    ap.add_argument("--md", default=None, help="write the markdown table there")
    ap.add_argument("--jsonl", default=None, help="write raw results (one JSON per file) there")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    manifest = []
    with open(os.path.join(HERE, "MANIFEST.tsv"), encoding="utf-8") as f:
        for line in f:
            name, expect, why = line.rstrip("\n").split("\t")
            if not a.names or name in a.names:
                manifest.append((name, expect, why))
    rows, raw = [], []
    started = datetime.datetime.now().astimezone()
    bin_id_start = binary_id(a.bin)
    for name, expect, why in manifest:
        path = os.path.join(REL, name)
        r = run_one(a.bin, path)
        lines = [l for l in r["out"].decode("utf-8", "replace").split("\n") if l.strip()]
        objs = []
        for l in lines:
            try:
                objs.append(json.loads(l))
            except ValueError:
                objs.append(None)
        one_json = len(lines) == 1 and objs[0] is not None and isinstance(objs[0], dict)
        o = objs[0] if one_json else None
        code = None
        if o is not None:
            code = (o.get("error") or {}).get("code") if o.get("error") is not None else "null"
        err_text = r["err"].decode("utf-8", "replace")
        sanitizer = any(m in err_text for m in SANITIZER_MARKS)
        problems = []
        if r["watchdog"]:
            problems.append("killed by watchdog (> 8 GB RSS)")
        if r["term_sig"] is not None:
            problems.append("terminated by signal %d" % r["term_sig"])
        if r["status"] != 0:
            problems.append("exit %s%s" % (r["status"], " (timeout)" if r["status"] == 124 else ""))
        if not one_json:
            problems.append("%d stdout lines, %d JSON" % (len(lines), sum(x is not None for x in objs)))
        if r["secs"] > LIMIT_S:
            problems.append("%.1f s > 30 s" % r["secs"])
        if r["kb"] is not None and r["kb"] > LIMIT_KB:
            problems.append("%d KB > 1.5 GB" % r["kb"])
        if sanitizer:
            problems.append("sanitizer report")
        if o is not None:
            if "file" not in o or "sha256" not in o:
                problems.append("no file/sha256")
            elif o.get("sha256") is None:
                problems.append("sha256 null")
            if expect == "error" and code == "null":
                problems.append("expected an error, got null")
            if expect == "ok" and code != "null":
                problems.append("expected ok, got %s" % code)
        summary = ""
        if o is not None:
            fields = o.get("fields") or {}
            found = sorted(k for k, v in fields.items() if v) if isinstance(fields, dict) else []
            summary = "media=%s pages=%s src=%s fields=%s" % (
                o.get("media_type"), o.get("pages"), o.get("text_source"), ",".join(found) or "-")
            if o.get("error"):
                summary += " msg=%r" % (o["error"].get("message", "")[:100],)
        stderr_tail = err_text.strip().splitlines()[-3:] if err_text.strip() else []
        row = dict(name=name, expect=expect, status=r["status"], term_sig=r["term_sig"],
                   secs=r["secs"], kb=r["kb"], code=code, lines=len(lines), one_json=one_json,
                   problems=problems, summary=summary, stderr_tail=stderr_tail)
        rows.append(row)
        raw.append(dict(row, stdout=r["out"].decode("utf-8", "replace")[:4000], stderr=err_text[-4000:]))
        print("%-36s %-5s exit=%-3s %7.2fs %9s KB %-18s %s" % (
            name, expect, r["status"], r["secs"], r["kb"], code, "; ".join(problems) or "OK"), flush=True)
    if a.jsonl:
        with open(a.jsonl, "w") as f:
            for x in raw:
                f.write(json.dumps(x) + "\n")
    bin_id_end = binary_id(a.bin)
    if a.md:
        bad = [x for x in rows if x["problems"]]
        with open(a.md, "w", encoding="utf-8") as f:
            f.write("# Hostile uploads — first run\n\n")
            f.write("Date: %s  \n" % started.strftime("%Y-%m-%d %H:%M %Z"))
            f.write("Binary: `%s` (%s): %s  \n" % (a.bin, "Debug build" if "dev" in a.bin else a.bin, bin_id_start))
            if bin_id_end != bin_id_start:
                f.write("**The binary changed during the run**: at the end %s  \n" % bin_id_end)
            f.write("Load average at the start: %s  \n" % " ".join(open("/proc/loadavg").read().split()[:3]))
            f.write("Command, from the repository root, one file per process:\n\n"
                    "    OMP_THREAD_LIMIT=1 /usr/bin/time -f '%%e s %%M KB' timeout 60 %s extract %s/NAME\n\n"
                    "(driven by `python3 %s/run_hostile.py --md ...`; a watchdog would kill a process tree "
                    "above 8 GB RSS). Promise checked: exit 0, exactly one JSON line, <= 30 s, <= 1.5 GB "
                    "(1572864 KB), no sanitizer report, expectation of MANIFEST.tsv met.\n\n"
                    % (a.bin, REL, REL))
            f.write("%d files, %d with a problem.\n\n" % (len(rows), len(bad)))
            f.write("| file | expect | exit | wall s | peak KB | error code | JSON lines | problems | what came out |\n")
            f.write("|---|---|---|---|---|---|---|---|---|\n")
            for x in rows:
                f.write("| %s | %s | %s | %.2f | %s | %s | %s | %s | %s |\n" % (
                    x["name"], x["expect"], x["status"] if x["term_sig"] is None else "sig %d" % x["term_sig"],
                    x["secs"], x["kb"], x["code"], x["lines"],
                    "; ".join(x["problems"]).replace("|", "\\|") or "—",
                    x["summary"].replace("|", "\\|")))
            if bad:
                f.write("\n## Violations\n\n")
                for x in bad:
                    f.write("- **%s** (expect %s): %s — exit %s, %.2f s, %s KB, code %s%s\n" % (
                        x["name"], x["expect"], "; ".join(x["problems"]), x["status"], x["secs"], x["kb"],
                        x["code"], ("; stderr: `%s`" % " / ".join(x["stderr_tail"])[:300]) if x["stderr_tail"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
