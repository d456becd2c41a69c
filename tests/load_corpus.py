#!/usr/bin/env python3
"""Writes a corpus for the load tests: COPIES variants of each fixtures/*.html
into OUT_DIR, each a distinct article (every URL in it, so the one the
extract stage takes as its doc too, gets a -copyN suffix) with different content (every percentage gets the copy
number as its decimals), so that an ingest takes a second or two.

usage: load_corpus.py FIXTURES_DIR OUT_DIR COPIES

Works on bytes: some fixtures are not UTF-8 (nested-cp1258.html).
"""
import pathlib
import re
import sys

URL = re.compile(rb"(https?://[^\s\"'<>?#]+)")
PERCENT = re.compile(rb"\b(\d{2,3})(?:\.\d+)?%")


def variant(html: bytes, n: int) -> bytes:
    html = URL.sub(lambda m: m.group(1) + b"-copy%d" % n, html)
    return PERCENT.sub(lambda m: m.group(1) + b".%03d%%" % n, html)


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    src, out, copies = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted(src.glob("*.html"))
    if not pages:
        print(f"load_corpus.py: {src}: no .html fixtures", file=sys.stderr)
        return 1
    for page in pages:
        html = page.read_bytes()
        for n in range(1, copies + 1):
            (out / f"{page.stem}-{n:03d}.html").write_bytes(variant(html, n))
    print(len(pages) * copies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
