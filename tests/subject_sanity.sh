#!/usr/bin/env bash
# Runs tests/subject_sanity.py over every text govfacts is measured on:
# fixtures/ (its pages, holdout and blind batches), ../shared/real-dev and
# ../shared/seeds, and
# PAGES pages of bench/gen (seed 7).  A missing input is a failure.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
gen=$(realpath "${2:-build/bench/gen}")
pages=${3:-2000}
cd "$(dirname "$0")/.."
shared=../shared
for d in "$shared/real-dev/texts" "$shared/seeds"; do
	[ -d "$d" ] || { echo "subject-sanity: $d not found (../shared must be beside the checkout)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" "$tmp/gen" "$pages" 7 >/dev/null
"$bin" facts --format jsonl --patterns patterns fixtures/*.html fixtures/holdout/*.html \
	fixtures/blind-2026-12*/texts/*.txt "$shared"/real-dev/texts/*.txt "$shared"/seeds/*.txt >"$tmp/texts.jsonl"
"$bin" facts --format jsonl --patterns patterns "$tmp/gen" >"$tmp/gen.jsonl"
echo "== fixtures, holdout, real-dev, seeds"
python3 tests/subject_sanity.py "$tmp/texts.jsonl" | tail -n 20
echo "== $pages pages of bench/gen"
python3 tests/subject_sanity.py "$tmp/gen.jsonl" | tail -n 20
