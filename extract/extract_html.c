/*
 * extract_html: the article body of an HTML page, the way readability-style
 * extractors find it.
 *
 * libxml2's HTML parser (no network, recovering from broken markup, told
 * the encoding page_encoding decides) builds the tree.  Then:
 *   1. elements that are never body (scripts, forms, nav, aside, footer...)
 *      and elements whose class or id names furniture (sidebar, related,
 *      comment, share, menu...) are set aside, unless they hold most of the
 *      page's text;
 *   2. every paragraph (a <p>, a block without blocks, a run of loose text
 *      between blocks or <br><br>) scores its container and four levels
 *      above it by its length and commas; a candidate's score is scaled by
 *      its link density and nudged by its class and id, once each;
 *   3. the best candidate climbs to the ancestor holding the whole body,
 *      and it and those of its siblings that look like body are rendered
 *      as paragraphs (block elements, list items, table rows: one line
 *      each, cells joined; <br> breaks end a paragraph), less the blocks
 *      of links, bylines, credits and captions inside it;
 *   4. a body that comes out short is looked for again without the
 *      class-based removal of step 1.
 * Metadata comes from the head (og:, article:, canonical) and the page.
 */
#include "extract_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

struct node_stat {
	size_t text;   /* bytes of text below, furniture excluded */
	size_t raw;    /* bytes of text below, all of it */
	size_t link;   /* bytes of text inside links */
	size_t commas;
	double score;
	bool removed;
	bool scored;
	bool cleaned; /* a block of links inside the body (clean_links) */
};

struct page {
	struct node_stat *stats;
	size_t n_nodes;
	size_t total_raw;
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static bool name_is(const xmlNode *n, const char *name)
{
	/* The first letter first: this runs for every node against lists. */
	return n->type == XML_ELEMENT_NODE && (n->name[0] | 0x20) == (name[0] | 0x20) &&
	       strcasecmp((const char *)n->name, name) == 0;
}

static bool name_in(const xmlNode *n, const char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (name_is(n, names[i]))
			return true;
	return false;
}

/* Elements that never hold article text. */
static const char *const dropped_tags[] = {
	"script", "style", "noscript", "nav", "header", "footer", "aside",
	"iframe", "svg", "button", "select", "input", "textarea", "template",
	"object", "embed", "canvas", "menu", "dialog", "head", "link", "meta",
};

/* Elements that end a paragraph when rendered. */
static const char *const block_tags[] = {
	"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
	"li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot",
	"blockquote", "pre", "figure", "figcaption", "address", "center", "hr", "br",
	"caption", "body", "html",
};

/* Blocks beside the body that may hold its lead paragraph. */
static const char *const lead_tags[] = { "div", "h2", "h3", "section", "blockquote", "strong" };

/* The longest heading: a longer one is a lead paragraph set in a
 * heading's tag. */
#define HEADING_MAX_TEXT 120

/* A table's caption heads its rows as a heading heads its section. */
static const char *const heading_tags[] = { "h1", "h2", "h3", "h4", "h5", "h6", "caption" };
static const char *const item_tags[] = { "li", "dt", "dd" };

/* Words in class and id names.  A furniture word sets an element aside;
 * the score words nudge a candidate.  Add a word in lower case; it is
 * matched against whole tokens of the name split at '-', '_', ' '. */
static const char *const furniture_words[] = {
	"sidebar", "related", "relate", "comment", "comments", "share", "sharing", "social",
	"menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "widget",
	"banner", "advert", "ads", "ad", "cookie", "popup", "modal", "login", "subscribe",
	"newsletter", "pagination", "pager", "counter", "views", "viewcount", "mostread",
	"most", "hotnews", "othernews", "other", "lienquan", "tags", "tag", "toolbar",
	"print", "rating", "masthead", "topbar", "header", "sponsor", "promo", "recommend",
	"recommended", "trending", "popular", "latest", "aside", "copyright", "contact",
	"more", "readmore", "readalso", "seealso", "attachment", "attachments", "attach", "download",
	"downloads", "files", "bookmark", "modifydate",
};

/* Pairs of tokens that are furniture together ("read-also", "see_also"). */
static const char *const furniture_pairs[][2] = {
	{ "read", "also" }, { "read", "more" }, { "see", "also" }, { "xem", "them" }, { "tin", "khac" },
};

static const char *const positive_words[] = {
	"article", "body", "content", "entry", "main", "post", "text", "story", "detail",
	"news", "journal", "fulltext", "maincontent", "chitiet", "noidung",
};

static const char *const negative_words[] = {
	"meta", "media", "caption", "byline", "author", "date", "time", "photo", "thumb",
	"list", "box", "col", "summary", "sapo",
};

static bool token_in(const char *tok, size_t n, const char *const *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(words[i]) == n && strncasecmp(words[i], tok, n) == 0)
			return true;
	return false;
}

/* CSS-module names glue words in camel case ("InlineRelated_box__Zp19a",
 * "ArticleBody_content"): their parts count too.  Not "header": an
 * "ArticleHeader" holds the headline and the lead. */
static void camel_hints(const char *tok, size_t n, int *furniture, int *positive)
{
	size_t start = 0, parts = 0;
	for (size_t k = 1; k <= n; k++) {
		if (k < n && !(isupper((unsigned char)tok[k]) && islower((unsigned char)tok[k - 1])))
			continue;
		if (start == 0 && k == n)
			return; /* one word: counted as a whole already */
		size_t len = k - start;
		if (!(len == 6 && !strncasecmp(tok + start, "header", 6)))
			*furniture += token_in(tok + start, len, furniture_words, COUNT(furniture_words));
		*positive += token_in(tok + start, len, positive_words, COUNT(positive_words));
		start = k;
		parts++;
	}
}

/* Words in class names of a lead paragraph kept outside the body
 * ("article-excerpt", "sapo"): it is rendered before the body. */
static const char *const lead_words[] = {
	"sapo", "summary", "excerpt", "lead", "dek", "standfirst", "chapeau", "abstract", "intro",
};

static bool class_has_attr(const xmlNode *n, const char *attr, const char *const *words, size_t count);

static bool class_has(const xmlNode *n, const char *const *words, size_t count)
{
	return class_has_attr(n, "class", words, count);
}

/* Does attribute attr of n hold a token (split at non-alphanumerics)
 * that is one of words? */
static bool class_has_attr(const xmlNode *n, const char *attr, const char *const *words, size_t count)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	bool hit = false;
	if (v) {
		const char *s = (const char *)v;
		for (size_t i = 0, len = strlen(s); i < len && !hit;) {
			while (i < len && !isalnum((unsigned char)s[i]))
				i++;
			size_t b = i;
			while (i < len && isalnum((unsigned char)s[i]))
				i++;
			hit = i > b && token_in(s + b, i - b, words, count);
		}
		xmlFree(v);
	}
	return hit;
}

/* Counts the tokens of one attribute (class or id) that fall in each word
 * list. */
static void attr_hints(const xmlNode *n, const char *attr, int *furniture, int *positive, int *negative)
{
	*furniture = *positive = *negative = 0;
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	if (!v)
		return;
	const char *s = (const char *)v;
	size_t i = 0, len = strlen(s), pb = 0, pn = 0;
	while (i < len) {
		while (i < len && !isalnum((unsigned char)s[i]))
			i++;
		size_t b = i;
		while (i < len && isalnum((unsigned char)s[i]))
			i++;
		if (i == b)
			continue;
		for (size_t k = 0; k < COUNT(furniture_pairs) && pn; k++)
			if (strlen(furniture_pairs[k][0]) == pn && !strncasecmp(s + pb, furniture_pairs[k][0], pn) &&
			    strlen(furniture_pairs[k][1]) == i - b && !strncasecmp(s + b, furniture_pairs[k][1], i - b))
				*furniture += 1;
		pb = b;
		pn = i - b;
		*furniture += token_in(s + b, i - b, furniture_words, COUNT(furniture_words));
		*positive += token_in(s + b, i - b, positive_words, COUNT(positive_words));
		*negative += token_in(s + b, i - b, negative_words, COUNT(negative_words));
		camel_hints(s + b, i - b, furniture, positive);
	}
	xmlFree(v);
}

static const char *const hint_attrs[] = { "class", "id" };

/* Counts the tokens of class and id that fall in each word list. */
static void class_hints(const xmlNode *n, int *furniture, int *positive, int *negative)
{
	*furniture = *positive = *negative = 0;
	for (size_t a = 0; a < COUNT(hint_attrs); a++) {
		int f, p, g;
		attr_hints(n, hint_attrs[a], &f, &p, &g);
		*furniture += f;
		*positive += p;
		*negative += g;
	}
}

/* A candidate's nudge from its class and id: each attribute counts once
 * either way, however many of its tokens hit ("content-wrapper title
 * main-text" is one positive class, not three), so that a short block
 * with a long class cannot outscore the body. */
static double class_weight(const xmlNode *n)
{
	double w = 0;
	for (size_t a = 0; a < COUNT(hint_attrs); a++) {
		int f, p, g;
		attr_hints(n, hint_attrs[a], &f, &p, &g);
		w += (p > 0 ? 25.0 : 0) - (f + g > 0 ? 25.0 : 0);
	}
	return w;
}

/* ==== Pass 1: index nodes, count raw text ==== */

static size_t index_nodes(xmlNode *n, size_t next)
{
	for (; n; n = n->next) {
		n->_private = (void *)(uintptr_t)(next + 1);
		next++;
		if (n->type == XML_ELEMENT_NODE)
			next = index_nodes(n->children, next);
	}
	return next;
}

static struct node_stat *stat_of(struct page *p, const xmlNode *n)
{
	uintptr_t i = (uintptr_t)n->_private;
	return i ? &p->stats[i - 1] : NULL;
}

static size_t raw_text(struct page *p, xmlNode *n)
{
	size_t total = 0;
	for (; n; n = n->next) {
		struct node_stat *st = stat_of(p, n);
		size_t len = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			for (const xmlChar *c = n->content; c && *c; c++)
				len += !isspace(*c);
		} else if (n->type == XML_ELEMENT_NODE && !name_in(n, dropped_tags, COUNT(dropped_tags))) {
			len = raw_text(p, n->children);
		}
		if (st)
			st->raw = len;
		total += len;
	}
	return total;
}

/* ==== Pass 2: set furniture aside, count body text ==== */

/* Does n wrap a quoted post (an embedded tweet or social post is a
 * <blockquote> in a wrapper named "social-media-embed")?  The quote is
 * the article's, however its wrapper is named and however many links it
 * holds. */
static bool wraps_quote(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (name_is(c, "blockquote"))
			return true;
	return false;
}

static void mark_removed(struct page *p, xmlNode *n, bool by_class)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(p, n);
		if (name_in(n, dropped_tags, COUNT(dropped_tags))) {
			st->removed = true;
			continue;
		}
		int furn, pos, neg;
		if (by_class) {
			class_hints(n, &furn, &pos, &neg);
			/* A wrapper named "content-sidebar" that holds most of the
			 * page is the page, not a sidebar.  A tie is furniture:
			 * "story-related" is a list of other stories. */
			if (furn > 0 && furn >= pos && !(st->raw * 2 > p->total_raw) && !name_is(n, "body") &&
			    !wraps_quote(n)) {
				st->removed = true;
				continue;
			}
		}
		mark_removed(p, n->children, by_class);
	}
}

static void count_text(struct page *p, xmlNode *n, bool in_link, size_t *text, size_t *link, size_t *commas)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			size_t len = 0, c = 0;
			for (const xmlChar *s = n->content; s && *s; s++) {
				len += !isspace(*s);
				c += *s == ',';
			}
			*text += len;
			*commas += c;
			if (in_link)
				*link += len;
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(p, n);
		if (st->removed)
			continue;
		size_t t = 0, l = 0, c = 0;
		count_text(p, n->children, in_link || name_is(n, "a"), &t, &l, &c);
		st->text = t;
		st->link = l;
		st->commas = c;
		*text += t;
		*link += l;
		*commas += c;
	}
}

/* ==== Pass 3: score candidates ==== */

static double base_score(const xmlNode *n)
{
	static const char *const good[] = { "div", "article", "section", "main" };
	static const char *const fair[] = { "pre", "td", "blockquote" };
	static const char *const poor[] = { "ul", "ol", "li", "dl", "dd", "dt", "form", "address" };
	static const char *const bad[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th" };
	double s = 0;
	if (name_in(n, good, COUNT(good)))
		s = 5;
	else if (name_in(n, fair, COUNT(fair)))
		s = 3;
	else if (name_in(n, poor, COUNT(poor)))
		s = -3;
	else if (name_in(n, bad, COUNT(bad)))
		s = -5;
	return s + class_weight(n);
}

/* A table's rows and row groups are never the body: a row renders as one
 * line, and the cell or the table around it holds what it holds. */
static const char *const row_tags[] = { "tr", "tbody", "thead", "tfoot" };

static void add_score(struct page *p, xmlNode *n, double s)
{
	if (!n || n->type != XML_ELEMENT_NODE || name_in(n, row_tags, COUNT(row_tags)))
		return;
	struct node_stat *st = stat_of(p, n);
	if (!st || st->removed)
		return;
	if (!st->scored) {
		st->scored = true;
		st->score = base_score(n);
	}
	st->score += s;
}

static const char *const scored_tags[] = { "p", "td", "pre", "li", "blockquote", "dd" };

/* Does n hold block children (then its own text is not one paragraph)? */
static bool has_block_child(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && name_in(c, block_tags, COUNT(block_tags)) && !name_is(c, "br"))
			return true;
	return false;
}

/* Gives a paragraph's score to the candidates above it: its container in
 * full, the one above half, and so on up five levels with less each, so
 * that a body split over nested wrappers still adds up in one of them. */
static void score_paragraph(struct page *p, xmlNode *parent, size_t text, size_t commas)
{
	if (text < 25)
		return;
	double s = 1.0 + (double)commas + (double)(text / 100 < 3 ? text / 100 : 3);
	xmlNode *n = parent;
	for (int level = 0; n && level < 5; level++, n = n->parent)
		add_score(p, n, s / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
}

/* Is n a break (<br>), seen as the second of two with nothing between? */
static bool is_br(const xmlNode *n)
{
	return name_is(n, "br");
}

/* The text and commas of an inline node (a text node, a link, <b>...). */
static void inline_count(struct page *p, const xmlNode *n, size_t *text, size_t *commas)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		for (const xmlChar *c = n->content; c && *c; c++) {
			*text += !isspace(*c);
			*commas += *c == ',';
		}
	} else if (n->type == XML_ELEMENT_NODE) {
		const struct node_stat *st = stat_of(p, n);
		if (st && !st->removed) {
			*text += st->text;
			*commas += st->commas;
		}
	}
}

/*
 * Text straight inside a block that also holds blocks ("<div>Text<br><br>
 * More text<div class=ad>...</div>Last text</div>"), or split by <br><br>:
 * each run of inline content between blocks and double breaks is a
 * paragraph of n.  Returns how many runs it found.
 */
static size_t score_loose_runs(struct page *p, xmlNode *n)
{
	size_t text = 0, commas = 0, runs = 0;
	bool after_br = false;
	for (xmlNode *c = n->children;; c = c->next) {
		bool end = !c || (c->type == XML_ELEMENT_NODE && name_in(c, block_tags, COUNT(block_tags)) &&
				  !(is_br(c) && !after_br));
		if (end) {
			if (text >= 25) {
				score_paragraph(p, n, text, commas);
				runs++;
			}
			text = commas = 0;
			after_br = false;
			if (!c)
				break;
			continue;
		}
		if (is_br(c)) {
			after_br = true;
			continue;
		}
		bool blank = c->type == XML_TEXT_NODE && text == 0;
		if (blank)
			for (const xmlChar *t = c->content; t && *t && blank; t++)
				blank = isspace(*t);
		if (!blank && c->type != XML_COMMENT_NODE)
			after_br = false;
		inline_count(p, c, &text, &commas);
	}
	return runs;
}

/* Does n hold a <br><br> (a paragraph break written with breaks)? */
static bool has_double_br(const xmlNode *n)
{
	bool after_br = false;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (is_br(c)) {
			if (after_br)
				return true;
			after_br = true;
		} else if (c->type == XML_ELEMENT_NODE || (c->type == XML_TEXT_NODE && c->content &&
							   c->content[strspn((const char *)c->content, " \t\r\n")])) {
			after_br = false;
		}
	}
	return false;
}

static void score_blocks(struct page *p, xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(p, n);
		if (st->removed)
			continue;
		/* A cell or item that holds blocks (a layout table's cell
		 * holding the page) is a container, not a paragraph. */
		bool para = name_is(n, "p") || name_is(n, "pre") ||
			    ((name_is(n, "div") || name_in(n, scored_tags, COUNT(scored_tags))) && !has_block_child(n));
		if (para && !(name_is(n, "div") && has_double_br(n)))
			score_paragraph(p, n->parent, st->text, st->commas);
		else if (!para && name_in(n, block_tags, COUNT(block_tags)) && !name_in(n, heading_tags, COUNT(heading_tags)) &&
			 st->text >= 25)
			score_loose_runs(p, n);
		else if (para && st->text >= 25)
			score_loose_runs(p, n);
		score_blocks(p, n->children);
	}
}

static double final_score(struct page *p, const xmlNode *n)
{
	const struct node_stat *st = stat_of(p, (xmlNode *)n);
	double ld = st->text ? (double)st->link / (double)st->text : 0;
	return st->score * (1.0 - ld);
}

#define TOP_CANDIDATES 5

struct top {
	xmlNode *node[TOP_CANDIDATES];
	double score[TOP_CANDIDATES];
	size_t n;
};

static void top_insert(struct top *t, xmlNode *n, double s)
{
	size_t i = t->n < TOP_CANDIDATES ? t->n++ : TOP_CANDIDATES;
	if (i == TOP_CANDIDATES) {
		if (s <= t->score[TOP_CANDIDATES - 1])
			return;
		i = TOP_CANDIDATES - 1;
	}
	for (; i > 0 && t->score[i - 1] < s; i--) {
		t->node[i] = t->node[i - 1];
		t->score[i] = t->score[i - 1];
	}
	t->node[i] = n;
	t->score[i] = s;
}

static void best_candidates(struct page *p, xmlNode *n, struct top *t)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(p, n);
		if (st->removed)
			continue;
		if (st->scored)
			top_insert(t, n, final_score(p, n));
		best_candidates(p, n->children, t);
	}
}

static bool is_ancestor(const xmlNode *a, const xmlNode *n)
{
	for (n = n ? n->parent : NULL; n; n = n->parent)
		if (n == a)
			return true;
	return false;
}

static size_t element_children(const xmlNode *n)
{
	size_t k = 0;
	for (const xmlNode *c = n->children; c; c = c->next)
		k += c->type == XML_ELEMENT_NODE;
	return k;
}

/*
 * The best candidate, moved up to the element that holds the whole body:
 * to an ancestor it shares with at least three other strong candidates
 * beside it, neither above nor below it (a body split over sibling cards,
 * one per paragraph), and past wrappers
 * that hold nothing else.
 */
static xmlNode *climb(struct page *p, const struct top *t, xmlNode *body_el, double *best_score)
{
	xmlNode *best = t->node[0];
	double score = t->score[0];
	for (xmlNode *a = best->parent; a && a != body_el; a = a->parent) {
		size_t shared = 0, close = 0;
		for (size_t i = 1; i < t->n; i++) {
			bool beside = is_ancestor(a, t->node[i]) && !is_ancestor(t->node[0], t->node[i]) &&
				      !is_ancestor(t->node[i], t->node[0]);
			shared += beside && t->score[i] >= score * 0.75;
			close += beside && t->score[i] >= score * 0.9;
		}
		if (shared >= 3 || close >= 1) {
			best = a;
			break;
		}
	}
	while (best->parent && best->parent != body_el && best->parent->type == XML_ELEMENT_NODE &&
	       !name_in(best->parent, row_tags, COUNT(row_tags)) && element_children(best->parent) == 1)
		best = best->parent;
	struct node_stat *st = stat_of(p, best);
	if (!st->scored) {
		st->scored = true;
		st->score = base_score(best);
	}
	*best_score = final_score(p, best) > score ? final_score(p, best) : score;
	return best;
}

/* ==== Rendering ==== */

struct render {
	struct article *article;
	struct page *page;
	struct body *body;
	struct buf para;
	enum sentence_role role; /* of the block being rendered */
	bool in_caption;         /* inside a <figcaption> */
	bool after_br;           /* the text being gathered follows a <br> */
	int in_row;
	char *headers[16]; /* header cells of the current table */
	size_t n_headers;
};

static void flush(struct render *r)
{
	if (r->para.len) {
		struct buf norm = { 0 };
		text_normalize_space(&norm, r->para.data, r->para.len);
		if (norm.len && !text_furniture_line(r->article, norm.data, norm.len)) {
			r->body->role = r->role;
			r->body->joined = r->after_br;
			r->body->caption = r->in_caption;
			body_add_paragraph(r->body, norm.data, norm.len);
		}
		buf_free(&norm);
	}
	buf_clear(&r->para);
}

static void render_nodes(struct render *r, xmlNode *n);

static char *cell_text(struct render *r, xmlNode *c)
{
	struct render cell = { .article = r->article, .page = r->page, .body = r->body, .in_row = 1 };
	render_nodes(&cell, c->children);
	struct buf norm = { 0 };
	text_normalize_space(&norm, cell.para.data ? cell.para.data : "", cell.para.len);
	buf_free(&cell.para);
	return buf_steal(&norm);
}

static void clear_headers(struct render *r)
{
	for (size_t i = 0; i < r->n_headers; i++)
		free(r->headers[i]);
	r->n_headers = 0;
}

/* A cell that is a figure ("12", "+3", "92.13%"), not a name; a year
 * ("2023") names its row. */
static bool numeric_text(const char *s)
{
	size_t digits = 0;
	if (strlen(s) == 4 && (s[0] == '1' || s[0] == '2') && isdigit((unsigned char)s[1]) &&
	    isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]))
		return false;
	for (; *s; s++) {
		if (isdigit((unsigned char)*s))
			digits++;
		else if (!strchr(".,%+-/ ", *s))
			return false;
	}
	return digits > 0;
}

/* A table row becomes one line.  Below a header row each cell after the
 * first is labelled with its column's header ("Rank: 12"), so that the
 * row reads like the sentence it stands for. */
static void render_row(struct render *r, xmlNode *tr)
{
	flush(r);
	bool header = true, any = false;
	for (xmlNode *c = tr->children; c; c = c->next)
		if (name_is(c, "td") || name_is(c, "th")) {
			any = true;
			header &= name_is(c, "th");
		}
	if (header && any)
		clear_headers(r);
	size_t col = 0;
	char unit[32];
	bool has_unit = false;
	for (xmlNode *c = tr->children; c; c = c->next) {
		if (!name_is(c, "td") && !name_is(c, "th"))
			continue;
		struct node_stat *st = stat_of(r->page, c);
		char *text = st && st->removed ? xstrdup("") : cell_text(r, c);
		if (col == 0 && !header)
			has_unit = extract_row_unit(text, strlen(text), unit, sizeof unit);
		if (header && r->n_headers < 16) {
			r->headers[r->n_headers++] = xstrdup(text);
		}
		if (*text) {
			if (r->para.len)
				buf_puts(&r->para, " | ");
			if (!header && (col > 0 || numeric_text(text)) && col < r->n_headers && *r->headers[col])
				buf_printf(&r->para, "%s: ", r->headers[col]);
			buf_puts(&r->para, text);
			/* "State budget revenue (VND billion)" | "27,645": the
			 * cell reads "27,645 billion VND". */
			/* A column's own unit ("Change (%)") wins over the row's. */
			char col_unit[32];
			bool col_has_unit = !header && col > 0 && col < r->n_headers &&
					    extract_row_unit(r->headers[col], strlen(r->headers[col]), col_unit,
							     sizeof col_unit);
			if (col_has_unit && extract_cell_takes_unit_of(col_unit, text, strlen(text)))
				buf_puts(&r->para, col_unit);
			else if (col > 0 && !col_has_unit && has_unit && extract_cell_takes_unit_of(unit, text, strlen(text)))
				buf_puts(&r->para, unit);
		}
		free(text);
		col++;
	}
	enum sentence_role saved = r->role;
	r->role = SENTENCE_ITEM;
	flush(r);
	r->role = saved;
}

/* Words in class and id names of the furniture kept inside a body: the
 * byline, the dateline, a photo credit.  Matched as whole tokens, as
 * furniture_words are. */
static const char *const inbody_words[] = {
	"byline", "dateline", "author", "authors", "meta", "date", "time", "timestamp", "credit",
	"credits", "published", "posted", "photocredit",
};

/* Captions named by class: a slideshow's, a gallery's, a lightbox's. */
static const char *const caption_words[] = { "caption", "figcaption" };

/* The most text such furniture holds: a longer block is body. */
#define INBODY_MAX_TEXT 200

/*
 * Is n a byline, a dateline, a credit or a caption inside the body?  A
 * figure's own <figcaption> is kept: portals put the article's facts in
 * the captions of their photos ("Officers of the centre, which handles
 * 1,900 records a day, ...").
 */
static bool inbody_furniture(const struct render *r, const xmlNode *n)
{
	const struct node_stat *st = stat_of(r->page, n);
	if (!st || st->raw > INBODY_MAX_TEXT || r->in_row || name_is(n, "p") || name_is(n, "tr") || name_is(n, "td"))
		return false;
	bool figcaption = name_is(n, "figcaption");
	for (size_t a = 0; a < COUNT(hint_attrs); a++)
		if (class_has_attr(n, hint_attrs[a], inbody_words, COUNT(inbody_words)) ||
		    (!figcaption && class_has_attr(n, hint_attrs[a], caption_words, COUNT(caption_words))))
			return true;
	return false;
}

/* Blocks inside the body that may be a list of links to other stories. */
static const char *const link_block_tags[] = { "div", "section", "ul", "ol", "dl", "form", "aside" };

/* The longest paragraph that may be a promotion when it is one link. */
#define PROMO_MAX_TEXT 200

/*
 * Sets aside the blocks inside a part of the body (n) that are mostly
 * links: a related list, "more on", share and tag rows.  Deepest first,
 * and a block's links are counted without the blocks set aside inside it,
 * so that the prose around a related list is judged on its own.  A block
 * with many commas is prose.  One with a body class may hold half its
 * text in links; others a fifth, lists (whose items are often links)
 * half; a block left with a heading only once its list is set aside goes
 * too, and so does a short paragraph that is one link.  Adds n's
 * remaining text, link text and commas to the counts.
 */
static void clean_links(struct page *p, xmlNode *n, bool in_link, bool part, size_t *text, size_t *link,
			size_t *commas)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		for (const xmlChar *c = n->content; c && *c; c++) {
			*text += !isspace(*c);
			*link += in_link && !isspace(*c);
			*commas += *c == ',';
		}
		return;
	}
	struct node_stat *st = stat_of(p, n);
	if (n->type != XML_ELEMENT_NODE || !st || st->removed)
		return;
	size_t t = 0, l = 0, c = 0;
	bool emptied = false;
	for (xmlNode *k = n->children; k; k = k->next) {
		clean_links(p, k, in_link || name_is(n, "a"), false, &t, &l, &c);
		const struct node_stat *ks = stat_of(p, k);
		emptied |= ks && ks->cleaned;
	}
	if (!part && t && c < 10 && name_in(n, link_block_tags, COUNT(link_block_tags)) && !wraps_quote(n)) {
		double ld = (double)l / (double)t;
		bool list = name_is(n, "ul") || name_is(n, "ol");
		/* What is left of a block around a list set aside is its
		 * heading ("Read next"). */
		if (ld > 0.5 || (!list && ld > 0.2 && class_weight(n) < 25) || (emptied && t < 25)) {
			st->cleaned = true;
			return;
		}
	}
	/* A short paragraph or heading that is one link is a promotion or
	 * a teaser ("Read more on ...", another story's headline). */
	if (!part && t && t < PROMO_MAX_TEXT && l * 10 >= t * 9 &&
	    (name_is(n, "p") || name_in(n, heading_tags, COUNT(heading_tags)))) {
		st->cleaned = true;
		return;
	}
	*text += t;
	*link += l;
	*commas += c;
}

/* Renders one node and what is below it. */
static void render_node(struct render *r, xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			buf_puts(&r->para, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE)
		return;
	struct node_stat *st = stat_of(r->page, n);
	if (st && st->removed)
		return;
	if ((st && st->cleaned) || inbody_furniture(r, n))
		return;
	if (name_is(n, "tr") && !r->in_row) {
		render_row(r, n);
		return;
	}
	if (name_is(n, "table") && !r->in_row)
		clear_headers(r);
	bool block = name_in(n, block_tags, COUNT(block_tags));
	enum sentence_role saved = r->role;
	bool saved_caption = r->in_caption;
	if (block) {
		/* "A<br>B": one paragraph; "A<br><br>B": two. */
		bool blank = true;
		for (size_t k = 0; k < r->para.len && blank; k++)
			blank = isspace((unsigned char)r->para.data[k]);
		bool second_br = name_is(n, "br") && r->after_br && blank;
		if (r->in_row)
			buf_putc(&r->para, ' ');
		else
			flush(r);
		r->after_br = name_is(n, "br") && r->role != SENTENCE_HEADING && !second_br;
		/* "<h2 class="sapo">Quang Tri scored 44.12 out of 80 points
		 * in the 2024 ... (PAPI), 1.37 points higher ...</h2>": a lead
		 * set as a heading is read as the paragraph it is. */
		const struct node_stat *hst = stat_of(r->page, n);
		if (name_in(n, heading_tags, COUNT(heading_tags)) && !(hst && hst->raw > HEADING_MAX_TEXT))
			r->role = SENTENCE_HEADING;
		else if (name_in(n, item_tags, COUNT(item_tags)))
			r->role = SENTENCE_ITEM;
		r->in_caption |= name_is(n, "figcaption");
	} else if (name_is(n, "td") || name_is(n, "th")) {
		buf_putc(&r->para, ' ');
	}
	render_nodes(r, n->children);
	if (block) {
		if (r->in_row)
			buf_putc(&r->para, ' ');
		else if (!name_is(n, "br"))
			flush(r);
		if (!name_is(n, "br"))
			r->after_br = false;
		r->role = saved;
		r->in_caption = saved_caption;
	}
}

/* Renders a list of sibling nodes. */
static void render_nodes(struct render *r, xmlNode *n)
{
	for (; n; n = n->next)
		render_node(r, n);
}

static char *node_text(xmlNode *n);

/* Is n the size of a lead: a sentence or two, few links?  Below a node
 * set aside, pass 1 counted nothing, so the text is measured here. */
static bool lead_size_ok(xmlNode *n, const struct node_stat *st, bool set_aside)
{
	if (!set_aside)
		return st->text > 60 && st->text < 1500 && st->link * 4 < st->text;
	char *t = node_text(n);
	size_t len = t ? strlen(t) : 0;
	free(t);
	return len > 60 && len < 1500;
}

/* Renders the lead paragraphs that the body leaves out, in page order:
 * those outside it, and those in an article's <header> (set aside as
 * furniture with the headline) inside it. */
static void render_leads(struct render *r, xmlNode *n, const xmlNode *best, bool in_best, bool in_header)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(r->page, n);
		bool header = st->removed && name_is(n, "header");
		if (st->removed && !header)
			continue;
		if ((!in_best || in_header) && !header && class_has(n, lead_words, COUNT(lead_words)) &&
		    lead_size_ok(n, st, in_header)) {
			render_node(r, n);
			flush(r);
			continue;
		}
		render_leads(r, n->children, best, in_best || n == best, in_header || header);
	}
}

/* ==== Metadata ==== */

static char *meta_content(xmlNode *n, const char *attr, const char *value)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "meta")) {
			xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
			bool hit = v && strcasecmp((const char *)v, value) == 0;
			xmlFree(v);
			if (hit) {
				xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
				if (c && *c) {
					char *s = xstrdup((const char *)c);
					xmlFree(c);
					return s;
				}
				xmlFree(c);
			}
		}
		char *s = meta_content(n->children, attr, value);
		if (s)
			return s;
	}
	return NULL;
}

static xmlNode *find_element(xmlNode *n, const char *name)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, name))
			return n;
		xmlNode *f = find_element(n->children, name);
		if (f)
			return f;
	}
	return NULL;
}

static char *link_canonical(xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "link")) {
			xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
			bool hit = rel && strcasecmp((const char *)rel, "canonical") == 0;
			xmlFree(rel);
			if (hit) {
				xmlChar *h = xmlGetProp(n, (const xmlChar *)"href");
				char *s = h && *h ? xstrdup((const char *)h) : NULL;
				xmlFree(h);
				if (s)
					return s;
			}
		}
		char *s = link_canonical(n->children);
		if (s)
			return s;
	}
	return NULL;
}

static char *node_text(xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	struct buf b = { 0 };
	text_normalize_space(&b, c ? (const char *)c : "", c ? strlen((const char *)c) : 0);
	xmlFree(c);
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/* "Headline | Site", "SITE :: Headline", "Print - Headline": the
 * headline is the longest part. */
static void strip_site_name(char *title)
{
	static const char *const seps[] = { " | ", " :: ", " - ", " – ", " — ", " » " };
	for (size_t i = 0; i < COUNT(seps); i++) {
		size_t k = strlen(seps[i]);
		char *best = title, *p = title;
		size_t best_len = 0;
		for (;;) {
			char *q = strstr(p, seps[i]);
			size_t len = q ? (size_t)(q - p) : strlen(p);
			if (len > best_len) {
				best = p;
				best_len = len;
			}
			if (!q)
				break;
			p = q + k;
		}
		if (best_len < strlen(title)) {
			memmove(title, best, best_len);
			title[best_len] = '\0';
		}
	}
}

static void set_published(struct article *a, const char *s)
{
	char iso[11];
	if (a->published || !s)
		return;
	size_t n = strlen(s);
	for (size_t i = 0; i < n && i < 4000; i++) {
		if (i > 0 && isdigit((unsigned char)s[i - 1]))
			continue;
		if (extract_date_parse(s + i, n - i, iso)) {
			a->published = xstrdup(iso);
			return;
		}
	}
}

static void find_time_element(struct article *a, xmlNode *n)
{
	for (; n && !a->published; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "time")) {
			xmlChar *dt = xmlGetProp(n, (const xmlChar *)"datetime");
			if (dt)
				set_published(a, (const char *)dt);
			xmlFree(dt);
			if (!a->published) {
				char *t = node_text(n);
				set_published(a, t);
				free(t);
			}
		}
		find_time_element(a, n->children);
	}
}

static void read_metadata(struct article *a, xmlNode *root)
{
	/* og:url, the canonical link, Dublin Core (older government CMSs):
	 * the first that names an article, else the first given (a CMS
	 * that points og:url at its home page may still get the canonical
	 * link right). */
	char *urls[] = { meta_content(root, "property", "og:url"), link_canonical(root),
			 meta_content(root, "name", "DC.identifier") };
	if (urls[2] && strncasecmp(urls[2], "http", 4) != 0) {
		free(urls[2]);
		urls[2] = NULL;
	}
	for (size_t i = 0; i < COUNT(urls) && !a->url; i++)
		if (extract_url_names_article(urls[i]))
			a->url = urls[i];
	for (size_t i = 0; i < COUNT(urls) && !a->url; i++)
		a->url = urls[i];
	for (size_t i = 0; i < COUNT(urls); i++)
		if (urls[i] != a->url)
			free(urls[i]);
	/* The headline: the h1 when the page title repeats it, else the
	 * page title without the site's name. */
	xmlNode *h1_el = find_element(root, "h1");
	char *h1 = h1_el ? node_text(h1_el) : NULL;
	char *t = meta_content(root, "property", "og:title");
	if (!t) {
		xmlNode *title = find_element(root, "title");
		t = title ? node_text(title) : NULL;
	}
	if (t) {
		struct buf b = { 0 };
		text_normalize_space(&b, t, strlen(t));
		free(t);
		t = b.len ? buf_steal(&b) : NULL;
		buf_free(&b);
	}
	if (h1 && (!t || strstr(t, h1))) {
		a->title = h1;
		h1 = NULL;
	} else if (t) {
		strip_site_name(t);
		a->title = *t ? xstrdup(t) : NULL;
	}
	free(t);
	free(h1);
	static const char *const date_props[][2] = {
		{ "property", "article:published_time" }, { "itemprop", "datePublished" },
		{ "name", "pubdate" }, { "name", "publishdate" }, { "name", "date" },
		{ "name", "DC.date.issued" }, { "name", "dc.date" }, { "property", "og:published_time" },
	};
	for (size_t i = 0; i < COUNT(date_props) && !a->published; i++) {
		char *d = meta_content(root, date_props[i][0], date_props[i][1]);
		set_published(a, d);
		free(d);
	}
	find_time_element(a, root);
	if (a->url) {
		char host[256];
		if (extract_find_host(a->url, strlen(a->url), host, sizeof host))
			a->site = xstrdup(host);
	}
}

/* Does the class or id of n name a date ("date", "time", "posted")? */
static bool date_hint(const xmlNode *n)
{
	static const char *const attrs[] = { "class", "id", "itemprop" };
	static const char *const words[] = { "date", "time", "posted", "publish", "byline", "ngay", "meta", "info" };
	bool hit = false;
	for (size_t a = 0; a < COUNT(attrs) && !hit; a++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
		for (size_t w = 0; v && w < COUNT(words) && !hit; w++)
			hit = strcasestr((const char *)v, words[w]) != NULL;
		xmlFree(v);
	}
	return hit;
}

/* A date in a byline: an element named for dates, or a text that says
 * "Posted: 18/06/2024".  Furniture (set aside) is not searched. */
static void find_byline(struct article *a, struct page *p, xmlNode *n)
{
	static const char *const labels[] = { "posted", "updated", "published", "date", "ngày" };
	for (; n && !a->published; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content) {
			const char *s = (const char *)n->content;
			while (*s && isspace((unsigned char)*s))
				s++;
			for (size_t i = 0; i < COUNT(labels) && !a->published; i++)
				if (!strncasecmp(s, labels[i], strlen(labels[i])) && strlen(s) < 80)
					set_published(a, s);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct node_stat *st = stat_of(p, n);
		if (st && st->removed && !name_is(n, "header"))
			continue;
		if (date_hint(n) && st && st->raw < 80) {
			char *t = node_text(n);
			set_published(a, t);
			free(t);
			if (a->published)
				return;
		}
		find_byline(a, p, n->children);
	}
}

/* A byline date near the body ("Thursday, 14/09/2023 10:25"): first in
 * the body's own container, then anywhere near the top of the page. */
static void byline_date(struct article *a, xmlNode *near, xmlNode *root)
{
	if (a->published)
		return;
	for (int up = 0; near && up < 2 && !a->published; up++, near = near->parent) {
		xmlChar *c = xmlNodeGetContent(near);
		if (c && strlen((const char *)c) < 20000)
			set_published(a, (const char *)c);
		xmlFree(c);
	}
	if (a->published)
		return;
	xmlChar *all = xmlNodeGetContent(root);
	if (!all)
		return;
	size_t n = strlen((const char *)all);
	set_published(a, n > 4000 ? NULL : (const char *)all);
	if (!a->published && n > 4000) {
		char *head = xstrndup((const char *)all, 4000);
		set_published(a, head);
		free(head);
	}
	xmlFree(all);
}

/* ==== Before parsing ==== */

/* libxml2 compares each attribute of an element with every one before it
 * (40,000 attributes on one element: seconds to minutes), so an element
 * may have at most this many; real pages stay far below.  Under it the
 * work stays in proportion to the page (a 15 MB page of elements with 256
 * attributes each parses in under a second). */
#define MAX_ATTRIBUTES 256

static bool starts_ci(const char *p, const char *end, const char *word)
{
	size_t k = strlen(word);
	return (size_t)(end - p) >= k && strncasecmp(p, word, k) == 0;
}

/* Past the string quoted at p, or end when it never closes. */
static const char *skip_quoted(const char *p, const char *end)
{
	const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
	return q ? q + 1 : end;
}

/* Past the comment whose "<!--" is at p, or NULL when it never ends. */
static const char *skip_comment(const char *p, const char *end)
{
	const char *c = memmem(p + 4, (size_t)(end - p - 4), "-->", 3);
	return c ? c + 3 : NULL;
}

/*
 * The internal subset of the DOCTYPE at p ("<!DOCTYPE html [<!ENTITY ...>]>"),
 * [ to ], in [*from, *to); *from is NULL when there is none.  libxml2's HTML
 * parser knows no subsets: it ends the DOCTYPE at the first '>' and keeps
 * the rest of the declarations as text.  Returns where to scan on.  A
 * subset that never ends runs to the end of the page.
 */
static const char *doctype_subset(const char *p, const char *end, const char **from, const char **to)
{
	*from = *to = NULL;
	for (p += strlen("<!doctype"); p < end && *p != '['; p++) {
		if (*p == '>')
			return p + 1;
		if (*p == '"' || *p == '\'')
			p = skip_quoted(p, end) - 1;
	}
	if (p >= end)
		return end;
	*from = p;
	for (p++; p < end && *p != ']'; p++) {
		const char *c;
		if (*p == '"' || *p == '\'')
			p = skip_quoted(p, end) - 1;
		else if (starts_ci(p, end, "<!--"))
			p = (c = skip_comment(p, end)) ? c - 1 : end - 1;
	}
	*to = p < end ? p + 1 : end;
	return *to;
}

/* Past the attributes of the start tag whose name ends at p; *n counts
 * them the way libxml2 meets them (names, with or without a value). */
static const char *skip_attributes(const char *p, const char *end, size_t *n)
{
	*n = 0;
	for (;;) {
		while (p < end && (isspace((unsigned char)*p) || *p == '/'))
			p++;
		if (p >= end || *p == '>')
			return p;
		++*n;
		while (p < end && !isspace((unsigned char)*p) && *p != '>' && *p != '=' && *p != '/')
			p++;
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p < end && *p == '=') {
			for (p++; p < end && isspace((unsigned char)*p); p++)
				;
			if (p < end && (*p == '"' || *p == '\''))
				p = skip_quoted(p, end);
			else
				while (p < end && !isspace((unsigned char)*p) && *p != '>')
					p++;
		}
	}
}

/*
 * One pass over the bytes before libxml2 sees them: refuses a page with
 * an element libxml2 would take quadratic time over, and blanks DOCTYPE
 * internal subsets (markup, not text) in a copy (*masked, NULL when there
 * was nothing to blank; the caller frees it).  Comments and the insides
 * of scripts and styles are skipped as libxml2 skips them; one that never
 * ends is scanned on, so that nothing the parser may read as tags goes
 * uncounted.
 */
static int scan_markup(const struct article *a, const char *data, size_t len, char **masked, char *err,
		       size_t errlen)
{
	const char *p = data, *end = data + len;
	*masked = NULL;
	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		const char *tag = p++, *next;
		if (starts_ci(tag, end, "<!--")) {
			if ((next = skip_comment(tag, end)))
				p = next;
		} else if (starts_ci(tag, end, "<!doctype")) {
			const char *from, *to;
			p = doctype_subset(tag, end, &from, &to);
			if (from) {
				if (!*masked)
					*masked = memcpy(xmalloc(len), data, len);
				memset(*masked + (from - data), ' ', (size_t)(to - from));
			}
		} else if (p < end && isalpha((unsigned char)*p)) {
			const char *name = p;
			while (p < end && !isspace((unsigned char)*p) && *p != '>' && *p != '/')
				p++;
			size_t name_len = (size_t)(p - name), n;
			p = skip_attributes(p, end, &n);
			if (n > MAX_ATTRIBUTES) {
				errorf(err, errlen, "%s: an element (<%.*s>) with %zu attributes (at most %d: the HTML "
				       "parser's time grows with their square)",
				       a->file, (int)(name_len < 32 ? name_len : 32), name, n, MAX_ATTRIBUTES);
				free(*masked);
				*masked = NULL;
				return -1;
			}
			static const char *const raw[] = { "script", "style" };
			for (size_t i = 0; i < COUNT(raw); i++) {
				if (name_len != strlen(raw[i]) || strncasecmp(name, raw[i], name_len))
					continue;
				char close[16];
				snprintf(close, sizeof close, "</%s", raw[i]);
				for (next = p; (next = memchr(next, '<', (size_t)(end - next))) && !starts_ci(next, end, close);
				     next++)
					;
				if (next)
					p = next;
			}
		}
	}
	return 0;
}

/* ==== The page's encoding ==== */

/*
 * libxml2 2.9, told no encoding, reads the bytes as Latin-1 from the first
 * non-ASCII one it meets and then ignores a <meta charset> that comes
 * later (a UTF-8 headline in <title> before the meta is enough), so the
 * encoding is decided here, before parsing, and handed to it.
 */

/* Is s[0, n) valid UTF-8 holding at least one non-ASCII character? */
static bool utf8_non_ascii(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	bool wide = false;
	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		size_t k = *p >= 0xF0 && *p <= 0xF4 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 && *p <= 0xDF ? 2 : 0;
		if (k == 0 || *p > 0xF4 || (size_t)(end - p) < k)
			return false;
		for (size_t i = 1; i < k; i++)
			if ((p[i] & 0xC0) != 0x80)
				return false;
		/* Overlong forms, surrogates, beyond U+10FFFF. */
		if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F) || (p[0] == 0xF0 && p[1] < 0x90) ||
		    (p[0] == 0xF4 && p[1] > 0x8F))
			return false;
		wide = true;
		p += k;
	}
	return wide;
}

/* The next attribute of the tag at *p: its name and value, lower-cased
 * name; false at the tag's end.  The HTML standard's attribute reading,
 * less its corner cases. */
static bool next_attribute(const char **p, const char *end, char *name, size_t name_cap, const char **value,
			   size_t *value_len)
{
	const char *q = *p;
	while (q < end && (isspace((unsigned char)*q) || *q == '/'))
		q++;
	if (q >= end || *q == '>') {
		*p = q;
		return false;
	}
	size_t n = 0;
	while (q < end && !isspace((unsigned char)*q) && *q != '>' && *q != '=' && (n == 0 || *q != '/')) {
		if (n + 1 < name_cap)
			name[n++] = (char)tolower((unsigned char)*q);
		q++;
	}
	name[n] = '\0';
	while (q < end && isspace((unsigned char)*q))
		q++;
	*value = q;
	*value_len = 0;
	if (q < end && *q == '=') {
		for (q++; q < end && isspace((unsigned char)*q); q++)
			;
		if (q < end && (*q == '"' || *q == '\'')) {
			const char *close = memchr(q + 1, *q, (size_t)(end - q - 1));
			*value = q + 1;
			*value_len = (size_t)((close ? close : end) - *value);
			q = close ? close + 1 : end;
		} else {
			*value = q;
			while (q < end && !isspace((unsigned char)*q) && *q != '>')
				q++;
			*value_len = (size_t)(q - *value);
		}
	}
	*p = q;
	return true;
}

/* The charset named in a Content-Type value ("text/html; charset=utf-8"). */
static bool content_charset(const char *v, size_t n, char *out, size_t cap)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		if (strncasecmp(v + i, "charset", 7))
			continue;
		size_t j = i + 7;
		while (j < n && isspace((unsigned char)v[j]))
			j++;
		if (j >= n || v[j] != '=')
			continue;
		for (j++; j < n && isspace((unsigned char)v[j]); j++)
			;
		if (j < n && (v[j] == '"' || v[j] == '\''))
			j++;
		size_t k = 0;
		while (j < n && !isspace((unsigned char)v[j]) && v[j] != ';' && v[j] != '"' && v[j] != '\'' && k + 1 < cap)
			out[k++] = v[j++];
		out[k] = '\0';
		return k > 0;
	}
	return false;
}

/* A charset label as libxml2 should be told it, or NULL when libxml2 (and
 * iconv) know no such encoding.  As the HTML standard says, a UTF-16
 * label in a page read byte by byte is UTF-8, and Latin-1 and ASCII labels
 * mean windows-1252 (the characters 0x80-0x9F of real pages). */
static const char *charset_label(const char *label, char *out, size_t cap)
{
	static const char *const latin[] = { "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
					     "ascii", "cp819", "ibm819", "x-user-defined" };
	if (!strncasecmp(label, "utf-16", 6) || !strcasecmp(label, "utf16"))
		return "UTF-8";
	for (size_t i = 0; i < COUNT(latin); i++)
		if (!strcasecmp(label, latin[i]))
			return "windows-1252";
	xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(label);
	if (!h)
		return NULL;
	xmlCharEncCloseFunc(h);
	snprintf(out, cap, "%s", label);
	return out;
}

/* The HTML standard's prescan of the first 1,024 bytes for a <meta> that
 * names the charset (charset=, or http-equiv="Content-Type" with a
 * content=, in either order); comments and other tags are stepped over. */
static const char *prescan_charset(const char *data, size_t len, char *out, size_t cap)
{
	const char *p = data, *end = data + (len < 1024 ? len : 1024);
	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		const char *next;
		if (starts_ci(p, end, "<!--")) {
			if (!(next = skip_comment(p, end)))
				return NULL;
			p = next;
			continue;
		}
		bool meta = starts_ci(p, end, "<meta") && p + 5 < end && (isspace((unsigned char)p[5]) || p[5] == '/');
		bool tag = p + 1 < end && (isalpha((unsigned char)p[1]) || (p[1] == '/' && p + 2 < end && isalpha((unsigned char)p[2])));
		if (!meta && !tag) {
			if (p + 1 < end && (p[1] == '!' || p[1] == '/' || p[1] == '?')) {
				const char *gt = memchr(p, '>', (size_t)(end - p));
				p = gt ? gt + 1 : end;
			} else {
				p++;
			}
			continue;
		}
		p += meta ? 5 : 1;
		while (p < end && !isspace((unsigned char)*p) && *p != '>')
			p++;
		char name[32], charset[64] = "";
		const char *v;
		size_t vn;
		bool pragma = false, from_content = false;
		while (next_attribute(&p, end, name, sizeof name, &v, &vn)) {
			if (!meta)
				continue;
			if (!strcmp(name, "http-equiv"))
				pragma |= vn == 12 && !strncasecmp(v, "content-type", 12);
			else if (!strcmp(name, "charset") && vn && vn < sizeof charset && !from_content && !*charset)
				snprintf(charset, sizeof charset, "%.*s", (int)vn, v);
			else if (!strcmp(name, "content") && !*charset)
				from_content = content_charset(v, vn, charset, sizeof charset);
		}
		if (meta && *charset && (!from_content || pragma)) {
			const char *label = charset_label(charset, out, cap);
			if (label)
				return label;
		}
	}
	return NULL;
}

/* Does the page say it is Vietnamese: lang="vi" on its root, or a .vn
 * host in the URL it gives for itself?  Looked for in its head. */
static bool says_vietnamese(const char *data, size_t len)
{
	const char *end = data + (len < 16384 ? len : 16384);
	for (const char *p = data; p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL;) {
		bool html = starts_ci(p, end, "<html"), meta = starts_ci(p, end, "<meta"), link = starts_ci(p, end, "<link");
		p++;
		if (!html && !meta && !link)
			continue;
		char name[32];
		const char *v;
		size_t vn;
		bool self = false;
		const char *url = NULL;
		size_t url_len = 0;
		p += 4;
		while (next_attribute(&p, end, name, sizeof name, &v, &vn)) {
			if (html && (!strcmp(name, "lang") || !strcmp(name, "xml:lang")) && vn >= 2 &&
			    !strncasecmp(v, "vi", 2) && (vn == 2 || v[2] == '-'))
				return true;
			if ((!strcmp(name, "property") && vn == 6 && !strncasecmp(v, "og:url", 6)) ||
			    (!strcmp(name, "rel") && vn == 9 && !strncasecmp(v, "canonical", 9)))
				self = true;
			if (!strcmp(name, "content") || !strcmp(name, "href")) {
				url = v;
				url_len = vn;
			}
		}
		char host[256];
		if (self && url && extract_find_host(url, url_len, host, sizeof host)) {
			size_t h = strlen(host);
			if (h > 3 && !strcmp(host + h - 3, ".vn"))
				return true;
		}
	}
	return false;
}

/*
 * The encoding to read the page in: a byte-order mark; else UTF-8 when the
 * bytes are valid UTF-8 with some non-ASCII (legacy text almost never is,
 * so a page that declares windows-1252 but holds UTF-8 is UTF-8); else
 * what a <meta> in the first 1,024 bytes says; else windows-1258 for a
 * page that says it is Vietnamese, windows-1252 for any other.
 */
static const char *page_encoding(const char *data, size_t len, char *out, size_t cap)
{
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		return "UTF-8";
	if (utf8_non_ascii(data, len))
		return "UTF-8";
	const char *meta = prescan_charset(data, len, out, cap);
	if (meta)
		return meta;
	return says_vietnamese(data, len) ? "windows-1258" : "windows-1252";
}

/* ==== Entry ==== */

static void discard_message(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Did the bytes fail to decode in the charset the page declares?  libxml2
 * then ends the document at the first such byte, silently. */
static bool decode_failed(const htmlParserCtxtPtr ctxt)
{
	return ctxt->input && ctxt->input->buf && ctxt->input->buf->error != 0;
}

/*
 * Parses the page.  libxml2 recovers from broken markup, but some input
 * makes it stop for good (markup nested deeper than its limit of 256
 * levels, which also bounds the recursion of the passes above); the tree
 * it returns then ends where it stopped, so the page is refused rather
 * than loaded cut short.  A page whose bytes are not in the encoding
 * chosen (a windows-1252 page with a byte that charset lacks) is read
 * again as UTF-8, where libxml2 falls back to Latin-1 byte by byte
 * instead of stopping.
 * libxml2's own messages, which would name no file, are kept off stderr.
 */
static htmlDocPtr parse_page(struct article *a, const char *data, size_t len, char *err, size_t errlen)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_NONET | HTML_PARSE_COMPACT;
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt) {
		errorf(err, errlen, "%s: HTML parser could not start", a->file);
		return NULL;
	}
	xmlGenericErrorFunc saved = xmlGenericError;
	void *saved_ctx = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(NULL, discard_message);
	char label[64];
	const char *enc = page_encoding(data, len, label, sizeof label);
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, enc, opts | HTML_PARSE_IGNORE_ENC);
	if (decode_failed(ctxt)) {
		xmlFreeDoc(doc);
		doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, "UTF-8", opts | HTML_PARSE_IGNORE_ENC);
	}
	xmlSetGenericErrorFunc(saved_ctx, saved);
	/* In recovery mode only a halt (xmlHaltParser) disables SAX. */
	bool halted = ctxt->disableSAX != 0 || decode_failed(ctxt);
	if (halted && ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->lastError.message &&
	    strstr(ctxt->lastError.message, "depth"))
		errorf(err, errlen, "%s: markup nested too deep (over 256 levels)", a->file);
	else if (decode_failed(ctxt))
		errorf(err, errlen, "%s: bytes the HTML parser cannot decode", a->file);
	else if (halted)
		errorf(err, errlen, "%s: HTML parser stopped: %.*s", a->file,
		       ctxt->lastError.message ? (int)strcspn(ctxt->lastError.message, "\n") : 7,
		       ctxt->lastError.message ? ctxt->lastError.message : "unknown");
	else if (!doc)
		errorf(err, errlen, "%s: HTML parser could not read the page", a->file);
	htmlFreeParserCtxt(ctxt);
	if (halted) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

#define RETRY_BELOW_BYTES 500

/*
 * Sets furniture aside (by element, and by class and id when by_class),
 * scores the candidates, picks the body and renders it, with the headline
 * and the leads, into body (empty on entry).  Returns the body's element
 * (NULL when nothing scored: the whole page was rendered) and sets
 * *title_sentences to the headline's sentences.
 */
static xmlNode *select_and_render(struct article *a, struct page *p, xmlNode *body_el, bool by_class,
				  struct body *body, size_t *title_sentences)
{
	for (size_t i = 0; i < p->n_nodes; i++) {
		size_t raw = p->stats[i].raw;
		p->stats[i] = (struct node_stat){ .raw = raw };
	}
	mark_removed(p, body_el->children, by_class);
	size_t t = 0, l = 0, c = 0;
	count_text(p, body_el, false, &t, &l, &c);
	score_blocks(p, body_el->children);
	struct top top = { 0 };
	best_candidates(p, body_el->children, &top);
	double best_score = 0;
	xmlNode *best = top.n ? climb(p, &top, body_el, &best_score) : NULL;

	struct render r = { .article = a, .page = p, .body = body };
	if (a->title) {
		body->role = SENTENCE_TITLE;
		body_add_paragraph(body, a->title, strlen(a->title));
		body->role = SENTENCE_TEXT;
	}
	*title_sentences = body->n_sentences;
	if (best)
		render_leads(&r, body_el->children, best, false, false);
	if (!best) {
		render_nodes(&r, body_el->children);
	} else {
		/* Siblings that score well, or plain paragraphs with few links,
		 * belong to the article too (split bodies, lead paragraphs). */
		xmlNode *parent = best->parent;
		double threshold = best_score * 0.2 > 10 ? best_score * 0.2 : 10;
		body->in_body = true;
		xmlChar *best_class = xmlGetProp(best, (const xmlChar *)"class");
		for (xmlNode *s = parent ? parent->children : best; s; s = s->next) {
			if (s->type != XML_ELEMENT_NODE)
				continue;
			struct node_stat *st = stat_of(p, s);
			bool take = s == best;
			if (!take && !st->removed) {
				double ld = st->text ? (double)st->link / (double)st->text : 1;
				double bonus = 0;
				/* A part of a split body wears the body's class. */
				xmlChar *cls = best_class ? xmlGetProp(s, (const xmlChar *)"class") : NULL;
				if (cls && *cls && xmlStrEqual(cls, best_class))
					bonus = best_score * 0.2;
				xmlFree(cls);
				if (st->scored && final_score(p, s) + bonus >= threshold)
					take = true;
				else if (name_is(s, "p") && st->text > 80 && ld < 0.25)
					take = true;
				else if (name_in(s, lead_tags, COUNT(lead_tags)) && st->text > 100 && ld < 0.1)
					take = true; /* a lead (sapo, summary) beside the body */
			}
			if (take) {
				size_t t0 = 0, l0 = 0, c0 = 0;
				clean_links(p, s, false, true, &t0, &l0, &c0);
				render_node(&r, s);
				flush(&r);
			}
			if (!parent)
				break;
		}
		xmlFree(best_class);
	}
	flush(&r);
	clear_headers(&r);
	buf_free(&r.para);
	return best;
}

int extract_html_article(struct article *a, const char *data, size_t len,
			 char *err, size_t errlen)
{
	if (len > (size_t)INT32_MAX) {
		errorf(err, errlen, "%s: too large for the HTML parser", a->file);
		return -1;
	}
	char *masked;
	if (scan_markup(a, data, len, &masked, err, errlen) != 0)
		return -1;
	htmlDocPtr doc = parse_page(a, masked ? masked : data, len, err, errlen);
	free(masked);
	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root) {
		xmlFreeDoc(doc);
		errorf(err, errlen, "%s: no HTML element in the page", a->file);
		return -1;
	}
	struct page p = { 0 };
	p.n_nodes = index_nodes(root, 0);
	p.stats = xcalloc(p.n_nodes, sizeof *p.stats);
	p.total_raw = raw_text(&p, root);
	read_metadata(a, root);

	xmlNode *body_el = find_element(root, "body");
	if (!body_el)
		body_el = root;
	/* A body shorter than this may be a page whose article sits in a
	 * wrapper with a furniture word in its class ("widget Blog", "box
	 * article modal-enabled"): read again without the class-based
	 * removal, and the longer of the two is the body. */
	struct body body = { 0 };
	size_t title_sentences = 0;
	xmlNode *best = select_and_render(a, &p, body_el, true, &body, &title_sentences);
	if (body.text.len < RETRY_BELOW_BYTES) {
		struct body again = { 0 };
		size_t again_title = 0;
		xmlNode *best2 = select_and_render(a, &p, body_el, false, &again, &again_title);
		if (again.text.len > body.text.len) {
			body_free(&body);
			body = again;
			best = best2;
			title_sentences = again_title;
		} else {
			body_free(&again);
			best = select_and_render(a, &p, body_el, true, &again, &again_title);
			body_free(&again);
		}
	}
	find_byline(a, &p, body_el);
	byline_date(a, best, root);
	/* A headline over an empty body (a page cut off in its head, one
	 * written by scripts) is not an article. */
	bool empty = title_sentences > 0 && body.n_sentences == title_sentences;
	body_finish(&body, a);
	body_free(&body);
	free(p.stats);
	xmlFreeDoc(doc);
	if (empty) {
		errorf(err, errlen, "%s: no article text found (nothing below the headline)", a->file);
		return -1;
	}
	return 0;
}

void extract_init(void)
{
	xmlInitParser();
}
