/*
 * extract_text: articles a scraper already turned into text.
 *
 * Such text still carries the page's furniture, one item a line: skip
 * links, the site's name, a byline glued to its date and view counter,
 * "Comment (0)", "Related news" and everything after it, copyright and
 * contact footers.  Lines are classified one by one; every other non-empty
 * line is a paragraph of the body.
 */
#include "extract_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Lines that end the article: what follows is the site's, not the
 * story's.  Matched case-insensitively at the start of a line.  Add an
 * entry in lower case. */
static const char *const tail_markers[] = {
	"related news", "related articles", "related posts", "same tag", "same category",
	"same author", "other news", "more news", "most read", "most viewed", "read more",
	"comment (", "comments (", "copyright", "\xc2\xa9", "person in charge",
	"tin liên quan", "bình luận", "you may also like", "share this", "related stories",
};
/* Whole lines that head a list of links and so end the article too; with
 * text after them on the line ("Related: X") they are only furniture. */
static const char *const tail_lines[] = { "related", "related:", "see also", "see also:", "read more:" };

/* Whole lines that are furniture wherever they stand (compared
 * case-insensitively with the whole line). */
static const char *const furniture_lines[] = {
	"no data", "no videos available", "print", "print article", "share", "back", "top", "home",
	"truy cập nội dung luôn", "skip to content", "skip to main content",
	"bỏ qua nội dung", "tweet", "like", "email", "facebook", "zalo",
};

/* Prefixes of contact footer lines and of article tool bars. */
static const char *const contact_prefixes[] = {
	"tel:", "tel.", "fax:", "hotline:", "email:", "e-mail:", "address:", "phone:",
	"điện thoại:", "địa chỉ:", "category:", "categories:", "tags:", "keywords:",
	"e-mail this article", "email this article", "print this", "share:", "views:",
	"posted by", "print |", "back to top", "read more:", "read also:", "see also:", "related:",
	"xem thêm:", "read more >>", "read also >>", "last updated", "updated:", "modified:",
	"chart:", "graphic:", "infographic:", "photo:",
};

static bool starts_with_ci(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && strncasecmp(s, prefix, k) == 0;
}

static bool in_list(const char *s, size_t n, const char *const *list, size_t count, bool prefix)
{
	for (size_t i = 0; i < count; i++) {
		size_t k = strlen(list[i]);
		if (prefix ? starts_with_ci(s, n, list[i]) : (n == k && strncasecmp(s, list[i], k) == 0))
			return true;
	}
	return false;
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

static size_t count_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool w = isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80;
		if (w && !in)
			words++;
		in = w;
	}
	return words;
}

/* Words with a letter in them: a byline's times and counters ("08:42",
 * "Views: 1,286") are not its prose. */
static size_t count_letter_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in = false, letter = false;
	for (size_t i = 0; i <= n; i++) {
		bool w = i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80);
		if (w) {
			letter |= !isdigit((unsigned char)s[i]);
		} else if (in) {
			words += letter;
			letter = false;
		}
		in = w;
	}
	return words;
}

/* A byline: a date with little else around it ("22/03/2024 16:29  96",
 * "Việt NamViệt Nam28/06/2024", "Posted date: 15/12/2025 | 08:42 |
 * Views: 1,286").  Stores the date when the article has none yet. */
static bool byline_line(struct article *a, const char *s, size_t n)
{
	char iso[11];
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && isalnum((unsigned char)s[i - 1]) && !(isdigit((unsigned char)s[i]) && !isdigit((unsigned char)s[i - 1])))
			continue;
		size_t used = extract_date_parse(s + i, n - i, iso);
		if (!used)
			continue;
		size_t rest = count_letter_words(s, i) + count_letter_words(s + i + used, n - i - used);
		if (rest > 6)
			return false;
		if (!a->published)
			a->published = xstrdup(iso);
		return true;
	}
	return false;
}

/* A heading of a list of links in the site's own words: "Related
 * interviews", "Related coverage", "Also on VOV", "More from Data Desk",
 * "More in Provinces" -- a few words, no sentence. */
static bool related_heading(const char *s, size_t n)
{
	static const char *const openers[] = { "related ", "also on ", "more from ", "more in ", "more on " };
	if (strchr(".!?,;", s[n - 1]) || !in_list(s, n, openers, COUNT(openers), true))
		return false;
	return count_words(s, n) <= (starts_with_ci(s, n, "related ") ? 3 : 4);
}

/* Words a heading does not end on: a line that does was broken off a
 * sentence ("It is known that", "Regarding the"). */
static const char *const heading_enders[] = { "the", "a", "an", "of", "that", "to", "and", "or", "in", "on",
					      "for", "with", "by", "at", "from", "is", "are", "was", "were" };

/* "- GRDP growth of 10% or more;", "• 1,200 new firms", "2. Budget
 * revenue ...", "a) ...": an item of a list. */
static bool list_item_line(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 2 && strchr("-*+", s[0]) && s[1] == ' ')
		return true;
	if (n >= 4 && (!strncmp(s, "\xe2\x80\xa2 ", 4) || !strncmp(s, "\xe2\x80\x93 ", 4))) /* "• ", "– " */
		return true;
	while (i < n && i < 2 && isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 && n >= 3 && s[0] >= 'a' && s[0] <= 'h' && s[1] == ')' && s[2] == ' ')
		return true;
	return i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' &&
	       !isdigit((unsigned char)s[i + 2]);
}

/* "Tasks for 2026", "Digital government": a heading of what follows --
 * a short line that ends no sentence and holds no figure but a year.
 * (Its words set the section's year and goals; a line with a figure is
 * read for facts as any other.) */
static bool heading_line(const char *s, size_t n)
{
	if (n < 4 || n > 60 || strchr(".!?:;,\"'", s[n - 1]) || !isupper((unsigned char)s[0]) || memchr(s, '|', n) ||
	    starts_with_ci(s, n, "by "))
		return false;
	/* a line the scraper broke ("Regarding the"), not a heading */
	size_t last = n;
	while (last > 0 && s[last - 1] != ' ')
		last--;
	if (last == 0 || in_list(s + last, n - last, heading_enders, COUNT(heading_enders), false))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			continue;
		size_t k = i;
		while (k < n && isdigit((unsigned char)s[k]))
			k++;
		bool year = k - i == 4 && (s[i] == '1' || s[i] == '2') && (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
			    (k == n || !isalnum((unsigned char)s[k]));
		/* "during 2011-2020": a period, no section's year */
		if (!year || (k < n && (s[k] == '-' || s[k] == '/' || (unsigned char)s[k] == 0xe2)))
			return false;
		i = k;
	}
	return count_words(s, n) <= 8;
}

/* "Source: https://..." or a bare "Source". */
static bool source_line(struct article *a, const char *s, size_t n)
{
	if (!starts_with_ci(s, n, "source"))
		return false;
	size_t i = 6;
	while (i < n && (s[i] == ':' || s[i] == ' '))
		i++;
	if (i == n)
		return n == 6 || s[6] == ':';
	if (!starts_with_ci(s + i, n - i, "http"))
		return false;
	size_t e = i;
	while (e < n && s[e] != ' ')
		e++;
	if (!a->url)
		a->url = xstrndup(s + i, e - i);
	return true;
}

/* A line of article data: "Issued: 05/11/2024 • ... • Viewed: 1,093". */
static bool counter_line(const char *s, size_t n)
{
	static const char *const counters[] = { "viewed:", "views:", "hits:", "lượt xem:", "read:" };
	if (count_words(s, n) > 30)
		return false;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < COUNT(counters); k++)
			if ((i == 0 || s[i - 1] == ' ') && starts_with_ci(s + i, n - i, counters[k]))
				return true;
	return false;
}

/* A gallery's or a video's label: a few words ending "(4 photos)". */
static bool media_label_line(const char *s, size_t n)
{
	static const char *const media[] = { " photo", " image", " picture", " video", " clip" };
	if (n == 0 || s[n - 1] != ')' || count_words(s, n) > 6)
		return false;
	size_t open = n - 1;
	while (open > 0 && s[open] != '(')
		open--;
	size_t i = open + 1;
	if (s[open] != '(' || i >= n || !isdigit((unsigned char)s[i]))
		return false;
	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	for (size_t k = 0; k < COUNT(media); k++)
		if (starts_with_ci(s + i, n - i, media[k]))
			return true;
	return false;
}

bool text_furniture_line(struct article *a, const char *s, size_t n)
{
	return in_list(s, n, furniture_lines, COUNT(furniture_lines), false) ||
	       in_list(s, n, contact_prefixes, COUNT(contact_prefixes), true) || source_line(a, s, n) ||
	       media_label_line(s, n) || counter_line(s, n);
}

/* ==== Tables written as "cell | cell | cell |" lines ==== */

#define TABLE_MAX_CELLS 64

struct text_table {
	struct buf header;               /* the header row's cells, NUL-separated */
	size_t offsets[TABLE_MAX_CELLS]; /* where each header cell starts in it */
	size_t n;                        /* header cells, 0 outside a table */
	bool in_rows;                    /* a pipe line was seen since the last other line */
	bool named_rows;                 /* the header names the columns after the rows' names */
	bool dashes;                     /* its cells are cut at dashes, not pipes */
};

/* The length of a dash that separates cells at s[i] (" – ", " — ", the
 * spaces included), or 0. */
static size_t cell_dash(const char *s, size_t n, size_t i)
{
	if (i + 5 <= n && s[i] == ' ' && s[i + 4] == ' ' && !memcmp(s + i + 1, "\xe2\x80", 2) &&
	    (s[i + 3] == '\x93' || s[i + 3] == '\x94'))
		return 5;
	return 0;
}

/* Cuts s[0,n) at " | " into cells (trimmed, a last empty one dropped);
 * the number of cells, 0 when the line is no table row.  A line with no
 * pipe may be cut at dashes instead ("Civil service reform – 13.02 –
 * 16.00"; *dashes set), unless it ends as a sentence does. */
static size_t split_cells(const char *s, size_t n, const char **cs, size_t *cl, size_t max, bool *dashes_out)
{
	size_t k = 0, start = 0;
	bool dashes = !memchr(s, '|', n);
	*dashes_out = dashes;
	if (dashes && n > 0 && strchr(".!?", s[n - 1]))
		return 0;
	for (size_t i = 0; i <= n && k < max; i++) {
		size_t sep = 1;
		if (i < n && dashes) {
			sep = cell_dash(s, n, i);
			if (!sep)
				continue;
		} else if (i < n && s[i] != '|')
			continue;
		size_t a = start, b = i;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && s[b - 1] == ' ')
			b--;
		if (i < n || b > a) {
			cs[k] = s + a;
			cl[k] = b - a;
			k++;
		}
		start = i + sep;
		i += sep - 1;
	}
	return k >= 3 ? k : 0;
}

/* A word of a unit in parentheses, case-insensitively: the currency codes
 * and scale words that statistical tables put in their row labels. */
static const char *const unit_currencies[][2] = {
	{ "vnd", "VND" }, { "vnđ", "VND" }, { "dong", "VND" }, { "usd", "USD" }, { "us$", "USD" }, { "$", "USD" },
};
static const char *const unit_scales[] = { "thousand", "million", "billion", "trillion" };

bool extract_row_unit(const char *label, size_t n, char *out, size_t outlen)
{
	while (n > 0 && label[n - 1] == ' ')
		n--;
	if (n < 3 || label[n - 1] != ')')
		return false;
	size_t open = n - 1;
	while (open > 0 && label[open] != '(')
		open--;
	if (label[open] != '(')
		return false;
	const char *u = label + open + 1;
	size_t un = n - 1 - (open + 1);
	while (un && *u == ' ')
		u++, un--;
	while (un && u[un - 1] == ' ')
		un--;
	/* "(%)", "(% of plan)", "(percent)" */
	if ((un >= 1 && u[0] == '%') || (un == 7 && !strncasecmp(u, "percent", 7))) {
		snprintf(out, outlen, "%%");
		return true;
	}
	/* "(VND billion)", "(billion VND)", "(USD million)" */
	const char *cur = NULL, *scale = NULL;
	size_t i = 0;
	while (i < un) {
		size_t e = i;
		while (e < un && u[e] != ' ')
			e++;
		bool known = false;
		for (size_t k = 0; k < COUNT(unit_currencies) && !known; k++)
			if (e - i == strlen(unit_currencies[k][0]) && !strncasecmp(u + i, unit_currencies[k][0], e - i)) {
				cur = unit_currencies[k][1];
				known = true;
			}
		for (size_t k = 0; k < COUNT(unit_scales) && !known; k++)
			if (e - i == strlen(unit_scales[k]) && !strncasecmp(u + i, unit_scales[k], e - i)) {
				scale = unit_scales[k];
				known = true;
			}
		if (!known)
			return false;
		i = e;
		while (i < un && u[i] == ' ')
			i++;
	}
	/* "Tourist arrivals (million)": a scale alone */
	if (!cur && !scale)
		return false;
	if (!cur)
		snprintf(out, outlen, " %s", scale);
	else
		snprintf(out, outlen, "%s%s %s", scale ? " " : "", scale ? scale : "", cur);
	return true;
}

bool extract_cell_takes_unit_of(const char *unit, const char *s, size_t n)
{
	/* "Change (%)" | "+18.2": a signed share is a change, and still a share. */
	if (!strcmp(unit, "%") && n > 1 && (s[0] == '+' || s[0] == '-'))
		s++, n--;
	else if (!strcmp(unit, "%") && n > 3 && !strncmp(s, "\xe2\x88\x92", 3))
		s += 3, n -= 3;
	return extract_cell_takes_unit(s, n);
}

bool extract_cell_takes_unit(const char *s, size_t n)
{
	size_t digits = 0;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (!strchr(".,", s[i]))
			return false; /* a sign, a %, a word: the cell says its own unit */
	}
	return digits > 0;
}

static bool numeric_cell(const char *s, size_t n)
{
	size_t digits = 0;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (!strchr(".,%+-/ ", s[i]))
			return false;
	}
	return digits > 0;
}

static bool year_cell(const char *s, size_t n)
{
	return n == 4 && (s[0] == '1' || s[0] == '2') && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
	       isdigit((unsigned char)s[3]);
}

/*
 * A table the scraper flattened into lines ("Year | 2022 | 2021 |", then
 * "Entry Costs | 7.07 | 6.26 |"): the first row of a run of such lines
 * whose cells after the first are column headers (words or years) labels
 * the cells of the rows below it, as the HTML reader labels a table's
 * cells ("Entry Costs | 2022: 7.07 | 2021: 6.26"), so that a cell takes
 * its column's year.  Writes the row to out; false when s is no table row.
 */
static bool text_table_row(struct text_table *t, const char *s, size_t n, struct buf *out)
{
	const char *cs[TABLE_MAX_CELLS];
	size_t cl[TABLE_MAX_CELLS];
	bool dashes;
	size_t k = split_cells(s, n, cs, cl, TABLE_MAX_CELLS, &dashes);
	/* Under a header cut at dashes, a row is its name and figures. */
	for (size_t i = 1; dashes && t->in_rows && t->n && i < k; i++)
		if (!numeric_cell(cs[i], cl[i]))
			k = 0;
	if (!k) {
		t->in_rows = false;
		t->n = 0;
		return false;
	}
	/* a table of the other separator starts anew */
	if (t->in_rows && dashes != t->dashes) {
		t->in_rows = false;
		t->n = 0;
	}
	t->dashes = dashes;
	out->len = 0;
	if (!t->in_rows) {
		t->in_rows = true;
		t->n = 0;
		/* "Results of the region (PAR INDEX 2025 | rank | SIPAS 2025 |
		 * rank):": a sentence that names the columns in parentheses
		 * before the rows; its rows may start with a name of their own. */
		const char *open = memchr(cs[0], '(', cl[0]);
		size_t last = cl[k - 1];
		while (last && (cs[k - 1][last - 1] == ':' || cs[k - 1][last - 1] == ' '))
			last--;
		t->named_rows = k > 1 && open && last && cs[k - 1][last - 1] == ')' &&
				!memchr(cs[k - 1], '(', last);
		if (t->named_rows) {
			size_t skip = (size_t)(open - cs[0]) + 1;
			cs[0] += skip;
			cl[0] -= skip;
			cl[k - 1] = last - 1;
		}
		bool header = true;
		for (size_t i = t->named_rows ? 0 : 1; i < k && header; i++)
			header = year_cell(cs[i], cl[i]) || !numeric_cell(cs[i], cl[i]);
		if (header) {
			t->header.len = 0;
			for (size_t i = 0; i < k; i++) {
				t->offsets[i] = t->header.len;
				buf_append(&t->header, cs[i], cl[i]);
				buf_putc(&t->header, '\0');
			}
			t->n = k;
		}
	} else if (t->n == k || (t->named_rows && t->n + 1 == k)) {
		/* Under a header that names only the columns after the rows'
		 * names, cell i has header i - 1. */
		size_t shift = t->n + 1 == k;
		char unit[32];
		bool has_unit = extract_row_unit(cs[0], cl[0], unit, sizeof unit);
		for (size_t i = 0; i < k; i++) {
			if (i)
				buf_puts(out, " | ");
			/* The first cell is the row's name, unless it is a figure
			 * itself ("Rank | Province" then "1 | Hai Phong"); a year
			 * there names the row. */
			if (i >= shift && (i || (numeric_cell(cs[i], cl[i]) && !year_cell(cs[i], cl[i]))) &&
			    t->header.data[t->offsets[i - shift]]) {
				buf_puts(out, t->header.data + t->offsets[i - shift]);
				buf_puts(out, ": ");
			}
			buf_append(out, cs[i], cl[i]);
			/* "State budget revenue (VND billion) | 27,645": the cell
			 * reads "27,645 billion VND"; so does a cell below
			 * "Registered capital (US$ million)". */
			/* A column's own unit ("Change vs 2024 (%)") wins over the
			 * row's: "+14.2" there is a change in percent. */
			char col_unit[32];
			const char *h = i >= shift ? t->header.data + t->offsets[i - shift] : "";
			bool col_has_unit = i && extract_row_unit(h, strlen(h), col_unit, sizeof col_unit);
			if (col_has_unit && extract_cell_takes_unit_of(col_unit, cs[i], cl[i]))
				buf_puts(out, col_unit);
			else if (i && !col_has_unit && has_unit && extract_cell_takes_unit_of(unit, cs[i], cl[i]))
				buf_puts(out, unit);
		}
		return true;
	}
	buf_append(out, s, n);
	return true;
}

static void note_host(struct article *a, const char *s, size_t n)
{
	char host[256];
	if (!a->site && extract_find_host(s, n, host, sizeof host))
		a->site = xstrdup(host);
}

int extract_text_article(struct article *a, const char *data, size_t len,
			 char *err, size_t errlen)
{
	(void)err;
	(void)errlen;
	struct body body = { 0 };
	struct buf line = { 0 }, row = { 0 };
	struct text_table table = { 0 };
	bool tail = false;
	size_t kept = 0, lineno = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		len -= 3;
	}
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		text_normalize_space(&line, data + pos, end - pos);
		pos = end + 1;
		const char *s = line.data;
		size_t n = line.len;
		if (!n)
			continue;
		lineno++;
		if (tail) {
			note_host(a, s, n); /* footers name the site: e-mail, links */
			continue;
		}
		if (kept > 0 && (in_list(s, n, tail_lines, COUNT(tail_lines), false) || related_heading(s, n))) {
			tail = true;
			continue;
		}
		if (in_list(s, n, furniture_lines, COUNT(furniture_lines), false) ||
		    in_list(s, n, contact_prefixes, COUNT(contact_prefixes), true))
			continue;
		if (source_line(a, s, n)) {
			note_host(a, s, n);
			tail = true;
			continue;
		}
		if (kept > 0 && in_list(s, n, tail_markers, COUNT(tail_markers), true)) {
			note_host(a, s, n);
			tail = true;
			continue;
		}
		if (lineno <= 12 && byline_line(a, s, n))
			continue;
		/* The site's own name as the first line ("Example.vn - ..."). */
		if (kept == 0 && n < 100) {
			char host[256];
			if (extract_find_host(s, n, host, sizeof host)) {
				if (!a->site)
					a->site = xstrdup(host);
				continue;
			}
		}
		body.role = !a->title ? SENTENCE_TITLE : list_item_line(s, n) ? SENTENCE_ITEM :
			    heading_line(s, n) ? SENTENCE_HEADING : SENTENCE_TEXT;
		if (a->title && text_table_row(&table, s, n, &row)) {
			s = row.data;
			n = row.len;
		}
		if (body_add_paragraph(&body, s, n)) {
			if (!a->title) {
				size_t last = body.text.len, first = last;
				while (first > 0 && body.text.data[first - 1] != '\n')
					first--;
				a->title = xstrndup(body.text.data + first, last - first);
			}
			kept++;
		}
	}
	buf_free(&line);
	buf_free(&row);
	buf_free(&table.header);
	body_finish(&body, a);
	body_free(&body);
	if (a->url && !a->site)
		note_host(a, a->url, strlen(a->url));
	return 0;
}
