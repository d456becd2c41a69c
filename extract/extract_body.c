/*
 * extract_body: the paragraph and sentence model every reader fills.
 *
 * Readers (text, HTML) decide what is body; this file decides how the body
 * is stored: white space collapsed, Unicode in NFC (utf8proc), a paragraph
 * that repeats an earlier one dropped (scraped pages print captions and
 * leads twice), and each paragraph split into sentences with byte offsets.
 */
#include "extract_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* ==== White space and UTF-8 repair ==== */

/* Length of a valid UTF-8 sequence at s (n bytes left), or 0 if invalid. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &cp);
	return k > 0 ? (size_t)k : 0;
}

static bool is_space_cp(utf8proc_int32_t cp)
{
	if (cp == 0xA0 || cp == 0x1680 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return true;
	return cp >= 0x2000 && cp <= 0x200A;
}

static bool is_invisible_cp(utf8proc_int32_t cp)
{
	return (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF || cp == 0x2060 ||
	       cp == 0xAD;
}

void text_normalize_space(struct buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	bool pending_space = false;
	buf_clear(out);
	buf_reserve(out, n);
	for (size_t i = 0; i < n;) {
		unsigned char c = p[i];
		if (c < 0x80) {
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
				pending_space = out->len > 0;
				i++;
				continue;
			}
			if (c < 0x20 || c == 0x7f) {
				i++;
				continue;
			}
			if (pending_space)
				buf_putc(out, ' ');
			pending_space = false;
			/* A word at a time: most text is runs of printable ASCII. */
			size_t j = i + 1;
			while (j < n && p[j] > 0x20 && p[j] < 0x7f)
				j++;
			buf_append(out, p + i, j - i);
			i = j;
			continue;
		}
		size_t k = utf8_valid_len(p + i, n - i);
		if (!k) {
			/* Invalid byte: keep the text usable rather than refuse it. */
			if (pending_space)
				buf_putc(out, ' ');
			pending_space = false;
			buf_append(out, "\xEF\xBF\xBD", 3);
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_iterate(p + i, (utf8proc_ssize_t)k, &cp);
		if (is_space_cp(cp)) {
			pending_space = out->len > 0;
		} else if (!is_invisible_cp(cp)) {
			if (pending_space)
				buf_putc(out, ' ');
			pending_space = false;
			buf_append(out, p + i, k);
		}
		i += k;
	}
}

/* ==== Paragraph fingerprints ==== */

/* FNV-1a over the letters and digits only, lowercased: a paragraph printed
 * again with other punctuation or spacing is the same paragraph. */
static uint64_t paragraph_fingerprint(const char *s, size_t n, size_t *alnum)
{
	uint64_t h = 1469598103934665603ULL;
	size_t count = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && !isalnum(c))
			continue;
		h ^= (uint64_t)(c < 0x80 ? tolower(c) : c);
		h *= 1099511628211ULL;
		count++;
	}
	*alnum = count;
	return h ? h : 1;
}

/* Returns true when h was already in the set; inserts it otherwise
 * (unless only asked to look). */
static bool seen_insert(struct fingerprints *f, uint64_t h, bool look_only)
{
	if (look_only && !f->cap)
		return false;
	if (f->len * 2 >= f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 64;
		uint64_t *t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < f->cap; i++) {
			if (!f->v[i])
				continue;
			size_t j = f->v[i] & (cap - 1);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = f->v[i];
		}
		free(f->v);
		f->v = t;
		f->cap = cap;
	}
	size_t j = h & (f->cap - 1);
	while (f->v[j]) {
		if (f->v[j] == h)
			return true;
		j = (j + 1) & (f->cap - 1);
	}
	if (look_only)
		return false;
	f->v[j] = h;
	f->len++;
	return false;
}

/* ==== Sentences ==== */

/* Words after which a period does not end a sentence.  Add an entry in
 * lower case, without the period. */
static const char *const abbreviations[] = {
	"no", "nos", "mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "vs",
	"co", "ltd", "inc", "corp", "dept", "gov", "govt", "assoc", "approx",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "art", "vol", "fig", "p", "pp", "u.s", "u.k", "ph.d",
	"m.sc", "b.sc", "gen", "lt", "col", "sr", "jr", "est", "etc",
};

static bool is_abbreviation(const char *text, size_t dot)
{
	size_t i = dot;
	while (i > 0 && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '.'))
		i--;
	size_t n = dot - i;
	if (n == 0 || n > 6)
		return false;
	/* A lone capital is an initial ("N. Minh"). */
	if (n == 1 && isupper((unsigned char)text[i]))
		return true;
	for (size_t k = 0; k < sizeof abbreviations / sizeof *abbreviations; k++) {
		if (strlen(abbreviations[k]) == n && strncasecmp(abbreviations[k], text + i, n) == 0)
			return true;
	}
	return false;
}

/* Can a sentence start at text[i]?  Capitals, digits, quotes, brackets and
 * any non-ASCII letter (Vietnamese capitals are multi-byte) can. */
static bool starts_sentence(const char *text, size_t i, size_t end)
{
	if (i >= end)
		return true;
	unsigned char c = (unsigned char)text[i];
	return isupper(c) || isdigit(c) || c == '"' || c == '(' || c == '\'' ||
	       c == '[' || c >= 0x80;
}

/* The longest sentence handed on, in bytes.  Real sentences are far
 * shorter; a longer run of text (a page of figures with no full stop) is
 * cut at spaces, so that the work on one sentence stays bounded and the
 * work on a page grows with its length, not its square. */
#define SENTENCE_MAX_BYTES 2000

static void add_one_sentence(struct body *b, size_t start, size_t end);

static void add_sentence(struct body *b, size_t start, size_t end)
{
	while (end - start > SENTENCE_MAX_BYTES) {
		size_t cut = start + SENTENCE_MAX_BYTES;
		while (cut > start && b->text.data[cut] != ' ')
			cut--;
		if (cut == start) {
			/* No space: cut at a character boundary. */
			cut = start + SENTENCE_MAX_BYTES;
			while (cut > start && ((unsigned char)b->text.data[cut] & 0xC0) == 0x80)
				cut--;
		}
		add_one_sentence(b, start, cut);
		start = cut;
	}
	add_one_sentence(b, start, end);
}

static void add_one_sentence(struct body *b, size_t start, size_t end)
{
	while (start < end && b->text.data[start] == ' ')
		start++;
	while (end > start && b->text.data[end - 1] == ' ')
		end--;
	if (end <= start)
		return;
	if (b->n_sentences == b->cap_sentences) {
		b->cap_sentences = b->cap_sentences ? b->cap_sentences * 2 : 32;
		b->sentences = xrealloc(b->sentences, b->cap_sentences * sizeof *b->sentences);
	}
	b->sentences[b->n_sentences++] =
		(struct sentence){ .start = start, .end = end, .paragraph = b->n_paragraphs, .role = b->role };
}

static void split_sentences(struct body *b, size_t start, size_t end)
{
	const char *t = b->text.data;
	size_t s = start;
	for (size_t i = start; i < end; i++) {
		char c = t[i];
		if (c != '.' && c != '!' && c != '?')
			continue;
		size_t j = i + 1;
		while (j < end && (t[j] == '.' || t[j] == '!' || t[j] == '?' || t[j] == '"' ||
				   t[j] == ')' || t[j] == '\''))
			j++;
		if (j < end && t[j] != ' ')
			continue; /* 85.3, e.g.x, URLs */
		if (c == '.' && j == i + 1 && is_abbreviation(t, i))
			continue;
		size_t k = j;
		while (k < end && t[k] == ' ')
			k++;
		if (!starts_sentence(t, k, end))
			continue;
		add_sentence(b, s, j);
		s = k;
		i = k ? k - 1 : 0;
	}
	add_sentence(b, s, end);
}

/* ==== Paragraphs ==== */

/* One word of a dateline at p[i]: letters, all capitals ("AN", "GIANG",
 * "HÀ"), or with `title` any capitalized word ("Hanoi").  Returns its end,
 * or i when there is none. */
static size_t dateline_word(const char *p, size_t len, size_t i, bool title)
{
	size_t at = i;
	int letters = 0;
	bool lower = false;
	while (at < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + at, (utf8proc_ssize_t)(len - at), &cp);
		if (k <= 0)
			break;
		utf8proc_category_t cat = utf8proc_category(cp);
		if (cat == UTF8PROC_CATEGORY_LL)
			lower = true;
		else if (cat != UTF8PROC_CATEGORY_LU && !(letters && cp == '.'))
			break;
		if (!letters && cat != UTF8PROC_CATEGORY_LU)
			return i;
		letters++;
		at += (size_t)k;
	}
	return letters >= 2 && (!lower || title) ? at : i;
}

/*
 * The dateline a wire or portal puts before a paragraph's first word, as
 * long as it is: "AN GIANG – ", "HA NOI (VNA) — ", "(ĐBP) – ", "Hanoi
 * (VNA) - ".  It names where the story was filed, not what the sentence
 * is about, so the first sentence starts after it (it stays in the text).
 * A place in capitals needs the dash; one in title case needs the agency
 * in brackets too, so that "Ha Giang - a province of..." is left alone.
 */
static size_t dateline_len(const char *p, size_t len)
{
	size_t at = 0, words = 0;
	bool agency = false;
	for (size_t w; words < 6 && (w = dateline_word(p, len, at, false)) > at; words++) {
		at = w;
		if (at < len && p[at] == ',')
			at++;
		while (at < len && p[at] == ' ')
			at++;
	}
	if (!words)
		for (size_t w; words < 4 && (w = dateline_word(p, len, at, true)) > at; words++)
			for (at = w; at < len && p[at] == ' '; at++)
				;
	if (at < len && p[at] == '(') {
		const char *close = memchr(p + at, ')', len - at);
		if (!close || close - (p + at) > 16)
			return 0;
		at = (size_t)(close - p) + 1;
		agency = true;
		while (at < len && p[at] == ' ')
			at++;
	}
	if (!agency && (!words || dateline_word(p, len, 0, false) == 0))
		return 0;
	size_t dash = !strncmp(p + at, "\xe2\x80\x93", 3) || !strncmp(p + at, "\xe2\x80\x94", 3) ? 3 :
		      p[at] == '-' ? 1 : 0;
	if (!dash || at + dash + 1 >= len || p[at + dash] != ' ')
		return 0;
	/* "DTI – the index of...": an acronym before a dash is no place; a
	 * dateline is one place of two words, or five letters, or has its
	 * agency, and a sentence starts after it. */
	size_t first = dateline_word(p, len, 0, false);
	if (!agency && words < 2 && first < 5)
		return 0;
	if (!starts_sentence(p, at + dash + 1, len))
		return 0;
	return at + dash + 1;
}


/* True when NFC leaves the valid UTF-8 s as it is because no code point
 * of it can change or combine: no combining mark, no singleton.  Below
 * U+0300, the Latin Extended Additional block (precomposed Vietnamese),
 * general punctuation past U+2001 and the currency symbols are such; most
 * paragraphs hold nothing else, and utf8proc_NFC costs.  Anything else
 * goes through utf8proc. */
static bool nfc_stable(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		unsigned cp;
		if (c < 0xE0 && i + 1 < n) {
			cp = (c & 0x1F) << 6 | (p[i + 1] & 0x3F);
			i += 2;
		} else if (c < 0xF0 && i + 2 < n) {
			cp = (c & 0x0F) << 12 | (p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
			i += 3;
		} else {
			return false;
		}
		if (!(cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x206F) ||
		      (cp >= 0x20A0 && cp <= 0x20CF)))
			return false;
	}
	return true;
}

bool body_add_paragraph(struct body *b, const char *s, size_t n)
{
	struct buf norm = { 0 };
	text_normalize_space(&norm, s, n);
	if (!norm.len) {
		buf_free(&norm);
		return false;
	}
	utf8proc_uint8_t *nfc = nfc_stable(norm.data, norm.len) ? NULL : utf8proc_NFC((const utf8proc_uint8_t *)norm.data);
	const char *p = nfc ? (const char *)nfc : norm.data;
	size_t len = strlen(p);

	size_t alnum;
	uint64_t h = paragraph_fingerprint(p, len, &alnum);
	bool kept;
	if (!b->in_body)
		kept = alnum > 0 && !seen_insert(&b->seen, h, false);
	else if (b->caption)
		kept = alnum > 0 && !seen_insert(&b->seen, h, true) && !seen_insert(&b->body_seen, h, true) &&
		       !seen_insert(&b->captions, h, false);
	else
		kept = alnum > 0 && !seen_insert(&b->seen, h, true) && !seen_insert(&b->captions, h, true) &&
		       (seen_insert(&b->body_seen, h, false), true);
	if (kept) {
		if (b->text.len)
			buf_putc(&b->text, '\n');
		size_t start = b->text.len;
		buf_append(&b->text, p, len);
		/* Lines split by <br> are one paragraph: a line's sentences
		 * share its context ("In 2023, ..." on the line before). */
		if (b->joined && b->n_paragraphs)
			b->n_paragraphs--;
		split_sentences(b, start + dateline_len(p, len), b->text.len);
		b->n_paragraphs++;
	}
	b->joined = false;
	free(nfc);
	buf_free(&norm);
	return kept;
}

void body_finish(struct body *b, struct article *a)
{
	a->text_len = b->text.len;
	a->text = buf_steal(&b->text);
	a->sentences = b->sentences;
	a->n_sentences = b->n_sentences;
	a->n_paragraphs = b->n_paragraphs;
	b->sentences = NULL;
	b->n_sentences = b->cap_sentences = 0;
}

void body_free(struct body *b)
{
	buf_free(&b->text);
	free(b->sentences);
	free(b->seen.v);
	free(b->body_seen.v);
	free(b->captions.v);
	memset(b, 0, sizeof *b);
}
