#!/usr/bin/env bash
# bench/gen: the dense corpus (its default) writes the same bytes as gen.c
# b18276113867 did, since issue 13 measures speed against that corpus; the
# real-density corpus (--density real) is deterministic too, and is another
# corpus.  Usage: tests/bench_gen.sh [GEN]
set -euo pipefail
gen=$(realpath "${1:-build/bench/gen}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
# digest DIR: one SHA-256 over every page's name and bytes.
digest() { (cd "$1" && LC_ALL=C find . -type f -name '*.html' | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-64; }

# The 1,000 pages of seed 7 as gen.c b18276113867 wrote them (11,952,029 bytes).
want=d0743da248f836bbcffaa6ecc75a09a90d858c8afc804c90cd9f47848a41babf
"$gen" "$tmp/dense" 1000 7 >/dev/null
got=$(digest "$tmp/dense")
check "the dense corpus of seed 7 changed: 1,000 pages digest $got, want $want" "$([ "$got" = "$want" ]; echo $?)"
"$gen" "$tmp/dense2" 1000 7 --density dense >/dev/null
check "--density dense is not the default corpus" "$([ "$(digest "$tmp/dense2")" = "$want" ]; echo $?)"

"$gen" "$tmp/real" 300 7 --density real >/dev/null
"$gen" --density real "$tmp/real2" 300 >/dev/null
real=$(digest "$tmp/real")
check "two runs of --density real wrote different bytes" "$([ "$(digest "$tmp/real2")" = "$real" ]; echo $?)"
"$gen" "$tmp/dense300" 300 7 >/dev/null
check "--density real wrote the dense corpus" "$([ "$(digest "$tmp/dense300")" != "$real" ]; echo $?)"
n=$(find "$tmp/real" -name '*.html' | wc -l)
check "--density real wrote $n pages, not 300" "$([ "$n" = 300 ]; echo $?)"

rc=0
"$gen" "$tmp/bad" 10 --density sparse 2>"$tmp/err" || rc=$?
check "--density sparse: exit $rc, not 2 with the usage" "$([ $rc = 2 ] && grep -q 'usage: gen' "$tmp/err"; echo $?)"
check "--density sparse wrote pages" "$([ ! -e "$tmp/bad" ]; echo $?)"

echo "$passed passed, $fail failed"
[ "$fail" = 0 ]
