#!/usr/bin/env python3
"""The schema of issue 16 on the fixtures: the analysts' questions and the
migration to sentences stored once.

1. The analysts' queries: every ```sql block of README.md whose first line
   is `-- analyst: NAME` is run on a database of `ingest fixtures/*.html`,
   and its rows compared with tests/data/analyst_NAME.tsv: the rows the
   fixtures' text calls for (a header, then one row a line, tabs between,
   `\\N` for NULL), with the program's known errors listed as `- ROW` (a
   right row it misses) and `+ ROW` (a wrong row it gives), each with a
   `# why`.  The rows must be exactly the right ones, less the `-`, plus
   the `+`: a fix (or a new error) shows as a failure that names the row.
2. The migration: a database of schema 6, as govfacts before issue 16
   left it (MIGRATIONS 1 to 6 of load/load_sql.h, each fact holding its
   sentence), holding the rows of the fresh database, is migrated by
   `export` and exports the same facts (JSON Lines and CSV) and articles;
   each sentence is stored once per article; the next `ingest` (all
   unchanged) gives its ranks the same field, region and pillar as the
   fresh database's, and the views the same rows.

usage: tests/load_schema.py [build/govfacts]
"""
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from checklib import Checks  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = str(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/govfacts").resolve())
DATA = ROOT / "tests" / "data"

CHECKS = Checks("load_schema", BIN)
check, govfacts = CHECKS.check, CHECKS.govfacts


# ==== The analysts' queries ====

def readme_queries():
    """NAME -> SQL of the README's ```sql blocks that start `-- analyst: NAME`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = {}
    for block in re.findall(r"```sql\n(.*?)```", text, re.S):
        m = re.match(r"-- analyst: (\w+)\n", block)
        if m:
            out[m.group(1)] = block
    return out


def cell(v):
    if v is None:
        return "\\N"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def expected_rows(name):
    """(header, right rows, missing, extra) from tests/data/analyst_NAME.tsv."""
    path = DATA / f"analyst_{name}.tsv"
    header, right, missing, extra = None, [], [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("#", 1)[0].rstrip(" ")
        mark = None
        if row[:2] in ("- ", "+ "):
            mark, row = row[0], row[2:]
        fields = tuple(row.rstrip("\t").split("\t"))
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            raise SystemExit(f"{path}:{n}: {len(fields)} fields, the header has {len(header)}")
        (right if mark is None else missing if mark == "-" else extra).append(fields)
    if header is None:
        raise SystemExit(f"{path}: no header")
    return header, right, missing, extra


def analyst(db):
    queries = readme_queries()
    names = sorted(p.stem[len("analyst_"):] for p in DATA.glob("analyst_*.tsv"))
    check("README: the three analyst queries", set(queries) >= {"latest_pci", "dti_by_year",
                                                                 "online_services"}, sorted(queries))
    check("every analyst query has its expected rows", sorted(queries) == names, (sorted(queries), names))
    con = sqlite3.connect(db)
    for name in names:
        if name not in queries:
            continue
        cur = con.execute(queries[name])
        header = tuple(d[0] for d in cur.description)
        got = [tuple(cell(v) for v in row) for row in cur.fetchall()]
        want_header, right, missing, extra = expected_rows(name)
        check(f"{name}: columns", header == want_header, (header, want_header))
        for r in missing:
            check(f"{name}: '- {r}' is a right row", r in right, "a '-' row must be one of the right rows")
        want = sorted([r for r in right if r not in missing] + extra)
        if sorted(got) != want:
            for r in sorted(set(got) - set(want)):
                check(f"{name}: unexpected row", False, "\t".join(r))
            for r in sorted(set(want) - set(got)):
                check(f"{name}: row not found", False, "\t".join(r))
            if set(got) == set(want):
                check(f"{name}: rows (duplicates differ)", False)
        else:
            check(f"{name}: {len(got)} rows ({len(missing)} missed, {len(extra)} wrong, known)", True)
    con.close()


# ==== The migration from schema 6 ====

def migrations():
    """The C string literals of load_sql.h's MIGRATIONS, one SQL text each
    (a macro's part left out)."""
    src = (ROOT / "load" / "load_sql.h").read_text(encoding="utf-8")
    body = src[src.index("MIGRATIONS[] = {") + len("MIGRATIONS[] = {"):]
    body = body[:body.index("\n};")]
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    # Macros of load_sql.h inside a migration (SQL_FACT_IDS_COMPUTE(1)):
    # their text is not needed here (only migrations 1 to 6 are run,
    # which have none), their commas must not split one.
    body = re.sub(r"\bSQL_\w+\([^)]*\)", "", body)
    out, cur = [], []
    for tok in re.finditer(r'"((?:[^"\\]|\\.)*)"|(,)', body):
        if tok.group(2):
            out.append("".join(cur))
            cur = []
        else:
            cur.append(re.sub(r"\\(.)", r"\1", tok.group(1)))
    if cur:
        out.append("".join(cur))
    return out


def columns(con, table):
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def make_schema_6(new_db, old_db):
    """A database of schema 6 holding new_db's runs, articles, rejects and
    facts, each fact with its sentence."""
    old = sqlite3.connect(old_db)
    # Migration 5's functions; it runs on no rows here.
    old.create_function("govfacts_realpath", 1, lambda p: None)
    old.create_function("govfacts_names_article", 1, lambda u: 0)
    mig = migrations()
    check("load_sql.h: 7 migrations read", len(mig) >= 7, len(mig))
    for sql in mig[:6]:
        old.executescript(sql)
    old.execute("PRAGMA user_version = 6")
    old.execute("ATTACH ? AS new", (new_db,))
    for table in ("runs", "articles", "rejects"):
        cols = ", ".join(f'"{c}"' for c in columns(old, table))
        old.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM new.{table}")
    cols = [c for c in columns(old, "facts") if c != "sentence"]
    old.execute(f"""INSERT INTO main.facts ({", ".join(f'"{c}"' for c in cols)}, sentence)
        SELECT {", ".join(f'f."{c}"' for c in cols)}, s.text
        FROM new.facts f JOIN new.sentence_rows s ON s.id = f.sentence_id""")
    old.commit()
    n = old.execute("SELECT count(*) FROM main.facts").fetchone()[0]
    old.close()
    return n


def migration(tmp, new_db):
    old_db = str(tmp / "old.db")
    n = make_schema_6(new_db, old_db)
    check("schema 6: the facts copied", n > 600, n)
    for args in (["--format", "jsonl"], ["--format", "csv"], ["--table", "articles"],
                 ["--kind", "rank", "--format", "csv"]):
        a = govfacts("export", "--db", old_db, *args).stdout
        b = govfacts("export", "--db", new_db, *args).stdout
        check(f"migrated: export {' '.join(args)} gives the same rows", a == b and len(a) > 1000,
              f"{len(a)} and {len(b)} bytes")
    con = sqlite3.connect(old_db)
    check("migrated: the current schema", con.execute("PRAGMA user_version").fetchone()[0] == len(migrations()))
    check("migrated: no sentence column in facts", "sentence" not in columns(con, "facts"))
    distinct = con.execute("SELECT count(*) FROM (SELECT DISTINCT f.article_id, s.text FROM facts f"
                           " JOIN sentence_rows s ON s.id = f.sentence_id)").fetchone()[0]
    stored = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
    check("migrated: each sentence once per article", stored == distinct and stored < n, (stored, distinct, n))
    check("migrated: sentences found in their article's text keep no copy",
          con.execute("SELECT count(*) FROM sentences WHERE text IS NOT NULL").fetchone()[0] == 0)
    check("migrated: integrity", con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    con.execute("INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)")
    con.close()

    govfacts("ingest", "--db", old_db, *sorted(str(p) for p in (ROOT / "fixtures").glob("*.html")))
    a, b = sqlite3.connect(old_db), sqlite3.connect(new_db)
    q = ("SELECT a.doc, f.seq, f.field, f.region, f.pillar FROM facts f JOIN articles a ON a.id = f.article_id"
         " ORDER BY a.doc, f.seq")
    ga, gb = a.execute(q).fetchall(), b.execute(q).fetchall()
    check("migrated, then ingested: the same fields and pillars", ga == gb,
          next((x, y) for x, y in zip(ga, gb) if x != y) if ga != gb else "")
    for view in ("province_rankings", "ranks_by_year", "latest_ranks", "rank_conflicts"):
        q = f"SELECT * FROM {view} ORDER BY 1, 2, 3, 4, 5"
        va, vb = a.execute(q).fetchall(), b.execute(q).fetchall()
        check(f"migrated: {view} the same", va == vb and len(va) > 0, (len(va), len(vb)))
    a.close()
    b.close()


def main():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="govfacts-schema-"))
    try:
        os.chdir(ROOT)
        db = str(tmp / "fixtures.db")
        govfacts("ingest", "--db", db, *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fixtures").glob("*.html")))
        analyst(db)
        migration(tmp, db)
    finally:
        for p in sorted(tmp.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        tmp.rmdir()
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main())
