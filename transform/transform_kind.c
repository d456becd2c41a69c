/*
 * transform_kind: a figure's kind from the words around it.
 *
 * The patterns give each figure a kind from its wording; this file holds
 * the rules that read the figure's frame instead, so that they hold for
 * wordings no pattern was written for.  A percentage is a change when a
 * change word governs it: "is estimated to increase by 3.81%", "up 11%",
 * "GRDP growth is estimated at 6.9%", "a growth rate of nearly 11
 * percent"; a preposition of level or comparison in between ("increased
 * to 87 percent", "down from 51 per cent") keeps it a share.  The words
 * are the lexicon's (patterns/lexicon.txt: change, sign, function).
 */
#include "transform_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* How many words before a percentage a change word may stand. */
#define CHANGE_WINDOW 4

static bool word_is(const char *w, size_t n, const char *lit)
{
	return strlen(lit) == n && strncasecmp(w, lit, n) == 0;
}

/* The sign a change word gives ("decline" -1), +1 when the lexicon says none. */
static int change_sign(const struct lexicon *lx, const char *w, size_t n)
{
	const struct lexicon_entry *e = lexicon_prefix(lx, LEX_SIGN, w, n);
	return e && e->value[0] == '-' ? -1 : 1;
}

/* Is the subject about a change ("GRDP growth", "growth rate")?  Its
 * words are looked up in the change class. */
static bool subject_is_change(const struct lexicon *lx, const char *subject, int *sign)
{
	for (const char *w = subject; *w;) {
		while (*w && !isalpha((unsigned char)*w))
			w++;
		size_t n = 0;
		while (w[n] && (isalnum((unsigned char)w[n]) || w[n] == '-'))
			n++;
		if (!n)
			break;
		/* Nouns of change only: "growth", not "up" in a subject. */
		if ((word_is(w, n, "growth") || word_is(w, n, "increase") || word_is(w, n, "decrease") ||
		     word_is(w, n, "decline") || word_is(w, n, "expansion")) &&
		    lexicon_is(lx, LEX_CHANGE, w, n)) {
			*sign = change_sign(lx, w, n);
			return true;
		}
		w += n;
	}
	return false;
}

/* A change_by word ("exceeding") among the twelve words before at, in
 * its clause. */
static bool excess_before(const struct lexicon *lx, const char *s, size_t at)
{
	size_t e = at;
	for (int k = 0; k < 12; k++) {
		while (e > 0 && s[e - 1] == ' ')
			e--;
		if (e == 0 || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == '(' || s[e - 1] == ':')
			return false;
		size_t b = e;
		while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(')
			b--;
		if (lexicon_is(lx, LEX_CHANGE_BY, s + b, e - b))
			return true;
		e = b;
	}
	return false;
}

bool percent_is_change(const struct transform *t, const char *s, size_t n, size_t vs, const char *subject, int *sign)
{
	const struct lexicon *lx = &t->set.lexicon;
	*sign = 1;
	/* "7.4% year-on-year", "9.02% year on year": a change. */
	size_t after = vs;
	while (after < n && s[after] != ' ')
		after++;
	while (after < n && s[after] == ' ')
		after++;
	/* "7.4 per cent year-on-year" */
	if (n - after > 9 && (!strncasecmp(s + after, "percent ", 8) || !strncasecmp(s + after, "per cent ", 9)))
		after += s[after + 3] == ' ' ? 9 : 8;
	const struct lexicon_entry *ca = lexicon_prefix(lx, LEX_CHANGE_AFTER, s + after, n - after);
	/* "reached 85%, higher than the national average": a level that
	 * is compared, not a comparison. */
	size_t te = after;
	while (te > vs && s[te - 1] == ' ')
		te--;
	if (ca && ca->value && te > vs && (s[te - 1] == ',' || s[te - 1] == ';'))
		ca = NULL;
	if (ca) {
		if (ca->value && ca->value[0] == '-')
			*sign = -1;
		return true;
	}
	size_t e = vs, qs;
	bool by = false;
	/* "by more than 21%", "up nearly 9%": the qualifier is the figure's. */
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (lexicon_before(lx, LEX_QUALIFIER, s, e, &qs))
		e = qs;
	for (int k = 0; k < CHANGE_WINDOW; k++) {
		while (e > 0 && s[e - 1] == ' ')
			e--;
		if (e == 0 || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == '(' || s[e - 1] == ':')
			break;
		size_t b = e;
		while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(')
			b--;
		if (lexicon_is(lx, LEX_LEVEL, s + b, e - b))
			break;
		/* "exceeding the plan by 8.5 percent": a verb of excess with "by",
		 * even some words back ("exceeding the target assigned by the
		 * central government by nearly 21 per cent"). */
		if (k == 0 && word_is(s + b, e - b, "by")) {
			by = true;
			if (excess_before(lx, s, b))
				return true;
		}
		if (by && lexicon_is(lx, LEX_CHANGE_BY, s + b, e - b))
			return true;
		if (lexicon_is(lx, LEX_CHANGE, s + b, e - b)) {
			/* "made up 12.6% of GRDP": "up" as a verb's particle. */
			size_t pe = b, pb;
			while (pe > 0 && s[pe - 1] == ' ')
				pe--;
			for (pb = pe; pb > 0 && s[pb - 1] != ' ';)
				pb--;
			if (pe > pb && lexicon_is(lx, LEX_PARTICLE_VERB, s + pb, pe - pb))
				return false;
			*sign = change_sign(lx, s + b, e - b);
			return true;
		}
		e = b;
	}
	return subject && subject_is_change(lx, subject, sign);
}

/* "of which", "in which", "including": a breakdown of the figure before. */
bool percent_breakdown(const struct transform *t, const char *s, size_t from, size_t vs)
{
	for (size_t i = from; i < vs; i++) {
		if (i > from && s[i - 1] != ' ' && s[i - 1] != ',' && s[i - 1] != ':')
			continue;
		if (isalpha((unsigned char)s[i]) && lexicon_prefix(&t->set.lexicon, LEX_BREAKDOWN, s + i, vs - i))
			return true;
	}
	return false;
}

/* [a, b) holds words and years only: no other figure, no clause break. */
static bool comparison_only(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		if (s[i] == ';' || s[i] == ',' || s[i] == '.' || s[i] == ':' || s[i] == '(' || s[i] == ')')
			return false;
		if (isdigit((unsigned char)s[i])) {
			size_t e = i;
			while (e < b && isdigit((unsigned char)s[e]))
				e++;
			bool year = e - i == 4 && (s[i] == '1' || s[i] == '2') && (i == a || !isalnum((unsigned char)s[i - 1]));
			if (!year)
				return false;
			i = e - 1;
		}
	}
	return true;
}

/* "rose 8.42% in November and 9.05% in 11 months": is the figure at vs
 * joined by "and" to the change that ends at prev_end, only its period
 * between?  Then it is a change too, and of the same thing, unless it is
 * a share of something ("and 60% of firms"). */
bool percent_joined(const struct transform *t, const char *s, size_t prev_end, size_t vs)
{
	if (prev_end == RX_UNSET || prev_end > vs || !comparison_only(s, prev_end, vs))
		return false;
	size_t e = vs, qs;
	while (e > prev_end && s[e - 1] == ' ')
		e--;
	if (lexicon_before(&t->set.lexicon, LEX_QUALIFIER, s, e, &qs) && qs >= prev_end)
		for (e = qs; e > prev_end && s[e - 1] == ' ';)
			e--;
	size_t f = vs;
	while (s[f] && (isdigit((unsigned char)s[f]) || s[f] == '.' || s[f] == ','))
		f++;
	while (s[f] == ' ')
		f++;
	if (s[f] == '%')
		f++;
	while (s[f] == ' ')
		f++;
	return strncmp(s + f, "of ", 3) && e >= prev_end + 4 && !strncmp(s + e - 4, " and", 4);
}

/* Is the figure at vs brought in by "by" ("by nearly 11 per cent")? */
static bool by_before(const struct transform *t, const char *s, size_t vs)
{
	size_t e = vs, qs;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (lexicon_before(&t->set.lexicon, LEX_QUALIFIER, s, e, &qs))
		e = qs;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e >= 3 && !strncasecmp(s + e - 2, "by", 2) && s[e - 3] == ' ';
}

bool percent_continues(const struct transform *t, const char *s, size_t prev_end, size_t vs)
{
	size_t from = prev_end == RX_UNSET ? 0 : prev_end;
	if (from > vs)
		return false;
	if (percent_breakdown(t, s, from, vs))
		return true;
	if (prev_end == RX_UNSET)
		return false;
	/* "expanded by 7.45 per cent, lower than the target of 8 per cent but
	 * higher than the 6.95 per cent recorded in 2024": what a change is
	 * compared with is a change too (a share's is a share: "down from 51
	 * per cent"). */
	for (size_t k = prev_end; k + 6 <= vs; k++)
		if (!strncmp(s + k, " than ", 6) || (vs - k >= 15 && !strncmp(s + k, " compared with ", 15)))
			return true;
	/* "exceeding the target of the Government by nearly 21 per cent and
	 * the target of the Council by 11 per cent": a second "by" joined by
	 * "and" to a change. */
	if (by_before(t, s, vs) && comparison_only(s, prev_end, vs - 1)) {
		for (size_t k = prev_end; k + 5 <= vs; k++)
			if (!strncmp(s + k, " and ", 5))
				return true;
	}
	if (percent_joined(t, s, prev_end, vs))
		return true;
	/* "6.9% (growth scenario (KBTT): 7.87%)": opened right after it. */
	size_t i = prev_end;
	while (i < vs && (s[i] == ' ' || s[i] == '%'))
		i++;
	if (i < vs && s[i] == '(')
		return memchr(s + i, ')', vs - i) == NULL;
	/* "increase by 10.16% compared to 2023 (target: 8.1%)": a labelled
	 * parenthesis opened after the words of its comparison, with no other
	 * figure or clause between ("up 4.05% compared to 2023 (78.66%)" is
	 * the level of 2023, a share). */
	size_t open = vs;
	while (open > prev_end && s[open - 1] != '(' && s[open - 1] != ')')
		open--;
	if (open > prev_end && s[open - 1] == '(' && memchr(s + open, ':', vs - open) &&
	    comparison_only(s, prev_end, open - 1))
		return true;
	size_t a, b;
	return list_item_subject(t, s, vs, &a, &b);
}
