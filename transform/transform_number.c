/*
 * transform_number: numbers as news copy writes them, normalized.
 *
 * "1,081" -> 1081, "72.595" -> 72.595, "90,61" (a percentage in
 * Vietnamese copy) -> 90.61, "48 thousand" -> 48000, "1.2 million" ->
 * 1200000, "sixty" -> 60, "twenty-five" -> 25, "one hundred" -> 100,
 * "26th" -> 26, "third" -> 3.  The patterns decide where a number is; this
 * file only reads it.  The words and their values are the lexicon's
 * (patterns/lexicon.txt: cardinal, ordinal, unit, article, scale), the
 * ones the patterns' number pieces are built from.
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Digits: "1,081", "72.595", "90,61", "285,394.5", "26th".  Returns bytes
 * used, 0 when s does not start with a digit. */
static size_t parse_digits(const struct lexicon *lx, const char *s, size_t n, bool percent, double *out)
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
	/* Ordinal suffix: "26th" */
	const struct lexicon_entry *sfx =
		i < n && isalpha((unsigned char)s[i]) ? lexicon_prefix(lx, LEX_ORDINAL_SUFFIX, s + i, n - i) : NULL;
	if (sfx)
		i += sfx->len;
	*out = v;
	return i;
}

static bool is_sep(char c)
{
	return c == ' ' || c == '-' || c == '\t';
}

int transform_number_parse(const struct transform *t, const char *s, size_t n, bool percent, double *out)
{
	const struct lexicon *lx = &t->set.lexicon;
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
		size_t used = parse_digits(lx, s + i, n - i, percent, &v);
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
		if (lexicon_value(lx, LEX_SCALE, s + b, len, &v)) {
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
		if (!had_digits && (lexicon_value(lx, LEX_CARDINAL, s + b, len, &v) || lexicon_value(lx, LEX_ORDINAL, s + b, len, &v) ||
				    lexicon_value(lx, LEX_UNIT, s + b, len, &v) || lexicon_value(lx, LEX_ARTICLE, s + b, len, &v))) {
			current += v;
			any = true;
			continue;
		}
		return -1;
	}
	if (!any)
		return -1;
	double r = total + current;
	/* A whole number below 2^53 is exact: nothing to round. */
	if (r > -9e15 && r < 9e15 && r == (double)(int64_t)r) {
		*out = r;
		return 0;
	}
	/* Round away binary noise from decimal scaling (1.2 * 1e6, 2.41 *
	 * 1e12): no figure in a text has more than 15 significant digits. */
	char digits[32];
	snprintf(digits, sizeof digits, "%.15g", r);
	*out = strtod(digits, NULL);
	return 0;
}
