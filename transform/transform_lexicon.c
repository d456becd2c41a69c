/*
 * transform_lexicon: the words the transform reads as data.
 *
 * patterns/lexicon.txt holds every word list the C code consults: the
 * qualifiers before a figure, the words that give a change its sign, the
 * currencies, and the word classes the subject resolver cuts clauses with
 * (function words, verbs, adverbs, the verbs that end a clause's subject).
 * A list in C would be a second copy that drifts from the one the
 * patterns use.  Lines are
 *
 *     CLASS: entry, entry, ...
 *     CLASS=VALUE: entry, ...
 *
 * An entry is a word or a phrase, matched case-insensitively; VALUE is
 * what the entry maps to ("qualifier=min: more than, over").  A class
 * may take several lines.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The classes the code asks for: a lexicon that lacks one fails to load,
 * so a misspelt class name is an error, not a list that quietly matches
 * nothing.  Index = enum lexicon_class. */
static const char *const required_classes[LEX_COUNT_] = {
	[LEX_QUALIFIER] = "qualifier",     [LEX_QUALIFIER_WORD] = "qualifier_word",
	[LEX_SIGN] = "sign",               [LEX_CURRENCY] = "currency",
	[LEX_FUNCTION] = "function",       [LEX_VERB] = "verb",
	[LEX_ADVERB] = "adverb",           [LEX_PREDICATE] = "predicate",
	[LEX_LEAD] = "lead",               [LEX_CHANGE] = "change",
	[LEX_SCALE] = "scale",             [LEX_PARTICLE_VERB] = "particle_verb",
	[LEX_CHANGE_BY] = "change_by",        [LEX_CHANGE_AFTER] = "change_after",
	[LEX_LEVEL] = "level",                [LEX_BREAKDOWN] = "breakdown",
	[LEX_AMONG] = "among",                [LEX_TRAILING] = "trailing",
	[LEX_FILLER] = "filler",              [LEX_PERIOD] = "period",
	[LEX_COMPONENT] = "component",        [LEX_AFTER_OPENER] = "after_opener",
	[LEX_SHARE_VERB] = "share_verb",      [LEX_PLAN] = "plan",
	[LEX_CARDINAL] = "cardinal",          [LEX_ORDINAL] = "ordinal",
	[LEX_UNIT] = "unit",                  [LEX_ARTICLE] = "article",
	[LEX_SEPARATOR] = "separator",        [LEX_YEAR_LINK] = "year_link",
	[LEX_JOINER] = "joiner",              [LEX_RANK_PARTICIPLE] = "rank_participle",
	[LEX_PLAN_MODIFIER] = "plan_modifier", [LEX_APPOSITIVE] = "appositive",
	[LEX_SPEAKER] = "speaker",            [LEX_COMPARED] = "compared",
	[LEX_WORTH] = "worth", [LEX_FORMER] = "former", [LEX_GROUP] = "group", [LEX_COVER] = "cover",
	[LEX_DETERMINER] = "determiner", [LEX_RELATIVE] = "relative", [LEX_COMPLEMENT] = "complement", [LEX_STEP] = "step", [LEX_SHARE] = "share", [LEX_SPEND] = "spend",
	[LEX_DONE] = "done", [LEX_INDEX_PART] = "index_part", [LEX_ORDINAL_SUFFIX] = "ordinal_suffix",
	[LEX_PLAIN_VERB] = "plain_verb", [LEX_FIGURE_UNIT] = "figure_unit", [LEX_DEMONSTRATIVE] = "demonstrative",
	[LEX_COPULA] = "copula",
	[LEX_AMONG_OPENING] = "among_opening",
};

static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
	if (!h)
		h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

_Static_assert(LEX_COUNT_ <= 64, "a lexicon class is a bit of a 64-bit word");

static int class_of(const char *name, size_t n)
{
	for (int i = 0; i < LEX_COUNT_; i++)
		if (strlen(required_classes[i]) == n && strncmp(required_classes[i], name, n) == 0)
			return i;
	return -1;
}

static void add_entry(struct lexicon *lx, int cls, const char *value, const char *text, size_t n)
{
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? 2 * lx->cap : 128;
		lx->entries = xrealloc(lx->entries, lx->cap * sizeof *lx->entries);
	}
	struct lexicon_entry *e = &lx->entries[lx->n++];
	e->text = xstrndup(text, n);
	for (char *p = e->text; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	e->len = n;
	e->cls = cls;
	e->value = value;
	/* Entries that are one word (letters, or digits) also go to the word
	 * table, for whole-word tests; "year-on-year" would add "on". */
	bool word = true;
	for (size_t i = 0; i < n && word; i++)
		word = isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80;
	if (word)
		words_add(&lx->words, e->text, (uint64_t)1 << cls);
}

/* Reads "CLASS[=VALUE]: entries" at line; -1 with err on a bad line. */
static int parse_line(struct lexicon *lx, const char *path, int line, char *s, char *err, size_t errlen)
{
	char *colon = strchr(s, ':');
	if (!colon) {
		errorf(err, errlen, "%s:%d:1: expected 'CLASS: entry, entry, ...'", path, line);
		return -1;
	}
	char *eq = memchr(s, '=', (size_t)(colon - s));
	size_t name_len = (size_t)((eq ? eq : colon) - s);
	int cls = class_of(s, name_len);
	if (cls < 0) {
		errorf(err, errlen, "%s:%d:1: unknown class '%.*s'", path, line, (int)name_len, s);
		return -1;
	}
	const char *value = NULL;
	if (eq) {
		lx->values = xrealloc(lx->values, (lx->n_values + 1) * sizeof *lx->values);
		value = lx->values[lx->n_values++] = xstrndup(eq + 1, (size_t)(colon - eq - 1));
	}
	lx->seen |= (uint64_t)1 << cls;
	for (char *p = colon + 1; *p;) {
		while (*p == ' ' || *p == '\t')
			p++;
		size_t k = strcspn(p, ",");
		size_t m = k;
		while (m && (p[m - 1] == ' ' || p[m - 1] == '\t'))
			m--;
		if (m)
			add_entry(lx, cls, value, p, m);
		p += k;
		if (*p == ',')
			p++;
	}
	return 0;
}

int lexicon_load(struct lexicon *lx, const char *path, char *err, size_t errlen)
{
	memset(lx, 0, sizeof *lx);
	FILE *f = fopen(path, "r");
	if (!f) {
		errorf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int no = 0, rc = 0;
	while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
		no++;
		lx->fingerprint = fnv1a(lx->fingerprint, line, (size_t)len);
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		rc = parse_line(lx, path, no, line, err, errlen);
	}
	if (rc == 0 && ferror(f)) {
		errorf(err, errlen, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(f);
	for (int i = 0; rc == 0 && i < LEX_COUNT_; i++)
		if (!(lx->seen >> i & 1)) {
			errorf(err, errlen, "%s: no '%s:' line (the transform needs that class)", path,
			       required_classes[i]);
			rc = -1;
		}
	if (rc != 0) {
		lexicon_free(lx);
		return rc;
	}
	/* Entries grouped by class, in file order within one, so that a
	 * lookup runs over its class alone. */
	struct lexicon_entry *sorted = xcalloc(lx->n + 1, sizeof *sorted);
	size_t k = 0;
	for (int c = 0; c < LEX_COUNT_; c++) {
		lx->class_first[c] = k;
		for (size_t i = 0; i < lx->n; i++)
			if (lx->entries[i].cls == c)
				sorted[k++] = lx->entries[i];
		lx->class_n[c] = k - lx->class_first[c];
	}
	free(lx->entries);
	lx->entries = sorted;
	lx->cap = lx->n;
	return 0;
}

void lexicon_free(struct lexicon *lx)
{
	for (size_t i = 0; i < lx->n; i++)
		free(lx->entries[i].text);
	free(lx->entries);
	for (size_t i = 0; i < lx->n_values; i++)
		free(lx->values[i]);
	free(lx->values);
	words_free(&lx->words);
	memset(lx, 0, sizeof *lx);
}

static bool is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* The longest entry of cls that s[0,n) starts with, ending at a word's end. */
const struct lexicon_entry *lexicon_prefix(const struct lexicon *lx, enum lexicon_class cls, const char *s,
					   size_t n)
{
	while (n && *s == ' ') {
		s++;
		n--;
	}
	const struct lexicon_entry *best = NULL;
	for (size_t i = lx->class_first[cls]; i < lx->class_first[cls] + lx->class_n[cls]; i++) {
		const struct lexicon_entry *e = &lx->entries[i];
		if (e->len > n || (best && e->len <= best->len))
			continue;
		if (strncasecmp(s, e->text, e->len) != 0)
			continue;
		if (e->len < n && is_word_byte((unsigned char)s[e->len]) && is_word_byte((unsigned char)e->text[e->len - 1]))
			continue;
		best = e;
	}
	return best;
}

/* The longest entry of cls that ends at s[end), starting at a word's start. */
const struct lexicon_entry *lexicon_before(const struct lexicon *lx, enum lexicon_class cls, const char *s,
					   size_t end, size_t *start)
{
	const struct lexicon_entry *best = NULL;
	if (end == 0)
		return NULL;
	int last = tolower((unsigned char)s[end - 1]);
	for (size_t i = lx->class_first[cls]; i < lx->class_first[cls] + lx->class_n[cls]; i++) {
		const struct lexicon_entry *e = &lx->entries[i];
		if (e->len > end || (unsigned char)e->text[e->len - 1] != last ||
		    (best && e->len <= best->len))
			continue;
		size_t k = end - e->len;
		if (strncasecmp(s + k, e->text, e->len) != 0)
			continue;
		if (k > 0 && is_word_byte((unsigned char)s[k - 1]) && is_word_byte((unsigned char)e->text[0]))
			continue;
		best = e;
		*start = k;
	}
	return best;
}

size_t lexicon_figure_lead(const struct lexicon *lx, const char *s, size_t vs, size_t floor)
{
	size_t at = vs, k;
	while (at > floor && s[at - 1] == ' ')
		at--;
	if (lexicon_before(lx, LEX_CURRENCY, s, at, &k) && k >= floor)
		at = k;
	while (at > floor && s[at - 1] == ' ')
		at--;
	if (lexicon_before(lx, LEX_QUALIFIER, s, at, &k) && k >= floor)
		at = k;
	while (at > floor && s[at - 1] == ' ')
		at--;
	return at;
}

int lexicon_class_named(const char *name, size_t n)
{
	return class_of(name, n);
}

bool lexicon_value(const struct lexicon *lx, enum lexicon_class cls, const char *w, size_t n, double *v)
{
	if (!(lexicon_word(lx, w, n) >> cls & 1))
		return false;
	for (size_t i = lx->class_first[cls]; i < lx->class_first[cls] + lx->class_n[cls]; i++) {
		const struct lexicon_entry *e = &lx->entries[i];
		if (e->len == n && e->value && !strncasecmp(e->text, w, n)) {
			*v = strtod(e->value, NULL);
			return true;
		}
	}
	return false;
}

uint64_t lexicon_word(const struct lexicon *lx, const char *w, size_t n)
{
	return words_get(&lx->words, w, n);
}

bool lexicon_within(const struct lexicon *lx, enum lexicon_class cls, const char *text)
{
	for (size_t i = lx->class_first[cls]; i < lx->class_first[cls] + lx->class_n[cls]; i++)
		if (strcasestr(text, lx->entries[i].text))
			return true;
	return false;
}

bool lexicon_is(const struct lexicon *lx, enum lexicon_class cls, const char *w, size_t n)
{
	if (lexicon_word(lx, w, n) >> cls & 1)
		return true;
	/* "sub-index", "year-on-year": not in the word table, looked up whole. */
	if (!memchr(w, '-', n) && !memchr(w, '\'', n))
		return false;
	const struct lexicon_entry *e = lexicon_prefix(lx, cls, w, n);
	return e && e->len == n;
}
