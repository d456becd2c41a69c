/*
 * transform_subject: what a figure measures.  A pattern's capture when it
 * names a measure; otherwise found in the sentence (a pronoun's figure, a
 * "rate of X", the figure before, a pillar, the index), and the keys by
 * which two statements of one fact are told to be the same.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== Subjects ==== */

#define SUBJECT_MAX_WORDS 10

/* Trims a captured subject: white space and punctuation at the ends, a
 * leading "the rate of", at most SUBJECT_MAX_WORDS words, no dangling
 * "of the" (in lower case: "Nghe An" keeps its "An"). */
/* A word that may be part of a name: a capital, then lower case ("Yen" of
 * "Hung Yen", "Dong" of "Ha Dong"), not a code ("VND") or a symbol. */
static bool name_word(const char *w, size_t n)
{
	if (n < 2 || !isupper((unsigned char)w[0]))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!islower((unsigned char)w[i]))
			return false;
	return true;
}

void clean_subject(const struct transform *t, const char *s, size_t a, size_t b, size_t *oa, size_t *ob)
{
	while (a < b && (isspace((unsigned char)s[a]) || strchr(",;:.-", s[a])))
		a++;
	/* "'s digital government pillar": what is left of "Thai Nguyen's"
	 * once the place is taken out. */
	if (b - a > 3 && (!strncmp(s + a, "'s ", 3)))
		a += 3;
	else if (b - a > 5 && !strncmp(s + a, "\xe2\x80\x99s ", 5))
		a += 5;
	else if (b - a > 2 && a > 0 && !strncmp(s + a, "s ", 2) &&
		 (s[a - 1] == '\'' || (a >= 3 && !strncmp(s + a - 3, "\xe2\x80\x99", 3))))
		a += 2;
	while (b > a && (isspace((unsigned char)s[b - 1]) || strchr(",;:.-", s[b - 1])))
		b--;
	/* "with its Index of Industrial Production (IIP) surging 5.06%": a
	 * subject does not start with the conjunction or preposition that
	 * brought it in. */
	size_t j = a;
	while (j < b && isalpha((unsigned char)s[j]))
		j++;
	if (j > a && j < b && s[j] == ' ' && lexicon_is(&t->set.lexicon, LEX_JOINER, s + a, j - a))
		a = j + 1;
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
		/* "capital of VND": the currency of the figure after it is no
		 * part of it. */
		size_t cw;
		if (w > a && (lexicon_is(&t->set.lexicon, LEX_CURRENCY, s + w, b - w) ||
			      (lexicon_before(&t->set.lexicon, LEX_CURRENCY, s, b, &cw) && cw == w)) &&
		    !name_word(s + w, b - w)) {
			b = w;
			continue;
		}
		/* Lower case only: "Nghe An" keeps its "An". */
		if (w == a || !islower((unsigned char)s[w]) || !lexicon_is(&t->set.lexicon, LEX_TRAILING, s + w, b - w))
			break;
		b = w;
	}
	*oa = a;
	*ob = b;
}


enum subject_class classify_subject(const struct transform *t, const char *s, size_t a, size_t b,
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
		if (!*province && !compared_place(t, s, a, a + ms))
			*province = t->set.provinces[g - 1];
		memset(tmp + ms, ' ', me - ms);
		start = me > start ? me : start + 1;
	}
	/* "the DTI 2023", "DTI ranking": an index names no measure of its own
	 * (its rankings take the index's name). */
	size_t ov2[2];
	bool named = names_indicator(t);
	for (size_t i = 0; i < t->set.n_indicators && named; i++)
		for (start = 0; start < n && rx_exec(t->set.indicators[i].rx, tmp, n, start, false, ov2, 1, NULL, 0) > 0;
		     start = ov2[1] > start ? ov2[1] : start + 1)
			memset(tmp + ov2[0], ' ', ov2[1] - ov2[0]);
	bool weak = rx_exec(t->set.cues[CUE_WEAK], tmp, n, 0, true, ov, 1, NULL, 0) > 0 && ov[1] == n;
	if (tmp != local)
		free(tmp);
	return weak ? SUBJECT_WEAK : SUBJECT_STRONG;
}

/* Is s[a, b) a place and nothing more ("Dak Lak", "the former Binh
 * Phuoc province")?  Other than the names only filler words may be left. */
static bool place_only(const struct transform *t, const char *s, size_t a, size_t b)
{
	if (b <= a || b - a >= 256)
		return false;
	char tmp[256];
	size_t n = b - a, start = 0, ms, me;
	bool named = false;
	memcpy(tmp, s + a, n);
	tmp[n] = '\0';
	while (start < n && rx_exec_which(t->set.gazetteer, tmp, n, start, &ms, &me) > 0) {
		memset(tmp + ms, ' ', me - ms);
		named = true;
		start = me > start ? me : start + 1;
	}
	if (!named)
		return false;
	for (size_t i = 0; i < n;) {
		if (!isalpha((unsigned char)tmp[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && isalpha((unsigned char)tmp[j]))
			j++;
		if (!lexicon_is(&t->set.lexicon, LEX_FILLER, tmp + i, j - i))
			return false;
		i = j;
	}
	return true;
}

/* ==== Facts ==== */

/* A subject reduced to what it measures: lower case, without place names
 * and the words around them ("communes in Nghe An" -> "communes"), so that
 * a caption's "100% of communes in Nghe An" is the body's "100% of
 * communes". */
void subject_key(const struct transform *t, const char *subject, char *out, size_t outlen)
{
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
	char *save = NULL;
	for (char *w = strtok_r(tmp, " ,", &save); w; w = strtok_r(NULL, " ,", &save)) {
		bool skip = lexicon_is(&t->set.lexicon, LEX_FILLER, w, strlen(w));
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

/* How many of the words of key a are words of key b; *na the words of a. */
static size_t words_shared(const char *a, const char *b, size_t *na)
{
	size_t shared = 0;
	*na = 0;
	for (const char *w = a; *w;) {
		while (*w == ' ')
			w++;
		size_t n = strcspn(w, " ");
		if (!n)
			break;
		(*na)++;
		bool found = false;
		for (const char *v = b; *v && !found;) {
			while (*v == ' ')
				v++;
			size_t m = strcspn(v, " ");
			found = m == n && !strncmp(v, w, n);
			v += m;
		}
		shared += found;
		w += n;
	}
	return shared;
}

/* Do two keys say mostly the same ("economic growth rate (grdp) for
 * year" and "economic growth rate (grdp) 2024")?  Three quarters of the
 * shorter one's words, and at least three, are the other's. */
static bool mostly_same(const char *a, const char *b)
{
	size_t na, nb, sa = words_shared(a, b, &na), sb = words_shared(b, a, &nb);
	size_t shared = na <= nb ? sa : sb, shorter = na <= nb ? na : nb;
	return shorter >= 3 && 4 * shared >= 3 * shorter;
}

/* Is b the fact a states again?  Same kind, value and subject, and the
 * same total where both give one ("4th place" in the headline, "4th out of
 * 63" in the body).  A ranking or score whose subject is only its index
 * is the one of that index, year and province whatever the other's
 * subject says ("scored 0.6012 in the DTI 2023" and a table's "DTI 2023
 * score: 0.6012"). */
bool same_fact(const struct transform *t, const struct fact *a, const char *ka, const struct fact *b,
		      const char *kb)
{
	if (a->kind != b->kind || fabs(a->value - b->value) > 1e-9)
		return false;
	if (a->has_total && b->has_total && fabs(a->total - b->total) > 1e-9)
		return false;
	/* A rank or score of another year is another fact (a table's row
	 * by year repeats values). */
	bool yearly = strcmp(a->kind, "rank") == 0 || strcmp(a->kind, "score") == 0;
	if (strcmp(ka, kb) == 0)
		return !(yearly && a->year && b->year && a->year != b->year);
	/* "the digital economy accounted for 11.2%" and a table's "Digital
	 * economy share of GRDP: 11.2%" in the same year. */
	/* An undated restatement ("now offers 1,284 services" and a factbox's
	 * "1,284 services" under the year's heading) is the dated one. */
	bool same_year = a->year == b->year ? a->year != 0 : !a->year || !b->year;
	if (same_year && a->province == b->province && (words_within(ka, kb) || words_within(kb, ka)))
		return true;
	if (same_year && a->province == b->province && mostly_same(ka, kb))
		return true;
	if (!a->indicator || a->indicator != b->indicator || a->year != b->year || a->province != b->province)
		return false;
	/* The other must be about the index too ("DTI 2023 score"), not a
	 * part of it ("Law and order" ranked 6 places higher). */
	for (size_t i = 0; i < t->set.n_indicators; i++) {
		const char *name = t->set.indicators[i].name;
		if (a->subject == name)
			return a->subject == b->subject || strcasestr(b->subject, a->indicator) != NULL;
		if (b->subject == name)
			return strcasestr(a->subject, b->indicator) != NULL;
	}
	return false;
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
	size_t cs, ce, ov[2], start, found = RX_UNSET, found_end = 0;
	clause_of(s, c->vs, c->vs, &cs, &ce);
	if (!cue_may_match(t, CUE_PILLAR))
		return false;
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

static enum subject_class captured_subject(const struct transform *t, const char *s, size_t cs, size_t ce,
					   size_t *a, size_t *b, const char **province);

/* ==== Chunks: the words of a clause ==== */

/* A word of s: raw is the run of non-space bytes, [ws,we) the word inside
 * its punctuation ("(KBTT):" -> "KBTT"). */
struct token {
	size_t rs, re, ws, we;
};

static bool is_punct(unsigned char c)
{
	return c && strchr(",.;:()[]\"'!?", c) != NULL;
}

static bool token_next(const char *s, size_t end, size_t *at, struct token *t)
{
	size_t i = *at;
	while (i < end && s[i] == ' ')
		i++;
	if (i >= end)
		return false;
	t->rs = i;
	while (i < end && s[i] != ' ')
		i++;
	t->re = i;
	*at = i;
	t->ws = t->rs;
	t->we = t->re;
	while (t->ws < t->we && is_punct((unsigned char)s[t->ws]))
		t->ws++;
	/* Curly quotes are three bytes: trim them too. */
	while (t->we > t->ws && (is_punct((unsigned char)s[t->we - 1]) ||
				 (t->we - t->ws >= 3 && !strncmp(s + t->we - 3, "\xe2\x80\x9d", 3))))
		t->we -= is_punct((unsigned char)s[t->we - 1]) ? 1 : 3;
	return true;
}

static uint64_t token_classes(const struct lexicon *lx, const char *s, const struct token *t)
{
	if (t->we <= t->ws)
		return 0;
	uint64_t c = lexicon_word(lx, s + t->ws, t->we - t->ws);
	/* "Can Tho", "Will": a capital inside a sentence starts a name, as
	 * does one that opens it before another capital ("Can Tho led"). */
	bool capital_next = t->we == t->re && s[t->re] == ' ' && isupper((unsigned char)s[t->re + 1]);
	if (isupper((unsigned char)s[t->ws]) && (t->ws > 0 || capital_next))
		c &= ~(((uint64_t)1 << LEX_VERB) | ((uint64_t)1 << LEX_PREDICATE));
	/* "An Giang", "A Luoi": a capital article before a capital is a name's. */
	if (isupper((unsigned char)s[t->ws]) && capital_next && t->we - t->ws <= 2)
		c &= ~(((uint64_t)1 << LEX_FUNCTION) | ((uint64_t)1 << LEX_DETERMINER));
	return c;
}

/* A figure a noun phrase can hold: a year, or a count of periods ("the
 * first 10 months of 2025"); another figure ends the phrase. */
static bool figure_in_phrase(const struct lexicon *lx, const char *s, const struct token *t, const struct token *next)
{
	size_t n = t->we - t->ws;
	if (n == 4 && (s[t->ws] == '1' || s[t->ws] == '2') && t->we == t->re) {
		bool digits = true;
		for (size_t i = t->ws; i < t->we; i++)
			digits = digits && isdigit((unsigned char)s[i]);
		if (digits)
			return true;
	}
	/* "Spending on digital transformation in 2024-2025 is planned at" */
	if ((n == 9 || n == 7) && (s[t->ws] == '1' || s[t->ws] == '2') && s[t->ws + 4] == '-' && t->we == t->re) {
		bool digits = true;
		for (size_t i = t->ws; i < t->we; i++)
			digits = digits && (i == t->ws + 4 || isdigit((unsigned char)s[i]));
		if (digits)
			return true;
	}
	return next && lexicon_is(lx, LEX_PERIOD, s + next->ws, next->we - next->ws);
}

/* "42", "2.5", "US$120", "VND48": a token with a digit in it. */
static bool token_is_figure(const char *s, const struct token *t)
{
	for (size_t i = t->ws; i < t->we; i++)
		if (isdigit((unsigned char)s[i]))
			return true;
	return false;
}

#define LEXBIT(c) ((uint64_t)1 << (c))

/* Does s[a,b) name nothing: only function words, verbs, adverbs, periods and
 * figures ("estimated", "after", "also", "(up 4.3%)")? */
bool subject_names_nothing(const struct transform *t, const char *s, size_t a, size_t b)
{
	const struct lexicon *lx = &t->set.lexicon;
	const uint64_t empty = LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_VERB) | LEXBIT(LEX_ADVERB) | LEXBIT(LEX_SIGN) |
			       LEXBIT(LEX_CURRENCY) | LEXBIT(LEX_SCALE) | LEXBIT(LEX_CARDINAL) | LEXBIT(LEX_ORDINAL) |
			       LEXBIT(LEX_STEP) | LEXBIT(LEX_PERIOD);
	struct token tk;
	size_t at = a;
	while (token_next(s, b, &at, &tk)) {
		if (tk.we <= tk.ws || token_is_figure(s, &tk))
			continue;
		/* "US$": a currency the trimming of punctuation cut short. */
		size_t rs = tk.rs, re = tk.re;
		while (rs < re && strchr("(\"'", s[rs]))
			rs++;
		while (re > rs && strchr("),;:\"'", s[re - 1]))
			re--;
		const struct lexicon_entry *cur = re > rs ? lexicon_prefix(lx, LEX_CURRENCY, s + rs, re - rs) : NULL;
		if (cur && cur->len == re - rs)
			continue;
		unsigned char c0 = (unsigned char)s[tk.ws];
		if (c0 < 0x80 && !isalpha(c0))
			continue;
		if (!(token_classes(lx, s, &tk) & empty))
			return false;
	}
	return true;
}

static bool names_plan(const struct lexicon *lx, const char *s, size_t a, size_t b);

/* "The province had disbursed VND 2.41 trillion, or 38.7% of the plan":
 * the verb of what was done before offset d, in [*w, *e) (not "reached",
 * "was", which say no more than the figure). */
static bool done_verb(struct emit_ctx *E, size_t d, size_t *vw, size_t *ve)
{
	for (size_t e = d; e > 0;) {
		while (e > 0 && !isalpha((unsigned char)E->s[e - 1]))
			e--;
		size_t w = e;
		while (w > 0 && isalpha((unsigned char)E->s[w - 1]))
			w--;
		if (w == e)
			break;
		bool skip = lexicon_is(&E->t->set.lexicon, LEX_PLAIN_VERB, E->s + w, e - w);
		if (!skip && (lexicon_word(&E->t->set.lexicon, E->s + w, e - w) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE)))) {
			*vw = w;
			*ve = e;
			return true;
		}
		e = w;
	}
	return false;
}

/* "Total budget revenue in area estimate 3.215 billion VND, reach 52,47%
 * of estimate": a share whose only name is a plan's word is of what the
 * sentence opens with, before its first figure; NULL when that names
 * nothing either. */
const char *plan_share_owner(struct emit_ctx *E, const char *subject)
{
	const struct transform *t = E->t;
	size_t n = strlen(subject), d = 0, a, b;
	const char *prov;
	if (!n || strchr(subject, ' ') || !names_plan(&t->set.lexicon, subject, 0, n))
		return NULL;
	while (d < E->n && !isdigit((unsigned char)E->s[d]))
		d++;
	if (d == 0 || d == E->n)
		return NULL;
	if (captured_subject(t, E->s, 0, d, &a, &b, &prov) == SUBJECT_STRONG)
		return list_strdup(E->out, E->s + a, b - a);
	size_t vw, ve;
	if (done_verb(E, d, &vw, &ve)) {
		struct buf *o = &E->scratch;
		o->len = 0;
		buf_printf(o, "%.*s (of the %s)", (int)(ve - vw), E->s + vw, subject);
		return list_strdup(E->out, o->data, o->len);
	}
	return NULL;
}

bool subject_is_bare_word(const struct transform *t, const char *subject)
{
	size_t n = strlen(subject), at = 0;
	struct token tk;
	if (!n || strchr(subject, ' ') || !token_next(subject, n, &at, &tk))
		return false;
	const char *place;
	return (token_classes(&t->set.lexicon, subject, &tk) &
		(LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_VERB) | LEXBIT(LEX_ADVERB))) ||
	       classify_subject(t, subject, 0, n, &place) == SUBJECT_PRONOUN;
}

/* "Law and order: 6.14 points", "Informal charges – 6.9 points": a
 * short label that opens the sentence, or a clause of it after a
 * semicolon ("...; land access: 6.47 points"), before a colon or a dash
 * names what the figures after it measure. */
static bool sentence_label(const struct transform *t, const char *s, size_t n, size_t vs, size_t *a, size_t *b)
{
	size_t from = vs;
	while (from > 0 && s[from - 1] != ';')
		from--;
	/* "Garments: +14.1% | Electricity: -1.7%": in a row of labelled
	 * cells each cell has its label; in "Tay Ninh | New projects: 31"
	 * the first cell heads the row and stays in the label. */
	const char *bar = memchr(s + from, '|', vs - from);
	if (bar && memchr(s + from, ':', (size_t)(bar - (s + from))))
		while (from < vs && memchr(s + from, '|', vs - from))
			from = (size_t)((const char *)memchr(s + from, '|', vs - from) - s) + 1;
	size_t end = RX_UNSET;
	for (size_t i = from; i + 1 < vs && end == RX_UNSET; i++) {
		if (s[i] == ':' && s[i + 1] == ' ')
			end = i;
		else if (i > from && s[i - 1] == ' ' && i + 4 <= vs && !memcmp(s + i, "\xe2\x80\x93 ", 4))
			end = i - 1; /* an en dash */
	}
	if (end == RX_UNSET)
		return false;
	size_t at = from, words = 0;
	struct token tk;
	while (token_next(s, end, &at, &tk)) {
		if (token_is_figure(s, &tk) || ++words > 8 ||
		    (token_classes(&t->set.lexicon, s, &tk) & LEXBIT(LEX_PREDICATE)) ||
		    lexicon_is(&t->set.lexicon, LEX_SPEAKER, s + tk.ws, tk.we - tk.ws))
			return false;
	}
	if (!words)
		return false;
	/* "The headline: Cao Bang scored 42.61": a clause with a subject and
	 * verb of its own after the colon says what its figures are; the
	 * words before the colon only lead into it.  ("Law and order: 6.14
	 * points, ranked No. 48" is the label's figure, then its verb.) */
	at = end + 1;
	if (token_next(s, vs, &at, &tk) && !token_is_figure(s, &tk))
		do
			if (token_classes(&t->set.lexicon, s, &tk) & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) {
				/* "About digital economy: reached 0.3012 points",
				 * "Digital government: the pillar scored 0.61": a
				 * clause with no subject, or one that names nothing
				 * and no place, is the label's. */
				const char *place;
				if (classify_subject(t, s, end + 1, tk.ws, &place) == SUBJECT_STRONG || place)
					return false;
				break;
			}
		while (token_next(s, vs, &at, &tk));
	clean_subject(t, s, from, end, a, b);
	/* "About digital economy:", "Regarding the PCI:" */
	size_t lat = *a;
	if (token_next(s, *b, &lat, &tk) && (token_classes(&t->set.lexicon, s, &tk) & LEXBIT(LEX_LEAD)) &&
	    lat < *b)
		clean_subject(t, s, lat, *b, a, b);
	return *b > *a && !subject_names_nothing(t, s, *a, *b);
}

const char *paragraph_label(struct emit_ctx *E, const char *s, size_t n)
{
	size_t a, b;
	if (!sentence_label(E->t, s, n, n, &a, &b))
		return NULL;
	enum subject_class cls;
	const char *prov;
	size_t x, y;
	cls = captured_subject(E->t, s, a, b, &x, &y, &prov);
	return cls == SUBJECT_STRONG ? list_strdup(E->out, s + x, y - x) : NULL;
}

/* A comma closes the noun phrase before it unless the chunk it ends is
 * an item of the phrase ("Revenue from accommodation, food and beverage
 * services"): a chunk that holds a verb or a figure, or opens with an
 * adverbial's word ("In the first 5 months of 2025,"), is not. */
static bool chunk_is_item(const struct lexicon *lx, const char *s, size_t from, size_t to)
{
	struct token tk;
	size_t at = from, words = 0;
	bool first = true;
	/* Items of a phrase are short: a long chunk is a clause or an
	 * apposition ("Chairman of the Provincial People's Committee at ..."). */
	while (token_next(s, to, &at, &tk)) {
		uint64_t c = token_classes(lx, s, &tk);
		if (token_is_figure(s, &tk) || (c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) ||
		    (first && (c & LEXBIT(LEX_LEAD))) || ++words > 5)
			return false;
		first = false;
	}
	return true;
}

/*
 * The subject of the clause a figure at vs stands in: the noun phrase
 * before the clause's verb ("Total state budget revenue in the province
 * [is estimated at] VND 8,066 billion", "industry [rose] 5%").  The
 * clause starts after a semicolon, a colon or an open parenthesis; the
 * verb is the last predicate word before the figure, with the auxiliaries
 * and adverbs before it; the phrase runs back from it to a comma that
 * ends a clause or an adverbial, to "that", or to a figure.
 */
/* Is w a figure's unit that closes a clause's figure ("0.55 points and
 * ...")? */
static bool figure_unit(const struct transform *t, const char *w, size_t n)
{
	return lexicon_is(&t->set.lexicon, LEX_FIGURE_UNIT, w, n);
}

/* Is tk the low end of a range whose high end starts at vs ("85-90
 * percent"), the same figure? */
static bool range_low_end(const char *s, const struct token *tk, size_t vs)
{
	size_t e = tk->re;
	while (e > tk->rs && s[e - 1] == ' ')
		e--;
	if (e != vs && tk->re != vs)
		return false;
	return (e > tk->rs && s[e - 1] == '-') || (e >= tk->rs + 3 && (!memcmp(s + e - 3, "\xe2\x80\x93", 3) ||
								     !memcmp(s + e - 3, "\xe2\x80\x94", 3)));
}

static bool clause_subject(const struct transform *t, const char *s, size_t n, size_t vs, size_t *a, size_t *b)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t cs, ce, seg;
	clause_of(s, n, vs, &cs, &ce);
	seg = cs;
	int depth = 0;
	for (size_t i = vs; i > cs; i--) {
		char c = s[i - 1];
		if (c == ')')
			depth++;
		else if (c == '(' && depth)
			depth--;
		else if ((c == '(' || (c == ':' && (i >= n || s[i] == ' '))) && !depth) {
			seg = i;
			break;
		} else if (!depth && i >= 3 && (!memcmp(s + i - 3, "\xe2\x80\x94", 3) ||
						(!memcmp(s + i - 3, "\xe2\x80\x93", 3) && i >= 5 && s[i - 5] == ')'))) {
			/* "QUANG NINH (VNS) \xe2\x80\x94 Quang Ninh topped": a dateline ends. */
			seg = i;
			break;
		}
	}
	/* Tokens of [seg, vs) outside parentheses, to walk back over. */
	struct token tk[96];
	size_t nt = 0, at = seg;
	depth = 0;
	bool comma_after[COUNT(tk)] = { false };
	bool quoted = false; /* 'component "Direction, administration" reach 95%': no clause ends in quotes */
	while (nt < COUNT(tk) && token_next(s, vs, &at, &tk[nt])) {
		int d = depth;
		for (size_t i = tk[nt].rs; i < tk[nt].re; i++) {
			depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
			if (s[i] == '"')
				quoted = !quoted;
		}
		if (depth < 0)
			depth = 0;
		if (!d && !depth) {
			comma_after[nt] = !quoted && (s[tk[nt].re - 1] == ',' || s[tk[nt].re - 1] == ';');
			nt++;
		} else if (!depth && nt > 0 && s[tk[nt].re - 1] == ',') {
			/* "Council (28th session), Hai Duong's growth": the
			 * comma after a parenthesis still ends a chunk. */
			comma_after[nt - 1] = true;
		}
	}
	size_t p = nt;
	for (size_t i = nt; i-- > 0;) {
		if (!(token_classes(lx, s, &tk[i]) & LEXBIT(LEX_PREDICATE)))
			continue;
		/* "by an estimated 7.45 per cent": after an article, an adjective. */
		if (i > 0 && (token_classes(lx, s, &tk[i - 1]) & LEXBIT(LEX_DETERMINER)))
			continue;
		/* "a year-on-year increase of over 20%": before "of", a noun. */
		if (i + 1 < nt && tk[i + 1].we - tk[i + 1].ws == 2 && !strncasecmp(s + tk[i + 1].ws, "of", 2))
			continue;
		/* "is estimated to increase by 7.05%": an infinitive after a
		 * verb's "to" (not "aims for sales to exceed 10%") leaves the
		 * clause's verb before it. */
		if (i > 1 && tk[i - 1].we - tk[i - 1].ws == 2 && !strncasecmp(s + tk[i - 1].ws, "to", 2) &&
		    (token_classes(lx, s, &tk[i - 2]) & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))))
			continue;
		p = i;
		break;
	}
	if (p == nt)
		return false;
	/* A verb governs the first figure after it: "received 186,432
	 * applications, of which 83.62% ..." says nothing of the 83.62%. */
	for (size_t i = p + 1; i < nt; i++)
		if (token_is_figure(s, &tk[i]) && !range_low_end(s, &tk[i], vs))
			return false;
	while (p > 0 && (token_classes(lx, s, &tk[p - 1]) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_ADVERB))) &&
	       !comma_after[p - 1])
		p--;
	/* "Cashless payments in the province, famous for the Mui Ne resort
	 * town, totaled ...": an aside set off by commas right before the
	 * verb, opened by an appositive's word, is no part of the subject;
	 * the phrase before it is. */
	if (p >= 3 && comma_after[p - 1]) {
		size_t k = p - 1;
		while (k-- > 0 && !comma_after[k])
			;
		if (k + 1 < p - 1 && k < p && comma_after[k]) {
			size_t w = k + 1;
			if (lexicon_prefix(lx, LEX_APPOSITIVE, s + tk[w].ws, tk[p - 1].we - tk[w].ws)) {
				p = k + 1;
				comma_after[k] = false;
			}
		}
	}
	size_t start = p;
	while (start > 0) {
		const struct token *w = &tk[start - 1];
		uint64_t c = token_classes(lx, s, w);
		/* Figures may stand inside the phrase ("revenue in the first
		 * 10 months of 2025"); verbs and "that" end it. */
		/* "Public investment disbursed in 11 months was ...": a
		 * participle right after a noun, no comma between, is part of
		 * the noun phrase; the clause's verb comes after it. */
		if ((c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) && start >= 2 && !comma_after[start - 2] &&
		    !comma_after[start - 1] && w->we - w->ws > 3 && !strncasecmp(s + w->we - 2, "ed", 2) &&
		    !(token_classes(lx, s, &tk[start - 2]) &
		      (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB) | LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_ADVERB))) &&
		    !token_is_figure(s, &tk[start - 2])) {
			start--;
			continue;
		}
		/* "the share who paid bribes to get land-use certificates": an
		 * infinitive after a noun is part of the phrase. */
		if ((c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) && start >= 3 && !comma_after[start - 2] &&
		    tk[start - 2].we - tk[start - 2].ws == 2 && !strncasecmp(s + tk[start - 2].ws, "to", 2) &&
		    !(token_classes(lx, s, &tk[start - 3]) &
		      (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB) | LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_ADVERB))) &&
		    !token_is_figure(s, &tk[start - 3]) &&
		    !(tk[start - 3].we - tk[start - 3].ws > 3 && !strncasecmp(s + tk[start - 3].we - 2, "ed", 2))) {
			start -= 2;
			continue;
		}
		if ((c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) ||
		    ((c & LEXBIT(LEX_RELATIVE)) && w->we - w->ws == 4) ||
		    (token_is_figure(s, w) && !figure_in_phrase(lx, s, w, &tk[start])))
			break;
		/* "improved by 0.55 points and business support services
		 * notched 6.40": a conjunction after a figure and its unit
		 * opens a clause. */
		if ((c & LEXBIT(LEX_SEPARATOR)) && start >= 3 && token_is_figure(s, &tk[start - 3]) &&
		    figure_unit(t, s + tk[start - 2].ws, tk[start - 2].we - tk[start - 2].ws))
			break;
		/* ", and the share of ...": a conjunction after a comma opens a clause. */
		if (start >= 2 && (c & LEXBIT(LEX_FUNCTION)) && comma_after[start - 2] &&
		    !(token_classes(lx, s, &tk[start - 2]) & LEXBIT(LEX_FUNCTION)) &&
		    (c & LEXBIT(LEX_SEPARATOR)))
			break;
		/* "Control of corruption, however, fell": an adverb set off by
		 * commas does not end the phrase. */
		if (comma_after[start - 1] && start >= 2 && comma_after[start - 2] && (c & LEXBIT(LEX_ADVERB))) {
			start -= 2;
			continue;
		}
		if (comma_after[start - 1]) {
			size_t from = seg;
			for (size_t k = start - 1; k-- > 0;)
				if (comma_after[k]) {
					from = tk[k].re;
					break;
				}
			if (!chunk_is_item(lx, s, from, w->re - 1))
				break;
		}
		start--;
	}
	if (start == p)
		return false;
	/* "reaching 60.7% of the plan and increasing by 8%": the words after
	 * a figure that open with a preposition complete it; they are no
	 * subject of the verb after them. */
	if (start > 0 && token_is_figure(s, &tk[start - 1])) {
		if (token_classes(lx, s, &tk[start]) & LEXBIT(LEX_COMPLEMENT))
			return false;
	}
	/* "the disbursement of public investment capital, which reached
	 * 41.5%": a relative pronoun stands for the phrase before its comma,
	 * whose last words name the thing. */
	if (p - start == 1 && start > 0 && comma_after[start - 1] &&
	    (token_classes(lx, s, &tk[start]) & LEXBIT(LEX_FUNCTION)) &&
	    (token_classes(lx, s, &tk[start]) & LEXBIT(LEX_RELATIVE))) {
		size_t end = start, first = start;
		while (first > 0 && end - first < 6 && (first == end || !comma_after[first - 1]) &&
		       !(token_classes(lx, s, &tk[first - 1]) &
			 (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB) | LEXBIT(LEX_LEAD) | LEXBIT(LEX_SEPARATOR))))
			first--;
		/* start at a determiner when there is one */
		for (size_t k = first; k < end; k++)
			if (token_classes(lx, s, &tk[k]) & LEXBIT(LEX_DETERMINER)) {
				first = k;
				break;
			}
		if (first == end)
			return false;
		*a = tk[first].rs;
		*b = tk[end - 1].re;
		while (*b > *a && (s[*b - 1] == ',' || s[*b - 1] == ' '))
			(*b)--;
		return true;
	}
	*a = tk[start].rs;
	*b = tk[p].rs;
	return true;
}

/*
 * An item of an elliptical list: "Industry - construction increased by
 * 10.9%, service 9.6%, product tax collection 3.2%", "retail sales and
 * service revenue by 13.6 per cent".  The words between the last comma,
 * semicolon or "and" before the figure and the figure itself, when they
 * hold no verb and no figure: the item names what its figure measures.
 */
/* Does " and " end at s[i), right after a figure ("7.2% and ")? */
static bool and_after_figure(const char *s, size_t i)
{
	return i >= 6 && !strncmp(s + i - 5, " and ", 5) &&
	       (isdigit((unsigned char)s[i - 6]) || s[i - 6] == '%' || (i >= 13 && !strncmp(s + i - 13, "per cent", 8)) ||
		(i >= 12 && !strncmp(s + i - 12, "percent", 7)));
}

bool list_item_subject(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t i = vs;
	int depth = 0;
	/* Back to the comma before the item; "the industrial production
	 * index (IIP) by 15.4 per cent" keeps its parenthesis. */
	while (i > 0) {
		char c = s[i - 1];
		if (c == ')')
			depth++;
		else if (c == '(' && depth)
			depth--;
		else if (!depth && c == ',') {
			/* "services 7.62 per cent and agriculture, forestry and
			 * fisheries 3.9 per cent": a comma inside the last item,
			 * when an "and" after the figure before opens it. */
			size_t k = i - 1;
			while (k > 0 && i - k < 48 && !isdigit((unsigned char)s[k - 1]) && s[k - 1] != ',' &&
			       s[k - 1] != ';' && s[k - 1] != '(' && s[k - 1] != ':' && !and_after_figure(s, k))
				k--;
			if (k > 0 && and_after_figure(s, k)) {
				i = k;
				break;
			}
			break;
		} else if (!depth && (c == ';' || c == '(' || c == ':'))
			break;
		/* "services 7.2% and agriculture 3.4%": an "and" after a figure. */
		if (!depth && and_after_figure(s, i))
			break;
		i--;
	}
	if (i == 0)
		return false;
	struct token tk;
	size_t at = i, words = 0, first = RX_UNSET, last_end = i;
	while (token_next(s, vs, &at, &tk)) {
		uint64_t c = token_classes(lx, s, &tk);
		if (token_is_figure(s, &tk) || (c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) || ++words > 8)
			return false;
		bool filler = (c & LEXBIT(LEX_FUNCTION)) != 0;
		/* "behind Binh Duong's 61.8%", "In 2024 ...": an adverbial, no item. */
		if (first == RX_UNSET && (c & LEXBIT(LEX_LEAD)))
			return false;
		if (first == RX_UNSET && !filler)
			first = tk.rs;
		if (!filler || first != RX_UNSET)
			last_end = tk.re;
	}
	if (first == RX_UNSET)
		return false;
	size_t x, y;
	clean_subject(t, s, first, last_end, &x, &y);
	if (y <= x || subject_names_nothing(t, s, x, y))
		return false;
	*a = x;
	*b = y;
	return true;
}

/* "78.3% of households, up from 61.4% two years ago", "down from 44 per
 * cent": a figure the words right after the one before bring in as its
 * point of comparison measures what that one measures. */
static bool baseline_of_prev(const struct transform *t, const char *s, size_t prev_end, size_t vs)
{
	if (prev_end == RX_UNSET || prev_end >= vs || vs - prev_end > 40 || !t->set.cues[CUE_BASELINE])
		return false;
	size_t at = lexicon_figure_lead(&t->set.lexicon, s, vs, prev_end);
	size_t ov[2];
	if (at < vs && s[at] == ' ')
		at++; /* the cue ends on the space before the figure */
	if (rx_exec(t->set.cues[CUE_BASELINE], s, at, prev_end, false, ov, 1, NULL, 0) <= 0)
		return false;
	/* only a comma and a word of direction before it: "…, up from" */
	int words = 0;
	for (size_t k = prev_end; k < ov[0]; k++) {
		if (isdigit((unsigned char)s[k]) || s[k] == ';' || s[k] == '(')
			return false;
		if (k > prev_end && s[k] != ' ' && s[k - 1] == ' ')
			words++;
	}
	return words <= 1;
}

/* Does the figure at vs restate the one that ends at prev_end, in
 * parentheses ("VND 78 trillion (3.06 billion USD)")? */
static bool restates_prev(const struct transform *t, const char *s, size_t prev_end, size_t vs)
{
	if (prev_end == RX_UNSET || prev_end > vs || vs - prev_end > 16)
		return false;
	size_t i = prev_end;
	while (i < vs && s[i] == ' ')
		i++;
	if (i >= vs || s[i] != '(')
		return false;
	for (i++; i < vs; i++)
		if (isalnum((unsigned char)s[i]) || s[i] == ')') {
			size_t k;
			/* Only a currency or a qualifier may stand between:
			 * "(US$5 million)", "(about US$2.75 billion)". */
			const struct lexicon_entry *e = lexicon_prefix(&t->set.lexicon, LEX_CURRENCY, s + i, vs - i);
			if (!e)
				e = lexicon_prefix(&t->set.lexicon, LEX_QUALIFIER, s + i, vs - i);
			if (!e || (k = i + e->len) > vs)
				return false;
			i = k - 1;
		}
	return true;
}

/* ", ranking first in the country" after a figure: the ranking is of
 * what that figure measures. */
static bool participle_of_prev(const struct lexicon *lx, const char *s, size_t n, size_t prev_end, size_t ms)
{
	if (prev_end == RX_UNSET || prev_end > ms)
		return false;
	size_t i = prev_end;
	while (i < ms && (s[i] == ' ' || s[i] == '%' || s[i] == ')'))
		i++;
	/* "9.2% (above the national average of 7%), ranking 6th": past an
	 * aside in parentheses. */
	if (i < ms && s[i] == '(') {
		const char *close = memchr(s + i, ')', ms - i);
		if (!close)
			return false;
		i = (size_t)(close - s) + 1;
	}
	/* "up 38% on-year, ranking fifth": past a few words that qualify the
	 * figure, to the comma that ends its clause. */
	size_t k = i;
	while (k < ms && k - i <= 64 && s[k] != ',' && s[k] != ';') {
		/* "in foreign direct investment (FDI) in 2019", "in the first six
		 * months of 2026": an aside and a year are no other figure. */
		if (s[k] == '(') {
			const char *close = memchr(s + k, ')', ms - k);
			if (!close || memchr(s + k, ',', (size_t)(close - (s + k))))
				break;
			k = (size_t)(close - s) + 1;
			continue;
		}
		if (isdigit((unsigned char)s[k])) {
			bool year = k + 4 <= ms && (s[k] == '1' || s[k] == '2') && isdigit((unsigned char)s[k + 1]) &&
				    isdigit((unsigned char)s[k + 2]) && isdigit((unsigned char)s[k + 3]) &&
				    (k + 4 == ms || !isdigit((unsigned char)s[k + 4])) && (k == 0 || !isdigit((unsigned char)s[k - 1]));
			if (!year)
				break;
			k += 4;
			continue;
		}
		k++;
	}
	if (k < ms && s[k] == ',')
		i = k;
	if (ms - i > 24)
		return false;
	if (i >= ms || s[i] != ',')
		return false;
	for (i++; i < ms && s[i] == ' ';)
		i++;
	size_t e = i;
	/* ", 12th in the country": an ordinal in digits */
	while (e < n && isdigit((unsigned char)s[e]))
		e++;
	if (e > i && e - i <= 2 && e + 2 <= n && (!strncmp(s + e, "st", 2) || !strncmp(s + e, "nd", 2) ||
						 !strncmp(s + e, "rd", 2) || !strncmp(s + e, "th", 2)))
		return true;
	e = i;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	if (e > i && lexicon_is(lx, LEX_RANK_PARTICIPLE, s + i, e - i))
		return true;
	/* ", second only to Bac Ninh", ", the fourth-highest among the 34":
	 * an appositive ordinal ranks the figure before it too. */
	if (e > i && e - i <= 3 && lexicon_is(lx, LEX_FUNCTION, s + i, e - i)) {
		for (i = e; i < n && s[i] == ' ';)
			i++;
		for (e = i; e < n && isalpha((unsigned char)s[e]);)
			e++;
	}
	return e > i && lexicon_is(lx, LEX_ORDINAL, s + i, e - i);
}

/* "Its GRDP growth of 7.91% in the first half placed it 12th", "the
 * growth of 8.91% ranked 11th nationwide": a figure inside its clause's
 * subject ("X of N%"), then the clause's ranking verb; what is ranked is
 * what the figure measures. */
/* "Bac Ninh's digital economy share is about 28%, the highest in the Red
 * River Delta": a superlative set after a figure by a comma ranks the
 * figure's measure. */
static bool superlative_after(const struct candidate *c, const char *s, size_t prev_end)
{
	if (prev_end == RX_UNSET || prev_end > c->ms || c->ms - prev_end > 24 || !strstr(c->p->id, "superlative"))
		return false;
	size_t i = prev_end;
	while (i < c->ms && (s[i] == '%' || s[i] == ')' || s[i] == ' '))
		i++;
	if (i + 3 < c->ms && !strncmp(s + i, "in ", 3) && isdigit((unsigned char)s[i + 3]))
		for (i += 3; i < c->ms && isdigit((unsigned char)s[i]);)
			i++;
	if (i >= c->ms || s[i] != ',')
		return false;
	for (i++; i < c->ms && s[i] == ' ';)
		i++;
	return i == c->ms || !strncmp(s + i, "the ", 4);
}

static bool ranked_by_prev(const struct lexicon *lx, const char *s, size_t prev_vs, size_t prev_end, size_t ms)
{
	if (prev_end == RX_UNSET || prev_vs == RX_UNSET || prev_end > ms || ms - prev_end > 48 || prev_vs < 4 ||
	    memcmp(s + prev_vs - 4, " of ", 4))
		return false;
	size_t i = prev_end;
	while (i < ms && (s[i] == '%' || s[i] == ')'))
		i++;
	bool verb = false;
	while (i < ms) {
		if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == ':')
			return false;
		if (!isalpha((unsigned char)s[i])) {
			/* a year ("in 2023") is no other figure */
			if (isdigit((unsigned char)s[i])) {
				size_t d = i;
				while (d < ms && isdigit((unsigned char)s[d]))
					d++;
				if (d - i != 4 || (s[i] != '1' && s[i] != '2'))
					return false;
				i = d;
				continue;
			}
			i++;
			continue;
		}
		size_t e = i;
		while (e < ms && isalpha((unsigned char)s[e]))
			e++;
		verb |= lexicon_is(lx, LEX_RANK_PARTICIPLE, s + i, e - i);
		i = e;
	}
	/* the rank's own match may start at its verb ("ranked 11th") */
	size_t e = ms;
	while (e < ms + 10 && isalpha((unsigned char)s[e]))
		e++;
	return verb || (e > ms && lexicon_is(lx, LEX_RANK_PARTICIPLE, s + ms, e - ms));
}

/* Does a ranking participle (", ranking", ", ranked") stand before ms in
 * the sentence, so that a ranking after it continues that participle
 * ("ranking fourth in the region and eighth nationwide")? */
/* Does subject hold a word of change ("growth", "increase")? */
static bool has_change_word(const struct transform *t, const char *subject)
{
	for (const char *p = subject; *p;) {
		while (*p && !isalpha((unsigned char)*p))
			p++;
		const char *w = p;
		while (*p && isalpha((unsigned char)*p))
			p++;
		if (p > w && lexicon_is(&t->set.lexicon, LEX_CHANGE, w, (size_t)(p - w)))
			return true;
	}
	return false;
}

static bool participle_before(const struct transform *t, const char *s, size_t ms)
{
	for (size_t k = ms; k >= 2; k--) {
		if (s[k - 1] == ';' || s[k - 1] == '.')
			return false;
		if (s[k - 2] == ',' && s[k - 1] == ' ') {
			size_t e = k;
			while (e < ms && isalpha((unsigned char)s[e]))
				e++;
			if (e > k && lexicon_is(&t->set.lexicon, LEX_RANK_PARTICIPLE, s + k, e - k))
				return true;
		}
	}
	return false;
}

/* "followed by the Provincial People's Committee Office with 90.84%": a
 * name just before "with" owns the figure after it. */
static bool with_owner(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t e = vs;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t kw;
	if (e >= 5 && !strncasecmp(s + e - 4, "with", 4) && s[e - 5] == ' ')
		kw = 5;
	else if (e >= 3 && !strncasecmp(s + e - 2, "at", 2) && s[e - 3] == ' ')
		kw = 3; /* "followed by the Central Highlands at 15.39%" */
	else
		return false;
	size_t end = e - kw, start = end;
	/* "performed best on public administrative procedures, with 7.45
	 * points, and public service delivery, with 7.38 points": the phrase
	 * before the comma, back to its preposition, conjunction or verb. */
	if (kw == 5 && end > 0 && s[end - 1] == ',') {
		size_t ce = end - 1, cs = ce;
		while (cs > 0 && !strchr(",;:(", s[cs - 1]) && ce - cs < 120)
			cs--;
		struct token ct[16];
		size_t cn = 0, cat = cs;
		while (cn < COUNT(ct) && token_next(s, ce, &cat, &ct[cn]))
			cn++;
		size_t cfirst = cn;
		const uint64_t stop = LEXBIT(LEX_LEAD) | LEXBIT(LEX_SEPARATOR) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB);
		while (cfirst > 0 && !(token_classes(&t->set.lexicon, s, &ct[cfirst - 1]) & stop) &&
		       !token_is_figure(s, &ct[cfirst - 1]))
			cfirst--;
		if (cfirst < cn && cfirst > 0 && cn - cfirst <= 6) {
			clean_subject(t, s, ct[cfirst].rs, ce, a, b);
			if (*b > *a)
				return true;
		}
	}
	struct token tk[12];
	size_t nt = 0, at, from = end;
	/* Back to a comma, "by" or "and": the name's words. */
	while (from > 0 && s[from - 1] != ',' && s[from - 1] != ';' && s[from - 1] != '(' && end - from < 120)
		from--;
	at = from;
	while (nt < COUNT(tk) && token_next(s, end, &at, &tk[nt]))
		nt++;
	size_t first = nt;
	for (size_t i = nt; i-- > 0;) {
		const struct token *w = &tk[i];
		bool cap = isupper((unsigned char)s[w->ws]) || (unsigned char)s[w->ws] >= 0x80;
		bool glue = w->we - w->ws <= 3 && (token_classes(&t->set.lexicon, s, w) & LEXBIT(LEX_FUNCTION)) &&
			    strncasecmp(s + w->ws, "and", 3) && strncasecmp(s + w->ws, "by", 2);
		if (!cap && !glue)
			break;
		first = i;
	}
	while (first < nt && !isupper((unsigned char)s[tk[first].ws]) && (unsigned char)s[tk[first].ws] < 0x80)
		first++;
	if (first >= nt)
		return false;
	start = tk[first].rs;
	/* "at" owns only in a list: after a comma, a semicolon, "by" or
	 * "and" ("followed by the Central Highlands at 15.39%"), not "GRDP
	 * of the province is estimated at 11.3%". */
	if (kw == 3) {
		if (first > 0) {
			const struct token *w = &tk[first - 1];
			bool the = w->we - w->ws == 3 && !strncasecmp(s + w->ws, "the", 3);
			if (the && first > 1)
				w = &tk[first - 2];
			size_t n = w->we - w->ws;
			if (!((n == 2 && !strncasecmp(s + w->ws, "by", 2)) || (n == 3 && !strncasecmp(s + w->ws, "and", 3)) ||
			      (the && first == 1 && from > 0 && strchr(",;", s[from - 1]))))
				return false;
		} else if (!(from > 0 && strchr(",;", s[from - 1])))
			return false;
	}
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* "scored highest in direction and management of administrative reform
 * with 95.40 per cent": the phrase after "in" that the figure after
 * "with" is of (no verb, comma or figure in it). */
static bool in_with_owner(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t e = vs;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 5 || strncasecmp(s + e - 4, "with", 4) || s[e - 5] != ' ')
		return false;
	size_t end = e - 5;
	for (size_t k = end; k >= 4 && end - k < 100; k--) {
		char ch = s[k - 1];
		if (ch == ',' || ch == ';' || ch == '(' || ch == ')' || isdigit((unsigned char)ch))
			return false;
		if (k >= 4 && s[k - 1] == ' ' && !strncasecmp(s + k - 4, " in ", 4) && k < end) {
			struct token tk;
			size_t at = k;
			while (token_next(s, end, &at, &tk))
				if (token_classes(&t->set.lexicon, s, &tk) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE)))
					return false;
			clean_subject(t, s, k, end, a, b);
			return *b > *a;
		}
	}
	return false;
}

/* Does s[a,b) name a part of an index ("the sub-index of technical
 * infrastructure", "the digital institution indicator")? */
static bool names_component(const struct lexicon *lx, const char *s, size_t a, size_t b)
{
	/* "the ... indicator", "its ... pillar": one named part, not "Seven
	 * out of 11 component indicators". */
	if (strncasecmp(s + a, "the ", 4) && strncasecmp(s + a, "its ", 4))
		return false;
	struct token tk;
	size_t at = a;
	while (token_next(s, b, &at, &tk))
		if (lexicon_is(lx, LEX_COMPONENT, s + tk.ws, tk.we - tk.ws))
			return true;
	return false;
}

bool subject_names_component(const struct transform *t, const char *subject)
{
	struct token tk;
	size_t at = 0, n = strlen(subject);
	while (token_next(subject, n, &at, &tk))
		if (lexicon_is(&t->set.lexicon, LEX_COMPONENT, subject + tk.ws, tk.we - tk.ws))
			return true;
	return false;
}

static size_t last_word_start(const char *s, size_t a, size_t b)
{
	while (b > a && s[b - 1] != ' ')
		b--;
	return b;
}

/* Where the name before the parenthesis that holds vs ends: the
 * parenthesis opens at most reach bytes before vs, and a letter ends the
 * text before it; 0 when there is none. */
static size_t name_before_paren(const char *s, size_t vs, size_t reach)
{
	size_t open = vs;
	/* A match that starts at the parenthesis (" (+1.62 points)"). */
	size_t p = vs;
	while (s[p] == ' ')
		p++;
	if (s[p] == '(')
		open = p + 1;
	while (open > 0 && s[open - 1] == ' ')
		open--;
	for (size_t k = 0; k < reach && open > 0 && s[open - 1] != '('; k++)
		open--;
	if (open == 0 || s[open - 1] != '(')
		return 0;
	size_t end = open - 1;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return end > 0 && isalpha((unsigned char)s[end - 1]) ? end : 0;
}

/* The word that ends at or before spaces before start: [*ws, *we). */
static void word_before(const char *s, size_t start, bool colon_ends, size_t *ws, size_t *we)
{
	size_t w = start;
	while (w > 0 && s[w - 1] == ' ')
		w--;
	size_t b = w;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != ',' && s[b - 1] != '(' && s[b - 1] != ';' &&
	       !(colon_ends && s[b - 1] == ':'))
		b--;
	*ws = b;
	*we = w;
}

/* " in public investment disbursement in the first 11 months": the
 * phrase after "in" at me, to a comma, a figure, a verb or a second "in". */
static bool after_in_phrase(const struct transform *t, const char *s, size_t n, size_t me, size_t *a, size_t *b)
{
	size_t i = me;
	while (i < n && s[i] == ' ')
		i++;
	if (i + 3 > n || strncasecmp(s + i, "in ", 3))
		return false;
	i += 3;
	size_t start = i, end = i;
	for (int words = 0; words < 6 && i < n; words++) {
		size_t w = i;
		while (w < n && s[w] != ' ' && s[w] != ',' && s[w] != '.' && s[w] != ';')
			w++;
		if (w == i || isdigit((unsigned char)s[i]) || s[i] == '(')
			break;
		uint64_t cls = lexicon_word(&t->set.lexicon, s + i, w - i);
		/* "in Participation at Local Levels": a name's small word */
		bool in_name = isupper((unsigned char)s[start]) && w + 1 < n && s[w] == ' ' &&
			       isupper((unsigned char)s[w + 1]) && (cls & LEXBIT(LEX_FUNCTION));
		if (words > 0 && !in_name && (cls & (LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE))))
			break;
		end = w;
		if (w >= n || s[w] != ' ')
			break;
		i = w + 1;
	}
	if (end == start)
		return false;
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* Where ", at 3.62 points," that ends just before ms starts (after its
 * first comma), or RX_UNSET. */
static size_t appositive_figure(const char *s, size_t ms)
{
	size_t e = ms;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return RX_UNSET;
	size_t i = e - 1, words = 0;
	/* " points", "%": one word of unit at most */
	while (i > 0 && (isalpha((unsigned char)s[i - 1]) || s[i - 1] == '%' || s[i - 1] == ' ')) {
		words += s[i - 1] == ' ' && isalpha((unsigned char)s[i]);
		i--;
	}
	size_t d = i;
	while (d > 0 && (isdigit((unsigned char)s[d - 1]) || s[d - 1] == '.' || s[d - 1] == ','))
		d--;
	if (d == i || words > 1 || d < 5 || strncmp(s + d - 5, ", at ", 5))
		return RX_UNSET;
	return d - 4;
}

/* "..., up 0.87 points" right after "in time costs" or "and proactivity
 * of provincial leadership": the words before the comma back to "in",
 * "and", another comma or a verb ("of" may stand inside).  With
 * any_opener ("while e-governance, at"), any function word or verb opens
 * the phrase, of five words at most. */
static bool comma_owner(const struct transform *t, const char *s, size_t ms, bool any_opener, size_t *a, size_t *b)
{
	size_t e = ms;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return false;
	size_t end = e - 1, start = end;
	for (int words = 0; words < (any_opener ? 5 : 7) && start > 0; words++) {
		size_t ws, w;
		word_before(s, start, any_opener, &ws, &w);
		if (ws == w || isdigit((unsigned char)s[ws]) || (!any_opener && ws > 0 && s[ws - 1] != ' '))
			break;
		uint64_t cls = lexicon_word(&t->set.lexicon, s + ws, w - ws);
		bool of = !any_opener && w - ws == 2 && !strncasecmp(s + ws, "of", 2);
		if (!of && (cls & (LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE)))) {
			/* only a phrase brought in by "in" or "and" */
			if (!any_opener && !((w - ws == 2 && !strncasecmp(s + ws, "in", 2)) ||
					     (w - ws == 3 && !strncasecmp(s + ws, "and", 3))))
				return false;
			break;
		}
		if (!any_opener && w - ws >= 3 && !strncasecmp(s + w - 3, "ing", 3))
			return false;
		start = ws;
		if (any_opener && ws > 0 && s[ws - 1] != ' ')
			break;
	}
	if (start == end)
		return false;
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* ", at 7.12 points" after "was NP": NP, when only a comma and "at" or
 * "with" stand between it and the figure at vs. */
static bool complement_owner(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t e = vs;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t kw = e >= 4 && !strncasecmp(s + e - 4, "with", 4) ? 4 : e >= 2 && !strncasecmp(s + e - 2, "at", 2) ? 2 : 0;
	if (!kw || e < kw + 2)
		return false;
	e -= kw;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return false;
	size_t end = e - 1, start = end;
	/* Back over the words of the phrase to the verb (the lexicon's
	 * `verb` class: "was", "remained") that it completes. */
	for (int words = 0; words < 15 && start > 0; words++) {
		size_t ws, w;
		word_before(s, start, false, &ws, &w);
		if (ws == w || (ws > 0 && s[ws - 1] != ' '))
			return false; /* a comma, a parenthesis: no verb in the clause */
		if (islower((unsigned char)s[ws]) && lexicon_is(&t->set.lexicon, LEX_VERB, s + ws, w - ws)) {
			if (start == end)
				return false;
			clean_subject(t, s, start, end, a, b);
			return *b > *a;
		}
		start = ws;
	}
	return false;
}

static bool memchr_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return true;
	return false;
}

/* "with the biggest gains in transparency (up 0.58 points)": the words
 * just before the parenthesis that holds the figure at vs, back to a
 * comma or a function word (at most four). */
static bool paren_owner(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t end = name_before_paren(s, vs, 12);
	if (!end)
		return false;
	/* "Soc Trang's scores were: Participation at local levels (5.42),
	 * Control of corruption in the public sector (7.05) and ...": an item
	 * of a list that opens with a capital is the whole name, back to the
	 * comma, colon or "and" before it. */
	size_t item = end;
	int item_words = 0;
	bool digit = false;
	while (item > 0 && !strchr(",;:()", s[item - 1]) && item_words <= 8) {
		if (s[item - 1] == ' ') {
			item_words++;
			if (item >= 5 && !strncmp(s + item - 5, " and ", 5) && isupper((unsigned char)s[item]))
				break;
		}
		digit |= isdigit((unsigned char)s[item - 1]) != 0;
		item--;
	}
	while (item < end && s[item] == ' ')
		item++;
	/* In a list a colon opens, the items may be in lower case ("three
	 * improved: direction and administration (9.05 points, +0.62), ..."). */
	bool colon_list = memchr(s, ':', item) != NULL;
	if (item > 0 && s[item - 1] != '(' && strchr(",;: ", s[item - 1]) && item_words >= 2 && item_words <= 8 &&
	    !digit && (isupper((unsigned char)s[item]) || colon_list)) {
		clean_subject(t, s, item, end, a, b);
		if (*b > *a)
			return true;
	}
	size_t start = end;
	for (int words = 0; words < 4 && start > 0;) {
		size_t ws, w;
		word_before(s, start, false, &ws, &w);
		/* "6.14 points (up 0.36 points)", "US$3.4 billion (up 14.6%)":
		 * the parenthesis is the figure's. */
		if (ws < w && (memchr_digit(s + ws, w - ws) || s[w - 1] == ':'))
			return false;
		if (ws == w)
			break;
		uint64_t cls = lexicon_word(&t->set.lexicon, s + ws, w - ws);
		if (cls & (LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE))) {
			/* "Transparency in Local Decision-making (6.499 points)": a
			 * name in title case goes on over its small words. */
			size_t pws = ws, pw = w;
			int small = 0;
			if (!isupper((unsigned char)s[start]))
				break;
			/* back over at most two small words ("of", "in the") */
			while (small < 3 && pws < pw && islower((unsigned char)s[pws]) &&
			       (lexicon_word(&t->set.lexicon, s + pws, pw - pws) & LEXBIT(LEX_FUNCTION)) && pws > 0 &&
			       s[pws - 1] == ' ') {
				small++;
				word_before(s, pws, false, &pws, &pw);
			}
			if (small == 0 || small > 2 || pws == pw || !isupper((unsigned char)s[pws]) ||
			    words + small + 1 > 8)
				break;
			start = pws;
			words += small + 1;
			if (pws > 0 && s[pws - 1] != ' ')
				break;
			continue;
		}
		start = ws;
		words++;
		if (ws > 0 && s[ws - 1] != ' ')
			break;
	}
	if (start == end)
		return false;
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* "had the largest shares of households without internet access (21.4%
 * ...": the noun phrase before the parenthesis that holds the figure at
 * vs, back to the verb that governs it, a comma or eight words. */
static bool paren_phrase(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t end = name_before_paren(s, vs, 0);
	if (!end)
		return false;
	size_t start = end;
	for (int words = 0; words < 8 && start > 0; words++) {
		size_t ws, w;
		word_before(s, start, true, &ws, &w);
		/* "Investment (4,310 applications) and the Tax Department (": an
		 * earlier parenthesis ends the phrase. */
		if (ws == w || memchr_digit(s + ws, w - ws) || memchr(s + ws, ')', w - ws) ||
		    (lexicon_word(&t->set.lexicon, s + ws, w - ws) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE))))
			break;
		start = ws;
		if (ws > 0 && s[ws - 1] != ' ')
			break;
	}
	/* "led in both ratios of ...": not the words that lead to it. */
	for (;;) {
		size_t we = start;
		while (we < end && s[we] != ' ')
			we++;
		if (we >= end || !(lexicon_word(&t->set.lexicon, s + start, we - start) & LEXBIT(LEX_FUNCTION)))
			break;
		start = we + 1;
	}
	if (start >= end)
		return false;
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* The clause an enumeration of places hangs from: the words before
 * ", including" or ": " that come before vs, after a reporting "that". */
static bool enumerated_measure(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b)
{
	size_t end = RX_UNSET;
	for (size_t k = vs; k-- > 0;) {
		if (k + 12 <= vs && !strncmp(s + k, ", including ", 12)) {
			end = k;
			break;
		}
		if (s[k] == ';' || s[k] == '.')
			return false;
	}
	if (end == RX_UNSET)
		return false;
	size_t start = 0;
	for (size_t k = 0; k + 6 <= end; k++)
		if (!strncmp(s + k, " that ", 6))
			start = k + 6;
	clean_subject(t, s, start, end, a, b);
	return *b > *a;
}

/* "the target of GRDP growth of 10.5%": the match opens with a change
 * noun ("growth", "increase") and "of" or "rate of" before the figure;
 * the noun with up to four words before it, back to a verb or a comma. */
static bool change_noun_phrase(const struct transform *t, const char *s, size_t ms, size_t vs, size_t *a, size_t *b)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t e = ms;
	while (e < vs && isalpha((unsigned char)s[e]))
		e++;
	if (e == ms || !lexicon_is(lx, LEX_CHANGE, s + ms, e - ms) || (vs - e > 24) ||
	    (strncmp(s + e, " of ", 4) && strncmp(s + e, " rate of ", 9)))
		return false;
	size_t start = ms;
	for (int words = 0; words < 4 && start > 0; words++) {
		size_t w = start;
		while (w > 0 && s[w - 1] == ' ')
			w--;
		if (w == 0 || !isalpha((unsigned char)s[w - 1]))
			break;
		size_t ws = w;
		while (ws > 0 && s[ws - 1] != ' ')
			ws--;
		/* "aims for GRDP growth of 10%": the noun words before the
		 * change noun, not the verb or preposition before them. */
		if (lexicon_word(lx, s + ws, w - ws) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_FUNCTION)))
			break;
		start = ws;
	}
	clean_subject(t, s, start, e, a, b);
	return *b > *a;
}

/* Is the change at vs said of the figure just before it ("VND 3,645
 * billion, up 11%", "(up 4.3%)", ", an increase of 18%")?  Only
 * punctuation and the words of a change lie between them. */
static bool attached_change(const struct transform *t, const char *s, size_t prev_end, size_t vs, bool need_word)
{
	if (prev_end == RX_UNSET || prev_end > vs)
		return false;
	const uint64_t ok = LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_SIGN) | LEXBIT(LEX_CHANGE) | LEXBIT(LEX_ADVERB) |
			    LEXBIT(LEX_QUALIFIER) | LEXBIT(LEX_VERB) | LEXBIT(LEX_CURRENCY);
	struct token tk;
	size_t at = prev_end;
	/* "VND 20,073 billion (target: 16,687 billion), up 11.6%": an aside
	 * in parentheses right after the figure stands between them. */
	while (at < vs && s[at] == ' ')
		at++;
	if (at < vs && s[at] == '(') {
		const char *close = memchr(s + at, ')', vs - at);
		if (!close)
			return false;
		at = (size_t)(close - s) + 1;
	}
	if (vs - at > 48)
		return false;
	bool change = false;
	while (token_next(s, vs, &at, &tk)) {
		uint64_t c = token_classes(&t->set.lexicon, s, &tk);
		if (tk.we > tk.ws && (token_is_figure(s, &tk) || !(c & ok)))
			return false;
		change |= (c & (LEXBIT(LEX_CHANGE) | LEXBIT(LEX_SIGN))) != 0;
	}
	return change || !need_word;
}

/*
 * What the words after a figure say it is, when nothing before it does:
 * "VND 62.5 billion in 2025 for fibre and 4G coverage", "$5 billion was
 * capital from foreign direct investment".  After the figure's units and
 * an "in YEAR", a purpose or source preposition or a linking verb opens a
 * phrase that runs to the next comma or verb.
 */
static bool after_subject(const struct transform *t, const char *s, size_t n, size_t me, size_t *a, size_t *b)
{
	const struct lexicon *lx = &t->set.lexicon;
	struct token tk;
	size_t at = me, first = RX_UNSET, last = RX_UNSET, words = 0;
	int phase = 0; /* 0 units and "in 2025", 1 verbs and prepositions, 2 the phrase */
	while (token_next(s, n, &at, &tk)) {
		uint64_t c = token_classes(lx, s, &tk);
		bool opener = lexicon_is(lx, LEX_AFTER_OPENER, s + tk.ws, tk.we - tk.ws);
		bool ends = s[tk.re - 1] == ',' || s[tk.re - 1] == '.' || s[tk.re - 1] == ';';
		if (phase == 0 && ((c & (LEXBIT(LEX_SCALE) | LEXBIT(LEX_CURRENCY))) || token_is_figure(s, &tk) ||
				   (tk.we - tk.ws == 2 && !strncasecmp(s + tk.ws, "in", 2)))) {
			if (ends)
				return false;
			continue;
		}
		if (phase < 2 && (opener || (phase == 1 && (c & (LEXBIT(LEX_VERB) | LEXBIT(LEX_ADVERB) | LEXBIT(LEX_FUNCTION)))))) {
			phase = 1;
			if (ends)
				return false;
			continue;
		}
		if (phase == 0)
			return false;
		phase = 2;
		if ((c & (LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_VERB))) || ++words > 8)
			break;
		if (first == RX_UNSET)
			first = tk.rs;
		last = tk.re;
		if (ends)
			break;
	}
	if (first == RX_UNSET)
		return false;
	clean_subject(t, s, first, last, a, b);
	return *b > *a && !subject_names_nothing(t, s, *a, *b);
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
	/* "(US$11.4 billion) last year": a restatement is no subject. */
	if (*b > *a && s[*a] == '(') {
		const char *close = memchr(s + *a, ')', *b - *a);
		if (!close)
			return SUBJECT_NONE;
		clean_subject(t, s, (size_t)(close - s) + 1, *b, a, b);
	}
	enum subject_class cls = classify_subject(t, s, *a, *b, province);
	if (cls != SUBJECT_PRONOUN && subject_names_nothing(t, s, *a, *b))
		return SUBJECT_NONE;
	return cls;
}

/* "92.7% of households have a smartphone": a share's subject is the
 * group with what the share of it does (FACTS.md), when a verb of
 * having or using follows the group.  The predicate runs to the next
 * comma, semicolon, full stop, or "and" before a figure. */
static const char *with_predicate(struct emit_ctx *E, size_t a, size_t b)
{
	const char *s = E->s;
	size_t i = b, w = b;
	bool verb = false;
	/* The verb may come a few words on ("residents aged 15 and over in
	 * the province had a transaction account"), not past a comma. */
	for (int words = 0; words < 8 && !verb; words++) {
		i = w;
		while (i < E->n && s[i] == ' ')
			i++;
		if (i >= E->n || s[i] == ',' || s[i] == ';' || s[i] == '.' || s[i] == '(')
			return NULL;
		w = i;
		while (w < E->n && s[w] != ' ' && s[w] != ',')
			w++;
		verb = w < E->n && lexicon_is(&E->t->set.lexicon, LEX_SHARE_VERB, s + i, w - i);
		if (!verb && words > 0 && (lexicon_word(&E->t->set.lexicon, s + i, w - i) &
					   (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE))))
			return NULL;
	}
	if (!verb)
		return NULL;
	/* What lay between the group and its verb belongs to the group. */
	b = i;
	while (b > a && s[b - 1] == ' ')
		b--;
	size_t e = i;
	while (e < E->n && s[e] != ',' && s[e] != ';' && s[e] != '.' && s[e] != '(' &&
	       !(s[e] == ' ' && !strncmp(s + e, " and ", 5) && e + 5 < E->n && isdigit((unsigned char)s[e + 5])))
		e++;
	if (e - i > 80)
		return NULL;
	struct buf *o = &E->scratch;
	o->len = 0;
	buf_append(o, s + a, b - a);
	buf_putc(o, ' ');
	buf_append(o, s + i, e - i);
	while (o->len && o->data[o->len - 1] == ' ')
		o->len--;
	return list_strdup(E->out, o->data, o->len);
}

/*
 * "yet only 8.4 percent had ever used the portal", "and 98.2 per cent were
 * settled on time": a share that is its clause's subject, its group left
 * out; what the share did is what it measures.  The clause before the
 * figure holds only joining and qualifying words, and a verb follows it.
 */
static const char *figure_predicate(struct emit_ctx *E, const struct candidate *c)
{
	const struct lexicon *lx = &E->t->set.lexicon;
	const char *s = E->s;
	/* ("fewer than one in five (18.2%) reported paying": the share in
	 * words, then in figures.) */
	const uint64_t lead = LEXBIT(LEX_FUNCTION) | LEXBIT(LEX_QUALIFIER) | LEXBIT(LEX_ADVERB) | LEXBIT(LEX_SEPARATOR) |
			      LEXBIT(LEX_CARDINAL) | LEXBIT(LEX_SIGN);
	size_t cs = c->vs;
	while (cs > 0 && !strchr(",;:", s[cs - 1]))
		cs--;
	struct token tk;
	size_t at = cs;
	/* ("of which 74.6% were submitted online": the group is named.) */
	while (token_next(s, c->vs, &at, &tk))
		if (!(token_classes(lx, s, &tk) & lead) || (tk.we - tk.ws == 2 && !strncasecmp(s + tk.ws, "of", 2)))
			return NULL;
	size_t i = c->ve;
	while (i < E->n && (s[i] == '%' || s[i] == ' ' || (s[i] == ')' && c->vs > 0 && s[c->vs - 1] == '(')))
		i++;
	for (int k = 0; k < 2; k++) /* "percent", "per cent" */
		if (i < E->n && (!strncasecmp(s + i, "percent", 7) || !strncasecmp(s + i, "per cent", 8) ||
				 !strncasecmp(s + i, "cent", 4))) {
			while (i < E->n && isalpha((unsigned char)s[i]))
				i++;
			while (i < E->n && s[i] == ' ')
				i++;
		}
	size_t w = i;
	while (w < E->n && isalpha((unsigned char)s[w]))
		w++;
	if (w == i || !(lexicon_word(lx, s + i, w - i) & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_SHARE_VERB))))
		return NULL;
	size_t e = i;
	while (e < E->n && !strchr(",;.(", s[e]) && !(s[e] == ' ' && !strncmp(s + e, " and ", 5)))
		e++;
	if (e - i > 80 || e - w < 3)
		return NULL;
	/* "received 498,770 records, and 99.2% were settled on time": the
	 * group is what the count before it counted. */
	if (E->prev_subject && E->prev_kind && !strcmp(E->prev_kind, kind_name(KIND_COUNT))) {
		struct buf *o = &E->scratch;
		o->len = 0;
		buf_printf(o, "%s %.*s", E->prev_subject, (int)(e - i), s + i);
		return list_strdup(E->out, o->data, o->len);
	}
	return list_strdup(E->out, s + i, e - i);
}

/* Is s[a,b) a plan or an estimate ("the annual estimate", "the plan
 * assigned by the Prime Minister")? */
static bool names_plan(const struct lexicon *lx, const char *s, size_t a, size_t b)
{
	size_t e = b;
	/* The head is the last word before what qualifies it ("assigned",
	 * "of", "by": lexicon.txt, plan_modifier). */
	for (size_t k = a; k + 1 < b && e == b; k++) {
		if (s[k] != ' ')
			continue;
		size_t m = k + 1;
		while (m < b && isalpha((unsigned char)s[m]))
			m++;
		if (m > k + 1 && lexicon_is(lx, LEX_PLAN_MODIFIER, s + k + 1, m - k - 1))
			e = k;
	}
	size_t w = e;
	while (w > a && s[w - 1] != ' ')
		w--;
	return e > w && lexicon_is(lx, LEX_PLAN, s + w, e - w);
}

/* "equal to 62% of the estimate and up 14%": a change coordinated with
 * the figure before it by "and" changes what that figure's sentence
 * measures, not the words the pattern read before it. */
static bool coordinated(const char *s, size_t se, size_t vs)
{
	(void)se;
	size_t i = vs;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	/* back over the change word ("up", "increased by") */
	size_t w = i;
	while (w > 0 && s[w - 1] != ' ')
		w--;
	if (w >= 3 && !strncasecmp(s + w - 3, "by ", 3)) {
		w -= 3;
		while (w > 0 && s[w - 1] != ' ')
			w--;
	}
	return w >= 4 && !strncasecmp(s + w - 4, "and ", 4);
}

/* Does the capture at ss open with "with" after a comma (", with an
 * estimated growth rate of")? */
static bool with_clause(const char *s, size_t ss)
{
	size_t i = ss;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i > 0 && s[i - 1] == ',' && !strncasecmp(s + ss, "with ", 5);
}

/* A subject found in the clause, cleaned, when it names a measure. */
static const char *strong_subject(struct emit_ctx *E, size_t a, size_t b, const char **province)
{
	size_t x, y;
	const char *prov;
	if (captured_subject(E->t, E->s, a, b, &x, &y, &prov) != SUBJECT_STRONG)
		return NULL;
	if (!*province)
		*province = prov;
	return list_strdup(E->out, E->s + x, y - x);
}

/* The noun phrase that ends at end: words back to a verb, a
 * preposition (but "of" and "and", which hold inside a name: "memoranda
 * of understanding"), a punctuation mark or a figure, taking a
 * determiner and stopping there. */
static bool noun_phrase_before(const struct transform *t, const char *s, size_t end, size_t *a, size_t *b)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t start = end;
	while (start > 0 && s[start - 1] == ' ')
		start--;
	size_t stop = start;
	bool names_only = true; /* the words so far are a name */
	for (int words = 0; words < 10 && start > 0; words++) {
		size_t w = start;
		while (w > 0 && s[w - 1] == ' ')
			w--;
		if (w == 0 || !(isalpha((unsigned char)s[w - 1]) || s[w - 1] == ')' || (unsigned char)s[w - 1] >= 0x80))
			break;
		size_t ws = w;
		while (ws > 0 && s[ws - 1] != ' ' && s[ws - 1] != ',' && s[ws - 1] != ';' && s[ws - 1] != ':')
			ws--;
		uint64_t c = lexicon_word(lx, s + ws, w - ws);
		bool inner = (w - ws == 2 && !strncasecmp(s + ws, "of", 2)) || (w - ws == 3 && !strncasecmp(s + ws, "and", 3));
		/* "a data centre in Tuy Hoa worth ...": a place is where the thing is */
		if (w - ws == 2 && (!strncasecmp(s + ws, "in", 2) || !strncasecmp(s + ws, "at", 2)) && names_only)
			inner = true;
		if (!inner && (c & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_FUNCTION))))
			break;
		start = ws;
		names_only = names_only && (isupper((unsigned char)s[ws]) || inner);
		if (c & LEXBIT(LEX_DETERMINER))
			break;
	}
	if (start == stop)
		return false;
	clean_subject(t, s, start, stop, a, b);
	return *b > *a;
}

/* "ranked 40th in that dimension", "on this pillar": a part of an index
 * named by a demonstrative stands for the part named before it. */
static bool demonstrative_part(const struct transform *t, const char *s, size_t a, size_t b)
{
	const struct lexicon *lx = &t->set.lexicon;
	size_t i = a, k;
	const struct lexicon_entry *d = lexicon_prefix(lx, LEX_DEMONSTRATIVE, s + a, b - a);
	if (d && b - a > d->len && s[a + d->len] == ' ')
		i = a + d->len + 1;
	else if (!(a > 1 && s[a - 1] == ' ' && lexicon_before(lx, LEX_DEMONSTRATIVE, s, a - 1, &k)))
		return false; /* else left out of the capture: "on this pillar" */
	size_t e = i;
	while (e < b && s[e] != ' ')
		e++;
	return e == b && e > i && lexicon_is(&t->set.lexicon, LEX_COMPONENT, s + i, e - i);
}

/* The noun phrase that opens the sentence, up to its first verb:
 * "Digital government improved the most: we ranked 29th on this pillar". */
static bool opening_subject(const struct transform *t, const char *s, size_t n, size_t *a, size_t *b)
{
	struct token tk;
	size_t at = 0, end = RX_UNSET;
	int words = 0;
	while (token_next(s, n, &at, &tk) && words++ < 8) {
		uint64_t c = token_classes(&t->set.lexicon, s, &tk);
		if (tk.ws > 0 && (c & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_ADVERB)))) {
			end = tk.rs;
			break;
		}
		if (token_is_figure(s, &tk) || (c & LEXBIT(LEX_FUNCTION) && tk.ws > 0) || s[tk.re - 1] == ',' ||
		    s[tk.re - 1] == ':')
			return false;
	}
	if (end == RX_UNSET)
		return false;
	clean_subject(t, s, 0, end, a, b);
	return *b > *a;
}

/* "The IOC opened in 2022 at a cost of VND 86 billion", "the operations
 * centre, built at a cost of VND 52 billion,", "certificates worth a total
 * of VND 38.6 trillion": an amount that says what a thing cost or is worth
 * is the thing's, named before the words that say so. */
static const char *worth_owner(struct emit_ctx *E, const struct candidate *c, const char **province)
{
	const struct transform *t = E->t;
	const char *s = E->s;
	size_t at = lexicon_figure_lead(&t->set.lexicon, s, c->vs, 0), ws;
	if (!lexicon_before(&t->set.lexicon, LEX_WORTH, s, at, &ws))
		return NULL;
	size_t end = ws, a, b;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	/* ", built at a cost of", ", costing": the thing before the comma */
	size_t pw = end;
	while (pw > 0 && isalpha((unsigned char)s[pw - 1]))
		pw--;
	if (end > 0 && s[end - 1] == ',')
		end--;
	else if (pw < end && pw > 1 && s[pw - 1] == ' ' && s[pw - 2] == ',')
		end = pw - 2;
	else {
		/* "opened in 2022 at a cost of": back over the verb and its
		 * time to what opened */
		bool verb = false;
		for (int k = 0; k < 4 && end > 0; k++) {
			size_t e0 = end, w0;
			while (e0 > 0 && s[e0 - 1] == ' ')
				e0--;
			w0 = e0;
			while (w0 > 0 && s[w0 - 1] != ' ')
				w0--;
			if (w0 == e0)
				break;
			bool ed = !verb && e0 - w0 > 3 && !strncasecmp(s + e0 - 2, "ed", 2);
			if (!ed && !isdigit((unsigned char)s[w0]) &&
			    !(lexicon_word(&t->set.lexicon, s + w0, e0 - w0) & LEXBIT(LEX_FUNCTION)))
				break;
			verb |= ed;
			end = w0;
			if (verb)
				break;
		}
		if (!verb)
			end = ws;
	}
	const char *found;
	if (end > 0 && (isalpha((unsigned char)s[end - 1]) || s[end - 1] == ')' || s[end - 1] == ' ') &&
	    noun_phrase_before(t, s, end, &a, &b) &&
	    (found = strong_subject(E, a, b, province)))
		return found;
	if (clause_subject(t, s, E->n, ws, &a, &b) && b <= ws && (found = strong_subject(E, a, b, province)))
		return found;
	return NULL;
}

/* "Policy bias was the only sub-index to fall, down 0.31 points": a
 * weak subject that is the complement of a copula says what the subject
 * before the copula is; that subject is what the figure measures. */
static const char *copula_owner(struct emit_ctx *E, size_t a, size_t b, const char **province)
{
	const char *s = E->s;
	if (b <= a)
		return NULL;
	size_t at = a;
	while (at > 0 && s[at - 1] == ' ')
		at--;
	size_t w = at;
	while (w > 0 && s[w - 1] != ' ')
		w--;
	/* the determiner the capture left out */
	if (w < at && lexicon_is(&E->t->set.lexicon, LEX_DETERMINER, s + w, at - w)) {
		at = w;
		while (at > 0 && s[at - 1] == ' ')
			at--;
		w = at;
		while (w > 0 && s[w - 1] != ' ')
			w--;
	}
	bool copula = lexicon_is(&E->t->set.lexicon, LEX_COPULA, s + w, at - w);
	size_t na, nb;
	if (!copula || !noun_phrase_before(E->t, s, w, &na, &nb))
		return NULL;
	return strong_subject(E, na, nb, province);
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
/*
 * "Fixed broadband reaches 81.5% of households": a subject [ka,kb) of
 * words (no figure, no quote), then only its verb and the words that
 * lead to the figure at vs, and a group [ga,gb) that is a noun phrase,
 * not a clause of its own ("of public hospitals accept QR payments").
 */
static bool plain_share_clause(const struct transform *t, const char *s, size_t ka, size_t kb, size_t vs, size_t ga,
			       size_t gb)
{
	const struct lexicon *lx = &t->set.lexicon;
	const uint64_t lead = LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_ADVERB) | LEXBIT(LEX_FUNCTION) |
			      LEXBIT(LEX_QUALIFIER);
	const uint64_t verbs = LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE);
	struct token tk;
	size_t at = ka, words = 0;
	if (!isalpha((unsigned char)s[ka]))
		return false;
	while (token_next(s, kb, &at, &tk))
		if (token_is_figure(s, &tk) || isdigit((unsigned char)s[tk.ws]))
			return false;
	/* "The province aims to have 95% of dossiers online": a subject
	 * followed by "to" wants something; the share is the group's. */
	for (at = kb; token_next(s, vs, &at, &tk);)
		if (++words > 5 || token_is_figure(s, &tk) || !(token_classes(lx, s, &tk) & lead) ||
		    (words == 1 && tk.we - tk.ws == 2 && !strncasecmp(s + tk.ws, "to", 2)))
			return false;
	for (at = ga; token_next(s, gb, &at, &tk);)
		if (token_classes(lx, s, &tk) & verbs)
			return false;
	return true;
}

/* "Digital society posted the strongest gain, rising 0.0912 points",
 * "while environmental governance, at 3.05 points, remained the weakest":
 * a figure set off by a comma, after a participle or "at", is of the
 * clause's subject or of the phrase before the comma. */
static const char *set_off_owner(struct emit_ctx *E, const struct candidate *c, const char **province)
{
	const struct transform *t = E->t;
	const char *s = E->s;
	size_t k = c->ms, a, b;
	while (k < c->vs && s[k] == ' ')
		k++;
	size_t w = k;
	while (w < c->vs && isalpha((unsigned char)s[w]))
		w++;
	size_t comma = k;
	while (comma > 0 && s[comma - 1] == ' ')
		comma--;
	if (w == k || comma == 0 || s[comma - 1] != ',')
		return NULL;
	comma--;
	if (w - k == 2 && !strncasecmp(s + k, "at", 2)) {
		/* back to a verb, a conjunction or a stop, over prepositions */
		size_t st = comma;
		bool object = false; /* "retained its place as our weakest pillar, at": no copula's complement */
		size_t verb = 0;
		for (int words = 0; words < 10 && st > 0; words++) {
			size_t we = st;
			while (we > 0 && s[we - 1] == ' ')
				we--;
			if (we == 0 || strchr(",;:.(", s[we - 1]))
				break;
			size_t ws = we;
			while (ws > 0 && s[ws - 1] != ' ')
				ws--;
			uint64_t cls = lexicon_word(&t->set.lexicon, s + ws, we - ws);
			if (cls & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_SEPARATOR) | LEXBIT(LEX_RELATIVE))) {
				bool copula = lexicon_is(&t->set.lexicon, LEX_COPULA, s + ws, we - ws);
				object = (cls & (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE))) && !copula;
				verb = ws;
				break;
			}
			st = ws;
		}
		if (object)
			return noun_phrase_before(t, s, verb, &a, &b) ? strong_subject(E, a, b, province) : NULL;
		clean_subject(t, s, st, comma, &a, &b);
		if (b > a)
			return strong_subject(E, a, b, province);
	} else if (w - k > 4 && !strncasecmp(s + w - 3, "ing", 3)) {
		if (clause_subject(t, s, E->n, comma, &a, &b) && b <= comma)
			return strong_subject(E, a, b, province);
	}
	return NULL;
}

const char *resolve_subject(struct emit_ctx *E, const struct candidate *c, size_t ss, size_t se,
				   int ind, const char **province, bool *inheritable)
{
	const struct transform *t = E->t;
	const char *s = E->s;
	enum fact_kind kind = c->p->kind;
	bool rank = is_rank_kind(kind);
	size_t sa, sb, fa, fb;
	const char *fprov;
	enum subject_class cls = captured_subject(t, s, ss, se, &sa, &sb, province);
	/* The words before a figure that are too many for a subject keep
	 * those nearest it: after the last comma ("agencies assessed in the
	 * province's own DTI, the Department of Science and Technology"). */
	size_t fs = c->fs;
	if (fs != RX_UNSET && c->fe != RX_UNSET && c->fe > fs) {
		size_t words = 0, comma = RX_UNSET;
		int depth = 0;
		for (size_t i = fs; i < c->fe; i++) {
			if (s[i] == '(')
				depth++;
			else if (s[i] == ')' && depth)
				depth--;
			else if (s[i] == ' ')
				words++;
			else if (s[i] == ',' && !depth)
				comma = i;
		}
		if (words >= SUBJECT_MAX_WORDS && comma != RX_UNSET)
			fs = comma + 1;
	}
	enum subject_class fcls = captured_subject(t, s, fs, c->fe, &fa, &fb, &fprov);
	if (!*province)
		*province = fprov;
	*inheritable = true;
	/* "while e-governance, at 3.62 points, took the top spot": the
	 * place of what the figure between commas measured. */
	if (kind == KIND_RANK && c->ms != RX_UNSET) {
		size_t at = appositive_figure(s, c->ms < c->vs ? c->ms : c->vs), xa, xb;
		const char *found;
		if (at != RX_UNSET && comma_owner(t, s, at, true, &xa, &xb) && (found = strong_subject(E, xa, xb, province)))
			return found;
	}
	if ((cls != SUBJECT_NONE && demonstrative_part(t, s, sa, sb)) ||
	    (cls != SUBJECT_STRONG && fcls != SUBJECT_NONE && demonstrative_part(t, s, fa, fb))) {
		const char *ante = E->prev_subject, *found;
		size_t oa, ob;
		if (E->prev_rank_subject && (!ante || E->prev_rank_kind))
			ante = E->prev_rank_subject;
		if (!ante && opening_subject(t, s, E->n, &oa, &ob) && (found = strong_subject(E, oa, ob, province)))
			ante = found;
		if (!ante)
			ante = E->ac->last_subject;
		if (ante)
			return ante;
	}
	if (kind == KIND_SCORE || kind == KIND_SCORE_CHANGE) {
		const char *owner = set_off_owner(E, c, province);
		if (owner)
			return owner;
	}
	/* "Bac Ninh | PAR INDEX 2025: 90.02% | SIPAS 2025: 83.47%": a table
	 * cell that names an index holds that index's value, whatever the
	 * cell before it measured. */
	size_t cell_s, cell_e;
	clause_of(s, E->n, c->vs, &cell_s, &cell_e);
	if ((kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE) && ind >= 0 && cell_s > 0 && s[cell_s - 1] == '|')
		return t->set.indicators[ind].name;
	/* "The province had disbursed VND 2.41 trillion, or 38.7% of the
	 * plan": a plan's share after an amount with no named measure is of
	 * what was done. */
	size_t pw = c->ve, pe;
	while (pw < E->n && (s[pw] == '%' || s[pw] == ' '))
		pw++;
	if (!strncasecmp(s + pw, "of ", 3))
		pw += 3;
	if (!strncasecmp(s + pw, "the ", 4))
		pw += 4;
	for (pe = pw; pe < E->n && isalpha((unsigned char)s[pe]);)
		pe++;
	if (cls == SUBJECT_NONE && kind == KIND_PERCENT && pe > pw && pw > c->ve + 3 &&
	    names_plan(&t->set.lexicon, s, pw, pe) && E->prev_money_qualifier) {
		ss = pw;
		se = pe;
		size_t d0 = 0, va, vb;
		while (d0 < E->n && !isdigit((unsigned char)s[d0]))
			d0++;
		if (d0 < c->vs && done_verb(E, d0, &va, &vb)) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%.*s (of the %.*s)", (int)(vb - va), s + va, (int)(se - ss), s + ss);
			return list_strdup(E->out, o->data, o->len);
		}
	}
	if (kind == KIND_PERCENT && cls == SUBJECT_NONE) {
		const char *what = figure_predicate(E, c);
		if (what)
			return what;
	}
	/* A restatement in another unit says what the figure before it says. */
	if (E->prev_subject && !rank && restates_prev(t, s, E->prev_value_end, c->vs))
		return E->prev_subject;
	/* (Not a rate's unit taken for a subject: "per person per month".) */
	if (E->prev_subject && !rank && !is_change_kind(kind) && E->prev_kind &&
	    !strcmp(E->prev_kind, kind_name(kind)) && strncasecmp(E->prev_subject, "per ", 4) &&
	    baseline_of_prev(t, s, E->prev_end, c->vs))
		return E->prev_subject;
	/* "Rice exports alone reached 1.05 million tonnes, worth $680
	 * million": the worth of a quantity is of what the quantity's clause
	 * is about. */
	size_t wk = c->ms;
	while (wk < c->vs && s[wk] == ' ')
		wk++;
	if (kind == KIND_MONEY && c->ms > 0 && s[c->ms - 1] == ',' &&
	    lexicon_prefix(&t->set.lexicon, LEX_WORTH, s + wk, E->n - wk)) {
		size_t q = c->ms - 1;
		while (q > 0 && !isdigit((unsigned char)s[q - 1]))
			q--;
		while (q > 0 && (isdigit((unsigned char)s[q - 1]) || s[q - 1] == '.' || s[q - 1] == ','))
			q--;
		size_t qa, qb;
		const char *whose;
		if (q > 0 && isdigit((unsigned char)s[q]) && clause_subject(t, s, E->n, q, &qa, &qb) &&
		    (whose = strong_subject(E, qa, qb, province)))
			return whose;
	}
	if (kind == KIND_MONEY) {
		const char *whose = worth_owner(E, c, province);
		if (whose)
			return whose;
	}
	/* "GRDP growth reached 7.85%, against a target of 8-8.5%": a plan
	 * named before its figure is that figure's, said of the measure
	 * before it. */
	if (cls == SUBJECT_STRONG && sb <= c->vs && E->prev_subject && E->prev_kind &&
	    (E->prev_kind == kind_name(kind) || (kind == KIND_PERCENT && E->prev_kind == kind_name(KIND_PERCENT_CHANGE))) &&
	    names_plan(&t->set.lexicon, s, sa, sb))
		return E->prev_subject;
	if (cls == SUBJECT_STRONG && kind == KIND_PERCENT && sa >= c->ve && names_plan(&t->set.lexicon, s, sa, sb)) {
		/* "VND 8,066 billion, equal to 45% of the annual estimate": the
		 * share of a plan is of what the figure before it measures. */
		const char *whose = E->prev_subject;
		size_t xa0, xb0;
		const char *prov0 = NULL;
		if (!whose && clause_subject(t, s, E->n, c->vs, &xa0, &xb0) &&
		    captured_subject(t, s, xa0, xb0, &xa0, &xb0, &prov0) == SUBJECT_STRONG)
			whose = list_strdup(E->out, s + xa0, xb0 - xa0);
		if (whose) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s (of the %.*s)", whose, (int)(sb - sa), s + sa);
			return list_strdup(E->out, o->data, o->len);
		}
	}
	if (cls == SUBJECT_STRONG && is_change_kind(kind) && E->prev_subject && coordinated(s, sb, c->vs))
		return E->prev_subject;
	/* "The processing industry is a bright spot, with an estimated growth
	 * rate of 23.05%": a rate brought in by "with" is the clause
	 * subject's. */
	if (cls == SUBJECT_STRONG && !rank && ss != RX_UNSET && with_clause(s, ss)) {
		size_t ma, mb, mc, md;
		const char *prov1 = NULL;
		if (clause_subject(t, s, E->n, ss, &ma, &mb) &&
		    captured_subject(t, s, ma, mb, &mc, &md, &prov1) == SUBJECT_STRONG) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%.*s (%.*s)", (int)(md - mc), s + mc, (int)(sb - sa), s + sa);
			return list_strdup(E->out, o->data, o->len);
		}
	}
	if (cls == SUBJECT_STRONG) {
		/* "Department of Justice (32,166 transactions)": a count in a
		 * parenthesis after a name counts the name's. */
		size_t na, nb;
		if (kind == KIND_COUNT && c->vs > 0 && s[c->vs - 1] == '(' && paren_phrase(t, s, c->vs, &na, &nb) &&
		    isupper((unsigned char)s[na]) && isupper((unsigned char)s[last_word_start(s, na, nb)])) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%.*s (%.*s)", (int)(nb - na), s + na, (int)(sb - sa), s + sa);
			return list_strdup(E->out, o->data, o->len);
		}
		/* "92.7% of households have a smartphone": what the share
		 * does, said after the group it is of. */
		const char *p = kind == KIND_PERCENT && sa >= c->ve ? with_predicate(E, sa, sb) : NULL;
		/* "5G now covers 92.6% of residential areas": the coverer, its
		 * verb and the group. */
		size_t vb = c->ms < c->vs ? c->ms : c->vs, ve0, xa0, xb0;
		while (vb > 0 && s[vb - 1] == ' ')
			vb--;
		ve0 = vb;
		while (vb > 0 && isalpha((unsigned char)s[vb - 1]))
			vb--;
		if (!p && kind == KIND_PERCENT && sa >= c->ve && ve0 > vb &&
		    lexicon_is(&t->set.lexicon, LEX_COVER, s + vb, ve0 - vb)) {
			size_t ca0, cb0;
			xb0 = vb;
			xa0 = xb0;
			while (xa0 > 0 && !strchr(",;:", s[xa0 - 1]))
				xa0--;
			clean_subject(t, s, xa0, xb0, &ca0, &cb0);
			/* "now", "also": an adverb before the verb is no part of it */
			size_t lw = cb0;
			while (lw > ca0 && s[lw - 1] != ' ')
				lw--;
			if (lw > ca0 && lexicon_is(&t->set.lexicon, LEX_ADVERB, s + lw, cb0 - lw))
				clean_subject(t, s, ca0, lw, &ca0, &cb0);
			size_t nwords = 0;
			for (size_t k = ca0; k < cb0; k++)
				nwords += s[k] == ' ';
			if (cb0 > ca0 && nwords < 6 && !subject_names_nothing(t, s, ca0, cb0)) {
				struct buf *o = &E->scratch;
				o->len = 0;
				buf_printf(o, "%.*s %.*s %.*s", (int)(cb0 - ca0), s + ca0, (int)(ve0 - vb), s + vb,
					   (int)(sb - sa), s + sa);
				p = list_strdup(E->out, o->data, o->len);
			}
		}
		/* "Smartphone ownership reached 83.2 per cent of adults", "the
		 * digital economy is to reach 30% of GRDP": the clause's subject
		 * is what the share measures, of the group after it. */
		size_t ka, kb, kc, kd;
		const char *kprov = NULL;
		if (!p && kind == KIND_PERCENT && sa >= c->ve && ss != RX_UNSET &&
		    clause_subject(t, s, E->n, c->vs, &ka, &kb) && kb <= c->vs &&
		    captured_subject(t, s, ka, kb, &kc, &kd, &kprov) == SUBJECT_STRONG && !kprov &&
		    plain_share_clause(t, s, kc, kd, c->vs, sa, sb)) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%.*s (of %.*s)", (int)(kd - kc), s + kc, (int)(sb - sa), s + sa);
			p = list_strdup(E->out, o->data, o->len);
		}
		/* "1.8 million people have electronic health books": so of a
		 * count of a group named by one word. */
		if (!p && kind == KIND_COUNT && sa >= c->ve && !memchr(s + sa, ' ', sb - sa) &&
		    lexicon_is(&t->set.lexicon, LEX_GROUP, s + sa, sb - sa))
			p = with_predicate(E, sa, sb);
		return p ? p : list_strdup(E->out, s + sa, sb - sa);
	}
	/* "met 19/24 targets of its plan": what a ratio or a count counts is
	 * the noun after it, even a word that is weak elsewhere ("targets"),
	 * but no place. */
	if (cls == SUBJECT_WEAK && (kind == KIND_RATIO || kind == KIND_COUNT) && !*province && sa >= c->ve &&
	    !subject_names_nothing(t, s, sa, sb)) {
		*inheritable = false; /* what the next figure measures it does not say */
		return list_strdup(E->out, s + sa, sb - sa);
	}
	if (fcls == SUBJECT_STRONG && kind == KIND_MONEY && c->fe != RX_UNSET && !strncmp(s + c->fe, " of ", 4)) {
		/* "6 FDI projects with a total registered capital of US$285.6
		 * million": the money is the capital, the phrase after "with". */
		for (size_t k = c->fe; k > c->fs + 6; k--)
			if (!strncmp(s + k - 6, " with ", 6)) {
				size_t ka, kb;
				clean_subject(t, s, k, c->fe, &ka, &kb);
				if (kb > ka)
					return list_strdup(E->out, s + ka, kb - ka);
				break;
			}
	}
	if (fcls == SUBJECT_STRONG)
		return list_strdup(E->out, s + fa, fb - fa);
	/* "targets an unemployment rate below 2%": a rate named right before
	 * its figure, a qualifier between. */
	if ((kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE) && cls != SUBJECT_STRONG) {
		size_t ra, rb, w = lexicon_figure_lead(&t->set.lexicon, s, c->vs, 0);
		const char *found;
		size_t ws = w;
		while (ws > 0 && isalpha((unsigned char)s[ws - 1]))
			ws--;
		if (ws < w && lexicon_is(&t->set.lexicon, LEX_SHARE, s + ws, w - ws) && noun_phrase_before(t, s, w, &ra, &rb) &&
		    (found = strong_subject(E, ra, rb, province)))
			return found;
	}
	if (cls == SUBJECT_WEAK || (cls == SUBJECT_NONE && fcls == SUBJECT_WEAK)) {
		const char *whose = cls == SUBJECT_WEAK ? copula_owner(E, sa, sb, province) : copula_owner(E, fa, fb, province);
		if (whose)
			return whose;
	}
	if (!rank && (cls == SUBJECT_PRONOUN || !E->prev_subject) && !E->measured) {
		sentence_measure(t, s, E->n, &E->measure_s, &E->measure_e);
		E->measured = true;
	}
	/* "Our community digital technology teams, 1,928 of them with 9,600
	 * members": with no figure before it, "them" is the phrase before
	 * the comma. */
	if (!rank && cls == SUBJECT_PRONOUN && !E->prev_subject && c->ms >= 2) {
		size_t k = c->ms;
		while (k > 0 && s[k - 1] == ' ')
			k--;
		size_t pa, pb;
		const char *found;
		bool figure = false;
		for (size_t d = 0; d < k && !figure; d++)
			figure = isdigit((unsigned char)s[d]);
		if (k > 0 && s[k - 1] == ',' && !figure && noun_phrase_before(t, s, k - 1, &pa, &pb) &&
		    (found = strong_subject(E, pa, pb, province)))
			return found;
	}
	if (!rank && cls == SUBJECT_PRONOUN && (E->prev_subject || E->measure_s != RX_UNSET || E->ac->last_subject)) {
		const char *ante = E->prev_subject ? E->prev_subject : E->measure_s == RX_UNSET ? E->ac->last_subject : NULL;
		if (!ante) {
			size_t ma, mb;
			clean_subject(t, s, E->measure_s, E->measure_e, &ma, &mb);
			ante = list_strdup(E->out, s + ma, mb - ma);
		}
		return pronoun_subject(E, ante, se > c->me ? se : c->me);
	}
	/* "digital economy reached 0.4410, good for 15th place": a ranking
	 * after a part's score in its clause is the part's. */
	if (kind == KIND_RANK && E->prev_rank_kind && !strcmp(E->prev_rank_kind, "score") && E->prev_rank_subject &&
	    E->prev_end != RX_UNSET && E->prev_end <= c->ms && !memchr(s + E->prev_end, ';', c->ms - E->prev_end)) {
		bool index = false;
		for (size_t i = 0; i < t->set.n_indicators && !index; i++)
			index = E->prev_rank_subject == t->set.indicators[i].name ||
				strcasestr(E->prev_rank_subject, t->set.indicators[i].code) != NULL;
		if (!index)
			return E->prev_rank_subject;
	}
	if (rank) {
		/* "3rd in the digital government pillar and 21st overall": the
		 * index itself. */
		if (ind >= 0 && c->me > c->ms && memmem(s + c->ms, c->me - c->ms, "overall", 7))
			return t->set.indicators[ind].name;
		size_t pa, pb;
		if (sentence_pillar(t, s, c, &pa, &pb)) {
			if (demonstrative_part(t, s, pa, pb) && E->prev_rank_subject)
				return E->prev_rank_subject;
			const char *pprov = NULL, *whose;
			if (classify_subject(t, s, pa, pb, &pprov) == SUBJECT_WEAK &&
			    (whose = copula_owner(E, pa, pb, province)))
				return whose;
			return list_strdup(E->out, s + pa, pb - pa);
		}
	}
	const char *found;
	size_t xa, xb;
	/* A change said of the figure before it changes what that measures. */
	if (!rank && (is_change_kind(kind) || kind == KIND_MONEY) && E->prev_subject &&
	    attached_change(t, s, E->prev_end, c->vs, kind == KIND_MONEY))
		return E->prev_subject;
	if (rank && E->prev_subject && E->prev_kind && superlative_after(c, s, E->prev_end)) {
		/* "GRDP grew 13.6%, the highest in the country": the growth */
		bool change = E->prev_kind == kind_name(KIND_PERCENT_CHANGE);
		E->measure_ranked = true;
		if (change && !has_change_word(t, E->prev_subject)) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s growth", E->prev_subject);
			return list_strdup(E->out, o->data, o->len);
		}
		return E->prev_subject;
	}
	/* "The growth rate ... is estimated at 10.2% (higher than the national
	 * average of 7% ...), ranking 6th": a ranking in a participle is of
	 * what the sentence's first figure measures. */
	if (rank && (ind < 0 || !indicator_mentions(t, s, E->n, E->indicators)->n) && E->first_subject &&
	    (participle_of_prev(&t->set.lexicon, s, E->n, E->prev_end, c->ms) || participle_before(t, s, c->ms) ||
	     ranked_by_prev(&t->set.lexicon, s, E->prev_value_start, E->prev_end, c->ms))) {
		/* Of the measure, not the article's index, unless the measure
		 * is an index. */
		bool index = false;
		for (size_t i = 0; i < t->set.n_indicators && !index; i++)
			index = E->first_subject == t->set.indicators[i].name;
		E->measure_ranked = !index;
		/* "GRDP grew 8.62% in the first half, placing it at position 9":
		 * the ranking of a change is of the growth. */
		if (!index && E->first_is_change && !has_change_word(t, E->first_subject)) {
			struct buf *o = &E->scratch;
			o->len = 0;
			buf_printf(o, "%s growth", E->first_subject);
			return list_strdup(E->out, o->data, o->len);
		}
		return E->first_subject;
	}
	/* "Its strongest dimension was control of corruption in the public
	 * sector, at 7.12 points": what the weak subject is, after its verb. */
	if ((!rank || kind == KIND_SCORE) && cls != SUBJECT_STRONG && complement_owner(t, s, c->vs, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	/* "the sub-index of technical infrastructure ranked 19/63", "the
	 * digital institution indicator reached 0.75 points": a part of the
	 * index is what its ranking or score measures. */
	/* "Digital government was our strongest pillar, at position 28/63":
	 * or the words between it and the figure say it is one. */
	if (rank && clause_subject(t, s, E->n, c->vs, &xa, &xb) &&
	    (names_component(&t->set.lexicon, s, xa, xb) || names_component(&t->set.lexicon, s, xb, c->vs)) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	/* "the biggest gains coming in time costs, up 0.87 points, and
	 * proactivity of provincial leadership, up 0.64 points": the noun
	 * phrase before the comma. */
	if (kind == KIND_SCORE_CHANGE && comma_owner(t, s, c->ms < c->vs ? c->ms : c->vs, false, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	/* "Public finance reform, at 8.24 points, slipped 0.37": a score set
	 * off by commas after the name it is of. */
	if (kind == KIND_SCORE) {
		size_t at = c->vs;
		while (at > 0 && s[at - 1] == ' ')
			at--;
		if (at >= 3 && !strncasecmp(s + at - 2, "at", 2) && s[at - 3] == ' ' &&
		    comma_owner(t, s, at - 2, false, &xa, &xb) && (found = strong_subject(E, xa, xb, province)))
			return found;
	}
	/* "transparency (up 0.58 points)": the name before the parenthesis. */
	if ((kind == KIND_SCORE || kind == KIND_SCORE_CHANGE || kind == KIND_RANK_CHANGE) &&
	    paren_owner(t, s, c->ms < c->vs ? c->ms : c->vs, &xa, &xb) && (found = strong_subject(E, xa, xb, province)))
		return found;
	if ((kind == KIND_SCORE || kind == KIND_SCORE_CHANGE) && list_item_subject(t, s, c->vs, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	/* "Quang Ninh ranked second with 91.62 per cent": the value the
	 * ranking ranks, when the ranking is an index's. */
	if ((kind == KIND_PERCENT || kind == KIND_SCORE) && E->last_rank_index >= 0 &&
	    strcmp(t->set.indicators[E->last_rank_index].code, "-") && E->last_rank_end != RX_UNSET &&
	    E->last_rank_end <= c->vs && c->vs - E->last_rank_end <= 8 &&
	    memmem(s + E->last_rank_end, c->vs - E->last_rank_end, "with", 4) &&
	    clause_subject(t, s, E->n, c->vs, &xa, &xb)) {
		size_t pa0, pb0;
		clean_subject(t, s, xa, xb, &pa0, &pb0);
		if (place_only(t, s, pa0, pb0))
			return t->set.indicators[E->last_rank_index].name;
	}
	if ((!rank || kind == KIND_SCORE) && in_with_owner(t, s, c->vs, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	if ((!rank || kind == KIND_SCORE) && with_owner(t, s, c->vs, &xa, &xb)) {
		if ((found = strong_subject(E, xa, xb, province)))
			return found;
		/* "Hai Phong led the PAR Index with 92.13%, followed by Quang
		 * Ninh with 91.60%": a place's figure of the kind before it
		 * measures what that one measures. */
		const char *prov1 = NULL;
		enum subject_class oc = classify_subject(t, s, xa, xb, &prov1);
		if (E->prev_subject && E->prev_kind && !strcmp(E->prev_kind, kind_name(kind)) && oc == SUBJECT_WEAK &&
		    prov1) {
			if (!*province)
				*province = prov1;
			return E->prev_subject;
		}
		/* "followed by the Central Highlands with 15.39%": a region
		 * (a name that is no province) is what the figure is of. */
		if (oc == SUBJECT_WEAK && !prov1 && !rank && xb > xa) {
			size_t ra, rb;
			clean_subject(t, s, xa, xb, &ra, &rb);
			if (rb > ra && isupper((unsigned char)s[ra])) {
				*inheritable = false;
				return list_strdup(E->out, s + ra, rb - ra);
			}
		}
		/* "people in some provinces only used feature phones, including
		 * Long An with 12.6 percent": a place's figure in an enumeration
		 * measures what the sentence says before it. */
		const char *prov2 = NULL;
		size_t ea, eb;
		if (!rank && classify_subject(t, s, xa, xb, &prov2) == SUBJECT_WEAK &&
		    enumerated_measure(t, s, c->vs, &ea, &eb) && (found = strong_subject(E, ea, eb, province))) {
			if (!*province)
				*province = prov2;
			return found;
		}
	}
	/* Rankings take their index's name when none is given; scores and
	 * figures of other kinds the subject of their clause. */
	bool clause_kind = !rank || kind == KIND_SCORE || kind == KIND_SCORE_CHANGE || ind < 0;
	bool has_clause = clause_kind && clause_subject(t, s, E->n, c->vs, &xa, &xb);
	if (has_clause && (found = strong_subject(E, xa, xb, province)))
		return found;
	if (has_clause && (found = copula_owner(E, xa, xb, province)))
		return found;
	/* "the province's GRDP growth rate ... ranked 9th out of 11 ...;
	 * compared to the whole country, it ranked 17th": a ranking said of
	 * "it" ranks what the ranking before it ranked. */
	const char *pron_province = NULL;
	size_t pa, pb;
	if (rank && has_clause && E->prev_rank_subject) {
		/* "nationwide, it": the chunk after the opener's comma */
		size_t from = xa;
		for (size_t k = xa; k < xb; k++)
			if (s[k] == ',')
				from = k + 1;
		clean_subject(t, s, from, xb, &pa, &pb);
		if (classify_subject(t, s, pa, pb, &pron_province) == SUBJECT_PRONOUN)
			return E->prev_rank_subject;
	}
	/* "led in both ratios of poor and near-poor households (14.23% and
	 * 7.69%, respectively)": a figure in a parenthesis that opens its
	 * clause measures the noun before it; not a name ("neighbours Vinh
	 * Long (7.65 per cent)": the place's figure of the sentence's measure). */
	if (!rank && !has_clause && paren_phrase(t, s, c->ms < c->vs ? c->ms : c->vs, &xa, &xb) &&
	    !isupper((unsigned char)s[last_word_start(s, xa, xb)]) && (found = strong_subject(E, xa, xb, province)))
		return found;
	/* A label says what the figures after it measure unless the clause
	 * has a subject of its own, or, for a ranking, the sentence names its
	 * index ("Reporter: Thai Binh was 19th in the PAR Index"). */
	if (!rank && !has_clause && list_item_subject(t, s, c->vs, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	size_t la, lb;
	bool names_index = rank && indicator_mentions(t, s, E->n, E->indicators)->n > 0;
	if (!names_index && sentence_label(t, s, E->n, c->vs, &la, &lb) &&
	    (found = strong_subject(E, la, lb, province)))
		return found;
	/* "Access to land: 7.67 points. Seven out of 10 component indicators
	 * advanced to make it ranked No. 6": the paragraph's opening label
	 * names the ranking of a later sentence that names nothing else. */
	if (rank && !names_index && E->ac->paragraph_label && E->sen->start > E->ac->paragraph_label_end)
		return E->ac->paragraph_label;
	/* A ranking has its own subject; its change and its score share it,
	 * as does a ranking that continues a phrase ("dropped 5 places to
	 * 41st"). */
	if (rank && (kind != KIND_RANK || c->p->follow) && E->prev_rank_subject && E->prev_rank_indicator == ind)
		return E->prev_rank_subject;
	if (!rank && E->prev_subject)
		return E->prev_subject;
	/* "Thai Binh ranked 11th with 88.23%": the value the ranking ranks. */
	if (!rank && E->prev_rank_subject && E->prev_end != RX_UNSET && E->prev_end <= c->vs &&
	    c->vs - E->prev_end <= 8 && memmem(s + E->prev_end, c->vs - E->prev_end, "with", 4))
		return E->prev_rank_subject;
	if (!rank && E->measure_s != RX_UNSET) {
		size_t ma, mb;
		clean_subject(t, s, E->measure_s, E->measure_e, &ma, &mb);
		if (mb > ma)
			return list_strdup(E->out, s + ma, mb - ma);
	}
	*inheritable = false;
	/* An index's value stated of a place ("Long An achieved 82.71%" in
	 * the SIPAS): the index is what it measures.  A percentage only: no
	 * index has a count, a ratio or an amount of money for its value
	 * ("17 of 19 targets of the PAR plan"). */
	bool index_value = kind == KIND_PERCENT || kind == KIND_PERCENT_CHANGE;
	if (index_value && ind >= 0) {
		*inheritable = true; /* "84.61%, 2.37 percentage points higher" */
		return t->set.indicators[ind].name;
	}
	/* "Regarding the SIPAS 2024, Long An province achieved 82.71%": a
	 * place's figure in a sentence about an index is the index's value. */
	if (index_value && cls == SUBJECT_WEAK && *province) {
		const struct mentions *sm = indicator_mentions(t, s, E->n, E->indicators);
		if (sm->n > 0) {
			*inheritable = true;
			return t->set.indicators[sm->m[0].which].name;
		}
		/* "... announced the PAR INDEX 2023. Dak Lak achieved 86.37%":
		 * a place is not what a figure measures; the index the
		 * article, else the sentence or two before, is about is. */
		size_t sen_i = (size_t)(E->sen - E->a->sentences);
		int about = E->ac->indicator;
		if (about < 0 && E->ac->recent_indicator >= 0 && sen_i >= E->ac->recent_sentence &&
		    sen_i - E->ac->recent_sentence <= 2)
			about = E->ac->recent_indicator;
		if (about >= 0 && strcmp(t->set.indicators[about].code, "-") && place_only(t, s, sa, sb)) {
			*inheritable = true;
			return t->set.indicators[about].name;
		}
	}
	/* "led the country in public investment disbursement": a ranking of
	 * no index is of what follows its "in". */
	/* "took the lead in Participation at Local Levels": a first place in
	 * a part of the index is the part's. */
	if (kind == KIND_RANK && ind >= 0 && !strcmp(c->p->id, "rank.top_verb") &&
	    after_in_phrase(t, s, E->n, c->me, &xa, &xb) && (found = strong_subject(E, xa, xb, province))) {
		bool of_index = false;
		const struct mentions *im = indicator_mentions(t, s, E->n, E->indicators);
		for (size_t k = 0; k < im->n && !of_index; k++)
			of_index = im->m[k].s >= xa && im->m[k].s < xb;
		if (!of_index)
			return found;
	}
	if (rank && ind < 0 && after_in_phrase(t, s, E->n, c->me, &xa, &xb) && (found = strong_subject(E, xa, xb, province)))
		return found;
	/* "Ben Tre's score slid from 55.01 points": a score of no index is
	 * of the words that name it, weak as they are; a ranking of none is
	 * the overall one. */
	if (rank && ind < 0 && (kind == KIND_SCORE || kind == KIND_SCORE_CHANGE)) {
		const char *cprov = NULL;
		enum subject_class xcls;
		if (cls == SUBJECT_WEAK)
			return list_strdup(E->out, s + sa, sb - sa);
		if (cls == SUBJECT_NONE && fcls == SUBJECT_WEAK)
			return list_strdup(E->out, s + fa, fb - fa);
		if (cls == SUBJECT_NONE && fcls == SUBJECT_NONE && clause_subject(t, s, E->n, c->vs, &xa, &xb) &&
		    ((xcls = captured_subject(t, s, xa, xb, &xa, &xb, &cprov)) == SUBJECT_WEAK || xcls == SUBJECT_STRONG))
			return list_strdup(E->out, s + xa, xb - xa);
		/* "The total of 44.36 points", "Ben Tre's score slid from
		 * 0.5501": the noun phrase before the figure, past the verb
		 * and preposition that bring it in. */
		size_t end = c->ms < c->vs ? c->ms : c->vs;
		for (int skip = 0; skip < 3; skip++) {
			size_t w = end, ws;
			while (w > 0 && s[w - 1] == ' ')
				w--;
			ws = w;
			while (ws > 0 && isalpha((unsigned char)s[ws - 1]))
				ws--;
			if (ws == w || !(lexicon_word(&t->set.lexicon, s + ws, w - ws) &
					 (LEXBIT(LEX_VERB) | LEXBIT(LEX_PREDICATE) | LEXBIT(LEX_FUNCTION))))
				break;
			if (noun_phrase_before(t, s, end, &xa, &xb))
				break;
			end = ws;
		}
		if (cls == SUBJECT_NONE && fcls == SUBJECT_NONE && noun_phrase_before(t, s, end, &xa, &xb) &&
		    ((xcls = captured_subject(t, s, xa, xb, &xa, &xb, &cprov)) == SUBJECT_WEAK || xcls == SUBJECT_STRONG)) {
			const char *np = list_strdup(E->out, s + xa, xb - xa);
			if (!subject_is_bare_word(t, np))
				return np;
		}
	}
	if (rank)
		return ind >= 0 ? t->set.indicators[ind].name : "overall ranking";
	/* "GRDP growth of 7.21% in the first nine months": the change noun
	 * phrase names the measure the period after it does not. */
	if (cls == SUBJECT_WEAK && change_noun_phrase(t, s, c->ms, c->vs, &xa, &xb) &&
	    (found = strong_subject(E, xa, xb, province)))
		return found;
	if (cls != SUBJECT_NONE)
		return list_strdup(E->out, s + sa, sb - sa);
	if (fcls != SUBJECT_NONE)
		return list_strdup(E->out, s + fa, fb - fa);
	/* "sets the target of GRDP growth of 10.5%": the change noun that
	 * governs the figure, with the words before it. */
	if (!rank && change_noun_phrase(t, s, c->ms, c->vs, &xa, &xb) && (found = strong_subject(E, xa, xb, province)))
		return found;
	/* Last, a clause subject that names a place or a period ("the total
	 * for the whole year"): vague, but what the sentence says; else the
	 * words after the figure, else the paragraph's last subject.  With
	 * none of them there is no fact: an empty subject says nothing. */
	if (has_clause) {
		size_t ca, cb;
		clean_subject(t, s, xa, xb, &ca, &cb);
		if (cb > ca && !subject_names_nothing(t, s, ca, cb))
			return list_strdup(E->out, s + ca, cb - ca);
	}
	if (after_subject(t, s, E->n, c->me > c->ve ? c->me : c->ve, &xa, &xb)) {
		/* "$5 billion was capital from FDI, up by nearly 7 per cent" */
		*inheritable = !rank;
		return list_strdup(E->out, s + xa, xb - xa);
	}
	/* "..., up 4.05% compared to 2023 (78.66%)" in a sentence about the
	 * SIPAS: the index the sentence names. */
	/* "PAR INDEX ... reached 85,41%; SIPAS reach 82,15%": the nearest
	 * named before the figure. */
	const struct mentions *im = indicator_mentions(t, s, E->n, E->indicators);
	if (im->n > 0) {
		size_t k = 0;
		for (size_t j = 1; j < im->n; j++)
			if (im->m[j].s < c->vs)
				k = j;
		return t->set.indicators[im->m[k].which].name;
	}
	if (E->ac->last_subject)
		return E->ac->last_subject;
	/* "... and An Giang 7.48 per cent": the place the figure is said
	 * of, right before it, rather than no fact. */
	const struct mentions *pm = province_mentions(t, s, E->n, E->provinces);
	for (size_t k = pm->n; k-- > 0;)
		if (pm->m[k].e <= c->vs && c->vs - pm->m[k].e <= 2) {
			*inheritable = false;
			return list_strdup(E->out, s + pm->m[k].s, pm->m[k].e - pm->m[k].s);
		}
	/* "To meet the goal of 12-13% growth, ...": a change whose only
	 * name is its own noun is a change of that ("growth"), not nothing. */
	if (is_change_kind(kind) && c->fs != RX_UNSET && c->fe != RX_UNSET && c->fe > c->fs && c->fs >= c->ve) {
		size_t ga = c->fs, gb = c->fe;
		while (ga < gb && s[ga] == ' ')
			ga++;
		if (gb > ga && gb - ga <= 12) {
			*inheritable = false;
			return list_strdup(E->out, s + ga, gb - ga);
		}
	}
	return "";
}
