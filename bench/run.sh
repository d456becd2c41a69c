#!/usr/bin/env bash
# bench/run.sh — the ingest benchmark of issue 7.  Run it through 'make bench'
# (or 'make bench-quick'), which builds what it needs; this script builds
# nothing.
#
#   bash bench/run.sh [SIZE...]        sizes in pages, default "1000 10000 100000"
#
# For each size it generates the corpus once (bench/gen, deterministic, kept in
# $BENCH_DIR/corpus-SIZE/ and reused while bench/gen.c and the seed are the
# same), reads it once so every run finds it in the page cache, then measures
#   floor    bench/floor: libxml2 parse, one PCRE2 JIT pass, one SQLite insert
#            per number in one transaction (the least an ingest can do)
#   ingest   govfacts ingest into a fresh database
#   re-run   the same ingest again over the unchanged corpus
#   jobs 2   govfacts ingest --jobs 2 into a fresh database (n/a if govfacts
#            has no --jobs)
# and prints pages/s, MB/s, peak RSS, facts/s and the ratio to the floor's
# MB/s, then the issue's targets, met or not.  The same report goes to
# bench/results/YYYY-MM-DD-COMMIT-HOST.txt with the machine at the top.
#
# Environment: BENCH_SIZES (when no SIZE is given), BENCH_DIR (corpus and
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

mkdir -p "$BENCH_DIR" "$RESULTS"
WORK=$(mktemp -d "$BENCH_DIR/work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ==== Corpus ====

GEN_ID=$(sha1sum <"$ROOT/bench/gen.c" | cut -c1-12)

# corpus N: prints the folder of the N-page corpus, generating it if the cached
# one is missing or was made by another gen.c or seed.
corpus() {
	local n=$1 dir="$BENCH_DIR/corpus-$1" want
	want="gen.c $GEN_ID seed $SEED pages $n"
	if [[ ! -f $dir/.stamp || $(cat "$dir/.stamp") != "$want" ]]; then
		say "generating $n pages into $dir"
		rm -rf "$dir" "$dir.tmp"
		local t0
		t0=$(date +%s%N)
		"$GEN" "$dir.tmp" "$n" "$SEED" >&2
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
		NOTES+=("size $SIZE, $what: some inputs were refused: $(grep -c '' "$WORK/err") lines on stderr")
	fi
	SUMMARY=$(grep 'govfacts: ingest:' "$WORK/err" | tail -n 1 || true)
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
HAS_JOBS=0
if "$GOVFACTS" ingest --help 2>/dev/null | grep -q -- '--jobs'; then HAS_JOBS=1; fi

declare -A R_SECS R_RSS
ROWS=()
NOTES=()
BYTES_OF=()

# row SIZE RUN: formats one line of the table from SECS, RSS_KB, FACTS.
row() {
	local size=$1 run=$2 pages=$3 bytes=$4 floor_mbs=$5
	R_SECS[$size,$run]=$SECS
	R_RSS[$size,$run]=$RSS_KB
	ROWS+=("$(awk -v size="$size" -v run="$run" -v s="$SECS" -v cpu="$CPU" -v rss="$RSS_KB" -v f="$FACTS" \
		-v p="$pages" -v b="$bytes" -v fl="$floor_mbs" 'BEGIN {
		mbs = b / 1e6 / s
		ratio = fl > 0 ? sprintf("%.3f", mbs / fl) : "1.000"
		printf "%-8s %-8s %9.2f %8.2f %10.1f %8.2f %11.1f %9d %11.0f %8s\n",
			size, run, s, cpu, p / s, mbs, rss / 1024, f, f / s, ratio }')")
}

na_row() {
	ROWS+=("$(printf '%-8s %-8s %9s %8s %10s %8s %11s %9s %11s %8s' "$1" "$2" n/a n/a n/a n/a n/a n/a n/a n/a)")
}

for SIZE in $SIZES; do
	dir=$(corpus "$SIZE")
	say "size $SIZE: reading the corpus once (page cache)"
	find "$dir" -type f -name '*.html' -print0 | xargs -0 cat >/dev/null

	say "size $SIZE: floor"
	measure "$FLOOR" "$dir" "$WORK/floor.db"
	((STATUS == 0)) || { cat "$WORK/err" >&2; die "floor failed (exit $STATUS)"; }
	line=$(grep '^floor:' "$WORK/out")
	pages=$(field pages)
	bytes=$(field bytes)
	FACTS=$(field numbers)
	BYTES_OF+=("$SIZE:$bytes")
	floor_mbs=$(awk -v b="$bytes" -v s="$SECS" 'BEGIN { printf "%.6f", b / 1e6 / s }')
	row "$SIZE" floor "$pages" "$bytes" 0
	rm -f "$WORK/floor.db"

	db="$WORK/govfacts.db"
	fresh_db "$db"
	say "size $SIZE: ingest"
	measure "$GOVFACTS" ingest --db "$db" --patterns "$PATTERNS" "$dir"
	check_govfacts ingest
	FACTS=$(facts_in "$db")
	ingest_facts=$FACTS
	row "$SIZE" ingest "$pages" "$bytes" "$floor_mbs"

	say "size $SIZE: unchanged re-run"
	measure "$GOVFACTS" ingest --db "$db" --patterns "$PATTERNS" "$dir"
	check_govfacts re-run
	FACTS=$(facts_in "$db")
	row "$SIZE" re-run "$pages" "$bytes" "$floor_mbs"
	if ! grep -q "($pages unchanged)\| $pages unchanged)" <<<"$SUMMARY"; then
		NOTES+=("size $SIZE, re-run: not every article was found unchanged: ${SUMMARY#govfacts: }")
	fi
	((FACTS == ingest_facts)) || NOTES+=("size $SIZE, re-run: $FACTS facts in the database after, $ingest_facts before")

	if ((HAS_JOBS)); then
		fresh_db "$db"
		say "size $SIZE: ingest --jobs 2"
		measure "$GOVFACTS" ingest --jobs 2 --db "$db" --patterns "$PATTERNS" "$dir"
		check_govfacts "jobs 2"
		FACTS=$(facts_in "$db")
		row "$SIZE" "jobs 2" "$pages" "$bytes" "$floor_mbs"
		((FACTS == ingest_facts)) || NOTES+=("size $SIZE, --jobs 2: $FACTS facts, one job: $ingest_facts")
	else
		na_row "$SIZE" "jobs 2"
	fi
	fresh_db "$db"
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

CHECKS=()
fs=${R_SECS[$ts,floor]} is=${R_SECS[$ts,ingest]} rs=${R_SECS[$ts,re-run]}
v=$(ratio "$fs" "$is")
CHECKS+=("$(printf '%-48s %14s  %s' "ingest MB/s / floor MB/s at $ts (>= 0.50)" "$v" "$(verdict "$v" '>=' 0.5)")")
peak=0
for run in ingest re-run "jobs 2"; do
	k=${R_RSS[$ts,$run]:-0}
	((k > peak)) && peak=$k
done
v=$(mib "$peak")
CHECKS+=("$(printf '%-48s %14s  %s' "peak RSS MiB of govfacts at $ts (< 64)" "$v" "$(verdict "$v" '<' 64)")")
if [[ $smallest != "$largest" ]]; then
	a=${R_RSS[$smallest,ingest]} b=${R_RSS[$largest,ingest]}
	# "The same": at most 10% or 2 MiB more, whichever is larger.
	v=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f -> %.1f", a / 1024, b / 1024 }')
	ok=$(awk -v a="$a" -v b="$b" 'BEGIN { lim = a * 1.10; if (a + 2048 > lim) lim = a + 2048; print (b <= lim ? "met" : "NOT MET") }')
	CHECKS+=("$(printf '%-48s %14s  %s' "ingest peak RSS MiB, $smallest vs $largest pages (same)" "$v" "$ok")")
	[[ $smallest == 1000 && $largest == 100000 ]] ||
		NOTES+=("peak RSS growth checked between $smallest and $largest pages, not 1,000 and 100,000")
else
	CHECKS+=("$(printf '%-48s %14s  %s' "ingest peak RSS, 1,000 vs 100,000 pages (same)" "-" "not measured (one size)")")
fi
v=$(ratio "$is" "$rs")
CHECKS+=("$(printf '%-48s %14s  %s' "re-run speed-up at $ts (>= 20x)" "${v}x" "$(verdict "$v" '>=' 20)")")
if ((HAS_JOBS)); then
	v=$(ratio "$is" "${R_SECS[$ts,jobs 2]}")
	CHECKS+=("$(printf '%-48s %14s  %s' "--jobs 2 speed-up at $ts (>= 1.7x)" "${v}x" "$(verdict "$v" '>=' 1.7)")")
else
	CHECKS+=("$(printf '%-48s %14s  %s' "--jobs 2 speed-up at $ts (>= 1.7x)" "n/a" "n/a (govfacts has no --jobs)")")
fi

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
	echo "govfacts benchmark (issue 7)"
	echo "date:     $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "commit:   $commit${dirty:+ ($dirty)}"
	echo "machine:  $host, $(nproc) cores, $cpu, $mem, kernel $(uname -r)"
	echo "govfacts: $GOVFACTS (sha1 $(sha1sum <"$GOVFACTS" | cut -c1-12)), patterns $PATTERNS"
	echo "libs:     libxml2 pcre2 sqlite3 = $libs"
	echo "corpus:   bench/gen seed $SEED (gen.c $GEN_ID); bytes: ${BYTES_OF[*]}"
	echo "command:  bench/run.sh $SIZES  (jobs: $([[ $HAS_JOBS == 1 ]] && echo supported || echo 'not supported'))"
	echo "load:     1-minute load average $LOAD_START at the start, $(cut -d' ' -f1 /proc/loadavg) at the end"
	echo
	echo "seconds = wall clock, which every rate uses; cpu s = user + system time of the process; MB = 10^6"
	echo "bytes of HTML; peak RSS in MiB, of the largest single process (worker processes are not summed);"
	echo "facts = rows in 'facts' after the run (floor: numbers inserted);"
	echo "x floor = MB/s divided by the floor's MB/s on the same corpus."
	echo
	printf '%-8s %-8s %9s %8s %10s %8s %11s %9s %11s %8s\n' size run seconds "cpu s" pages/s MB/s "peak RSS" facts facts/s \
		"x floor"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "targets:"
	printf '  %s\n' "${CHECKS[@]}"
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
