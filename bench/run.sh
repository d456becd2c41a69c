#!/usr/bin/env bash
# bench/run.sh — the ingest benchmark of issues 7 and 13.  Run it through
# 'make bench' (or 'make bench-quick'), which builds what it needs; this script
# builds nothing.
#
#   bash bench/run.sh [SIZE...]        sizes in pages, default "1000 10000 100000"
#
# Two corpora, both from bench/gen (deterministic):
#   dense    the corpus of issue 7 (bench/gen's default), about 95 facts a page,
#            in $BENCH_DIR/corpus-SIZE/
#   real     bench/gen --density real, the density of real pages (issue 13):
#            15 to 25 facts a page among prose, in $BENCH_DIR/corpus-real-SIZE/
# For each corpus and size it generates the corpus once (kept and reused while
# bench/gen.c and the seed are the same), reads it once so every run finds it
# in the page cache, then measures
#   floor    bench/floor: libxml2 parse, one PCRE2 JIT pass, one SQLite insert
#            per number in one transaction (the least an ingest can do)
#   ingest   govfacts ingest --jobs 1 into a fresh database
#   re-run   the same ingest again over the unchanged corpus
#   jobs 2   govfacts ingest --jobs 2 into a fresh database (n/a if govfacts
#            has no --jobs)
# and prints pages/s, MB/s, peak RSS, facts/s, facts a page and the ratio to
# the floor's MB/s, then the targets of issue 13 (and those kept from issue
# 7), met or not.  The same report goes to
# bench/results/YYYY-MM-DD-COMMIT-HOST.txt with the machine at the top.
#
# Environment: BENCH_SIZES (when no SIZE is given), BENCH_CORPORA (default
# "dense real"), BENCH_DIR (corpus and
# scratch, default bench/), BENCH_SEED (default 7), BENCH_TARGET_SIZE (the
# size the targets are checked at, default 10000), GOVFACTS, BENCH_GEN,
# BENCH_FLOOR (binaries, default build-release/...), BENCH_PATTERNS (default
# patterns/), BENCH_RESULTS (default bench/results).
#
# Units: MB = 10^6 bytes (throughput); peak RSS in MiB (2^20 bytes), the
# maximum resident set size that wait4() reports: that of the largest single
# process, so a --jobs made of worker processes is not summed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOVFACTS=${GOVFACTS:-$ROOT/build-release/govfacts}
GEN=${BENCH_GEN:-$ROOT/build-release/bench/gen}
FLOOR=${BENCH_FLOOR:-$ROOT/build-release/bench/floor}
PATTERNS=${BENCH_PATTERNS:-$ROOT/patterns}
BENCH_DIR=${BENCH_DIR:-$ROOT/bench}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
SEED=${BENCH_SEED:-7}
TARGET_SIZE=${BENCH_TARGET_SIZE:-10000}
if (($#)); then SIZES="$*"; else SIZES=${BENCH_SIZES:-"1000 10000 100000"}; fi
CORPORA=${BENCH_CORPORA:-"dense real"}

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

for b in "$GOVFACTS" "$GEN" "$FLOOR"; do
	[[ -x $b ]] || die "$b is missing: run 'make bench' (it builds govfacts, bench/gen and bench/floor)"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time (or run 'make bench')"
command -v sqlite3 >/dev/null || die "the sqlite3 command is missing: apt-get install sqlite3"
for n in $SIZES; do
	[[ $n =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a number of pages"
done
for c in $CORPORA; do
	[[ $c == dense || $c == real ]] || die "'$c' is not a corpus (dense, real)"
done

mkdir -p "$BENCH_DIR" "$RESULTS"
WORK=$(mktemp -d "$BENCH_DIR/work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ==== Corpus ====

GEN_ID=$(sha1sum <"$ROOT/bench/gen.c" | cut -c1-12)

# corpus NAME N: prints the folder of the N-page corpus NAME (dense, real),
# generating it if the cached one is missing or was made by another gen.c or
# seed.
corpus() {
	local name=$1 n=$2 dir want
	if [[ $name == dense ]]; then dir="$BENCH_DIR/corpus-$n"; else dir="$BENCH_DIR/corpus-$name-$n"; fi
	want="gen.c $GEN_ID seed $SEED pages $n density $name"
	if [[ ! -f $dir/.stamp || $(cat "$dir/.stamp") != "$want" ]]; then
		say "generating $n $name pages into $dir"
		rm -rf "$dir" "$dir.tmp"
		local t0
		t0=$(date +%s%N)
		"$GEN" "$dir.tmp" "$n" "$SEED" --density "$name" >&2
		echo "$want" >"$dir.tmp/.stamp"
		mv "$dir.tmp" "$dir"
		say "generated in $(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }') s"
	fi
	echo "$dir"
}

# ==== Measuring ====

# measure CMD...: runs CMD, sets SECS (wall clock), CPU (user + system
# seconds), RSS_KB (peak RSS), STATUS, and leaves its standard error in
# $WORK/err.
measure() {
	local t0 t1
	t0=$(date +%s%N)
	STATUS=0
	/usr/bin/time -f '%M %U %S' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || STATUS=$?
	t1=$(date +%s%N)
	SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
	read -r RSS_KB CPU < <(tail -n 1 "$WORK/time" | awk '{ printf "%d %.2f\n", $1, $2 + $3 }')
}

# field NAME: the value of NAME=... in $line (the floor's report).
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }

fresh_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

facts_in() { sqlite3 "$1" 'SELECT count(*) FROM facts'; }

# govfacts exits 1 when some inputs were refused: the run counts, with a note.
check_govfacts() {
	local what=$1
	if ((STATUS > 1)); then
		cat "$WORK/err" >&2
		die "$what failed (exit $STATUS)"
	fi
	if ((STATUS == 1)); then
		NOTES+=("$CORPUS $SIZE, $what: some inputs were refused: $(grep -c '' "$WORK/err") lines on stderr")
	fi
	SUMMARY=$(grep 'govfacts: ingest:' "$WORK/err" | tail -n 1 || true)
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
HAS_JOBS=0
ONE_JOB=()
# One job is asked for by name: since cbe5470 ingest's default is the number
# of cores.  --verbose: the summary goes to stderr even off a terminal.
if "$GOVFACTS" ingest --help 2>&1 | grep -q -- '--jobs'; then HAS_JOBS=1 ONE_JOB=(--jobs 1); fi
VERBOSE=()
if "$GOVFACTS" ingest --help 2>&1 | grep -q -- '--verbose'; then VERBOSE=(--verbose); fi

declare -A R_SECS R_RSS
ROWS=()
NOTES=()
BYTES_OF=()

ROW_FORMAT='%-6s %-8s %-8s %9s %8s %10s %8s %11s %9s %11s %8s %8s\n'

# row RUN PAGES BYTES FLOOR_MBS: formats one line of the table from SECS,
# RSS_KB, FACTS, for $CORPUS and $SIZE.
row() {
	local run=$1 pages=$2 bytes=$3 floor_mbs=$4
	R_SECS[$CORPUS,$SIZE,$run]=$SECS
	R_RSS[$CORPUS,$SIZE,$run]=$RSS_KB
	ROWS+=("$(awk -v c="$CORPUS" -v size="$SIZE" -v run="$run" -v s="$SECS" -v cpu="$CPU" -v rss="$RSS_KB" -v f="$FACTS" \
		-v p="$pages" -v b="$bytes" -v fl="$floor_mbs" -v fmt="$ROW_FORMAT" 'BEGIN {
		mbs = b / 1e6 / s
		ratio = fl > 0 ? sprintf("%.3f", mbs / fl) : "1.000"
		printf fmt, c, size, run, sprintf("%.2f", s), sprintf("%.2f", cpu), sprintf("%.1f", p / s),
			sprintf("%.2f", mbs), sprintf("%.1f", rss / 1024), f, sprintf("%.0f", f / s),
			sprintf("%.1f", f / p), ratio }')")
}

na_row() {
	# shellcheck disable=SC2059
	ROWS+=("$(printf "$ROW_FORMAT" "$CORPUS" "$SIZE" "$1" n/a n/a n/a n/a n/a n/a n/a n/a n/a)")
}

for CORPUS in $CORPORA; do
for SIZE in $SIZES; do
	dir=$(corpus "$CORPUS" "$SIZE")
	say "$CORPUS $SIZE: reading the corpus once (page cache)"
	find "$dir" -type f -name '*.html' -print0 | xargs -0 cat >/dev/null

	say "$CORPUS $SIZE: floor"
	measure "$FLOOR" "$dir" "$WORK/floor.db"
	((STATUS == 0)) || { cat "$WORK/err" >&2; die "floor failed (exit $STATUS)"; }
	line=$(grep '^floor:' "$WORK/out")
	pages=$(field pages)
	bytes=$(field bytes)
	FACTS=$(field numbers)
	BYTES_OF+=("$CORPUS-$SIZE:$bytes")
	floor_mbs=$(awk -v b="$bytes" -v s="$SECS" 'BEGIN { printf "%.6f", b / 1e6 / s }')
	row floor "$pages" "$bytes" 0
	rm -f "$WORK/floor.db"

	db="$WORK/govfacts.db"
	fresh_db "$db"
	say "$CORPUS $SIZE: ingest"
	measure "$GOVFACTS" ingest "${ONE_JOB[@]}" "${VERBOSE[@]}" --db "$db" --patterns "$PATTERNS" "$dir"
	check_govfacts ingest
	FACTS=$(facts_in "$db")
	ingest_facts=$FACTS
	row ingest "$pages" "$bytes" "$floor_mbs"

	say "$CORPUS $SIZE: unchanged re-run"
	measure "$GOVFACTS" ingest "${ONE_JOB[@]}" "${VERBOSE[@]}" --db "$db" --patterns "$PATTERNS" "$dir"
	check_govfacts re-run
	FACTS=$(facts_in "$db")
	row re-run "$pages" "$bytes" "$floor_mbs"
	# The runs table says what the summary says, whatever its wording.
	unchanged=$(sqlite3 "$db" 'SELECT articles_unchanged FROM runs ORDER BY id DESC LIMIT 1' 2>/dev/null || true)
	if [[ $unchanged != "$pages" ]]; then
		NOTES+=("$CORPUS $SIZE, re-run: ${unchanged:-?} of $pages articles found unchanged: ${SUMMARY#govfacts: }")
	fi
	((FACTS == ingest_facts)) || NOTES+=("$CORPUS $SIZE, re-run: $FACTS facts in the database after, $ingest_facts before")

	if ((HAS_JOBS)); then
		fresh_db "$db"
		say "$CORPUS $SIZE: ingest --jobs 2"
		measure "$GOVFACTS" ingest --jobs 2 "${VERBOSE[@]}" --db "$db" --patterns "$PATTERNS" "$dir"
		check_govfacts "jobs 2"
		FACTS=$(facts_in "$db")
		row "jobs 2" "$pages" "$bytes" "$floor_mbs"
		((FACTS == ingest_facts)) || NOTES+=("$CORPUS $SIZE, --jobs 2: $FACTS facts, one job: $ingest_facts")
	else
		na_row "jobs 2"
	fi
	fresh_db "$db"
done
done

# ==== Targets ====

sizes_sorted=$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n -u)
smallest=$(head -n 1 <<<"$sizes_sorted")
largest=$(tail -n 1 <<<"$sizes_sorted")
ts=$TARGET_SIZE
if ! grep -qx "$ts" <<<"$sizes_sorted"; then
	ts=$largest
	NOTES+=("the targets are for $TARGET_SIZE pages, which was not measured: checked at $ts pages")
fi

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
	ok = (op == ">=") ? (v >= t) : (v < t); print (ok ? "met" : "NOT MET") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# check LABEL VALUE VERDICT: one line of the targets, in CHECKS (issue 13)
# or EARLIER (issue 7, kept).
CHECKS=()
EARLIER=()
line_of() { printf '%-66s %14s  %s' "$1" "$2" "$3"; }
check() { CHECKS+=("$(line_of "$@")"); }
earlier() { EARLIER+=("$(line_of "$@")"); }
measured() { [[ -n ${R_SECS[$1,$2,$3]:-} ]]; }

# Issue 13: ingest with one job against the floor, on each corpus.
declare -A WANT_RATIO=([dense]=0.35 [real]=0.5)
for c in dense real; do
	label="ingest / floor MB/s, $c corpus, $ts pages, --jobs 1 (>= ${WANT_RATIO[$c]})"
	if measured "$c" "$ts" ingest; then
		v=$(ratio "${R_SECS[$c,$ts,floor]}" "${R_SECS[$c,$ts,ingest]}")
		check "$label" "$v" "$(verdict "$v" '>=' "${WANT_RATIO[$c]}")"
	else
		check "$label" "-" "not measured"
	fi
done

# Issue 13: peak RSS below 64 MiB with --jobs 2, at every size measured.
if ((HAS_JOBS)); then
	peak=0 where=""
	for c in $CORPORA; do
		for n in $SIZES; do
			k=${R_RSS[$c,$n,jobs 2]:-0}
			((k > peak)) && peak=$k where="$c $n"
		done
	done
	v=$(mib "$peak")
	check "peak RSS MiB with --jobs 2, largest of every run (< 64; $where)" "$v" "$(verdict "$v" '<' 64)"
else
	check "peak RSS MiB with --jobs 2 (< 64)" "n/a" "n/a (govfacts has no --jobs)"
fi

# Issue 13: peak RSS flat from the smallest corpus to the largest, "flat"
# being at most 10% or 2 MiB more, whichever is larger.
for c in $CORPORA; do
	for run in ingest "jobs 2"; do
		label="peak RSS MiB, $c corpus, $run, $smallest vs $largest pages (flat)"
		if [[ $smallest == "$largest" ]]; then
			check "peak RSS MiB, $c corpus, $run, 1000 vs 100000 pages (flat)" "-" "not measured (one size)"
			continue
		fi
		a=${R_RSS[$c,$smallest,$run]:-} b=${R_RSS[$c,$largest,$run]:-}
		if [[ -z $a || -z $b ]]; then
			check "$label" "n/a" "n/a"
			continue
		fi
		v=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f -> %.1f", a / 1024, b / 1024 }')
		ok=$(awk -v a="$a" -v b="$b" 'BEGIN { lim = a * 1.10; if (a + 2048 > lim) lim = a + 2048; print (b <= lim ? "met" : "NOT MET") }')
		check "$label" "$v" "$ok"
	done
done
[[ $smallest == "$largest" ]] || [[ $smallest == 1000 && $largest == 100000 ]] ||
	NOTES+=("peak RSS growth checked between $smallest and $largest pages, not 1,000 and 100,000")

# Issue 7's targets that issue 13 does not restate (its 0.5x the floor and
# 64 MiB at 10,000 pages are replaced by the lines above).
for c in $CORPORA; do
	v=$(ratio "${R_SECS[$c,$ts,ingest]}" "${R_SECS[$c,$ts,re-run]}")
	earlier "unchanged re-run speed-up, $c corpus, $ts pages (>= 20x)" "${v}x" "$(verdict "$v" '>=' 20)"
	if ((HAS_JOBS)); then
		v=$(ratio "${R_SECS[$c,$ts,ingest]}" "${R_SECS[$c,$ts,jobs 2]}")
		earlier "--jobs 2 speed-up, $c corpus, $ts pages (>= 1.7x)" "${v}x" "$(verdict "$v" '>=' 1.7)"
	else
		earlier "--jobs 2 speed-up, $c corpus, $ts pages (>= 1.7x)" "n/a" "n/a (govfacts has no --jobs)"
	fi
done

# ==== Report ====

cd "$ROOT"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $commit != unknown ]] && [[ -n $(git --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null) ]]; then
	dirty="+uncommitted changes"
else
	dirty=""
fi
host=$(uname -n)
cpu=$(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//' || echo unknown)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
libs=$(pkg-config --modversion libxml-2.0 libpcre2-8 sqlite3 2>/dev/null | paste -sd' ' - || true)

report() {
	echo "govfacts benchmark (issues 7 and 13)"
	echo "date:     $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "commit:   $commit${dirty:+ ($dirty)}"
	echo "machine:  $host, $(nproc) cores, $cpu, $mem, kernel $(uname -r)"
	echo "govfacts: $GOVFACTS (sha1 $(sha1sum <"$GOVFACTS" | cut -c1-12)), patterns $PATTERNS"
	echo "libs:     libxml2 pcre2 sqlite3 = $libs"
	echo "corpus:   bench/gen seed $SEED (gen.c $GEN_ID): dense = the default (about 95 facts a page),"
	echo "          real = --density real (15 to 25 facts a page); bytes: ${BYTES_OF[*]}"
	echo "command:  bench/run.sh $SIZES  (jobs: $([[ $HAS_JOBS == 1 ]] && echo supported || echo 'not supported'))"
	echo "load:     1-minute load average $LOAD_START at the start, $(cut -d' ' -f1 /proc/loadavg) at the end"
	echo
	echo "seconds = wall clock, which every rate uses; cpu s = user + system time of the process; MB = 10^6"
	echo "bytes of HTML; peak RSS in MiB, of the largest single process (worker processes are not summed);"
	echo "facts = rows in 'facts' after the run (floor: numbers inserted), facts/pg = facts a page;"
	echo "x floor = MB/s divided by the floor's MB/s on the same corpus."
	echo
	# shellcheck disable=SC2059
	printf "$ROW_FORMAT" corpus size run seconds "cpu s" pages/s MB/s "peak RSS" facts facts/s facts/pg "x floor"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "targets (issue 13):"
	printf '  %s\n' "${CHECKS[@]}"
	echo "earlier targets (issue 7), kept:"
	printf '  %s\n' "${EARLIER[@]}"
	if ((${#NOTES[@]})); then
		echo
		echo "notes:"
		printf '  %s\n' "${NOTES[@]}"
	fi
}

base="$RESULTS/$(date +%F)-$commit-$host"
out="$base.txt"
i=2
while [[ -e $out ]]; do out="$base-$i.txt"; i=$((i + 1)); done
report | tee "$out"
say "written to ${out#"$ROOT"/}"
