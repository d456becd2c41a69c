#!/usr/bin/env python3
"""Show, per article, how a run's facts differ from a gold file.

usage: factdiff.py GOLD.jsonl FOUND.jsonl

Uses the scorer's one-to-one matching (../shared/eval/score.py) and prints
what its --misses listing leaves out: matched facts whose subject lacks a
gold keyword, and matched facts whose attributes disagree with the gold.
"""
import importlib.util
import json
import os
import sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "score", os.path.join(here, "..", "..", "shared", "eval", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

ATTRS = ("qualifier", "indicator", "province", "year", "target", "unit")


def norm(a, v):
    if a == "qualifier":
        return v or "exact"
    if a == "target":
        return bool(v)
    return v


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    gold_by, found_by = defaultdict(list), defaultdict(list)
    for g in score.load(argv[0]):
        gold_by[score.article(g)].append(g)
    for f in score.load(argv[1]):
        found_by[score.article(f)].append(f)
    for doc, golds in sorted(gold_by.items()):
        founds = found_by.get(doc, [])
        for gi, fi in score.match(golds, founds):
            g, f = golds[gi], founds[fi]
            what = []
            if not score.has_keyword(f, g):
                what.append(f"subject {f.get('subject')!r} lacks {g.get('keywords')}")
            for a in ATTRS:
                if a in g and norm(a, f.get(a)) != norm(a, g[a]):
                    what.append(f"{a} {f.get(a)!r} want {g[a]!r}")
            if what:
                print(f"{doc}: {g['kind']} {g['value']}: " + "; ".join(what))
                print(f"    | {f.get('sentence', '')[:200]}")


if __name__ == "__main__":
    main(sys.argv[1:])
