/*
 * transform_number: numbers as news copy writes them, normalized.
 *
 * "1,081" -> 1081, "72.595" -> 72.595, "90,61" (a percentage in
 * Vietnamese copy) -> 90.61, "48 thousand" -> 48000, "1.2 million" ->
 * 1200000, "sixty" -> 60, "twenty-five" -> 25, "one hundred" -> 100,
 * "26th" -> 26, "third" -> 3.  The patterns decide where a number is; this
 * file only reads it.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct word_value {
	const char *word;
	double value;
};

/* Cardinal and ordinal words below one hundred.  Add a spelling in lower
 * case with its value. */
static const struct word_value small_words[] = {
	{ "zero", 0 }, { "one", 1 }, { "a", 1 }, { "an", 1 }, { "two", 2 }, { "three", 3 },
	{ "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 },
	{ "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 },
	{ "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 },
	{ "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 },
	{ "forty", 40 }, { "fourty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 },
	{ "eighty", 80 }, { "ninety", 90 },
	{ "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 }, { "fifth", 5 },
	{ "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 }, { "ninth", 9 }, { "tenth", 10 },
	{ "eleventh", 11 }, { "twelfth", 12 }, { "thirteenth", 13 }, { "fourteenth", 14 },
	{ "fifteenth", 15 }, { "sixteenth", 16 }, { "seventeenth", 17 }, { "eighteenth", 18 },
	{ "nineteenth", 19 }, { "twentieth", 20 }, { "thirtieth", 30 }, { "fortieth", 40 },
	{ "fiftieth", 50 }, { "sixtieth", 60 }, { "seventieth", 70 }, { "eightieth", 80 },
	{ "ninetieth", 90 },
};

/* Multipliers, spelled out or abbreviated. */
static const struct word_value scale_words[] = {
	{ "dozen", 12 }, { "dozens", 12 }, { "hundred", 1e2 }, { "hundredth", 1e2 }, { "thousand", 1e3 }, { "thousandth", 1e3 },
	{ "k", 1e3 }, { "million", 1e6 }, { "millions", 1e6 }, { "mln", 1e6 }, { "m", 1e6 },
	{ "billion", 1e9 }, { "billions", 1e9 }, { "bln", 1e9 }, { "bn", 1e9 },
	{ "trillion", 1e12 }, { "trillions", 1e12 }, { "thousands", 1e3 },
};

static bool lookup(const struct word_value *t, size_t count, const char *w, size_t n, double *v)
{
	for (size_t i = 0; i < count; i++) {
		if (strlen(t[i].word) == n && strncasecmp(t[i].word, w, n) == 0) {
			*v = t[i].value;
			return true;
		}
	}
	return false;
}

const char *number_word(size_t i)
{
	/* "a" and "an" read as one only before a scale ("a thousand"); no
	 * pattern starts a value with them.  A scale can start one
	 * ("hundred", "dozens"). */
	for (size_t k = 0; k < COUNT(small_words); k++) {
		if (!strcmp(small_words[k].word, "a") || !strcmp(small_words[k].word, "an"))
			continue;
		if (i-- == 0)
			return small_words[k].word;
	}
	return i < COUNT(scale_words) ? scale_words[i].word : NULL;
}

/* Digits: "1,081", "72.595", "90,61", "285,394.5", "26th".  Returns bytes
 * used, 0 when s does not start with a digit. */
static size_t parse_digits(const char *s, size_t n, bool percent, double *out)
{
	size_t i = 0;
	double v = 0;
	while (i < n && isdigit((unsigned char)s[i]))
		v = v * 10 + (s[i++] - '0');
	if (i == 0)
		return 0;
	bool grouped = false;
	/* Thousands groups: a comma then exactly three digits. */
	while (i < n && s[i] == ',') {
		size_t k = 0;
		while (i + 1 + k < n && isdigit((unsigned char)s[i + 1 + k]))
			k++;
		if (k != 3)
			break;
		for (size_t j = 0; j < 3; j++)
			v = v * 10 + (s[i + 1 + j] - '0');
		i += 4;
		grouped = true;
	}
	if (i < n && (s[i] == '.' || (s[i] == ',' && !grouped))) {
		size_t k = 0;
		while (i + 1 + k < n && isdigit((unsigned char)s[i + 1 + k]))
			k++;
		/* A decimal comma: two digits in a percentage, one or two
		 * elsewhere (three would have been a thousands group). */
		bool decimal = s[i] == '.' ? k > 0 : (k == 1 || k == 2);
		if (decimal) {
			double scale = 0.1;
			for (size_t j = 0; j < k; j++, scale /= 10)
				v += (s[i + 1 + j] - '0') * scale;
			i += 1 + k;
		}
	}
	/* Ordinal suffix */
	if (i + 2 <= n) {
		static const char *const sfx[] = { "st", "nd", "rd", "th" };
		for (size_t k = 0; k < 4; k++)
			if (strncasecmp(s + i, sfx[k], 2) == 0 && (i + 2 == n || !isalpha((unsigned char)s[i + 2]))) {
				i += 2;
				break;
			}
	}
	*out = v;
	return i;
}

static bool is_sep(char c)
{
	return c == ' ' || c == '-' || c == '\t';
}

int transform_number_parse(const char *s, size_t n, bool percent, double *out)
{
	size_t i = 0;
	while (i < n && is_sep(s[i]))
		i++;
	while (n > i && (is_sep(s[n - 1]) || s[n - 1] == '%' || s[n - 1] == '.'))
		n--;
	if (i >= n)
		return -1;
	double total = 0, current = 0;
	bool any = false, had_digits = false;
	while (i < n) {
		while (i < n && is_sep(s[i]))
			i++;
		if (i >= n)
			break;
		double v;
		size_t used = parse_digits(s + i, n - i, percent, &v);
		if (used) {
			if (had_digits || any)
				return -1; /* two numerals in one number */
			current = v;
			had_digits = any = true;
			i += used;
			continue;
		}
		size_t b = i;
		while (i < n && !is_sep(s[i]))
			i++;
		size_t len = i - b;
		if (len == 3 && strncasecmp(s + b, "and", 3) == 0 && any)
			continue;
		if (lookup(scale_words, sizeof scale_words / sizeof *scale_words, s + b, len, &v)) {
			if (!any)
				current = 1;
			if (v < 1000) {
				current *= v;
			} else {
				total += current * v;
				current = 0;
			}
			any = true;
			continue;
		}
		if (!had_digits && lookup(small_words, sizeof small_words / sizeof *small_words, s + b, len, &v)) {
			current += v;
			any = true;
			continue;
		}
		return -1;
	}
	if (!any)
		return -1;
	double r = total + current;
	/* Round away binary noise from decimal scaling (1.2 * 1e6). */
	double scaled = round(r * 1e6) / 1e6;
	*out = fabs(scaled - r) < 1e-6 ? scaled : r;
	return 0;
}
