/*
 * transform: from an extracted article to its facts.
 *
 * Sentence by sentence: the triggers it holds choose the patterns that run
 * (transform_candidates.c), the accepted candidates become facts in reading
 * order, each with its context (transform_context.c) and subject
 * (transform_subject.c), and a fact the article states again is kept once.
 * Also the stage's lifecycle, its fact lists and GOVFACTS_PROFILE.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
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

const char *list_strdup(struct fact_list *l, const char *s, size_t n)
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

struct transform *transform_clone(const struct transform *base)
{
	struct transform *t = xcalloc(1, sizeof *t);
	t->set = base->set;
	t->borrowed = true;
	t->max_groups = base->max_groups;
	t->ov = xcalloc((size_t)t->max_groups * 2, sizeof *t->ov);
	if (base->profile)
		t->profile = xcalloc(t->set.n_patterns + 1, sizeof *t->profile);
	return t;
}

static double cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* GOVFACTS_PROFILE=1: the CPU time each pattern took, most first, with
 * the sentences it ran on and the candidates it made there: a pattern
 * that runs often and matches seldom wants a narrower trigger. */
static void profile_report(const struct transform *t)
{
	double total = 0;
	size_t n = t->set.n_patterns;
	size_t *order = xcalloc(n + 1, sizeof *order);
	for (size_t i = 0; i < n; i++) {
		order[i] = i;
		total += t->profile[i].seconds;
	}
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && t->profile[order[k]].seconds > t->profile[order[k - 1]].seconds; k--) {
			size_t x = order[k];
			order[k] = order[k - 1];
			order[k - 1] = x;
		}
	fprintf(stderr, "profile: %.3f s in transform: %.3f article context and triggers, %.3f year cues, %.3f patterns, "
		"%.3f facts\n", t->profile_stage[3], t->profile_stage[0], t->profile_stage[1], total,
		t->profile_stage[2]);
	fprintf(stderr, "profile: %11s %6s %9s %9s  %s\n", "CPU", "share", "runs", "matches", "pattern");
	for (size_t i = 0; i < n; i++) {
		const struct pattern_profile *pp = &t->profile[order[i]];
		fprintf(stderr, "profile: %8.3f ms %5.1f%% %9lu %9lu  %s\n", pp->seconds * 1e3,
			total > 0 ? 100 * pp->seconds / total : 0, pp->runs, pp->matches,
			t->set.patterns[order[i]].id);
	}
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
	if (!(*tp)->borrowed) {
		patterns_free(&(*tp)->set);
		/* The owner goes last, in the thread that made it. */
		rx_thread_release();
	}
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

/* Splits "A, B and C" into items: offsets of each in s. */
static int split_list(const char *s, size_t a, size_t b, size_t *is, size_t *ie, int max)
{
	int n = 0;
	size_t i = a;
	while (i < b && n < max) {
		size_t end = b, next = b;
		for (size_t k = i; k < b; k++) {
			/* "VND 5,200 billion and VND 9,800 billion": a comma
			 * inside a number parts no items. */
			if (s[k] == ',' && !(k > a && k + 1 < b && isdigit((unsigned char)s[k - 1]) &&
					     isdigit((unsigned char)s[k + 1]))) {
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

/* "public hospitals, schools and for electricity and water bills" with
 * three figures: an item may hold an "and" of its own, so the items are
 * cut at the commas and the last one at its first "and".  The number of
 * items, want when they are that many. */
static int split_items(const char *s, size_t a, size_t b, size_t *is, size_t *ie, int want)
{
	int n = 0;
	size_t i = a;
	while (i < b && n < want) {
		const char *comma = memchr(s + i, ',', b - i);
		size_t end = comma ? (size_t)(comma - s) : b;
		is[n] = i;
		ie[n] = end;
		n++;
		i = comma ? end + 1 : b;
		while (i < b && s[i] == ' ')
			i++;
	}
	if (n == want - 1) {
		size_t x = is[n - 1], y = ie[n - 1];
		for (size_t k = x; k + 5 <= y; k++)
			if (!strncmp(s + k, " and ", 5)) {
				ie[n - 1] = k;
				is[n] = k + 5;
				ie[n] = y;
				n++;
				break;
			}
	}
	for (int k = 0; k < n; k++) {
		if (ie[k] > is[k] + 4 && !strncmp(s + is[k], "and ", 4))
			is[k] += 4;
		while (ie[k] > is[k] && s[ie[k] - 1] == ' ')
			ie[k]--;
	}
	return n == want ? n : 0;
}

/* Is the digit at vs the number of a name: right after a capitalised word
 * that is not the sentence's first and is no function word, qualifier or
 * adverbial ("About 20 communes" counts)? */
static bool name_number(const struct transform *t, const char *s, size_t vs)
{
	if (!isdigit((unsigned char)s[vs]) || vs < 2 || s[vs - 1] != ' ')
		return false;
	size_t e = vs - 1, b = e;
	while (b > 0 && isalpha((unsigned char)s[b - 1]))
		b--;
	if (b == e || b == 0 || !isupper((unsigned char)s[b]) || (s[b - 1] != ' ' && s[b - 1] != '('))
		return false;
	const uint64_t common = (uint64_t)1 << LEX_FUNCTION | (uint64_t)1 << LEX_QUALIFIER | (uint64_t)1 << LEX_LEAD |
				(uint64_t)1 << LEX_ADVERB | (uint64_t)1 << LEX_VERB | (uint64_t)1 << LEX_PREDICATE |
				(uint64_t)1 << LEX_QUALIFIER_WORD;
	return !(lexicon_word(&t->set.lexicon, s + b, e - b) & common);
}

/* Does s[0,n) hold one of the bytes of set? */
static bool strpbrk_n(const char *s, size_t n, const char *set)
{
	for (size_t i = 0; i < n; i++)
		if (strchr(set, s[i]))
			return true;
	return false;
}

/* ==== Duplicates ==== */

/* Facts are compared only with those of the same kind and value: a
 * bucket per (kind, value), found by hash, so that an article of many
 * facts is deduplicated in linear time (a 16 MB table page was O(n^2)). */
static size_t fact_bucket(const struct fact *f, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)f->kind * 0x9E3779B97F4A7C15ULL;
	h ^= (uint64_t)llround(f->value * 1e6) * 0xC2B2AE3D27D4EB4FULL;
	h ^= h >> 29;
	return (size_t)(h & (cap - 1));
}

static void buckets_grow(struct emit_ctx *E)
{
	size_t cap = E->cap_buckets ? 2 * E->cap_buckets : 64;
	free(E->buckets);
	E->buckets = xmalloc(cap * sizeof *E->buckets);
	for (size_t i = 0; i < cap; i++)
		E->buckets[i] = RX_UNSET;
	E->cap_buckets = cap;
	for (size_t k = 0; k < E->n_keys; k++) {
		size_t b = fact_bucket(&E->out->facts[E->first + k], cap);
		E->next_in_bucket[k] = E->buckets[b];
		E->buckets[b] = k;
	}
}

/* A sentence of one year ("in the first 5 months of 2025, revenue ...")
 * can name the period an article reports on; one of several ("from 20th
 * in 2019 to 6th in 2022") is a history, and names none. */
static bool one_period(const struct year_mention *ym, int ny)
{
	int year = 0;
	for (int i = 0; i < ny; i++)
		for (int k = 0; k < ym[i].n_years; k++) {
			if (ym[i].baseline)
				continue;
			if (year && ym[i].years[k] != year)
				return false;
			year = ym[i].years[k];
		}
	return true;
}

/* Appends f unless the article states it already; the subject keys of
 * the facts are kept beside them, one per fact, to compare with, and
 * whether each is to take the article's year when no nearer one dates
 * it (undated: known only once the whole article is read). */
static bool add_fact(struct emit_ctx *E, const struct fact *f, bool undated)
{
	char key[256];
	subject_key(E->t, f->subject, key, sizeof key);
	if (E->cap_buckets) {
		for (size_t k = E->buckets[fact_bucket(f, E->cap_buckets)]; k != RX_UNSET; k = E->next_in_bucket[k]) {
			struct fact *g = &E->out->facts[E->first + k];
			bool same = E->headline ? g->kind == f->kind && fabs(g->value - f->value) < 1e-9
						: same_fact(E->t, g, E->keys[k], f, key);
			if (!same)
				continue;
			if (f->has_total && !g->has_total) {
				g->total = f->total;
				g->has_total = true;
			}
			return false;
		}
	}
	*list_push(E->out) = *f;
	if (E->n_keys == E->cap_keys) {
		E->cap_keys = E->cap_keys ? E->cap_keys * 2 : 32;
		E->keys = xrealloc(E->keys, E->cap_keys * sizeof *E->keys);
		E->undated = xrealloc(E->undated, E->cap_keys * sizeof *E->undated);
		E->next_in_bucket = xrealloc(E->next_in_bucket, E->cap_keys * sizeof *E->next_in_bucket);
	}
	E->undated[E->n_keys] = undated && !f->year;
	E->keys[E->n_keys++] = xstrdup(key);
	if (2 * E->n_keys > E->cap_buckets) {
		buckets_grow(E);
	} else {
		size_t b = fact_bucket(f, E->cap_buckets);
		E->next_in_bucket[E->n_keys - 1] = E->buckets[b];
		E->buckets[b] = E->n_keys - 1;
	}
	return true;
}

/* Is subject a name of two words or more, each capitalised, none ending
 * in "s" (a street's or a person's: "Tran Hung Dao"), and no acronym? */
static bool proper_name(const char *subject)
{
	size_t words = 0;
	for (const char *p = subject; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		size_t n = (size_t)(p - w);
		bool upper_rest = true;
		for (size_t i = 1; i < n; i++)
			upper_rest &= !((unsigned char)w[i] < 0x80 && islower((unsigned char)w[i]));
		if (!((unsigned char)w[0] >= 0x80 || isupper((unsigned char)w[0])) || (n > 1 && upper_rest) ||
		    w[n - 1] == 's' || w[n - 1] == 'S' || isdigit((unsigned char)w[n - 1]) ||
		    memchr(w, '(', n) || memchr(w, '-', n))
			return false;
		words++;
	}
	return words >= 2;
}

/* Do two capitalised words or more (no plural, no acronym) follow the
 * figure that ends at ve, then a comma, a full stop or a verb: a street
 * after its house number ("at 2 Tran Hung Dao received", "29 Le Hong
 * Phong, Ninh Binh")? */
static bool name_after(const struct transform *t, const char *s, size_t n, size_t ve)
{
	size_t i = ve, words = 0;
	for (;;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n || !((unsigned char)s[i] >= 0x80 || isupper((unsigned char)s[i])))
			break;
		size_t w = i;
		while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.' && s[i] != ';')
			i++;
		bool lower = false;
		for (size_t k = w + 1; k < i; k++)
			lower |= (unsigned char)s[k] < 0x80 && islower((unsigned char)s[k]);
		if (!lower || s[i - 1] == 's' || memchr(s + w, '(', i - w) || memchr(s + w, '-', i - w) ||
		    isdigit((unsigned char)s[i - 1]))
			return false;
		words++;
	}
	if (words < 2)
		return false;
	if (i >= n || s[i] == ',' || s[i] == '.' || s[i] == ';')
		return true;
	size_t e = i;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	return e > i && (lexicon_is(&t->set.lexicon, LEX_VERB, s + i, e - i) || lexicon_is(&t->set.lexicon, LEX_PREDICATE, s + i, e - i));
}

/* Does the figure at vs stand for the whole country: a national cue
 * ("national average", "the median ... nationwide") before it in its
 * clause, with no other figure between them? */
static bool year_number(const struct lexicon *lx, const char *s, size_t n, size_t a, size_t b);

static bool national_figure(const struct transform *t, const char *s, size_t cs, size_t vs)
{
	struct rx *cue = t->set.cues[CUE_NATIONAL];
	size_t ov[2], at = cs, last = RX_UNSET;
	if (!cue)
		return false;
	while (at < vs && rx_exec(cue, s, vs, at, false, ov, 1, NULL, 0) > 0) {
		last = ov[1];
		at = ov[1] > at ? ov[1] : at + 1;
	}
	if (last == RX_UNSET)
		return false;
	/* A figure between is the average's ("a national average of 66.2%,
	 * Binh Duong 70.1%"); a year is not ("the national average in 2023
	 * was 0.4773"). */
	for (size_t k = last; k < vs; k++)
		if (isdigit((unsigned char)s[k])) {
			size_t e = k;
			while (e < vs && isdigit((unsigned char)s[e]))
				e++;
			if (!year_number(&t->set.lexicon, s, vs, k, e))
				return false;
			k = e;
		}
	return true;
}

/* Is the byte at i inside parentheses opened since the last clause end? */
/* Past the unit of a figure that ends at ve ("%", " percent ", " per
 * cent ", " points "): the offset of the word after it. */
static size_t past_unit(const char *s, size_t n, size_t ve)
{
	size_t k = ve;
	if (k < n && s[k] == '%')
		k++;
	while (k < n && s[k] == ' ')
		k++;
	if (!strncasecmp(s + k, "percent ", 8))
		k += 8;
	else if (!strncasecmp(s + k, "per cent ", 9))
		k += 9;
	else if (!strncasecmp(s + k, "points ", 7))
		k += 7;
	return k;
}

/* The province named right after a percentage that ends at ve: "6.2
 * percent for Lang Son", "7.1% in Nam Dinh". */
static const char *place_after(struct emit_ctx *E, size_t ve)
{
	const char *s = E->s;
	size_t n = E->n, k = past_unit(s, n, ve);
	if (!strncasecmp(s + k, "for ", 4))
		k += 4;
	else if (!strncasecmp(s + k, "in ", 3))
		k += 3;
	else
		return NULL;
	const struct mentions *pm = province_mentions(E->t, s, n, E->provinces);
	for (size_t i = 0; i < pm->n; i++)
		if (pm->m[i].s == k)
			return E->t->set.provinces[pm->m[i].which];
	return NULL;
}

/* Is the figure at vs set against the one before it: "against", "compared
 * with", "versus" right before it, or a further item ("..., and 8.9
 * percent for Hung Yen")? */
static bool compared_after(struct emit_ctx *E, size_t vs)
{
	const char *s = E->s;
	size_t a = E->prev_end, ov[2];
	if (a == RX_UNSET || a > vs)
		return false;
	while (a < vs && (s[a] == '%' || s[a] == ' '))
		a++;
	size_t b = vs;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (E->t->set.cues[CUE_BASELINE] && rx_exec(E->t->set.cues[CUE_BASELINE], s, vs, a, false, ov, 1, NULL, 0) > 0 &&
	    !strpbrk_n(s + a, ov[0] - a, "%;("))
		return true;
	/* past the place the figure before was said of */
	const struct mentions *pm = province_mentions(E->t, s, E->n, E->provinces);
	for (size_t i = 0; i < pm->n; i++)
		if (pm->m[i].s >= a && pm->m[i].e <= b && pm->m[i].s - a <= 5)
			a = pm->m[i].e;
	while (a < b && (s[a] == ' ' || s[a] == ','))
		a++;
	return b - a == 3 && !strncmp(s + a, "and", 3);
}

/* Is the figure at vs brought in by "from" ("up from 12.4%", "from about
 * VND 5 billion")? */
static bool starting_point(const struct transform *t, const char *s, size_t vs)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t e = currency_before(lx, s, vs), k;
	if (lexicon_before(lx, LEX_QUALIFIER, s, e, &k))
		for (e = k; e > 0 && s[e - 1] == ' ';)
			e--;
	return e >= 4 && !strncasecmp(s + e - 4, "from", 4) && (e == 4 || !isalpha((unsigned char)s[e - 5]));
}

/* Does the figure at vs open its line: only a bullet and at most two words
 * ("- VND", "Top") before it, then a colon or a dash after? */
static bool figure_first(const char *s, size_t cs, size_t vs)
{
	int words = 0;
	for (size_t k = cs; k < vs; k++) {
		if (isdigit((unsigned char)s[k]))
			return false;
		if (isalpha((unsigned char)s[k]) && (k == cs || !isalpha((unsigned char)s[k - 1])))
			words++;
	}
	if (words > 2)
		return false;
	size_t k = vs;
	while (s[k] && s[k] != ':' && s[k] != ';' && k - vs < 40)
		k++;
	return s[k] == ':';
}

/* Does a goal's word stand in s[from, to)?  Not "targets" a result names
 * ("completed 22/24 digital transformation targets", "met their 2023
 * targets"). */
static bool goal_before(const struct transform *t, const char *s, size_t from, size_t to)
{
	size_t ov[2];
	if (!cue_may_match(t, CUE_TARGET))
		return false;
	for (size_t at = from; at < to && rx_exec(t->set.cues[CUE_TARGET], s, to, at, false, ov, 1, NULL, 0) > 0;
	     at = ov[1] > at ? ov[1] : at + 1) {
		if (strncasecmp(s + ov[0], "target", 6))
			return true;
		/* the words before it, back to a comma, up to six */
		bool result = false;
		size_t k = ov[0];
		for (int words = 0; words < 6 && k > from && !result; words++) {
			while (k > from && s[k - 1] == ' ')
				k--;
			if (k == from || s[k - 1] == ',' || s[k - 1] == ';')
				break;
			size_t e = k;
			while (k > from && s[k - 1] != ' ' && s[k - 1] != ',' && s[k - 1] != ';')
				k--;
			result = lexicon_is(&t->set.lexicon, LEX_DONE, s + k, e - k);
		}
		/* or after it: "9/25 targets for 2026 already met" */
		size_t q = ov[1];
		for (int words = 0; words < 6 && q < to && !result; words++) {
			while (q < to && s[q] == ' ')
				q++;
			if (q >= to || s[q] == ',' || s[q] == ';')
				break;
			size_t e = q;
			while (e < to && s[e] != ' ' && s[e] != ',' && s[e] != ';')
				e++;
			result = lexicon_is(&t->set.lexicon, LEX_DONE, s + q, e - q);
			q = e;
		}
		if (!result)
			return true;
	}
	return false;
}

/* Is the figure (or range) at vs brought in by "short of": "fell short
 * of the 7.5-8% range"? */
static bool short_of(const char *s, size_t vs)
{
	size_t k = vs;
	while (k > 0 && (isdigit((unsigned char)s[k - 1]) || strchr(".,- ", s[k - 1]) || (unsigned char)s[k - 1] >= 0x80))
		k--;
	while (k < vs && s[k] == ' ')
		k++;
	size_t e = k;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e >= 4 && !strncasecmp(s + e - 4, " the", 4))
		e -= 4;
	else if (e >= 4 && !strncasecmp(s + e - 4, " our", 4))
		e -= 4;
	else if (e >= 4 && !strncasecmp(s + e - 4, " its", 4))
		e -= 4;
	return e >= 8 && !strncasecmp(s + e - 8, "short of", 8);
}

/* Is the figure that ends at ve followed by "target" or "goal" ("the 50%
 * target", "our 95 percent goal")? */
static bool goal_after(const char *s, size_t n, size_t ve)
{
	size_t k = past_unit(s, n, ve), w = k;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	return (w - k == 6 && !strncasecmp(s + k, "target", 6)) || (w - k == 4 && !strncasecmp(s + k, "goal", 4));
}

/* Does a subject name the parts of an index ("sub-indices", "pillars",
 * "component indicators"), not "indicators" of a plan? */
static bool index_parts(const struct transform *t, const char *subject)
{
	return lexicon_within(&t->set.lexicon, LEX_INDEX_PART, subject);
}

static bool in_parens(const char *s, size_t i)
{
	int depth = 0;
	for (size_t k = i; k-- > 0;) {
		if (s[k] == ')')
			depth++;
		else if (s[k] == '(' && depth-- == 0)
			return true;
		else if (s[k] == ';' || (s[k] == '.' && (k + 1 >= i || s[k + 1] == ' ')))
			return false;
	}
	return false;
}

/* "a poverty rate below 1.2%", "of which FDI firms accounted for around
 * 87 per cent": a percentage its own words make a level is no further
 * change, whatever came before it. */
static bool share_named(const struct transform *t, const char *s, size_t vs, const char *subject)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t at = lexicon_figure_lead(lx, s, vs, 0), q;
	if (lexicon_before(lx, LEX_SHARE, s, at, &q))
		return true;
	size_t n = strlen(subject), w = n;
	while (w > 0 && subject[w - 1] != ' ')
		w--;
	return n > w && lexicon_is(lx, LEX_SHARE, subject + w, n - w);
}

/* "Ha Tinh has allocated": the words that do what the verb at vs says,
 * back over its auxiliaries to a comma or the clause's start, at most
 * four, or NULL; the caller frees it. */
static char *spender(const struct transform *t, const char *s, size_t vs)
{
	size_t e = vs;
	for (;;) {
		while (e > 0 && s[e - 1] == ' ')
			e--;
		size_t w = e;
		while (w > 0 && isalpha((unsigned char)s[w - 1]))
			w--;
		if (w == e || !(lexicon_word(&t->set.lexicon, s + w, e - w) & ((uint64_t)1 << LEX_VERB)))
			break;
		e = w; /* "has", "had been" */
	}
	size_t b = e;
	for (int words = 0; words < 4 && b > 0;) {
		size_t w = b;
		while (w > 0 && s[w - 1] == ' ')
			w--;
		size_t we = w;
		while (w > 0 && s[w - 1] != ' ' && s[w - 1] != ',' && s[w - 1] != ';' && s[w - 1] != ':')
			w--;
		bool digit = false;
		for (size_t i = w; i < we; i++)
			digit |= isdigit((unsigned char)s[i]) != 0;
		if (w == we || digit) /* "By May 31 the province": not the date */
			break;
		b = w;
		words++;
		if (b == 0 || s[b - 1] != ' ')
			break;
	}
	while (b < e && s[b] == ' ')
		b++;
	size_t ca, cb;
	clean_subject(t, s, b, e, &ca, &cb);
	return cb > ca ? xstrndup(s + ca, cb - ca) : NULL;
}

/* "19th out of 63 provinces", "Long An 14 places to 11th": text that
 * holds a place in a ranking written in digits. */
static bool holds_ordinal(const char *s)
{
	for (size_t w = 0; s[w];) {
		size_t i = w;
		while (isdigit((unsigned char)s[i]))
			i++;
		if (i > w && (!strncasecmp(s + i, "st", 2) || !strncasecmp(s + i, "nd", 2) ||
			      !strncasecmp(s + i, "rd", 2) || !strncasecmp(s + i, "th", 2)) &&
		    !isalpha((unsigned char)s[i + 2]))
			return true;
		while (s[i] && s[i] != ' ')
			i++;
		while (s[i] == ' ')
			i++;
		w = i;
	}
	return false;
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
	f.value = is_change_kind(kind) ? value * c->sign : value;
	f.total = c->total;
	f.has_total = c->has_total;
	/* A list's field is no field of an item beyond it ("Among the 14
	 * provinces of the region we are eighth, ahead of A and B, which placed
	 * 55th and 58th respectively"). */
	if (f.has_total && value > f.total)
		f.has_total = false;
	f.qualifier = c->qualifier;
	/* "over VND 2 trillion ($83 million)": a restatement in another
	 * currency right after an amount says it as the amount does. */
	if (kind == KIND_MONEY && !strcmp(f.qualifier, "exact") && E->prev_money_qualifier &&
	    E->prev_value_end != RX_UNSET && E->prev_value_end <= vs && vs - E->prev_value_end <= 20 && in_parens(s, vs) &&
	    !strpbrk_n(s + E->prev_value_end, vs - E->prev_value_end, "0123456789);"))
		f.qualifier = E->prev_money_qualifier;
	f.unit = kind == KIND_MONEY ? (c->unit ? c->unit : "VND") : NULL;
	f.pattern = c->p->id;
	f.sentence = s;
	f.sentence_len = E->n;
	f.start = E->sen->start + (c->ms < vs ? c->ms : vs);
	f.end = E->sen->start + (c->me > ve ? c->me : ve);

	int named_ind = find_indicator(t, indicator_mentions(t, s, E->n, E->indicators), s, cs, ce, vs, ve,
				       is_rank_kind(kind));
	int ind = named_ind;
	/* A ranking that names no index is of the one named a sentence or
	 * two before ("... the PAR INDEX 2023 is 86.50%. Hai Phong topped the
	 * index"), else of the article's. */
	size_t sen_i = (size_t)(E->sen - E->a->sentences);
	if (ind < 0 && is_rank_kind(kind) && E->ac->recent_indicator >= 0 && sen_i >= E->ac->recent_sentence &&
	    sen_i - E->ac->recent_sentence <= 2)
		ind = E->ac->recent_indicator;
	/* "Honestly, PAPI 2023 was a disappointment. Our total fell 0.42
	 * points": nor need the sentence that names it hold a figure. */
	for (size_t back = 1; ind < 0 && is_rank_kind(kind) && back <= 2 && back <= sen_i; back++) {
		int named = E->ac->named_indicator[sen_i - back];
		if (named == -2 || (E->ac->recent_indicator >= 0 && sen_i - back <= E->ac->recent_sentence))
			break;
		if (named >= 0)
			ind = named;
	}
	if (ind < 0 && is_rank_kind(kind) && E->ac->section_indicator >= 0)
		ind = E->ac->section_indicator;
	if (ind < 0 && is_rank_kind(kind))
		ind = E->ac->indicator;
	/* Code "-": an index outside the contract's list (DDCI...). */
	f.indicator = ind >= 0 && strcmp(t->set.indicators[ind].code, "-") ? t->set.indicators[ind].code : NULL;

	const char *subject_province;
	bool inheritable;
	E->measure_ranked = false;
	f.subject = resolve_subject(E, c, ss, se, ind, &subject_province, &inheritable);
	/* "(−0.8 percentage points)": a subject with no letter in it names
	 * nothing; the figure before it does. */
	bool letter = false;
	for (const char *q = f.subject; *q && !letter;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)q, -1, &cp);
		if (k <= 0)
			break;
		utf8proc_category_t cat = utf8proc_category(cp);
		letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
		q += k;
	}
	if (!letter)
		f.subject = E->prev_subject ? E->prev_subject : "";
	/* "Vinh Phuc (US$1.05 billion)", "US$120-140 in Bac Ninh": nor does
	 * a currency or a figure alone; the sentence's measure before it does. */
	else if ((E->prev_subject || E->ac->last_subject) && subject_names_nothing(t, f.subject, 0, strlen(f.subject)))
		f.subject = E->prev_subject ? E->prev_subject : E->ac->last_subject;
	if (E->range_subject && (E->range_kind || !*f.subject))
		f.subject = E->range_subject;
	/* "PAR INDEX 2023 reach 85,17%, increase 2,43 percentage points": a
	 * change of what the figure before it measures is of its index too. */
	if (ind < 0 && is_change_kind(kind) && !is_rank_kind(kind) && f.subject == E->prev_subject &&
	    E->prev_indicator >= 0) {
		ind = E->prev_indicator;
		f.indicator = strcmp(t->set.indicators[ind].code, "-") ? t->set.indicators[ind].code : NULL;
	}
	/* "E-governance posted the biggest rise, up 0.48 points to 3.91, and
	 * ranked 7th nationwide": a ranking whose verb the clause's subject
	 * shares ("and ranked") is that subject's, not the whole index's. */
	const char *sharer = E->prev_rank_subject ? E->prev_rank_subject : E->prev_subject;
	if (kind == KIND_RANK && ind >= 0 && !strcmp(f.subject, t->set.indicators[ind].name) && sharer &&
	    strcmp(sharer, f.subject) && !strcasestr(sharer, t->set.indicators[ind].name)) {
		/* ", and ranked 7th": the "and" before the match, or at its start */
		size_t m = c->ms < vs ? c->ms : vs;
		bool joined = (m >= 6 && !strncasecmp(s + m - 6, ", and ", 6)) ||
			      (m >= 2 && !strncmp(s + m - 2, ", ", 2) && !strncasecmp(s + m, "and ", 4));
		if (joined)
			f.subject = sharer;
	}
	/* "In PAPI 2023, released in April, Ha Nam scored 43.12 points": an
	 * aside that opens on a participle is no part of the subject after it. */
	const char *comma = strrchr(f.subject, ',');
	if (comma && comma[1] == ' ' && comma[2]) {
		size_t w = strcspn(f.subject, " ,");
		const char *pp;
		if (w > 3 && !strncmp(f.subject + w - 2, "ed", 2) && islower((unsigned char)f.subject[0])) {
			f.subject = comma + 2;
			/* the place alone: its figure of the index */
			if (ind >= 0 && classify_subject(t, f.subject, 0, strlen(f.subject), &pp) != SUBJECT_STRONG) {
				struct buf *o = &E->scratch;
				o->len = 0;
				buf_printf(o, "%s %s", f.subject, t->set.indicators[ind].name);
				f.subject = list_strdup(E->out, o->data, o->len);
			}
		}
	}
	/* "We came 19th out of 63 provinces and cities, with 0.5236 points":
	 * a score's subject that holds a place is another fact's words;
	 * what is scored is the index. */
	if (ind >= 0 && (kind == KIND_SCORE || kind == KIND_SCORE_CHANGE) && holds_ordinal(f.subject))
		f.subject = t->set.indicators[ind].name;
	/* "The PAR INDEX 2024 reached 88.31%, ..., and the SIPAS index
	 * reached 82.46%": a subject that is one index's name is no fact's
	 * of another index. */
	if (ind >= 0 && *f.subject)
		for (size_t k = 0; k < t->set.n_indicators; k++)
			if ((int)k != ind && !strcmp(f.subject, t->set.indicators[k].name)) {
				f.subject = t->set.indicators[ind].name;
				break;
			}
	/* "the Provincial Governance and Public Administration Performance
	 * Index (PAPI), climbing seven spots": a piece of an index's name
	 * (cut at its "and") is that index. */
	if (ind >= 0 && *f.subject && strlen(f.subject) < strlen(t->set.indicators[ind].name) &&
	    strcasestr(t->set.indicators[ind].name, f.subject))
		f.subject = t->set.indicators[ind].name;
	/* "PCI sub-indices (10-point scale): Labour Training 7.88": a
	 * score's maximum, from the scale the sentence states. */
	if (kind == KIND_SCORE && !f.has_total && t->set.cues[CUE_SCALE]) {
		size_t sov[2];
		if (rx_exec(t->set.cues[CUE_SCALE], s, E->n, 0, false, sov, 1, NULL, 0) > 0) {
			size_t d = sov[0];
			while (d < sov[1] && !isdigit((unsigned char)s[d]))
				d++;
			/* "scale of 0-10": the last number */
			for (size_t k = d; k < sov[1]; k++)
				if (!isdigit((unsigned char)s[k]) && k + 1 < sov[1] && isdigit((unsigned char)s[k + 1]))
					d = k + 1;
			double max = strtod(s + d, NULL);
			if (max >= value && max > 0) {
				f.total = max;
				f.has_total = true;
			}
		}
	}
	/* "DTI 2024 (out of 63), former provinces: Vinh Phuc 15th | ...": a
	 * rank's field, from the one the sentence states for all. */
	if (kind == KIND_RANK && !f.has_total && t->set.cues[CUE_FIELD]) {
		size_t fov[2];
		if (rx_exec(t->set.cues[CUE_FIELD], s, E->n, 0, false, fov, 1, NULL, 0) > 0 && fov[1] <= vs) {
			size_t d = fov[0];
			while (d < fov[1] && !isdigit((unsigned char)s[d]))
				d++;
			double field = strtod(s + d, NULL);
			if (field >= value) {
				f.total = field;
				f.has_total = true;
			}
		}
	}
	/* "That gave Hue the top spot in the North Central region": a
	 * ranking among a region's provinces is a fact apart from the
	 * national one, and its subject names the region. */
	if (kind == KIND_RANK && ind >= 0 && f.subject == t->set.indicators[ind].name && t->set.cues[CUE_REGION]) {
		size_t rov[2];
		size_t at = c->me > ve ? c->me : ve;
		/* (or "Among the five Central Highlands provinces, Kon Tum came
		 * fourth": a lead that opens the sentence) */
		if (rx_exec(t->set.cues[CUE_REGION], s, E->n, ve, true, rov, 1, NULL, 0) > 0 ||
		    rx_exec(t->set.cues[CUE_REGION], s, E->n, at, true, rov, 1, NULL, 0) > 0 ||
		    (rx_exec(t->set.cues[CUE_REGION], s, E->n, 0, true, rov, 1, NULL, 0) > 0 && rov[1] <= vs &&
		     !national_figure(t, s, cs, vs) && !in_parens(s, vs))) {
			size_t ra = rov[0];
			while (ra < rov[1] && (s[ra] == ',' || s[ra] == ' '))
				ra++;
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s %.*s", f.subject, (int)(rov[1] - ra), s + ra);
			if (ra == 0 && o->len > strlen(f.subject) + 1)
				o->data[strlen(f.subject) + 1] = (char)tolower((unsigned char)o->data[strlen(f.subject) + 1]);
			f.subject = list_strdup(E->out, o->data, o->len);
		}
	}
	/* "GRDP grew 8.12%, ranking 14th among 34 localities": the ranking
	 * of a measure the sentence names is no ranking of the article's
	 * index. */
	if (E->measure_ranked && named_ind < 0)
		f.indicator = NULL;
	/* "the digital government pillar reached 0.4581": a fraction said of
	 * an index or a part of one is its score, not a count. */
	if (kind == KIND_COUNT && value != floor(value) && *f.subject &&
	    (named_ind >= 0 || subject_names_component(t, f.subject))) {
		kind = KIND_SCORE;
		f.kind = kind_name(kind);
	}
	/* "Seven of the ten sub-indices went up", "three pillars": a count
	 * of an index's parts is of the index the sentences before, the
	 * section or the article are about (so the gold of real articles
	 * reads them, though FACTS.md names indicators for rankings and
	 * scores); so are "criteria" in a sentence that names an index. */
	if ((kind == KIND_RATIO || kind == KIND_COUNT) && !f.indicator &&
	    (index_parts(t, f.subject) ||
	     (strcasestr(f.subject, "criteri") && indicator_mentions(t, s, E->n, E->indicators)->n > 0))) {
		int about = E->ac->recent_indicator >= 0 && sen_i >= E->ac->recent_sentence &&
				    sen_i - E->ac->recent_sentence <= 2 ? E->ac->recent_indicator :
			    E->ac->section_indicator >= 0 ? E->ac->section_indicator : E->ac->indicator;
		if (about >= 0 && strcmp(t->set.indicators[about].code, "-"))
			f.indicator = t->set.indicators[about].code;
	}
	/* A count is a whole number that counts something named, and no
	 * fact goes without a subject. */
	/* "It contributed 7.2%" with nothing before it to stand for, "reach
	 * 52,47%" in machine translation: a lone pronoun or verb names
	 * nothing; the paragraph's last subject, else no fact. */
	const char *owner = kind == KIND_PERCENT ? plan_share_owner(E, f.subject) : NULL;
	if (owner)
		f.subject = owner;
	/* "Ha Tinh has allocated more than VND 4,868 billion", "Quang Nam
	 * spent VND 1.2 trillion": when the clause names only the place, the
	 * verb says what the money is. */
	if (kind == KIND_MONEY) {
		const char *sp;
		size_t lead = lexicon_figure_lead(&t->set.lexicon, s, vs, 0), k;
		if ((!*f.subject || classify_subject(t, f.subject, 0, strlen(f.subject), &sp) != SUBJECT_STRONG) &&
		    lexicon_before(&t->set.lexicon, LEX_SPEND, s, lead, &k)) {
			const char *doer = spender(t, s, k);
			if (doer) {
				struct buf *o = &E->scratch;
				o->len = 0;
				buf_printf(o, "%s %.*s", doer, (int)(lead - k), s + k);
				f.subject = list_strdup(E->out, o->data, o->len);
				free((void *)doer);
			}
		}
	}
	if (subject_is_bare_word(t, f.subject))
		f.subject = E->prev_subject ? E->prev_subject : E->ac->last_subject ? E->ac->last_subject : "";
	/* "received 5,000 applications online, a rate of 62%", "187,908
	 * dossier submit online, reach rate 87,66%": a rate alone is the
	 * rate of what the figure before it counted. */
	const char *of_what = E->prev_subject ? E->prev_subject : E->ac->last_subject;
	if ((kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE) && of_what && *f.subject && !strchr(f.subject, ' ') &&
	    lexicon_is(&t->set.lexicon, LEX_SHARE, f.subject, strlen(f.subject)) && strcmp(of_what, f.subject)) {
		struct buf *o = &E->scratch;
		o->len = 0;
		buf_printf(o, "%s %s", of_what, f.subject);
		f.subject = list_strdup(E->out, o->data, o->len);
	}
	if (!*f.subject || (kind == KIND_COUNT && (value != floor(value) || f.subject[0] == '(')))
		return;
	/* "29 Le Hong Phong", "2 Tran Hung Dao": a number before a name (all
	 * its words capitalised, none a plural) is a house number, no count. */
	if (kind == KIND_COUNT && (proper_name(f.subject) || name_after(t, s, E->n, ve)))
		return;
	/* "Khoa 1 village", "Slideshow Image 1": a small number right after a
	 * capitalised word inside a sentence is part of a name. */
	if (kind == KIND_COUNT && value < 100 && name_number(t, s, vs))
		return;
	/* "One province, three starting points": a count in words in a
	 * headline is a teaser. */
	if (E->headline && kind == KIND_COUNT && !strpbrk_n(s + vs, ve - vs, "0123456789"))
		return;
	/* "the two provinces' combined GRDP": a count whose noun is a
	 * possessive modifies what it owns, and counts nothing. */
	if (kind == KIND_COUNT) {
		size_t w = strcspn(f.subject, " ");
		if ((w >= 2 && f.subject[w - 2] == 's' && f.subject[w - 1] == '\'') ||
		    (w >= 4 && f.subject[w - 4] == 's' && !strncmp(f.subject + w - 3, "\xe2\x80\x99", 3)))
			return;
	}
	int sign = 1;
	if (kind == KIND_PERCENT) {
		/* More of a change before it is a change too ("of which", a list
		 * item, a parenthesis); before any figure of the sentence, the
		 * paragraph's last percentage says. */
		int before = E->prev_pct >= 0 ? E->prev_pct : E->ac->last_pct;
		size_t prev_end = E->prev_pct >= 0 ? E->prev_end : RX_UNSET;
		/* "1.73 percentage points higher than the national average of
		 * 80.72%": a difference in points is one between shares, and
		 * what it is compared with is a share. */
		bool points = E->prev_pct == 1 && E->prev2_pct == 0 && E->prev_value_end != RX_UNSET && prev_end != RX_UNSET &&
			      prev_end > E->prev_value_end && prev_end <= vs &&
			      memmem(s + E->prev_value_end, prev_end - E->prev_value_end, "point", 5) != NULL;
		/* "... growth of 14.5% and wants 70% of dossiers processed
		 * online": a percentage of a named whole is a share. */
		size_t of = past_unit(s, E->n, ve);
		bool of_whole = E->prev_end != RX_UNSET && of + 3 <= E->n && !strncmp(s + of, "of ", 3) && of > ve &&
				!(of + 3 < E->n && isdigit((unsigned char)s[of + 3]));
		/* "...; the rate of records with digitized results reached
		 * 52,17%": a rate's clause of its own is a level. */
		bool own_clause = false;
		if (prev_end != RX_UNSET && prev_end < vs) {
			const char *semi = memchr(s + prev_end, ';', vs - prev_end);
			size_t k = semi ? (size_t)(semi - s) + 1 : vs;
			while (k < vs && s[k] == ' ')
				k++;
			if (k < vs && !strncasecmp(s + k, "the ", 4))
				k += 4;
			own_clause = semi && (!strcmp(c->p->id, "percent.rate") || !strncasecmp(s + k, "rate of ", 8) ||
					      !strncasecmp(s + k, "proportion of ", 14) || !strncasecmp(s + k, "share of ", 9) ||
					      !strncasecmp(s + k, "percentage of ", 14));
		}
		bool more = before == 1 && !share_named(t, s, vs, f.subject) && !points && !of_whole && !own_clause &&
			    (E->ac->breakdown || percent_continues(t, s, prev_end, vs));
		/* "GRDP grew 8.6%, against a national rate of 7.09%", "... and
		 * 5.05% nationwide": the country's figure a change is set
		 * against is the same change. */
		size_t nov0[2];
		/* (A change in points is one of a share: "up 1.38 percentage
		 * points, while the national average was 80.08%".) */
		if (!more && E->prev_pct == 1 && !points && !E->prev_pct_points && !E->range_kind &&
		    (national_figure(t, s, cs, vs) ||
		     (t->set.cues[CUE_NATIONAL_AFTER] &&
		      rx_exec(t->set.cues[CUE_NATIONAL_AFTER], s, E->n, ve, true, nov0, 1, NULL, 0) > 0)))
			more = true;
		/* "grew by 13.62 percent, against 6.2 percent for Lang Son":
		 * a share said of another place right after a change is that
		 * place's change. */
		const char *other = NULL;
		/* "grew by an estimated 7.12%, faster than the 6.43% of 2023":
		 * a share set against a change is a change of the same. */
		/* (the figure before it that change, or its ranking: "grew
		 * 13.62%, the highest in the country, against 6.2% for Lang
		 * Son"; no count between) */
		bool after_change = E->last_kind == kind_name(KIND_PERCENT_CHANGE) || E->last_kind == kind_name(KIND_RANK);
		bool compared = E->prev_pct == 1 && after_change && !of_whole && compared_after(E, vs);
		if (!E->compare_base && E->prev_pct == 1)
			E->compare_base = E->prev_subject ? E->prev_subject : E->first_is_change ? E->first_subject : NULL;
		if (!province && E->prev_pct == 1 && after_change && E->compare_base &&
		    !E->range_kind && compared_after(E, vs) &&
		    (other = place_after(E, ve)) != NULL) {
			more = true;
			province = other;
			/* "Bac Giang's GRDP": the other place's GRDP */
			const char *base = E->compare_base;
			size_t pms, pme;
			int g = rx_exec_which(t->set.gazetteer, base, strlen(base), 0, &pms, &pme);
			if (g > 0 && pms == 0 && (!strncmp(base + pme, "'s ", 3) || !strncmp(base + pme, "\xe2\x80\x99s ", 5)))
				base += pme + (base[pme] == '\'' ? 3 : 5);
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s %s", other, base);
			f.subject = list_strdup(E->out, o->data, o->len);
		}
		if (compared && !other && E->compare_base) {
			more = true;
			f.subject = E->compare_base;
		}
		if (more && percent_breakdown(t, s, prev_end == RX_UNSET ? 0 : prev_end, vs))
			E->ac->breakdown = true;
		if (E->range_kind)
			more = E->range_kind == kind_name(KIND_PERCENT_CHANGE);
		if (more || (!E->range_kind && percent_is_change(t, s, E->n, vs, f.subject, &sign))) {
			f.kind = kind_name(KIND_PERCENT_CHANGE);
			f.value = value * sign;
			/* "... rose 8.42% in November and 9.05% in 11 months" */
			if (more && !other && E->prev_subject && percent_joined(t, s, prev_end, vs))
				f.subject = E->prev_subject;
		}
	}
	if (kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE) {
		E->prev2_pct = E->prev_pct;
		E->prev_pct = f.kind == kind_name(KIND_PERCENT_CHANGE);
		E->prev_pct_points = c->me > ve && memmem(s + ve, c->me - ve, "point", 5) != NULL;
	}
	const char *item_province = province;
	if (!province)
		province = subject_province;
	if (!province)
		province = sentence_province(t, province_mentions(t, s, E->n, E->provinces), s, cs, ce, vs, ve);
	f.province = province ? province : E->ac->province;
	/* "against a national average of 71.2%", "The median PCI score
	 * nationwide was 65.35": a figure of the whole country is of no
	 * province, unless it is a list's item of a place. */
	if (!item_province && kind != KIND_RATIO && national_figure(t, s, cs, vs))
		f.province = NULL;
	/* "against 60.5% nationwide": the country's figure, right after the
	 * province's; its subject says whose it is.  ("ranked 3rd
	 * nationwide" is the province's rank.) */
	size_t nov[2];
	if (!item_province && !is_rank_kind(kind) && t->set.cues[CUE_NATIONAL_AFTER] &&
	    rx_exec(t->set.cues[CUE_NATIONAL_AFTER], s, E->n, ve, true, nov, 1, NULL, 0) > 0) {
		f.province = NULL;
		if (!strcasestr(f.subject, "nation")) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s nationwide", f.subject);
			f.subject = list_strdup(E->out, o->data, o->len);
		}
	}

	/* "Lao Cai came 11th, Phu Tho 30th": a ranking, score or index
	 * figure said of another province than the article's is that
	 * province's, and its subject says so; what follows in the sentence
	 * still inherits the bare subject. */
	const char *base_subject = f.subject;
	bool index_subject = false;
	for (size_t i = 0; i < t->set.n_indicators && !index_subject; i++)
		index_subject = f.subject == t->set.indicators[i].name;
	bool owned = kind == KIND_RANK || kind == KIND_RANK_CHANGE || kind == KIND_SCORE ||
		     kind == KIND_SCORE_CHANGE ||
		     ((named_ind >= 0 || index_subject) && (kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE));
	/* "the former Tay Ninh province ranked 33rd" in an article about the
	 * new Tay Ninh: the old province's, said so. */
	bool former = false;
	if (owned && f.province) {
		const struct mentions *fm = province_mentions(t, s, E->n, E->provinces);
		for (size_t k = 0; k < fm->n && !former; k++) {
			size_t b0 = fm->m[k].s, ws;
			while (b0 > 0 && s[b0 - 1] == ' ')
				b0--;
			former = t->set.provinces[fm->m[k].which] == f.province && fm->m[k].s >= cs &&
				 fm->m[k].e <= ve && lexicon_before(&t->set.lexicon, LEX_FORMER, s, b0, &ws) != NULL;
		}
	}
	/* "Bac Giang's score was 2.14 points higher": the article's own
	 * province, when the clause names it before the figure, says whose
	 * too. */
	bool named_here = false;
	if (owned && f.province && E->ac->province && !strcmp(f.province, E->ac->province)) {
		const struct mentions *fm = province_mentions(t, s, E->n, E->provinces);
		for (size_t k = 0; k < fm->n && !named_here; k++)
			named_here = t->set.provinces[fm->m[k].which] == f.province && fm->m[k].s >= cs && fm->m[k].e <= vs;
	}
	if (owned && f.province && (!E->ac->province || strcmp(f.province, E->ac->province) || former || named_here) &&
	    !strcasestr(f.subject, f.province)) {
		struct buf b = { 0 };
		buf_printf(&b, "%s%s %s", former ? "former " : "", f.province, f.subject);
		f.subject = list_strdup(E->out, b.data, b.len);
		buf_free(&b);
	}
	f.target = E->ac->section_target || (E->ac->list_target && E->sen->role == SENTENCE_ITEM) ||
		   goal_before(t, s, cs, ve) || cue_in(t, CUE_GOAL, s, cs, ce);
	/* "- Top 20: the PCI goal for 2025", "- 5,000: enterprises the
	 * province targets to have": a figure that opens a factbox line is a
	 * goal when its label says so. */
	if (!f.target && figure_first(s, cs, vs) && cue_in(t, CUE_TARGET, s, ve, ce))
		f.target = true;
	/* "asked departments to focus on key tasks: strive GRDP growth ...
	 * 7,5%; rate of records online over 85%; DTI 2024 in top 20": the
	 * clauses of a list a goal opens are goals. */
	if (!f.target && cs > 0 && s[cs - 1] == ';') {
		const char *semi = memchr(s, ';', cs);
		size_t first = semi ? (size_t)(semi - s) : cs;
		const char *colon = memchr(s, ':', first);
		/* (the goal said by the list's lead, before its colon) */
		if (colon && goal_before(t, s, 0, (size_t)(colon - s)))
			f.target = true;
	}
	/* "fell short of the 50% target", "our 95 percent goal": a figure
	 * that names a goal is one; so is what a result fell short of. */
	if (!f.target && (goal_after(s, E->n, ve) || short_of(s, vs)))
		f.target = true;

	/* "to 10 percent by 2025, from 6.2 percent in 2023": where a goal
	 * starts from is no goal. */
	bool start_point = starting_point(t, s, vs);
	if (f.target && start_point)
		f.target = false;
	const struct year_mention *y = fact_year(t, s, E->ym, E->ny, cs, ce, vs, c->me, f.target);
	/* ("... 25 percent by 2030, up from 9.8 percent today": nor is the
	 * goal's date its year) */
	if (start_point && y && y->deadline)
		y = NULL;
	/* Below "Tasks for 2026" a figure is a goal, unless it is dated
	 * before the heading's year ("reached 86.2% in 2024"). */
	if (!f.target && E->ac->section_plan && (!y || !E->ac->section_year || y->years[0] >= E->ac->section_year))
		f.target = true;
	bool added = false;
	/* "climbed from 38th to 30th": where a ranking moved from is the
	 * edition before the one the sentence is of. */
	int shift = 0;
	if (kind == KIND_RANK && starting_point(t, s, vs)) {
		size_t k = c->me > ve ? c->me : ve;
		while (k < E->n && !isdigit((unsigned char)s[k]) && k - ve < 12 && s[k] != ',')
			k++;
		shift = k < E->n && isdigit((unsigned char)s[k]) && memmem(s + ve, k - ve, " to ", 4) ? 1 : 0;
	}
	/* "compared with 34th the previous year", "against 23 percent a year
	 * earlier": the year before the one the sentence is of ("last year",
	 * "a year ago": before the one it was published in). */
	size_t pov[2];
	if (t->set.cues[CUE_PRIOR] &&
	    rx_exec(t->set.cues[CUE_PRIOR], s, E->n, ve, true, pov, 1, NULL, 0) > 0) {
		const struct article_context *ac = E->ac;
		int published = E->a->published && isdigit((unsigned char)E->a->published[0]) ? atoi(E->a->published) : 0;
		bool from_now = memmem(s + pov[0], pov[1] - pov[0], "last", 4) || memmem(s + pov[0], pov[1] - pov[0], "ago", 3);
		/* the sentence's own period: its first year that is no point of
		 * comparison nor a deadline */
		int own = 0;
		for (int k = 0; k < E->ny && !own; k++)
			if (!E->ym[k].baseline && !E->ym[k].deadline)
				own = E->ym[k].years[0];
		int ref = from_now ? published :
			  own ? own : ac->running_year ? ac->running_year : ac->section_year ? ac->section_year :
			  ac->title_year ? ac->title_year : published;
		bool current = memmem(s + pov[0], pov[1] - pov[0], "this", 4) || memmem(s + pov[0], pov[1] - pov[0], "current", 7);
		if (current)
			ref = published + 1;
		if (ref > 1900) {
			f.year = ref - 1;
			add_fact(E, &f, false);
			y = NULL;
			added = true;
		}
	}
	if (added) {
	} else if (y) {
		int n_years = is_rank_kind(kind) ? y->n_years : 1;
		for (int i = 0; i < n_years; i++) {
			f.year = y->years[i] - shift;
			added |= add_fact(E, &f, false);
		}
	} else {
		/* No year of its own: the paragraph's, the section's, for a
		 * list item below a heading the title's, for a ranking its
		 * index's, else the article's (its title's, else the first
		 * its text states: "in the first 5 months of 2025" names the
		 * period of a report's other paragraphs), set once it is all
		 * read; none for a figure that holds "now". */
		const struct article_context *ac = E->ac;
		bool undated = false;
		if (E->now < 0)
			E->now = cue_in(t, CUE_NOW, s, 0, E->n);
		if (!E->now) {
			f.year = ac->running_year ? ac->running_year : ac->section_year;
			if (!f.year && ac->in_section && E->sen->role == SENTENCE_ITEM)
				f.year = ac->title_year;
			if (!f.year && is_rank_kind(kind) && ind >= 0)
				f.year = ac->indicator_year[ind];
			undated = true;
		}
		if (f.year)
			f.year -= shift;
		added = add_fact(E, &f, undated);
	}
	(void)added;
	/* "VND 20,073 billion (target: 16,687 billion), up 11.6%": a figure
	 * in parentheses is an aside; what follows is said of the one before. */
	if (!is_change_kind(kind) && in_parens(s, vs) && E->prev_end != RX_UNSET)
		return;
	E->prev_end = c->me > ve ? c->me : ve;
	E->prev_value_end = ve;
	E->prev_value_start = vs;
	if (kind == KIND_MONEY)
		E->prev_money_qualifier = f.qualifier;
	E->last_fact_subject = f.subject;
	E->last_kind = f.kind;
	f.subject = base_subject;
	if (kind == KIND_RANK) {
		E->last_rank_index = ind;
		E->last_rank_end = E->prev_end;
	}
	if (inheritable && is_rank_kind(kind)) {
		E->prev_rank_subject = f.subject;
		E->prev_rank_kind = f.kind;
		E->prev_rank_indicator = ind;
	} else if (inheritable) {
		E->prev_indicator = ind;
		E->prev_subject = f.subject;
		E->prev_kind = f.kind;
		E->ac->last_subject = f.subject;
	}
	/* What the sentence's first figure measures, inheritable or not:
	 * "GRDP growth of 7.4% ..., ranking 12th" ranks it. */
	if (!is_rank_kind(kind) && !E->first_subject) {
		E->first_subject = f.subject;
		E->first_is_change = f.kind == kind_name(KIND_PERCENT_CHANGE);
	}
}

/* "Public Service Delivery (7.713 points)": an item's own figure in
 * parentheses is no part of its name; where the name ends. */
static size_t item_name_end(const char *s, size_t ss, size_t se)
{
	size_t e = se;
	if (e > ss && s[e - 1] == ')') {
		size_t o = e - 1;
		while (o > ss && s[o] != '(')
			o--;
		if (s[o] == '(' && o > ss)
			for (size_t k = o; k < e; k++)
				if (isdigit((unsigned char)s[k])) {
					e = o;
					break;
				}
		while (e > ss && s[e - 1] == ' ')
			e--;
	}
	return e;
}

/*
 * "GRDP growth of 8–8.5%", "at 12–15% of GRDP", "between 65 and 70
 * percent": a range written before a figure, its low end joined by a dash
 * or by "between ... and".  Where the low end starts (its
 * digits end where the dash begins), or RX_UNSET when vs opens no range.
 */
static size_t range_low(const char *s, size_t vs, size_t *le)
{
	size_t i = vs;
	bool between = false;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i >= 3 && (!memcmp(s + i - 3, "\xe2\x80\x93", 3) || !memcmp(s + i - 3, "\xe2\x80\x94", 3)))
		i -= 3;
	else if (i >= 1 && s[i - 1] == '-')
		i--;
	else if (i >= 4 && !strncasecmp(s + i - 4, " and", 4))
		i -= 4, between = true; /* "between 65 and 70 percent" */
	else
		return RX_UNSET;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	size_t e = i, digits = 0;
	while (i > 0 && (isdigit((unsigned char)s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',')) {
		digits += isdigit((unsigned char)s[i - 1]) != 0;
		i--;
	}
	/* "2021-2025", "No. 12-15": a year or a code is no low end */
	if (!digits || e - i > 6 || !isdigit((unsigned char)s[i]) || (i > 0 && (isalnum((unsigned char)s[i - 1]) ||
	    s[i - 1] == '/' || s[i - 1] == '-' || s[i - 1] == '.')))
		return RX_UNSET;
	if (between && (i < 8 || strncasecmp(s + i - 8, "between ", 8)))
		return RX_UNSET;
	*le = e;
	return i;
}

static void emit_candidate(struct emit_ctx *E, const struct candidate *c)
{
	bool list = false, subjects = false;
	for (size_t i = 0; i < c->p->n_caps; i++) {
		list |= c->p->caps[i].field == FIELD_VALUES;
		subjects |= c->p->caps[i].field == FIELD_SUBJECTS;
	}
	if (!list && subjects && c->ss != RX_UNSET && c->ss >= c->ve) {
		/* "ranked first in three criteria: A (6.499 points), B and C":
		 * one figure, said of each item after it. */
		size_t ss[16], se[16];
		int ns = split_list(E->s, c->ss, c->se, ss, se, 16);
		for (int i = 0; i < ns; i++)
			emit(E, c, c->value, c->vs, c->ve, ss[i], item_name_end(E->s, ss[i], se[i]), NULL);
		return;
	}
	enum fact_kind kind = c->p->kind;
	size_t ls, le;
	double low;
	/* "VND 450-500 billion": the low end in the high end's scale */
	double scale = 1;
	if (kind == KIND_MONEY && c->vs != RX_UNSET) {
		size_t d = c->vs;
		while (d < c->ve && (isdigit((unsigned char)E->s[d]) || E->s[d] == '.' || E->s[d] == ','))
			d++;
		double raw;
		if (d > c->vs && transform_number_parse(E->t, E->s + c->vs, d - c->vs, true, &raw) == 0 && raw > 0)
			scale = c->value / raw;
	}
	if (!list && (kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE || kind == KIND_SCORE || kind == KIND_MONEY) &&
	    c->vs != RX_UNSET && (ls = range_low(E->s, c->vs, &le)) != RX_UNSET &&
	    transform_number_parse(E->t, E->s + ls, le - ls, true, &low) == 0 && (low *= scale) < c->value) {
		/* two facts, the range's ends */
		struct candidate lo = *c, hi = *c;
		lo.qualifier = "min";
		hi.qualifier = "max";
		emit(E, &lo, low, ls, le, c->ss, c->se, NULL);
		/* the high end is of the low end's kind ("a target of 7-7.5%":
		 * two changes, or two shares) */
		E->range_kind = E->prev_kind;
		E->range_subject = E->last_fact_subject;
		emit(E, &hi, c->value, c->vs, c->ve, c->ss, c->se, NULL);
		E->range_kind = NULL;
		E->range_subject = NULL;
		return;
	}
	if (!list) {
		emit(E, c, c->value, c->vs, c->ve, c->ss, c->se, NULL);
		return;
	}
	/* "A and B with 58.3 percent and 57.6 percent respectively" */
	size_t vs[16], ve[16], ss[16], se[16];
	int nv = split_list(E->s, c->vs, c->ve, vs, ve, 16);
	int ns = c->ss != RX_UNSET ? split_list(E->s, c->ss, c->se, ss, se, 16) : 0;
	if (nv >= 2 && ns > nv) {
		/* "A topped the rankings, followed by B and C in second and
		 * third place, respectively": the figures go with the items
		 * nearest them. */
		memmove(ss, ss + (ns - nv), (size_t)nv * sizeof *ss);
		memmove(se, se + (ns - nv), (size_t)nv * sizeof *se);
		ns = nv;
	} else if (nv >= 2 && ns != nv && c->ss != RX_UNSET)
		ns = split_items(E->s, c->ss, c->se, ss, se, nv);
	if (nv < 2)
		return;
	/* "A and B came 6th and 11th, with 90.1% and 88.5% respectively": a
	 * list without items of its own is of the places of the list it
	 * follows. */
	bool inherited = false;
	if (ns == 0 && c->p->follow && E->n_list_places == nv) {
		for (int i = 0; i < nv; i++) {
			ss[i] = E->list_place_s[i];
			se[i] = E->list_place_e[i];
		}
		ns = nv;
		inherited = true;
	}
	/* "were 5.36, 5.71 and 5.48 points respectively, up 0.21, 0.46 and
	 * 0.12 points respectively": nor are the changes of a list of
	 * scores, which are of its items. */
	bool inherited_items = false;
	if (ns == 0 && c->p->follow && E->n_list_items == nv) {
		for (int i = 0; i < nv; i++) {
			ss[i] = E->list_item_s[i];
			se[i] = E->list_item_e[i];
		}
		ns = nv;
		inherited_items = true;
	}
	for (int i = 0; i < ns && !inherited && !inherited_items; i++)
		se[i] = item_name_end(E->s, ss[i], se[i]);
	if (ns != nv) {
		/* Subjects that cannot be paired: each figure finds its own. */
		for (int i = 0; i < nv; i++) {
			double v;
			if (transform_number_parse(E->t, E->s + vs[i], ve[i] - vs[i], true, &v) == 0)
				emit(E, c, v, vs[i], ve[i], RX_UNSET, RX_UNSET, NULL);
		}
		return;
	}
	/* "The rate of X in Can Tho and Vinh Long reached ... respectively":
	 * the items are places, and X, before the first place, is the
	 * subject of every one. */
	const char *places[16];
	size_t place_s[16], place_e[16];
	size_t first_place = RX_UNSET;
	bool by_place = true;
	for (int i = 0; i < ns && by_place && inherited; i++)
		places[i] = E->list_places[i];
	for (int i = 0; i < ns && by_place && !inherited; i++) {
		size_t ms, me;
		int g = rx_exec_which(E->t->set.gazetteer, E->s, se[i], ss[i], &ms, &me);
		places[i] = g > 0 ? E->t->set.provinces[g - 1] : NULL;
		place_s[i] = g > 0 ? ms : RX_UNSET;
		place_e[i] = g > 0 ? me : RX_UNSET;
		if (!places[i])
			by_place = false;
		else if (i == 0)
			first_place = ms;
	}
	const char *last_province;
	if (by_place && !inherited && classify_subject(E->t, E->s, ss[ns - 1], se[ns - 1], &last_province) == SUBJECT_STRONG)
		by_place = false;
	/* "Hue, HCM City and Ha Noi came second, third and fourth with
	 * 0.7121, 0.6945 and 0.6820 points respectively": items that are
	 * the figures of a list before are that list's places. */
	if (!by_place && !inherited && ns == nv && E->n_list_places == nv) {
		bool figures = true;
		for (int i = 0; i < ns && figures; i++) {
			size_t a = ss[i], b = se[i];
			while (a < b && E->s[a] == ' ')
				a++;
			bool digits = a < b && isdigit((unsigned char)E->s[a]);
			figures = digits || lexicon_is(&E->t->set.lexicon, LEX_ORDINAL, E->s + a, b - a) ||
				  lexicon_is(&E->t->set.lexicon, LEX_CARDINAL, E->s + a, b - a);
		}
		if (figures) {
			for (int i = 0; i < nv; i++) {
				places[i] = E->list_places[i];
				place_s[i] = E->list_place_s[i];
				place_e[i] = E->list_place_e[i];
			}
			by_place = true;
			first_place = RX_UNSET;
		}
	}
	if (by_place && !inherited && nv <= (int)COUNT(E->list_places)) {
		for (int i = 0; i < nv; i++) {
			E->list_places[i] = places[i];
			E->list_place_s[i] = place_s[i];
			E->list_place_e[i] = place_e[i];
		}
		E->n_list_places = nv;
	}
	/* What comes before the first place is the measure only if it names
	 * one ("followed by Da Nang and Ha Noi" names none). */
	const char *prefix_province;
	size_t pa, pb;
	if (by_place && first_place != RX_UNSET && first_place > ss[0]) {
		clean_subject(E->t, E->s, ss[0], first_place, &pa, &pb);
		if (classify_subject(E->t, E->s, pa, pb, &prefix_province) != SUBJECT_STRONG)
			first_place = RX_UNSET;
	}
	for (int i = 0; i < nv; i++) {
		/* "58.3 percent", "45th", "third": the whole item, else its digits. */
		double v;
		size_t e = ve[i];
		/* "$310 million": the currency before the amount is no part
		 * of the number. */
		if (c->p->kind == KIND_MONEY)
			while (vs[i] < e && !isdigit((unsigned char)E->s[vs[i]]))
				vs[i]++;
		if (transform_number_parse(E->t, E->s + vs[i], e - vs[i], true, &v) != 0) {
			while (e > vs[i] && !isdigit((unsigned char)E->s[e - 1]))
				e--;
			if (transform_number_parse(E->t, E->s + vs[i], e - vs[i], true, &v) != 0)
				continue;
		}
		if (inherited)
			emit(E, c, v, vs[i], e, ss[i], se[i], places[i]);
		else if (by_place && first_place == RX_UNSET)
			emit(E, c, v, vs[i], e, RX_UNSET, RX_UNSET, places[i]);
		else if (by_place)
			emit(E, c, v, vs[i], e, first_place > ss[0] ? ss[0] : ss[i],
			     first_place > ss[0] ? first_place : se[i], places[i]);
		else
			emit(E, c, v, vs[i], e, ss[i], se[i], NULL);
	}
	if (!by_place && !inherited && ns == nv && nv <= (int)COUNT(E->list_item_s)) {
		memcpy(E->list_item_s, ss, (size_t)nv * sizeof *ss);
		memcpy(E->list_item_e, se, (size_t)nv * sizeof *se);
		E->n_list_items = nv;
	}
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

/* Does a sentence holding the triggers present meet every needs line of p? */
static bool needs_met(const struct pattern *p, uint64_t present)
{
	for (size_t g = 0; g < p->n_needs; g++)
		if (!(p->needs[g] & present))
			return false;
	return true;
}

/* Is the 4-digit number at s[a, b) a year ("in 2023", "DTI 2024"): no
 * amount ("VND 2000 billion"), share or part of a longer number? */
static bool year_number(const struct lexicon *lx, const char *s, size_t n, size_t a, size_t b)
{
	bool year = b - a == 4 && ((s[a] == '1' && s[a + 1] == '9' && s[a + 2] >= '5') ||
				   (s[a] == '2' && s[a + 1] == '0' && s[a + 2] <= '4'));
	if (!year)
		return false;
	size_t k, c = a;
	while (c > 0 && s[c - 1] == ' ')
		c--;
	if (lexicon_before(lx, LEX_CURRENCY, s, c, &k))
		return false;
	size_t e = b;
	while (e < n && s[e] == ' ')
		e++;
	return !(e < n && (s[e] == '%' || lexicon_prefix(lx, LEX_SCALE, s + e, n - e) ||
			   lexicon_prefix(lx, LEX_CURRENCY, s + e, n - e)));
}

/* Where the last figure of s starts that may be a fact's: not inside a
 * span a not-fact rule claimed (a date, a phone number, a decree's
 * number), nor a year; RX_UNSET when there is none.  Only digits are
 * looked at: the caller keeps the word scan's answer for a sentence with
 * number words. */
static size_t last_live_figure(const struct lexicon *lx, const char *s, size_t n, const struct sentence_work *w)
{
	size_t last = RX_UNSET;
	for (size_t i = 0; i < n;) {
		if (!isdigit((unsigned char)s[i])) {
			i++;
			continue;
		}
		size_t a = i;
		while (i < n && (isdigit((unsigned char)s[i]) ||
				 ((s[i] == ',' || s[i] == '.') && i + 1 < n && isdigit((unsigned char)s[i + 1]))))
			i++;
		bool dead = (a > 0 && (isdigit((unsigned char)s[a - 1]) || s[a - 1] == '/')) ||
			    year_number(lx, s, n, a, i);
		for (size_t k = 0; k < w->n_ignored && !dead; k++)
			dead = w->ignored[k].s <= a && i <= w->ignored[k].e;
		if (!dead)
			last = a;
	}
	return last;
}

/* The facts of sentence i: its patterns' candidates, accepted by
 * priority, emitted in reading order with their context.  -1 with err
 * when a pattern hit a PCRE2 limit (the other patterns still ran). */
/*
 * Is s[0,n) written in Vietnamese?  Bilingual portals print the
 * Vietnamese original beside the English ("tăng 8 bậc so với năm 2022"),
 * whose figures the English says again, and whose words the lexicon
 * cannot read.  Most of its words carry letters beyond ASCII, and it
 * holds hardly any English function word; an English sentence that
 * names people ("Hoàng Văn Minh, 47, told VNA") has both.
 */
static bool sentence_is_vietnamese(const struct lexicon *lx, const char *s, size_t n)
{
	size_t words = 0, accented = 0, english = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && !(isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
			i++;
		size_t b = i;
		bool wide = false;
		while (i < n && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) {
			wide |= (unsigned char)s[i] >= 0x80;
			i++;
		}
		if (i == b)
			break;
		words++;
		accented += wide;
		english += !wide && lexicon_is(lx, LEX_FUNCTION, s + b, i - b);
	}
	return words >= 6 && accented * 2 >= words && english * 10 <= words;
}

/* The index whose edition the running year is: named right before it ("the
 * PCI 2024", "ICT Index (2020)"), or -1. */
static int edition_year(struct emit_ctx *E, const struct year_mention *ym, int ny)
{
	const struct mentions *l = indicator_mentions(E->t, E->s, E->n, E->indicators);
	for (int y = 0; y < ny; y++) {
		if (ym[y].baseline || ym[y].deadline)
			continue;
		for (size_t k = 0; k < l->n; k++) {
			size_t e = l->m[k].e;
			while (e < ym[y].s && (E->s[e] == ' ' || E->s[e] == '('))
				e++;
			if (e == ym[y].s)
				return l->m[k].which;
		}
		return -1;
	}
	return -1;
}

/* The article is about that edition when its headline names the index but
 * sets no goal ("Da Nang tops ICT Index for 12th time"); "..., aims for top
 * 10 DTI by 2030" reports on its own year. */
static bool title_is_edition(const struct transform *t, const struct article *a, int ind)
{
	size_t ov[2];
	if (ind < 0 || !a->title)
		return false;
	size_t n = strlen(a->title);
	return rx_exec(t->set.indicators[ind].rx, a->title, n, 0, false, ov, 1, NULL, 0) > 0 &&
	       !cue_in(t, CUE_TARGET, a->title, 0, n);
}

static int transform_sentence(struct emit_ctx *E, struct sentence_work *w, size_t i, char *err, size_t errlen)
{
	struct transform *t = E->t;
	const struct article *a = E->a;
	struct article_context *ac = E->ac;
	const struct sentence *sen = &a->sentences[i];
	const char *s = a->text + sen->start;
	size_t n = sen->end - sen->start;
	int rc = 0;
	w->n = w->n_ignored = 0;
	char perr[256] = "";
	double t0;
	/* Figures first: a sentence without a figure (no digit, no number
	 * word) holds no fact but one whose value a pattern states in words
	 * ("topped the ranking"), and the not-fact rules matter only when
	 * such a pattern matched. */
	bool figureless = ac->last_number[i] == RX_UNSET;
	size_t last_number = ac->last_number[i];
	/* With figures, the not-fact rules run first: a sentence whose every
	 * figure is a year or one of theirs ("On 14/10/2025, in Decision No.
	 * 1127/QD-UBND") is then figureless too, and the other patterns need
	 * look no further than the last figure left.  Number words are left
	 * to the word scan's answer. */
	enum { RUN_IGNORES, RUN_CONST, RUN_FACTS };
	int steps[3], n_steps = 0;
	if (figureless) {
		steps[n_steps++] = RUN_CONST;
		steps[n_steps++] = RUN_IGNORES;
	} else if (sentence_is_vietnamese(&t->set.lexicon, s, n)) {
		/* no step: its figures are the English text's */
	} else {
		steps[n_steps++] = RUN_IGNORES;
		steps[n_steps++] = RUN_FACTS;
	}
	for (int st = 0; st < n_steps; st++) {
		int step = steps[st];
		if (figureless && step == RUN_IGNORES && !w->n)
			break;
		if (step == RUN_FACTS && !(t->present >> NUMBER_WORD_BIT & 1)) {
			last_number = last_live_figure(&t->set.lexicon, s, n, w);
			if (last_number == RX_UNSET)
				step = RUN_CONST;
		}
		for (size_t k = 0; k < t->set.n_patterns; k++) {
			const struct pattern *p = &t->set.patterns[k];
			if (p->follow || !needs_met(p, t->present))
				continue;
			if (step == RUN_IGNORES ? p->kind != KIND_IGNORE :
			    step == RUN_CONST	? !p->has_const_value || p->kind == KIND_IGNORE :
						  p->kind == KIND_IGNORE)
				continue;
			t0 = t->profile ? cpu_seconds() : 0;
			size_t before = w->n + w->n_ignored;
			int prc = run_pattern(t, p, s, n, last_number, &ac->bytes[i], w, perr, sizeof perr);
			if (t->profile) {
				t->profile[k].seconds += cpu_seconds() - t0;
				t->profile[k].runs++;
				t->profile[k].matches += w->n + w->n_ignored - before;
			}
			if (prc < 0 && rc == 0) {
				errorf(err, errlen, "%s: pattern %s (%s:%d) stopped on sentence %zu: %s", a->file, p->id,
				       p->file, p->line, i + 1, perr);
				rc = -1;
			}
		}
	}
	accept_candidates(t, w, s);
	if (getenv("GOVFACTS_DEBUG"))
		for (size_t k = 0; k < w->n; k++)
			fprintf(stderr, "debug: %s %s [%zu,%zu) value %.*s\n", w->c[k].accepted ? "+" : "-",
				w->c[k].p->id, w->c[k].ms, w->c[k].me, (int)(w->c[k].ve - w->c[k].vs), s + w->c[k].vs);
	t0 = t->profile ? cpu_seconds() : 0;
	struct year_mention ym[16];
	int ny = year_mentions(t, s, n, w, ym, 16);
	size_t keys_before = E->n_keys;
	E->sen = sen;
	E->s = s;
	E->n = n;
	E->ym = ym;
	E->ny = ny;
	E->prev_subject = E->prev_rank_subject = E->first_subject = E->compare_base = NULL;
	E->last_kind = NULL;
	E->first_is_change = false;
	E->prev_kind = E->prev_rank_kind = NULL;
	E->prev_money_qualifier = NULL;
	E->n_list_places = 0;
	E->n_list_items = 0;
	E->prev_rank_indicator = 0;
	E->prev_indicator = -1;
	E->last_rank_index = -1;
	E->last_rank_end = RX_UNSET;
	E->prev_end = E->prev_value_end = E->prev_value_start = RX_UNSET;
	E->prev_pct = E->prev2_pct = -1;
	E->indicators->n = E->provinces->n = 0;
	E->indicators->done = E->provinces->done = false;
	E->now = -1;
	E->measure_s = E->measure_e = RX_UNSET;
	E->measured = false;
	if (t->profile) {
		t->profile_stage[1] += cpu_seconds() - t0;
		t0 = cpu_seconds();
	}
	/* Facts in reading order. */
	for (;;) {
		struct candidate *next = NULL;
		for (size_t k = 0; k < w->n; k++)
			if (w->c[k].accepted && (!next || w->c[k].vs < next->vs))
				next = &w->c[k];
		if (!next)
			break;
		emit_candidate(E, next);
		next->accepted = false;
	}
	if (t->profile)
		t->profile_stage[2] += cpu_seconds() - t0;
	if (E->prev_pct >= 0)
		ac->last_pct = E->prev_pct;
	if (E->indicators->done && E->indicators->n) {
		ac->recent_indicator = E->indicators->m[E->indicators->n - 1].which;
		ac->recent_sentence = i;
	}
	for (int y = 0; y < ny; y++)
		if (!ym[y].baseline && !ym[y].deadline) {
			ac->running_year = ym[y].years[0];
			break;
		}
	if (!ac->first_year && ac->running_year && one_period(ym, ny)) {
		ac->first_year = ac->running_year;
		ac->first_year_lead = keys_before == 0;
		ac->first_year_edition = edition_year(E, ym, ny);
		/* Its own figures were read against the year already: one the
		 * year did not date ("68.2%, compared with 51.4% in 2023") is
		 * not of it. */
		for (size_t k = keys_before; k < E->n_keys; k++)
			E->undated[k] = false;
	}
	E->ym = NULL;
	E->ny = 0;
	return rc;
}

int transform_article(struct transform *t, const struct article *a, struct fact_list *out,
		      char *err, size_t errlen)
{
	if (!valid_utf8(a->text, a->text_len)) {
		errorf(err, errlen, "%s: text is not valid UTF-8", a->file);
		return -1;
	}
	double t_start = t->profile ? cpu_seconds() : 0, t_mark = t_start;
	struct article_context ac = { .last_pct = -1, .first_year_edition = -1 };
	t->published_year = a->published && isdigit((unsigned char)a->published[0]) ? atoi(a->published) : 0;
	article_context(t, a, &ac);
	if (a->title)
		ac.title_year = title_year(t, a->title, strlen(a->title));
	struct sentence_work w = { 0 };
	int rc = 0;
	struct mentions indicators = { 0 }, provinces = { 0 };
	struct emit_ctx E = { .t = t, .a = a, .ac = &ac, .out = out, .first = out->n, .indicators = &indicators,
			      .provinces = &provinces };
	if (t->profile) {
		t->profile_stage[0] += cpu_seconds() - t_mark;
		t_mark = cpu_seconds();
	}
	for (size_t i = 0; i < a->n_sentences; i++) {
		const struct sentence *sen = &a->sentences[i];
		if (sen->paragraph != ac.paragraph) {
			ac.paragraph = sen->paragraph;
			ac.running_year = 0;
			ac.last_subject = NULL;
			ac.last_pct = -1;
			ac.breakdown = false;
			ac.paragraph_label = paragraph_label(&E, a->text + sen->start, sen->end - sen->start);
			ac.paragraph_label_end = sen->end;
		}
		t->present = ac.present[i];
		if (ac.heading_indicator[i] >= 0)
			ac.section_indicator = ac.heading_indicator[i];
		if (sen->role == SENTENCE_HEADING) {
			section_context(t, a->text + sen->start, sen->end - sen->start, &ac);
			/* A page's heading is its markup's; a text's is a guess
			 * from a short line ("Da Nang ranked third in the
			 * country"), read for facts too. */
			if (a->format != ARTICLE_TEXT)
				continue;
		}
		if (sen->role == SENTENCE_TITLE)
			continue;
		/* "The targets for 2025:" and the items below it are goals. */
		if (sen->role != SENTENCE_ITEM)
			ac.list_target = false;
		if (transform_sentence(&E, &w, i, err, errlen) < 0)
			rc = -1;
		if (sen->role != SENTENCE_ITEM) {
			const char *s = a->text + sen->start;
			size_t n = sen->end - sen->start;
			while (n && s[n - 1] == ' ')
				n--;
			ac.list_target = n && s[n - 1] == ':' && cue_in(t, CUE_TARGET, s, 0, n);
		}
	}
	/* The headline last, alone: most of its figures are the body's again
	 * ("Quang Ngai climbs to 26th"), and one of the kind and value of a
	 * body fact is that fact; what it alone states ("Tien Giang tops the
	 * ICT Index") is kept. */
	E.headline = true;
	ac.paragraph = (size_t)-1;
	ac.running_year = ac.section_year = 0;
	ac.last_subject = NULL;
	ac.last_pct = -1;
	ac.paragraph_label = NULL;
	ac.breakdown = ac.in_section = ac.section_target = ac.section_plan = false;
	for (size_t i = 0; i < a->n_sentences; i++) {
		if (a->sentences[i].role != SENTENCE_TITLE)
			continue;
		t->present = ac.present[i];
		if (transform_sentence(&E, &w, i, err, errlen) < 0)
			rc = -1;
	}
	/* The article's period: its title's year, else the year it names
	 * by its first figure; one named only after figures of no year ("In
	 * 2024, the shares were ...") is a comparison, and the article is of
	 * the year it was published. */
	int article_year = ac.title_year ? ac.title_year : ac.first_year;
	int published = a->published && isdigit((unsigned char)a->published[0]) ? atoi(a->published) : 0;
	/* "In the DTI 2023 announced ..., Long An rose to 11th", in a report
	 * published in December 2024: the index's edition dates its own
	 * figures (indicator_year), not the report's. */
	if (!ac.title_year && published &&
	    (!ac.first_year || !ac.first_year_lead ||
	     (ac.first_year_edition >= 0 && published > ac.first_year && !title_is_edition(t, a, ac.first_year_edition))))
		article_year = published;
	for (size_t k = 0; k < E.n_keys; k++)
		if (E.undated[k])
			out->facts[E.first + k].year = article_year;
	if (t->profile)
		t->profile_stage[3] += cpu_seconds() - t_start;
	buf_free(&E.scratch);
	free(E.buckets);
	free(E.next_in_bucket);
	for (size_t k = 0; k < E.n_keys; k++)
		free(E.keys[k]);
	free(E.keys);
	free(E.undated);
	free(indicators.m);
	free(provinces.m);
	free(w.c);
	free(w.ignored);
	free(ac.indicator_year);
	free(ac.present);
	free(ac.heading_indicator);
	free(ac.named_indicator);
	free(ac.last_number);
	free(ac.bytes);
	return rc;
}
