#!/usr/bin/env bash
# Installed like a Debian tool (issue 15, item 4).  Usage:
# tests/install.sh BIN   (BUILD and MODE from the environment, as make has
# them, so that the installed binary is built like BIN)
#
# - make install DESTDIR=STAGE PREFIX=/usr/local puts the binary, the
#   patterns and the man page under STAGE; make uninstall removes them.
# - make install PREFIX=TMP: the installed binary finds its patterns with
#   no flag and no environment, from a directory holding a broken
#   ./patterns (never read unless named); with them gone, the error names
#   every place it looked in and exits 3.
# - The man page renders with groff without a warning and names every
#   command, every long option of govfacts.c, every exit code, the
#   environment variables and files.
# - The crontab line of README.md runs as written, in cron's environment
#   (sh, HOME, that PATH): exit 0, nothing on stdout or stderr, the
#   articles loaded; a second night too.
# - The systemd service and timer of README.md pass systemd-analyze
#   verify (the service's binary the one installed here).
#
# Prints one line per case; exits 1 on any failure.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
build=${BUILD:-$(dirname "$bin")}
mode=${MODE:-debug}
mk() { make --no-print-directory -s BUILD="$build" MODE="$mode" "$@" >"$tmp/make.out" 2>&1 || { cat "$tmp/make.out"; return 1; }; }

passed=0 failed=0
. "$root/tests/lib.sh" # check LABEL CMD...
# A fenced block of README.md: the one whose info string is $1 and whose
# first line starts with $2 (any first line when empty).
readme_block() {
	python3 - "$root/README.md" "$1" "$2" <<'PY'
import sys
text, lang, first = open(sys.argv[1], encoding="utf-8").read().split("\n"), sys.argv[2], sys.argv[3]
i = 0
while i < len(text):
    if text[i].strip() == "```" + lang:
        j = text.index("```", i + 1)
        block = text[i + 1:j]
        if not first or (block and block[0].startswith(first)):
            print("\n".join(block))
            sys.exit(0)
        i = j
    i += 1
sys.exit("README.md has no ```%s block starting %r" % (lang, first))
PY
}

echo "== make install DESTDIR=... PREFIX=/usr/local, make uninstall"
stage="$tmp/stage"
check "make install DESTDIR=$stage PREFIX=/usr/local" mk install DESTDIR="$stage" PREFIX=/usr/local
for f in bin/govfacts share/govfacts/patterns/lexicon.txt share/govfacts/patterns/provinces.tsv \
	share/govfacts/patterns/50-rank.pat share/man/man1/govfacts.1; do
	check "installed: /usr/local/$f" [ -s "$stage/usr/local/$f" ]
done
check "the binary is executable" [ -x "$stage/usr/local/bin/govfacts" ]
check "the man page names the installed patterns" grep -q '^\.I /usr/local/share/govfacts/patterns$' "$stage/usr/local/share/man/man1/govfacts.1"
check "make uninstall DESTDIR=$stage PREFIX=/usr/local" mk uninstall DESTDIR="$stage" PREFIX=/usr/local
check "uninstalled: no file left" [ -z "$(find "$stage" -type f)" ]

echo "== make install PREFIX=..."
prefix="$tmp/prefix"
check "make install PREFIX=$prefix" mk install PREFIX="$prefix"
gf="$prefix/bin/govfacts"
mkdir -p "$tmp/elsewhere/patterns"
echo 'this is no pattern file' >"$tmp/elsewhere/patterns/00-broken.pat"
rc=0
(cd "$tmp/elsewhere" && env -i "$gf" facts "$root/fixtures/newspaper.html" >"$tmp/out" 2>"$tmp/err") || rc=$?
check "the installed binary finds its patterns, no flag, no environment ($rc)" \
	eval '[ $rc = 0 ] && [ -s "$tmp/out" ] && [ ! -s "$tmp/err" ]'
check "./patterns is not read unless named" [ ! -s "$tmp/err" ]
rc=0
(cd "$tmp/elsewhere" && env -i "$gf" check-patterns patterns >/dev/null 2>"$tmp/err") || rc=$?
check "./patterns named: read (and refused: exit 3, $rc)" eval '[ $rc = 3 ] && grep -q "looked in: --patterns patterns)" "$tmp/err"'
mv "$prefix/share/govfacts/patterns" "$tmp/patterns.away"
rc=0
(cd "$tmp/elsewhere" && env -i "$gf" facts "$root/fixtures/newspaper.html" >/dev/null 2>"$tmp/err") || rc=$?
check "patterns gone: exit 3 ($rc), every place looked in named" \
	eval '[ $rc = 3 ] && grep -q -- "--patterns" "$tmp/err" && grep -q "GOVFACTS_PATTERNS not set" "$tmp/err" && grep -q "$prefix/share/govfacts/patterns" "$tmp/err"'
mv "$tmp/patterns.away" "$prefix/share/govfacts/patterns"

echo "== the man page"
page="$prefix/share/man/man1/govfacts.1"
groff -man -Tutf8 -ww -z "$page" 2>"$tmp/groff.err" || true
check "groff renders it without a warning" [ ! -s "$tmp/groff.err" ] || cat "$tmp/groff.err"
groff -man -Tutf8 -P-cbou "$page" >"$tmp/man.txt" 2>/dev/null
check "NAME and SYNOPSIS" eval 'grep -q "^NAME" "$tmp/man.txt" && grep -q "^SYNOPSIS" "$tmp/man.txt"'
missing=()
for c in ingest merge facts extract export stats check-patterns; do grep -q "govfacts $c" "$tmp/man.txt" || missing+=("$c"); done
check "every command (${missing[*]:-})" [ ${#missing[@]} = 0 ]
missing=()
for o in $(sed -n '/static const struct option longs\[\]/,/{ NULL, 0, NULL, 0 }/p' cli/govfacts.c | grep -o '{ "[a-z-]*"' | cut -d'"' -f2); do
	grep -q -- "--$o" "$tmp/man.txt" || missing+=("--$o")
done
check "every long option of govfacts.c (${missing[*]:-})" [ ${#missing[@]} = 0 ]
missing=()
for s in -q -V -j -o -0 -h; do grep -qE -- "(^|[ ,])$s([ ,]|$)" "$tmp/man.txt" || missing+=("$s"); done
check "every short option (${missing[*]:-})" [ ${#missing[@]} = 0 ]
missing=()
for c in 0 1 2 3 74 75 130 143; do grep -qE "^ +$c(,| |$)|, $c$" "$tmp/man.txt" || missing+=("$c"); done
check "every exit code (${missing[*]:-})" [ ${#missing[@]} = 0 ]
missing=()
for v in $(grep -oh 'getenv("[A-Z_]*")' cli/*.c transform/*.c extract/*.c load/*.c | cut -d'"' -f2 | sort -u); do
	grep -q "$v" "$tmp/man.txt" || missing+=("$v")
done
check "every environment variable the code reads (${missing[*]:-})" [ ${#missing[@]} = 0 ]
check "the files: patterns, database, lock, WAL" \
	eval 'grep -q "share/govfacts/patterns" "$tmp/man.txt" && grep -q "govfacts.db" "$tmp/man.txt" && grep -q "\.lock" "$tmp/man.txt" && grep -q "\-wal" "$tmp/man.txt"'
check "says 'ingest -' changed meaning" grep -q "Changed in 0.2" "$tmp/man.txt"

echo "== the crontab line of README.md, as written"
readme_block crontab "" >"$tmp/crontab"
cmd=$(grep -vE '^(#|[A-Z_]+=|$)' "$tmp/crontab" | head -n 1 | awk '{ $1=$2=$3=$4=$5=""; sub(/^ +/, ""); print }')
check "README.md has a crontab line ($cmd)" [ -n "$cmd" ]
home="$tmp/home"
mkdir -p "$home/scraped"
cp "$root/fixtures/newspaper.html" "$root/fixtures/portal-gov.html" "$home/scraped/"
cp "$root/tests/bad/image-png.html" "$home/scraped/"
for night in 1 2; do
	rc=0
	(cd "$home" && env -i HOME="$home" LOGNAME=nobody SHELL=/bin/sh PATH="$prefix/bin:/usr/bin:/bin" \
		/bin/sh -c "$cmd" >"$tmp/cron.out" 2>"$tmp/cron.err") || rc=$?
	if [ "$night" = 1 ]; then
		check "night 1: exit 1, the bad page named, nothing else said ($rc)" \
			eval '[ $rc = 1 ] && [ ! -s "$tmp/cron.out" ] && [ "$(wc -l <"$tmp/cron.err")" = 1 ] && grep -q "image-png.html" "$tmp/cron.err"'
	else
		check "night 2: exit 0, stdout and stderr empty (nothing mailed) ($rc)" \
			eval '[ $rc = 0 ] && [ ! -s "$tmp/cron.out" ] && [ ! -s "$tmp/cron.err" ]'
	fi
done
check "the crontab's database holds the articles" \
	[ "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles").fetchone()[0])' "$home/govfacts.db")" = 2 ]

echo "== the systemd units of README.md"
mkdir "$tmp/units"
readme_block ini "# /etc/systemd/system/govfacts.service" | sed "s|/usr/local/bin/govfacts|$gf|" >"$tmp/units/govfacts.service"
readme_block ini "# /etc/systemd/system/govfacts.timer" >"$tmp/units/govfacts.timer"
check "README.md has the service and the timer" \
	eval 'grep -q "^ExecStart=$gf ingest -q" "$tmp/units/govfacts.service" && grep -q "^OnCalendar=" "$tmp/units/govfacts.timer"'
if command -v systemd-analyze >/dev/null; then
	rc=0
	MANPATH="$prefix/share/man" systemd-analyze verify "$tmp/units/govfacts.service" "$tmp/units/govfacts.timer" \
		>"$tmp/verify" 2>&1 || rc=$?
	check "systemd-analyze verify: no complaint ($rc)" eval '[ $rc = 0 ] && [ ! -s "$tmp/verify" ]' || cat "$tmp/verify"
else
	check "systemd-analyze is installed (Debian's systemd, in the Makefile's DEB_PKGS)" false
fi

echo "install: $passed passed, $failed failed"
[ "$failed" = 0 ]
