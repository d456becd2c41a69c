#!/usr/bin/env bash
# How govfacts finds and opens its inputs (issue 12, items 2, 4, 8, 13).
# Usage: tests/inputs.sh BIN
#
# - A directory walk does not follow a link out of the folders given (a
#   link to /etc/passwd, to a folder outside): each is named on stderr as
#   skipped and recorded as a reject; a link inside is read;
#   --follow-symlinks reads them all; a link named on the command line is
#   read as given.
# - New database files (and -wal, -shm, .lock) get no mode bit the umask
#   takes away.
# - A FIFO in a walked folder, and one that a stat saw as a regular file
#   (tests/stat_lie.c, through LD_PRELOAD: the race of a FIFO swapped in
#   between stat and open), are refused without hanging; a pipe named on
#   the command line (<(cat page)) and /dev/stdin are read.
# - --from-list FILE|- (one path a line) and -0 (NUL-separated), for
#   ingest and facts; a NUL in a list read by lines (find -print0 | govfacts
#   ingest --from-list -) is refused with exit 2 and nothing loaded ('-'
#   alone is one article on standard input: tests/crawl.sh).
# - An empty folder ingests nothing, exit 0; an empty patterns directory is
#   refused, exit 3 (both once aborted the sanitizer build: qsort(NULL, 0)).
#
# Every govfacts run has a time limit (INPUTS_TIMEOUT, 60 s): a hang is a
# failure.  Prints one line per case; exits 1 on any failure.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-inputs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
fx="$root/fixtures"
LIMIT=${INPUTS_TIMEOUT:-60}

passed=0 failed=0
check() { # LABEL CMD...: ok when CMD succeeds
	local label=$1
	shift
	if "$@"; then
		echo "ok   $label"
		passed=$((passed + 1))
	else
		echo "FAIL $label"
		failed=$((failed + 1))
		[ -s "$tmp/err" ] && head -n 5 "$tmp/err" | cut -c1-300 | sed 's/^/     | /'
	fi
	return 0
}
# gf ARGS...: govfacts with a time limit, stdout to $tmp/out, stderr to
# $tmp/err, the status to $rc (124 and over: a hang or a crash).
gf() {
	set +e
	timeout -k 5 "$LIMIT" "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	set -e
}
says() { grep -qE -- "$1" "$tmp/err"; }
q() { sqlite3 "$1" "$2"; }
articles() { q "$1" "SELECT file FROM articles ORDER BY file" | tr '\n' ' '; }
rejected() { q "$1" "SELECT count(*) FROM rejects WHERE file = '$2'"; }

echo "== links out of the folders given"
mkdir -p "$tmp/in/store" "$tmp/in/sub" "$tmp/outside"
cp "$fx/newspaper.html" "$tmp/in/good.html"
cp "$fx/portal-gov.html" "$tmp/in/store/page.dat"
cp "$fx/print-view.html" "$tmp/outside/secret.html"
ln -s /etc/passwd "$tmp/in/notes.txt"
ln -s ../outside/secret.html "$tmp/in/secret.html"
ln -s ../outside "$tmp/in/elsewhere"
ln -s store/page.dat "$tmp/in/inside.html"
ln -s .. "$tmp/in/sub/up"
db="$tmp/links.db"
gf ingest --verbose --db "$db" "$tmp/in"
check "walk: exit 1, some inputs skipped ($rc)" [ "$rc" = 1 ]
check "walk: the link to /etc/passwd is named as skipped, and why" \
	says "in/notes.txt: symbolic link to a file outside the folders given \(/etc/passwd\): skipped"
check "walk: the link to a file outside is named" says "in/secret.html: symbolic link to a file outside"
check "walk: the link to a folder outside is named" says "in/elsewhere: symbolic link to a folder outside"
check "walk: each is a rejects row" \
	[ "$(rejected "$db" "$tmp/in/notes.txt")$(rejected "$db" "$tmp/in/secret.html")$(rejected "$db" "$tmp/in/elsewhere")" = 111 ]
check "walk: nothing from /etc/passwd in the database" \
	[ "$(q "$db" "SELECT count(*) FROM articles WHERE text LIKE '%root:%' OR file LIKE '%notes%'")" = 0 ]
check "walk: the page and the link inside are read, nothing outside ($(articles "$db"))" \
	[ "$(articles "$db")" = "$tmp/in/good.html $tmp/in/inside.html " ]
check "walk: a link up to the folder given (sub/up -> ..) is neither followed nor named" \
	eval '! says "sub/up"'

gf ingest --verbose --db "$tmp/follow.db" --follow-symlinks "$tmp/in"
check "--follow-symlinks: reads the links out ($rc: $(articles "$tmp/follow.db"))" \
	eval '[ "$(q "$tmp/follow.db" "SELECT count(*) FROM articles WHERE file IN ('"'$tmp/in/notes.txt', '$tmp/in/elsewhere/secret.html'"')")" = 2 ]'
check "--follow-symlinks: a link back to a folder being walked is named as a loop" \
	says "in/sub/up: symbolic link to a folder being walked \(a loop\)"
gf facts "$tmp/in/secret.html"
check "a link named on the command line is read as given ($rc)" eval '[ $rc = 0 ] && [ -s "$tmp/out" ]'

echo "== modes of new database files"
for mask in 077 027 022; do
	(umask $mask && timeout -k 5 "$LIMIT" "$bin" ingest --verbose --db "$tmp/mode-$mask.db" "$fx/newspaper.html") 2>"$tmp/err" || true
	wide=""
	for f in "$tmp/mode-$mask.db" "$tmp/mode-$mask.db-wal" "$tmp/mode-$mask.db-shm" "$tmp/mode-$mask.db.lock"; do
		[ -e "$f" ] || continue
		m=$(stat -c %a "$f")
		[ $((8#$m & 8#$mask)) = 0 ] || wide="$wide ${f##*/}=$m"
	done
	check "umask $mask: no database file has a bit the umask clears ($(stat -c %a "$tmp/mode-$mask.db")${wide:+; too wide:$wide})" \
		[ -z "$wide" ]
done

echo "== FIFOs and pipes"
mkdir "$tmp/fifo"
cp "$fx/newspaper.html" "$tmp/fifo/good.html"
mkfifo "$tmp/fifo/planted.html"
gf ingest --verbose --db "$tmp/fifo.db" "$tmp/fifo"
check "a FIFO in a walked folder: refused, no hang ($rc)" \
	eval '[ $rc = 1 ] && says "planted.html: not a regular file" && [ "$(articles "$tmp/fifo.db")" = "$tmp/fifo/good.html " ]'
cc=${CC:-cc}
if "$cc" -shared -fPIC -o "$tmp/stat_lie.so" tests/stat_lie.c -ldl 2>"$tmp/err"; then
	# The sanitizer runtime wants to be first; the shim only wraps stat.
	set +e
	STAT_LIE_NAME=planted.html LD_PRELOAD="$tmp/stat_lie.so" \
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		timeout -k 5 "$LIMIT" "$bin" ingest --verbose --db "$tmp/race.db" "$tmp/fifo" 2>"$tmp/err"
	rc=$?
	set -e
	check "a FIFO every stat calls a regular file (swapped in after the walk's stat): refused, no hang ($rc)" \
		eval '[ $rc = 1 ] && says "planted.html: not a regular file"'
else
	check "the stat shim (tests/stat_lie.c) builds with $cc" false
fi
gf facts <(cat "$fx/newspaper.html")
check "a pipe named on the command line (<(cat page)) is read ($rc)" eval '[ $rc = 0 ] && [ -s "$tmp/out" ]'
set +e
timeout -k 5 "$LIMIT" "$bin" facts /dev/stdin < <(cat "$fx/newspaper.html") >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
check "/dev/stdin as a pipe is read ($rc)" eval '[ $rc = 0 ] && [ -s "$tmp/out" ]'

echo "== lists of paths"
mkdir "$tmp/lists"
cp "$fx/newspaper.html" "$tmp/lists/one.html"
cp "$fx/print-view.html" "$tmp/lists/two
lines.html"
cp "$fx/blog-list.html" "$tmp/lists/three.html"
printf '%s\0' "$tmp/lists/one.html" "$tmp/lists/two
lines.html" >"$tmp/list0"
set +e
find "$tmp/lists" -name '*.html' -print0 | sort -z | timeout -k 5 "$LIMIT" "$bin" ingest --verbose --db "$tmp/list0.db" --from-list - -0 2>"$tmp/err"
rc=$?
set -e
check "find -print0 | ingest --from-list - -0: all three, a newline in a name too ($rc)" \
	eval '[ $rc = 0 ] && [ "$(q "$tmp/list0.db" "SELECT count(*) FROM articles")" = 3 ]'
gf ingest --verbose --db "$tmp/list0f.db" --null --from-list "$tmp/list0" "$tmp/lists/three.html"
check "ingest INPUT --from-list FILE --null: the INPUT and the list ($rc)" \
	eval '[ $rc = 0 ] && [ "$(q "$tmp/list0f.db" "SELECT count(*) FROM articles")" = 3 ]'
printf '%s\n' "$tmp/lists/one.html" "" "$tmp/lists/three.html" >"$tmp/list1"
gf facts --from-list "$tmp/list1"
check "facts --from-list FILE (one a line, a blank line skipped) ($rc)" \
	eval '[ $rc = 0 ] && [ "$(grep -c "\"file\":\"$tmp/lists/three.html\"" "$tmp/out")" -gt 0 ] && grep -q "\"file\":\"$tmp/lists/one.html\"" "$tmp/out"'
set +e
timeout -k 5 "$LIMIT" "$bin" ingest --verbose --db "$tmp/nul.db" --from-list - <"$tmp/list0" 2>"$tmp/err"
rc=$?
set -e
check "a NUL-separated list on 'ingest --from-list -': exit 2, says to use -0, nothing loaded ($rc)" \
	eval '[ $rc = 2 ] && says "from-list - \\(standard input\\): line 1 holds a NUL byte.*--from-list - -0" && [ ! -e "$tmp/nul.db" ]'
gf facts --from-list "$tmp/list0"
check "a NUL in a --from-list FILE read by lines: exit 2, names the list ($rc)" \
	eval '[ $rc = 2 ] && says "from-list $tmp/list0: line 1 holds a NUL byte" && [ ! -s "$tmp/out" ]'
gf facts --from-list "$tmp/no-such-list"
check "a missing --from-list FILE: exit 2, names it ($rc)" eval '[ $rc = 2 ] && says "no-such-list: No such file"'
gf facts -0 "$tmp/lists/one.html"
check "-0 without --from-list: usage error ($rc)" [ "$rc" = 2 ]
printf '%s\n' "$tmp/lists/one.html" | timeout -k 5 "$LIMIT" "$bin" ingest --verbose --db "$tmp/dash.db" --from-list - 2>"$tmp/err" && rc=0 || rc=$?
check "ingest --from-list - reads a list of paths, one a line ($rc)" \
	eval '[ $rc = 0 ] && [ "$(q "$tmp/dash.db" "SELECT count(*) FROM articles")" = 1 ]'
gf --help
check "--help names --from-list, -0 and --follow-symlinks" \
	eval 'grep -q -- "--from-list FILE|-" "$tmp/out" && grep -q -- "-0, --null" "$tmp/out" && grep -q -- "--follow-symlinks" "$tmp/out"'

echo "== empty folders"
mkdir "$tmp/empty" "$tmp/empty-patterns"
gf ingest --verbose --db "$tmp/empty.db" "$tmp/empty"
check "an empty folder: nothing loaded, exit 0 ($rc)" eval '[ $rc = 0 ] && says "0 articles"'
gf ingest --verbose --db "$tmp/nopat.db" --patterns "$tmp/empty-patterns" "$fx/newspaper.html"
check "ingest with an empty patterns directory: exit 3, says no pattern files ($rc)" \
	eval '[ $rc = 3 ] && says "empty-patterns: no pattern files"'
gf facts --patterns "$tmp/empty-patterns" "$fx/newspaper.html"
check "facts with an empty patterns directory: exit 3 ($rc)" \
	eval '[ $rc = 3 ] && says "empty-patterns: no pattern files"'

echo "inputs: $passed passed, $failed failed"
[ "$failed" = 0 ]
