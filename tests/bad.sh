#!/usr/bin/env bash
# Bad input: govfacts ingest over the bad-input corpus and the database
# failures of issue 6.  Usage: tests/bad.sh BIN
#
# The corpus is tests/bad/ (small files, committed) plus the cases made
# here in a temporary directory: a 1 MB line, a file over the size limit,
# markup nested 10,000 deep or never closed, an element with 200,000
# attributes (refused at once, not parsed for minutes), symbolic link
# loops, a directory named like a page, a FIFO, unreadable files (as root
# these run as 'nobody' through setpriv, or are skipped with a message), a
# missing file.  Good pages go in the same run.  Every input has an expected
# outcome in the table below; each refused one must give exactly one
# stderr line naming it with the reason and one `rejects` row, and the
# run must exit 1 (never a signal).  A second run must add nothing and
# count the refused inputs still refused, saying nothing of them and
# exiting 0; --retry-refused refuses them again as the first run did; a
# run on worker threads (--jobs) must give the same.  With strace, a run
# must open no network socket and write no file but the database.
# Sentences of 200 KB made of one fact repeated must take seconds, not
# minutes.
#
# Then the database: a missing or read-only directory, a file that is not
# a database, a truncated and a corrupt database, a database locked by
# another writer, a full disk (ulimit -f).  Each must give a clear error
# naming the database, exit non-zero without a crash, and leave the data
# loaded before intact (PRAGMA integrity_check, same rows).
#
# Prints one line per case (ok / FAIL / skip); exits 1 on any failure.
# Writes nothing outside its temporary directory ($TMPDIR or /tmp).  One
# govfacts run may take BAD_TIMEOUT seconds (600), and a hostile sentence
# BAD_SLOW seconds (60); longer is a failure.
# shellcheck disable=SC2016,SC2034 # eval '...' expands (and uses) variables when the check runs
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-bad.XXXXXX")
cleanup() {
	chmod -R u+rwX "$tmp" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
# A copy of the patterns, so that every run of this test sees the same.
cp -R "$root/patterns" "$tmp/patterns"
export GOVFACTS_PATTERNS="$tmp/patterns"
fx="$root/fixtures"
unset GOVFACTS_DB
# Every run happens in an empty directory that must stay empty: govfacts
# writes only the database (and its -wal, -shm, .lock) it is told to.
mkdir "$tmp/cwd"
LIMIT=${BAD_TIMEOUT:-600} # seconds for one govfacts run
"$bin" --help >"$tmp/help" 2>&1 || true # which options this govfacts has

passed=0 failed=0 skipped=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
skip() { echo "skip $*"; skipped=$((skipped + 1)); }
summary() {
	echo "bad: $passed passed, $failed failed, $skipped skipped"
	[ "$failed" = 0 ]
}
# check LABEL CMD...: ok when CMD succeeds (CMD may be eval '...', which
# sees the caller's variables); on failure it shows the start of the last
# run's stderr.
check() {
	local check_label=$1
	shift
	if "$@"; then
		ok "$check_label"
	else
		fail "$check_label"
		[ -s "$tmp/err" ] && head -n 5 "$tmp/err" | cut -c1-300 | sed 's/^/     | /'
	fi
	return 0
}

# gf [PREFIX...] -- ARGS...: runs govfacts in $tmp/cwd with a time limit;
# stderr goes to $tmp/err, the exit status to $rc.
gf() {
	local pre=()
	while [ "$1" != -- ]; do pre+=("$1"); shift; done
	shift
	set +e
	(cd "$tmp/cwd" && "${pre[@]}" timeout -k 10 "$LIMIT" "$bin" "$@") 2>"$tmp/err"
	rc=$?
	set -e
}
# A status >= 124 is a timeout or a signal (a crash), never an answer.
no_crash() { [ "$rc" -lt 124 ]; }
sanitizer_clean() { ! grep -v '^govfacts: ' "$tmp/err" >/dev/null; }
says() { grep -qiE -- "$1" "$tmp/err"; }
one_line() { [ "$(wc -l <"$tmp/err")" -eq 1 ]; }

# sql DB QUERY [PARAM...]: rows as a|b lines, parameters bound.
sql() {
	python3 - "$@" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for row in con.execute(sys.argv[2], sys.argv[3:]):
    print("|".join("" if v is None else str(v) for v in row))
PY
}
integrity_ok() { [ "$(sql "$1" 'PRAGMA integrity_check')" = ok ]; }
# The loaded data, one line per fact (and per article without facts).
dump() {
	sql "$1" "SELECT a.doc, f.seq, f.kind, f.value, f.total, f.subject, s.text
	          FROM articles a LEFT JOIN facts f ON f.article_id = a.id
	          LEFT JOIN sentence_rows s ON s.id = f.sentence_id ORDER BY 1, 2"
}

# ==== The corpus ====

in="$tmp/in"   # walked as a directory
args="$tmp/args" # named one by one on the command line
mkdir "$in" "$args"
cp -p tests/bad/* "$in/"
rm -f "$in/README.md"
cp "$fx/portal-gov.html" "$in/good-portal.html"
cp "$fx/blog-list.html" "$in/good-blog.html"

python3 - "$in" <<'PY'
import os, sys
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
para = "In 2023, Lam Dong ranked 26th out of 63 provinces, and 92.7% of households had a smartphone."
mb = 1 << 20
w("long-line.txt", ("0123456789/abcdefghij,%" * (mb // 23 + 1))[:mb] + "\n")
w("long-line.html", "<html><body><p>" + ("ranked26thoutof63" * (mb // 17 + 1))[:mb] + "</p></body></html>\n")
w("deep-nesting.html", "<html><body>" + "<div>" * 10000 + para + "</div>" * 10000 + "</body></html>\n")
w("endless-tags.html", "<html><body><p>" + para + "</p>" + "<div><span><b>" * 100000)
w("endless-attribute.html", "<html><body><p>" + para + "</p><a href=\"" + "x" * mb)
w("endless-comment.html", "<html><body><p>" + para + "</p><!-- " + "-- > " * 200000)
# libxml2 compares each attribute of an element with all before it.
w("many-attributes.html", "<html><body><p>" + para + "</p><div " + " ".join("a%d" % i for i in range(200000)) + "></div></body></html>\n")
w("many-lines.txt", "".join("Line %d: %d of %d communes met target %d.\n" % (i, i % 97, 100 + i, i) for i in range(20000)))
PY
# Over the default --max-bytes (16 MiB) without using the disk: sparse.
printf '<html><body><p>too big</p>' >"$in/too-large.html"
truncate -s 20M "$in/too-large.html"
ln -s loop-b.html "$in/loop-a.html"
ln -s loop-a.html "$in/loop-b.html"
ln -s self-loop.html "$in/self-loop.html"
ln -s no-such-target.html "$in/dangling.html"
mkdir "$in/dir.html"
cp "$fx/newspaper.html" "$in/dir.html/inside.html"
ln -s dir.html "$in/link-to-dir.html"
mkfifo "$in/fifo.html"
cp tests/bad/document-pdf.html "$args/report.pdf"

# name outcome regex: refused (one stderr line matching the regex, and one
# rejects row), loaded (an article with clean UTF-8 text, matching the
# regex when there is one), either (one of
# those: input that may be read or refused, never crash or hang), silent
# (neither: not an article input).  Every file of tests/bad/ must be here.
cat >"$tmp/expect" <<'EOF'
empty.txt                    refused empty file
blank.html                   refused no HTML element|no article text
bom-only.txt                 refused no article text
image-png.html               refused a PNG image
photo-jpeg.txt               refused a JPEG image
document-pdf.html            refused a PDF document
page-gzip.html               loaded ranked 26th out of 63
database-sqlite.html         refused an SQLite database
program-elf.txt              refused an executable
nul-bytes.txt                refused NUL bytes
control-bytes.txt            refused control bytes
utf16le-bom.txt              loaded In 2023, Lam Dong ranked 26th
tags-only.html               refused no article text
script-only.html             refused no article text
truncated-head.html          refused no article text
furniture-only.txt           refused no article text
invalid-utf8.txt             loaded Ph� Y�n province: In 2023
invalid-utf8.html            loaded ranked 26th out of 63
charset-wrong.html           loaded Tỉnh Lâm Đồng: In 2023
charset-utf16-declared.html  loaded ranked 26th out of 63
charset-unknown.html         loaded ranked 26th out of 63
truncated.html               loaded ranked 2[0-9]th out of 63
comment-unclosed.html        loaded ranked 26th out of 63
entities.html                loaded ranked 26th out of 63
external-entities.html       loaded ranked 26th out of 63
zero-width.txt               loaded In 2023, Lam Dong ranked 26th
cr-only.txt                  loaded ranked 26th out of 63
digits-slashes.txt           either
digits-slashes.html          either
regex-stress.txt             either
fuzz-slow-rank-sentence.html either
good-portal.html             loaded
good-blog.html               loaded
long-line.txt                either
long-line.html               either
deep-nesting.html            refused nested too deep
endless-tags.html            refused nested too deep
endless-attribute.html       either
endless-comment.html         either
many-lines.txt               either
many-attributes.html         refused 200000 attributes
too-large.html               refused too large
loop-a.html                  refused symbolic link loop
loop-b.html                  refused symbolic link loop
self-loop.html               refused symbolic link loop
dangling.html                refused No such file
dir.html                     silent
dir.html/inside.html         loaded
link-to-dir.html             silent
fifo.html                    refused not a regular file
../args/missing.html         refused No such file
../args/report.pdf           refused a PDF document
EOF

for f in tests/bad/*; do
	n=$(basename "$f")
	[ "$n" = README.md ] && continue
	grep -q "^$n " "$tmp/expect" || fail "tests/bad/$n has no expected outcome in tests/bad.sh"
done

# check_run LABEL DB ERRFILE RC EXPECT INDIR: every expectation against
# the run's stderr and database, one line per input.
check_run() {
	python3 - "$@" <<'PY'
import os, re, sqlite3, sys
label, db, errfile, rc, expect, indir = sys.argv[1:7]
rc = int(rc)
lines = open(errfile, encoding="utf-8", errors="replace").read().splitlines()
con = sqlite3.connect(db)
con.text_factory = bytes
run = con.execute("SELECT max(id) FROM runs").fetchone()[0]
cases = []
for raw in open(expect, encoding="utf-8"):
    parts = raw.split(None, 2)
    if parts:
        cases.append((parts[0], parts[1], parts[2].strip() if len(parts) > 2 else ""))
paths = {name: os.path.normpath(os.path.join(indir, name)) for name, _, _ in cases}
# govfacts names a walked file dir + "/" + name, a named one as given.
shown = {name: (os.path.join(indir, name) if not name.startswith("../") else p) for name, p in paths.items()}
failures = 0
def report(good, what):
    global failures
    print(("ok   " if good else "FAIL ") + label + ": " + what)
    failures += not good

# Each stderr line is the summary, or names exactly one input.
named = {name: [] for name, _, _ in cases}
for line in lines:
    if not line.startswith("govfacts: "):
        report(False, "stderr line not from govfacts (a sanitizer?): " + line[:200])
        continue
    if line.startswith("govfacts: ingest: "):
        continue
    hits = [n for n in named if shown[n] + ": " in line]
    if not hits:
        report(False, "stderr line names no input: " + line[:200])
        continue
    named[max(hits, key=lambda n: len(shown[n]))].append(line)
summary = [l for l in lines if l.startswith("govfacts: ingest: ")]
report(len(summary) == 1, "one summary line (%d)" % len(summary))
report(rc == 1, "exit status 1, some inputs refused (got %d)" % rc)

def rejects(name):
    return [r[0].decode() for r in con.execute(
        "SELECT reason FROM rejects WHERE run_id = ? AND file = ?", (run, shown[name]))]
def article(name):
    return con.execute("SELECT text FROM articles WHERE file = ?", (shown[name],)).fetchall()

for name, outcome, reason in cases:
    msgs, rej, art = named[name], rejects(name), article(name)
    if outcome == "either":
        outcome, reason = ("refused", "") if rej or msgs and not msgs[0].startswith("govfacts: transform: ") else ("loaded", "")
        tag = "either, " + outcome
    else:
        tag = outcome
    problems = []
    if outcome == "refused":
        if len(msgs) != 1:
            problems.append("%d stderr lines: %r" % (len(msgs), msgs[:3]))
        elif reason and not re.search(reason, msgs[0], re.I):
            problems.append("reason not %r: %s" % (reason, msgs[0]))
        if len(rej) != 1:
            problems.append("%d rejects rows in run %s" % (len(rej), run))
        elif reason and not re.search(reason, rej[0], re.I):
            problems.append("rejects reason not %r: %s" % (reason, rej[0]))
        if art:
            problems.append("also loaded as an article")
        what = msgs[0][len("govfacts: "):] if len(msgs) == 1 else ""
    elif outcome == "loaded":
        if not art:
            problems.append("no article")
        if rej:
            problems.append("also rejected: %s" % rej[0])
        limits = [m for m in msgs if m.startswith("govfacts: transform: ")]
        if len(limits) != len(msgs):
            problems.append("stderr: %r" % msgs[:3])
        for (text,) in art:
            try:
                t = text.decode("utf-8")
                if re.search(r"[\x00-\x09\x0b-\x1f\x7f]", t):
                    problems.append("control characters in the text")
                if reason and not re.search(reason, t):
                    problems.append("text does not say %r: %r" % (reason, t[:120]))
            except UnicodeDecodeError as e:
                problems.append("text is not UTF-8: %s" % e)
        what = "%d bytes of text" % sum(len(t) for (t,) in art) + \
               ("; " + limits[0][len("govfacts: "):] if limits else "")
    else:  # silent
        if msgs or rej or art:
            problems.append("stderr %r, %d rejects, %d articles" % (msgs[:2], len(rej), len(art)))
        what = "walked, nothing said"
    report(not problems, "%s: %s (%s)" % (name, tag, "; ".join(problems) if problems else what))
sys.exit(1 if failures else 0)
PY
}

# run_checks ARGS...: check_run, its ok/FAIL lines added to the tally.
run_checks() {
	local status=0
	check_run "$@" >"$tmp/out" 2>&1 || status=$?
	cat "$tmp/out"
	passed=$((passed + $(grep -c '^ok ' "$tmp/out" || true)))
	failed=$((failed + $(grep -c '^FAIL' "$tmp/out" || true)))
	if [ $status != 0 ] && ! grep -q '^FAIL' "$tmp/out"; then
		fail "$1: the checker itself failed (exit $status)"
	fi
}

# ==== Permissions ====
# Root reads and writes whatever the mode says, so as root these cases run
# as 'nobody' (setpriv, util-linux).  The checkout may be closed to nobody
# (a clone under /root, or in a mktemp -d folder), so nobody runs a copy
# of the binary, on copies of the pages, all in the temporary directory
# (opened to others for these cases only).
echo "== permissions"
as=()
chmod 755 "$tmp" "$tmp/cwd"
saved_bin=$bin
if [ "$(id -u)" = 0 ]; then
	mkdir "$tmp/bin"
	cp "$bin" "$tmp/bin/govfacts"
	chmod 755 "$tmp/bin" "$tmp/bin/govfacts"
	bin=$tmp/bin/govfacts
	nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	# The probe runs the binary the way gf does.
	if command -v setpriv >/dev/null &&
		(cd "$tmp/cwd" && "${nobody[@]}" timeout 60 "$bin" --version) >/dev/null 2>&1 &&
		"${nobody[@]}" test -r "$GOVFACTS_PATTERNS/00-pieces.pat"; then
		as=("${nobody[@]}")
		echo "     (running as root: these cases run as nobody)"
	else
		as=(none)
	fi
fi
if [ "${as[0]:-}" = none ]; then
	skip "unreadable file, unreadable directory, read-only database directory: running as root and 'nobody' cannot run $bin (is ${TMPDIR:-/tmp} closed to others?)"
else
	perm="$tmp/perm"
	mkdir -p "$perm/in/closed-dir" "$perm/ro" "$perm/rw"
	cp "$fx/newspaper.html" "$perm/in/good.html"
	cp "$fx/newspaper.html" "$perm/in/unreadable.html"
	cp "$fx/print-view.html" "$perm/in/closed-dir/inside.html"
	cp "$fx/print-view.html" "$perm/page.html"
	chmod 000 "$perm/in/unreadable.html" "$perm/in/closed-dir"
	chmod 555 "$perm/ro"
	chmod 777 "$perm/rw"
	chmod 755 "$perm" "$perm/in"
	chmod 644 "$perm/in/good.html" "$perm/page.html"
	# The probe: can that user read the unreadable file after all?
	if (cd "$tmp/cwd" && "${as[@]}" cat "$perm/in/unreadable.html") >/dev/null 2>&1; then
		skip "unreadable file: this user reads mode 000 files"
	else
		cat >"$tmp/expect-perm" <<'EOF'
good.html                    loaded
unreadable.html              refused Permission denied
closed-dir                   refused Permission denied
EOF
		gf "${as[@]}" -- ingest --verbose --db "$perm/rw/perm.db" "$perm/in"
		run_checks perm "$perm/rw/perm.db" "$tmp/err" "$rc" "$tmp/expect-perm" "$perm/in"
	fi
	gf "${as[@]}" -- ingest --verbose --db "$perm/ro/facts.db" "$perm/page.html"
	check "read-only database directory: exit 3, names the database ($rc)" \
		eval '[ $rc = 3 ] && says "ro/facts\.db" && sanitizer_clean'
	check "read-only database directory: nothing created" [ -z "$(ls -A "$perm/ro")" ]
fi
bin=$saved_bin
chmod 700 "$tmp" "$tmp/cwd"

# BAD_ONLY=permissions: these cases alone (tests/private_checkout.sh).
if [ "${BAD_ONLY:-}" = permissions ]; then
	summary
	exit
fi

echo "== the corpus ($(wc -l <"$tmp/expect") inputs)"
db="$tmp/corpus.db"
before=$(cd "$in" && find . | sort)
t0=$(date +%s)
gf -- ingest --verbose --db "$db" "$in" "$args/missing.html" "$args/report.pdf"
cp "$tmp/err" "$tmp/run1.err"
echo "     (run 1: exit $rc in $(($(date +%s) - t0)) s)"
run_checks run1 "$db" "$tmp/run1.err" "$rc" "$tmp/expect" "$in"
counts1=$(sql "$db" 'SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)')
dump1=$(dump "$db")

refused1=$(sql "$db" 'SELECT rejected FROM runs ORDER BY id DESC LIMIT 1')
# A nightly re-run: what was refused is refused still, with the same
# bytes, and that is no news (issue 15): counted, not said, exit 0.
gf -- ingest --verbose --db "$db" "$in" "$args/missing.html" "$args/report.pdf"
cp "$tmp/err" "$tmp/run2.err"
check "second run: exit 0, the refused inputs still refused ($rc)" [ "$rc" = 0 ]
check "second run: only the summary on stderr ($(wc -l <"$tmp/run2.err") lines)" \
	eval '[ "$(wc -l <"$tmp/run2.err")" = 1 ] && grep -q "^govfacts: ingest: .*; $refused1 still refused" "$tmp/run2.err"'
check "second run: no new rejects rows, runs.still_refused $refused1" \
	[ "$(sql "$db" 'SELECT count(*), (SELECT still_refused FROM runs ORDER BY id DESC LIMIT 1) FROM rejects WHERE run_id = (SELECT max(id) FROM runs)')" = "0|$refused1" ]
check "second run: nothing new or changed" grep -q '(0 new, 0 changed,' "$tmp/run2.err"
# --retry-refused: refused and said again, as the first time.
gf -- ingest --verbose --retry-refused --db "$db" "$in" "$args/missing.html" "$args/report.pdf"
cp "$tmp/err" "$tmp/run3.err"
run_checks run3 "$db" "$tmp/run3.err" "$rc" "$tmp/expect" "$in"
check "second run: same articles and facts ($counts1)" \
	[ "$counts1" = "$(sql "$db" 'SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)')" ]
check "second run: same rows" [ "$dump1" = "$(dump "$db")" ]
check "corpus database passes integrity_check" integrity_ok "$db"
check "no file read from outside the inputs (external entities)" \
	[ -z "$(sql "$db" "SELECT file FROM articles WHERE text LIKE '%root:x:0%' OR text LIKE '%/bin/sh%'")" ]
check "the inputs are left as they were" [ "$before" = "$(cd "$in" && find . | sort)" ]
check "nothing written in the working directory" [ -z "$(ls -A "$tmp/cwd")" ]
extra=()
for f in "$tmp"/corpus.db*; do
	case ${f##*/} in
	corpus.db | corpus.db-wal | corpus.db-shm | corpus.db.lock) ;;
	*) extra+=("${f##*/}") ;;
	esac
done
check "beside the database only its -wal, -shm, .lock (${extra[*]:-})" [ ${#extra[@]} = 0 ]

# The same corpus parsed on worker threads (ingest --jobs), when the
# binary has them: the same one line per refused input, the same rows.
if grep -q -- '--jobs' "$tmp/help"; then
	gf -- ingest --verbose --db "$tmp/jobs.db" --jobs 3 "$in" "$args/missing.html" "$args/report.pdf"
	run_checks jobs "$tmp/jobs.db" "$tmp/err" "$rc" "$tmp/expect" "$in"
	check "--jobs 3: the same rows as one thread" [ "$dump1" = "$(dump "$tmp/jobs.db")" ]
else
	skip "ingest --jobs: this govfacts has no worker threads"
fi

# Never the network, never a write outside the database: the corpus again
# under strace (when there is one and ptrace is allowed), every socket and
# every file opened for writing checked (SQLite's temporary files too:
# they go to /var/tmp unless temp_store is MEMORY).
if command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
	gf strace -f -qq -o "$tmp/trace" -e trace=socket,connect,open,openat,creat,rename,renameat,renameat2,mkdir,mkdirat -- \
		ingest --db "$tmp/trace.db" "$in" "$args/missing.html"
	check "under strace: the corpus runs ($rc)" [ "$rc" = 1 ]
	: >"$tmp/err"
	check "under strace: no network socket, nothing written outside the database" python3 - "$tmp/trace" "$tmp/trace.db" <<'PY'
import re, sys
trace, db = sys.argv[1:3]
allowed = (db, db + "-wal", db + "-shm", db + "-journal", db + ".lock")
bad = []
for line in open(trace, errors="replace"):
    if re.search(r"\bsocket\(AF_INET6?\b", line) or re.search(r"\bconnect\(.*AF_INET", line):
        bad.append(line.strip())
    m = re.search(r"\b(?:open|openat|creat)\((?:AT_FDCWD, |\d+, )?\"([^\"]*)\"(.*)", line)
    if m and (" creat(" in line or re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", m.group(2))):
        if m.group(1) not in allowed and not m.group(1).startswith("/dev/"):
            bad.append(line.strip())
    if re.search(r"\b(?:rename|renameat2?|mkdir|mkdirat)\(", line):
        bad.append(line.strip())
    if "/etc/passwd" in line or "/etc/shadow" in line:
        bad.append(line.strip())
for b in bad[:5]:
    print("     |", b[:200])
sys.exit(1 if bad else 0)
PY
else
	skip "network and writes under strace: no strace, or ptrace not allowed"
fi

echo "== other commands and limits"
gf -- extract "$in/dir.html"
check "extract of a directory: exit 1, one line 'is a directory' ($rc)" \
	eval '[ $rc = 1 ] && one_line && says "dir\.html: is a directory"'
saved_limit=$LIMIT
LIMIT=10
gf -- facts "$in/many-attributes.html"
check "an element with 200,000 attributes: refused in under $LIMIT s, one line naming it ($rc)" \
	eval '[ $rc = 1 ] && one_line && says "many-attributes\.html: an element .*200000 attributes"'
LIMIT=$saved_limit
page="$fx/print-view.html"
size=$(stat -c %s "$page")
gf -- ingest --verbose --db "$tmp/limit.db" --max-bytes $((size - 1)) "$page"
check "--max-bytes one under the size: refused, names --max-bytes ($rc)" \
	eval '[ $rc = 1 ] && says "print-view.html: too large.*--max-bytes"'
gf -- ingest --verbose --db "$tmp/limit.db" --max-bytes "$size" "$page"
check "--max-bytes equal to the size: loaded ($rc)" [ "$rc" = 0 ]
gf -- ingest --verbose --db "$tmp/limit.db" --max-bytes 0 "$page"
check "--max-bytes 0: usage error ($rc)" [ "$rc" = 2 ]

# Hostile sentences: one sentence of ~200 KB that is nothing but facts.
# Every per-match PCRE2 limit holds on these, so what they test is the
# work around the matches: it must grow with the length, not its square.
# Linear code reads one in a few seconds (well under a minute with the
# sanitizers); quadratic code takes minutes, and is stopped at BAD_SLOW.
echo "== hostile sentences"
mkdir "$tmp/hostile"
python3 - "$tmp/hostile" <<'PY'
import os, sys
d = sys.argv[1]
runs = {"rank-run.txt": "26th out of 63", "province-run.txt": "Lam Dong ranked 26th out of 63",
        "percent-run.txt": "92.7% of households", "ratio-run.txt": "11/21 tasks"}
for name, unit in runs.items():
    with open(os.path.join(d, name), "w") as f:
        f.write("A hostile page\nIn 2023 " + " ".join([unit] * (200000 // (len(unit) + 1))) + " provinces\n")
PY
saved_limit=$LIMIT
LIMIT=${BAD_SLOW:-60}
for f in "$tmp"/hostile/*.txt; do
	t0=$(date +%s)
	gf -- facts "$f" >/dev/null
	check "$(basename "$f") ($(stat -c %s "$f") bytes, one sentence): facts in under $LIMIT s (exit $rc after $(($(date +%s) - t0)) s)" \
		eval '[ $rc -lt 124 ]'
done
LIMIT=$saved_limit

# ==== The database ====
echo "== the database"
base="$tmp/base.db"
gf -- ingest --verbose --db "$base" "$fx/portal-gov.html" "$fx/newspaper.html" "$fx/aggregator.html"
check "base database loads ($rc)" [ "$rc" = 0 ]
base_dump=$(dump "$base")
# fresh NAME: a copy of the base database (checkpointed: one file).
fresh() {
	sql "$base" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
	cp "$base" "$tmp/$1"
}
new_page="$fx/print-view.html"

gf -- ingest --verbose --db "$tmp/no/such/dir/facts.db" "$new_page"
check "missing directory: exit 3, names the database ($rc)" \
	eval '[ $rc = 3 ] && says "no/such/dir/facts\.db" && sanitizer_clean'
check "missing directory: not created" [ ! -e "$tmp/no" ]

echo "an address list, not a database" >"$tmp/notdb.db"
cp "$tmp/notdb.db" "$tmp/notdb.orig"
gf -- ingest --verbose --db "$tmp/notdb.db" "$new_page"
check "not a database: exit 3, says so ($rc)" \
	eval '[ $rc = 3 ] && says "notdb\.db: .*not a database" && sanitizer_clean'
check "not a database: file unchanged" cmp -s "$tmp/notdb.db" "$tmp/notdb.orig"

fresh truncated.db
truncate -s 8192 "$tmp/truncated.db"
cp "$tmp/truncated.db" "$tmp/truncated.orig"
gf -- ingest --verbose --db "$tmp/truncated.db" "$new_page"
check "truncated database: error naming it, no crash ($rc)" \
	eval '[ $rc != 0 ] && no_crash && says "truncated\.db: .*(malformed|corrupt|not a database)" && sanitizer_clean'
check "truncated database: file unchanged" cmp -s "$tmp/truncated.db" "$tmp/truncated.orig"

fresh corrupt.db
python3 - "$tmp/corrupt.db" <<'PY'
import os, sys
# Garbage over the header of every other b-tree page after the first.
path = sys.argv[1]
size = os.path.getsize(path)
page = int.from_bytes(open(path, "rb").read(18)[16:18], "big") or 65536
with open(path, "r+b") as f:
    for p in range(1, size // page, 2):
        f.seek(p * page)
        f.write(b"\xff" * 64)
PY
cp "$tmp/corrupt.db" "$tmp/corrupt.orig"
gf -- ingest --verbose --db "$tmp/corrupt.db" "$fx"
check "corrupt database: error naming it, no crash ($rc)" \
	eval '[ $rc != 0 ] && no_crash && says "corrupt\.db: .*(malformed|corrupt)" && sanitizer_clean'
check "corrupt database: file unchanged" cmp -s "$tmp/corrupt.db" "$tmp/corrupt.orig"

# Locked: another connection holds the write lock for longer than the
# busy timeout (BEGIN EXCLUSIVE; readers still read, in WAL mode).
fresh locked.db
python3 - "$tmp/locked.db" "$tmp/lock" <<'PY' &
import os, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
open(sys.argv[2] + ".held", "w").close()
t = time.time()
while not os.path.exists(sys.argv[2] + ".release") and time.time() - t < 600:
    time.sleep(0.1)
con.execute("ROLLBACK")
PY
holder=$!
for _ in $(seq 100); do [ -e "$tmp/lock.held" ] && break; sleep 0.1; done
wait_opt=()
if grep -q -- '--wait' "$tmp/help"; then wait_opt=(--wait 1); fi
t0=$(date +%s)
gf -- ingest --verbose --db "$tmp/locked.db" "${wait_opt[@]}" "$new_page"
took=$(($(date +%s) - t0))
touch "$tmp/lock.release"
wait "$holder" || true
check "locked database: gives up in ${took} s with exit 3, says locked ($rc)" \
	eval '[ $rc = 3 ] && says "locked\.db: .*(locked|busy)" && sanitizer_clean'
check "locked database: integrity_check, data as before" \
	eval 'integrity_ok "$tmp/locked.db" && [ "$(dump "$tmp/locked.db")" = "$base_dump" ]'

# Full disk: a file size limit a little over the database's size, and far
# more articles than fit under it.  The reference is the same ingest
# without a limit.
mkdir "$tmp/many"
python3 - "$tmp/many" <<'PY'
import os, sys
provinces = ["Lam Dong", "Binh Duong", "Can Tho", "Khanh Hoa", "Dak Lak", "Ba Ria - Vung Tau"]
for i in range(300):
    p = provinces[i % len(provinces)]
    body = "\n".join([
        "%s reports on its digital transformation, article %d" % (p, i),
        "Posted: 12/%02d/2024" % (1 + i % 12),
        "In 2023, %s ranked %dth out of 63 provinces in the DTI, up %d places." % (p, 4 + i % 50, 1 + i % 9),
        "By the end of 2023, %d.%d%% of households had a smartphone and %d,%03d fully online public services were offered." % (50 + i % 45, i % 10, 1 + i % 3, i),
        "The province completed %d/%d tasks of the plan and aims for %d%% of records to be digitised by 2025." % (10 + i % 11, 21 + i % 5, 60 + i % 40),
        " ".join("Paragraph %d of article %d adds context, with %d communes and %d.%d%% growth." % (k, i, 10 + k, k, i % 10) for k in range(30)),
    ])
    with open(os.path.join(sys.argv[1], "article-%03d.txt" % i), "w") as f:
        f.write(body + "\n")
PY
fresh reference.db
gf -- ingest --verbose --db "$tmp/reference.db" "$tmp/many"
check "full disk: the reference ingest runs ($rc)" [ "$rc" = 0 ]
ref_dump=$(dump "$tmp/reference.db")

# full_disk NAME [trap]: ingest under ulimit -f, then the checks.  With
# "trap" the shell ignores SIGXFSZ first (inherited by govfacts), so a
# write past the limit fails with EFBIG the way a full disk fails with
# ENOSPC; without it the kernel kills a process that does not ignore the
# signal itself.
full_disk() {
	local name=$1 how=${2:-}
	fresh "$name.db"
	local kb=$(($(stat -c %s "$tmp/$name.db") / 1024 + 64))
	set +e
	(
		[ "$how" = trap ] && trap '' XFSZ
		ulimit -f "$kb"
		cd "$tmp/cwd" && exec timeout -k 10 "$LIMIT" "$bin" ingest --verbose --db "$tmp/$name.db" "$tmp/many"
	) 2>"$tmp/err"
	rc=$?
	set -e
	local label="full disk ($name: ulimit -f $kb${how:+, SIGXFSZ ignored})"
	if [ "$rc" -ge 128 ]; then
		fail "$label: killed by signal $((rc - 128)) (exit $rc); govfacts should ignore SIGXFSZ so that the write fails and is reported"
	else
		check "$label: exit 3, error naming the database ($rc)" \
			eval '[ $rc = 3 ] && says "$name\.db: " && sanitizer_clean'
	fi
	check "$label: integrity_check" integrity_ok "$tmp/$name.db"
	# Every article in the database has exactly its reference facts: the
	# base data is there, no article is half loaded.
	check "$label: base data intact, no half-loaded article" python3 - "$tmp/$name.db" "$tmp/reference.db" "$base" <<'PY'
import sqlite3, sys
def facts(db):
    con = sqlite3.connect(db)
    out = {}
    for doc, seq, kind, value, subject in con.execute(
            "SELECT a.doc, f.seq, f.kind, f.value, f.subject FROM articles a "
            "LEFT JOIN facts f ON f.article_id = a.id ORDER BY 1, 2"):
        out.setdefault(doc, []).append((seq, kind, value, subject))
    return out
got, ref, base = facts(sys.argv[1]), facts(sys.argv[2]), facts(sys.argv[3])
bad = [d for d in got if got[d] != ref.get(d)] + [d for d in base if got.get(d) != base[d]]
if bad:
    print("     differ:", bad[:5])
sys.exit(1 if bad else 0)
PY
	gf -- ingest --verbose --db "$tmp/$name.db" "$tmp/many"
	check "$label: a rerun without the limit completes ($rc) and matches the reference" \
		eval '[ $rc = 0 ] && [ "$(dump "$tmp/$name.db")" = "$ref_dump" ]'
}
full_disk full-signal
full_disk full-efbig trap

summary
