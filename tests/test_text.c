/*
 * text_escape: any bytes in, valid UTF-8 out, the same way for every
 * writer (issue 12, items 14 and 15).  Table-driven: the input bytes, the
 * flags, what must come out.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../common/text.h"

struct text_case {
	const char *in;
	unsigned flags;
	const char *out;
};

static const struct text_case cases[] = {
	{ "plain.html", TEXT_UTF8, "plain.html" },
	{ "Bình Dương/quảng-ngãi.html", TEXT_UTF8, "Bình Dương/quảng-ngãi.html" },
	{ "back\\slash", TEXT_UTF8, "back\\slash" },          /* valid text is never changed */
	{ "bad\xffname", TEXT_UTF8, "bad\\xFFname" },
	{ "half\xc3", TEXT_UTF8, "half\\xC3" },               /* a sequence cut short */
	{ "\xc3(", TEXT_UTF8, "\\xC3(" },
	{ "\xc0\xaf", TEXT_UTF8, "\\xC0\\xAF" },              /* overlong '/' */
	{ "\xe0\x80\xaf", TEXT_UTF8, "\\xE0\\x80\\xAF" },      /* overlong, three bytes */
	{ "\xed\xa0\x80", TEXT_UTF8, "\\xED\\xA0\\x80" },      /* a surrogate */
	{ "\xf4\x90\x80\x80", TEXT_UTF8, "\\xF4\\x90\\x80\\x80" }, /* above U+10FFFF */
	{ "\xf0\x9f\x98\x80", TEXT_UTF8, "\xf0\x9f\x98\x80" },  /* U+1F600 is fine */
	{ "\x80lone", TEXT_UTF8, "\\x80lone" },
	{ "new\nline\x1b[31m", TEXT_UTF8, "new\nline\x1b[31m" }, /* data keeps its controls */
	{ "new\nline", TEXT_CONTROLS, "new\\nline" },
	{ "cr\rtab\t", TEXT_CONTROLS, "cr\\rtab\\t" },
	{ "esc\x1b[31mred", TEXT_CONTROLS, "esc\\x1B[31mred" },
	{ "del\x7f", TEXT_CONTROLS, "del\\x7F" },
	{ "c1\xc2\x9b" "csi", TEXT_CONTROLS, "c1\\xC2\\x9Bcsi" },
	{ "nbsp\xc2\xa0ok", TEXT_CONTROLS, "nbsp\xc2\xa0ok" }, /* U+00A0 is no control */
	{ "both\xff\n", TEXT_CONTROLS, "both\\xFF\\n" },
};

Test(text, escape_table)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct text_case *c = &cases[i];
		struct buf b = { 0 };
		text_escape(&b, c->in, strlen(c->in), c->flags);
		cr_expect_str_eq(b.data ? b.data : "", c->out, "case %zu: %s", i, c->out);
		bool clean = !strcmp(c->in, c->out);
		cr_expect_eq(text_clean(c->in, strlen(c->in), c->flags), clean, "case %zu: text_clean", i);
		size_t n = strlen(c->in);
		struct buf tmp = { 0 };
		const char *safe = text_safe(&tmp, c->in, &n, c->flags);
		cr_expect(n == strlen(c->out) && !memcmp(safe, c->out, n), "case %zu: text_safe", i);
		cr_expect_eq(clean, safe == c->in, "case %zu: text_safe copies only what needs it", i);
		buf_free(&b);
		buf_free(&tmp);
	}
}
