#!/usr/bin/env bash
# SIGTERM and SIGINT (systemd stopping the unit, timeout(1), Ctrl-C) end
# an ingest between two articles (issue 12, item 13b): it exits on its own
# with 143 or 130 saying so, the batch in hand is committed whole, its runs
# row says 'interrupted' (with the counts of what the database holds), the
# lock is free, the database passes integrity_check, and a rerun completes
# to the facts of a clean run.  With one job and with --jobs 3.
#
# usage: tests/load_signal.sh [build/govfacts]
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
sql() { sqlite3 "$@" 2>&1 || true; }

# A folder large enough that an ingest is still running when signalled.
files=$(python3 tests/load_corpus.py fixtures "$tmp/corpus" 60)
"$bin" ingest --verbose --db "$tmp/clean.db" "$tmp/corpus" 2>"$tmp/clean.err" ||
	{ echo "FAIL: the clean run"; cat "$tmp/clean.err"; exit 1; }
"$bin" export --db "$tmp/clean.db" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort >"$tmp/clean.jsonl"

# signal_ingest DB SIGNAL EXPECTED_EXIT ARGS...: starts an ingest, sends
# SIGNAL once its first batch is committed (so the walk is under way),
# then checks how it ended.
signal_ingest() {
	local db=$1 sig=$2 want=$3 label="$2 ${*:4}"
	shift 3
	local runs_before
	runs_before=$(sql "$db" 'SELECT count(*) FROM runs' 2>/dev/null | grep -E '^[0-9]+$' || echo 0)
	# A background job starts with SIGINT ignored (and govfacts keeps an
	# ignored signal ignored): give it the default, as a terminal's
	# foreground job or a systemd unit has.
	env --default-signal=INT,TERM "$bin" ingest --verbose --db "$db" --batch 16 "$@" "$tmp/corpus" 2>"$tmp/err" &
	local pid=$! i
	for i in $(seq 600); do
		[ "$(sql "$db" "SELECT count(*) FROM runs WHERE id > $runs_before AND articles_new + articles_unchanged > 0")" = 1 ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -"$sig" "$pid" 2>/dev/null || true
	# It must end by itself, promptly.
	for i in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
	if kill -0 "$pid" 2>/dev/null; then
		check "$label: ends within 10 s of the signal" 1
		kill -KILL "$pid"
	fi
	local rc=0
	wait "$pid" || rc=$?
	check "$label: exit $want ($rc)" $([ "$rc" = "$want" ]; echo $?)
	check "$label: exits by itself, saying so" $(grep -q "stopped by SIG$sig" "$tmp/err"; echo $?)
	check "$label: no other message" $(! grep -v "^govfacts: ingest: " "$tmp/err" >/dev/null; echo $?)
	check "$label: integrity_check" $([ "$(sql "$db" 'PRAGMA integrity_check')" = ok ]; echo $?)
	check "$label: foreign keys hold" $([ -z "$(sql "$db" 'PRAGMA foreign_key_check')" ]; echo $?)
	local row
	row=$(sql "$db" "SELECT status, finished IS NOT NULL FROM runs ORDER BY id DESC LIMIT 1")
	check "$label: the run is 'interrupted', finished ($row)" $([ "$row" = "interrupted|1" ]; echo $?)
	local n
	n=$(sql "$db" 'SELECT count(*) FROM articles')
	check "$label: stopped part way ($n of $files articles)" $([ "$n" -gt 0 ] && [ "$n" -lt "$files" ]; echo $?)
	# The batch in hand was committed whole, counted in the runs row.
	local counted holds
	counted=$(sql "$db" 'SELECT sum(articles_new), sum(facts) FROM runs')
	holds=$(sql "$db" 'SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)')
	check "$label: the runs count what the database holds ($counted; $holds)" $([ "$counted" = "$holds" ]; echo $?)
	check "$label: the lock is free" $(flock -n "$db.lock" true; echo $?)
}

db="$tmp/signalled.db"
signal_ingest "$db" TERM 143
signal_ingest "$db" INT 130 --jobs 3
signal_ingest "$db" TERM 143 --jobs 3

"$bin" ingest --verbose --db "$db" "$tmp/corpus" 2>"$tmp/final.err"
check "the rerun exits 0" $?
check "the rerun completes: every file an article" \
	$([ "$(sql "$db" 'SELECT count(*) FROM articles')" = "$files" ]; echo $?)
"$bin" export --db "$db" --format jsonl | python3 tests/export_lib.py strip article_id run_id | LC_ALL=C sort >"$tmp/signalled.jsonl"
check "facts after the signals and a rerun equal a clean run's" $(cmp -s "$tmp/clean.jsonl" "$tmp/signalled.jsonl"; echo $?)
check "the runs: 3 interrupted, then ok" \
	$([ "$(sql "$db" 'SELECT group_concat(status) FROM runs')" = interrupted,interrupted,interrupted,ok ]; echo $?)

echo "load_signal: $passed passed, $fail failed"
[ $fail = 0 ]
