#!/usr/bin/env bash
# End-to-end: ingest fixtures/ into a temporary database twice and check
# the rows with SQL; bad inputs are refused by name and the run goes on;
# exports parse as JSON Lines and CSV.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/facts.db"
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
q() { sqlite3 "$db" "$1"; }

"$bin" ingest --verbose --db "$db" fixtures/ 2>"$tmp/run1.err"; rc=$?
check "first ingest exits 0 (got $rc)" $rc
articles=$(q "SELECT count(*) FROM articles")
facts=$(q "SELECT count(*) FROM facts")
check "fixtures give articles ($articles)" $([ "$articles" -ge 6 ]; echo $?)
check "fixtures give facts ($facts)" $([ "$facts" -ge 50 ]; echo $?)
check "every fact has its article" $([ "$(q 'SELECT count(*) FROM facts f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL')" = 0 ]; echo $?)
check "the run is recorded ok" $([ "$(q "SELECT status FROM runs ORDER BY id DESC LIMIT 1")" = ok ]; echo $?)
snapshot=$(q "SELECT a.doc, f.seq, f.kind, f.value, f.total, f.subject FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY 1, 2")

"$bin" ingest --verbose --db "$db" fixtures/ 2>"$tmp/run2.err"; rc=$?
check "second ingest exits 0" $rc
check "second run loads nothing new" $(grep -q "(0 new, 0 changed, $articles unchanged)" "$tmp/run2.err"; echo $?)
check "same rows after a re-run" $([ "$snapshot" = "$(q "SELECT a.doc, f.seq, f.kind, f.value, f.total, f.subject FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY 1, 2")" ]; echo $?)

# --jobs 3: the same rows, loaded in the same order, as one job.
"$bin" ingest --verbose --db "$tmp/jobs.db" --jobs 3 fixtures/ 2>"$tmp/jobs.err"; rc=$?
check "ingest --jobs 3 exits 0 (got $rc)" $rc
check "--jobs 3 gives the rows of one job" $([ "$snapshot" = "$(sqlite3 "$tmp/jobs.db" "SELECT a.doc, f.seq, f.kind, f.value, f.total, f.subject FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY 1, 2")" ]; echo $?)
check "--jobs 3 loads articles in walk order" $([ "$(q "SELECT doc FROM articles ORDER BY id")" = "$(sqlite3 "$tmp/jobs.db" "SELECT doc FROM articles ORDER BY id")" ]; echo $?)
check "no duplicate facts" $([ "$(q 'SELECT count(*) FROM (SELECT article_id, kind, value, total, subject, year FROM facts GROUP BY 1,2,3,4,5,6 HAVING count(*) > 1)')" = 0 ]; echo $?)
check "database passes integrity_check" $([ "$(q 'PRAGMA integrity_check')" = ok ]; echo $?)

# Bad inputs: named on stderr, recorded, the rest still loaded, exit 1.
mkdir -p "$tmp/in"
cp fixtures/print-view.html "$tmp/in/good.html"
: > "$tmp/in/empty.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0binary' > "$tmp/in/image.html"
set +e
"$bin" ingest --verbose --db "$db" "$tmp/in" "$tmp/missing.html" 2>"$tmp/bad.err"; rc=$?
set -e
check "bad inputs exit 1 (got $rc)" $([ $rc = 1 ]; echo $?)
check "empty file named" $(grep -q "empty.txt: empty file" "$tmp/bad.err"; echo $?)
check "binary file named" $(grep -q "image.html: not HTML or text" "$tmp/bad.err"; echo $?)
check "missing file named" $(grep -q "missing.html: No such file" "$tmp/bad.err"; echo $?)
check "rejects recorded" $([ "$(q 'SELECT count(*) FROM rejects')" = 3 ]; echo $?)

# Exports parse and round-trip.
"$bin" export --db "$db" --format jsonl > "$tmp/facts.jsonl"
"$bin" export --db "$db" --format csv > "$tmp/facts.csv"
python3 - "$tmp/facts.jsonl" "$tmp/facts.csv" "$(q 'SELECT count(*) FROM facts')" <<'PY'
import csv, json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
facts_md = ["kind","value","total","qualifier","unit","subject","indicator","province","year","target","sentence","start","end","pattern"]
# export format 2 (README, "Exports"): the ids and the article, then FACTS.md's fields, then the run
fields = ["fact_id","article_id","file","doc","url","title","published"] + facts_md + ["run_id"]
assert len(rows) == int(sys.argv[3]), (len(rows), sys.argv[3])
assert all(list(r) == fields for r in rows), "JSON fields are export format 2's"
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    c = list(csv.DictReader(f))
assert len(c) == len(rows)
for r, s in zip(rows, c):
    assert s["subject"] == r["subject"] and s["sentence"] == r["sentence"]
    assert float(s["value"]) == r["value"]
PY
check "exports parse and agree" $?

# facts (no database) prints the fields of FACTS.md (export format 1); usage errors exit 2.
"$bin" facts --format jsonl fixtures/newspaper.html | python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]'
check "facts prints JSON Lines" $?
# extract --format json is one JSON object: metadata, text, sentences.
"$bin" extract --format json fixtures/portal-gov.html | python3 -c '
import json, sys
a = json.load(sys.stdin)
assert a["title"] and a["published"] == "2024-06-18" and a["province"] == "Lam Dong", a
assert all(a["text"][s["start"]:s["end"]] for s in a["sentences"])
assert {s["role"] for s in a["sentences"]} <= {"text", "heading", "item", "title"}'
check "extract prints JSON" $?
set +e
"$bin" ingest --verbose --bogus 2>/dev/null; rc=$?
set -e
check "usage error exits 2" $([ $rc = 2 ]; echo $?)

echo "e2e: $passed passed, $fail failed"
[ $fail = 0 ]
