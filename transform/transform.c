/*
 * transform: from an extracted article to its facts.
 *
 * For every sentence, every pattern of the set runs (followers run
 * anchored right after the match they follow, for lists such as "17/63 in
 * A, 17/63 in B").  Matches become candidates; "ignore" patterns (dates,
 * document numbers, durations, technology names) claim their spans; then
 * candidates are accepted by priority, one fact per number: a number that
 * is a rank's field size or is claimed by an ignore pattern is not a fact
 * of its own.  Each fact then gets its context: subject, qualifier, sign,
 * unit, indicator, province, year and target.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <utf8proc.h>

/* ==== Fact list ==== */

struct fact_strings {
	struct buf text;
	char **owned;
	size_t n_owned;
};

static const char *list_strdup(struct fact_list *l, const char *s, size_t n)
{
	if (!l->strings)
		l->strings = xcalloc(1, sizeof *l->strings);
	struct fact_strings *fs = l->strings;
	fs->owned = xrealloc(fs->owned, (fs->n_owned + 1) * sizeof *fs->owned);
	return fs->owned[fs->n_owned++] = xstrndup(s, n);
}

static struct fact *list_push(struct fact_list *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->facts = xrealloc(l->facts, l->cap * sizeof *l->facts);
	}
	struct fact *f = &l->facts[l->n++];
	memset(f, 0, sizeof *f);
	return f;
}

void fact_list_clear(struct fact_list *l)
{
	if (l->strings) {
		for (size_t i = 0; i < l->strings->n_owned; i++)
			free(l->strings->owned[i]);
		l->strings->n_owned = 0;
	}
	l->n = 0;
}

void fact_list_free(struct fact_list *l)
{
	fact_list_clear(l);
	if (l->strings) {
		free(l->strings->owned);
		buf_free(&l->strings->text);
		free(l->strings);
	}
	free(l->facts);
	memset(l, 0, sizeof *l);
}

/* ==== Lifecycle ==== */

struct transform *transform_new(const char *dir, char *err, size_t errlen)
{
	struct transform *t = xcalloc(1, sizeof *t);
	if (patterns_load(&t->set, dir, err, errlen) != 0) {
		free(t);
		return NULL;
	}
	int g = 1;
	for (size_t i = 0; i < t->set.n_patterns; i++)
		if (t->set.patterns[i].n_groups > g)
			g = t->set.patterns[i].n_groups;
	t->max_groups = g;
	t->ov = xcalloc((size_t)g * 2, sizeof *t->ov);
	if (getenv("GOVFACTS_PROFILE"))
		t->profile = xcalloc(t->set.n_patterns + 1, sizeof *t->profile);
	return t;
}

static double cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* GOVFACTS_PROFILE=1: the CPU time each pattern took, most first. */
static void profile_report(const struct transform *t)
{
	double total = 0;
	size_t n = t->set.n_patterns;
	size_t *order = xcalloc(n + 1, sizeof *order);
	for (size_t i = 0; i < n; i++) {
		order[i] = i;
		total += t->profile[i];
	}
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && t->profile[order[k]] > t->profile[order[k - 1]]; k--) {
			size_t x = order[k];
			order[k] = order[k - 1];
			order[k - 1] = x;
		}
	fprintf(stderr, "profile: %.3f s in transform: %.3f article context, %.3f triggers and cues, %.3f patterns, "
		"%.3f facts\n", t->profile_stage[3], t->profile_stage[0], t->profile_stage[1], total,
		t->profile_stage[2]);
	for (size_t i = 0; i < n && i < 30; i++)
		fprintf(stderr, "profile: %8.3f ms %5.1f%%  %s\n", t->profile[order[i]] * 1e3,
			total > 0 ? 100 * t->profile[order[i]] / total : 0, t->set.patterns[order[i]].id);
	free(order);
}

void transform_free(struct transform **tp)
{
	if (!tp || !*tp)
		return;
	if ((*tp)->profile) {
		profile_report(*tp);
		free((*tp)->profile);
	}
	patterns_free(&(*tp)->set);
	free((*tp)->ov);
	free(*tp);
	*tp = NULL;
}

bool transform_indicator(const struct transform *t, size_t i, const char **code, const char **name)
{
	for (size_t k = 0; k < t->set.n_indicators; k++) {
		if (!strcmp(t->set.indicators[k].code, "-"))
			continue;
		if (i-- == 0) {
			*code = t->set.indicators[k].code;
			*name = t->set.indicators[k].name;
			return true;
		}
	}
	return false;
}

size_t transform_pattern_count(const struct transform *t)
{
	return t->set.n_patterns;
}

const char *transform_fingerprint(const struct transform *t)
{
	return t->set.fingerprint_hex;
}

/* ==== Word tables for captured text ==== */

struct word_map {
	const char *prefix;
	const char *value;
};

/* Qualifier phrases, matched at the start of the captured text, longest
 * first where one is a prefix of another.  Add an entry in lower case. */
static const struct word_map qualifier_words[] = {
	{ "more than", "min" }, { "over", "min" }, { "at least", "min" }, { "above", "min" },
	{ "exceeding", "min" }, { "greater than", "min" }, { "in excess of", "min" },
	{ "no less than", "min" }, { "not less than", "min" }, { "upwards of", "min" },
	{ "or more", "min" }, { "and above", "min" }, { "or above", "min" }, { "nearly", "approx" },
	{ "almost", "approx" }, { "about", "approx" }, { "around", "approx" },
	{ "approximately", "approx" }, { "approx", "approx" }, { "roughly", "approx" },
	{ "some", "approx" }, { "close to", "approx" }, { "nearly", "approx" }, { "up to", "max" }, { "less than", "max" },
	{ "under", "max" }, { "fewer than", "max" }, { "no more than", "max" }, { "below", "max" },
	{ "at most", "max" }, { "not exceeding", "max" }, { "top", "max" }, { "or less", "max" },
	{ "within", "max" },
};

/* Words that say which way a change went; "+" or "-". */
static const struct word_map sign_words[] = {
	{ "up", "+" }, { "ris", "+" }, { "rose", "+" }, { "increas", "+" }, { "gain", "+" },
	{ "climb", "+" }, { "improv", "+" }, { "jump", "+" }, { "higher", "+" }, { "grew", "+" },
	{ "grow", "+" }, { "advanc", "+" }, { "leap", "+" }, { "moved up", "+" }, { "+", "+" },
	{ "better", "+" }, { "rais", "+" }, { "boost", "+" }, { "moving up", "+" }, { "move up", "+" },
	{ "worse", "-" }, { "cut", "-" }, { "moving down", "-" },
	{ "down", "-" }, { "drop", "-" }, { "fell", "-" }, { "fall", "-" }, { "decreas", "-" },
	{ "declin", "-" }, { "lost", "-" }, { "los", "-" }, { "lower", "-" }, { "slip", "-" },
	{ "slid", "-" }, { "reduc", "-" }, { "moved down", "-" }, { "-", "-" }, { "\xe2\x80\x93", "-" },
};

/* Currency spellings and their ISO 4217 codes. */
static const struct word_map currency_words[] = {
	{ "us$", "USD" }, { "usd", "USD" }, { "$", "USD" }, { "us dollar", "USD" }, { "dollar", "USD" },
	{ "vnd", "VND" }, { "vn\xc4\x91", "VND" }, { "dong", "VND" }, { "\xc4\x91\xe1\xbb\x93ng", "VND" },
	{ "eur", "EUR" }, { "\xe2\x82\xac", "EUR" }, { "euro", "EUR" }, { "yen", "JPY" },
	{ "jpy", "JPY" }, { "won", "KRW" }, { "krw", "KRW" }, { "yuan", "CNY" }, { "cny", "CNY" },
};

static const char *map_word(const struct word_map *m, size_t count, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	for (size_t i = 0; i < count; i++) {
		size_t k = strlen(m[i].prefix);
		if (n >= k && strncasecmp(s, m[i].prefix, k) == 0)
			return m[i].value;
	}
	return NULL;
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ==== Candidates ==== */

struct candidate {
	const struct pattern *p;
	size_t ms, me;         /* match */
	size_t vs, ve;         /* value */
	size_t ts, te;         /* total, or RX_UNSET */
	size_t ss, se;         /* subject, or RX_UNSET */
	size_t fs, fe;         /* fallback subject, or RX_UNSET */
	double value, total;
	bool has_total;
	const char *qualifier;
	const char *unit;
	int sign;
	bool accepted;
};

struct sentence_work {
	struct candidate *c;
	size_t n, cap;
	struct { size_t s, e; bool mask_year; } *ignored;
	size_t n_ignored, cap_ignored;
};

static struct candidate *cand_push(struct sentence_work *w)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 16;
		w->c = xrealloc(w->c, w->cap * sizeof *w->c);
	}
	struct candidate *c = &w->c[w->n++];
	memset(c, 0, sizeof *c);
	c->ts = c->te = c->ss = c->se = c->fs = c->fe = RX_UNSET;
	return c;
}

static void ignore_push(struct sentence_work *w, size_t s, size_t e, bool mask_year)
{
	if (w->n_ignored == w->cap_ignored) {
		w->cap_ignored = w->cap_ignored ? w->cap_ignored * 2 : 16;
		w->ignored = xrealloc(w->ignored, w->cap_ignored * sizeof *w->ignored);
	}
	w->ignored[w->n_ignored].s = s;
	w->ignored[w->n_ignored].e = e;
	w->ignored[w->n_ignored].mask_year = mask_year;
	w->n_ignored++;
}

/* Word starts looked at, right to left, for a "left" field. */
#define LEFT_MAX_WORDS 24
#define LEFT_MAX_BYTES 240

/* The longest text before ms that the pattern's left piece matches
 * whole: the subject of "Paper records ... were down 8%", read after the
 * regex found the verb.  False when there is none. */
static bool left_field(const struct pattern *p, const char *s, size_t ms, size_t *a, size_t *b)
{
	size_t e = ms;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0)
		return false;
	size_t starts[LEFT_MAX_WORDS], n = 0, floor = e > LEFT_MAX_BYTES ? e - LEFT_MAX_BYTES : 0;
	for (size_t i = e; i > floor && n < LEFT_MAX_WORDS; i--)
		if (s[i - 1] != ' ' && (i - 1 == 0 || s[i - 2] == ' ' || s[i - 2] == '('))
			starts[n++] = i - 1;
	size_t ov[2];
	while (n-- > 0)
		if (rx_exec(p->left_rx, s, e, starts[n], true, ov, 1, NULL, 0) > 0 && ov[1] == e) {
			*a = starts[n];
			*b = e;
			return true;
		}
	return false;
}

/* Builds a candidate from the match in ov; false when the captured number
 * does not read as a number or a required left field is missing. */
static bool make_candidate(struct sentence_work *w, const struct pattern *p, const char *s,
			   const size_t *ov)
{
	if (p->kind == KIND_IGNORE) {
		size_t vs = ov[0], ve = ov[1];
		for (size_t i = 0; i < p->n_caps; i++)
			if (p->caps[i].field == FIELD_VALUE && ov[2 * p->caps[i].group] != RX_UNSET) {
				vs = ov[2 * p->caps[i].group];
				ve = ov[2 * p->caps[i].group + 1];
			}
		ignore_push(w, vs, ve, p->mask_year);
		return true;
	}
	struct candidate c = { .p = p, .ms = ov[0], .me = ov[1], .vs = RX_UNSET, .ts = RX_UNSET,
			       .te = RX_UNSET, .ss = RX_UNSET, .se = RX_UNSET, .fs = RX_UNSET, .fe = RX_UNSET,
			       .qualifier = "exact",
			       .sign = p->sign };
	for (size_t i = 0; i < p->n_caps; i++) {
		const struct capture *cap = &p->caps[i];
		size_t a = ov[2 * cap->group], b = ov[2 * cap->group + 1];
		if (a == RX_UNSET)
			continue;
		switch (cap->field) {
		case FIELD_VALUE:
		case FIELD_TOTAL: {
			double v;
			if (transform_number_parse(s + a, b - a, cap->type == TYPE_PCT, &v) != 0)
				return false;
			if (cap->field == FIELD_VALUE) {
				c.value = v;
				c.vs = a;
				c.ve = b;
			} else {
				c.total = v;
				c.has_total = true;
				c.ts = a;
				c.te = b;
			}
			break;
		}
		case FIELD_SUBJECT:
			c.ss = a;
			c.se = b;
			break;
		case FIELD_FALLBACK:
			/* Of two fallbacks set, the first in the regex is meant. */
			if (c.fs == RX_UNSET) {
				c.fs = a;
				c.fe = b;
			}
			break;
		case FIELD_QUALIFIER: {
			const char *q = map_word(qualifier_words, COUNT(qualifier_words), s + a, b - a);
			if (q)
				c.qualifier = q;
			break;
		}
		case FIELD_SIGN: {
			const char *g = map_word(sign_words, COUNT(sign_words), s + a, b - a);
			if (g)
				c.sign = g[0] == '-' ? -1 : 1;
			break;
		}
		case FIELD_UNIT:
			c.unit = map_word(currency_words, COUNT(currency_words), s + a, b - a);
			break;
		case FIELD_SUBJECTS:
		case FIELD_VALUES:
			/* Lists are expanded when the candidate is accepted. */
			if (cap->field == FIELD_VALUES) {
				c.vs = a;
				c.ve = b;
			} else {
				c.ss = a;
				c.se = b;
			}
			break;
		case FIELD_COUNT_:
			break;
		}
	}
	if (p->left_rx && (!p->left_group || ov[2 * p->left_group] != RX_UNSET)) {
		size_t a, b;
		if (left_field(p, s, c.ms, &a, &b)) {
			if (p->left_field == FIELD_FALLBACK) {
				c.fs = a;
				c.fe = b;
			} else {
				c.ss = a;
				c.se = b;
			}
		} else if (p->left_required) {
			return false;
		}
	} else if (p->left_rx && p->left_required) {
		return false;
	}
	if (c.vs == RX_UNSET && p->has_const_value) {
		c.value = p->const_value;
		c.vs = c.ms;
		c.ve = c.me;
	}
	if (c.vs == RX_UNSET)
		return false;
	*cand_push(w) = c;
	return true;
}

/* Does f continue a match of p?  A follower also continues itself, so
 * "17/63 in A, 17/63 in B and 15/63 in C" chains. */
static bool continues(const struct pattern *f, const struct pattern *p)
{
	if (!f->follow)
		return false;
	if (f == p)
		return true;
	for (size_t i = 0; i < f->n_follows; i++)
		if (f->follows[i] == p)
			return true;
	return false;
}

static int run_followers(struct transform *t, const struct pattern *after, const char *s, size_t n,
			 size_t at, struct sentence_work *w, int depth, char *err, size_t errlen);

static int run_pattern(struct transform *t, const struct pattern *p, const char *s, size_t n,
		       struct sentence_work *w, char *err, size_t errlen)
{
	size_t start = 0;
	while (start <= n) {
		int rc = rx_exec(p->rx, s, n, start, false, t->ov, p->n_groups, err, errlen);
		if (rc <= 0)
			return rc;
		size_t ms = t->ov[0], me = t->ov[1];
		make_candidate(w, p, s, t->ov);
		if (run_followers(t, p, s, n, me, w, 0, err, errlen) < 0)
			return -1;
		/* Search again after the number, so a number inside this
		 * match's subject can still start a match of its own. */
		size_t next = me;
		if (w->n && w->c[w->n - 1].p == p && w->c[w->n - 1].ve != RX_UNSET && w->c[w->n - 1].ms == ms)
			next = w->c[w->n - 1].ve;
		if (next <= start)
			next = start + 1;
		while (next < n && ((unsigned char)s[next] & 0xC0) == 0x80)
			next++;
		start = next;
	}
	return 0;
}

static int run_followers(struct transform *t, const struct pattern *after, const char *s, size_t n,
			 size_t at, struct sentence_work *w, int depth, char *err, size_t errlen)
{
	if (depth > 64)
		return 0;
	for (size_t i = 0; i < t->set.n_patterns; i++) {
		const struct pattern *f = &t->set.patterns[i];
		if (!continues(f, after))
			continue;
		int rc = rx_exec(f->rx, s, n, at, true, t->ov, f->n_groups, err, errlen);
		if (rc < 0)
			return -1;
		if (rc == 0 || t->ov[1] <= at)
			continue;
		size_t me = t->ov[1];
		make_candidate(w, f, s, t->ov);
		return run_followers(t, f, s, n, me, w, depth + 1, err, errlen);
	}
	return 0;
}

/* ==== Accepting candidates ==== */

static bool overlaps(size_t a, size_t b, size_t c, size_t d)
{
	return a != RX_UNSET && c != RX_UNSET && a < d && c < b;
}

static int cmp_candidates(const void *x, const void *y)
{
	const struct candidate *a = x, *b = y;
	if (a->p->priority != b->p->priority)
		return a->p->priority > b->p->priority ? -1 : 1;
	if (a->vs != b->vs)
		return a->vs < b->vs ? -1 : 1;
	size_t la = a->me - a->ms, lb = b->me - b->ms;
	return la > lb ? -1 : la < lb;
}

static void accept_candidates(struct sentence_work *w)
{
	if (w->n > 1)
		qsort(w->c, w->n, sizeof *w->c, cmp_candidates);
	for (size_t i = 0; i < w->n; i++) {
		struct candidate *c = &w->c[i];
		bool ok = true;
		for (size_t k = 0; k < w->n_ignored && ok; k++)
			if (overlaps(c->vs, c->ve, w->ignored[k].s, w->ignored[k].e))
				ok = false;
		for (size_t k = 0; k < i && ok; k++) {
			const struct candidate *d = &w->c[k];
			if (!d->accepted)
				continue;
			if (overlaps(c->vs, c->ve, d->vs, d->ve) || overlaps(c->vs, c->ve, d->ts, d->te) ||
			    overlaps(c->ts, c->te, d->vs, d->ve) || overlaps(c->ts, c->te, d->ts, d->te))
				ok = false;
		}
		c->accepted = ok;
	}
}

/* ==== Context: years, indicators, provinces ==== */

struct year_mention {
	size_t s, e;
	int years[4];
	int n_years;
	bool baseline; /* a point of comparison: "compared with 2021" */
	bool deadline; /* the date of a goal: "by 2025" */
};

struct article_context {
	const char *province;
	int indicator;       /* index, or -1 */
	int *indicator_year; /* per indicator, 0 when unknown */
	int running_year;    /* set by an earlier sentence of the paragraph */
	const char *last_subject; /* of the paragraph's last figure: "them" in the next sentence */
	size_t paragraph;
	int title_year;      /* "... results in 2023": for list items */
	int section_year;    /* the year of the last heading ("Targets for 2025") */
	bool in_section;     /* below a heading */
	bool section_target; /* that heading names goals */
};

/* Does cue match the text just before offset at (cues end with "$")? */
static bool cue_before(const struct transform *t, enum cue which, const char *s, size_t at)
{
	size_t ov[2];
	return t->set.cues[which] && rx_exec(t->set.cues[which], s, at, 0, false, ov, 1, NULL, 0) > 0;
}

static bool cue_in(const struct transform *t, enum cue which, const char *s, size_t from, size_t to)
{
	size_t ov[2];
	return t->set.cues[which] && rx_exec(t->set.cues[which], s, to, from, false, ov, 1, NULL, 0) > 0;
}

static int year_mentions(struct transform *t, const char *s, size_t n, const struct sentence_work *w,
			 struct year_mention *out, int max)
{
	int count = 0;
	size_t start = 0, ov[2];
	while (count < max && start < n) {
		if (rx_exec(t->set.cues[CUE_YEAR], s, n, start, false, ov, 1, NULL, 0) <= 0)
			break;
		size_t a = ov[0], b = ov[1];
		start = b > start ? b : start + 1;
		bool masked = false;
		for (size_t k = 0; k < w->n_ignored; k++)
			if (w->ignored[k].mask_year && overlaps(a, b, w->ignored[k].s, w->ignored[k].e))
				masked = true;
		if (masked)
			continue;
		int y = atoi(s + a);
		/* "2020 and 2021", "2019, 2020": one mention of several years. */
		if (count > 0) {
			struct year_mention *prev = &out[count - 1];
			size_t gap = a - prev->e;
			if ((gap == 5 && !strncmp(s + prev->e, " and ", 5)) || (gap == 2 && !strncmp(s + prev->e, ", ", 2)) ||
			    (gap == 6 && !strncmp(s + prev->e, ", and ", 6))) {
				if (prev->n_years < 4)
					prev->years[prev->n_years++] = y;
				prev->e = b;
				continue;
			}
		}
		struct year_mention *m = &out[count++];
		m->s = a;
		m->e = b;
		m->years[0] = y;
		m->n_years = 1;
		m->baseline = cue_before(t, CUE_BASELINE, s, a);
		m->deadline = cue_before(t, CUE_DEADLINE, s, a);
	}
	return count;
}

/* The clause of s around offset at: between semicolons, or the cell of a
 * table row ("DTI score | 2022: 0.6125 | 2023: 0.6581"). */
static void clause_of(const char *s, size_t n, size_t at, size_t *cs, size_t *ce)
{
	size_t a = at, b = at;
	while (a > 0 && s[a - 1] != ';' && s[a - 1] != '|')
		a--;
	while (b < n && s[b] != ';' && s[b] != '|')
		b++;
	*cs = a;
	*ce = b;
}

static bool is_separator(const char *s, size_t cs, size_t ce, size_t i)
{
	static const char *const words[] = { " and ", " while ", " but ", " whereas " };
	if (s[i] == ',')
		return true;
	for (size_t k = 0; k < COUNT(words); k++) {
		size_t len = strlen(words[k]);
		if (i + len <= ce && i >= cs && !strncmp(s + i, words[k], len))
			return true;
	}
	return false;
}

/* The part of a clause around [vs,ve) between commas and conjunctions:
 * "ranked 6th in the DTI 2023 | and third in the PAR Index". */
static void segment_of(const char *s, size_t cs, size_t ce, size_t vs, size_t ve, size_t *ss, size_t *se)
{
	size_t a = vs, b = ve;
	while (a > cs && !is_separator(s, cs, ce, a - 1))
		a--;
	while (b < ce && !is_separator(s, cs, ce, b))
		b++;
	*ss = a;
	*se = b;
}

/* "20th place in 2019": nothing but a preposition between a figure and
 * its year. */
static bool adjacent(const char *s, size_t a, size_t b)
{
	static const char *const links[] = { "in ", "of ", "for ", "(" };
	while (a < b && s[a] == ' ')
		a++;
	for (size_t k = 0; k < COUNT(links); k++) {
		size_t len = strlen(links[k]);
		if (a + len <= b && !strncasecmp(s + a, links[k], len)) {
			a += len;
			break;
		}
	}
	while (a < b && s[a] == ' ')
		a++;
	return a == b;
}

/* Is there a number between a and b?  It would claim a year after it
 * ("68.2%, compared with 51.4% in 2023"). */
static bool number_between(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (isdigit((unsigned char)s[i]))
			return true;
	return false;
}

static bool year_usable(const struct year_mention *m, bool target)
{
	return !m->baseline && (target || !m->deadline);
}

/* "By 2022, 100 percent of agencies will ...": a deadline that opens the
 * clause before the figure dates it, goal or not. */
static bool year_usable_before(const struct year_mention *m)
{
	return !m->baseline;
}

/* The year of a figure at [vs,me): a year right after it, else the last
 * before it in its clause, else a later one in the clause, else one
 * elsewhere in the sentence.  Points of comparison never count, and the
 * date of a goal ("by 2025") counts only for goals. */
static const struct year_mention *fact_year(const char *s, const struct year_mention *ym, int ny, size_t cs,
					    size_t ce, size_t vs, size_t me, bool target)
{
	const struct year_mention *before = NULL, *after = NULL, *later = NULL, *any = NULL;
	for (int i = 0; i < ny; i++) {
		const struct year_mention *m = &ym[i];
		bool in_clause = m->s >= cs && m->e <= ce;
		if (in_clause && !after && m->s >= me && m->s - me <= 40 && !number_between(s, me, m->s) &&
		    (year_usable(m, target) || adjacent(s, me, m->s)))
			after = m;
		if (in_clause && m->e <= vs && year_usable_before(m))
			before = m;
		if (!year_usable(m, target))
			continue;
		if (!any && !in_clause)
			any = m;
		if (in_clause && m->s >= me && !later && !number_between(s, me, m->s))
			later = m;
	}
	return after ? after : before ? before : later ? later : any;
}

/* Where a sentence names indicators and provinces: found once per
 * sentence, when its first fact needs them. */
struct mention {
	size_t s, e;
	int which; /* indicator index, or province index */
};

struct mentions {
	struct mention *m;
	size_t n, cap;
	bool done;
};

static void mention_push(struct mentions *l, size_t s, size_t e, int which)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->m = xrealloc(l->m, l->cap * sizeof *l->m);
	}
	l->m[l->n++] = (struct mention){ s, e, which };
}

/* Indicator mentions in indicator order, then by position. */
static const struct mentions *indicator_mentions(const struct transform *t, const char *s, size_t n,
						 struct mentions *l)
{
	if (l->done)
		return l;
	size_t ov[2];
	for (size_t i = 0; i < t->set.n_indicators; i++)
		for (size_t start = 0;
		     start < n && rx_exec(t->set.indicators[i].rx, s, n, start, false, ov, 1, NULL, 0) > 0;
		     start = ov[1] > start ? ov[1] : start + 1)
			mention_push(l, ov[0], ov[1], (int)i);
	l->done = true;
	return l;
}

static const struct mentions *province_mentions(const struct transform *t, const char *s, size_t n,
						struct mentions *l)
{
	if (l->done)
		return l;
	size_t ms, me;
	int g;
	for (size_t start = 0; start < n && (g = rx_exec_which(t->set.gazetteer, s, n, start, &ms, &me)) > 0;
	     start = me > start ? me : start + 1)
		mention_push(l, ms, me, g - 1);
	l->done = true;
	return l;
}

/* The indicator a figure belongs to: one named in its own segment (the
 * nearest), else, for rankings and scores, the last named before it in the
 * clause, the first after it, or the first in the sentence. */
static int find_indicator(const struct mentions *l, const char *s, size_t cs, size_t ce, size_t vs, size_t ve,
			  bool rank_kind)
{
	size_t gs, ge;
	segment_of(s, cs, ce, vs, ve, &gs, &ge);
	int in_segment = -1, before = -1, after = -1, any = -1;
	size_t seg_dist = SIZE_MAX, before_pos = 0, after_pos = SIZE_MAX;
	for (size_t k = 0; k < l->n; k++) {
		const struct mention *m = &l->m[k];
		if (any < 0)
			any = m->which;
		if (m->s < cs || m->e > ce)
			continue;
		size_t dist = m->e <= vs ? vs - m->e : m->s >= ve ? m->s - ve : 0;
		if (m->s >= gs && m->e <= ge && dist < seg_dist) {
			in_segment = m->which;
			seg_dist = dist;
		}
		if (m->e <= vs && m->s >= before_pos) {
			before = m->which;
			before_pos = m->s;
		} else if (m->s >= ve && m->s < after_pos) {
			after = m->which;
			after_pos = m->s;
		}
	}
	if (in_segment >= 0 || !rank_kind)
		return in_segment;
	return before >= 0 ? before : after >= 0 ? after : any;
}

const char *transform_province_find(const struct transform *t, const char *s, size_t n)
{
	size_t ms, me;
	int g = rx_exec_which(t->set.gazetteer, s, n, 0, &ms, &me);
	return g > 0 && (size_t)g <= t->set.n_provinces ? t->set.provinces[g - 1] : NULL;
}

/* Is offset at inside parentheses: "Phu Tho (formerly Vinh Phuc)"? */
static bool in_parentheses(const char *s, size_t at)
{
	int depth = 0;
	for (size_t i = 0; i < at; i++)
		depth += s[i] == '(' ? 1 : s[i] == ')' && depth ? -1 : 0;
	return depth > 0;
}

/* The province named nearest before vs in the clause, else the first
 * after it in its segment, else the first before it in the sentence; a
 * name in parentheses only when there is no other.  A name after the
 * figure in another segment is another place's: "1,140 businesses in the
 * province, against 3,900 in Kien Giang". */
static const char *sentence_province(const struct transform *t, const struct mentions *l, const char *s,
				     size_t cs, size_t ce, size_t vs, size_t ve)
{
	const char *first = NULL, *before = NULL, *after = NULL, *aside = NULL;
	size_t gs, ge;
	segment_of(s, cs, ce, vs, ve, &gs, &ge);
	for (size_t k = 0; k < l->n; k++) {
		const struct mention *m = &l->m[k];
		const char *p = t->set.provinces[m->which];
		if (in_parentheses(s, m->s)) {
			if (!aside)
				aside = p;
			continue;
		}
		if (m->s >= cs && m->e <= vs)
			before = p;
		else if (m->s >= ve && m->e <= ge && !after)
			after = p;
		else if (m->e <= vs && !first)
			first = p;
	}
	return before ? before : after ? after : first ? first : aside;
}

static bool is_rank_kind(enum fact_kind k)
{
	return k == KIND_RANK || k == KIND_RANK_CHANGE || k == KIND_SCORE;
}

/* ==== Subjects ==== */

static const char *const trailing_stopwords[] = {
	"of", "the", "a", "an", "and", "or", "in", "at", "on", "for", "to", "with", "by", "from",
	"as", "is", "are", "was", "were", "has", "have", "had", "that", "which", "its", "their",
	"this", "these", "those", "be", "been", "will", "who", "whose", "such", "former",
};

#define SUBJECT_MAX_WORDS 10

static bool is_stopword(const char *w, size_t n)
{
	for (size_t i = 0; i < COUNT(trailing_stopwords); i++)
		if (strlen(trailing_stopwords[i]) == n && strncmp(trailing_stopwords[i], w, n) == 0)
			return true;
	return false;
}

/* Trims a captured subject: white space and punctuation at the ends, a
 * leading "the rate of", at most SUBJECT_MAX_WORDS words, no dangling
 * "of the" (in lower case: "Nghe An" keeps its "An"). */
static void clean_subject(const struct transform *t, const char *s, size_t a, size_t b, size_t *oa, size_t *ob)
{
	while (a < b && (isspace((unsigned char)s[a]) || strchr(",;:.-", s[a])))
		a++;
	while (b > a && (isspace((unsigned char)s[b - 1]) || strchr(",;:.-", s[b - 1])))
		b--;
	size_t ov[2];
	if (t->set.cues[CUE_LEAD] && rx_exec(t->set.cues[CUE_LEAD], s, b, a, true, ov, 1, NULL, 0) > 0 && ov[1] < b)
		a = ov[1];
	size_t words = 0, i = a;
	int depth = 0;
	for (; i < b; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth)
			depth--;
		else if (s[i] == ' ' && depth == 0 && ++words >= SUBJECT_MAX_WORDS)
			break;
	}
	b = i;
	for (;;) {
		while (b > a && (isspace((unsigned char)s[b - 1]) || strchr(",;:-", s[b - 1])))
			b--;
		size_t w = b;
		while (w > a && s[w - 1] != ' ')
			w--;
		if (w == a || !is_stopword(s + w, b - w))
			break;
		b = w;
	}
	*oa = a;
	*ob = b;
}

/* What a subject names.  WEAK: nothing measured, only places and
 * pronouns ("the province", "Binh Duong", "them"); PRONOUN: "them",
 * "these", which stand for a figure named before. */
enum subject_class { SUBJECT_NONE, SUBJECT_WEAK, SUBJECT_PRONOUN, SUBJECT_STRONG };

static enum subject_class classify_subject(const struct transform *t, const char *s, size_t a, size_t b,
					   const char **province)
{
	*province = NULL;
	if (b <= a)
		return SUBJECT_NONE;
	size_t ov[2];
	if (t->set.cues[CUE_PRONOUN] && rx_exec(t->set.cues[CUE_PRONOUN], s + a, b - a, 0, true, ov, 1, NULL, 0) > 0 &&
	    ov[1] == b - a)
		return SUBJECT_PRONOUN;
	if (!t->set.cues[CUE_WEAK])
		return SUBJECT_STRONG;
	/* Blank out the places, then see whether anything but weak words is left. */
	char local[256];
	size_t n = b - a;
	char *tmp = n < sizeof local ? local : xmalloc(n + 1);
	memcpy(tmp, s + a, n);
	tmp[n] = '\0';
	size_t start = 0, ms, me;
	int g;
	while (start < n && (g = rx_exec_which(t->set.gazetteer, tmp, n, start, &ms, &me)) > 0) {
		if (!*province)
			*province = t->set.provinces[g - 1];
		memset(tmp + ms, ' ', me - ms);
		start = me > start ? me : start + 1;
	}
	/* "the DTI 2023", "DTI ranking": an index names no measure of its own
	 * (its rankings take the index's name). */
	size_t ov2[2];
	for (size_t i = 0; i < t->set.n_indicators; i++)
		for (start = 0; start < n && rx_exec(t->set.indicators[i].rx, tmp, n, start, false, ov2, 1, NULL, 0) > 0;
		     start = ov2[1] > start ? ov2[1] : start + 1)
			memset(tmp + ov2[0], ' ', ov2[1] - ov2[0]);
	bool weak = rx_exec(t->set.cues[CUE_WEAK], tmp, n, 0, true, ov, 1, NULL, 0) > 0 && ov[1] == n;
	if (tmp != local)
		free(tmp);
	return weak ? SUBJECT_WEAK : SUBJECT_STRONG;
}

/* ==== Facts ==== */

/* A subject reduced to what it measures: lower case, without place names
 * and the words around them ("communes in Nghe An" -> "communes"), so that
 * a caption's "100% of communes in Nghe An" is the body's "100% of
 * communes". */
static void subject_key(const struct transform *t, const char *subject, char *out, size_t outlen)
{
	static const char *const filler[] = { "the", "a", "an", "in", "of", "at", "across", "throughout",
					      "province", "province's", "provincial", "city", "city's", "its",
					      "their", "whole", "entire", "all" };
	char tmp[256];
	size_t n = strlen(subject);
	if (n >= sizeof tmp)
		n = sizeof tmp - 1;
	memcpy(tmp, subject, n);
	tmp[n] = '\0';
	size_t start = 0, ms, me;
	int g;
	while (start < n && (g = rx_exec_which(t->set.gazetteer, tmp, n, start, &ms, &me)) > 0) {
		memset(tmp + ms, ' ', me - ms);
		start = me > start ? me : start + 1;
	}
	size_t o = 0;
	for (char *w = strtok(tmp, " ,"); w; w = strtok(NULL, " ,")) {
		bool skip = false;
		for (size_t i = 0; i < COUNT(filler) && !skip; i++)
			skip = strcasecmp(w, filler[i]) == 0;
		for (size_t i = 0; w[i] && !skip && o + 2 < outlen; i++)
			out[o++] = (char)tolower((unsigned char)w[i]);
		if (!skip && o + 1 < outlen)
			out[o++] = ' ';
	}
	out[o] = '\0';
}

/* Are the words of key a all among those of key b? */
static bool words_within(const char *a, const char *b)
{
	bool any = false;
	for (const char *w = a; *w;) {
		while (*w == ' ')
			w++;
		size_t n = strcspn(w, " ");
		if (!n)
			break;
		bool found = false;
		for (const char *v = b; *v && !found;) {
			while (*v == ' ')
				v++;
			size_t m = strcspn(v, " ");
			found = m == n && !strncmp(v, w, n);
			v += m;
		}
		if (!found)
			return false;
		any = true;
		w += n;
	}
	return any;
}

/* Is b the fact a states again?  Same kind, value and subject, and the
 * same total where both give one ("4th place" in the headline, "4th out of
 * 63" in the body).  A ranking or score whose subject is only its index
 * is the one of that index, year and province whatever the other's
 * subject says ("scored 0.6012 in the DTI 2023" and a table's "DTI 2023
 * score: 0.6012"). */
static bool same_fact(const struct transform *t, const struct fact *a, const char *ka, const struct fact *b,
		      const char *kb)
{
	if (a->kind != b->kind || fabs(a->value - b->value) > 1e-9)
		return false;
	if (a->has_total && b->has_total && fabs(a->total - b->total) > 1e-9)
		return false;
	bool rank = strcmp(a->kind, "rank") == 0;
	if (strcmp(ka, kb) == 0)
		return !(rank && a->year != b->year); /* a rank of another year is another fact */
	/* "the digital economy accounted for 11.2%" and a table's "Digital
	 * economy share of GRDP: 11.2%" in the same year. */
	if (a->year && a->year == b->year && a->province == b->province &&
	    (words_within(ka, kb) || words_within(kb, ka)))
		return true;
	if (!a->indicator || a->indicator != b->indicator || a->year != b->year || a->province != b->province)
		return false;
	for (size_t i = 0; i < t->set.n_indicators; i++)
		if (a->subject == t->set.indicators[i].name || b->subject == t->set.indicators[i].name)
			return true;
	return false;
}

struct emit_ctx;
static bool add_fact(struct emit_ctx *E, const struct fact *f);

/* Splits "A, B and C" into items: offsets of each in s. */
static int split_list(const char *s, size_t a, size_t b, size_t *is, size_t *ie, int max)
{
	int n = 0;
	size_t i = a;
	while (i < b && n < max) {
		size_t end = b, next = b;
		for (size_t k = i; k < b; k++) {
			if (s[k] == ',') {
				end = k;
				next = k + 1;
				if (next + 4 <= b && !strncmp(s + next, " and ", 5))
					next += 4;
				break;
			}
			if (k + 5 <= b && !strncmp(s + k, " and ", 5)) {
				end = k;
				next = k + 5;
				break;
			}
		}
		size_t x = i, y = end;
		while (x < y && s[x] == ' ')
			x++;
		while (y > x && s[y - 1] == ' ')
			y--;
		if (y > x) {
			is[n] = x;
			ie[n] = y;
			n++;
		}
		i = next;
	}
	return n;
}

struct emit_ctx {
	struct transform *t;
	const struct article *a;
	const struct sentence *sen;
	const char *s;
	size_t n;
	struct article_context *ac;
	const struct year_mention *ym;
	int ny;
	bool now;                 /* "to date", "currently": no year by inheritance */
	size_t measure_s, measure_e; /* "the rate of X": X, or RX_UNSET */
	/* The subject of the sentence's last fact that named one, and of its
	 * last ranking, with the ranking's indicator. */
	const char *prev_subject, *prev_rank_subject;
	int prev_rank_indicator;
	struct fact_list *out;
	size_t first;
	struct buf scratch;
	struct mentions *indicators, *provinces; /* of this sentence */
	char **keys;                             /* subject keys of out's facts from first */
	size_t n_keys, cap_keys;
};

/* Appends f unless the article states it already; the subject keys of
 * the facts are kept beside them, one per fact, to compare with. */
static bool add_fact(struct emit_ctx *E, const struct fact *f)
{
	char key[256];
	subject_key(E->t, f->subject, key, sizeof key);
	for (size_t i = E->first; i < E->out->n; i++) {
		struct fact *g = &E->out->facts[i];
		if (!same_fact(E->t, g, E->keys[i - E->first], f, key))
			continue;
		if (f->has_total && !g->has_total) {
			g->total = f->total;
			g->has_total = true;
		}
		return false;
	}
	*list_push(E->out) = *f;
	if (E->n_keys == E->cap_keys) {
		E->cap_keys = E->cap_keys ? E->cap_keys * 2 : 32;
		E->keys = xrealloc(E->keys, E->cap_keys * sizeof *E->keys);
	}
	E->keys[E->n_keys++] = xstrdup(key);
	return true;
}

/* "99.2% of them were processed on time": the figure "them" stands for,
 * with what the sentence says of them. */
static const char *pronoun_subject(struct emit_ctx *E, const char *antecedent, size_t se)
{
	struct buf *b = &E->scratch;
	b->len = 0;
	buf_puts(b, antecedent);
	size_t ov[2];
	if (E->t->set.cues[CUE_PREDICATE] &&
	    rx_exec(E->t->set.cues[CUE_PREDICATE], E->s, E->n, se, true, ov, 1, NULL, 0) > 0 && ov[1] > ov[0]) {
		size_t pa, pb;
		clean_subject(E->t, E->s, ov[0], ov[1], &pa, &pb);
		/* "of which 900 are full-process services": the predicate
		 * names the things itself when it ends on the same noun. */
		const char *head = strrchr(antecedent, ' ');
		head = head ? head + 1 : antecedent;
		size_t hl = strlen(head);
		if (pb - pa >= hl && hl > 2 && strncasecmp(E->s + pb - hl, head, hl) == 0 &&
		    (pb - pa == hl || E->s[pb - hl - 1] == ' '))
			b->len = 0;
		if (pb > pa) {
			if (b->len)
				buf_putc(b, ' ');
			buf_append(b, E->s + pa, pb - pa);
		}
	}
	return list_strdup(E->out, b->data, b->len);
}

/* "In the digital economy pillar, Kien Giang climbed 14 places": the
 * pillar named last before a ranking in its clause. */
static bool sentence_pillar(const struct transform *t, const char *s, const struct candidate *c, size_t *pa,
			    size_t *pb)
{
	struct rx *cue = t->set.cues[CUE_PILLAR];
	if (!cue)
		return false;
	size_t cs, ce, ov[2], start, found = RX_UNSET, found_end = 0;
	clause_of(s, c->vs, c->vs, &cs, &ce);
	for (start = cs; start < c->vs && rx_exec(cue, s, c->vs, start, false, ov, 1, NULL, 0) > 0;
	     start = ov[1] > start ? ov[1] : start + 1) {
		found = ov[0];
		found_end = ov[1];
	}
	if (found == RX_UNSET)
		return false;
	clean_subject(t, s, found, found_end, pa, pb);
	return *pb > *pa;
}

/* A capture's subject, cleaned, and what it names. */
static enum subject_class captured_subject(const struct transform *t, const char *s, size_t cs, size_t ce,
					   size_t *a, size_t *b, const char **province)
{
	*a = *b = 0;
	*province = NULL;
	if (cs == RX_UNSET)
		return SUBJECT_NONE;
	clean_subject(t, s, cs, ce, a, b);
	return classify_subject(t, s, *a, *b, province);
}

/*
 * The subject of a fact: what was measured.  In this order: the pattern's
 * subject, then its fallback capture, when either names a measure; for a
 * pronoun ("99.2% of them were processed"), the figure it stands for;
 * the subject of the figure before it in the sentence (a change or a
 * ranking's change inherits what changed; a place's figure, "while BR-VT
 * reached 54.2%", what was measured); a "rate of X" phrase of the
 * sentence; for rankings and scores, the index.  Last, whatever the
 * pattern captured.  *inheritable says whether later figures of the
 * sentence may take it.
 */
static const char *resolve_subject(struct emit_ctx *E, const struct candidate *c, size_t ss, size_t se,
				   int ind, const char **province, bool *inheritable)
{
	const struct transform *t = E->t;
	const char *s = E->s;
	enum fact_kind kind = c->p->kind;
	bool rank = is_rank_kind(kind);
	size_t sa, sb, fa, fb;
	const char *fprov;
	enum subject_class cls = captured_subject(t, s, ss, se, &sa, &sb, province);
	enum subject_class fcls = captured_subject(t, s, c->fs, c->fe, &fa, &fb, &fprov);
	if (!*province)
		*province = fprov;
	*inheritable = true;
	if (cls == SUBJECT_STRONG)
		return list_strdup(E->out, s + sa, sb - sa);
	if (fcls == SUBJECT_STRONG)
		return list_strdup(E->out, s + fa, fb - fa);
	if (!rank && cls == SUBJECT_PRONOUN && (E->prev_subject || E->measure_s != RX_UNSET || E->ac->last_subject)) {
		const char *ante = E->prev_subject ? E->prev_subject : E->measure_s == RX_UNSET ? E->ac->last_subject : NULL;
		if (!ante) {
			size_t ma, mb;
			clean_subject(t, s, E->measure_s, E->measure_e, &ma, &mb);
			ante = list_strdup(E->out, s + ma, mb - ma);
		}
		return pronoun_subject(E, ante, se > c->me ? se : c->me);
	}
	if (rank) {
		size_t pa, pb;
		if (sentence_pillar(t, s, c, &pa, &pb))
			return list_strdup(E->out, s + pa, pb - pa);
	}
	/* A ranking has its own subject; its change and its score share it,
	 * as does a ranking that continues a phrase ("dropped 5 places to
	 * 41st"). */
	if (rank && (kind != KIND_RANK || c->p->follow) && E->prev_rank_subject && E->prev_rank_indicator == ind)
		return E->prev_rank_subject;
	if (!rank && E->prev_subject)
		return E->prev_subject;
	if (!rank && E->measure_s != RX_UNSET) {
		size_t ma, mb;
		clean_subject(t, s, E->measure_s, E->measure_e, &ma, &mb);
		if (mb > ma)
			return list_strdup(E->out, s + ma, mb - ma);
	}
	*inheritable = false;
	if (rank)
		return ind >= 0 ? t->set.indicators[ind].name : "overall ranking";
	if (cls != SUBJECT_NONE)
		return list_strdup(E->out, s + sa, sb - sa);
	if (fcls != SUBJECT_NONE)
		return list_strdup(E->out, s + fa, fb - fa);
	return "";
}

static void emit(struct emit_ctx *E, const struct candidate *c, double value, size_t vs, size_t ve,
		 size_t ss, size_t se, const char *province)
{
	struct transform *t = E->t;
	const char *s = E->s;
	enum fact_kind kind = c->p->kind;
	size_t cs, ce;
	clause_of(s, E->n, vs, &cs, &ce);

	struct fact f = { 0 };
	f.kind = kind_name(kind);
	f.value = (kind == KIND_PERCENT_CHANGE || kind == KIND_RANK_CHANGE) ? value * c->sign : value;
	f.total = c->total;
	f.has_total = c->has_total;
	f.qualifier = c->qualifier;
	f.unit = kind == KIND_MONEY ? (c->unit ? c->unit : "VND") : NULL;
	f.pattern = c->p->id;
	f.sentence = s;
	f.sentence_len = E->n;
	f.start = E->sen->start + (c->ms < vs ? c->ms : vs);
	f.end = E->sen->start + (c->me > ve ? c->me : ve);

	int ind = find_indicator(indicator_mentions(t, s, E->n, E->indicators), s, cs, ce, vs, ve,
				 is_rank_kind(kind));
	if (ind < 0 && is_rank_kind(kind))
		ind = E->ac->indicator;
	/* Code "-": an index outside the contract's list (DDCI...). */
	f.indicator = ind >= 0 && strcmp(t->set.indicators[ind].code, "-") ? t->set.indicators[ind].code : NULL;

	const char *subject_province;
	bool inheritable;
	f.subject = resolve_subject(E, c, ss, se, ind, &subject_province, &inheritable);
	if (!province)
		province = subject_province;
	if (!province)
		province = sentence_province(t, province_mentions(t, s, E->n, E->provinces), s, cs, ce, vs, ve);
	f.province = province ? province : E->ac->province;

	f.target = E->ac->section_target || cue_in(t, CUE_TARGET, s, cs, ve) || cue_in(t, CUE_GOAL, s, cs, ce);

	const struct year_mention *y = fact_year(s, E->ym, E->ny, cs, ce, vs, c->me, f.target);
	bool added = false;
	if (y) {
		int n_years = is_rank_kind(kind) ? y->n_years : 1;
		for (int i = 0; i < n_years; i++) {
			f.year = y->years[i];
			added |= add_fact(E, &f);
		}
	} else {
		/* No year of its own: the paragraph's, the section's, for a
		 * for a list item below a heading the title's, for a ranking its index's. */
		const struct article_context *ac = E->ac;
		if (!E->now) {
			f.year = ac->running_year ? ac->running_year : ac->section_year;
			/* The items of a report's sections ("Digital government":
			 * a list of results) are of the period its title names. */
			if (!f.year && ac->in_section && E->sen->role == SENTENCE_ITEM)
				f.year = ac->title_year;
			if (!f.year && is_rank_kind(kind) && ind >= 0)
				f.year = ac->indicator_year[ind];
		}
		added = add_fact(E, &f);
	}
	(void)added;
	if (inheritable && is_rank_kind(kind)) {
		E->prev_rank_subject = f.subject;
		E->prev_rank_indicator = ind;
	} else if (inheritable) {
		E->prev_subject = f.subject;
		E->ac->last_subject = f.subject;
	}
}

static void emit_candidate(struct emit_ctx *E, const struct candidate *c)
{
	bool list = false;
	for (size_t i = 0; i < c->p->n_caps; i++)
		list |= c->p->caps[i].field == FIELD_VALUES;
	if (!list) {
		emit(E, c, c->value, c->vs, c->ve, c->ss, c->se, NULL);
		return;
	}
	/* "A and B with 58.3 percent and 57.6 percent respectively" */
	size_t vs[16], ve[16], ss[16], se[16];
	int nv = split_list(E->s, c->vs, c->ve, vs, ve, 16);
	int ns = c->ss != RX_UNSET ? split_list(E->s, c->ss, c->se, ss, se, 16) : 0;
	if (nv < 2 || ns != nv)
		return;
	/* "The rate of X in Can Tho and Vinh Long reached ... respectively":
	 * the items are places, and X, before the first place, is the
	 * subject of every one. */
	const char *places[16];
	size_t first_place = RX_UNSET;
	bool by_place = true;
	for (int i = 0; i < ns && by_place; i++) {
		size_t ms, me;
		int g = rx_exec_which(E->t->set.gazetteer, E->s, se[i], ss[i], &ms, &me);
		places[i] = g > 0 ? E->t->set.provinces[g - 1] : NULL;
		if (!places[i])
			by_place = false;
		else if (i == 0)
			first_place = ms;
	}
	const char *last_province;
	if (by_place && classify_subject(E->t, E->s, ss[ns - 1], se[ns - 1], &last_province) == SUBJECT_STRONG)
		by_place = false;
	for (int i = 0; i < nv; i++) {
		/* "58.3 percent", "45th", "third": the whole item, else its digits. */
		double v;
		size_t e = ve[i];
		if (transform_number_parse(E->s + vs[i], e - vs[i], true, &v) != 0) {
			while (e > vs[i] && !isdigit((unsigned char)E->s[e - 1]))
				e--;
			if (transform_number_parse(E->s + vs[i], e - vs[i], true, &v) != 0)
				continue;
		}
		if (by_place)
			emit(E, c, v, vs[i], e, first_place > ss[0] ? ss[0] : ss[i],
			     first_place > ss[0] ? first_place : se[i], places[i]);
		else
			emit(E, c, v, vs[i], e, ss[i], se[i], NULL);
	}
}

/* Article-wide context: province, the indicator it is about and the year
 * each indicator is reported for. */
static void article_context(struct transform *t, const struct article *a, struct article_context *ac)
{
	ac->province = transform_article_province(t, a);
	ac->indicator = -1;
	ac->indicator_year = xcalloc(t->set.n_indicators + 1, sizeof *ac->indicator_year);
	int *mentions = xcalloc(t->set.n_indicators + 1, sizeof *mentions);
	struct sentence_work none = { 0 };
	for (size_t i = 0; i < a->n_sentences; i++) {
		const char *s = a->text + a->sentences[i].start;
		size_t n = a->sentences[i].end - a->sentences[i].start;
		struct year_mention ym[8];
		int ny = -1;
		size_t ov[2];
		for (size_t k = 0; k < t->set.n_indicators; k++) {
			if (rx_exec(t->set.indicators[k].rx, s, n, 0, false, ov, 1, NULL, 0) <= 0)
				continue;
			mentions[k] += 1 + (i == 0) * 100; /* the title names the subject */
			if (ac->indicator_year[k])
				continue;
			if (ny < 0)
				ny = year_mentions(t, s, n, &none, ym, 8);
			for (int y = 0; y < ny; y++)
				if (!ym[y].baseline && !ac->indicator_year[k])
					ac->indicator_year[k] = ym[y].years[0];
		}
	}
	int best = 0;
	for (size_t k = 0; k < t->set.n_indicators; k++)
		if (mentions[k] > best) {
			best = mentions[k];
			ac->indicator = (int)k;
		}
	free(mentions);
}

static bool valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			return false;
		i += (size_t)k;
	}
	return true;
}

/* The first year s states that is no point of comparison, or 0. */
static int first_year(struct transform *t, const char *s, size_t n)
{
	struct sentence_work none = { 0 };
	struct year_mention ym[8];
	int ny = year_mentions(t, s, n, &none, ym, 8);
	for (int y = 0; y < ny; y++)
		if (!ym[y].baseline)
			return ym[y].years[0];
	return 0;
}

/* A heading starts a section: "Targets for 2025" dates the figures below
 * it that state no year, and makes them goals. */
static void section_context(struct transform *t, const char *s, size_t n, struct article_context *ac)
{
	ac->section_year = first_year(t, s, n);
	ac->in_section = true;
	ac->section_target = cue_in(t, CUE_TARGET, s, 0, n);
}

/* The triggers a sentence holds, one bit each. */
static uint32_t sentence_triggers(const struct transform *t, const char *s, size_t n)
{
	uint32_t bits = 0;
	size_t ov[2];
	for (size_t i = 0; i < t->set.n_triggers; i++)
		if (rx_exec(t->set.triggers[i].rx, s, n, 0, false, ov, 1, NULL, 0) > 0)
			bits |= (uint32_t)1 << i;
	return bits;
}

/* "the rate of X": X, the measure a sentence is about. */
static void sentence_measure(const struct transform *t, const char *s, size_t n, size_t *ms, size_t *me)
{
	size_t ov[2];
	*ms = *me = RX_UNSET;
	if (t->set.cues[CUE_MEASURE] && rx_exec(t->set.cues[CUE_MEASURE], s, n, 0, false, ov, 1, NULL, 0) > 0) {
		*ms = ov[0];
		*me = ov[1];
	}
}

int transform_article(struct transform *t, const struct article *a, struct fact_list *out,
		      char *err, size_t errlen)
{
	if (!valid_utf8(a->text, a->text_len)) {
		errorf(err, errlen, "%s: text is not valid UTF-8", a->file);
		return -1;
	}
	double t_start = t->profile ? cpu_seconds() : 0, t_mark = t_start;
	struct article_context ac = { 0 };
	article_context(t, a, &ac);
	if (a->title)
		ac.title_year = first_year(t, a->title, strlen(a->title));
	struct sentence_work w = { 0 };
	int rc = 0;
	struct mentions indicators = { 0 }, provinces = { 0 };
	struct emit_ctx E = { .t = t, .a = a, .ac = &ac, .out = out, .first = out->n, .indicators = &indicators,
			      .provinces = &provinces };
	bool debug = getenv("GOVFACTS_DEBUG") != NULL;
	if (t->profile) {
		t->profile_stage[0] += cpu_seconds() - t_mark;
		t_mark = cpu_seconds();
	}
	for (size_t i = 0; i < a->n_sentences; i++) {
		const struct sentence *sen = &a->sentences[i];
		const char *s = a->text + sen->start;
		size_t n = sen->end - sen->start;
		if (sen->paragraph != ac.paragraph) {
			ac.paragraph = sen->paragraph;
			ac.running_year = 0;
			ac.last_subject = NULL;
		}
		if (sen->role == SENTENCE_HEADING) {
			section_context(t, s, n, &ac);
			continue;
		}
		/* The headline is metadata: a figure in it is one the body states
		 * again, or a teaser ("three starting points"). */
		if (sen->role == SENTENCE_TITLE)
			continue;
		w.n = w.n_ignored = 0;
		char perr[256] = "";
		double t0 = t->profile ? cpu_seconds() : 0;
		uint32_t present = sentence_triggers(t, s, n);
		if (t->profile)
			t->profile_stage[1] += cpu_seconds() - t0;
		for (size_t k = 0; k < t->set.n_patterns; k++) {
			const struct pattern *p = &t->set.patterns[k];
			if (p->follow || (p->needs && !(p->needs & present)))
				continue;
			t0 = t->profile ? cpu_seconds() : 0;
			int prc = run_pattern(t, p, s, n, &w, perr, sizeof perr);
			if (t->profile)
				t->profile[k] += cpu_seconds() - t0;
			if (prc < 0 && rc == 0) {
				errorf(err, errlen, "%s: pattern %s (%s:%d) stopped on sentence %zu: %s", a->file,
				       p->id, p->file, p->line, i + 1, perr);
				rc = -1;
			}
		}
		accept_candidates(&w);
		if (debug)
			for (size_t k = 0; k < w.n; k++)
				fprintf(stderr, "debug: %s %s [%zu,%zu) value %.*s\n", w.c[k].accepted ? "+" : "-",
					w.c[k].p->id, w.c[k].ms, w.c[k].me, (int)(w.c[k].ve - w.c[k].vs), s + w.c[k].vs);
		t0 = t->profile ? cpu_seconds() : 0;
		struct year_mention ym[16];
		int ny = year_mentions(t, s, n, &w, ym, 16);
		E.sen = sen;
		E.s = s;
		E.n = n;
		E.ym = ym;
		E.ny = ny;
		E.prev_subject = E.prev_rank_subject = NULL;
		E.prev_rank_indicator = 0;
		indicators.n = provinces.n = 0;
		indicators.done = provinces.done = false;
		E.now = cue_in(t, CUE_NOW, s, 0, n);
		sentence_measure(t, s, n, &E.measure_s, &E.measure_e);
		if (t->profile) {
			t->profile_stage[1] += cpu_seconds() - t0;
			t0 = cpu_seconds();
		}
		/* Facts in reading order. */
		for (;;) {
			struct candidate *next = NULL;
			for (size_t k = 0; k < w.n; k++)
				if (w.c[k].accepted && (!next || w.c[k].vs < next->vs))
					next = &w.c[k];
			if (!next)
				break;
			emit_candidate(&E, next);
			next->accepted = false;
		}
		if (t->profile)
			t->profile_stage[2] += cpu_seconds() - t0;
		for (int y = 0; y < ny; y++)
			if (!ym[y].baseline && !ym[y].deadline) {
				ac.running_year = ym[y].years[0];
				break;
			}
	}
	if (t->profile)
		t->profile_stage[3] += cpu_seconds() - t_start;
	buf_free(&E.scratch);
	for (size_t k = 0; k < E.n_keys; k++)
		free(E.keys[k]);
	free(E.keys);
	free(indicators.m);
	free(provinces.m);
	free(w.c);
	free(w.ignored);
	free(ac.indicator_year);
	return rc;
}

/* ==== Article province ==== */

const char *transform_article_province(const struct transform *t, const struct article *a)
{
	const struct pattern_set *S = &t->set;
	if (a->site) {
		/* quangngai.gov.vn, baoquangtri.vn: a province's name run
		 * together in the host's first label. */
		const char *dot = strchr(a->site, '.');
		size_t n = dot ? (size_t)(dot - a->site) : strlen(a->site);
		const char *best = NULL;
		size_t best_len = 0;
		for (size_t i = 0; i < S->n_provinces; i++) {
			size_t k = strlen(S->province_keys[i]);
			if (k < 5 || k > n || k <= best_len)
				continue;
			for (size_t j = 0; j + k <= n; j++)
				if (!strncmp(a->site + j, S->province_keys[i], k)) {
					best = S->provinces[i];
					best_len = k;
					break;
				}
		}
		if (best)
			return best;
	}
	if (a->title) {
		const char *p = transform_province_find(t, a->title, strlen(a->title));
		if (p)
			return p;
	}
	size_t *counts = xcalloc(S->n_provinces, sizeof *counts);
	size_t start = 0, ms, me;
	int g;
	while (start < a->text_len && (g = rx_exec_which(S->gazetteer, a->text, a->text_len, start, &ms, &me)) > 0) {
		counts[g - 1]++;
		start = me > start ? me : start + 1;
	}
	const char *best = NULL;
	size_t most = 0;
	for (size_t i = 0; i < S->n_provinces; i++)
		if (counts[i] > most) {
			most = counts[i];
			best = S->provinces[i];
		}
	free(counts);
	return best;
}
