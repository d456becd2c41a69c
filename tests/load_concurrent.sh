#!/usr/bin/env bash
# Overlapping runs: two (and three) ingests at once on the same database end
# with the rows of a single run and no duplicate; an ingest told not to wait
# (--wait 0) exits 3 naming the running one and writes nothing; readers
# (sqlite3, govfacts export and stats) are not blocked by a running ingest.
#
# usage: tests/load_concurrent.sh [build/govfacts]
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
q() { sqlite3 "$1" "$2"; }
# An ingest that must work: its messages shown when it does not.
must() { "$@" 2>"$tmp/must.err" || { echo "FAIL: $* (exit $?)"; cat "$tmp/must.err"; exit 1; }; }
rows() { q "$1" "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM facts)"; }
dups() { q "$1" "SELECT (SELECT count(*) FROM (SELECT doc FROM articles GROUP BY doc HAVING count(*) > 1)) + (SELECT count(*) FROM (SELECT article_id, kind, value, total, subject, year FROM facts GROUP BY 1,2,3,4,5,6 HAVING count(*) > 1)) + (SELECT count(*) FROM (SELECT article_id, seq FROM facts GROUP BY 1, 2 HAVING count(*) > 1))"; }

files=$(python3 tests/load_corpus.py fixtures "$tmp/corpus" 12)
# The same articles under other paths: same docs (URLs) from other files.
cp -r "$tmp/corpus" "$tmp/mirror"

# Facts as sorted JSON Lines without "file" (and the row ids and runs of
# the database): which of two files with the
# same URL a run meets first is not fixed.
facts_of() { # db
	"$bin" export --db "$1" --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l); [r.pop(k) for k in ("file", "article_id", "run_id")]; print(json.dumps(r, sort_keys=True))' | LC_ALL=C sort
}

must "$bin" ingest --verbose --db "$tmp/single.db" "$tmp/corpus"
single=$(rows "$tmp/single.db")
check "a single run loads the corpus ($single)" $([ "${single%% *}" = "$files" ]; echo $?)
# The reference for corpus and mirror: one run, then the other.
must "$bin" ingest --verbose --db "$tmp/both.db" "$tmp/corpus"
must "$bin" ingest --verbose --db "$tmp/both.db" "$tmp/mirror"
both=$(rows "$tmp/both.db")
facts_of "$tmp/both.db" > "$tmp/both.jsonl"

# 1. Two ingests of the same folder at once: the second waits for the
#    first, then finds every article unchanged.
db="$tmp/two.db"
#    One job each (ingest runs as many as there are cores unless told):
#    the first must still be running when the second asks for the lock.
"$bin" ingest --verbose --jobs 1 --db "$db" "$tmp/corpus" 2>"$tmp/a.err" & a=$!; pids+=("$a")
"$bin" ingest --verbose --jobs 1 --db "$db" "$tmp/corpus" 2>"$tmp/b.err" & b=$!; pids+=("$b")
set +e
wait "$a"; rc_a=$?
wait "$b"; rc_b=$?
set -e
check "two at once: both exit 0 ($rc_a, $rc_b)" $([ "$rc_a$rc_b" = 00 ]; echo $?)
check "two at once: one waited, and said so" $(cat "$tmp/a.err" "$tmp/b.err" | grep -q "another ingest is running on this database (pid [0-9]*.*waiting up to 30 s"; echo $?)
check "two at once: the rows of a single run ($(rows "$db"))" $([ "$(rows "$db")" = "$single" ]; echo $?)
check "two at once: no duplicate" $([ "$(dups "$db")" = 0 ]; echo $?)
check "two at once: one loaded, the other found all unchanged" $([ "$(q "$db" "SELECT group_concat(articles_new || '/' || articles_unchanged, ' ') FROM (SELECT * FROM runs ORDER BY articles_new)")" = "0/$files $files/0" ]; echo $?)
check "two at once: integrity_check" $([ "$(q "$db" 'PRAGMA integrity_check')" = ok ]; echo $?)

# 2. Three at once over the corpus and its mirror (same URLs, other files).
db="$tmp/three.db"
for src in corpus mirror corpus; do
	"$bin" ingest --verbose --db "$db" "$tmp/$src" 2>>"$tmp/three.err" & pids+=("$!")
done
set +e
ok=0
for p in "${pids[@]: -3}"; do wait "$p" && ok=$((ok + 1)); done
set -e
check "three at once: all exit 0 ($ok)" $([ $ok = 3 ]; echo $?)
check "three at once: the rows of one run after the other ($(rows "$db"), $both)" $([ "$(rows "$db")" = "$both" ]; echo $?)
check "three at once: no duplicate" $([ "$(dups "$db")" = 0 ]; echo $?)
facts_of "$db" > "$tmp/three.jsonl"
check "three at once: the facts of one run after the other" $(cmp -s "$tmp/both.jsonl" "$tmp/three.jsonl"; echo $?)

# 3. --wait 0 while one runs: exit 3 at once, the message names the
#    running ingest, nothing is written.  The running one uses a single
#    transaction for the whole corpus, so a blocked reader would wait for
#    all of it: readers must answer at once, and see the last commit.
db="$tmp/busy.db"
must "$bin" ingest --verbose --db "$db" fixtures/
before=$(rows "$db")
python3 tests/load_corpus.py fixtures "$tmp/long" 30 >/dev/null
"$bin" ingest --verbose --db "$db" --batch 100000 "$tmp/long" 2>"$tmp/long.err" & long=$!; pids+=("$long")
for _ in $(seq 100); do # until it holds the run lock and has recorded its run
	[ "$(q "$db" "SELECT count(*) FROM runs WHERE status = 'running'")" = 1 ] && break
	sleep 0.05
done
set +e
t0=$(date +%s.%N)
"$bin" ingest --verbose --db "$db" --wait 0 fixtures/ 2>"$tmp/nowait.err"; rc=$?
t1=$(date +%s.%N)
set -e
check "--wait 0 while one runs: exit 75 (got $rc)" $([ $rc = 75 ]; echo $?)
check "--wait 0: says who runs and that nothing was written" $(grep -q "another ingest is running on this database (pid $long, run [0-9]*, started .*nothing was written" "$tmp/nowait.err"; echo $?)
check "--wait 0: quick" $(python3 -c "import sys; sys.exit(0 if $t1 - $t0 < 2 else 1)"; echo $?)
# Microseconds since t0 (bash 5).
us_since() { local t=${EPOCHREALTIME/./}; echo $((t - $1)); }
reads=0; slow=0; bad=0; during=0
while kill -0 "$long" 2>/dev/null; do
	# A blocked reader would wait for the ingest's one commit, seconds
	# away: sqlite3 must answer within 1 s, govfacts within 2 s.
	t0=${EPOCHREALTIME/./}
	r1=$(q "$db" "SELECT count(*) FROM facts" 2>&1) || bad=$((bad + 1))
	[ "$(us_since "$t0")" -lt 1000000 ] || slow=$((slow + 1))
	t0=${EPOCHREALTIME/./}
	"$bin" export --db "$db" --format csv > "$tmp/read.csv" 2>>"$tmp/read.err" || bad=$((bad + 1))
	[ "$(us_since "$t0")" -lt 2000000 ] || slow=$((slow + 1))
	t0=${EPOCHREALTIME/./}
	"$bin" stats --db "$db" > /dev/null 2>>"$tmp/read.err" || bad=$((bad + 1))
	[ "$(us_since "$t0")" -lt 2000000 ] || slow=$((slow + 1))
	kill -0 "$long" 2>/dev/null && during=$((during + 1))
	reads=$((reads + 3))
	echo "$r1" >> "$tmp/seen"
done
wait "$long"
after=$(rows "$db")
# Each read saw the facts before the ingest or after its one commit.
bad=$((bad + $(grep -cvx -e "${before#* }" -e "${after#* }" "$tmp/seen" || true)))
[ "$bad" = 0 ] || { echo "before ${before#* }, after ${after#* }, seen:"; sort "$tmp/seen" | uniq -c; cat "$tmp/read.err"; }
echo "load_concurrent: $during rounds of readers while an ingest ran, $slow slow"
check "readers during an ingest: $during rounds while it ran" $([ "$during" -ge 3 ]; echo $?)
check "readers during an ingest: none failed or saw uncommitted rows ($bad)" $([ $bad = 0 ]; echo $?)
check "readers during an ingest: none blocked (slow: $slow of $reads)" $([ $slow = 0 ]; echo $?)
check "busy: the runs are the first, the refused one absent, the long one" $([ "$(q "$db" "SELECT group_concat(status, ' ') FROM runs")" = "ok ok" ]; echo $?)
check "busy: no duplicate" $([ "$(dups "$db")" = 0 ]; echo $?)

echo "load_concurrent: $passed passed, $fail failed"
[ $fail = 0 ]
