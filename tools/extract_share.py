#!/usr/bin/env python3
"""How much of each fixture's body the extract stage keeps, and how much of
its furniture it drops.

usage: extract_share.py [GOVFACTS] [FIXTURES_DIR]

Body: the keep snippets (fixtures/expected/NAME.keep) and the sentences of
the gold facts (NAME.facts.jsonl); kept when found in the extracted text.
Furniture: the drop snippets (NAME.drop); dropped when not found.  Text is
compared with white space collapsed.  Prints one row per page and the
totals; exits 1 if anything of the body is lost or any furniture kept.
"""
import glob
import json
import os
import re
import subprocess
import sys


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def extracted(binary, page):
    out = subprocess.run([binary, "extract", page], capture_output=True, text=True, check=True).stdout
    return squash(out.split("\n\n", 1)[1] if "\n\n" in out else "")


def lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [squash(l) for l in f if l.strip()]


def main(argv):
    binary = argv[0] if argv else "build/govfacts"
    root = argv[1] if len(argv) > 1 else "fixtures"
    tot = [0, 0, 0, 0]
    print(f"{'page':24} {'body kept':>12} {'furniture dropped':>18}")
    for page in sorted(glob.glob(os.path.join(root, "*.html"))):
        name = os.path.splitext(os.path.basename(page))[0]
        exp = os.path.join(root, "expected", name)
        text = extracted(binary, page)
        body = set(lines(exp + ".keep"))
        for l in lines(exp + ".facts.jsonl"):
            body.add(squash(json.loads(l)["sentence"]))
        # a table row's gold sentence lists bare cells; the text labels them
        body = {b for b in body if " | " not in b}
        drop = lines(exp + ".drop")
        kept = sum(b in text for b in body)
        dropped = sum(d not in text for d in drop)
        for b in body:
            if b not in text:
                print(f"  lost: {name}: {b[:100]}")
        for d in drop:
            if d in text:
                print(f"  kept: {name}: {d[:100]}")
        tot = [tot[0] + kept, tot[1] + len(body), tot[2] + dropped, tot[3] + len(drop)]
        print(f"{name:24} {kept:5}/{len(body):<5} {100 * kept / max(1, len(body)):5.1f}%"
              f" {dropped:5}/{len(drop):<5} {100 * dropped / max(1, len(drop)):5.1f}%")
    print(f"{'all':24} {tot[0]:5}/{tot[1]:<5} {100 * tot[0] / max(1, tot[1]):5.1f}%"
          f" {tot[2]:5}/{tot[3]:<5} {100 * tot[2] / max(1, tot[3]):5.1f}%")
    return 0 if tot[0] == tot[1] and tot[2] == tot[3] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
