#!/usr/bin/env bash
# Cron life (issue 15, item 3).  Usage: tests/cron.sh BIN
#
# - ingest -q (--quiet) writes nothing on stdout or stderr when all goes
#   well; without -q, with stderr not a terminal, nothing either; the
#   summary line (with its timestamp) is in the runs table all the same;
#   --verbose writes it.
# - On a terminal (script(1)): the summary, and a progress line (files
#   done of total, rate, ETA).
# - A second run over an input refused before with the same bytes: exit 0,
#   nothing said, counted "still refused" (runs.still_refused); new bytes
#   under the same name are refused again (exit 1).
# - Another ingest holding the lock: exit 75 (EX_TEMPFAIL), nothing
#   written; a failed or interrupted run still says so under -q.
# - The exit codes are in --help.
# - CLI habits (item 5): each COMMAND --help prints that command's usage;
#   -V and --version; -j N; -o FILE writes an export to FILE (and leaves
#   no file when the export fails); a missing option value, an impossible
#   date and a bad number are usage errors (exit 2) naming the option;
#   check-patterns on a missing directory exits 3.
#
# Prints one line per case; exits 1 on any failure.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-cron.XXXXXX")
holder=
cleanup() {
	[ -n "$holder" ] && kill "$holder" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
fx="$root/fixtures"
LIMIT=${CRON_TIMEOUT:-120}

passed=0 failed=0
. "$root/tests/lib.sh" # check LABEL CMD...
gf() { # runs govfacts; rc its status, $tmp/out and $tmp/err what it wrote
	rc=0
	timeout "$LIMIT" "$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
}
sql() { python3 -c 'import sqlite3,sys; [print("|".join(map(str,r))) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]' "$1" "$2"; }

mkdir "$tmp/in"
cp "$fx/newspaper.html" "$fx/portal-gov.html" "$tmp/in/"
db="$tmp/cron.db"

gf ingest -q --db "$db" "$tmp/in"
check "ingest -q: exit 0, stdout and stderr empty ($rc)" eval '[ $rc = 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]'
check "the summary is in the runs table, with a timestamp" \
	eval 'sql "$db" "SELECT summary FROM runs" | grep -qE "^ingest: 2 articles \(2 new.* [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"'
gf ingest --db "$db" "$tmp/in"
check "ingest, stderr not a terminal: nothing said on success ($rc)" eval '[ $rc = 0 ] && [ ! -s "$tmp/err" ]'
gf ingest --verbose --db "$db" "$tmp/in"
check "ingest --verbose: the summary on stderr" grep -q '^govfacts: ingest: 2 articles (0 new, 0 changed, 2 unchanged)' "$tmp/err"
if command -v script >/dev/null; then
	timeout "$LIMIT" script -qec "'$bin' ingest --db '$tmp/tty.db' '$tmp/in'" /dev/null >"$tmp/tty" 2>&1 || true
	check "on a terminal: the summary" grep -q 'govfacts: ingest: 2 articles (2 new' "$tmp/tty"
	check "on a terminal: a progress line (done/total, rate, ETA)" \
		grep -qE 'govfacts: [0-9]+/2 files, [0-9.]+ files/s, ETA [0-9]+:[0-9]{2}' "$tmp/tty"
	timeout "$LIMIT" script -qec "'$bin' ingest -q --db '$tmp/tty.db' '$tmp/in'" /dev/null >"$tmp/tty" 2>&1 || true
	check "on a terminal with -q: nothing" [ ! -s "$tmp/tty" ]
else
	echo "skip on a terminal: no script(1)"
fi

echo "== still refused"
cp "$root/tests/bad/image-png.html" "$tmp/in/photo.html"
gf ingest -q --db "$db" "$tmp/in"
check "a new bad input: exit 1, named even with -q ($rc)" eval '[ $rc = 1 ] && grep -q "photo.html: not HTML or text" "$tmp/err"'
gf ingest -q --db "$db" "$tmp/in"
check "the same bad input next night: exit 0, nothing said ($rc)" eval '[ $rc = 0 ] && [ ! -s "$tmp/err" ]'
check "counted still refused, no new rejects row" \
	[ "$(sql "$db" "SELECT still_refused, status, (SELECT count(*) FROM rejects) FROM runs ORDER BY id DESC LIMIT 1")" = "1|ok|1" ]
gf ingest --verbose --db "$db" "$tmp/in"
check "the summary says 1 still refused" grep -q '; 1 still refused' "$tmp/err"
gf ingest -q --retry-refused --db "$db" "$tmp/in"
check "--retry-refused: refused and said again, exit 1 ($rc)" eval '[ $rc = 1 ] && grep -q "photo.html: not HTML" "$tmp/err"'
printf '%%PDF-1.4 other bytes' >"$tmp/in/photo.html"
gf ingest -q --db "$db" "$tmp/in"
check "other bytes under the same name: refused again, exit 1 ($rc)" eval '[ $rc = 1 ] && grep -q "photo.html: not HTML or text (a PDF" "$tmp/err"'
rm "$tmp/in/photo.html"

echo "== the lock"
python3 - "$db.lock" <<'PY' &
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
open(sys.argv[1] + ".held", "w").close()
time.sleep(60)
PY
holder=$!
for _ in $(seq 100); do [ -e "$db.lock.held" ] && break; sleep 0.05; done
before=$(sql "$db" "SELECT count(*) FROM runs")
gf ingest -q --wait 0 --db "$db" "$tmp/in"
check "another ingest holds the lock: exit 75 ($rc), said even with -q" \
	eval '[ $rc = 75 ] && grep -q "another ingest is running" "$tmp/err"'
check "the lock held: nothing written" [ "$(sql "$db" "SELECT count(*) FROM runs")" = "$before" ]
kill "$holder"
wait "$holder" 2>/dev/null || true
holder=

gf --help
check "--help lists the exit codes 0 1 2 3 74 75 130 143" \
	bash -c 'for c in 0 1 2 3 74 75 130 143; do grep -qE "^ +$c +" "$1" || exit 1; done' _ "$tmp/out"

echo "== CLI habits"
for cmd in ingest facts extract export stats check-patterns; do
	gf "$cmd" --help
	check "$cmd --help: its own usage ($rc)" eval '[ $rc = 0 ] && head -n 1 "$tmp/out" | grep -q "^usage: govfacts $cmd "'
done
gf ingest --help
check "ingest --help says 'ingest -' changed meaning" grep -q "before 0.2 it read a" "$tmp/out"
for v in -V --version "stats -V"; do
	gf $v
	check "$v: the version ($rc)" eval '[ $rc = 0 ] && grep -qE "^govfacts [0-9]+\.[0-9]+\.[0-9]+$" "$tmp/out"'
done
gf ingest -q -j 2 --db "$tmp/j.db" "$tmp/in"
check "-j 2 ($rc)" eval '[ $rc = 0 ] && [ "$(sql "$tmp/j.db" "SELECT count(*) FROM articles")" = 2 ]'
gf export --db "$db" -o "$tmp/export.jsonl"
check "export -o FILE: nothing on stdout, the facts in FILE ($rc)" \
	eval '[ $rc = 0 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/export.jsonl")" = "$(sql "$db" "SELECT count(*) FROM facts")" ]'
check "export -o FILE: no temporary file left" [ -z "$(ls "$tmp" | grep 'export.jsonl.tmp')" ]
gf export --db "$tmp/no-such.db" -o "$tmp/failed.jsonl"
check "a failed export -o FILE leaves no FILE ($rc)" eval '[ $rc = 3 ] && [ ! -e "$tmp/failed.jsonl" ] && [ -z "$(ls "$tmp" | grep failed.jsonl)" ]'
gf ingest --db
check "--db with no value: exit 2, names --db ($rc)" eval '[ $rc = 2 ] && grep -q "'"'"'--db'"'"' needs an argument" "$tmp/err"'
gf export --db "$db" --since 2024-02-30
check "--since 2024-02-30: exit 2, names --since ($rc)" eval '[ $rc = 2 ] && grep -q -- "--since" "$tmp/err"'
gf export --db "$db" --since 2024-02-29
check "--since 2024-02-29 (a leap day) is a date ($rc)" [ "$rc" = 0 ]
gf ingest -j zero --db "$tmp/x.db" "$tmp/in"
check "-j zero: exit 2, names --jobs ($rc)" eval '[ $rc = 2 ] && grep -q -- "--jobs" "$tmp/err"'
gf check-patterns "$tmp/no-such-patterns"
check "check-patterns on a missing directory: exit 3 ($rc)" [ "$rc" = 3 ]

echo "cron: $passed passed, $failed failed"
[ "$failed" = 0 ]
