#!/usr/bin/env bash
# Crash safety: an ingest killed with SIGKILL at several points leaves a
# database that passes PRAGMA integrity_check, holds no duplicate, and the
# next run finishes the job: the final facts equal those of a clean run
# (identical sorted JSON Lines exports).
#
# usage: tests/load_crash.sh [build/govfacts]
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
now() { date +%s.%N; }
# An ingest that must work: its messages shown when it does not.
must() { "$@" 2>"$tmp/must.err" || { echo "FAIL: $* (exit $?)"; cat "$tmp/must.err"; exit 1; }; }

# A corpus big enough to take a second or two: copies of the fixtures,
# each a distinct article with different numbers.
files=$(python3 tests/load_corpus.py fixtures "$tmp/corpus" 20)

# The reference: one run never interrupted.
t0=$(now)
must "$bin" ingest --verbose --jobs 1 --db "$tmp/clean.db" --batch 16 "$tmp/corpus"
clean_s=$(python3 -c "print(max(0.3, $(now) - $t0))")
"$bin" export --db "$tmp/clean.db" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort > "$tmp/clean.jsonl"
clean_articles=$(sqlite3 "$tmp/clean.db" "SELECT count(*) FROM articles")
check "clean run loads every file ($clean_articles of $files)" $([ "$clean_articles" = "$files" ]; echo $?)
check "clean run finds facts" $([ -s "$tmp/clean.jsonl" ]; echo $?)

# Sound after a kill: integrity, no duplicate article or fact, every fact
# with its article.
sound() { # db, label
	local db=$1 label=$2
	check "$label: integrity_check" $([ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]; echo $?)
	check "$label: foreign keys hold" $([ -z "$(sqlite3 "$db" 'PRAGMA foreign_key_check')" ]; echo $?)
	# Killed before the first migration committed: an empty database.
	[ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_schema WHERE name = 'facts'")" = 1 ] || return 0
	check "$label: no duplicate" $([ "$(sqlite3 "$db" 'SELECT (SELECT count(*) FROM (SELECT doc FROM articles GROUP BY doc HAVING count(*) > 1)) + (SELECT count(*) FROM (SELECT article_id, seq FROM facts GROUP BY 1, 2 HAVING count(*) > 1))')" = 0 ]; echo $?)
}

# Starts an ingest and kills it with SIGKILL after delay seconds; prints
# "killed" when it was still running, "finished" otherwise.
# One job (ingest runs as many as there are cores unless told): the
# delays are fractions of one run's time, and a pool's start-up (its
# patterns compiled once a worker) would take most of it.
ingest_and_kill() { # db, delay, batch
	"$bin" ingest --verbose --jobs 1 --db "$1" --batch "$3" "$tmp/corpus" 2>>"$tmp/killed.err" &
	local pid=$! status=0
	sleep "$2"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || status=$?
	# 128 + 9: the signal ended it, not its own exit.
	if [ "$status" = 137 ]; then echo killed; else echo finished; fi
}

# Scenario 1: one database, killed again and again, each rerun resuming
# where the last kill left it: first almost at once (migration, reference
# tables), then after a fraction of a clean run, until a run gets to its
# end; small batches so that kills land between and inside commits.
db="$tmp/crash.db"
mid=0; kills=0
for frac in 0.01 0.12 0.2 0.08 0.25 0.15 0.12 0.2 0.08 0.25 0.15 0.3 0.4 0.5; do
	delay=$(python3 -c "print(round($frac * $clean_s, 3))")
	what=$(ingest_and_kill "$db" "$delay" 16)
	[ "$what" = finished ] && break
	if [ "$what" = killed ]; then
		kills=$((kills + 1))
		if [ -f "$db" ]; then
			sound "$db" "killed at ${delay}s"
			n=$(sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null) || n=0
			[ "$n" -gt 0 ] && [ "$n" -lt "$files" ] && mid=$((mid + 1))
		fi
	fi
done
echo "load_crash: $kills kills, $mid of them with part of the corpus loaded"
check "at least 3 kills landed mid-run ($mid)" $([ "$mid" -ge 3 ]; echo $?)
"$bin" ingest --verbose --jobs 1 --db "$db" --batch 16 "$tmp/corpus" 2>"$tmp/final.err"
check "the run after the kills exits 0" $?
sound "$db" "after the rerun"
"$bin" export --db "$db" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort > "$tmp/crash.jsonl"
check "facts after kills and a rerun equal a clean run's" $(cmp -s "$tmp/clean.jsonl" "$tmp/crash.jsonl"; echo $?)
check "same articles as a clean run" $([ "$(sqlite3 "$db" 'SELECT count(*) FROM articles')" = "$clean_articles" ]; echo $?)
interrupted=$(sqlite3 "$db" "SELECT count(*) FROM runs WHERE status = 'interrupted'")
running=$(sqlite3 "$db" "SELECT count(*) FROM runs WHERE status = 'running'")
check "killed runs are marked interrupted ($interrupted of $kills)" $([ "$interrupted" -ge 1 ] && [ "$running" = 0 ]; echo $?)
check "the last run is ok" $([ "$(sqlite3 "$db" 'SELECT status FROM runs ORDER BY id DESC LIMIT 1')" = ok ]; echo $?)
# A killed run's counts are those of what it committed: they add up.
check "runs' counts add up to the articles" $([ "$(sqlite3 "$db" 'SELECT sum(articles_new) FROM runs')" = "$clean_articles" ]; echo $?)
"$bin" ingest --verbose --jobs 1 --db "$db" "$tmp/corpus" 2>"$tmp/again.err"
check "one more run adds nothing" $(grep -q "(0 new, 0 changed, $files unchanged)" "$tmp/again.err"; echo $?)

# Scenario 2: default batches (256 articles), killed once mid-run, with
# the database already holding a changed copy of every article.
db2="$tmp/crash2.db"
cp "$tmp/clean.db" "$db2"
python3 - "$tmp/corpus" <<'PY'
import pathlib, re, sys
for p in pathlib.Path(sys.argv[1]).glob("*.html"):
    b = p.read_bytes()
    p.write_bytes(re.sub(rb"(\d+)\.(\d{3})%", rb"\1.\g<2>1%", b, count=1))
PY
must "$bin" ingest --verbose --jobs 1 --db "$tmp/clean2.db" "$tmp/corpus"
"$bin" export --db "$tmp/clean2.db" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort > "$tmp/clean2.jsonl"
delay=$(python3 -c "print(round(0.5 * $clean_s, 3))")
what=$(ingest_and_kill "$db2" "$delay" 256)
sound "$db2" "changed articles, killed at ${delay}s ($what)"
"$bin" ingest --verbose --jobs 1 --db "$db2" "$tmp/corpus" 2>/dev/null
"$bin" export --db "$db2" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort > "$tmp/crash2.jsonl"
check "changed articles: facts after a kill and a rerun equal a clean run's" $(cmp -s "$tmp/clean2.jsonl" "$tmp/crash2.jsonl"; echo $?)
check "changed articles: the facts did change" $(! cmp -s "$tmp/clean.jsonl" "$tmp/clean2.jsonl"; echo $?)

echo "load_crash: $passed passed, $fail failed"
[ $fail = 0 ]
