/*
 * cli_report: govfacts report, one static HTML page of the ranks in a
 * database.  Per indicator: a line chart (inline SVG, one polyline per
 * province, rank 1 at the top, years across), the ranks by year as a
 * table, the biggest movers between each province's two latest years and
 * the conflicts (two different ranks claimed for one year), every figure
 * a link to the article that states it.  Filters by indicator and by
 * province are a small inline script that hides and shows; the page
 * needs no server and no network (no external style, font, image or
 * script), and reads the same without the script, everything shown.
 *
 * The ranks come from the load stage's report readers (the ranking
 * views: national ranks only), gathered here into a small model, then
 * written.  Every string from the database (titles, names, URLs) is
 * escaped for HTML; a link is written only for an http(s) URL or a
 * file's absolute path (file://), never for another scheme
 * (javascript:...).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../common/text.h"

/* ==== The model ==== */

/* A rank as it is shown: one per province and year (chosen), or one per
 * claimed rank and article (conflicts). */
struct claim {
	char *province;
	int year;
	long long rank, total, mentions;
	bool bound;     /* qualifier not "exact": "top N" */
	bool conflict;  /* the year has another exact rank (chosen claims) */
	char *title, *url, *doc, *published;
};

struct series {
	char *province;
	struct claim *pts; /* by year */
	size_t n, cap;
	unsigned colour;   /* hue, degrees */
};

struct indicator {
	char *code, *name;
	struct series *s; /* by province */
	size_t n, cap;
	struct claim *conf; /* by province, year, rank */
	size_t nconf, capconf;
	int ymin, ymax;
	long long rmax;
};

struct report {
	struct indicator *ind; /* by code */
	size_t n, cap;
	size_t ranks, conflicts; /* province-years; conflicting province-years */
};

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void claim_from_row(struct claim *c, const struct load_rank_row *r)
{
	*c = (struct claim){
		.province = xstrdup(r->province),
		.year = r->year,
		.rank = r->rank,
		.total = r->total,
		.mentions = r->mentions,
		.bound = strcmp(r->qualifier, "exact") != 0,
		.title = dup_or_null(r->title),
		.url = dup_or_null(r->url),
		.doc = dup_or_null(r->doc),
		.published = dup_or_null(r->published),
	};
}

static void claim_free(struct claim *c)
{
	free(c->province);
	free(c->title);
	free(c->url);
	free(c->doc);
	free(c->published);
}

#define GROW(arr, n, cap)                                                           \
	do {                                                                        \
		if ((n) == (cap)) {                                                 \
			(cap) = (cap) ? 2 * (cap) : 8;                              \
			(arr) = xrealloc((arr), (cap) * sizeof *(arr));              \
		}                                                                   \
	} while (0)

/* The indicator of code, added (empty) when the report has none yet. */
static struct indicator *indicator_of(struct report *rep, const char *code, const char *name)
{
	for (size_t i = 0; i < rep->n; i++)
		if (!strcmp(rep->ind[i].code, code))
			return &rep->ind[i];
	GROW(rep->ind, rep->n, rep->cap);
	struct indicator *ind = &rep->ind[rep->n++];
	*ind = (struct indicator){ .code = xstrdup(code), .name = xstrdup(name ? name : code) };
	return ind;
}

static int gather_rank(void *ctx, const struct load_rank_row *r)
{
	struct report *rep = ctx;
	struct indicator *ind = indicator_of(rep, r->indicator, r->indicator_name);
	/* Rows come by indicator, province, year: a new province is a new
	 * series at the end. */
	if (!ind->n || strcmp(ind->s[ind->n - 1].province, r->province)) {
		GROW(ind->s, ind->n, ind->cap);
		ind->s[ind->n++] = (struct series){ .province = xstrdup(r->province) };
	}
	struct series *s = &ind->s[ind->n - 1];
	GROW(s->pts, s->n, s->cap);
	claim_from_row(&s->pts[s->n++], r);
	if (ind->n == 1 && s->n == 1)
		ind->ymin = ind->ymax = r->year;
	ind->ymin = r->year < ind->ymin ? r->year : ind->ymin;
	ind->ymax = r->year > ind->ymax ? r->year : ind->ymax;
	/* The axis reaches the last place of the field when it is known
	 * (63, 34), else the lowest rank claimed. */
	ind->rmax = r->rank > ind->rmax ? r->rank : ind->rmax;
	ind->rmax = r->total > ind->rmax ? r->total : ind->rmax;
	rep->ranks++;
	return 0;
}

static int gather_conflict(void *ctx, const struct load_rank_row *r)
{
	struct report *rep = ctx;
	struct indicator *ind = indicator_of(rep, r->indicator, r->indicator_name);
	GROW(ind->conf, ind->nconf, ind->capconf);
	struct claim *c = &ind->conf[ind->nconf++];
	claim_from_row(c, r);
	if (ind->nconf == 1 || strcmp(ind->conf[ind->nconf - 2].province, c->province) ||
	    ind->conf[ind->nconf - 2].year != c->year)
		rep->conflicts++;
	for (size_t i = 0; i < ind->n; i++) {
		struct series *s = &ind->s[i];
		if (strcmp(s->province, c->province))
			continue;
		for (size_t j = 0; j < s->n; j++)
			if (s->pts[j].year == c->year)
				s->pts[j].conflict = true;
	}
	return 0;
}

static void report_free(struct report *rep)
{
	for (size_t i = 0; i < rep->n; i++) {
		struct indicator *ind = &rep->ind[i];
		for (size_t j = 0; j < ind->n; j++) {
			for (size_t k = 0; k < ind->s[j].n; k++)
				claim_free(&ind->s[j].pts[k]);
			free(ind->s[j].pts);
			free(ind->s[j].province);
		}
		for (size_t j = 0; j < ind->nconf; j++)
			claim_free(&ind->conf[j]);
		free(ind->s);
		free(ind->conf);
		free(ind->code);
		free(ind->name);
	}
	free(rep->ind);
}

/* ==== Writing HTML ==== */

/* s as HTML text or a quoted attribute's value: valid UTF-8 (text_safe),
 * the five characters that mean something escaped, control characters
 * (which HTML does not allow) as spaces. */
static void put_html(FILE *out, const char *s)
{
	if (!s)
		return;
	struct buf tmp = { 0 };
	size_t n = strlen(s);
	s = text_safe(&tmp, s, &n, TEXT_UTF8);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ? ' ' : c, out);
		}
	}
	buf_free(&tmp);
}

static bool has_scheme(const char *s, const char *scheme)
{
	return s && !strncasecmp(s, scheme, strlen(scheme));
}

/* Writes ' href="..."' for the article of c and returns true, or nothing
 * and false when it has no address a reader may follow: its URL when
 * http(s), else its doc when that is one, else the file's absolute path
 * as a file:// URL (bytes outside the unreserved set percent-encoded). */
static bool put_href(FILE *out, const struct claim *c)
{
	const char *u = NULL;
	if (has_scheme(c->url, "http://") || has_scheme(c->url, "https://"))
		u = c->url;
	else if (has_scheme(c->doc, "http://") || has_scheme(c->doc, "https://"))
		u = c->doc;
	if (u) {
		fputs(" href=\"", out);
		put_html(out, u);
		fputc('"', out);
		return true;
	}
	if (!c->doc || c->doc[0] != '/')
		return false;
	fputs(" href=\"file://", out);
	for (const unsigned char *p = (const unsigned char *)c->doc; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p))
			fputc(*p, out);
		else
			fprintf(out, "%%%02X", *p);
	}
	fputc('"', out);
	return true;
}

/* "24" or "top 10", and " of 63" when the total is known. */
static void put_rank(FILE *out, const struct claim *c, bool with_total)
{
	fprintf(out, c->bound ? "top %lld" : "%lld", c->rank);
	if (with_total && c->total > 0)
		fprintf(out, " of %lld", c->total);
}

/* A tooltip: the rank, the article's title and date, how many facts. */
static void put_tooltip(FILE *out, const char *province, const struct claim *c)
{
	put_html(out, province);
	fprintf(out, ", %d: ", c->year);
	put_rank(out, c, true);
	fputs(" \xe2\x80\x94 ", out);
	put_html(out, c->title ? c->title : c->doc);
	if (c->published) {
		fputs(" (", out);
		put_html(out, c->published);
		fputc(')', out);
	}
	if (c->mentions > 1)
		fprintf(out, ", stated %lld times", c->mentions);
	if (c->conflict)
		fputs("; other ranks are claimed for this year (see conflicts)", out);
}

/* A link to the article of c around its rank. */
static void put_rank_link(FILE *out, const char *province, const struct claim *c, bool with_total)
{
	fputs("<a", out);
	put_href(out, c);
	fputs(" title=\"", out);
	put_tooltip(out, province, c);
	fputs("\">", out);
	put_rank(out, c, with_total);
	fputs("</a>", out);
}

/* ==== The chart ==== */

enum { CHART_W = 960, CHART_H = 380, CHART_L = 48, CHART_R = 16, CHART_T = 18, CHART_B = 40 };

struct axes {
	int ymin, ymax;
	long long rmax;
};

static double x_of(const struct axes *a, int year)
{
	if (a->ymax == a->ymin)
		return CHART_L + (CHART_W - CHART_L - CHART_R) / 2.0;
	return CHART_L + (double)(year - a->ymin) * (CHART_W - CHART_L - CHART_R) / (a->ymax - a->ymin);
}

/* Rank 1 at the top. */
static double y_of(const struct axes *a, long long rank)
{
	return CHART_T + (double)(rank - 1) * (CHART_H - CHART_T - CHART_B) / (double)(a->rmax - 1);
}

static void axis_tick(FILE *out, const struct axes *a, long long rank)
{
	double y = y_of(a, rank);
	fprintf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", CHART_L, CHART_W - CHART_R, y, y);
	fprintf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%lld</text>", CHART_L - 6, y + 4, rank);
}

static void chart_axes(FILE *out, const struct axes *a)
{
	long long step = a->rmax <= 20 ? 5 : 10, last = 1;
	fputs("<g class=\"axis\">", out);
	/* 1, every step, and the last place unless a step is near it. */
	axis_tick(out, a, 1);
	for (long long r = step; r <= a->rmax; r += step)
		axis_tick(out, a, last = r);
	if (a->rmax - last > step / 3)
		axis_tick(out, a, a->rmax);
	int ystep = a->ymax - a->ymin > 12 ? 2 : 1;
	for (int yr = a->ymin; yr <= a->ymax; yr += ystep)
		fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x_of(a, yr),
			CHART_H - CHART_B + 18, yr);
	fprintf(out, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">rank</text>",
		(CHART_H - CHART_B + CHART_T) / 2, (CHART_H - CHART_B + CHART_T) / 2);
	fputs("</g>", out);
}

/* One group per province: its polyline, then a marker per year (filled
 * for an exact rank, hollow for a bound), each a link to its article. */
static void chart_series(FILE *out, const struct axes *a, const struct series *s)
{
	fputs("<g class=\"series\" data-province=\"", out);
	put_html(out, s->province);
	fprintf(out, "\" style=\"--c:hsl(%u,68%%,38%%)\"><polyline class=\"rank-line\" points=\"", s->colour);
	for (size_t i = 0; i < s->n; i++)
		fprintf(out, "%s%.1f,%.1f", i ? " " : "", x_of(a, s->pts[i].year), y_of(a, s->pts[i].rank));
	fputs("\"><title>", out);
	put_html(out, s->province);
	fputs("</title></polyline>", out);
	for (size_t i = 0; i < s->n; i++) {
		const struct claim *c = &s->pts[i];
		fputs("<a", out);
		put_href(out, c);
		fprintf(out, "><circle class=\"%s%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>", c->bound ? "bound" : "exact",
			c->conflict ? " conflict" : "", x_of(a, c->year), y_of(a, c->rank));
		put_tooltip(out, s->province, c);
		fputs("</title></circle></a>", out);
	}
	fputs("</g>", out);
}

static void write_chart(FILE *out, const struct indicator *ind)
{
	struct axes a = { ind->ymin, ind->ymax, ind->rmax < 10 ? 10 : ind->rmax };
	fprintf(out, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", CHART_W, CHART_H);
	put_html(out, ind->name);
	fputs(": national rank of each province by year, 1 at the top\">", out);
	chart_axes(out, &a);
	for (size_t i = 0; i < ind->n; i++)
		chart_series(out, &a, &ind->s[i]);
	fputs("</svg>\n<p class=\"legend\">", out);
	for (size_t i = 0; i < ind->n; i++) {
		fputs("<button type=\"button\" data-province=\"", out);
		put_html(out, ind->s[i].province);
		fprintf(out, "\" style=\"--c:hsl(%u,68%%,38%%)\">", ind->s[i].colour);
		put_html(out, ind->s[i].province);
		fputs("</button>", out);
	}
	fputs("</p>\n", out);
}

/* ==== The tables ==== */

/* The years of ind that hold a rank, ascending; *n of them (the caller
 * frees). */
static int *years_of(const struct indicator *ind, size_t *n)
{
	size_t span = (size_t)(ind->ymax - ind->ymin + 1);
	bool *seen = xcalloc(span, 1);
	for (size_t i = 0; i < ind->n; i++)
		for (size_t j = 0; j < ind->s[i].n; j++)
			seen[ind->s[i].pts[j].year - ind->ymin] = true;
	int *years = xmalloc(span * sizeof *years);
	*n = 0;
	for (size_t k = 0; k < span; k++)
		if (seen[k])
			years[(*n)++] = ind->ymin + (int)k;
	free(seen);
	return years;
}

static void write_rank_table(FILE *out, const struct indicator *ind)
{
	size_t ny;
	int *years = years_of(ind, &ny);
	fputs("<h3>Ranks by year</h3>\n<div class=\"scroll\"><table class=\"ranks\"><thead><tr><th>Province</th>",
	      out);
	for (size_t k = 0; k < ny; k++)
		fprintf(out, "<th>%d</th>", years[k]);
	fputs("</tr></thead><tbody>\n", out);
	for (size_t i = 0; i < ind->n; i++) {
		const struct series *s = &ind->s[i];
		fputs("<tr data-province=\"", out);
		put_html(out, s->province);
		fprintf(out, "\"><th><span class=\"swatch\" style=\"--c:hsl(%u,68%%,38%%)\"></span>", s->colour);
		put_html(out, s->province);
		fputs("</th>", out);
		size_t j = 0;
		for (size_t k = 0; k < ny; k++) {
			if (j < s->n && s->pts[j].year == years[k]) {
				const struct claim *c = &s->pts[j++];
				fprintf(out, "<td%s>", c->conflict ? " class=\"conflict\"" : "");
				put_rank_link(out, s->province, c, false);
				if (c->conflict)
					fprintf(out, "<a class=\"flag\" href=\"#conflicts-%s\" title=\"other ranks claimed\">"
						"\xe2\x89\xa0</a>", ind->code);
				fputs("</td>", out);
			} else {
				fputs("<td></td>", out);
			}
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody></table></div>\n", out);
	free(years);
}

/* A province's move between its two latest years: positive climbed. */
struct move {
	const struct series *s;
	const struct claim *from, *to;
	long long change;
};

static int move_cmp(const void *pa, const void *pb)
{
	const struct move *a = pa, *b = pb;
	long long da = llabs(a->change), db = llabs(b->change);
	if (da != db)
		return da < db ? 1 : -1;
	return strcmp(a->s->province, b->s->province);
}

#define MOVERS_SHOWN 10

/* The biggest movers: the provinces whose two latest years both hold an
 * exact rank that differs, by how far they moved. */
static void write_movers(FILE *out, const struct indicator *ind)
{
	struct move *m = xmalloc((ind->n + 1) * sizeof *m);
	size_t n = 0;
	for (size_t i = 0; i < ind->n; i++) {
		const struct series *s = &ind->s[i];
		if (s->n < 2 || s->pts[s->n - 1].bound || s->pts[s->n - 2].bound)
			continue;
		long long change = s->pts[s->n - 2].rank - s->pts[s->n - 1].rank;
		if (change)
			m[n++] = (struct move){ s, &s->pts[s->n - 2], &s->pts[s->n - 1], change };
	}
	qsort(m, n, sizeof *m, move_cmp);
	fputs("<h3>Biggest movers</h3>\n", out);
	if (!n) {
		fputs("<p class=\"none\">No province has two exact ranks in its two latest years that differ.</p>\n",
		      out);
		free(m);
		return;
	}
	fputs("<p class=\"note\">Between each province&#39;s two latest years with a rank; ranks out of different "
	      "totals (63 provinces before July 2025, 34 after) are not alike.</p>\n"
	      "<table class=\"movers\"><thead><tr><th>Province</th><th>From</th><th>To</th><th>Change</th>"
	      "</tr></thead><tbody>\n", out);
	for (size_t i = 0; i < n && i < MOVERS_SHOWN; i++) {
		fputs("<tr data-province=\"", out);
		put_html(out, m[i].s->province);
		fputs("\"><th>", out);
		put_html(out, m[i].s->province);
		fprintf(out, "</th><td>%d: ", m[i].from->year);
		put_rank_link(out, m[i].s->province, m[i].from, true);
		fprintf(out, "</td><td>%d: ", m[i].to->year);
		put_rank_link(out, m[i].s->province, m[i].to, true);
		fprintf(out, "</td><td class=\"%s\">%s %lld</td></tr>\n", m[i].change > 0 ? "up" : "down",
			m[i].change > 0 ? "\xe2\x96\xb2" : "\xe2\x96\xbc", llabs(m[i].change));
	}
	fputs("</tbody></table>\n", out);
	free(m);
}

/* One row per province and year, each claimed rank with the articles
 * that state it. */
static void write_conflicts(FILE *out, const struct indicator *ind)
{
	fprintf(out, "<h3 id=\"conflicts-%s\">Conflicts</h3>\n", ind->code);
	if (!ind->nconf) {
		fputs("<p class=\"none\">No province has two different ranks claimed for one year.</p>\n", out);
		return;
	}
	fputs("<table class=\"conflicts\"><thead><tr><th>Province</th><th>Year</th><th>Claimed ranks and the "
	      "articles that state them</th></tr></thead><tbody>\n", out);
	for (size_t i = 0; i < ind->nconf;) {
		const struct claim *c = &ind->conf[i];
		fputs("<tr data-province=\"", out);
		put_html(out, c->province);
		fputs("\"><th>", out);
		put_html(out, c->province);
		fprintf(out, "</th><td>%d</td><td><ul>", c->year);
		size_t j = i;
		for (; j < ind->nconf && !strcmp(ind->conf[j].province, c->province) && ind->conf[j].year == c->year;
		     j++) {
			const struct claim *k = &ind->conf[j];
			if (j == i || k->rank != ind->conf[j - 1].rank) {
				fputs(j == i ? "<li><b>" : "</li><li><b>", out);
				put_rank(out, k, true);
				fputs("</b>: ", out);
			} else {
				fputs("; ", out);
			}
			fputs("<a", out);
			put_href(out, k);
			fputs(">", out);
			put_html(out, k->title ? k->title : k->doc);
			fputs("</a>", out);
			if (k->published) {
				fputs(" <span class=\"date\">", out);
				put_html(out, k->published);
				fputs("</span>", out);
			}
		}
		fputs("</li>", out);
		fputs("</ul></td></tr>\n", out);
		i = j;
	}
	fputs("</tbody></table>\n", out);
}

/* ==== The page ==== */

/* No font, image or style from elsewhere: the system's sans-serif. */
static const char page_style[] =
	"body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:0;"
	"color:#1d232a;background:#f6f7f9}\n"
	"header,main{max-width:1100px;margin:0 auto;padding:0 20px}\n"
	"header{padding-top:18px}h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0 0 8px}\n"
	"h3{font-size:15px;margin:18px 0 6px}.meta{color:#5a6470;margin:0 0 10px}\n"
	"#filters{position:sticky;top:0;z-index:2;background:#f6f7f9;padding:8px 0;border-bottom:1px solid #dde1e6;"
	"display:flex;gap:16px;flex-wrap:wrap;align-items:center}\n"
	"#filters select{font:inherit;padding:2px 4px}#shown{color:#5a6470}\n"
	"nav{margin:10px 0}nav a{margin-right:12px}\n"
	"section.indicator{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:14px 18px;"
	"margin:16px 0}\n"
	"svg.chart{width:100%;max-width:960px;height:auto;display:block}\n"
	".axis line{stroke:#e3e6ea}.axis text{font-size:11px;fill:#5a6470}\n"
	".series{color:var(--c)}.series a{color:inherit}.series polyline{fill:none;stroke:currentColor;stroke-width:1.8;opacity:.85}\n"
	".series:hover polyline{stroke-width:3.5;opacity:1}.series circle{stroke:currentColor;stroke-width:1.5}\n"
	".series circle.exact{fill:currentColor}.series circle.bound{fill:#fff}\n"
	".series circle.conflict{stroke:#c0262d;stroke-width:2.5}\n"
	".legend{display:flex;flex-wrap:wrap;gap:4px 6px;margin:6px 0 0}\n"
	".legend button{font:12px/1.4 inherit;border:1px solid #d0d5db;background:#fff;border-radius:10px;"
	"padding:1px 8px 1px 6px;cursor:pointer}\n"
	".legend button::before,.swatch{content:'';display:inline-block;width:9px;height:9px;border-radius:50%;"
	"background:var(--c);margin-right:5px}\n"
	".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:13px}\n"
	"th,td{border-bottom:1px solid #e6e9ed;padding:3px 8px;text-align:left;vertical-align:top}\n"
	"table.ranks td{text-align:right;min-width:34px}thead th{background:#f0f2f5}\n"
	"td.conflict{background:#fdecec}.flag{color:#c0262d;text-decoration:none;margin-left:2px}\n"
	"td.up{color:#1a7f37}td.down{color:#c0262d}.note,.none,.date{color:#5a6470}\n"
	"ul{margin:0;padding-left:18px}a{color:#0b5cad}.off{display:none!important}\n"
	".empty{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:20px;margin:16px 0}\n";

/* The filters: hides what does not match, by the data-indicator of each
 * section and the data-province of each line, row and legend button;
 * a legend button picks its province; the choice is kept in the
 * address (#indicator=DTI&province=An%20Giang) so a filtered page can be
 * linked to and reloaded.  Reads nothing but the page. */
static const char page_script[] =
	"(function(){\n"
	"var fi=document.getElementById('f-indicator'),fp=document.getElementById('f-province'),"
	"shown=document.getElementById('shown');\n"
	"function each(sel,fn){Array.prototype.forEach.call(document.querySelectorAll(sel),fn);}\n"
	"function has(sel,v){return Array.prototype.some.call(sel.options,function(o){return o.value===v;});}\n"
	"function apply(){\n"
	" var i=fi?fi.value:'',p=fp?fp.value:'',secs=0,lines=0;\n"
	" each('section[data-indicator]',function(s){var off=!!i&&s.getAttribute('data-indicator')!==i;"
	"s.classList.toggle('off',off);if(!off)secs++;});\n"
	" each('[data-province]',function(e){if(e.tagName.toLowerCase()==='button')"
	"{e.setAttribute('aria-pressed',String(!!p&&e.getAttribute('data-province')===p));return;}"
	"e.classList.toggle('off',!!p&&e.getAttribute('data-province')!==p);});\n"
	" each('section[data-indicator]:not(.off) g.series:not(.off)',function(){lines++;});\n"
	" if(shown)shown.textContent=secs+' indicator'+(secs===1?'':'s')+', '+lines+' line'+(lines===1?'':'s');\n"
	" var h=[];if(i)h.push('indicator='+encodeURIComponent(i));if(p)h.push('province='+encodeURIComponent(p));\n"
	" try{history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname+location.search);}catch(e){}\n"
	"}\n"
	"function fromHash(){\n"
	" location.hash.replace(/^#/,'').split('&').forEach(function(kv){\n"
	"  var k=kv.split('=')[0],v;try{v=decodeURIComponent(kv.slice(k.length+1));}catch(e){return;}\n"
	"  if(k==='indicator'&&fi&&has(fi,v))fi.value=v;if(k==='province'&&fp&&has(fp,v))fp.value=v;});\n"
	"}\n"
	"if(fi)fi.addEventListener('change',apply);if(fp)fp.addEventListener('change',apply);\n"
	"each('.legend button',function(b){b.addEventListener('click',function(){"
	"var v=b.getAttribute('data-province');fp.value=fp.value===v?'':v;apply();});});\n"
	"window.addEventListener('hashchange',function(){fromHash();apply();});\n"
	"fromHash();apply();document.documentElement.setAttribute('data-filters','ready');\n"
	"})();\n";

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every province with a rank, sorted, each once (the caller frees the
 * array, not the names: the series own them). */
static const char **provinces_of(const struct report *rep, size_t *n)
{
	size_t cap = 0;
	for (size_t i = 0; i < rep->n; i++)
		cap += rep->ind[i].n;
	const char **all = xmalloc((cap + 1) * sizeof *all);
	size_t k = 0;
	for (size_t i = 0; i < rep->n; i++)
		for (size_t j = 0; j < rep->ind[i].n; j++)
			all[k++] = rep->ind[i].s[j].province;
	qsort(all, k, sizeof *all, str_cmp);
	*n = 0;
	for (size_t i = 0; i < k; i++)
		if (!*n || strcmp(all[*n - 1], all[i]))
			all[(*n)++] = all[i];
	return all;
}

/* A province's colour, the same in every chart: golden-angle steps
 * around the hue circle by its place in the list. */
static void set_colours(struct report *rep, const char **provinces, size_t np)
{
	for (size_t i = 0; i < rep->n; i++)
		for (size_t j = 0; j < rep->ind[i].n; j++) {
			struct series *s = &rep->ind[i].s[j];
			const char **at = bsearch(&s->province, provinces, np, sizeof *provinces, str_cmp);
			size_t k = at ? (size_t)(at - provinces) : 0;
			s->colour = (unsigned)((double)k * 137.508) % 360;
		}
}

static void write_head(FILE *out, const char *db_name, const struct report *rep)
{
	char when[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", gmtime_r(&now, &tm));
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"govfacts report\">\n<title>govfacts report: ", out);
	put_html(out, db_name);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>National ranks of the provinces</h1>\n"
		"<p class=\"meta\">From <code>", page_style);
	put_html(out, db_name);
	fprintf(out, "</code>, %s: %zu indicator%s, %zu province-years ranked, %zu with conflicting ranks. "
		"Each rank links to the article that states it.</p>\n",
		when, rep->n, rep->n == 1 ? "" : "s", rep->ranks, rep->conflicts);
}

/* <option value="V">V</option> */
static void put_option(FILE *out, const char *v)
{
	fputs("<option value=\"", out);
	put_html(out, v);
	fputs("\">", out);
	put_html(out, v);
	fputs("</option>", out);
}

static void write_filters(FILE *out, const struct report *rep, const char **provinces, size_t np)
{
	fputs("<form id=\"filters\" onsubmit=\"return false\"><label>Indicator <select id=\"f-indicator\">"
	      "<option value=\"\">all</option>", out);
	for (size_t i = 0; i < rep->n; i++)
		put_option(out, rep->ind[i].code);
	fputs("</select></label><label>Province <select id=\"f-province\"><option value=\"\">all</option>", out);
	for (size_t i = 0; i < np; i++)
		put_option(out, provinces[i]);
	fputs("</select></label><span id=\"shown\"></span></form>\n<nav>", out);
	for (size_t i = 0; i < rep->n; i++) {
		fputs("<a href=\"#ind-", out);
		put_html(out, rep->ind[i].code);
		fputs("\">", out);
		put_html(out, rep->ind[i].code);
		fputs("</a>", out);
	}
	fputs("</nav>\n", out);
}

static void write_indicator(FILE *out, const struct indicator *ind)
{
	fputs("<section class=\"indicator\" id=\"ind-", out);
	put_html(out, ind->code);
	fputs("\" data-indicator=\"", out);
	put_html(out, ind->code);
	fputs("\">\n<h2>", out);
	put_html(out, ind->name);
	fprintf(out, "</h2>\n<p class=\"meta\">%zu province%s ranked", ind->n, ind->n == 1 ? "" : "s");
	if (ind->ymin == ind->ymax)
		fprintf(out, " in %d", ind->ymin);
	else
		fprintf(out, ", %d\xe2\x80\x93%d", ind->ymin, ind->ymax);
	bool bounds = false, conflicts = false;
	for (size_t i = 0; i < ind->n; i++)
		for (size_t j = 0; j < ind->s[i].n; j++) {
			bounds = bounds || ind->s[i].pts[j].bound;
			conflicts = conflicts || ind->s[i].pts[j].conflict;
		}
	fputs(". Hover a marker for its article, click to open it.", out);
	if (bounds)
		fputs(" Hollow markers are bounds (\xe2\x80\x9ctop 10\xe2\x80\x9d).", out);
	if (conflicts)
		fputs(" Red-ringed ones are years with conflicting claims.", out);
	fputs("</p>\n", out);
	write_chart(out, ind);
	write_rank_table(out, ind);
	write_movers(out, ind);
	write_conflicts(out, ind);
	fputs("</section>\n", out);
}

int report_write(FILE *out, struct load_db *db, const char *db_name, char *err, size_t errlen)
{
	struct report rep = { 0 };
	if (load_report_ranks_each(db, gather_rank, &rep, err, errlen) != 0 ||
	    load_report_conflicts_each(db, gather_conflict, &rep, err, errlen) != 0) {
		report_free(&rep);
		return -1;
	}
	size_t np;
	const char **provinces = provinces_of(&rep, &np);
	set_colours(&rep, provinces, np);
	write_head(out, db_name, &rep);
	if (!rep.n || !rep.ranks) {
		fputs("</header>\n<main>\n<div class=\"empty\"><h2>Nothing to show</h2><p>This database holds no "
		      "national rank of a province: there is nothing to chart.  Ingest articles that state ranks "
		      "(<code>govfacts ingest --db ", out);
		put_html(out, db_name);
		fputs(" PAGES...</code>), then make the report again.</p></div>\n", out);
	} else {
		write_filters(out, &rep, provinces, np);
		fputs("</header>\n<main>\n", out);
		for (size_t i = 0; i < rep.n; i++)
			if (rep.ind[i].n)
				write_indicator(out, &rep.ind[i]);
	}
	fprintf(out, "</main>\n<script>\n%s</script>\n</body>\n</html>\n", page_script);
	free(provinces);
	report_free(&rep);
	return 0;
}
