/*
 * Number normalization: every way news copy writes a number, table-driven.
 * To add a case, add a row: the text, whether it is a percentage, and the
 * value (or ok = false when it must not read as a number).
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "../transform/transform.h"

struct number_case {
	const char *text;
	bool percent;
	bool ok;
	double value;
};

static const struct number_case cases[] = {
	{ "0", false, true, 0 },
	{ "7", false, true, 7 },
	{ "1,081", false, true, 1081 },
	{ "285,394", false, true, 285394 },
	{ "1,234,567", false, true, 1234567 },
	{ "72.595", false, true, 72.595 },
	{ "85.3", false, true, 85.3 },
	{ "103.97", true, true, 103.97 },
	{ "90,61", true, true, 90.61 },
	{ "45,6", true, true, 45.6 },
	{ "1,081.5", false, true, 1081.5 },
	{ "0.4096", false, true, 0.4096 },
	{ "48 thousand", false, true, 48000 },
	{ "1.2 million", false, true, 1200000 },
	{ "2.5 million", false, true, 2500000 },
	{ "3.5 trillion", false, true, 3.5e12 },
	{ "17 billion", false, true, 17e9 },
	{ "120 bln", false, true, 120e9 },
	{ "5 mln", false, true, 5e6 },
	{ "sixty", false, true, 60 },
	{ "Three", false, true, 3 },
	{ "twenty-five", false, true, 25 },
	{ "twenty five", false, true, 25 },
	{ "one hundred", false, true, 100 },
	{ "a hundred", false, true, 100 },
	{ "one hundred and twenty", false, true, 120 },
	{ "two thousand five hundred", false, true, 2500 },
	{ "forty-five", false, true, 45 },
	{ "Two hundred", false, true, 200 },
	{ "a dozen", false, true, 12 },
	{ "26th", false, true, 26 },
	{ "2nd", false, true, 2 },
	{ "1st", false, true, 1 },
	{ "3rd", false, true, 3 },
	{ "third", false, true, 3 },
	{ "first", false, true, 1 },
	{ "twentieth", false, true, 20 },
	{ "twenty-first", false, true, 21 },
	{ "92.7%", true, true, 92.7 },
	{ " 100 ", false, true, 100 },
	{ "", false, false, 0 },
	{ "abc", false, false, 0 },
	{ "12 34", false, false, 0 },
	{ "thousand", false, true, 1000 },
	{ "four", false, true, 4 },
};

#include "transform_setup.h"

/* The words and their values are the lexicon's (patterns/lexicon.txt). */
Test(number, table, .init = setup, .fini = teardown)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct number_case *c = &cases[i];
		double v = -1;
		int rc = transform_number_parse(T, c->text, strlen(c->text), c->percent, &v);
		if (!c->ok) {
			cr_expect_eq(rc, -1, "'%s' should not parse (got %g)", c->text, v);
			continue;
		}
		cr_expect_eq(rc, 0, "'%s' should parse", c->text);
		cr_expect(fabs(v - c->value) < 1e-9 * (fabs(c->value) > 1 ? fabs(c->value) : 1),
			  "'%s': expected %.10g, got %.10g", c->text, c->value, v);
	}
}

/* A scaled decimal is the number the text says, to the last unit: an
 * amount printed as 2409999999999.9995 is no amount anyone wrote. */
Test(number, scaled_decimals_are_exact, .init = setup, .fini = teardown)
{
	static const struct { const char *text; double value; } exact[] = {
		{ "2.41 trillion", 2410000000000.0 }, { "1.2 million", 1200000.0 }, { "0.3 billion", 300000000.0 },
		{ "4.7 thousand", 4700.0 },
	};
	for (size_t i = 0; i < sizeof exact / sizeof *exact; i++) {
		double v = -1;
		cr_assert_eq(transform_number_parse(T, exact[i].text, strlen(exact[i].text), false, &v), 0, "%s", exact[i].text);
		cr_expect(v == exact[i].value, "'%s': expected %.17g, got %.17g", exact[i].text, exact[i].value, v);
	}
}

Test(number, at_least_forty_cases)
{
	cr_assert_geq(sizeof cases / sizeof *cases, 40);
}
