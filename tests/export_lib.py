#!/usr/bin/env python3
"""Helpers of tests/export.sh and tests/export_pg.sh (issue 16, item 4).

  export_lib.py edit DB DIR        change copies of articles under DIR (the
                                   fixtures copied there), chosen from what
                                   DB loaded from them; prints the changes
                                   as JSON: {"value": file, "sentence":
                                   file, "elsewhere": file, "copy": [from,
                                   to]}
  export_lib.py recipe CSV         every fact_id of a facts export (format
                                   2, CSV) recomputed from the recipe in
                                   load/load.h; exit 1 on any that differs
  export_lib.py strip KEY...       JSON Lines on stdin without the keys
                                   (the row ids and runs of a database,
                                   when two databases are compared)
  export_lib.py compare KEY A B    two CSV files (a header row each) hold
                                   the same rows, by the column KEY,
                                   telling NULL (an empty field) from ""
                                   and comparing numbers as numbers;
                                   --ignore COL... leaves columns out
"""
import hashlib
import json
import os
import sqlite3
import sys


# ==== CSV that keeps NULL apart from "" ====

def csv_rows(path):
    """The rows of an RFC 4180 file as lists: None for an empty unquoted
    field (NULL, as PostgreSQL and govfacts write it), '' for ""."""
    data = open(path, encoding="utf-8", newline="").read()
    rows, row, i, n = [], [], 0, len(data)
    field, quoted, any_char = [], False, False
    while i <= n:
        c = data[i] if i < n else None
        if quoted:
            if c is None:
                raise SystemExit(f"{path}: unterminated quote")
            if c == '"':
                if i + 1 < n and data[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(c)
        elif c == '"':
            quoted = any_char = True
        elif c in (",", "\r", "\n", None):
            if c == "\r" and i + 1 < n and data[i + 1] == "\n":
                i += 1
            value = "".join(field) if (field or any_char) else None
            if c is not None or row or value is not None:
                row.append(value)
            field, any_char = [], False
            if c != ",":
                if row:
                    rows.append(row)
                row = []
        else:
            field.append(c)
        i += 1
    return rows


def keyed(path, key):
    rows = csv_rows(path)
    if not rows:
        raise SystemExit(f"{path}: no header row")
    head = rows[0]
    if key not in head:
        raise SystemExit(f"{path}: no column {key} in {head}")
    k = head.index(key)
    out = {}
    for r in rows[1:]:
        if len(r) != len(head):
            raise SystemExit(f"{path}: a row of {len(r)} fields, the header has {len(head)}: {r[:3]}")
        if r[k] in out:
            raise SystemExit(f"{path}: {key} {r[k]} twice")
        out[r[k]] = dict(zip(head, r))
    return head, out


def same(a, b):
    if a == b:
        return True
    if a is None or b is None:
        return False
    try:
        return float(a) == float(b)
    except ValueError:
        return {a, b} in ({"t", "true"}, {"f", "false"})


def compare(key, a, b, ignore):
    ha, ra = keyed(a, key)
    hb, rb = keyed(b, key)
    cols = [c for c in ha if c not in ignore]
    if [c for c in hb if c not in ignore] != cols:
        print(f"columns differ: {ha} / {hb}")
        return 1
    bad = 0
    for k in sorted(set(ra) | set(rb)):
        if k not in ra or k not in rb:
            bad += 1
            if bad <= 5:
                print(f"{key} {k}: only in {a if k in ra else b}")
            continue
        diff = [c for c in cols if not same(ra[k][c], rb[k][c])]
        if diff:
            bad += 1
            if bad <= 5:
                print(f"{key} {k}: {', '.join(f'{c}: {ra[k][c]!r} / {rb[k][c]!r}' for c in diff)}")
    print(f"{len(ra)} and {len(rb)} rows by {key}, {bad} differ")
    return 1 if bad or not ra else 0


# ==== The fact_id recipe of load/load.h ====

def number(v):
    v = float(v)
    if v == 0:
        v = 0.0
    for prec in (15, 16, 17):
        s = "%.*g" % (prec, v)
        if float(s) == v:
            return s
    return s


def field(s):
    if s is None:
        return ",~"
    b = s.encode("utf-8")
    return ",%d:" % len(b) + s


def fact_id(r, occurrence):
    parts = ["govfacts-fact-1", field(r["doc"]), field(r["kind"]), field(number(r["value"])),
             field(None if r["total"] is None else number(r["total"])), field(r["qualifier"]),
             field(r["unit"]), field(r["subject"]), field(r["indicator"]), field(r["province"]),
             field(r["year"]), field("1" if r["target"] == "true" else "0"), field(str(occurrence))]
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()[:32]


def recipe(path):
    rows = csv_rows(path)
    head = rows[0]
    seen, bad = {}, 0
    for r in rows[1:]:
        r = dict(zip(head, r))
        ident = tuple(r[c] for c in ("doc", "kind", "value", "total", "qualifier", "unit", "subject",
                                     "indicator", "province", "year", "target"))
        seen[ident] = seen.get(ident, 0) + 1
        want = fact_id(r, seen[ident])
        if want != r["fact_id"]:
            bad += 1
            if bad <= 3:
                print(f"fact_id {r['fact_id']}, the recipe gives {want}: {r['doc']} {r['kind']} {r['value']}")
    print(f"{len(rows) - 1} fact_ids, {bad} not the recipe's")
    return 1 if bad or len(rows) < 2 else 0


# ==== Changing articles ====

def edit(db, top):
    """Picks plain-text articles DB loaded from under top (so that the
    text is the file's) and changes them: a digit of one fact's figure,
    one fact's sentence gone, text added that states nothing, and a copy
    under a new name (a new doc stating the same facts)."""
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT a.file, a.text, f.start, f.\"end\", s.text FROM articles a JOIN facts f ON f.article_id = a.id"
        " JOIN sentence_rows s ON s.id = f.sentence_id"
        " WHERE a.file LIKE '%.txt' ORDER BY a.id, f.seq").fetchall()
    by_file = {}
    for file, text, start, end, sentence in rows:
        by_file.setdefault(file, []).append((text, start, end, sentence))
    files = [f for f in by_file if len(by_file[f]) >= 2 and os.path.isfile(f)]
    done, used = {}, set()
    for f in files:
        raw = open(f, encoding="utf-8").read()
        text, start, end, sentence = by_file[f][0]
        span = text.encode("utf-8")[start:end].decode("utf-8", "replace")
        digits = [i for i, c in enumerate(span) if c.isdigit()]
        if "value" not in done and digits and raw.count(span) == 1:
            i = digits[0]
            changed = span[:i] + str((int(span[i]) + 1) % 10) + span[i + 1:]
            open(f, "w", encoding="utf-8").write(raw.replace(span, changed))
            done["value"] = f
        elif "sentence" not in done and raw.count(sentence) == 1:
            open(f, "w", encoding="utf-8").write(raw.replace(sentence, ""))
            done["sentence"] = f
        elif "elsewhere" not in done:
            open(f, "w", encoding="utf-8").write(raw.rstrip("\n") + "\n\nThe report was published on the portal.\n")
            done["elsewhere"] = f
        elif "copy" not in done:
            to = os.path.join(os.path.dirname(f), "copy-of-" + os.path.basename(f))
            open(to, "w", encoding="utf-8").write(raw)
            done["copy"] = [f, to]
        else:
            break
        used.add(f)
    if len(done) != 4:
        raise SystemExit(f"edit: found articles for {sorted(done)} only, of {len(files)} text articles")
    print(json.dumps(done))
    return 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "edit":
        return edit(argv[1], argv[2])
    if len(argv) == 2 and argv[0] == "recipe":
        return recipe(argv[1])
    if argv and argv[0] == "strip":
        for line in sys.stdin:
            r = json.loads(line)
            for k in argv[1:]:
                r.pop(k, None)
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if len(argv) >= 4 and argv[0] == "compare":
        ignore = argv[5:] if len(argv) > 4 and argv[4] == "--ignore" else []
        return compare(argv[1], argv[2], argv[3], ignore)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
