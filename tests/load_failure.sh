#!/usr/bin/env bash
# A database or its lock that govfacts must refuse, and an ingest that
# fails part way (issue 12, items 1, 3, 9 and 10):
#   - a run lock planted as a symbolic link (to a file, dangling), a FIFO
#     or a hard link: refused with exit 3, the file it leads to untouched
#     and nothing created;
#   - a schema version below 0 or above the known ones: ingest, export
#     and stats refuse it with exit 3 naming the database and the
#     version, and leave the file byte for byte as it was;
#   - a run that fails after it started (a gazetteer load_ref refuses, a
#     full disk): its runs row says 'failed' with the reason;
#   - a full disk (a small tmpfs when it can be mounted, and a file size
#     limit): the summary and the runs row say what the database holds,
#     and a rerun with room completes to the facts of a clean run.
#
# usage: tests/load_failure.sh [build/govfacts]
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
mnt="$tmp/small"
cleanup() {
	mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"
	rm -rf "$tmp"
}
trap cleanup EXIT
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
# gf ARGS...: govfacts with stderr in $tmp/err and the exit status in rc.
gf() {
	set +e
	timeout -k 5 60 "$bin" "$@" 2>"$tmp/err"
	rc=$?
	set -e
}
says() { grep -qiE -- "$1" "$tmp/err"; }
# sql DB QUERY: its rows; an error shows as a wrong answer to the check.
sql() { sqlite3 "$@" 2>&1 || true; }
page=fixtures/print-view.html

# ==== The run lock ====
echo "== the run lock"
echo "the contents of a file the lock must not touch" >"$tmp/target"
cp "$tmp/target" "$tmp/target.orig"
ln -s "$tmp/target" "$tmp/link.db.lock"
gf ingest --verbose --db "$tmp/link.db" "$page"
check "lock symlinked to a file: exit 3 ($rc)" $([ "$rc" = 3 ]; echo $?)
check "lock symlinked to a file: says so, naming the lock" $(says "link\.db\.lock: .*symbolic link"; echo $?)
check "lock symlinked to a file: the file is unchanged" $(cmp -s "$tmp/target" "$tmp/target.orig"; echo $?)
check "lock symlinked to a file: nothing loaded" \
	$([ "$(sql "$tmp/link.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")" = 0 ] ||
	  [ "$(sql "$tmp/link.db" 'SELECT count(*) FROM articles')" = 0 ]; echo $?)

ln -s "$tmp/created-through-the-lock" "$tmp/dangling.db.lock"
gf ingest --verbose --db "$tmp/dangling.db" "$page"
check "dangling lock symlink: exit 3 ($rc)" $([ "$rc" = 3 ]; echo $?)
check "dangling lock symlink: its target is not created" $([ ! -e "$tmp/created-through-the-lock" ]; echo $?)

mkfifo "$tmp/fifo.db.lock"
gf ingest --verbose --db "$tmp/fifo.db" "$page"
check "lock is a FIFO: exit 3, says so ($rc)" $([ "$rc" = 3 ] && says "fifo\.db\.lock: .*FIFO"; echo $?)

ln "$tmp/target" "$tmp/hard.db.lock"
gf ingest --verbose --db "$tmp/hard.db" "$page"
check "lock hard-linked to a file: exit 3, says so ($rc)" $([ "$rc" = 3 ] && says "hard\.db\.lock: .*hard link"; echo $?)
check "lock hard-linked to a file: the file is unchanged" $(cmp -s "$tmp/target" "$tmp/target.orig"; echo $?)

rm "$tmp/link.db.lock"
gf ingest --verbose --db "$tmp/link.db" "$page"
check "the planted lock removed: the ingest runs ($rc)" $([ "$rc" = 0 ]; echo $?)

# ==== Schema versions no migration leads from ====
echo "== schema versions"
good="$tmp/good.db"
gf ingest --verbose --db "$good" fixtures/portal-gov.html "$page"
check "a database to tamper with ($rc)" $([ "$rc" = 0 ]; echo $?)
# One file, no WAL: a write of any kind (even the switch to WAL) shows.
sql "$good" 'PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE' >/dev/null
known=$(sql "$good" 'PRAGMA user_version')
for v in -1 -4 -2147483648 $((known + 1)); do
	db="$tmp/version$v.db"
	cp "$good" "$db"
	sql "$db" "PRAGMA user_version = $v"
	sum=$(sha256sum <"$db")
	for cmd in "ingest --db $db $page" "export --db $db" "stats --db $db"; do
		# shellcheck disable=SC2086
		gf $cmd
		what="user_version $v, ${cmd%% *}"
		check "$what: exit 3 ($rc)" $([ "$rc" = 3 ]; echo $?)
		check "$what: names the database and the version" $(says "version$v\.db: schema version $v"; echo $?)
		check "$what: the file is unchanged" $([ "$(sha256sum <"$db")" = "$sum" ]; echo $?)
	done
done

# ==== A run that fails after it started ====
echo "== a run that fails"
# The transform stage reads the gazetteer by position, load_ref by the
# header's names: without a 'code' column the run starts, then fails.
cp -r patterns "$tmp/patterns"
sed -i '0,/^code\t/s//iso\t/' "$tmp/patterns/provinces.tsv"
db="$tmp/failed.db"
gf ingest --verbose --db "$db" --patterns "$tmp/patterns" "$page"
check "gazetteer refused mid-run: exit 3, names the file ($rc)" $([ "$rc" = 3 ] && says "provinces\.tsv"; echo $?)
row=$(sql "$db" "SELECT status, finished IS NOT NULL, reason LIKE '%provinces.tsv%' FROM runs")
check "gazetteer refused mid-run: the run is 'failed', finished, with the reason ($row)" \
	$([ "$row" = "failed|1|1" ]; echo $?)
check "gazetteer refused mid-run: stats --format jsonl gives the reason" \
	$("$bin" stats --db "$db" --format jsonl | grep '"table":"run"' | grep -q '"status":"failed",.*"reason":"[^"]*provinces\.tsv'; echo $?)
gf ingest --verbose --db "$db" "$page"
check "the next run: ok ($rc), the failed one stays 'failed'" \
	$([ "$rc" = 0 ] && [ "$(sql "$db" 'SELECT group_concat(status) FROM runs')" = failed,ok ]; echo $?)

# ==== A full disk ====
echo "== a full disk"
# Copies of the fixtures with a binary file (refused) after every fifth.
corpus="$tmp/corpus"
files=$(python3 tests/load_corpus.py fixtures "$corpus" 8)
i=0
for f in "$corpus"/*.html; do
	i=$((i + 1))
	[ $((i % 5)) = 0 ] && cp tests/bad/program-elf.txt "${f%.html}-x.txt"
done
refused=$((i / 5))
gf ingest --verbose --db "$tmp/reference.db" "$corpus"
check "the reference ingest: exit 1, $refused refused ($rc)" $([ "$rc" = 1 ]; echo $?)
dump() {
	sql "$1" "SELECT a.doc, f.seq, f.kind, f.value, f.subject FROM articles a
	          LEFT JOIN facts f ON f.article_id = a.id ORDER BY 1, 2"
}
ref_dump=$(dump "$tmp/reference.db")

# full LABEL DB: the checks after an ingest into DB ran out of room.
full() {
	local label=$1 db=$2
	check "$label: exit 3, names the database ($rc)" $([ "$rc" = 3 ] && says "$(basename "$db"): "; echo $?)
	check "$label: no crash, no sanitizer report" $(! grep -qv '^govfacts: ' "$tmp/err"; echo $?)
	check "$label: integrity_check" $([ "$(sql "$db" 'PRAGMA integrity_check')" = ok ]; echo $?)
	local n
	n=$(sql "$db" 'SELECT count(*) FROM articles')
	check "$label: stopped part way ($n of $files articles)" $([ "$n" -gt 0 ] && [ "$n" -lt "$files" ]; echo $?)
	local row
	row=$(sql "$db" "SELECT status, finished IS NOT NULL, reason IS NOT NULL AND reason LIKE '%$(basename "$db")%' FROM runs")
	check "$label: the run is 'failed', finished, with the reason ($row)" $([ "$row" = "failed|1|1" ]; echo $?)
	# The runs row and the summary: what the database holds.
	local holds counted said
	holds=$(sql "$db" "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM rejects),
	                          (SELECT count(*) FROM facts)")
	counted=$(sql "$db" "SELECT articles_new + articles_changed + articles_unchanged, rejected, facts FROM runs")
	said=$(sed -nE 's/^govfacts: ingest: ([0-9]+) articles .*\), [0-9]+ duplicates, ([0-9]+) rejected, ([0-9]+) facts.*/\1|\2|\3/p' "$tmp/err")
	check "$label: the runs row counts what the database holds ($counted; $holds)" $([ "$counted" = "$holds" ]; echo $?)
	check "$label: the summary counts what the database holds ($said; $holds)" $([ "$said" = "$holds" ]; echo $?)
	check "$label: the summary says the run failed" $(says "the run failed"; echo $?)
	check "$label: every article has its reference facts" \
		$([ -z "$(comm -23 <(dump "$db" | LC_ALL=C sort) <(echo "$ref_dump" | LC_ALL=C sort))" ]; echo $?)
}
# rerun LABEL DB: with room again, the run completes to the reference.
rerun() {
	local label=$1 db=$2
	gf ingest --verbose --db "$db" --batch 16 "$corpus"
	check "$label, then a rerun with room: exit 1 ($rc), the reference facts" \
		$([ "$rc" = 1 ] && [ "$(dump "$db")" = "$ref_dump" ]; echo $?)
	check "$label, then a rerun: the runs add up to the articles" \
		$([ "$(sql "$db" 'SELECT sum(articles_new) FROM runs')" = "$files" ]; echo $?)
}

# A real full disk (ENOSPC): a small tmpfs, which root can mount.
mkdir "$mnt"
if mount -t tmpfs -o size=800k tmpfs "$mnt" 2>/dev/null; then
	gf ingest --verbose --db "$mnt/full.db" --batch 16 "$corpus"
	full "tmpfs of 800 KiB" "$mnt/full.db"
	check "tmpfs of 800 KiB: says the disk is full" $(says "full\.db: .*disk is full"; echo $?)
	mount -o remount,size=64m "$mnt"
	rerun "tmpfs of 800 KiB" "$mnt/full.db"
	umount "$mnt"
else
	echo "load_failure: cannot mount a tmpfs (not root?): the full disk is only a file size limit"
fi

# A file size limit (EFBIG, as a quota fails a write), in any folder:
# 1000 KiB holds the schema, the reference tables and the first batches
# (about 250 KiB each) with room to spare, not the 4 MiB of the whole run.
set +e
(
	trap '' XFSZ
	ulimit -f 1000
	exec timeout -k 5 60 "$bin" ingest --verbose --db "$tmp/limit.db" --batch 16 "$corpus"
) 2>"$tmp/err"
rc=$?
set -e
full "ulimit -f 1000" "$tmp/limit.db"
rerun "ulimit -f 1000" "$tmp/limit.db"

echo "load_failure: $passed passed, $fail failed"
[ $fail = 0 ]
