#!/usr/bin/env bash
# Exports load into PostgreSQL, and again incrementally (issue 16, item
# 4).  Usage: tests/export_pg.sh BIN
#
# A PostgreSQL of Debian's postgresql package (mk/export.mk installs it)
# runs for the test alone: initdb and postgres as an unprivileged user
# (nobody, when run as root: postgres refuses root) in a temporary
# directory, on 127.0.0.1 and a free port, no Unix socket; stopped on
# every way out (trap).  Then, as a downstream load would:
#
#   1. ingest copies of the fixtures; CREATE TABLE facts, articles,
#      provinces, latest_ranks (fact_id and article_id the keys); \copy
#      the CSV of export (format 2) into them; the last run is W;
#   2. change some articles (tests/export_lib.py edit: a figure, a
#      sentence gone, text that states nothing, a new copy) and ingest
#      again;
#   3. export --table removals --since-run W: DELETE those fact_ids;
#      export --since-run W (facts, articles): \copy into staging tables,
#      DELETE the rows they replace, INSERT them; the reference table and
#      the view, exported whole, replace theirs;
#   4. every row of every table equals SQLite's (a full export now),
#      NULL told from "" (tests/export_lib.py compare); articles but
#      last_seen, which every run that sees an article moves, and which an
#      incremental export does not send again for that.
#
# And the comparison can fail: a copy loaded without the removals, and
# one row changed in PostgreSQL, are told apart from SQLite's.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-pg.XXXXXX")
pgpid=
cleanup() {
	if [ -n "$pgpid" ]; then
		kill -INT "$pgpid" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pgpid" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
lib="$root/tests/export_lib.py"

passed=0 failed=0
. "$root/tests/lib.sh" # check LABEL CMD...

# ==== The server ====

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || ! command -v psql >/dev/null; then
	echo "FAIL export-pg: no PostgreSQL (initdb, postgres, psql): install Debian's postgresql (make check does when root)"
	exit 1
fi
as=()
if [ "$(id -u)" = 0 ]; then
	as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	chmod 755 "$tmp" # nobody enters it to reach its own data directory
fi
mkdir -p "$tmp/pg"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$tmp/pg"
"${as[@]}" env HOME="$tmp/pg" "$pgbin/initdb" -D "$tmp/pg/data" -U govfacts --auth=trust -E UTF8 --locale=C \
	>"$tmp/initdb.log" 2>&1 || { echo "FAIL export-pg: initdb:"; sed 's/^/     | /' "$tmp/initdb.log"; exit 1; }
port=
for _ in 1 2 3; do
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"${as[@]}" env HOME="$tmp/pg" "$pgbin/postgres" -D "$tmp/pg/data" -p "$port" -c listen_addresses=127.0.0.1 \
		-c unix_socket_directories= -c fsync=off -c full_page_writes=off >"$tmp/pg/server.log" 2>&1 &
	pgpid=$!
	for _ in $(seq 1 100); do
		psql -h 127.0.0.1 -p "$port" -U govfacts -d postgres -qAtc 'SELECT 1' >/dev/null 2>&1 && break
		kill -0 "$pgpid" 2>/dev/null || break
		sleep 0.2
	done
	psql -h 127.0.0.1 -p "$port" -U govfacts -d postgres -qAtc 'SELECT 1' >/dev/null 2>&1 && break
	kill -INT "$pgpid" 2>/dev/null || true
	wait "$pgpid" 2>/dev/null || true
	pgpid=
done
if [ -z "$pgpid" ]; then
	echo "FAIL export-pg: postgres did not start:"
	sed 's/^/     | /' "$tmp/pg/server.log"
	exit 1
fi
echo "     (PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port${as:+ as nobody})"
pg() { psql -h 127.0.0.1 -p "$port" -U govfacts -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# ==== The downstream schema ====

schema() { # SCHEMA: the tables of a downstream copy
	pg <<SQL
CREATE SCHEMA $1;
SET search_path = $1;
CREATE TABLE facts (
  fact_id text PRIMARY KEY, article_id bigint NOT NULL, file text NOT NULL, doc text NOT NULL,
  url text, title text, published text, kind text NOT NULL, value double precision NOT NULL,
  total double precision, qualifier text NOT NULL, unit text, subject text NOT NULL, indicator text,
  province text, year integer, target boolean NOT NULL, sentence text NOT NULL, start bigint NOT NULL,
  "end" bigint NOT NULL, pattern text NOT NULL, run_id bigint NOT NULL);
CREATE TABLE articles (
  article_id bigint PRIMARY KEY, doc text NOT NULL UNIQUE, url text, file text NOT NULL, title text,
  published text, province text, content_hash text NOT NULL, first_seen text NOT NULL,
  last_seen text NOT NULL, run_id bigint, facts bigint NOT NULL, text text NOT NULL);
CREATE TABLE removals (fact_id text NOT NULL, article_id bigint NOT NULL, doc text, run_id bigint NOT NULL,
  removed text NOT NULL);
CREATE TABLE provinces (code text PRIMARY KEY, name_en text NOT NULL UNIQUE, name_vi text, kind text,
  unit_2025 text, aliases text NOT NULL);
CREATE TABLE latest_ranks (province text, indicator text, pillar text, year integer, rank integer,
  total integer, qualifier text, mentions integer, published text, title text, url text, doc text,
  fact_id bigint);
CREATE TABLE facts_in (LIKE facts);
CREATE TABLE articles_in (LIKE articles);
SQL
}

export_csv() { # FILE ARGS...: a CSV export of the database
	local out=$1
	shift
	"$bin" export --db "$db" --format csv "$@" >"$out"
}

copy_in() { # SCHEMA TABLE FILE
	pg -c "SET search_path = $1" -c "\\copy $2 FROM '$3' WITH (FORMAT csv, HEADER true)"
}

# Incremental load into SCHEMA of what runs after $2 changed; without
# removals when $3 is "no-removals".
load_since() {
	local s=$1 since=$2
	if [ "${3:-}" != no-removals ]; then
		export_csv "$tmp/removals.csv" --table removals --since-run "$since"
		pg -c "TRUNCATE $s.removals"
		copy_in "$s" removals "$tmp/removals.csv"
		pg -c "DELETE FROM $s.facts WHERE fact_id IN (SELECT fact_id FROM $s.removals)"
	fi
	export_csv "$tmp/facts-inc.csv" --since-run "$since"
	export_csv "$tmp/articles-inc.csv" --table articles --since-run "$since"
	pg -c "TRUNCATE $s.facts_in, $s.articles_in"
	copy_in "$s" facts_in "$tmp/facts-inc.csv"
	copy_in "$s" articles_in "$tmp/articles-inc.csv"
	pg <<SQL
BEGIN;
DELETE FROM $s.facts WHERE fact_id IN (SELECT fact_id FROM $s.facts_in);
INSERT INTO $s.facts SELECT * FROM $s.facts_in;
DELETE FROM $s.articles WHERE article_id IN (SELECT article_id FROM $s.articles_in);
INSERT INTO $s.articles SELECT * FROM $s.articles_in;
COMMIT;
SQL
	load_whole "$s"
}

load_whole() { # SCHEMA: the reference table and the view, replaced whole
	export_csv "$tmp/provinces.csv" --table provinces
	export_csv "$tmp/latest_ranks.csv" --table latest_ranks
	pg -c "TRUNCATE $1.provinces, $1.latest_ranks"
	copy_in "$1" provinces "$tmp/provinces.csv"
	copy_in "$1" latest_ranks "$tmp/latest_ranks.csv"
}

dump() { # SCHEMA TABLE ORDER FILE: the table as PostgreSQL holds it
	pg -c "\\copy (SELECT * FROM $1.$2 ORDER BY $3) TO '$4' WITH (FORMAT csv, HEADER true)"
}

# Every table of SCHEMA against a full export of SQLite now: 0 when all
# agree; the differences in $tmp/compare.log.
compare() {
	local s=$1 bad=0
	: >"$tmp/compare.log"
	export_csv "$tmp/want-facts.csv"
	export_csv "$tmp/want-articles.csv" --table articles
	export_csv "$tmp/want-provinces.csv" --table provinces
	export_csv "$tmp/want-latest.csv" --table latest_ranks
	dump "$s" facts fact_id "$tmp/got-facts.csv"
	dump "$s" articles article_id "$tmp/got-articles.csv"
	dump "$s" provinces code "$tmp/got-provinces.csv"
	dump "$s" latest_ranks "province, indicator, pillar NULLS FIRST" "$tmp/got-latest.csv"
	python3 "$lib" compare fact_id "$tmp/want-facts.csv" "$tmp/got-facts.csv" >>"$tmp/compare.log" || bad=1
	python3 "$lib" compare article_id "$tmp/want-articles.csv" "$tmp/got-articles.csv" --ignore last_seen \
		>>"$tmp/compare.log" || bad=1
	python3 "$lib" compare code "$tmp/want-provinces.csv" "$tmp/got-provinces.csv" >>"$tmp/compare.log" || bad=1
	python3 "$lib" compare fact_id "$tmp/want-latest.csv" "$tmp/got-latest.csv" >>"$tmp/compare.log" || bad=1
	return $bad
}

show() { sed 's/^/     | /' "$tmp/compare.log"; }
# check_same LABEL SCHEMA: SCHEMA's copy is SQLite's, else the differences shown.
check_same() {
	local ok=0
	compare "$2" || ok=1
	[ $ok = 0 ] || show
	check "$1" [ $ok = 0 ]
}

# ==== 1. The first load ====

cp -R fixtures "$tmp/in"
db="$tmp/govfacts.db"
"$bin" ingest -q --db "$db" "$tmp/in" || [ $? = 1 ]
for s in good noremovals; do
	schema "$s"
	export_csv "$tmp/facts.csv"
	export_csv "$tmp/articles.csv" --table articles
	copy_in "$s" facts "$tmp/facts.csv"
	copy_in "$s" articles "$tmp/articles.csv"
	load_whole "$s"
done
# The last run a downstream load has seen whole: read before it exports.
export_csv "$tmp/runs.csv" --table runs
W=$(python3 -c '
import sys; sys.path.insert(0, "tests"); from export_lib import csv_rows
r = csv_rows(sys.argv[1]); h = r[0]
print(max(int(x[h.index("id")]) for x in r[1:] if x[h.index("status")] != "running"))' "$tmp/runs.csv")
check_same "first load: \\copy of the CSV exports, every row as SQLite's" good
check "the fixtures hold facts with no unit (NULL) and provinces with no alias (\"\")" \
	eval '[ "$(pg -c "SELECT count(*) FROM good.facts WHERE unit IS NULL")" -gt 0 ] &&
	      [ "$(pg -c "SELECT count(*) FROM good.provinces WHERE aliases = '"''"'")" -gt 0 ]'

# ==== 2. Articles change, run 2 ====

python3 "$lib" edit "$db" "$tmp/in" >"$tmp/edits.json"
"$bin" ingest -q --db "$db" "$tmp/in" || [ $? = 1 ]

# ==== 3. The incremental load ====

load_since good "$W"
removed=$(pg -c "SELECT count(*) FROM good.removals")
sent=$(pg -c "SELECT count(*) FROM good.facts_in")
all=$(sqlite3 "$db" "SELECT count(*) FROM facts")
check "the incremental export is incremental: $sent of $all facts, $removed removals" \
	eval '[ "$sent" -gt 0 ] && [ "$sent" -lt "$all" ] && [ "$removed" -gt 0 ]'
check_same "after --since-run $W (removals deleted, then the rows inserted): every row as SQLite's" good

# ==== 4. The comparison tells a wrong copy ====

load_since noremovals "$W" no-removals
check "a copy loaded without the removals differs from SQLite's" eval '! compare noremovals'
grep -q "only in" "$tmp/compare.log" || { echo "     (expected rows only in PostgreSQL)"; show; }
pg -c "UPDATE good.facts SET subject = subject || ' ' WHERE fact_id = (SELECT min(fact_id) FROM good.facts)"
check "one subject changed in PostgreSQL: told" eval '! compare good'
pg -c "UPDATE good.facts SET subject = rtrim(subject) WHERE fact_id = (SELECT min(fact_id) FROM good.facts);
       UPDATE good.facts SET unit = '' WHERE fact_id = (SELECT min(fact_id) FROM good.facts WHERE unit IS NULL)"
check "one NULL made '' in PostgreSQL: told" eval '! compare good'

echo "export-pg: $passed passed, $failed failed"
[ "$failed" = 0 ]
