#!/usr/bin/env bash
# The transform's work grows with the size of an article, not its square:
# a 3 MB table page of 225,000 distinct facts must give all of them within
# TRANSFORM_SLOW seconds (60).  Duplicate removal used to compare every
# fact with every other (a 16 MB table page took 369 s); it now compares
# a fact only with those of its kind and value.  A guard against that
# coming back, not a benchmark: speed is measured by `make bench`.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/table.txt" <<'PY'
import sys
rows = 75000
with open(sys.argv[1], "w") as f:
    f.write("A table page of component scores\n\nYear | 2022 | 2021 | 2020 |\n")
    for i in range(rows):
        # Three distinct scores a row, never equal within a row's subject.
        f.write("Component %d | %d.%02d | %d.%02d | %d.%02d |\n"
                % (i, i % 90, i % 97, (i * 7) % 90, (i * 3) % 97, (i * 11) % 90, (i * 5) % 97))
PY
# Under the sanitizers everything runs several times slower (21 s for this
# page alone, over 60 s on a loaded machine); the quadratic code took over
# 120 s unsanitized.
case "$bin" in *asan*) limit=${TRANSFORM_SLOW:-180} ;; *) limit=${TRANSFORM_SLOW:-60} ;; esac
start=$(date +%s)
if ! timeout "$limit" "$bin" facts --format jsonl --patterns patterns "$tmp/table.txt" >"$tmp/facts.jsonl"; then
	echo "FAIL: facts of a $(stat -c %s "$tmp/table.txt")-byte table page did not finish within $limit s" >&2
	exit 1
fi
n=$(wc -l <"$tmp/facts.jsonl")
echo "table page: $n facts in $(( $(date +%s) - start )) s"
if [ "$n" -ne 225000 ]; then
	echo "FAIL: expected 225000 facts (one a cell), got $n" >&2
	exit 1
fi
echo "1 passed, 0 failed"
