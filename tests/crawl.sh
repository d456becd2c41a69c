#!/usr/bin/env bash
# Straight from the crawler (issue 15, items 1, 2 and 7).  Usage:
# tests/crawl.sh BIN
#
# - A real crawl: some fixtures (and a robots.txt) served by
#   `python3 -m http.server` on 127.0.0.1, fetched with `wget --warc-file`
#   (with a 404 and the robots.txt), the WARC ingested: its facts equal
#   those of the files (file and doc aside), each record named
#   ARCHIVE#RECORD-ID with its WARC-Target-URI as url; the 404 and the
#   robots.txt are skipped, counted by kind, not refused.
# - JSON Lines written by a small script (url, html or text, a date),
#   plain and gzipped: the same facts; a line that is not JSON and a line
#   with no page are refused by name (FILE:LINE), the rest loaded;
#   --body-field and --date-field pick other fields.
# - .html.gz and .txt.gz read, gzip data named .html read; a walk skips
#   robots.txt and sitemaps and says how many of each kind it skipped.
# - '-' is one article read from standard input (file '-', doc stdin:
#   and the SHA-256 of its bytes) for facts, extract and ingest; a list of
#   existing paths on it gives a warning that --from-list - is meant.
#
# Prints one line per case; exits 1 on any failure.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-crawl.XXXXXX")
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export GOVFACTS_PATTERNS="$root/patterns"
unset GOVFACTS_DB
fx="$root/fixtures"
LIMIT=${CRAWL_TIMEOUT:-120}

passed=0 failed=0
. "$root/tests/lib.sh" # check LABEL CMD...
gf() { # runs govfacts with a time limit; rc holds its exit status
	rc=0
	timeout "$LIMIT" "$bin" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
}
says() { grep -q -- "$1" "$tmp/err"; }
# The facts of a JSON Lines run without file and doc, sorted: what two
# readings of the same pages must share.
facts_of() {
	python3 -c '
import json, sys
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(line)
    f.pop("file"); f.pop("doc")
    rows.append(json.dumps(f, sort_keys=True))
print("\n".join(sorted(rows)))' "$1"
}
same_facts() { [ "$(facts_of "$1")" = "$(facts_of "$2")" ] && [ -s "$1" ]; }
sql() { python3 -c 'import sqlite3,sys; [print("|".join(map(str,r))) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]' "$1" "$2"; }

pages="newspaper portal-gov ministry-release stat-bulletin"
mkdir "$tmp/site"
for p in $pages; do cp "$fx/$p.html" "$tmp/site/"; done
printf 'User-agent: *\nCrawl-delay: 10\n' >"$tmp/site/robots.txt"
# A page that gives no date: its record's date is the WARC-Date.
cat >"$tmp/site/undated.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lam Dong in the DTI</title></head>
<body><div class="content"><p>In 2023, Lam Dong ranked 26th out of 63 provinces in the DTI, and 92.7% of households had a smartphone.</p></div></body></html>
EOF
pages="$pages undated"
"$bin" facts "$tmp"/site/*.html >"$tmp/files.jsonl"

echo "== a crawl: python3 -m http.server, wget --warc-file"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$tmp/site" "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
	python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),1)' "$port" 2>/dev/null && break
	sleep 0.1
done
urls=()
for p in $pages missing robots; do
	case $p in robots) urls+=("http://127.0.0.1:$port/robots.txt") ;; *) urls+=("http://127.0.0.1:$port/$p.html") ;; esac
done
(cd "$tmp" && wget -nv --tries=3 --warc-file=crawl -O /dev/null "${urls[@]}" 2>"$tmp/wget.log") || true # 8: the 404
kill "$server"
wait "$server" 2>/dev/null || true
server=
check "wget wrote crawl.warc.gz" [ -s "$tmp/crawl.warc.gz" ] || cat "$tmp/wget.log"
gf facts "$tmp/crawl.warc.gz"
cp "$tmp/err" "$tmp/warc-facts.err"
"$bin" facts "$tmp/crawl.warc.gz" >"$tmp/warc.jsonl" 2>/dev/null || true
check "facts of the WARC: exit 0 ($rc)" [ "$rc" = 0 ]
check "facts of the WARC equal those of the files" same_facts "$tmp/warc.jsonl" "$tmp/files.jsonl" || { cat "$tmp/wget.log" "$tmp/warc-facts.err"; }
check "a record's file is ARCHIVE#RECORD-ID" \
	grep -q "\"file\":\"$tmp/crawl.warc.gz#urn:uuid:[0-9a-f-]*\"" "$tmp/warc.jsonl"
gf ingest --verbose --db "$tmp/warc.db" "$tmp/crawl.warc.gz"
check "ingest of the WARC: exit 0 ($rc)" [ "$rc" = 0 ]
check "ingest of the WARC: 5 new articles" says '5 articles (5 new'
check "the 404 and robots.txt are skipped by kind" \
	eval 'says "skipped 1 WARC records not HTML, 1 WARC responses not 2xx"'
check "records' url is their WARC-Target-URI" \
	[ "$(sql "$tmp/warc.db" "SELECT count(*) FROM articles WHERE url LIKE 'http://127.0.0.1:$port/%.html'")" = 5 ]
check "records' published date falls back on WARC-Date" \
	[ "$(sql "$tmp/warc.db" "SELECT published FROM articles WHERE url LIKE '%/undated.html'")" = "$(date -u +%F)" ]
gf ingest --verbose --db "$tmp/warc.db" "$tmp/crawl.warc.gz"
check "second ingest of the WARC: all unchanged" says '5 articles (0 new, 0 changed, 5 unchanged)'

# A record cut short and a record with a broken HTTP head: refused by name,
# the others loaded.
python3 - "$tmp/crawl.warc.gz" "$tmp/bad.warc" <<'PY'
import gzip, sys
data = gzip.open(sys.argv[1]).read()
recs = data.split(b"WARC/1.0\r\n")
out = []
broken = False
for r in recs[1:]:
    if not broken and b"WARC-Type: response" in r and b"newspaper" in r:
        head, _, block = r.partition(b"\r\n\r\n")
        block = block.replace(b"HTTP/1.0 200", b"HTTQ/1.0 200", 1).replace(b"HTTP/1.1 200", b"HTTQ/1.1 200", 1)
        r = head + b"\r\n\r\n" + block
        broken = True
    out.append(b"WARC/1.0\r\n" + r)
open(sys.argv[2], "wb").write(b"".join(out))
PY
gf ingest --verbose --db "$tmp/bad-warc.db" "$tmp/bad.warc"
check "a bad record: exit 1, named ARCHIVE#RECORD, the rest loaded ($rc)" \
	eval '[ $rc = 1 ] && says "bad.warc#urn:uuid:.*HTTP status" && says "4 articles (4 new"'

echo "== JSON Lines"
python3 - "$tmp/site" "$tmp/pages.jsonl" <<'PY'
import json, os, sys
site, out = sys.argv[1:]
with open(out, "w", encoding="utf-8") as f:
    for i, name in enumerate(sorted(n for n in os.listdir(site) if n.endswith(".html"))):
        html = open(os.path.join(site, name), encoding="utf-8", errors="surrogateescape").read()
        f.write(json.dumps({"url": "https://example.org/%s" % name, "html": html, "date": "2024-0%d-01" % (i + 1)}) + "\n")
PY
gf facts "$tmp/pages.jsonl"
"$bin" facts "$tmp/pages.jsonl" >"$tmp/jl.jsonl" 2>/dev/null || true
check "facts of the JSON Lines: exit 0 ($rc)" [ "$rc" = 0 ]
check "facts of the JSON Lines equal those of the files" same_facts "$tmp/jl.jsonl" "$tmp/files.jsonl"
check "a line's file is FILE:LINE" grep -q "\"file\":\"$tmp/pages.jsonl:3\"" "$tmp/jl.jsonl"
gzip -c "$tmp/pages.jsonl" >"$tmp/pages.jl.gz"
"$bin" facts "$tmp/pages.jl.gz" >"$tmp/jlgz.jsonl" 2>/dev/null || true
check "gzipped JSON Lines (.jl.gz): the same facts" same_facts "$tmp/jlgz.jsonl" "$tmp/files.jsonl"
{
	head -n 2 "$tmp/pages.jsonl"
	echo '{"url": "https://example.org/x", "html": "<p>cut'
	echo '{"url": "https://example.org/y", "title": "no page here"}'
	tail -n 2 "$tmp/pages.jsonl"
} >"$tmp/mixed.jsonl"
gf ingest --verbose --db "$tmp/jl.db" "$tmp/mixed.jsonl"
check "bad lines: exit 1, each named FILE:LINE, the rest loaded ($rc)" \
	eval '[ $rc = 1 ] && says "mixed.jsonl:3: not a JSON object" && says "mixed.jsonl:4: no html, body or text" && says "4 articles (4 new"'
check "a line's date is the fallback published date" \
	[ "$(sql "$tmp/jl.db" "SELECT count(*) FROM articles WHERE published LIKE '2024-0_-01' OR published IS NOT NULL")" = 4 ]
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    print(json.dumps({"link": o["url"], "content": o["html"], "crawled": o["date"]}))' "$tmp/pages.jsonl" >"$tmp/custom.jsonl"
"$bin" facts --url-field link --body-field content --date-field crawled "$tmp/custom.jsonl" >"$tmp/custom.out" 2>"$tmp/err" || true
check "--url-field, --body-field, --date-field" same_facts "$tmp/custom.out" "$tmp/files.jsonl"

echo "== gzip and the walk"
mkdir -p "$tmp/walk/sub"
gzip -c "$fx/newspaper.html" >"$tmp/walk/newspaper.html.gz"
gzip -c "$fx/portal-gov.html" >"$tmp/walk/portal-gov.html" # gzip named .html
cp "$root/fixtures/blind-2026-12/texts/b01_tra-vinh-ict-index-2019.txt" "$tmp/walk/b01.txt"
gzip -c "$tmp/walk/b01.txt" >"$tmp/walk/sub/b01-copy.txt.gz"
printf 'User-agent: *\nCrawl-delay: 10\n' >"$tmp/walk/robots.txt"
printf 'https://example.org/a-10\nhttps://example.org/b-11\n' >"$tmp/walk/sitemap.txt"
printf '<?xml version="1.0"?><urlset/>\n' >"$tmp/walk/sitemap.xml"
cp "$fx/README.md" "$tmp/walk/notes.md"
gf ingest --verbose --db "$tmp/walk.db" "$tmp/walk"
check "walk: exit 0 ($rc)" [ "$rc" = 0 ]
check "walk: .html.gz, gzip named .html, .txt.gz read" says '4 articles'
check "walk: skipped by kind in the summary" says 'skipped 1 robots.txt, 2 sitemaps, 1 other files'
check "walk: robots.txt gave no fact" \
	[ "$(sql "$tmp/walk.db" "SELECT count(*) FROM articles WHERE file LIKE '%robots%' OR file LIKE '%sitemap%'")" = 0 ]
"$bin" facts "$fx/portal-gov.html" >"$tmp/pg.jsonl"
"$bin" facts "$tmp/walk/portal-gov.html" >"$tmp/pg-gz.jsonl"
check "gzip data named .html: the page's facts" same_facts "$tmp/pg-gz.jsonl" "$tmp/pg.jsonl"

echo "== standard input"
txt="$root/fixtures/blind-2026-12/texts/b02_ha-tinh-par-index-2020.txt"
sha=$(sha256sum <"$txt" | cut -d' ' -f1)
gf facts - <"$txt"
"$bin" facts - <"$txt" >"$tmp/stdin.jsonl" 2>/dev/null
"$bin" facts "$txt" >"$tmp/file.jsonl"
check "facts -: exit 0 ($rc), the file's facts" eval '[ $rc = 0 ] && same_facts "$tmp/stdin.jsonl" "$tmp/file.jsonl"'
check "facts -: file is -, doc stdin:SHA-256" \
	eval 'grep -q "\"file\":\"-\",\"doc\":\"stdin:$sha\"" "$tmp/stdin.jsonl"'
gf extract - <"$fx/newspaper.html"
check "extract -: exit 0 ($rc)" eval '[ $rc = 0 ] && "$bin" extract - <"$fx/newspaper.html" | grep -q "^file: -$"'
gzip -c "$txt" | "$bin" facts - >"$tmp/stdin-gz.jsonl" 2>/dev/null
check "facts - with gzip on standard input" same_facts "$tmp/stdin-gz.jsonl" "$tmp/file.jsonl"
gf ingest --verbose --db "$tmp/stdin.db" - <"$txt"
check "ingest -: one article, doc stdin:SHA-256 ($rc)" \
	eval '[ $rc = 0 ] && [ "$(sql "$tmp/stdin.db" "SELECT file, doc FROM articles")" = "-|stdin:$sha" ]'
printf '%s\n' "$fx/newspaper.html" "$fx/portal-gov.html" >"$tmp/list"
gf ingest --verbose --db "$tmp/list.db" - <"$tmp/list"
check "ingest - given a list of paths: says --from-list - is meant" says 'from-list -'
gf ingest --verbose --db "$tmp/list.db" --from-list - <"$tmp/list"
check "ingest --from-list - reads the list ($rc)" eval '[ $rc = 0 ] && says "2 articles (2 new"'

echo "crawl: $passed passed, $failed failed"
[ "$failed" = 0 ]
