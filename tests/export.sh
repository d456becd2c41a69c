#!/usr/bin/env bash
# Exports for incremental loads (issue 16, item 4), on SQLite alone (so
# 'make asan' runs it too; tests/export_pg.sh loads them into PostgreSQL).
# Usage: tests/export.sh BIN
#
# - Every fact_id of an export is the recipe of load/load.h, recomputed
#   by tests/export_lib.py; unique; the same after a fresh ingest of the
#   same inputs with --jobs 3 and after migration 7 rebuilds them from a
#   database that had none.
# - Articles changed (copies of the fixtures): a figure, a sentence gone,
#   text that states nothing added, a copy under a new name.  --since-run
#   gives the facts and articles of the changed ones only; a fact the
#   edit left keeps its fact_id; --table removals lists the fact_ids that
#   went and no other; --changed-since agrees with --since-run; nothing
#   is new after the last run.
# - CSV: an empty string is "", NULL an empty field; --format-version 1
#   writes the fields before ids; views and reference tables export with
#   --table, a name that is none of them is refused naming the ones that
#   are; filters that do not apply are refused.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-export.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
lib="$root/tests/export_lib.py"

passed=0 failed=0
. "$root/tests/lib.sh" # check LABEL CMD...

q() { sqlite3 "$db" "$@"; }
gf() {
	set +e
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	set -e
}
says() { grep -qF -- "$1" "$tmp/err"; }

cp -R fixtures "$tmp/in"
db="$tmp/a.db"
"$bin" ingest -q --db "$db" "$tmp/in" || [ $? = 1 ]
"$bin" export --db "$db" --format csv >"$tmp/full1.csv"

check "every fact_id is load.h's recipe" python3 "$lib" recipe "$tmp/full1.csv"
check "fact_ids are unique and none is NULL" \
	[ "$(q 'SELECT count(DISTINCT fact_id) FROM facts')" = "$(q 'SELECT count(*) FROM facts')" ]

# The same inputs again, in another database, on three threads.
"$bin" ingest -q --jobs 3 --db "$tmp/b.db" "$tmp/in" || [ $? = 1 ]
ids() { sqlite3 "$1" "SELECT a.doc || ' ' || f.seq || ' ' || f.fact_id FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY 1"; }
check "a fresh ingest of the same inputs gives the same fact_ids" \
	eval '[ "$(ids "$db")" = "$(ids "$tmp/b.db")" ] && [ -n "$(ids "$db")" ]'

# Migration 7 over a database without it: schema 6, as an older govfacts
# left it (the columns and tables of 7 dropped, and those of 8: each fact
# holds its sentence again, sentences and what reads them are gone).
cp "$tmp/b.db" "$tmp/old.db"
sqlite3 "$tmp/old.db" "DROP VIEW rank_conflicts; DROP VIEW latest_ranks; DROP VIEW ranks_by_year;
	DROP VIEW province_rankings; DROP TABLE sentence_search; DROP VIEW sentence_docs;
	ALTER TABLE facts ADD COLUMN sentence TEXT;
	UPDATE facts SET sentence = (SELECT s.text FROM sentence_rows s WHERE s.id = facts.sentence_id);
	DROP VIEW fact_rows; DROP VIEW sentence_rows; DROP INDEX facts_unclassified; DROP INDEX facts_sentence;
	ALTER TABLE facts DROP COLUMN sentence_id; ALTER TABLE facts DROP COLUMN field;
	ALTER TABLE facts DROP COLUMN region; ALTER TABLE facts DROP COLUMN pillar;
	DROP TABLE sentences; DROP TABLE rank_fields; DROP TABLE pillars; DROP TABLE ref_state;
	DROP INDEX articles_changed; DROP TABLE fact_removals;
	ALTER TABLE facts DROP COLUMN fact_id; ALTER TABLE articles DROP COLUMN changed_run; PRAGMA user_version = 6;"
"$bin" stats --db "$tmp/old.db" >/dev/null
check "migration 7 gives an older database the fact_ids an ingest gives" \
	eval '[ "$(ids "$tmp/old.db")" = "$(ids "$db")" ] && [ "$(sqlite3 "$tmp/old.db" "PRAGMA user_version")" -ge 7 ]'

# ==== Changed articles, run 2 ====

run1=$(q "SELECT max(id) FROM runs")
python3 "$lib" edit "$db" "$tmp/in" >"$tmp/edits.json"
edited() { python3 -c 'import json,sys; e=json.load(open(sys.argv[1])); v=e[sys.argv[2]]; print(v[1] if isinstance(v, list) else v)' "$tmp/edits.json" "$1"; }
value=$(edited value) sentence=$(edited sentence) elsewhere=$(edited elsewhere) copy=$(edited copy)
facts_of() { q "SELECT f.fact_id FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.file = '$1' ORDER BY 1"; }
before_value=$(facts_of "$value") before_sentence=$(facts_of "$sentence") before_elsewhere=$(facts_of "$elsewhere")
"$bin" ingest -q --db "$db" "$tmp/in" || [ $? = 1 ]
run2=$(q "SELECT max(id) FROM runs")
check "run 2 loads the four changed articles again, and only them" \
	[ "$(q "SELECT articles_new + articles_changed FROM runs WHERE id = $run2")" = 4 ]

"$bin" export --db "$db" --format csv --since-run "$run1" >"$tmp/inc.csv"
"$bin" export --db "$db" --format csv --table articles --since-run "$run1" >"$tmp/inc-articles.csv"
"$bin" export --db "$db" --format csv --table removals --since-run "$run1" >"$tmp/removals.csv"
col() { python3 - "$1" "$2" <<'PY'
import sys
sys.path.insert(0, "tests")
from export_lib import csv_rows
rows = csv_rows(sys.argv[1])
k = rows[0].index(sys.argv[2])
print("\n".join(sorted(set(r[k] or "" for r in rows[1:]))))
PY
}
want_files=$(printf '%s\n' "$value" "$sentence" "$elsewhere" "$copy" | sort)
check "--since-run: the facts of the four changed articles, no other" \
	[ "$(col "$tmp/inc.csv" file)" = "$want_files" ]
check "--since-run --table articles: the four changed articles" \
	[ "$(col "$tmp/inc-articles.csv" file)" = "$want_files" ]
check "--since-run: every fact of those articles" \
	[ "$(($(python3 -c 'import sys; sys.path.insert(0,"tests"); from export_lib import csv_rows; print(len(csv_rows(sys.argv[1])) - 1)' "$tmp/inc.csv")))" = \
	  "$(q "SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.changed_run > $run1")" ]
check "text added that states nothing: the article's fact_ids stay" \
	eval '[ -n "$before_elsewhere" ] && [ "$(facts_of "$elsewhere")" = "$before_elsewhere" ]'
gone=$( (comm -23 <(echo "$before_value") <(facts_of "$value"); comm -23 <(echo "$before_sentence") <(facts_of "$sentence")) | sort)
check "a figure changed, a sentence gone: fact_ids went ($(echo "$gone" | grep -c .))" [ -n "$gone" ]
check "--table removals: exactly the fact_ids that went" [ "$(col "$tmp/removals.csv" fact_id)" = "$gone" ]
check "--table removals: each with its article's doc and run $run2" python3 - "$tmp/removals.csv" "$run2" <<'PY'
import sys
sys.path.insert(0, "tests")
from export_lib import csv_rows
rows = csv_rows(sys.argv[1])
h = rows[0]
assert h == ["fact_id", "article_id", "doc", "run_id", "removed"], h
assert all(r[h.index("doc")] and r[h.index("run_id")] == sys.argv[2] and r[h.index("removed")].endswith("Z") for r in rows[1:])
PY
check "a copy under a new name: new fact_ids, none of the original's" \
	eval '[ -z "$(comm -12 <(facts_of "$copy") <(facts_of "$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[\"copy\"][0])" "$tmp/edits.json")"))" ]'

gf export --db "$db" --since-run "$run2"
check "--since-run the last run: nothing" eval '[ $rc = 0 ] && [ ! -s "$tmp/out" ]'
started2=$(q "SELECT started FROM runs WHERE id = $run2")
"$bin" export --db "$db" --format csv --changed-since "$started2" >"$tmp/changed.csv"
check "--changed-since run 2's start: what --since-run $run1 gives" cmp -s "$tmp/changed.csv" "$tmp/inc.csv"
gf export --db "$db" --format csv --changed-since 2999-01-01T00:00:00Z
check "--changed-since the future: the header alone" eval '[ $rc = 0 ] && [ "$(wc -l <"$tmp/out")" = 1 ]'
gf export --db "$db" --table removals --since-run "$run2"
check "--table removals after the last run: nothing" eval '[ $rc = 0 ] && [ ! -s "$tmp/out" ]'

# ==== CSV, versions, tables ====

gf export --db "$db" --format csv --table provinces
check "CSV: an empty string is \"\" (provinces.aliases)" python3 - "$tmp/out" "$(q "SELECT count(*) FROM provinces WHERE aliases = ''")" <<'PY'
import sys
sys.path.insert(0, "tests")
from export_lib import csv_rows
rows = csv_rows(sys.argv[1])
a = rows[0].index("aliases")
vals = [r[a] for r in rows[1:]]
assert int(sys.argv[2]) > 0 and vals.count("") == int(sys.argv[2]) and None not in vals, (sys.argv[2], vals)
assert any(l.endswith(',""\r\n') for l in open(sys.argv[1], newline=""))
PY
check "CSV: NULL is an empty field (facts.unit)" python3 - "$tmp/full1.csv" <<'PY'
import sys
sys.path.insert(0, "tests")
from export_lib import csv_rows
rows = csv_rows(sys.argv[1])
u = rows[0].index("unit")
vals = [r[u] for r in rows[1:]]
assert None in vals and "" not in vals, set(vals)
PY
gf export --db "$db" --format-version 1 --format csv
check "--format-version 1: the fields before ids" \
	eval '[ $rc = 0 ] && [ "$(head -1 "$tmp/out" | tr -d "\r")" = "file,doc,kind,value,total,qualifier,unit,subject,indicator,province,year,target,sentence,start,end,pattern" ]'
gf export --db "$db" --format-version 3
check "--format-version 3: refused (exit 2, names 1 to 2)" eval '[ $rc = 2 ] && says "(1 to 2)"'
gf export --db "$db" --format-version 1 --since-run 1
check "--format-version 1 --since-run: refused (exit 2)" eval '[ $rc = 2 ] && says "format 1 has no fact ids"'
for t in fact_rows province_rankings latest_ranks provinces province_names indicators runs rejects fact_removals; do
	gf export --db "$db" --format csv --table "$t"
	n=$(q "SELECT count(*) FROM $t")
	check "--table $t: its $n rows, a header of its columns" \
		eval '[ $rc = 0 ] && [ "$(python3 -c "import sys; sys.path.insert(0,\"tests\"); from export_lib import csv_rows; r=csv_rows(sys.argv[1]); print(len(r) - 1, \",\".join(r[0]))" "$tmp/out")" = "$n $(q "SELECT group_concat(name, \",\") FROM pragma_table_info('"'$t'"')")" ]'
done
gf export --db "$db" --table runs
check "--table runs as JSON Lines: one object a run, with its id" \
	eval '[ $rc = 0 ] && python3 -c "import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert [x[\"id\"] for x in r] == list(range(1, len(r) + 1)) and len(r) == $run2" "$tmp/out"'
gf export --db "$db" --table sqlite_master
check "--table sqlite_master: refused (exit 2), the tables that can be named" \
	eval '[ $rc = 2 ] && says "has no table or view of that name" && says "latest_ranks" && says "provinces"'
gf export --db "$db" --table nosuch
check "--table nosuch: refused (exit 2)" eval '[ $rc = 2 ] && says "--table nosuch"'
gf export --db "$db" --table provinces --since-run 1
check "--table provinces --since-run: refused (exit 2)" eval '[ $rc = 2 ] && says "exported whole"'
gf export --db "$db" --table runs --kind rank
check "--table runs --kind: refused (exit 2)" eval '[ $rc = 2 ] && says "--kind selects facts"'
gf export --db "$db" --since-run 1 --changed-since 2024-01-01
check "--since-run with --changed-since: refused (exit 2)" eval '[ $rc = 2 ] && says "give one"'
for bad in 2024-13-01 2024-01-01T25:00 yesterday 2024-01-01T10 2024-02-30; do
	gf export --db "$db" --changed-since "$bad"
	check "--changed-since $bad: refused (exit 2)" eval '[ $rc = 2 ] && says "--changed-since takes a UTC time"'
done
gf export --db "$db" --since-run -1
check "--since-run -1: refused (exit 2)" eval '[ $rc = 2 ] && says "--since-run takes a run number"'

echo "export: $passed passed, $failed failed"
[ "$failed" = 0 ]
