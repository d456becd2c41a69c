#!/usr/bin/env bash
# Article identity (FACTS.md, doc): two files of one article URL give one
# article, the same whatever --jobs or the order of the inputs, and a
# re-run changes nothing; a URL that names no article (the site's home
# page, a relative canonical) is no identity; one file through three
# spellings of its path is one article, and the re-runs know it unchanged
# without parsing it (runs.unparsed).
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
patterns=$PWD/patterns
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0; passed=0
check() { # name, condition result (0 = ok)
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi
}
ingest() { # db, then inputs; stderr into $tmp/err
	"$bin" ingest --verbose --patterns "$patterns" --db "$@" 2>"$tmp/err"
}
q() { sqlite3 "$1" "$2"; }

# page FILE URL-ELEMENT RANK: a Lam Dong article whose head names a URL.
page() {
	cat > "$1" <<HTML
<html><head>$2<meta property="article:published_time" content="2024-01-02">
<title>Lam Dong in the DTI</title></head><body><article><h1>Lam Dong in the DTI</h1>
<p>Lam Dong province ranked $3th out of 63 provinces in the DTI 2023, the Department of Information and Communications said.</p>
<p>The province now offers 1,081 fully online public services.</p></article></body></html>
HTML
}
og() { echo "<meta property=\"og:url\" content=\"$1\">"; }

# ==== One URL, two files: one article, chosen the same way every run ====
mkdir "$tmp/dup"
url=https://lamdong.gov.vn/en/news/lam-dong-in-the-dti-2023-4471.html
page "$tmp/dup/a.html" "$(og $url)" 12
page "$tmp/dup/b.html" "$(og $url)" 14
for jobs in 1 3; do
	db="$tmp/dup$jobs.db"
	ingest "$db" --jobs $jobs "$tmp/dup"; rc=$?
	check "--jobs $jobs: a duplicate is no error (exit $rc)" $rc
	check "--jobs $jobs: the duplicate is named" $(grep -q "a duplicate of" "$tmp/err"; echo $?)
	check "--jobs $jobs: and counted" $(grep -q "(1 new, 0 changed, 0 unchanged), 1 duplicates, 0 rejected, 2 facts" "$tmp/err"; echo $?)
	check "--jobs $jobs: one article" $([ "$(q "$db" 'SELECT count(*) FROM articles')" = 1 ]; echo $?)
	check "--jobs $jobs: the run counts the facts kept" $([ "$(q "$db" 'SELECT facts FROM runs') $(q "$db" 'SELECT duplicates FROM runs')" = "$(q "$db" 'SELECT count(*) FROM facts') 1" ]; echo $?)
	check "--jobs $jobs: no reject recorded" $([ "$(q "$db" 'SELECT count(*) FROM rejects')" = 0 ]; echo $?)
	for again in 2 3; do
		ingest "$db" --jobs $jobs "$tmp/dup"
		check "--jobs $jobs run $again: 0 changed" $(grep -q "(0 new, 0 changed, 1 unchanged), 1 duplicates" "$tmp/err"; echo $?)
	done
	kept[$jobs]=$(q "$db" "SELECT a.file || ' ' || f.value FROM articles a JOIN facts f ON f.article_id = a.id WHERE f.kind = 'rank'")
done
check "--jobs 1 and --jobs 3 keep the same article (${kept[1]} / ${kept[3]})" $([ "${kept[1]}" = "${kept[3]}" ]; echo $?)
for order in "$tmp/dup/a.html $tmp/dup/b.html" "$tmp/dup/b.html $tmp/dup/a.html"; do
	rm -f "$tmp/order.db"*
	ingest "$tmp/order.db" $order
	check "inputs in another order keep the same article" $([ "$(q "$tmp/order.db" "SELECT a.file || ' ' || f.value FROM articles a JOIN facts f ON f.article_id = a.id WHERE f.kind = 'rank'")" = "${kept[1]}" ]; echo $?)
done

# ==== URLs that name no article ====
mkdir "$tmp/home"
page "$tmp/home/one.html" "$(og https://lamdong.gov.vn/)" 12
page "$tmp/home/two.html" "$(og https://lamdong.gov.vn/)" 14
page "$tmp/home/slash.html" '<link rel="canonical" href="/">' 16
page "$tmp/home/index.html" '<link rel="canonical" href="index.html">' 18
ingest "$tmp/home.db" "$tmp/home"; rc=$?
check "home pages and relative canonicals load (exit $rc)" $rc
check "four articles, none a duplicate" $(grep -q "4 articles (4 new, 0 changed, 0 unchanged), 0 duplicates" "$tmp/err"; echo $?)
check "each keyed by its canonical path" $([ "$(q "$tmp/home.db" 'SELECT group_concat(doc, " ") FROM (SELECT doc FROM articles ORDER BY doc)')" = "$(cd "$tmp/home" && realpath index.html one.html slash.html two.html | tr '\n' ' ' | sed 's/ $//')" ]; echo $?)
check "the four ranks are kept" $([ "$(q "$tmp/home.db" "SELECT group_concat(value) FROM (SELECT value FROM facts WHERE kind = 'rank' ORDER BY value)")" = "12.0,14.0,16.0,18.0" ]; echo $?)

# ==== Three spellings of one folder: one article each, the fast path ====
mkdir -p "$tmp/work/seeds"
cp fixtures/portal-gov.html "$tmp/work/seeds/"
page "$tmp/work/seeds/no-url.html" "" 20
printf 'Lam Dong in the DTI\n\nLam Dong province ranked 22nd out of 63 provinces in the DTI 2023.\n' \
	> "$tmp/work/seeds/text.txt"
db="$tmp/spell.db"
(cd "$tmp/work" && ingest "$db" seeds) && n=3
for spelling in ./seeds/ "$tmp/work/seeds"; do
	(cd "$tmp/work" && ingest "$db" "$spelling")
	check "$spelling: no new article" $(grep -q "(0 new, 0 changed, $n unchanged), 0 duplicates" "$tmp/err"; echo $?)
	check "$spelling: known unchanged without parsing" $([ "$(q "$db" 'SELECT unparsed FROM runs ORDER BY id DESC LIMIT 1')" = $n ]; echo $?)
done
check "three spellings, three articles" $([ "$(q "$db" 'SELECT count(*) FROM articles')" = $n ]; echo $?)
check "docs are canonical paths or URLs" $([ "$(q "$db" "SELECT count(*) FROM articles WHERE doc NOT LIKE '/%' AND doc NOT LIKE 'http%'")" = 0 ]; echo $?)
check "file keeps the path as given when loaded" $([ "$(q "$db" "SELECT count(*) FROM articles WHERE file LIKE 'seeds/%'")" = $n ]; echo $?)
(cd "$tmp/work" && ingest "$db" seeds ./seeds/)
check "one folder named twice in a run: duplicates, not new" $(grep -q "(0 new, 0 changed, $n unchanged), $n duplicates" "$tmp/err"; echo $?)

echo "identity: $passed passed, $fail failed"
[ $fail = 0 ]
