#!/usr/bin/env python3
"""govfacts report (issue 16 item 5), rendered in headless Chromium.

The fixtures are ingested; the page the report writes is checked as a
file (well formed, one script of its own, nothing fetched from anywhere)
and as the DOM Chromium builds after the page's script ran
(--dump-dom): each indicator's chart has one line per province with a
national rank of it, as many as the database's province_rankings view
holds (queried here), each line through as many years as the view holds
for that province; the filters (from the address, #indicator=&province=)
hide every other indicator and province.  A screenshot is kept under the
build directory, its path printed.  A title holding <script> shows as
text and never runs; a javascript: URL is never a link.  An empty
database gives a page that says there is nothing; a missing one is an
error naming it, and writes nothing.

Usage: tests/report.py BIN.  Prints ok/FAIL per check; exits 1 on any
failure.  Needs Debian's chromium (mk/report.mk installs it).
"""
import html.parser
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

BIN = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else "build/govfacts")
ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.dirname(BIN)
SHOT = os.path.join(BUILD, "report", "report.png")

passed = failed = 0


def check(label, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok   report: " + label)
    else:
        failed += 1
        print("FAIL report: " + label + (": " + str(detail)[:600] if detail else ""))


def govfacts(*args, cwd=None):
    env = dict(os.environ, GOVFACTS_PATTERNS=os.path.join(ROOT, "patterns"))
    env.pop("GOVFACTS_DB", None)
    return subprocess.run([BIN, *args], cwd=cwd, env=env, capture_output=True, text=True)


# ==== The page as a tree ====

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], ""

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find(self, tag=None, cls=None, **attrs):
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def hidden(self):
        n = self
        while n:
            if "off" in n.classes():
                return True
            n = n.parent
        return False

    def all_text(self):
        return self.text + "".join(c.all_text() for c in self.children)


class Tree(html.parser.HTMLParser):
    """Every element closed in order (the report writes no implied end tag):
    errors lists what is not."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur, self.errors, self.ids = self.root, [], {}
        self.feed(text)
        self.close()
        if self.cur is not self.root:
            self.errors.append("unclosed <%s>" % self.cur.tag)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if "id" in n.attrs:
            if n.attrs["id"] in self.ids:
                self.errors.append("id %r twice" % n.attrs["id"])
            self.ids[n.attrs["id"]] = n
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.cur.tag))
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.text += data


# ==== Chromium ====

def chromium_bin():
    for name in ("chromium", "chromium-browser"):
        p = shutil.which(name)
        if p:
            return p
    return None


def chromium(tmp, url, *args):
    """Runs headless Chromium on url with args; (stdout, stderr, rc).
    Root needs --no-sandbox (CI runs as root)."""
    cmd = [chromium_bin(), "--headless", "--disable-gpu", "--no-first-run", "--disable-extensions",
           "--disable-dev-shm-usage", "--user-data-dir=" + os.path.join(tmp, "chromium-profile"), *args, url]
    if os.geteuid() == 0:
        cmd.insert(2, "--no-sandbox")
    env = dict(os.environ, HOME=tmp)
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    except subprocess.TimeoutExpired:
        return "", "timed out after 120 s", -1
    return p.stdout, p.stderr, p.returncode


def dom(tmp, page, fragment=""):
    out, err, rc = chromium(tmp, "file://" + page + fragment, "--dump-dom")
    if rc != 0 or "<html" not in out:
        return None, err
    return Tree(out), err


# ==== What the database says ====

def expected(db):
    """{indicator: {province: distinct years}} of the national ranks."""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT indicator, province, count(DISTINCT year) FROM province_rankings"
                       " WHERE pillar IS NULL AND year IS NOT NULL GROUP BY indicator, province").fetchall()
    con.close()
    want = {}
    for ind, prov, years in rows:
        want.setdefault(ind, {})[prov] = years
    return want


def lines_of(tree):
    """{indicator: {province: points}} of the charts' polylines."""
    got = {}
    for sec in tree.root.find("section", cls="indicator"):
        per = got.setdefault(sec.attrs.get("data-indicator"), {})
        for svg in sec.find("svg", cls="chart"):
            for g in svg.find("g", cls="series"):
                lines = g.find("polyline", cls="rank-line")
                prov = g.attrs.get("data-province")
                per[prov] = per.get(prov, 0) + sum(len(l.attrs.get("points", "").split()) for l in lines)
                if len(lines) != 1:
                    per[prov] = ("lines", len(lines))
    return got


# ==== The cases ====

def static_checks(page, label):
    """The file itself: well formed, one inline script, nothing from outside."""
    text = open(page, encoding="utf-8").read()
    t = Tree(text)
    check(label + ": the page is well formed (every element closed, ids once)", not t.errors, t.errors[:5])
    scripts = t.root.find("script")
    check(label + ": one script, inline", len(scripts) == 1 and "src" not in scripts[0].attrs,
          [s.attrs for s in scripts])
    ext = [n.tag + " " + a + "=" + v for n in t.root.walk() for a, v in n.attrs.items()
           if a in ("src", "srcset", "data") or (n.tag == "link")]
    check(label + ": no external asset (src, link)", not ext, ext[:5])
    check(label + ": no url() or @import in the style", not re.search(r"url\(|@import", text))
    bad = [n.attrs["href"] for n in t.root.walk() if "href" in n.attrs
           and not re.match(r"(https?://|file:///|#)", n.attrs["href"])]
    check(label + ": every link is http(s), file:/// or on the page", not bad, bad[:5])
    return t, text


def fixtures_case(tmp):
    db = os.path.join(tmp, "fixtures.db")
    r = govfacts("ingest", "-q", "--db", db, os.path.join(ROOT, "fixtures"))
    check("ingest fixtures/", r.returncode in (0, 1), r.stderr)
    os.makedirs(os.path.dirname(SHOT), exist_ok=True)
    page = os.path.join(os.path.dirname(SHOT), "report.html")
    r = govfacts("report", "--db", db, "-o", page)
    check("report -o: exit 0, quiet", r.returncode == 0 and not r.stderr, (r.returncode, r.stderr))
    want = expected(db)
    check("the fixtures hold national ranks on at least 3 indicators", len(want) >= 3, want.keys())
    t, _ = static_checks(page, "fixtures")
    check("the file has a chart per indicator with ranks", set(lines_of(t)) == set(want), set(lines_of(t)))

    tree, err = dom(tmp, page)
    check("chromium renders the page (--dump-dom)", tree is not None, err)
    if tree is None:
        return
    check("the page's script ran (data-filters=ready)", tree.root.find("html")[0].attrs.get("data-filters") == "ready")
    got = lines_of(tree)
    for ind in sorted(set(want) | set(got)):
        w, g = want.get(ind, {}), got.get(ind, {})
        check("%s: %d lines in the chart = %d provinces with a national rank in the database" % (ind, len(g), len(w)),
              len(g) == len(w) and set(g) == set(w), sorted(set(g) ^ set(w)))
        check("%s: each line through as many years as the database holds for its province" % ind,
              g == w, {p: (g.get(p), w.get(p)) for p in set(g) | set(w) if g.get(p) != w.get(p)})
    # Each rank in the tables is a link to an article.
    cells = [td for sec in tree.root.find("section", cls="indicator") for tab in sec.find("table", cls="ranks")
             for td in tab.find("td") if td.all_text().strip()]
    unlinked = [td.all_text() for td in cells if not any(a.attrs.get("href", "").startswith(("http", "file:"))
                                                        for a in td.find("a"))]
    check("every rank in the tables (%d) links to its article" % len(cells), cells and not unlinked, unlinked[:5])

    # The filters, from the address: one indicator, one province.
    ind = sorted(want)[0]
    prov = sorted(want[ind])[0]
    frag = "#indicator=%s&province=%s" % (ind, prov.replace(" ", "%20"))
    tree, err = dom(tmp, page, frag)
    check("chromium renders the filtered page", tree is not None, err)
    if tree is not None:
        shown = [s.attrs["data-indicator"] for s in tree.root.find("section", cls="indicator") if not s.hidden()]
        check("filter %s: only that indicator's section shows" % ind, shown == [ind], shown)
        series = [g.attrs["data-province"] for g in tree.root.find("g", cls="series") if not g.hidden()]
        check("filter %s: only that province's line shows" % prov, series == [prov], series)
        rows = {tr.attrs["data-province"] for tr in tree.root.find("tr") if "data-province" in tr.attrs
                and not tr.hidden()}
        check("filter %s: only that province's rows show" % prov, rows == {prov}, rows)

    shot_dir = tempfile.mkdtemp(dir=tmp)
    _, err, rc = chromium(tmp, "file://" + page, "--hide-scrollbars", "--window-size=1280,2400",
                          "--screenshot=" + os.path.join(shot_dir, "shot.png"))
    png = os.path.join(shot_dir, "shot.png")
    ok = rc == 0 and os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    check("chromium takes a screenshot", ok, err)
    if ok:
        shutil.copyfile(png, SHOT)
        # A blank page compresses to a few kilobytes; a chart does not.
        check("the screenshot is not blank (%d bytes)" % os.path.getsize(SHOT), os.path.getsize(SHOT) > 40000)
        print("report: screenshot " + SHOT + " (page " + page + ")")
    escape_case(tmp, db)


def escape_case(tmp, db):
    """Titles come from scraped pages: a <script> in one is text."""
    evil = os.path.join(tmp, "evil.db")
    shutil.copyfile(db, evil)
    con = sqlite3.connect(evil)
    con.execute("PRAGMA journal_mode=DELETE")
    # The first: an article of a conflict, whose title the page writes as
    # text (the conflicts' links), not only in attributes; the second any
    # article with a rank.
    ids = [r[0] for r in con.execute(
        "WITH c AS (SELECT province, indicator, year FROM province_rankings WHERE pillar IS NULL"
        "  AND qualifier = 'exact' GROUP BY 1, 2, 3 HAVING count(DISTINCT rank) > 1)"
        " SELECT min(f.article_id) FROM province_rankings p JOIN c USING (province, indicator, year)"
        " JOIN facts f ON f.id = p.fact_id WHERE p.pillar IS NULL"
        " UNION ALL SELECT max(f.article_id) FROM province_rankings p JOIN facts f ON f.id = p.fact_id"
        " WHERE p.pillar IS NULL")]
    check("the fixtures hold a conflict to put a hostile title in", len(ids) == 2 and None not in ids
          and ids[0] != ids[1], ids)
    # No quote in the scripts: they would run were < and > alone left.
    title = "<script>document.documentElement.dataset.pwned=1</script>" \
            "<img src=x onerror=document.documentElement.dataset.pwned=2> & \"q\" 'q'"
    con.execute("UPDATE articles SET title = ? WHERE id = ?", (title, ids[0]))
    con.execute("UPDATE articles SET url = ?, doc = ? WHERE id = ?",
                ("javascript:document.documentElement.setAttribute('data-pwned','href')",
                 "javascript:alert(1)", ids[1]))
    con.commit()
    con.close()
    page = os.path.join(tmp, "evil.html")
    r = govfacts("report", "--db", evil, "-o", page)
    check("report of a database with a hostile title: exit 0", r.returncode == 0, r.stderr)
    _, text = static_checks(page, "hostile title")
    check("the <script> of the title is written escaped",
          "&lt;script&gt;document.documentElement.dataset.pwned=1&lt;/script&gt;" in text)
    check("the javascript: URL is no link", not re.search(r'href="\s*javascript:', text, re.I))
    tree, err = dom(tmp, page)
    check("chromium renders the hostile page", tree is not None, err)
    if tree is not None:
        h = tree.root.find("html")[0]
        check("the title's script and onerror never ran", "data-pwned" not in h.attrs, h.attrs)
        check("the title shows as text (a link of the conflicts)", any(n.tag == "a" and n.text == title
                                                                     for n in tree.root.walk()))
        check("the title shows in the tooltips", any(title in n.attrs.get("title", "") for n in tree.root.walk()))


def empty_case(tmp):
    empty_dir = os.path.join(tmp, "nothing")
    os.mkdir(empty_dir)
    db = os.path.join(tmp, "empty.db")
    r = govfacts("ingest", "-q", "--db", db, empty_dir)
    page = os.path.join(tmp, "empty.html")
    r = govfacts("report", "--db", db, "-o", page)
    check("report of an empty database: exit 0", r.returncode == 0, r.stderr)
    if r.returncode != 0:
        return
    t, text = static_checks(page, "empty")
    check("the empty report says there is nothing", "Nothing to show" in text and "no national rank" in text)
    check("the empty report has no chart", not t.root.find("svg") and not t.root.find("section"))
    tree, err = dom(tmp, page)
    check("chromium renders the empty report, its script runs", tree is not None and
          tree.root.find("html")[0].attrs.get("data-filters") == "ready", err)


def missing_case(tmp):
    db = os.path.join(tmp, "no-such.db")
    page = os.path.join(tmp, "missing.html")
    with open(page, "w") as f:
        f.write("the last good report\n")
    r = govfacts("report", "--db", db, "-o", page)
    check("report of a missing database: exit 3", r.returncode == 3, (r.returncode, r.stderr))
    check("the error names the database", db in r.stderr and "No such file" in r.stderr, r.stderr)
    check("no database is created", not os.path.exists(db))
    check("the output file is left as it was", open(page).read() == "the last good report\n")
    junk = os.path.join(tmp, "junk.db")
    with open(junk, "w") as f:
        f.write("not a database\n")
    r = govfacts("report", "--db", junk, "-o", page)
    check("report of a file that is no database: exit 3 naming it", r.returncode == 3 and junk in r.stderr
          and "not a database" in r.stderr, (r.returncode, r.stderr))
    check("... and the output file is left as it was", open(page).read() == "the last good report\n")
    r = govfacts("report", "--db", os.path.join(tmp, "fixtures.db"), "extra")
    check("report INPUT: a usage error (exit 2)", r.returncode == 2 and "report takes no INPUT" in r.stderr,
          r.stderr)
    r = govfacts("report", "--help")
    check("report --help says what it writes", r.returncode == 0 and "static HTML" in r.stdout, r.stdout)


def main():
    if not chromium_bin():
        print("FAIL report: chromium is not installed (mk/report.mk installs it as root: apt-get install chromium)")
        return 1
    tmp = tempfile.mkdtemp(prefix="govfacts-report-")
    try:
        fixtures_case(tmp)
        empty_case(tmp)
        missing_case(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("report: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
