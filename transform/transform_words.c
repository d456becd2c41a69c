/*
 * transform_words: which trigger words a sentence holds, in one pass.
 *
 * A regex made of many alternative words ("\b(?:places?|positions?|...)\b")
 * costs PCRE2 an attempt at almost every offset, and a sentence was tested
 * against every trigger in turn.  "trigger NAME words W..." lines instead
 * fill one hash table, word -> trigger bits; a sentence is cut into words
 * once (letters and digits, lower case) and each word is looked up.  A
 * trigger only says which patterns may match, so a word that is present
 * where the pattern then finds nothing costs time, never a fact.
 */
#include "transform_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Words longer than this are no trigger word (and are not looked up). */
#define WORD_MAX 48

static uint64_t word_hash(const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 1099511628211ULL;
	return h;
}

/* The next word of s[*at, n) in lower case, into w (WORD_MAX bytes), and
 * where it starts in *start; its length, 0 at the end.  A word is a run of letters and marks, or of
 * digits: "26th" is "26" and "th", "VND2.1" is "vnd", "2" and "1".  A
 * longer one is returned cut at WORD_MAX + 1 bytes so it finds nothing. */
static size_t next_word(const char *s, size_t n, size_t *at, char *w, size_t *start)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = *at, len = 0;
	int in_word = 0; /* 1 letters, 2 digits */
	while (i < n) {
		utf8proc_int32_t cp = p[i];
		size_t k = 1;
		if (cp >= 0x80) {
			utf8proc_ssize_t r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
			k = r > 0 ? (size_t)r : 1;
			if (r <= 0)
				cp = ' ';
		}
		int class = 0;
		if (cp < 0x80) {
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
			class = cp >= 'a' && cp <= 'z' ? 1 : cp >= '0' && cp <= '9' ? 2 : 0;
		} else {
			utf8proc_category_t c = utf8proc_category(cp);
			class = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME ? 1 : c == UTF8PROC_CATEGORY_ND ? 2 : 0;
			cp = utf8proc_tolower(cp);
		}
		if (class != in_word && in_word)
			break;
		if (!class) {
			i += k;
			continue;
		}
		if (!in_word)
			*start = i;
		in_word = class;
		i += k;
		if (len > WORD_MAX)
			continue;
		if (cp < 0x80) {
			w[len++] = (char)cp;
			continue;
		}
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t m = utf8proc_encode_char(cp, enc);
		if (len + (size_t)m <= WORD_MAX + 1) {
			memcpy(w + len, enc, (size_t)m);
			len += (size_t)m;
		} else {
			len = WORD_MAX + 1;
		}
	}
	*at = i;
	return len;
}

/* Where w is in t, or the empty slot where it would go. */
static size_t slot(const struct word_table *t, const char *w, size_t n)
{
	size_t mask = t->cap - 1;
	for (size_t i = (size_t)word_hash(w, n) & mask;; i = (i + 1) & mask) {
		const struct word_entry *e = &t->slots[i];
		if (!e->word || (e->len == n && memcmp(e->word, w, n) == 0))
			return i;
	}
}

int words_add(struct word_table *t, const char *text, uint64_t bits)
{
	int added = 0;
	char w[WORD_MAX + 1];
	size_t at = 0, n = strlen(text), len, start;
	while ((len = next_word(text, n, &at, w, &start)) > 0) {
		if (len > WORD_MAX)
			return -1;
		if (2 * (t->n + 1) > t->cap) {
			struct word_table bigger = { .cap = t->cap ? 2 * t->cap : 64 };
			bigger.slots = xcalloc(bigger.cap, sizeof *bigger.slots);
			for (size_t i = 0; i < t->cap; i++)
				if (t->slots[i].word)
					bigger.slots[slot(&bigger, t->slots[i].word, t->slots[i].len)] = t->slots[i];
			bigger.n = t->n;
			free(t->slots);
			*t = bigger;
		}
		struct word_entry *e = &t->slots[slot(t, w, len)];
		if (!e->word) {
			e->word = xstrndup(w, len);
			e->len = len;
			t->n++;
		}
		e->bits |= bits;
		added++;
	}
	return added;
}

uint64_t words_scan(const struct word_table *t, const char *s, size_t n, size_t *last_number)
{
	uint64_t bits = 0;
	char w[WORD_MAX + 1];
	size_t at = 0, len, start = 0;
	if (last_number)
		*last_number = RX_UNSET;
	while ((len = next_word(s, n, &at, w, &start)) > 0) {
		uint64_t b = len <= WORD_MAX && t->n ? t->slots[slot(t, w, len)].bits : 0;
		bits |= b;
		if (last_number && ((w[0] >= '0' && w[0] <= '9') || (b >> NUMBER_WORD_BIT & 1)))
			*last_number = start;
	}
	return bits;
}

uint64_t words_get(const struct word_table *t, const char *w, size_t n)
{
	char low[WORD_MAX + 1];
	size_t at = 0, start, len = next_word(w, n, &at, low, &start);
	/* Only a whole word: "e-government" is not "e". */
	if (!t->n || len == 0 || len > WORD_MAX || start != 0 || at != n)
		return 0;
	return t->slots[slot(t, low, len)].bits;
}

void words_free(struct word_table *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->slots[i].word);
	free(t->slots);
	memset(t, 0, sizeof *t);
}
