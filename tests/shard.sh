#!/usr/bin/env bash
# Many machines (issue 16, item 6): ingest --shard K/N and govfacts merge.
#
#  - fixtures/ and a folder of extras (three files of one URL, one in each
#    shard; a JSON Lines file and a WARC whose records every shard splits)
#    ingested once whole and once in 3 shards: every input_path of a shard
#    hashes to it (SHA-256 computed here by python, not by govfacts), no
#    input is taken twice or lost;
#  - the shards merged: the facts and articles export as the one ingest's
#    (ids, runs and timestamps aside), the article of the shared URL the one
#    published latest; merged again in another order, without the shards'
#    files on the machine: nothing changes;
#  - a shard reads nothing of another's: strace sees no open of another
#    shard's file, a FIFO of another shard is not waited on (its own shard
#    does wait on it), a file of another shard that cannot be read is not
#    refused, and runs.summary counts what was left to other shards;
#  - a garbage file, a newer schema, a missing file: named, recorded,
#    nothing merged from them, the good shard merged;
#  - the README's Kubernetes Job script, run for each of its 8 indexes on
#    fixtures/, then merged; usage errors.
# Usage: tests/shard.sh BIN.  Needs strace (mk/shard.mk installs it).
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
patterns=$PWD/patterns
. tests/lib.sh
passed=0 failed=0
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
command -v strace >/dev/null || { echo "FAIL shard: strace is missing (make check installs it as root)"; exit 1; }

gf() { "$bin" "$1" --patterns "$patterns" "${@:2}"; }
q() { sqlite3 "$1" "$2"; }
# shard_of N PATH...: the shard of each key, one a line (the README's rule).
shard_of() {
	python3 - "$@" <<'PY'
import hashlib, sys
n = int(sys.argv[1])
for key in sys.argv[2:]:
    print(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16) % n)
PY
}
# name_in K N DIR PREFIX: the first DIR/PREFIX-i.html whose canonical path is in shard K of N.
name_in() {
	local i=0
	while [ "$(shard_of "$2" "$(realpath -m "$3/$4-$i.html")")" != "$1" ]; do i=$((i + 1)); done
	echo "$3/$4-$i.html"
}

# ==== The corpus: fixtures/ and extras ====
extra="$tmp/extra"
mkdir "$extra"
url=https://lamdong.gov.vn/en/news/lam-dong-in-the-dti-2023-4471.html
page() { # FILE DATE RANK: a page of $url
	cat > "$1" <<HTML
<html><head><meta property="og:url" content="$url"><meta property="article:published_time" content="$2">
<title>Lam Dong in the DTI</title></head><body><article><h1>Lam Dong in the DTI</h1>
<p>Lam Dong province ranked $3th out of 63 provinces in the DTI 2023, the Department of Information and Communications said.</p>
<p>The province now offers 1,081 fully online public services.</p></article></body></html>
HTML
}
dup0=$(name_in 0 3 "$extra" dup); page "$dup0" 2024-01-02 12
dup1=$(name_in 1 3 "$extra" dup); page "$dup1" 2024-03-01 14
dup2=$(name_in 2 3 "$extra" dup); page "$dup2" 2024-02-01 16
python3 - "$extra" <<'PY'
import json, sys, uuid
d = sys.argv[1]
def text(i):
    return ("Province %d report\n\nLam Dong province ranked %dth out of 63 provinces in the PCI 2023. "
            "The province now offers %d fully online public services.\n" % (i, 10 + i, 900 + i))
with open(d + "/pages.jsonl", "w") as f:
    for i in range(16):
        f.write(json.dumps({"url": "https://lamdong.gov.vn/en/news/report-%d-88%02d.html" % (i, i),
                            "date": "2024-05-%02d" % (i + 1), "text": text(i)}) + "\n")
with open(d + "/crawl.warc", "wb") as f:
    def record(kind, rid, uri, block):
        head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"
                "WARC-Date: 2024-06-01T00:00:00Z\r\nContent-Length: %d\r\n\r\n" % (kind, rid, uri, len(block)))
        f.write(head.encode() + block + b"\r\n\r\n")
    record("warcinfo", uuid.UUID(int=999), "", b"software: tests/shard.sh\r\n")
    for i in range(16):
        body = ("<html><head><title>Report %d</title></head><body><article><h1>Report %d</h1><p>%s</p>"
                "</article></body></html>" % (i, i, text(i + 20).replace("\n", " "))).encode()
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        record("response", uuid.UUID(int=i + 1), "https://lamdong.gov.vn/en/news/crawl-%d-77%02d.html" % (i, i), http)
PY

ingest_all=(--jobs 2 fixtures "$extra")
gf ingest --db "$tmp/all.db" "${ingest_all[@]}" 2>"$tmp/all.err" || { cat "$tmp/all.err"; exit 1; }
for k in 0 1 2; do
	gf ingest --verbose --shard $k/3 --db "$tmp/s$k.db" "${ingest_all[@]}" 2>"$tmp/s$k.err" ||
		{ cat "$tmp/s$k.err"; exit 1; }
done

# ==== The partition ====
for k in 0 1 2; do
	mapfile -t keys < <(q "$tmp/s$k.db" "SELECT input_path FROM articles UNION ALL SELECT input_path FROM rejects WHERE input_path IS NOT NULL")
	others=$(shard_of 3 "${keys[@]}" | grep -vcx "$k" || true)
	check "shard $k: all ${#keys[@]} inputs it holds hash to it" [ "${#keys[@]}" -gt 10 -a "$others" = 0 ]
	check "shard $k: its summary counts the inputs of other shards" grep -Eq "; skipped .*[1-9][0-9]* inputs of other shards" "$tmp/s$k.err"
done
taken() { q "$tmp/all.db" "SELECT sum(articles_new + duplicates) FROM runs"; }
sum_shards=0
for k in 0 1 2; do sum_shards=$((sum_shards + $(q "$tmp/s$k.db" "SELECT articles_new + duplicates FROM runs"))); done
check "the shards took every input once ($sum_shards, one ingest $(taken))" [ "$sum_shards" = "$(taken)" ]
spread() { # LIKE pattern: how many shards hold records of it
	local n=0
	for k in 0 1 2; do [ "$(q "$tmp/s$k.db" "SELECT count(*) FROM articles WHERE input_path LIKE '$1'")" = 0 ] || n=$((n + 1)); done
	echo $n
}
check "the WARC's records are split among the shards ($(spread '%crawl.warc#%'))" [ "$(spread '%crawl.warc#%')" -ge 2 ]
check "the JSON Lines' records are split among the shards ($(spread '%pages.jsonl:%'))" [ "$(spread '%pages.jsonl:%')" -ge 2 ]
check "the three files of one URL are in three shards" [ "$(spread '%/extra/dup-%')" = 3 ]
wsum=0 jsum=0
for k in 0 1 2; do
	wsum=$((wsum + $(q "$tmp/s$k.db" "SELECT count(*) FROM articles WHERE input_path LIKE '%crawl.warc#%'")))
	jsum=$((jsum + $(q "$tmp/s$k.db" "SELECT count(*) FROM articles WHERE input_path LIKE '%pages.jsonl:%'")))
done
check "every WARC record and JSON line is in one shard ($wsum, $jsum)" [ "$wsum" = 16 -a "$jsum" = 16 ]

# ==== Merge: the same facts and articles as one ingest ====
# Normalised: a database's own row ids, run numbers and timestamps
# dropped, rows sorted; fact_id (stable: what a fact says and its doc)
# is kept, and must match.
norm() { # DB TABLE
	"$bin" export --db "$1" --table "$2" | python3 -c '
import json, sys
keep = {"fact_id"}
drop = {"id", "first_seen", "last_seen", "removed"}
for line in sys.stdin:
    o = json.loads(line)
    print(json.dumps({k: v for k, v in o.items() if k in keep or (k not in drop and
                      not k.endswith(("_id", "_run", "_at")))}, sort_keys=True))' | sort
}
rc=0; gf merge --verbose "$tmp/m.db" "$tmp/s0.db" "$tmp/s1.db" "$tmp/s2.db" 2>"$tmp/m.err" || rc=$?
check "merge exits 0 ($rc)" [ "$rc" = 0 ]
check "merge says what it merged" grep -q "merge: 3 shards, .* articles (.* new, 0 changed, 0 unchanged), [1-9][0-9]* duplicates" "$tmp/m.err"
for table in facts articles; do
	norm "$tmp/all.db" $table > "$tmp/all.$table"
	norm "$tmp/m.db" $table > "$tmp/m.$table"
	check "merged $table export as one ingest's ($(wc -l < "$tmp/m.$table") rows)" cmp -s "$tmp/all.$table" "$tmp/m.$table"
done
check "and they are not few (facts $(wc -l < "$tmp/m.facts"), articles $(wc -l < "$tmp/m.articles"))" [ "$(wc -l < "$tmp/m.facts")" -gt 1000 -a "$(wc -l < "$tmp/m.articles")" -gt 80 ]
check "the URL three shards hold is the one published latest" [ "$(q "$tmp/m.db" "SELECT file FROM articles WHERE doc = '$url'")" = "$dup1" ]
check "with its facts only" [ "$(q "$tmp/m.db" "SELECT group_concat(value) FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.doc = '$url' AND f.kind = 'rank'")" = 14.0 ]
check "the merge is a run of its own, ok" [ "$(q "$tmp/m.db" "SELECT count(*), status, args LIKE 'govfacts merge %' FROM runs")" = "1|ok|1" ]
check "the reference tables are there" [ "$(q "$tmp/m.db" "SELECT count(*) > 60 FROM provinces") $(q "$tmp/m.db" "SELECT count(*) > 0 FROM indicators")" = "1 1" ]

# ==== Merged again, in another order: nothing changes ====
q "$tmp/m.db" "SELECT id, doc, run_id, first_seen FROM articles ORDER BY id" > "$tmp/m.rows1"
"$bin" export --db "$tmp/m.db" > "$tmp/m.raw1"
# As on a machine without the shards' files: the files of one URL are
# not there to be told apart from files that are gone.
mv "$extra" "$extra.away"
rc=0; gf merge --verbose "$tmp/m.db" "$tmp/s2.db" "$tmp/s0.db" "$tmp/s1.db" 2>"$tmp/m2.err" || rc=$?
mv "$extra.away" "$extra"
check "the second merge exits 0 ($rc)" [ "$rc" = 0 ]
check "the second merge loads nothing" grep -q "articles (0 new, 0 changed, [1-9][0-9]* unchanged), [1-9][0-9]* duplicates, 0 facts loaded" "$tmp/m2.err"
check "its runs row says so" [ "$(q "$tmp/m.db" "SELECT articles_new, articles_changed, facts, status FROM runs WHERE id = 2")" = "0|0|0|ok" ]
q "$tmp/m.db" "SELECT id, doc, run_id, first_seen FROM articles ORDER BY id" > "$tmp/m.rows2"
"$bin" export --db "$tmp/m.db" > "$tmp/m.raw2"
check "articles keep their rows, runs and first_seen" cmp -s "$tmp/m.rows1" "$tmp/m.rows2"
check "the facts export is the same, byte for byte" cmp -s "$tmp/m.raw1" "$tmp/m.raw2"
check "an incremental export after the first merge finds no fact" [ -z "$("$bin" export --db "$tmp/m.db" --since-run 1)" ]
check "and no fact removed" [ -z "$("$bin" export --db "$tmp/m.db" --table removals --since-run 1)" ]
check "while after run 0 it finds them all" [ "$("$bin" export --db "$tmp/m.db" --since-run 0 | wc -l)" = "$(wc -l < "$tmp/m.raw1")" ]

# ==== A shard reads nothing of another's ====
walk="$tmp/walk"
mkdir "$walk"
cp fixtures/*.html "$walk/"
# Which of the fixtures fall in shard 0 depends on the temporary folder's
# name; four pages more in each of shards 0 and 2 make both sides of the
# check below hold files, whatever that name.
for k in 1 2 3 4; do
	cp fixtures/portal-gov.html "$(name_in 0 3 "$walk" mine$k)"
	cp fixtures/portal-gov.html "$(name_in 2 3 "$walk" theirs$k)"
done
locked=$(name_in 1 3 "$walk" locked); cp fixtures/portal-gov.html "$locked"; chmod 000 "$locked"
fifo=$(name_in 1 3 "$walk" fifo); rm -f "$fifo"; mkfifo "$fifo"
# LeakSanitizer cannot run under ptrace (make asan): leaks are looked for
# in every other run.
rc=0; ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq -e trace=open,openat -o "$tmp/strace.log" \
	"$bin" ingest --verbose --patterns "$patterns" --jobs 1 --shard 0/3 --db "$tmp/w0.db" "$walk" 2>"$tmp/w0.err" || rc=$?
check "shard 0 of a folder exits 0 ($rc)" [ "$rc" = 0 ]
mine=0 theirs=0 opened_mine=0 opened_theirs=0
for f in "$walk"/*; do
	name=$(basename "$f")
	if grep -q "open.*\"\([^\"]*/\)\?$name\"" "$tmp/strace.log"; then o=1; else o=0; fi
	if [ "$(shard_of 3 "$(realpath "$f")")" = 0 ]; then
		mine=$((mine + 1)); opened_mine=$((opened_mine + o))
	else
		theirs=$((theirs + 1)); opened_theirs=$((opened_theirs + o))
	fi
done
check "strace: shard 0 opened its $mine files ($opened_mine)" [ "$mine" -gt 3 -a "$opened_mine" = "$mine" ]
check "strace: and none of the $theirs of other shards ($opened_theirs)" [ "$theirs" -gt 3 -a "$opened_theirs" = 0 ]
check "the unreadable file and the FIFO of shard 1 are not refused by shard 0" [ "$(q "$tmp/w0.db" "SELECT count(*) FROM rejects")" = 0 ]
check "runs.summary counts the $theirs inputs of other shards" [ "$(q "$tmp/w0.db" "SELECT summary LIKE '%; skipped $theirs inputs of other shards%' FROM runs")" = 1 ]
gf ingest --shard 1/3 --db "$tmp/w1.db" "$walk" 2>/dev/null || true
check "shard 1 refuses its FIFO" [ "$(q "$tmp/w1.db" "SELECT count(*) FROM rejects WHERE file = '$fifo'")" = 1 ]
rc=0; timeout -k 5 20 "$bin" ingest --patterns "$patterns" --shard 0/3 --db "$tmp/f0.db" "$fifo" 2>"$tmp/f0.err" || rc=$?
check "a FIFO named as INPUT of shard 1: shard 0 does not wait on it (exit $rc)" [ "$rc" = 0 ]
check "nor refuses it" [ "$(q "$tmp/f0.db" "SELECT count(*) FROM rejects")" = 0 ]
rc=0; (timeout -s KILL 3 "$bin" ingest --patterns "$patterns" --shard 1/3 --db "$tmp/f1.db" "$fifo"; exit $?) 2>/dev/null || rc=$?
check "shard 1 does wait on it (killed by timeout: exit $rc)" [ "$rc" = 137 ]
chmod 644 "$locked"

# ==== Bad shards ====
head -c 8192 /dev/urandom > "$tmp/garbage.db"
cp "$tmp/s0.db" "$tmp/newer.db"; q "$tmp/newer.db" "PRAGMA user_version = 99"
rc=0; gf merge "$tmp/bad.db" "$tmp/garbage.db" "$tmp/newer.db" "$tmp/missing.db" "$tmp/s1.db" 2>"$tmp/bad.err" || rc=$?
check "bad shards: merge exits 1 ($rc)" [ "$rc" = 1 ]
check "the garbage file is named, with why" grep -q "merge: $tmp/garbage.db: file is not a database; nothing merged from it" "$tmp/bad.err"
check "the newer schema is named, with why" grep -q "merge: $tmp/newer.db: schema version 99 is newer than this govfacts" "$tmp/bad.err"
check "the missing file is named, with why" grep -q "merge: $tmp/missing.db: No such file or directory; nothing merged from it" "$tmp/bad.err"
check "nothing of them is merged: only the good shard's articles" [ "$(q "$tmp/bad.db" "SELECT count(*) FROM articles")" = "$(q "$tmp/s1.db" "SELECT count(*) FROM articles")" ]
check "the run is partial with three rejects naming them" [ "$(q "$tmp/bad.db" "SELECT status, rejected FROM runs") $(q "$tmp/bad.db" "SELECT count(*) FROM rejects WHERE file IN ('$tmp/garbage.db', '$tmp/newer.db', '$tmp/missing.db')")" = "partial|3 3" ]
check "the newer shard is left as it was" [ "$(q "$tmp/newer.db" "PRAGMA user_version")" = 99 ]

# ==== The README's Kubernetes Indexed Job, its script run for each index ====
script=$(awk '/^```yaml/ {y = 1} y && /^ *- \|$/ {s = 1; next} s && /^ *volumeMounts:/ {exit} s {sub(/^ +/, ""); print}' README.md)
check "the README's Job script is found" grep -q 'JOB_COMPLETION_INDEX/8' <<<"$script"
mkdir "$tmp/k8s" "$tmp/k8s/shards"
for k in 0 1 2 3 4 5 6 7; do
	mkdir -p "$tmp/k8s/work$k"
	s=${script//\/work\//$tmp\/k8s\/work$k\/}; s=${s//\/shards\//$tmp\/k8s\/shards\/}; s=${s//\/srv\/scraped/$PWD\/fixtures}
	rc=0; JOB_COMPLETION_INDEX=$k PATH="$(dirname "$bin"):$PATH" GOVFACTS_PATTERNS="$patterns" sh -c "$s" 2>>"$tmp/k8s/err" || rc=$?
	check "Job index $k runs (exit $rc)" [ "$rc" = 0 -a -s "$tmp/k8s/shards/shard-$k.db" ]
done
gf ingest --db "$tmp/fixtures.db" "$PWD/fixtures" 2>/dev/null
gf merge "$tmp/k8s/merged.db" "$tmp/k8s/shards"/shard-*.db 2>/dev/null
check "the Job's shards hold the articles ($(q "$tmp/k8s/merged.db" "SELECT count(*) FROM articles"))" [ "$(q "$tmp/k8s/merged.db" "SELECT count(*) FROM articles")" -gt 40 ]
check "the Job's 8 shards merged export as one ingest of fixtures/" cmp -s <(norm "$tmp/fixtures.db" facts) <(norm "$tmp/k8s/merged.db" facts)

# ==== Usage ====
for bad in 3/3 1/0 -1/3 x 1/3/4 "" 1/ /3 " 1/3" 0/1000001; do
	rc=0; "$bin" ingest --shard "$bad" --db "$tmp/u.db" fixtures >/dev/null 2>"$tmp/u.err" || rc=$?
	check "--shard '$bad' is a usage error (exit $rc)" [ "$rc" = 2 ]
	check "naming --shard" grep -q -- "--shard takes K/N" "$tmp/u.err"
done
check "--shard 0/3 with standard input is a usage error" sh -c "'$bin' ingest --shard 0/3 --db '$tmp/u.db' - </dev/null 2>'$tmp/u.err'; [ \$? = 2 ] && grep -q 'cannot split standard input' '$tmp/u.err'"
check "no database was made by a usage error" [ ! -e "$tmp/u.db" ]
rc=0; "$bin" merge "$tmp/m.db" >/dev/null 2>&1 || rc=$?
check "merge without a shard is a usage error ($rc)" [ "$rc" = 2 ]
rc=0; "$bin" merge "$tmp/m.db" "$tmp/../$(basename "$tmp")/m.db" >/dev/null 2>&1 || rc=$?
check "merge of OUT into itself is a usage error ($rc)" [ "$rc" = 2 ]
check "ingest --help names --shard" sh -c "'$bin' ingest --help | grep -q -- '--shard K/N'"
check "merge --help says what it does" sh -c "'$bin' merge --help | grep -q 'usage: govfacts merge'"

echo "shard: $passed passed, $failed failed"
[ "$failed" = 0 ]
