/*
 * transform_candidates: the patterns run over a sentence, and which of
 * their matches become facts.
 *
 * Every pattern whose triggers the sentence holds runs over it (followers
 * anchored right after the match they follow, for lists such as "17/63 in
 * A, 17/63 in B").  Matches become candidates; "ignore" patterns (dates,
 * document numbers, durations, technology names) claim their spans; then
 * candidates are accepted by priority, one fact per number: a number that
 * is a rank's field size or is claimed by an ignore pattern is not a fact
 * of its own.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The number s[0, n) reads with its dots as thousands separators
 * ("612.340", "1.250.000"), else v. */
static double dotted_thousands(const char *s, size_t n, double v)
{
	size_t i = 0, groups = 0;
	double w = 0;
	while (i < n && isdigit((unsigned char)s[i]) && i < 3)
		w = w * 10 + (s[i++] - '0');
	if (i == 0)
		return v;
	while (i + 3 < n + 1 && s[i] == '.' && i + 3 < n + 1) {
		size_t k = 0;
		while (k < 3 && i + 1 + k < n && isdigit((unsigned char)s[i + 1 + k]))
			k++;
		if (k != 3 || (i + 4 < n && isdigit((unsigned char)s[i + 4])))
			return v;
		for (size_t j = 1; j <= 3; j++)
			w = w * 10 + (s[i + j] - '0');
		i += 4;
		groups++;
	}
	return groups && (i == n || !isdigit((unsigned char)s[i])) ? w : v;
}

/* ==== Words around a match (patterns/lexicon.txt) ==== */

/* The qualifier that ends just before offset vs ("more than 48
 * thousand", "about VND 2.1 trillion": before the currency), or NULL. */
size_t currency_before(const struct lexicon *lx, const char *s, size_t vs)
{
	size_t e = vs, k;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (lexicon_before(lx, LEX_CURRENCY, s, e, &k))
		for (e = k; e > 0 && s[e - 1] == ' ';)
			e--;
	return e;
}

static const char *qualifier_before(const struct lexicon *lx, const char *s, size_t vs)
{
	size_t e = currency_before(lx, s, vs), k;
	const struct lexicon_entry *q = lexicon_before(lx, LEX_QUALIFIER, s, e, &k);
	/* "edged up to 0.3870", "went up to 45%": a movement's particle, no
	 * bound. */
	if (q && k >= 3 && !strncasecmp(s + k, "up ", 3) &&
	    ((s[k - 1] == ' ' && s[k - 2] == 'd' && s[k - 3] == 'e') || (k >= 5 && !strncasecmp(s + k - 5, "went ", 5))))
		return NULL;
	return q ? q->value : NULL;
}

/* The qualifier right after a match ("10 per cent or more", "80 points or
 * above"): an entry of qualifier_word that a conjunction opens, or NULL. */
static const char *qualifier_after(const struct lexicon *lx, const char *s, size_t n, size_t me)
{
	while (me < n && s[me] == ' ')
		me++;
	if (n - me < 4 || (strncasecmp(s + me, "or ", 3) && strncasecmp(s + me, "and ", 4)))
		return NULL;
	const struct lexicon_entry *q = lexicon_prefix(lx, LEX_QUALIFIER_WORD, s + me, n - me);
	return q ? q->value : NULL;
}

/* What a captured word says: the value of the lexicon entry it starts with. */
static const char *captured_value(const struct lexicon *lx, enum lexicon_class cls, const char *s, size_t n)
{
	const struct lexicon_entry *e = lexicon_prefix(lx, cls, s, n);
	if (!e && cls == LEX_QUALIFIER)
		e = lexicon_prefix(lx, LEX_QUALIFIER_WORD, s, n);
	return e ? e->value : NULL;
}


/* ==== Candidates ==== */



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
	/* The farthest word start the field may begin at. */
	size_t from = e, n = 0, floor = e > LEFT_MAX_BYTES ? e - LEFT_MAX_BYTES : 0;
	for (size_t i = e; i > floor && n < LEFT_MAX_WORDS; i--)
		if (s[i - 1] != ' ' && (i - 1 == 0 || s[i - 2] == ' ' || s[i - 2] == '(')) {
			from = i - 1;
			n++;
		}
	size_t ov[2];
	if (n == 0 || rx_exec(p->left_rx, s, e, from, false, ov, 1, NULL, 0) <= 0)
		return false;
	*a = ov[0];
	*b = e;
	return true;
}

/* Builds a candidate from the match in ov; false when the captured number
 * does not read as a number or a required left field is missing. */
static bool make_candidate(const struct transform *t, struct sentence_work *w, const struct pattern *p, const char *s,
			   size_t n, const size_t *ov)
{
	const struct lexicon *lx = &t->set.lexicon;
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
			if (transform_number_parse(t, s + a, b - a, cap->type == TYPE_PCT, &v) != 0)
				return false;
			/* "612.340 accounts" in Vietnamese copy: a count is whole, so
			 * dots before groups of three digits group thousands. */
			if (p->kind == KIND_COUNT && v != floor(v))
				v = dotted_thousands(s + a, b - a, v);
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
			const char *q = captured_value(lx, LEX_QUALIFIER, s + a, b - a);
			if (q)
				c.qualifier = q;
			break;
		}
		case FIELD_SIGN: {
			const char *g = captured_value(lx, LEX_SIGN, s + a, b - a);
			if (g) {
				c.sign = g[0] == '-' ? -1 : 1;
				c.sign_read = true;
			}
			break;
		}
		case FIELD_UNIT:
			c.unit = captured_value(lx, LEX_CURRENCY, s + a, b - a);
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
	/* Plausibility: a rank is at most its field, a ratio's part at most
	 * its whole, a score at most its maximum. */
	if (c.has_total && c.vs != RX_UNSET && c.value > c.total &&
	    (p->kind == KIND_RANK || p->kind == KIND_RATIO || p->kind == KIND_SCORE))
		return false;
	/* The left field is read only if the candidate wins its number
	 * (accept_candidates): reading it is the dearest step of a match. */
	if (p->left_rx && (!p->left_group || ov[2 * p->left_group] != RX_UNSET))
		c.left_pending = true;
	else if (p->left_rx && p->left_required)
		return false;
	bool qualified = false;
	for (size_t i = 0; i < p->n_caps; i++)
		qualified |= p->caps[i].field == FIELD_QUALIFIER && ov[2 * p->caps[i].group] != RX_UNSET;
	/* Not for a place: "moved up to 19th place" is no "up to". */
	if (!qualified && c.vs != RX_UNSET && p->kind != KIND_RANK && p->kind != KIND_RANK_CHANGE) {
		const char *q = qualifier_before(lx, s, c.vs);
		if (!q)
			q = qualifier_after(lx, s, n, c.me > c.ve ? c.me : c.ve);
		if (q)
			c.qualifier = q;
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

static int run_followers(struct transform *t, const struct pattern *after, const char *s, size_t n,
			 size_t at, struct sentence_work *w, int depth, char *err, size_t errlen);

struct rx *pattern_rx(const struct pattern *p, uint64_t present)
{
	size_t v = 0;
	for (size_t g = 0; g < p->n_gates; g++)
		if (!(p->gates[g] & present))
			v |= (size_t)1 << g;
	return p->variants[v];
}

int run_pattern(struct transform *t, const struct pattern *p, const char *s, size_t n, size_t last_number,
		const struct byteset *bytes, struct sentence_work *w, char *err, size_t errlen)
{
	struct rx *rx = pattern_rx(p, t->present);
	if (!rx_may_match(rx, bytes))
		return 0;
	size_t start = 0, limit = p->number_anchored ? last_number : RX_UNSET;
	if (p->number_anchored && last_number == RX_UNSET)
		return 0;
	while (start <= n) {
		int rc = rx_exec_limited(rx, s, n, start, limit, false, t->ov, p->n_groups, err, errlen);
		if (rc <= 0)
			return rc;
		size_t ms = t->ov[0], me = t->ov[1];
		make_candidate(t, w, p, s, n, t->ov);
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
	/* A follower also continues itself, so "17/63 in A, 17/63 in B and
	 * 15/63 in C" chains. */
	for (size_t i = 0; i < after->n_followers; i++) {
		const struct pattern *f = after->followers[i];
		int rc = rx_exec(pattern_rx(f, t->present), s, n, at, true, t->ov, f->n_groups, err, errlen);
		if (rc < 0)
			return -1;
		if (rc == 0 || t->ov[1] <= at)
			continue;
		size_t me = t->ov[1];
		/* "Institutional reform fell 0.35 points, public finance 0.12
		 * points": an item that leaves out the verb keeps its leader's
		 * direction. */
		const struct candidate *lead = w->n ? &w->c[w->n - 1] : NULL;
		/* ("down 0.2 points and three places": a change of another
		 * unit after it keeps its direction too) */
		int lead_sign = lead && lead->p == after &&
					(lead->p->kind == f->kind || (is_change_kind(lead->p->kind) && is_change_kind(f->kind))) ?
				lead->sign :
				0;
		if (make_candidate(t, w, f, s, n, t->ov) && lead_sign && !w->c[w->n - 1].sign_read)
			w->c[w->n - 1].sign = lead_sign;
		return run_followers(t, f, s, n, me, w, depth + 1, err, errlen);
	}
	return 0;
}

/* ==== Accepting candidates ==== */

bool overlaps(size_t a, size_t b, size_t c, size_t d)
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

/* Reads c's pending left field; false when it is required and missing
 * (the candidate is then no candidate). */
static bool resolve_left(struct candidate *c, const char *s)
{
	size_t a, b;
	c->left_pending = false;
	if (!left_field(c->p, s, c->ms, &a, &b))
		return !c->p->left_required;
	if (c->p->left_field == FIELD_FALLBACK) {
		c->fs = a;
		c->fe = b;
	} else {
		c->ss = a;
		c->se = b;
	}
	return true;
}

/* Is the figure at vs said to be what something is among ("Among the 13
 * provinces of the Mekong Delta", "among all 63 localities")? */
static bool after_among(const struct lexicon *lx, const char *s, size_t vs)
{
	size_t e = vs, k;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == vs)
		return false;
	if (lexicon_before(lx, LEX_AMONG, s, e, &k))
		return true;
	/* "In the 14 provinces of the region, the province stood 8th": a
	 * field said by words that, elsewhere, say where. */
	if (lexicon_before(lx, LEX_AMONG_OPENING, s, e, &k) && k == 0)
		return true;
	/* "Within the Mekong Delta's five units", "Among the city's 30
	 * districts": a possessive between */
	bool possessive = (e >= 2 && s[e - 1] == 's' && s[e - 2] == '\'') || (e >= 2 && s[e - 1] == '\'' && s[e - 2] == 's') ||
			  (e >= 4 && s[e - 1] == 's' && !strncmp(s + e - 4, "\xe2\x80\x99", 3)) ||
			  (e >= 4 && s[e - 4] == 's' && !strncmp(s + e - 3, "\xe2\x80\x99", 3));
	if (!possessive)
		return false;
	size_t w = e;
	for (int words = 0; words < 5 && w > 0; words++) {
		while (w > 0 && s[w - 1] == ' ')
			w--;
		size_t ws = w;
		while (ws > 0 && s[ws - 1] != ' ')
			ws--;
		if (ws == w)
			return false;
		if (lexicon_before(lx, LEX_AMONG, s, w, &k) && k >= ws)
			return true;
		if (!isalpha((unsigned char)s[ws]) && !lexicon_is(lx, LEX_DETERMINER, s + ws, w - ws))
			return false;
		w = ws;
	}
	return false;
}

/* "Among the 13 provinces of the Mekong Delta, Tra Vinh ranked 4th": the
 * count after "among" is the field of a ranking of the sentence that
 * gives none (FACTS.md: the field size belongs to the rank), not a count. */
static void field_of_rank(const struct lexicon *lx, struct sentence_work *w, const char *s)
{
	for (size_t i = 0; i < w->n; i++) {
		struct candidate *c = &w->c[i];
		if (!c->accepted || c->p->kind != KIND_COUNT || !after_among(lx, s, c->vs))
			continue;
		/* A single ranking before a list ("we are eighth, ahead of A and
		 * B, which placed 55th and 58th respectively"): a list's value
		 * is read only when it is expanded. */
		for (int pass = 0; pass < 2 && c->accepted; pass++)
			for (size_t k = 0; k < w->n; k++) {
				struct candidate *r = &w->c[k];
				bool list = false;
				for (size_t q = 0; q < r->p->n_caps; q++)
					list |= r->p->caps[q].field == FIELD_VALUES;
				if (r->accepted && r->p->kind == KIND_RANK && !r->has_total && list == (pass == 1) &&
				    r->value <= c->value) {
					r->total = c->value;
					r->has_total = true;
					c->accepted = false;
					break;
				}
			}
	}
}

void accept_candidates(const struct transform *t, struct sentence_work *w, const char *s)
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
		if (ok && c->left_pending)
			ok = resolve_left(c, s);
		c->accepted = ok;
	}
	field_of_rank(&t->set.lexicon, w, s);
}
