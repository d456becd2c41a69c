#!/usr/bin/env python3
"""Exports round-trip: `govfacts export` as CSV and as JSON Lines, facts and
articles, read back with python's csv and json modules, match every value of
the rows python's sqlite3 reads from the database; the filters (--since,
--province in any spelling, --kind) select what the same SQL selects; stats
--format jsonl agrees with the tables.

usage: tests/load_roundtrip.py [build/govfacts]
"""
import csv
import io
import json
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from checklib import Checks  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = str(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/govfacts").resolve())

# Export format 2 (README, "Exports"); format 1 is V1_FACT_FIELDS and
# ARTICLE_FIELDS without article_id.
V1_FACT_FIELDS = ["file", "doc", "kind", "value", "total", "qualifier", "unit", "subject", "indicator",
                  "province", "year", "target", "sentence", "start", "end", "pattern"]
FACT_FIELDS = ["fact_id", "article_id", "file", "doc", "url", "title", "published"] + V1_FACT_FIELDS[2:] + ["run_id"]
ARTICLE_FIELDS = ["article_id", "doc", "url", "file", "title", "published", "province", "content_hash",
                  "first_seen", "last_seen", "run_id", "facts", "text"]
# A fact's sentence is its sentence row's (sentence_rows: the text the
# article holds at start, or the row's own).
V1_FACTS_SQL = """SELECT a.file, a.doc, f.kind, f.value, f.total, f.qualifier, f.unit, f.subject, f.indicator,
 f.province, f.year, f.target, s.text, f.start, f."end", f.pattern
 FROM facts f JOIN articles a ON a.id = f.article_id JOIN sentence_rows s ON s.id = f.sentence_id
 {where} ORDER BY a.id, f.seq"""
FACTS_SQL = """SELECT f.fact_id, f.article_id, a.file, a.doc, a.url, a.title, a.published, f.kind, f.value,
 f.total, f.qualifier, f.unit, f.subject, f.indicator, f.province, f.year, f.target, s.text, f.start,
 f."end", f.pattern, a.run_id
 FROM facts f JOIN articles a ON a.id = f.article_id JOIN sentence_rows s ON s.id = f.sentence_id
 {where} ORDER BY a.id, f.seq"""
ARTICLES_SQL = """SELECT id, doc, url, file, title, published, province, content_hash, first_seen, last_seen,
 run_id, (SELECT count(*) FROM facts f WHERE f.article_id = a.id), text FROM articles a {where} ORDER BY id"""

CHECKS = Checks("load_roundtrip", BIN)
check, govfacts = CHECKS.check, CHECKS.govfacts


def csv_rows(data: bytes):
    # newline="" as the csv module asks: quoted CR and LF stay in the values.
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
    return list(csv.DictReader(text))


def jsonl_rows(data: bytes):
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def as_csv(field, v):
    """How the CSV writes a database value."""
    if v is None:
        return ""
    if field == "target":
        return "true" if v else "false"
    return v if isinstance(v, str) else str(v)


def same_csv(field, db, got: str) -> bool:
    if field in ("value", "total"):
        return (db is None and got == "") or (db is not None and got != "" and float(got) == db)
    if field in ("year", "start", "end", "run_id", "facts", "article_id"):
        return (db is None and got == "") or (db is not None and got != "" and int(got) == db)
    return as_csv(field, db) == got


def same_json(field, db, got) -> bool:
    if field == "target":
        return got is (db != 0)
    if field in ("value", "total"):
        return (db is None and got is None) or (db is not None and isinstance(got, (int, float))
                                                and float(got) == db)
    if field in ("year", "start", "end", "run_id", "facts", "article_id"):
        return (db is None and got is None) or (type(got) is int and got == db)
    return db == got


def compare(label, fields, db_rows, csv_out, jsonl_out):
    c = csv_rows(csv_out)
    j = jsonl_rows(jsonl_out)
    check(f"{label}: CSV header", c == [] or list(c[0].keys()) == fields,
          c and list(c[0].keys()))
    check(f"{label}: JSON fields in order", all(list(r.keys()) == fields for r in j))
    check(f"{label}: row counts ({len(db_rows)} in the db, {len(c)} CSV, {len(j)} JSON)",
          len(db_rows) == len(c) == len(j))
    bad = []
    for i, (d, cr, jr) in enumerate(zip(db_rows, c, j)):
        for k, f in enumerate(fields):
            if not same_csv(f, d[k], cr[f]):
                bad.append(f"row {i} {f}: db {d[k]!r}, CSV {cr[f]!r}")
            if not same_json(f, d[k], jr[f]):
                bad.append(f"row {i} {f}: db {d[k]!r}, JSON {jr[f]!r}")
    check(f"{label}: every value round-trips", not bad, "; ".join(bad[:5]))
    return len(db_rows)


def main():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="govfacts-roundtrip-"))
    try:
        run(tmp)
    finally:
        for p in sorted(tmp.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        tmp.rmdir()
    return CHECKS.summary()


def run(tmp: pathlib.Path):
    db = str(tmp / "facts.db")
    os.chdir(ROOT)
    # Fixtures, and a text article whose sentences hold quotes and commas.
    (tmp / "in").mkdir()
    (tmp / "in" / "quotes.txt").write_text(
        'Quảng Ngãi, "the leader", ranked 26th out of 63 provinces in the DTI 2022.\n\n'
        'About 92.7% of households, "including remote ones", have a smartphone.\n',
        encoding="utf-8")
    govfacts("ingest", "--verbose", "--db", db, "fixtures/", str(tmp / "in"))

    # Values CSV and JSON find hard, written straight into the database.
    con = sqlite3.connect(db)
    aid = con.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    tricky = [
        ("a \"quoted\", comma", 0.1 + 0.2, None, "line one\r\nline two\nthree", None, 2024),
        ("  leading and trailing  ", 1e300, 63.0, "tab\there \\ backslash \x01 control", "Dak Lak", None),
        ("emoji 🇻🇳 and “curly” quotes", -12.5, 100.0, "x", None, 1999),
        ("", 123456789012345.0, None, "empty subject", None, None),
    ]
    for n, (subject, value, total, sentence, province, year) in enumerate(tricky):
        sid = con.execute("""INSERT INTO sentences (article_id, seq, bytes, text) VALUES (?, ?, ?, ?)""",
                          (aid, 10000 + n, len(sentence.encode()), sentence)).lastrowid
        con.execute("""INSERT INTO facts (article_id, seq, kind, value, total, qualifier, unit, subject,
            indicator, province, year, target, sentence_id, start, "end", pattern)
            VALUES (?, ?, 'count', ?, ?, 'approx', 'VND', ?, NULL, ?, ?, 1, ?, 0, 5, 'test')""",
                    (aid, 10000 + n, value, total, subject, province, year, sid))
    con.commit()

    def both(*args):
        return (govfacts("export", "--db", db, "--format", "csv", *args).stdout,
                govfacts("export", "--db", db, "--format", "jsonl", *args).stdout)

    # Everything.
    n = compare("facts", FACT_FIELDS, con.execute(FACTS_SQL.format(where="")).fetchall(), *both())
    check("facts: the tricky rows are there", n >= len(tricky) + 50, n)
    compare("articles", ARTICLE_FIELDS, con.execute(ARTICLES_SQL.format(where="")).fetchall(),
            *both("--table", "articles"))
    compare("facts --format-version 1", V1_FACT_FIELDS, con.execute(V1_FACTS_SQL.format(where="")).fetchall(),
            *both("--format-version", "1"))
    compare("articles --format-version 1", ARTICLE_FIELDS[1:],
            [r[1:] for r in con.execute(ARTICLES_SQL.format(where="")).fetchall()],
            *both("--table", "articles", "--format-version", "1"))

    # Filters select what the same SQL selects.
    cases = [
        (["--kind", "rank"], "WHERE f.kind = 'rank'", ()),
        (["--since", "2024-07-01"], "WHERE a.published >= ?", ("2024-07-01",)),
        (["--since", "2024"], "WHERE a.published >= ?", ("2024",)),
        (["--province", "Bà Rịa–Vũng Tàu"], "WHERE f.province = ?", ("Ba Ria - Vung Tau",)),
        (["--province", "br-vt", "--kind", "percent"], "WHERE f.province = ? AND f.kind = 'percent'",
         ("Ba Ria - Vung Tau",)),
        (["--province", "QUẢNG NGÃI", "--since", "2000"], "WHERE f.province = ? AND a.published >= ?",
         ("Quang Ngai", "2000")),
        (["--province", "Cần Thơ"], "WHERE f.province = ?", ("Can Tho",)),
    ]
    for args, where, params in cases:
        sql = FACTS_SQL.format(where=where)
        n = compare("facts " + " ".join(args), FACT_FIELDS, con.execute(sql, params).fetchall(), *both(*args))
        if args[0] != "--province" or "Cần" in args[1] or "Bà" in args[1]:
            check(f"facts {' '.join(args)}: selects something", n > 0)
    compare("articles --since 2024-07", ARTICLE_FIELDS,
            con.execute(ARTICLES_SQL.format(where="WHERE published >= '2024-07'")).fetchall(),
            *both("--table", "articles", "--since", "2024-07"))
    compare("articles --province BR-VT", ARTICLE_FIELDS,
            con.execute(ARTICLES_SQL.format(where="WHERE province = 'Ba Ria - Vung Tau'")).fetchall(),
            *both("--table", "articles", "--province", "BR-VT"))

    # Usage errors exit 2 and say why.
    for args, says in [(["--since", "July 2024"], "--since takes a date"),
                       (["--since", "2024-13-01"], "--since takes a date"),
                       (["--kind", "ranks"], "unknown kind 'ranks'"),
                       (["--province", "Atlantis"], "unknown province 'Atlantis'"),
                       (["--table", "articles", "--kind", "rank"], "--kind selects facts"),
                       (["--table", "nosuch"], "has no table or view of that name")]:
        p = govfacts("export", "--db", db, *args, want=2)
        check(f"export {' '.join(args)}: says why", says in p.stderr.decode(), p.stderr.decode())

    # stats --format jsonl: one object a line, agreeing with the tables.
    stats = jsonl_rows(govfacts("stats", "--db", db, "--format", "jsonl").stdout)
    totals = [r for r in stats if r["table"] == "totals"][0]
    check("stats totals", (totals["articles"], totals["facts"], totals["rejects"], totals["runs"]) ==
          con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts),"
                      " (SELECT count(*) FROM rejects), (SELECT count(*) FROM runs)").fetchone(), totals)
    kinds = {r["kind"]: r["facts"] for r in stats if r["table"] == "kind"}
    check("stats by kind", kinds == dict(con.execute("SELECT kind, count(*) FROM facts GROUP BY kind")), kinds)
    provinces = {r["province"]: r["facts"] for r in stats if r["table"] == "province"}
    check("stats by province", provinces ==
          dict(con.execute("SELECT province, count(*) FROM facts GROUP BY province")), provinces)
    runs = [r for r in stats if r["table"] == "run"]
    check("stats by run", [(r["id"], r["status"], r["articles_new"]) for r in runs] ==
          con.execute("SELECT id, status, articles_new FROM runs ORDER BY id").fetchall(), runs)
    text = govfacts("stats", "--db", db).stdout.decode()
    check("stats as a table", "facts by kind" in text and "facts by province" in text and "\nruns" in text,
          text)
    con.close()


if __name__ == "__main__":
    sys.exit(main())
