/*
 * The extract stage on the seeds (plain text) and the HTML fixtures: the
 * body keeps the article and drops the furniture; the metadata is exact.
 * Fixture expectations live in fixtures/expected/NAME.{keep,drop,meta.json}.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/buf.h"
#include "../extract/extract.h"

#define SEEDS "../../shared/seeds/"

static struct article *read_ok(const char *path)
{
	struct article *a = NULL;
	char err[512];
	int rc = extract_article_read(path, NULL, &a, err, sizeof err);
	cr_assert_eq(rc, 0, "%s: %s", path, err);
	return a;
}

static char *first_seed(const char *prefix)
{
	glob_t g;
	char pat[256];
	snprintf(pat, sizeof pat, SEEDS "%s*.txt", prefix);
	cr_assert_eq(glob(pat, 0, NULL, &g), 0, "no seed %s", pat);
	char *p = strdup(g.gl_pathv[0]);
	globfree(&g);
	return p;
}

/* Lines that are furniture in the seeds' scraped text. */
static const char *const seed_furniture[] = {
	"Related news", "Same tag", "Same category", "Comment (0)", "No data", "Copyright",
	"Tel:", "Fax:", "Truy cập nội dung luôn", "No videos available", "Source:",
};

Test(extract, seeds_drop_furniture)
{
	const char *prefixes[] = { "000", "001", "002", "003", "004" };
	for (size_t i = 0; i < 5; i++) {
		char *path = first_seed(prefixes[i]);
		struct article *a = read_ok(path);
		for (size_t k = 0; k < sizeof seed_furniture / sizeof *seed_furniture; k++)
			cr_expect_null(strstr(a->text, seed_furniture[k]), "%s keeps furniture '%s'", path,
				       seed_furniture[k]);
		cr_expect_gt(a->n_sentences, 5, "%s: too few sentences", path);
		extract_article_free(&a);
		free(path);
	}
}

Test(extract, seeds_metadata)
{
	struct {
		const char *prefix, *title, *published, *url;
	} want[] = {
		{ "000", "In 2022, Quang Ngai has the greatest increase", NULL, NULL },
		{ "001", "The Provincial Digital Transformation Steering Committee organizes its first meeting",
		  "2024-03-22", NULL },
		{ "002", "Provincial Digital Transformation Steering Committee deploys tasks", "2024-06-28",
		  "https://www.quangtri.gov.vn/" },
		{ "003", "Towards a modern and transparent administration", "2025-05-28", "https://baoquangtri.vn/" },
		{ "004", "Synchronize and connect digital government", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		char *path = first_seed(want[i].prefix);
		struct article *a = read_ok(path);
		cr_expect(a->title && !strncmp(a->title, want[i].title, strlen(want[i].title)), "%s: title '%s'",
			  path, a->title ? a->title : "(null)");
		if (want[i].published)
			cr_expect(a->published && !strcmp(a->published, want[i].published), "%s: published %s", path,
				  a->published ? a->published : "(null)");
		if (want[i].url)
			cr_expect(a->url && !strncmp(a->url, want[i].url, strlen(want[i].url)), "%s: url %s", path,
				  a->url ? a->url : "(null)");
		extract_article_free(&a);
		free(path);
	}
}

Test(extract, sentences_do_not_break_on_abbreviations)
{
	const char *text = "Under Decision No. 1982/QD-UBND, Mr. Hung said the rate was 85.3 percent. "
			   "It rose e.g. in Hue. The next one starts here.\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("s.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_expect_eq(a->n_sentences, 3, "got %zu sentences", a->n_sentences);
	cr_expect_eq(a->text[a->sentences[1].start], 'I');
	extract_article_free(&a);
}

/* A dateline names where a story was filed: the paragraph's first
 * sentence starts after it; an acronym or a place in a sentence does not. */
Test(extract, sentences_start_after_datelines)
{
	static const struct {
		const char *para, *first;
	} cases[] = {
		{ "TAY NINH \xe2\x80\x93 Tay Ninh ranked 9th.", "Tay Ninh ranked" },
		{ "HA NOI (VNA) \xe2\x80\x94 The city led.", "The city" },
		{ "(BGP) - Bac Giang rose 3%.", "Bac Giang" },
		{ "Hue (VNS) - The city rose.", "The city" },
		{ "DTI \xe2\x80\x93 the index of 2024 rose.", "DTI" },
		{ "PCI \xe2\x80\x93 Bac Ninh led.", "PCI" },
		{ "Ha Giang - a province of the north - rose.", "Ha Giang" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char text[256];
		snprintf(text, sizeof text, "Headline\n%s\n", cases[i].para);
		struct article *a = NULL;
		char err[256];
		cr_assert_eq(extract_article_parse("d.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
		const struct sentence *last = &a->sentences[a->n_sentences - 1];
		cr_expect(!strncmp(a->text + last->start, cases[i].first, strlen(cases[i].first)),
			  "%s: sentence starts '%.20s'", cases[i].para, a->text + last->start);
		extract_article_free(&a);
	}
}

Test(extract, repeated_paragraphs_once)
{
	const char *text = "Title line\n\nThe caption of the photo.\nThe caption of the photo..\nBody text here.\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("r.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_expect_eq(a->n_paragraphs, 3);
	extract_article_free(&a);
}

Test(extract, refuses_binary_and_empty)
{
	struct article *a = NULL;
	char err[256];
	cr_expect_eq(extract_article_parse("x.png", "\x89PNG\r\n\x1a\n\0\0", 10, &a, err, sizeof err), -1);
	cr_expect(strstr(err, "x.png") && strstr(err, "PNG"), "message: %s", err);
	cr_expect_eq(extract_article_parse("e.txt", "", 0, &a, err, sizeof err), -1);
	cr_expect(strstr(err, "empty"), "message: %s", err);
	cr_expect_eq(extract_article_read("does/not/exist.html", NULL, &a, err, sizeof err), -1);
	cr_expect(strstr(err, "does/not/exist.html"), "message: %s", err);
	cr_expect_null(a);
}

/* libxml2's HTML parser ends a DOCTYPE at its first '>': the rest of an
 * internal subset came out as article text. */
Test(extract, doctype_internal_subset_is_not_text)
{
	const char *page = "<!DOCTYPE html [\n<!ENTITY lol \"lollollol\">\n<!-- a ] and a > -->\n"
			   "<!ENTITY lol2 \"&lol;&lol;]>&lol;\">\n<!ELEMENT p ANY>\n]>\n"
			   "<html><head><title>Doctype page</title></head><body><p>In 2023, Lam Dong "
			   "ranked 26th out of 63 provinces in the DTI.</p></body></html>\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("d.html", page, strlen(page), &a, err, sizeof err), 0, "%s", err);
	static const char *const markup[] = { "ENTITY", "lollollol", "ELEMENT", "]>", "a ] and" };
	for (size_t i = 0; i < sizeof markup / sizeof *markup; i++)
		cr_expect_null(strstr(a->text, markup[i]), "'%s' in the text: %s", markup[i], a->text);
	cr_expect(strstr(a->text, "ranked 26th out of 63"), "body lost: %s", a->text);
	cr_expect_str_eq(a->title, "Doctype page");
	extract_article_free(&a);
}

/* An element may have MAX_ATTRIBUTES (256) attributes, not one more:
 * libxml2's time grows with the square of their number.  What looks like
 * a tag inside a comment or a script is not one. */
Test(extract, element_attributes_bounded)
{
	struct buf fake = { 0 };
	buf_printf(&fake, "<b");
	for (int i = 0; i < 300; i++)
		buf_printf(&fake, " c%d", i);
	buf_printf(&fake, ">");
	for (int n = 256; n <= 257; n++) {
		struct buf page = { 0 };
		buf_printf(&page, "<html><body><!-- %s --><script>var s = '%s';</script><div", fake.data, fake.data);
		for (int i = 0; i < n; i++)
			buf_printf(&page, i % 2 ? " data-a%d='x> y'" : " a%d", i);
		buf_printf(&page, "><p>In 2023, Lam Dong ranked 26th out of 63 provinces.</p></div></body></html>");
		struct article *a = NULL;
		char err[256];
		int rc = extract_article_parse("attrs.html", page.data, page.len, &a, err, sizeof err);
		if (n == 256) {
			cr_expect_eq(rc, 0, "%s", err);
		} else {
			cr_expect_eq(rc, -1);
			cr_expect(strstr(err, "attrs.html") && strstr(err, "257 attributes"), "message: %s", err);
		}
		extract_article_free(&a);
		buf_free(&page);
	}
	buf_free(&fake);
}

Test(extract, dates)
{
	char iso[11];
	cr_expect_gt(extract_date_parse("22/03/2024 16:29", 16, iso), 0);
	cr_expect_str_eq(iso, "2024-03-22");
	cr_expect_gt(extract_date_parse("June 28, 2024", 13, iso), 0);
	cr_expect_str_eq(iso, "2024-06-28");
	cr_expect_gt(extract_date_parse("2023-09-14T10:25:00+07:00", 25, iso), 0);
	cr_expect_str_eq(iso, "2023-09-14");
	cr_expect_gt(extract_date_parse("14 September 2023", 17, iso), 0);
	cr_expect_str_eq(iso, "2023-09-14");
	cr_expect_eq(extract_date_parse("11/21 tasks", 11, iso), 0);
}

/* ==== HTML fixtures ==== */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	size_t got = fread(s, 1, (size_t)n, f);
	s[got] = '\0';
	fclose(f);
	return s;
}

/* Runs fn on each line of fixtures/expected/NAME.EXT. */
static void each_line(const char *name, const char *ext, void (*fn)(const struct article *, const char *, const char *),
		      const struct article *a)
{
	char path[512];
	snprintf(path, sizeof path, "../fixtures/expected/%s.%s", name, ext);
	char *s = slurp(path);
	cr_assert_not_null(s, "missing %s", path);
	for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n"))
		if (*line)
			fn(a, name, line);
	free(s);
}

/* A table row's snippet lists its cells ("Label | 431,870"); the text
 * labels each cell with its column's header, so the cells are looked for
 * one by one. */
static void expect_kept(const struct article *a, const char *name, const char *line)
{
	if (!strstr(line, " | ")) {
		cr_expect_not_null(strstr(a->text, line), "%s: body lost \"%s\"", name, line);
		return;
	}
	char *copy = strdup(line);
	for (char *cell = copy, *bar; cell; cell = bar ? bar + 3 : NULL) {
		bar = strstr(cell, " | ");
		if (bar)
			*bar = '\0';
		cr_expect_not_null(strstr(a->text, cell), "%s: body lost cell \"%s\" of \"%s\"", name, cell, line);
	}
	free(copy);
}

static void expect_dropped(const struct article *a, const char *name, const char *line)
{
	cr_expect_null(strstr(a->text, line), "%s: body keeps furniture \"%s\"", name, line);
}

/* A crude reader for the flat meta.json: "key": "value" or null. */
static void expect_meta(const struct article *a, const char *name, const char *json)
{
	const char *keys[] = { "title", "published", "url" };
	const char *have[] = { a->title, a->published, a->url };
	for (size_t k = 0; k < 3; k++) {
		char pat[32];
		snprintf(pat, sizeof pat, "\"%s\":", keys[k]);
		const char *p = strstr(json, pat);
		cr_assert_not_null(p, "%s: meta has no %s", name, keys[k]);
		p += strlen(pat);
		while (*p == ' ')
			p++;
		if (!strncmp(p, "null", 4)) {
			cr_expect_null(have[k], "%s: %s should be null, is %s", name, keys[k], have[k]);
			continue;
		}
		const char *e = strchr(p + 1, '"');
		cr_assert_not_null(e);
		char want[512];
		snprintf(want, sizeof want, "%.*s", (int)(e - p - 1), p + 1);
		cr_expect(have[k] && !strcmp(have[k], want), "%s: %s is \"%s\", expected \"%s\"", name, keys[k],
			  have[k] ? have[k] : "(null)", want);
	}
}

Test(extract, html_fixtures)
{
	glob_t g;
	cr_assert_eq(glob("../fixtures/*.html", 0, NULL, &g), 0);
	cr_assert_geq(g.gl_pathc, 5, "need five templates");
	for (size_t i = 0; i < g.gl_pathc; i++) {
		struct article *a = read_ok(g.gl_pathv[i]);
		char name[256];
		const char *base = strrchr(g.gl_pathv[i], '/') + 1;
		snprintf(name, sizeof name, "%.*s", (int)(strlen(base) - 5), base);
		each_line(name, "keep", expect_kept, a);
		each_line(name, "drop", expect_dropped, a);
		char path[512];
		snprintf(path, sizeof path, "../fixtures/expected/%s.meta.json", name);
		char *meta = slurp(path);
		cr_assert_not_null(meta, "missing %s", path);
		expect_meta(a, name, meta);
		free(meta);
		extract_article_free(&a);
	}
	globfree(&g);
}

/* Each page of fixtures/encoding/ is read in the encoding its bytes are
 * in, whatever it declares, and gives exactly the text of NAME.expected
 * (headline and paragraphs, NFC). */
Test(extract, encoding_fixtures)
{
	glob_t g;
	cr_assert_eq(glob("../fixtures/encoding/*.html", 0, NULL, &g), 0);
	cr_assert_geq(g.gl_pathc, 5, "need the five encoding cases");
	for (size_t i = 0; i < g.gl_pathc; i++) {
		char want_path[512];
		snprintf(want_path, sizeof want_path, "%.*s.expected", (int)(strlen(g.gl_pathv[i]) - 5), g.gl_pathv[i]);
		char *want = slurp(want_path);
		cr_assert_not_null(want, "missing %s", want_path);
		size_t n = strlen(want);
		while (n && want[n - 1] == '\n')
			want[--n] = '\0';
		struct article *a = NULL;
		char err[512];
		int rc = extract_article_read(g.gl_pathv[i], NULL, &a, err, sizeof err);
		cr_expect_eq(rc, 0, "%s: %s", g.gl_pathv[i], err);
		if (rc == 0)
			cr_expect_str_eq(a->text, want, "%s: text is\n%s", g.gl_pathv[i], a->text);
		extract_article_free(&a);
		free(want);
	}
	globfree(&g);
}

/* ==== Which block is the body ==== */

/* The body text of an HTML page given as a string ("" when refused);
 * the caller frees it. */
static char *body_of(const char *html)
{
	struct article *a = NULL;
	char err[512];
	if (extract_article_parse("page.html", html, strlen(html), &a, err, sizeof err) != 0)
		return strdup("");
	char *t = strdup(a->text);
	extract_article_free(&a);
	return t;
}

#define PARA_A "The provincial committee reviewed the work of the year, the records filed online, the new centres and the training of officials in every district of the province."
#define PARA_B "Officials said that most of the records were now settled on time, that the portal was used by more residents, and that the remaining delays were in land procedures."
#define PARA_C "The committee asked the departments to finish the connection of their software to the national database, to train staff, and to report on the results by the end of June."

/* The article in a wrapper whose class holds a furniture word, on a page
 * where it is less than half of the text: read again without the
 * class-based removal rather than lost. */
Test(extract, body_in_furniture_named_wrapper_retried)
{
	char *t = body_of("<html><head><title>Review</title></head><body>"
			  "<div class=\"menu\"><a href=\"/a\">Home page of the provincial portal and its many services</a> "
			  "<a href=\"/b\">News and events of the province, the districts and the communes</a> "
			  "<a href=\"/c\">Investment, trade, tourism and culture of the province in pictures</a> "
			  "<a href=\"/d\">Administrative procedures, public services and the citizen portal</a> "
			  "<a href=\"/e\">Documents, decisions, plans and reports of the provincial committee</a></div>"
			  "<div class=\"widget Blog\"><p>" PARA_A "</p><p>" PARA_B "</p></div>"
			  "<div>The portal of the province, edited by the office of the committee.</div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "most of the records"), "body: %s", t);
	free(t);
}

/* Body text straight in a container, between spacer divs: each run of
 * loose text is a paragraph, so the container beats a teaser block. */
Test(extract, loose_text_runs_are_paragraphs)
{
	char *t = body_of("<html><head><title>Review</title></head><body>"
			  "<div class=\"teasers\"><p><a href=\"/1\">Other news: the province opens a new bridge over the river.</a></p>"
			  "<p><a href=\"/2\">Other news: the festival of the coastal districts begins on Friday.</a></p></div>"
			  "<main id=\"x1\">" PARA_A "<div class=\"spacer\"></div>" PARA_B "<div class=\"spacer\"></div>" PARA_C
			  "</main></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments"), "body: %s", t);
	cr_expect_null(strstr(t, "new bridge"), "body: %s", t);
	free(t);
}

/* A short block whose class holds six body words is one positive class,
 * not six: the long body beats it. */
Test(extract, class_weight_capped_per_attribute)
{
	char *t = body_of("<html><head><title>Review</title></head><body>"
			  "<div class=\"top\"><div class=\"article-content main-text story-body\">"
			  "<p>Share this story with your friends today.</p></div></div>"
			  "<div class=\"x1\"><p>" PARA_A "</p><p>" PARA_B "</p><p>" PARA_C "</p><p>" PARA_A " Again.</p><p>" PARA_B
			  " Again.</p><p>" PARA_C " Again.</p><p>" PARA_A " Once more.</p><p>" PARA_B " Once more.</p></div>"
			  "</body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments"), "body: %s", t);
	cr_expect_null(strstr(t, "Share this story"), "body: %s", t);
	free(t);
}

/* A body given one paragraph per card: the cards' common ancestor is the
 * body, not the first card. */
Test(extract, body_split_over_cards_joined)
{
	char *t = body_of("<html><head><title>Review</title></head><body><div class=\"feed\">"
			  "<div class=\"card\"><div class=\"inner\"><p>" PARA_A "</p></div></div>"
			  "<div class=\"card\"><div class=\"inner\"><p>" PARA_B "</p></div></div>"
			  "<div class=\"card\"><div class=\"inner\"><p>" PARA_C "</p></div></div>"
			  "<div class=\"card\"><div class=\"inner\"><p>" PARA_A " Again.</p></div></div>"
			  "</div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments") &&
			  strstr(t, "most of the records"),
		  "body: %s", t);
	free(t);
}

/* A list of links to other stories inside the body is not body; the
 * prose around it is, links and all. */
Test(extract, links_block_inside_body_dropped)
{
	char *t = body_of("<html><head><title>Review</title></head><body><div class=\"x1\">"
			  "<p>" PARA_A "</p><p>" PARA_B " See <a href=\"/r\">the report</a>.</p>"
			  "<div class=\"x2\"><b>Read next</b><ul><li><a href=\"/1\">The province opens a new bridge over the river</a></li>"
			  "<li><a href=\"/2\">The festival of the coastal districts begins on Friday</a></li></ul></div>"
			  "<p>" PARA_C "</p></div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "See the report.") &&
			  strstr(t, "asked the departments"),
		  "body: %s", t);
	cr_expect(!strstr(t, "new bridge") && !strstr(t, "Read next"), "body: %s", t);
	free(t);
}

/* Inside the body, a slideshow's caption (named by class) and a paragraph
 * that is one link (a promotion) go; a figure's own <figcaption> stays. */
Test(extract, captions_by_class_and_promotions_dropped)
{
	char *t = body_of("<html><head><title>Review</title></head><body><div class=\"x1\">"
			  "<p>" PARA_A "</p><div class=\"slide\"><img src=\"a.jpg\"><div class=\"slide-caption\">"
			  "Delegates at the review session in the provincial hall.</div></div>"
			  "<p>" PARA_B "</p><p><a href=\"/app\">Get the portal app on your phone here</a></p>"
			  "<figure><img src=\"b.jpg\"><figcaption>Residents file records at the new centre.</figcaption></figure>"
			  "<p>" PARA_C "</p></div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments"), "body: %s", t);
	cr_expect(!strstr(t, "Delegates at the review") && !strstr(t, "portal app"), "body: %s", t);
	cr_expect_not_null(strstr(t, "Residents file records at the new centre."), "body: %s", t);
	free(t);
}

/* An embedded post (a blockquote in a wrapper named for social media, its
 * links and all) is part of the body; the share row beside it is not. */
Test(extract, embedded_post_kept)
{
	char *t = body_of("<html><head><title>Review</title></head><body><div class=\"x1\">"
			  "<p>" PARA_A "</p><div class=\"social-share\"><a href=\"/s1\">Share on the network</a></div>"
			  "<p>" PARA_B "</p><div class=\"social-media-embed\"><blockquote class=\"post\"><p>The centre "
			  "opened today: <a href=\"https://t.example/abc\">https://t.example/abc</a></p>&mdash; District office "
			  "<a href=\"https://example.org/status/1\">May 12, 2024</a></blockquote></div>"
			  "<p>" PARA_C "</p></div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments"), "body: %s", t);
	cr_expect_not_null(strstr(t, "The centre opened today"), "body: %s", t);
	cr_expect_null(strstr(t, "Share on the network"), "body: %s", t);
	free(t);
}

/* A body in two chunks of a page grid (an advertisement rail beside
 * each): the chunks are cousins, not siblings, and both are kept. */
Test(extract, body_in_two_chunks_joined)
{
	char *t = body_of("<html><head><title>Review</title></head><body><div class=\"chunks\">"
			  "<div class=\"grid\"><div class=\"item\"><p>" PARA_A "</p><p>" PARA_B "</p></div>"
			  "<div class=\"rail\"></div></div>"
			  "<div class=\"grid\"><div class=\"item\"><p>" PARA_C "</p><p>" PARA_A " Again.</p></div>"
			  "<div class=\"rail\"></div></div>"
			  "</div></body></html>");
	cr_expect(strstr(t, "reviewed the work of the year") && strstr(t, "asked the departments"), "body: %s", t);
	free(t);
}

/* The byline and the dateline inside the body are furniture; a line the
 * body repeats (a list's item, a recipe's step) is kept; the headline
 * printed again above the body is not. */
Test(extract, byline_dropped_repeats_kept_inside_body)
{
	char *t = body_of("<html><head><title>Review of the year</title></head><body><div class=\"article\">"
			  "<h1>Review of the year</h1><div class=\"byline\">Thu Ha | 12/05/2024</div><p>" PARA_A "</p>"
			  "<p>Check the record number first.</p><p>" PARA_B "</p><p>Check the record number first.</p>"
			  "<p>" PARA_C "</p></div></body></html>");
	cr_expect_null(strstr(t, "Thu Ha"), "body: %s", t);
	const char *first = strstr(t, "Check the record number first.");
	cr_expect(first && strstr(first + 1, "Check the record number first."), "body: %s", t);
	const char *title = strstr(t, "Review of the year");
	cr_expect(title && !strstr(title + 1, "Review of the year"), "body: %s", t);
	free(t);
}

/* ==== Identity: which URL is an article's doc ==== */

Test(extract, url_names_article)
{
	/* To add a case: the URL as a page gives it, and whether it names
	 * one article (FACTS.md, doc). */
	static const struct {
		const char *url;
		bool article;
	} cases[] = {
		/* home pages and language roots */
		{ "https://lamdong.gov.vn/", false },
		{ "https://lamdong.gov.vn", false },
		{ "http://www.quangtri.gov.vn//", false },
		{ "https://lamdong.gov.vn/en/", false },
		{ "https://lamdong.gov.vn/vi", false },
		{ "https://lamdong.gov.vn/?lang=en", false },
		{ "https://lamdong.gov.vn/#top", false },
		/* sections and index files */
		{ "https://lamdong.gov.vn/news/", false },
		{ "https://lamdong.gov.vn/vi/tin-tuc", false },
		{ "https://lamdong.gov.vn/en/news/digital-transformation/", false },
		{ "https://angiang.gov.vn/vi/tin-tuc-su-kien", false },
		{ "https://angiang.gov.vn/vi/cai-cach-hanh-chinh/", false },
		{ "https://angiang.gov.vn/vi/t%E1%BB%A9c-t%E1%BB%A9c", false },
		{ "https://lamdong.gov.vn/index.html", false },
		{ "https://lamdong.gov.vn/en/Index.aspx", false },
		{ "https://lamdong.gov.vn/sites/en/news/Pages/default.aspx", false },
		{ "https://lamdong.gov.vn/en/home", false },
		/* a year, a month, a page of a listing */
		{ "https://stttt.bacgiang.gov.vn/en/2024/", false },
		{ "https://stttt.bacgiang.gov.vn/en/2024/07/", false },
		{ "https://lamdong.gov.vn/news/page/2/", false },
		/* relative, or not a web address */
		{ "/", false },
		{ "index.html", false },
		{ "/en/news/lam-dong-ranks-10th-12345.html", false },
		{ "//lamdong.gov.vn/en/news/lam-dong-ranks-10th-12345.html", false },
		{ "ftp://lamdong.gov.vn/news/lam-dong-ranks-10th-12345.html", false },
		{ "https:///news/lam-dong-ranks-10th-12345.html", false },
		{ "", false },
		{ NULL, false },
		/* articles: an id or a date in the last segment */
		{ "https://hungyen.gov.vn/en/news/hung-yen-reviews-a-year-12874", true },
		{ "https://en.vpa.vn/society/nghe-an-brings-digital-services-p287104.vpa", true },
		{ "https://www.bbc.com/news/newsbeat-50470672", true },
		{ "https://www.inexhibit.com/marker/54885/", true },
		{ "https://baoquangtri.vn/huong-den-nen-hanh-chinh-193916.htm", true },
		{ "https://stttt.bacgiang.gov.vn/en/2024/07/02/bac-giang-climbs-in-the-dti-2023/", true },
		{ "HTTPS://LAMDONG.GOV.VN/NEWS/LAM-DONG-12345.HTML", true },
		/* articles: a headline of five words or more */
		{ "https://www.vietnam.vn/en/can-tho-leads-the-mekong-delta-in-digital-transformation", true },
		{ "https://longread.phutho.gov.vn/en/one-province-three-starting-points/", true },
		{ "https://vietnam.vn/en/thuc-day-thanh-toan-khong-dung-tien-mat", true },
		{ "https://x.vn/en/one%20province%20three%20starting%20points", true },
		/* articles: an id in the query */
		{ "https://english.mic.gov.vn/Pages/TinTuc/tinchitiet.aspx?tintucid=12345", true },
		{ "https://lamdong.gov.vn/index.php?option=com_content&id=123#comments", true },
		{ "https://lamdong.gov.vn/?p=4471", true },
		/* a digit in the host or a fragment names nothing */
		{ "https://so4.lamdong.gov.vn/news/", false },
		{ "https://lamdong.gov.vn/news/#item-12", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		cr_expect_eq(extract_url_names_article(cases[i].url), cases[i].article, "%s: expected %s",
			     cases[i].url ? cases[i].url : "(null)", cases[i].article ? "an article" : "no article");
}

/* A page whose head names a URL (og:url and canonical as given). */
static struct article *page_with(const char *name, const char *head)
{
	char html[1024];
	snprintf(html, sizeof html,
		 "<html><head>%s<title>Lam Dong DTI</title></head><body><article><h1>Lam Dong DTI</h1>"
		 "<p>Lam Dong ranked 12th out of 63 provinces in the DTI 2023.</p></article></body></html>",
		 head);
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse(name, html, strlen(html), &a, err, sizeof err), 0, "%s", err);
	return a;
}

Test(extract, doc_is_an_article_url_else_the_canonical_path)
{
	char *canonical = realpath("test_extract.c", NULL);
	cr_assert_not_null(canonical, "run from tests/");
	static const struct {
		const char *head, *url, *doc; /* doc NULL: the canonical path */
	} cases[] = {
		{ "<meta property=\"og:url\" content=\"https://lamdong.gov.vn/news/dti-2023-123.html\">",
		  "https://lamdong.gov.vn/news/dti-2023-123.html", "https://lamdong.gov.vn/news/dti-2023-123.html" },
		{ "<meta property=\"og:url\" content=\"https://lamdong.gov.vn/\">", "https://lamdong.gov.vn/", NULL },
		{ "<link rel=\"canonical\" href=\"/\">", "/", NULL },
		{ "<link rel=\"canonical\" href=\"index.html\">", "index.html", NULL },
		/* the home page in og:url, the article in the canonical link */
		{ "<meta property=\"og:url\" content=\"https://lamdong.gov.vn/\">"
		  "<link rel=\"canonical\" href=\"https://lamdong.gov.vn/news/dti-2023-123.html\">",
		  "https://lamdong.gov.vn/news/dti-2023-123.html", "https://lamdong.gov.vn/news/dti-2023-123.html" },
		{ "", NULL, NULL },
	};
	/* Three spellings of one file, one canonical path. */
	const char *names[] = { "test_extract.c", "./test_extract.c", canonical };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
			struct article *a = page_with(names[n], cases[i].head);
			cr_expect_str_eq(a->file, names[n]);
			cr_expect_str_eq(a->path, canonical, "%s: path %s", names[n], a->path);
			if (cases[i].url)
				cr_expect(a->url && !strcmp(a->url, cases[i].url), "case %zu: url %s", i, a->url);
			else
				cr_expect_null(a->url, "case %zu: url %s", i, a->url);
			cr_expect_str_eq(a->doc, cases[i].doc ? cases[i].doc : canonical, "case %zu", i);
			extract_article_free(&a);
		}
	}
	/* A name that resolves to nothing (gone, a pipe) is its own path. */
	struct article *a = page_with("no/such/page.html", "");
	cr_expect_str_eq(a->path, "no/such/page.html");
	cr_expect_str_eq(a->doc, "no/such/page.html");
	extract_article_free(&a);
	free(canonical);
}

/* A scraper's text: a "Related:" line heads the site's list of links and
 * ends the article; "Related: X" on one line inside the body is only that
 * line; a byline's date is found among its times and counters. */
Test(extract, text_related_lists_and_bylines)
{
	const char *text = "Cao Bang opens 5G\n"
			   "Posted date: 04/11/2025 | 09:12 | Views: 2,118\n"
			   "Cao Bang has put 412 5G stations into operation.\n"
			   "Related: Lang Son counts 300 5G stations\n"
			   "The province plans 600 more by 2027.\n"
			   "Related:\n"
			   "Seven things to know about 5G in the north\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("t.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_expect_not_null(strstr(a->text, "600 more by 2027"), "the body after an inline related link is kept");
	cr_expect_null(strstr(a->text, "Lang Son counts"), "an inline related link is furniture");
	cr_expect_null(strstr(a->text, "Seven things"), "the list after a 'Related:' line is not body");
	cr_expect_str_eq(a->published ? a->published : "", "2025-11-04");
	extract_article_free(&a);
}

Test(extract, text_tables_cut_at_pipes_or_dashes)
{
	/* A header row labels the cells below it, whichever separator the
	 * scraper kept; a sentence with two dashes in it is no table. */
	const char *text = "Scores of Kon Tum\n"
			   "Component \xe2\x80\x93 Score \xe2\x80\x93 Maximum\n"
			   "Land access \xe2\x80\x93 6.42 \xe2\x80\x93 10.00\n"
			   "Year | 2023 | 2024\n"
			   "Entry costs | 7.07 | 7.21\n"
			   "Revenue \xe2\x80\x93 the largest item \xe2\x80\x93 rose 5%.\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("t.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_expect_not_null(strstr(a->text, "Land access | Score: 6.42 | Maximum: 10.00"), "%s", a->text);
	cr_expect_not_null(strstr(a->text, "Entry costs | 2023: 7.07 | 2024: 7.21"), "%s", a->text);
	cr_expect_not_null(strstr(a->text, "Revenue \xe2\x80\x93 the largest item \xe2\x80\x93 rose 5%."), "%s", a->text);
	extract_article_free(&a);
}

/* The role of a text line: a short line that ends no sentence is a
 * heading (unless it was broken off a sentence, names a period or is a
 * byline), a line with a list marker is an item. */
static int text_role(const struct article *a, const char *line)
{
	const char *at = strstr(a->text, line);
	if (!at)
		return -1;
	size_t off = (size_t)(at - a->text);
	for (size_t i = 0; i < a->n_sentences; i++)
		if (a->sentences[i].start <= off && off < a->sentences[i].end)
			return (int)a->sentences[i].role;
	return -1;
}

Test(extract, text_headings_and_items)
{
	const char *text = "Khanh Hoa sums up 2025\n"
			   "By Thu Hien\n"
			   "The province grew 7.2% in 2025.\n"
			   "Tasks for 2026\n"
			   "The Committee set the following targets:\n"
			   "- GRDP growth of 10% or more;\n"
			   "2. State budget revenue of VND 35 trillion;\n"
			   "Regarding the\n"
			   "Scores during 2011-2020 period\n"
			   "Results in 2024 | 2025\n";
	struct article *a = NULL;
	char err[256];
	cr_assert_eq(extract_article_parse("t.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_expect_eq(text_role(a, "Tasks for 2026"), SENTENCE_HEADING);
	cr_expect_eq(text_role(a, "- GRDP growth"), SENTENCE_ITEM);
	cr_expect_eq(text_role(a, "2. State budget"), SENTENCE_ITEM);
	cr_expect_eq(text_role(a, "The province grew"), SENTENCE_TEXT);
	cr_expect_eq(text_role(a, "The Committee set"), SENTENCE_TEXT);
	cr_expect_eq(text_role(a, "Regarding the"), SENTENCE_TEXT, "a line broken off a sentence");
	cr_expect_eq(text_role(a, "Scores during"), SENTENCE_TEXT, "a period is no section's year");
	cr_expect_eq(text_role(a, "Results in 2024"), SENTENCE_TEXT, "a table row");
	extract_article_free(&a);
}

/* A photo's caption printed again as a paragraph below it is one
 * paragraph; the caption itself is kept (portals put facts in it). */
Test(extract, caption_printed_twice_once)
{
	char *t = body_of("<html><head><title>Review of the year</title></head><body><div class=\"article\">"
			  "<h1>Review of the year</h1><p>" PARA_A "</p><figure><img src=\"a.jpg\">"
			  "<figcaption>Staff guide residents at the centre, where 95% of fees are paid online. "
			  "(Photo: VNA)</figcaption></figure><p class=\"note\">Staff guide residents at the centre, "
			  "where 95% of fees are paid online. (Photo: VNA)</p><p>" PARA_B "</p></div></body></html>");
	const char *first = strstr(t, "Staff guide residents");
	cr_expect(first && !strstr(first + 1, "Staff guide residents"), "body: %s", t);
	cr_expect_not_null(strstr(t, "The provincial committee"), "body: %s", t);
	free(t);
}
