#!/usr/bin/env bash
# tests/score.sh is a gate that cannot pass without scoring (issue 12,
# item 20).  Usage: tests/score_gate.sh BIN
#
# It runs score.sh from a copy of the checkout, with ../shared beside it
# or not: a missing ../shared/seeds must fail naming it (not skip), a
# fixture that loses facts must fail on its own floor even when the total
# stays above FIXTURES_FLOOR, and a fixture without a floor must fail.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
shared=$(realpath ../shared)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOVFACTS_PATTERNS="$root/patterns"
failed=0 passed=0
check() { # LABEL CMD...
	if "${@:2}"; then
		passed=$((passed + 1))
	else
		echo "FAIL score-gate: $1"
		head -n 3 "$tmp/err" | sed 's/^/     | /'
		failed=$((failed + 1))
	fi
	return 0
}
# layout NAME: a checkout copy $tmp/NAME/checkout (score.sh and fixtures).
layout() {
	mkdir -p "$tmp/$1/checkout/tests"
	cp tests/score.sh "$tmp/$1/checkout/tests/"
	cp -R fixtures "$tmp/$1/checkout/"
}
# with_shared NAME: ../shared beside it, its seeds and scorer the real ones.
with_shared() {
	mkdir -p "$tmp/$1/shared"
	ln -s "$shared/seeds" "$shared/eval" "$tmp/$1/shared/"
}
# score NAME: score.sh there at the Makefile's floors; $rc and $tmp/err.
score() {
	set +e
	bash "$tmp/$1/checkout/tests/score.sh" "$bin" 0.95 0.95 >"$tmp/out" 2>"$tmp/err"
	rc=$?
	set -e
}
says() { grep -qF -- "$1" "$tmp/err"; }

layout whole
with_shared whole
score whole
check "the checkout as it is passes (exit $rc)" [ "$rc" = 0 ]

layout noshared
score noshared
check "no ../shared: fails (exit $rc), naming ../shared/seeds" eval '[ $rc != 0 ] && says "../shared/seeds not found"'

# One fact of a perfect page given a value no page states: that page
# falls below its floor of 1.00, the total of all pages stays above 0.95.
layout lost
with_shared lost
python3 - "$tmp/lost/checkout/fixtures/expected/newspaper.facts.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
rows[0]["value"] = 987654321
open(path, "w", encoding="utf-8").writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
PY
score lost
check "one page below its floor, the total above: fails (exit $rc), naming the page" \
	eval '[ $rc != 0 ] && says "fixtures/newspaper.html: strict F1" && grep -q "^strict F1: 0.9[5-9]" "$tmp/out"'

layout nofloor
with_shared nofloor
sed -i '/^newspaper\.html/d' "$tmp/nofloor/checkout/fixtures/expected/floors.tsv"
score nofloor
check "a page with no floor: fails (exit $rc), naming it" eval '[ $rc != 0 ] && says "no floor for fixtures/newspaper.html"'

echo "score-gate: $passed passed, $failed failed"
[ "$failed" = 0 ]
