/*
 * transform_alternation: word lists in a regex, grouped by first letter.
 *
 * The patterns hold long alternations of words (STOPWORD, the lexicon's
 * number words, the verbs of a rank).  PCRE2 tries the alternatives of a
 * group one after the other, so a list of a hundred words costs a hundred
 * tries at every place it is tried, and most of those places are words
 * the list does not hold.  Rewritten as one branch a first letter,
 * "(?:and|aims?|behind|be)" as "(?:a(?:nd|ims?)|b(?:ehind|e))", a place
 * costs one try a letter that matches.
 *
 * The rewrite matches what the original matches, the same text at the
 * same place: alternatives that start with different letters cannot match
 * at one place, so moving one before another changes nothing, and within
 * a letter the order is kept.  Anything else is left where it stands and
 * no alternative is moved across it.  A group is left as written when an
 * alternative holds a capture (numbers and names follow the order of the
 * opening parentheses), an option setting ("(?i)" reaches the
 * alternatives after it), a branch reset, or when one letter starts
 * alternatives in both cases (which a caseless regex matches at one
 * place).
 */
#include "transform_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The end of the element that starts at s[i]: an escape, a class, a group
 * (past its ')') or one character; n when the regex ends inside it. */
/* The regex and, for each '(' in it, the offset of its ')'. */
struct scan {
	const char *s;
	size_t *close;
};

static size_t element_end(const struct scan *S, size_t n, size_t i);

static size_t escape_end(const char *s, size_t n, size_t i)
{
	/* s[i] == '\\' */
	if (i + 1 >= n)
		return n;
	char c = s[i + 1];
	if (c == 'Q') {
		const char *e = strstr(s + i + 2, "\\E");
		return e && (size_t)(e - s) + 2 <= n ? (size_t)(e - s) + 2 : n;
	}
	size_t j = i + 2;
	/* \x{..} \p{..} \P{..} \o{..} \N{..} \g{..} \k{..} and \k<..> \g<..> */
	if (j < n && (s[j] == '{' || ((c == 'k' || c == 'g') && (s[j] == '<' || s[j] == '\'')))) {
		char close = s[j] == '{' ? '}' : s[j] == '<' ? '>' : '\'';
		const char *e = memchr(s + j, close, n - j);
		return e ? (size_t)(e - s) + 1 : n;
	}
	return j;
}

static size_t class_end(const char *s, size_t n, size_t i)
{
	/* s[i] == '[' */
	size_t j = i + 1;
	if (j < n && s[j] == '^')
		j++;
	if (j < n && s[j] == ']')
		j++;
	while (j < n && s[j] != ']') {
		if (s[j] == '\\')
			j = escape_end(s, n, j);
		else if (s[j] == '[' && j + 1 < n && s[j + 1] == ':') {
			const char *e = strstr(s + j + 2, ":]");
			j = e && (size_t)(e - s) + 2 <= n ? (size_t)(e - s) + 2 : j + 1;
		} else
			j++;
	}
	return j < n ? j + 1 : n;
}

static size_t element_end(const struct scan *S, size_t n, size_t i)
{
	const char *s = S->s;
	if (s[i] == '\\')
		return escape_end(s, n, i);
	if (s[i] == '[')
		return class_end(s, n, i);
	if (s[i] == '(')
		return S->close[i] + 1 <= n ? S->close[i] + 1 : n;
	return i + 1;
}

/* May the group whose alternatives lie in s[a, b) be reordered? */
static bool movable(const struct scan *S, size_t a, size_t b)
{
	const char *s = S->s;
	for (size_t i = a; i < b; i = s[i] == '(' ? i + 1 : element_end(S, b, i)) {
		if (s[i] != '(')
			continue;
		if (i + 1 >= b || s[i + 1] != '?')
			return false; /* a numbered capture */
		char c = i + 2 < b ? s[i + 2] : 0;
		if (c == '<' && i + 3 < b && s[i + 3] != '=' && s[i + 3] != '!')
			return false; /* (?<name> */
		if (c == 'P' || c == '\'' || c == '|')
			return false; /* (?P<name>, (?'name', a branch reset */
		if (c == '#' || c == ':' || c == '=' || c == '!' || c == '<' || c == '>')
			continue;
		/* (?i) or (?-i:...): an option setting that is not a group of its
		 * own reaches past its alternative. */
		size_t j = i + 2;
		while (j < b && (isalpha((unsigned char)s[j]) || s[j] == '-' || s[j] == '^'))
			j++;
		if (j < b && s[j] == ')')
			return false;
	}
	return true;
}

/* The letter an alternative s[a, b) starts with, when its first element is
 * that one ASCII letter, with no quantifier on it; else 0.  *own is set
 * when the letter is inside a group of its own ("(?-i:can)"): the
 * alternative stays as it is, but one of another letter may still move
 * past it. */
static char first_letter(const struct scan *S, size_t a, size_t b, bool *own)
{
	const char *s = S->s;
	*own = false;
	if (b - a > 6 && !strncmp(s + a, "(?-i:", 5)) {
		*own = true;
		a += 5;
	}
	if (a >= b || (unsigned char)s[a] >= 0x80 || !isalpha((unsigned char)s[a]))
		return 0;
	if (a + 1 < b && strchr("?*+{", s[a + 1]))
		return 0;
	return s[a];
}

static bool same_letter(char c, char d)
{
	return tolower((unsigned char)c) == tolower((unsigned char)d);
}

#define MAX_ALTS 512

static void factor_range(const struct scan *S, size_t a, size_t b, struct buf *out);

/* Writes the group body s[a, b) (the text between "(?:" and ")") with its
 * inner groups rewritten and, when it may be, its alternatives grouped. */
static void factor_body(const struct scan *S, size_t a, size_t b, struct buf *out)
{
	const char *s = S->s;
	size_t as[MAX_ALTS], ae[MAX_ALTS], k = 0, start = a;
	for (size_t i = a; i <= b; i = i < b ? element_end(S, b, i) : b + 1)
		if (i == b || s[i] == '|') {
			if (k == MAX_ALTS) {
				factor_range(S, a, b, out);
				return;
			}
			as[k] = start;
			ae[k++] = i;
			start = i + 1;
		}
	bool ok = k >= 3 && movable(S, a, b), own;
	char letter[MAX_ALTS];
	bool alone[MAX_ALTS];
	for (size_t x = 0; x < k; x++) {
		letter[x] = first_letter(S, as[x], ae[x], &own);
		alone[x] = own;
	}
	for (size_t x = 0; ok && x < k; x++)
		for (size_t y = 0; letter[x] && y < k; y++)
			if (letter[y] && letter[y] != letter[x] && same_letter(letter[x], letter[y]))
				ok = false;
	if (!ok) {
		factor_range(S, a, b, out);
		return;
	}
	bool taken[MAX_ALTS] = { false };
	bool first = true;
	for (size_t x = 0; x < k; x++) {
		if (taken[x])
			continue;
		if (!first)
			buf_putc(out, '|');
		first = false;
		char c = letter[x];
		/* The alternatives of c up to the first that no alternative of c
		 * may move past: one of unknown letter, or c's own group. */
		size_t same = 0, barrier = k;
		for (size_t y = x; c && !alone[x] && y < k; y++) {
			if (!letter[y] || (y > x && alone[y] && same_letter(letter[y], c))) {
				barrier = y;
				break;
			}
			same += letter[y] == c && !alone[y];
		}
		if (!c || alone[x] || same < 2) {
			factor_range(S, as[x], ae[x], out);
			continue;
		}
		buf_putc(out, c);
		buf_puts(out, "(?:");
		bool inner_first = true;
		for (size_t y = x; y < barrier; y++)
			if (!taken[y] && letter[y] == c && !alone[y]) {
				if (!inner_first)
					buf_putc(out, '|');
				inner_first = false;
				factor_range(S, as[y] + 1, ae[y], out);
				taken[y] = true;
			}
		buf_putc(out, ')');
	}
}

/* Writes s[a, b) with every "(?:" group in it rewritten. */
static void factor_range(const struct scan *S, size_t a, size_t b, struct buf *out)
{
	const char *s = S->s;
	size_t i = a;
	while (i < b) {
		size_t e = element_end(S, b, i);
		if (s[i] == '(' && e <= b && s[e - 1] == ')' && !strncmp(s + i, "(?(DEFINE)", 10)) {
			/* The pieces a regex calls by name: each rewritten. */
			buf_puts(out, "(?(DEFINE)");
			factor_range(S, i + 10, e - 1, out);
			buf_putc(out, ')');
		} else if (s[i] == '(' && e <= b && e - i >= 4 && s[i + 1] == '?' && s[i + 2] == ':' && s[e - 1] == ')') {
			buf_puts(out, "(?:");
			factor_body(S, i + 3, e - 1, out);
			buf_putc(out, ')');
		} else if (s[i] == '(' && e <= b && s[e - 1] == ')' &&
			   !(i + 2 < b && s[i + 1] == '?' && (s[i + 2] == '#' || s[i + 2] == '('))) {
			/* Another group: its opening as written, its body rewritten. */
			size_t o = i + 1;
			if (o < b && s[o] == '?') {
				o++;
				if (o < b && (s[o] == '<' || s[o] == 'P' || s[o] == '\'')) {
					while (o < e - 1 && s[o] != '>' && s[o] != '\'' && s[o] != '=' && s[o] != '!')
						o++;
					if (o < e - 1 && (s[o] == '=' || s[o] == '!' || s[o] == '>' || s[o] == '\''))
						o++;
				} else {
					while (o < e - 1 && s[o] != ':' && s[o] != ')' && s[o] != '=' && s[o] != '!' &&
					       s[o] != '>' && s[o] != '|')
						o++;
					if (o < e - 1 && s[o] != ')')
						o++;
				}
			}
			buf_append(out, s + i, o - i);
			factor_range(S, o, e - 1, out);
			buf_putc(out, ')');
		} else
			buf_append(out, s + i, e - i);
		i = e;
	}
}

void rx_factor_alternations(const char *src, struct buf *out)
{
	size_t n = strlen(src), depth = 0;
	struct scan S = { src, xcalloc(n + 1, sizeof *S.close) };
	size_t *open = xcalloc(n + 1, sizeof *open);
	bool ok = true;
	for (size_t i = 0; i < n && ok;) {
		if (src[i] == '\\')
			i = escape_end(src, n, i);
		else if (src[i] == '[')
			i = class_end(src, n, i);
		else if (src[i] == '(' && i + 2 < n && src[i + 1] == '?' && src[i + 2] == '#') {
			const char *e = memchr(src + i, ')', n - i);
			ok = e != NULL;
			if (ok) {
				S.close[i] = (size_t)(e - src);
				i = S.close[i] + 1;
			}
		} else if (src[i] == '(')
			open[depth++] = i++;
		else if (src[i] == ')') {
			ok = depth > 0;
			if (ok)
				S.close[open[--depth]] = i;
			i++;
		} else
			i++;
	}
	if (ok && depth == 0)
		factor_range(&S, 0, n, out);
	else
		buf_append(out, src, n); /* PCRE2 will say what is wrong */
	free(open);
	free(S.close);
}
