/*
 * load_field: what a rank is a rank among, and of what.
 *
 * The field: "34th out of 63 provinces" is national, "ninth among the 13
 * localities of the Mekong Delta" is of a region, "first among
 * ministries" of the ministries.  It comes from the total (63 is the
 * country up to the indices of 2025, 34 from then on, 13 the Mekong
 * Delta), else from the words nearest the rank in its sentence
 * ("nationwide", "in the region", a region's name), and, for a bare
 * "ranked 11th", from the year: a province's rank on an index that is no
 * more than the country's count is national.  Anything else is unknown.
 *
 * The pillar: the part of an index (DTI's "digital government", PAPI's
 * "e-governance") a rank's subject names, from a controlled list per
 * indicator; NULL when the subject names none (the index itself).
 *
 * Both lists are data, patterns/rank_fields.tsv and patterns/pillars.tsv,
 * read by load_fields_read when the reference tables are refreshed (see
 * load_ref.c).  A struct load_fields is read-only once read.
 */
#include "load_internal.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== The lists ==== */

struct field_row {
	char *field;          /* national, region, ministries */
	char *name;           /* a region's name, or NULL */
	int size;             /* 0: varies */
	int from, until;      /* years the size holds for; 0: no bound */
};

struct cue {
	char *word; /* lower case (ASCII letters folded) */
	size_t len;
	size_t row; /* the field_row it names */
};

struct pillar {
	char *indicator, *name;
	char **spellings; /* lower case, the name first */
	size_t n;
};

struct load_fields {
	struct field_row *rows;
	size_t n_rows;
	struct cue *cues;
	size_t n_cues;
	struct pillar *pillars;
	size_t n_pillars;
	char hash[HASH_HEX_SIZE]; /* of both files' bytes */
};

static char *lower_dup(const char *s, size_t n)
{
	char *out = xstrndup(s, n);
	for (char *p = out; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return out;
}

/* Splits at tabs in place; returns the number of fields (at most max). */
static int split_tabs(char *s, char **f, int max)
{
	int n = 0;
	while (n < max) {
		f[n++] = load_trim(s);
		char *tab = strchr(s, '\t');
		if (!tab)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	for (int i = 0; i < n; i++)
		f[i] = load_trim(f[i]);
	return n;
}

/* "-" or empty is no value. */
static bool none(const char *s)
{
	return !*s || !strcmp(s, "-");
}

/* A whole number of 0..max, or "-" (0); -1 when neither. */
static int number(const char *s, int max)
{
	if (none(s))
		return 0;
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	return *end || errno || v < 1 || v > max ? -1 : (int)v;
}

static void add_cues(struct load_fields *F, char *words, size_t row)
{
	for (char *w = words, *next; w && *w; w = next) {
		next = strchr(w, ';');
		if (next)
			*next++ = '\0';
		w = load_trim(w);
		if (!*w)
			continue;
		F->cues = xrealloc(F->cues, (F->n_cues + 1) * sizeof *F->cues);
		struct cue *c = &F->cues[F->n_cues++];
		c->len = strlen(w);
		c->word = lower_dup(w, c->len);
		c->row = row;
	}
}

static int field_line(struct load_fields *F, char *line, const char *path, int lineno, char *err, size_t errlen)
{
	char *f[8];
	int n = split_tabs(line, f, 8);
	if (n < 5) {
		errorf(err, errlen, "%s:%d: a field needs field, name, size, from, until (and words), tab between",
		       path, lineno);
		return -1;
	}
	if (strcmp(f[0], "national") && strcmp(f[0], "region") && strcmp(f[0], "ministries")) {
		errorf(err, errlen, "%s:%d: unknown field '%s' (national, region or ministries)", path, lineno, f[0]);
		return -1;
	}
	int size = number(f[2], 10000), from = number(f[3], 9999), until = number(f[4], 9999);
	if (size < 0 || from < 0 || until < 0) {
		errorf(err, errlen, "%s:%d: size, from and until are whole numbers or '-'", path, lineno);
		return -1;
	}
	F->rows = xrealloc(F->rows, (F->n_rows + 1) * sizeof *F->rows);
	struct field_row *r = &F->rows[F->n_rows];
	r->field = xstrdup(f[0]);
	r->name = none(f[1]) ? NULL : xstrdup(f[1]);
	r->size = size;
	r->from = from;
	r->until = until;
	if (r->name) /* a region's name says it */
		add_cues(F, f[1], F->n_rows);
	if (n > 5)
		add_cues(F, f[5], F->n_rows);
	F->n_rows++;
	return 0;
}

static int pillar_line(struct load_fields *F, char *line, const char *path, int lineno, char *err, size_t errlen)
{
	char *f[4];
	int n = split_tabs(line, f, 4);
	if (n < 2 || none(f[0]) || none(f[1])) {
		errorf(err, errlen, "%s:%d: a pillar needs indicator and pillar (and spellings), tab between", path,
		       lineno);
		return -1;
	}
	F->pillars = xrealloc(F->pillars, (F->n_pillars + 1) * sizeof *F->pillars);
	struct pillar *p = &F->pillars[F->n_pillars++];
	p->indicator = xstrdup(f[0]);
	p->name = xstrdup(f[1]);
	p->n = 0;
	p->spellings = xmalloc(sizeof *p->spellings);
	p->spellings[p->n++] = lower_dup(f[1], strlen(f[1]));
	for (char *w = n > 2 ? f[2] : NULL, *next; w && *w; w = next) {
		next = strchr(w, ';');
		if (next)
			*next++ = '\0';
		w = load_trim(w);
		if (!*w)
			continue;
		p->spellings = xrealloc(p->spellings, (p->n + 1) * sizeof *p->spellings);
		p->spellings[p->n++] = lower_dup(w, strlen(w));
	}
	return 0;
}

typedef int (*line_fn)(struct load_fields *F, char *line, const char *path, int lineno, char *err,
		       size_t errlen);

/* Reads dir/name line by line into F (comments and blank lines left
 * out), adding its bytes to all. */
static int read_list(struct load_fields *F, const char *dir, const char *name, line_fn fn, struct buf *all,
		     char *err, size_t errlen)
{
	struct buf path = { 0 };
	buf_printf(&path, "%s/%s", dir, name);
	FILE *f = fopen(path.data, "r");
	if (!f) {
		errorf(err, errlen, "%s: %s", path.data, strerror(errno));
		buf_free(&path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, rc = 0;
	while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		buf_append(all, line, (size_t)len);
		line[strcspn(line, "\r\n")] = '\0';
		if (*load_trim(line) && *load_trim(line) != '#')
			rc = fn(F, line, path.data, lineno, err, errlen);
	}
	if (rc == 0 && ferror(f)) {
		errorf(err, errlen, "%s: %s", path.data, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(f);
	buf_free(&path);
	return rc;
}

struct load_fields *load_fields_read(const char *dir, char *err, size_t errlen)
{
	struct load_fields *F = xcalloc(1, sizeof *F);
	struct buf all = { 0 };
	if (read_list(F, dir, "rank_fields.tsv", field_line, &all, err, errlen) != 0 ||
	    read_list(F, dir, "pillars.tsv", pillar_line, &all, err, errlen) != 0) {
		buf_free(&all);
		load_fields_free(&F);
		return NULL;
	}
	hash_hex(all.data ? all.data : "", all.len, F->hash);
	buf_free(&all);
	return F;
}

void load_fields_free(struct load_fields **fp)
{
	struct load_fields *F = *fp;
	if (!F)
		return;
	for (size_t i = 0; i < F->n_rows; i++) {
		free(F->rows[i].field);
		free(F->rows[i].name);
	}
	for (size_t i = 0; i < F->n_cues; i++)
		free(F->cues[i].word);
	for (size_t i = 0; i < F->n_pillars; i++) {
		for (size_t k = 0; k < F->pillars[i].n; k++)
			free(F->pillars[i].spellings[k]);
		free(F->pillars[i].spellings);
		free(F->pillars[i].indicator);
		free(F->pillars[i].name);
	}
	free(F->rows);
	free(F->cues);
	free(F->pillars);
	free(F);
	*fp = NULL;
}

const char *load_fields_hash(const struct load_fields *F)
{
	return F->hash;
}

int load_fields_each(const struct load_fields *F, load_fields_row_fn row, load_fields_pillar_fn pillar,
		     void *ctx)
{
	for (size_t i = 0; i < F->n_rows; i++) {
		struct buf words = { 0 };
		for (size_t k = 0; k < F->n_cues; k++)
			if (F->cues[k].row == i)
				buf_printf(&words, "%s%s", words.len ? ";" : "", F->cues[k].word);
		const struct field_row *r = &F->rows[i];
		int rc = row(ctx, r->field, r->name, r->size, r->from, r->until, words.data ? words.data : "");
		buf_free(&words);
		if (rc != 0)
			return rc;
	}
	for (size_t i = 0; i < F->n_pillars; i++) {
		const struct pillar *p = &F->pillars[i];
		struct buf sp = { 0 };
		for (size_t k = 1; k < p->n; k++)
			buf_printf(&sp, "%s%s", sp.len ? ";" : "", p->spellings[k]);
		int rc = pillar(ctx, p->indicator, p->name, sp.data ? sp.data : "");
		buf_free(&sp);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* ==== Finding words ==== */

/* A byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence (Vietnamese letters). */
static bool word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* The next whole-word occurrence of w (lower case) in s[from, n), s
 * lower case; -1 when none. */
static long find_word(const char *s, size_t n, size_t from, const char *w, size_t wlen)
{
	while (from + wlen <= n) {
		const char *hit = memmem(s + from, n - from, w, wlen);
		if (!hit)
			return -1;
		size_t at = (size_t)(hit - s);
		if ((at == 0 || !word_byte((unsigned char)s[at - 1])) &&
		    (at + wlen == n || !word_byte((unsigned char)s[at + wlen])))
			return (long)at;
		from = at + 1;
	}
	return -1;
}

/* Whether s[a, b) holds a clause break: what stands across one ("…; it
 * ranked 9th", a table's "| Rank: 9") says nothing of the rank. */
static bool breaks(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (s[i] == ';' || s[i] == '|')
			return true;
	return false;
}

/* The cue nearest the match [ms, me) of the lower-cased sentence s, not
 * across a clause break; the longer of two as near.  NULL when none. */
static const struct cue *nearest_cue(const struct load_fields *F, const char *s, size_t n, size_t ms, size_t me)
{
	const struct cue *best = NULL;
	size_t best_gap = 0;
	for (size_t i = 0; i < F->n_cues; i++) {
		const struct cue *c = &F->cues[i];
		for (long at = find_word(s, n, 0, c->word, c->len); at >= 0;
		     at = find_word(s, n, (size_t)at + 1, c->word, c->len)) {
			size_t a = (size_t)at, b = a + c->len, gap;
			if (b <= ms)
				gap = ms - b;
			else if (a >= me)
				gap = a - me;
			else
				gap = 0;
			if ((b <= ms && breaks(s, b, ms)) || (a >= me && breaks(s, me, a)))
				continue;
			if (!best || gap < best_gap || (gap == best_gap && c->len > best->len)) {
				best = c;
				best_gap = gap;
			}
		}
	}
	return best;
}

/* ==== Classifying ==== */

/* Whether row's size holds for an index of year (0: unknown, any). */
static bool size_holds(const struct field_row *r, int year)
{
	return r->size && (!year || ((!r->from || year >= r->from) && (!r->until || year <= r->until)));
}

/* The largest size of field (and name, when not NULL) for year; 0 when
 * it has none. */
static int field_size(const struct load_fields *F, const char *field, const char *name, int year)
{
	int size = 0;
	for (size_t i = 0; i < F->n_rows; i++) {
		const struct field_row *r = &F->rows[i];
		if (!strcmp(r->field, field) && (!name || (r->name && !strcmp(r->name, name))) &&
		    size_holds(r, year) && r->size > size)
			size = r->size;
	}
	return size;
}

static void set(struct load_rank_class *out, const char *field, const char *region)
{
	out->field = field;
	out->region = region;
}

/* The field from a total: the rows of that size for the year, the one
 * the cue names first; region with no name when several regions share
 * the size.  false when no row has it. */
static bool by_total(const struct load_fields *F, int total, int year, const struct field_row *cued,
		     struct load_rank_class *out)
{
	const struct field_row *first = NULL;
	bool several = false;
	for (size_t i = 0; i < F->n_rows; i++) {
		const struct field_row *r = &F->rows[i];
		if (r->size != total || !size_holds(r, year))
			continue;
		if (cued && !strcmp(cued->field, r->field) && (!cued->name || (r->name && !strcmp(cued->name, r->name)))) {
			set(out, r->field, r->name);
			return true;
		}
		if (first && (strcmp(first->field, r->field) || (first->name && r->name && strcmp(first->name, r->name))))
			several = true;
		if (!first)
			first = r;
	}
	if (!first)
		return false;
	if (several)
		set(out, strcmp(first->field, "national") ? first->field : "unknown", NULL);
	else
		set(out, first->field, first->name);
	return true;
}

/* How far from the rank its words are looked for, in bytes each side:
 * a clause, and a bound on the work a sentence of thousands of ranks
 * (tests/bad.sh) can ask for. */
#define CUE_REACH 240

void load_fields_classify(const struct load_fields *F, const struct load_rank_input *in,
			  struct load_rank_class *out)
{
	set(out, "unknown", NULL);
	out->pillar = load_fields_pillar(F, in->indicator, in->subject);
	size_t n = in->sentence ? in->sentence_len : 0;
	bool known = in->match_end > in->match_start && in->match_end <= n;
	size_t ms = known ? in->match_start : 0, me = known ? in->match_end : n;
	/* The window around the match, lower-cased (ASCII letters). */
	size_t from = ms > CUE_REACH ? ms - CUE_REACH : 0, to = n - me > CUE_REACH ? me + CUE_REACH : n;
	if (!known && n > 2 * CUE_REACH)
		from = 0, to = 2 * CUE_REACH, me = to;
	char *low = xmalloc(to - from + 1);
	for (size_t i = from; i < to; i++) {
		char ch = in->sentence[i];
		low[i - from] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	low[to - from] = '\0';
	const struct cue *c = to > from ? nearest_cue(F, low, to - from, ms - from, me - from) : NULL;
	free(low);
	const struct field_row *cued = c ? &F->rows[c->row] : NULL;
	int year = in->year;
	if (in->has_total && in->total >= 1 && in->total <= 10000 && in->total == floor(in->total)) {
		if (by_total(F, (int)in->total, year, cued, out))
			return;
		/* A total of no known size: only a field whose size varies
		 * (the ministries, a region not named) can take it. */
		if (cued && !field_size(F, cued->field, cued->name, year))
			set(out, cued->field, cued->name);
		return;
	}
	if (cued) {
		int size = field_size(F, cued->field, cued->name, year);
		/* "the biggest leap in the region, rising to 24th": a rank
		 * past the region's size is not of the region. */
		if (!size || in->value <= size) {
			set(out, cued->field, cued->name);
			return;
		}
	}
	int national = field_size(F, "national", NULL, year);
	if (in->province && in->indicator && national && in->value >= 1 && in->value <= national)
		set(out, "national", NULL);
}

const char *load_fields_pillar(const struct load_fields *F, const char *indicator, const char *subject)
{
	if (!indicator || !subject)
		return NULL;
	size_t n = strlen(subject);
	char *low = lower_dup(subject, n);
	const char *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < F->n_pillars; i++) {
		const struct pillar *p = &F->pillars[i];
		if (strcmp(p->indicator, indicator))
			continue;
		for (size_t k = 0; k < p->n; k++) {
			size_t len = strlen(p->spellings[k]);
			if (len > best_len && find_word(low, n, 0, p->spellings[k], len) >= 0) {
				best = p->name;
				best_len = len;
			}
		}
	}
	free(low);
	return best;
}
