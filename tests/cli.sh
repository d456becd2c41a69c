#!/usr/bin/env bash
# The command line's hygiene (issue 12, items 7, 14, 15, 16, 18): database
# names that keep nothing are refused; names that are not UTF-8 still give
# valid UTF-8 everywhere, their bad bytes written \xHH; control characters
# in names never split or colour a message; an output that cannot be
# written exits 74; a refused option is named, and -- ends the options.
# Usage: tests/cli.sh BIN.  Prints one line per failure; exits 1 on any.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
page="$root/fixtures/newspaper.html"
passed=0 failed=0
check() { # LABEL CMD...
	if "${@:2}"; then
		passed=$((passed + 1))
	else
		echo "FAIL cli: $1"
		[ -s "$tmp/err" ] && head -n 3 "$tmp/err" | cut -c1-300 | sed 's/^/     | /'
		failed=$((failed + 1))
	fi
	return 0
}
# gf ARGS...: govfacts in the empty directory $tmp/cwd, stdout to
# $tmp/out, stderr to $tmp/err, the exit status to $rc.
mkdir "$tmp/cwd"
gf() {
	set +e
	(cd "$tmp/cwd" && "$bin" "$@") >"$tmp/out" 2>"$tmp/err"
	rc=$?
	set -e
}
says() { grep -qF -- "$1" "$tmp/err"; }
empty_cwd() { [ -z "$(ls -A "$tmp/cwd")" ]; }
# utf8 FILE...: every file decodes as strict UTF-8.
utf8() { python3 -c 'import sys; [open(f, encoding="utf-8", errors="strict").read() for f in sys.argv[1:]]' "$@" 2>/dev/null; }

# ==== item 7: --db '' and :memory: keep nothing, so they are refused ====
for name in '' ':memory:' 'file:x.db?mode=memory'; do
	gf ingest --verbose --db "$name" "$page"
	check "ingest --db '$name': exit 2 (got $rc), says why" eval '[ $rc = 2 ] && says "--db '\''$name'\'' names no database file"'
	set +e
	(cd "$tmp/cwd" && GOVFACTS_DB=$name "$bin" ingest --verbose "$page") >/dev/null 2>"$tmp/err"
	rc=$?
	set -e
	check "GOVFACTS_DB='$name' ingest: exit 2 (got $rc), says why" eval '[ $rc = 2 ] && says "\$GOVFACTS_DB '\''$name'\''"'
	for cmd in export stats; do
		gf "$cmd" --db "$name"
		check "$cmd --db '$name': exit 2 (got $rc)" [ "$rc" = 2 ]
	done
done
check "refused database names create nothing" empty_cwd

# ==== items 14 and 15: names that are not UTF-8, or hold control characters ====
in="$tmp/in"
mkdir "$in"
cp "$page" "$in/bad$(printf '\377')name.html"
cp "$root/fixtures/print-view.html" "$in/half$(printf '\303').html"
: >"$in/empty$(printf '\376').txt"
: >"$in/"$'new\nline.txt'
: >"$in/"$'esc\e[31mred.txt'
: >"$in/"$'tab\tand del\x7f.txt'
: >"$in/c1$(printf '\302\233')csi.txt"
db="$tmp/names.db"
gf ingest --verbose --db "$db" "$in"
check "ingest of odd names: exit 1, the empty ones refused (got $rc)" [ "$rc" = 1 ]
cp "$tmp/err" "$tmp/ingest.err"
check "ingest: one stderr line per refused input and the summary ($(wc -l <"$tmp/ingest.err") lines)" \
	[ "$(wc -l <"$tmp/ingest.err")" = 6 ]
check "ingest: stderr is UTF-8" utf8 "$tmp/ingest.err"
check "ingest: no control character on stderr but the line ends" \
	python3 -c 'import re, sys; t = open(sys.argv[1], "rb").read().decode("utf-8", "replace"); sys.exit(1 if re.search("[\x00-\x09\x0b-\x1f\x7f\x80-\x9f]", t) else 0)' "$tmp/ingest.err"
for shown in 'empty\xFE.txt: empty file' 'new\nline.txt: empty file' 'esc\x1B[31mred.txt: empty file' \
	'tab\tand del\x7F.txt: empty file' 'c1\xC2\x9Bcsi.txt: empty file'; do
	check "ingest: stderr names $shown" grep -qF -- "$shown" "$tmp/ingest.err"
done
check "database: every text is UTF-8, names written \\xHH" python3 - "$db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.text_factory = bytes
for table, cols in (("articles", "doc, file, url, title, text"), ("rejects", "file, reason"), ("runs", "args")):
    for row in con.execute("SELECT %s FROM %s" % (cols, table)):
        for v in row:
            if v is not None:
                v.decode("utf-8")
files = sorted(r[0].decode() for r in con.execute("SELECT file FROM articles UNION ALL SELECT file FROM rejects"))
want = ["bad\\xFFname.html", "half\\xC3.html", "empty\\xFE.txt"]
sys.exit(0 if all(any(f.endswith("/" + w) for f in files) for w in want) else 1)
PY
gf ingest --verbose --db "$db" "$in"
check "a re-run over the odd names finds them unchanged" grep -q '(0 new, 0 changed, 2 unchanged)' "$tmp/err"
gf facts "$in"
cp "$tmp/out" "$tmp/facts.jsonl"
gf facts --format csv "$in"
cp "$tmp/out" "$tmp/facts.csv"
gf export --db "$db"
cp "$tmp/out" "$tmp/export.jsonl"
gf export --db "$db" --format csv --table articles
cp "$tmp/out" "$tmp/export.csv"
gf stats --db "$db" --format jsonl
cp "$tmp/out" "$tmp/stats.jsonl"
gf extract "$in/bad$(printf '\377')name.html"
cp "$tmp/out" "$tmp/extract.txt"
gf extract --format json "$in/bad$(printf '\377')name.html"
cp "$tmp/out" "$tmp/extract.json"
check "facts, export, stats and extract output is UTF-8" \
	utf8 "$tmp/facts.jsonl" "$tmp/facts.csv" "$tmp/export.jsonl" "$tmp/export.csv" "$tmp/stats.jsonl" \
	"$tmp/extract.txt" "$tmp/extract.json"
check "facts, export and extract name the file bad\\xFFname.html" python3 - "$tmp" <<'PY'
import csv, json, sys
d = sys.argv[1]
want = "bad\\xFFname.html"
files = [json.loads(l)["file"] for l in open(d + "/facts.jsonl")]
files += [json.loads(l)["file"] for l in open(d + "/export.jsonl")]
files += [r["file"] for r in csv.DictReader(open(d + "/facts.csv", newline=""))]
files += [r["file"] for r in csv.DictReader(open(d + "/export.csv", newline=""))]
files.append(json.load(open(d + "/extract.json"))["file"])
files.append(open(d + "/extract.txt").readline().rstrip("\n")[len("file: "):])
sys.exit(0 if files and all(f.endswith("/" + want) for f in files if "bad" in f) and
         sum("bad" in f for f in files) > 5 else 1)
PY
gf $'bad\ncommand'
check "an unknown command with a newline stays on one line" eval '[ $rc = 2 ] && [ "$(wc -l <"$tmp/err")" = 2 ] && says "bad\ncommand"'
gf facts $'-\e[1mx'
check "an unknown option with an ESC is quoted" eval '[ $rc = 2 ] && says "-\x1B[1mx" && ! grep -q $'"'"'\e'"'"' "$tmp/err"'

# ==== item 16: an output that cannot be written exits 74 ====
if [ -c /dev/full ]; then
	gf ingest --verbose --db "$tmp/full.db" "$page"
	for args in "facts $page" "facts --format csv $page" "extract $page" "extract --format json $page" \
		"export --db $tmp/full.db" "export --db $tmp/full.db --table articles" "stats --db $tmp/full.db" \
		"stats --db $tmp/full.db --format jsonl" "check-patterns $root/patterns" "--help" "--version" "facts --help"; do
		set +e
		# shellcheck disable=SC2086 # the words of args are the arguments
		(cd "$tmp/cwd" && "$bin" $args) >/dev/full 2>"$tmp/err"
		rc=$?
		set -e
		check "${args/$tmp\//} > /dev/full: exit 74 (got $rc), says so" \
			eval '[ $rc = 74 ] && says "writing standard output"'
	done
else
	echo "cli: skip the /dev/full cases (no /dev/full)"
fi
set +e
(cd "$tmp/cwd" && "$bin" facts "$page") >&- 2>"$tmp/err"
rc=$?
set -e
check "facts with stdout closed: exit 74 (got $rc)" [ "$rc" = 74 ]
set +e
(cd "$tmp/cwd" && "$bin" ingest --verbose --db "$tmp/closed.db" "$page") >&- 2>"$tmp/err"
rc=$?
set -e
check "ingest, which writes nothing to stdout, with stdout closed: exit 0 (got $rc)" [ "$rc" = 0 ]

# ==== item 18: the refused argument is named; -- ends the options ====
gf facts -rf.html
check "facts -rf.html: exit 2 (got $rc), names '-rf.html'" \
	eval '[ $rc = 2 ] && says "unknown option '\''-rf.html'\''" && says "govfacts facts -- -rf.html" && ! says "'\''facts'\''"'
gf ingest --verbose --db "$tmp/opt.db" "$page" -zq
check "ingest PAGE -zq: names '-zq' (got $rc)" eval '[ $rc = 2 ] && says "'\''-zq'\''"'
gf export --db "$tmp/opt.db" --bogus
check "export --bogus: names '--bogus' (got $rc)" eval '[ $rc = 2 ] && says "unknown option '\''--bogus'\''"'
gf facts --format
check "facts --format: says it needs an argument (got $rc)" eval '[ $rc = 2 ] && says "'\''--format'\'' needs an argument"'
cp "$page" "$tmp/cwd/-rf.html"
gf facts -- -rf.html
check "facts -- -rf.html reads the file -rf.html (exit $rc)" eval '[ $rc = 0 ] && grep -q "\"file\":\"-rf.html\"" "$tmp/out"'
rm "$tmp/cwd/-rf.html"

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
