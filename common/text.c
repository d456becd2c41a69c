/*
 * text: valid UTF-8 out of any bytes, and messages that stay on one line.
 */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>

/* The length of the well-formed UTF-8 sequence at s[0,n) (Unicode's
 * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF),
 * 0 when s[0] does not start one. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	size_t len;
	unsigned char lo = 0x80, hi = 0xbf;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		if (c == 0xe0)
			lo = 0xa0;
		else if (c == 0xed)
			hi = 0x9f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		if (c == 0xf0)
			lo = 0x90;
		else if (c == 0xf4)
			hi = 0x8f;
	} else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	return len;
}

/* A control character at s (len bytes of valid UTF-8): C0, DEL, C1. */
static bool is_control(const unsigned char *s, size_t len)
{
	return (len == 1 && (s[0] < 0x20 || s[0] == 0x7f)) || (len == 2 && s[0] == 0xc2 && s[1] < 0xa0);
}

bool text_clean(const char *s, size_t n, unsigned flags)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t len = utf8_len(u + i, n - i);
		if (!len || ((flags & TEXT_CONTROLS) && is_control(u + i, len)))
			return false;
		i += len;
	}
	return true;
}

static void put_bytes_hex(struct buf *b, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < n; i++) {
		char e[4] = { '\\', 'x', hex[s[i] >> 4], hex[s[i] & 15] };
		buf_append(b, e, sizeof e);
	}
}

void text_escape(struct buf *b, const char *s, size_t n, unsigned flags)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t len = utf8_len(u + i, n - i);
		if (!len) {
			put_bytes_hex(b, u + i, 1);
			i++;
			continue;
		}
		if ((flags & TEXT_CONTROLS) && is_control(u + i, len)) {
			if (u[i] == '\n')
				buf_puts(b, "\\n");
			else if (u[i] == '\r')
				buf_puts(b, "\\r");
			else if (u[i] == '\t')
				buf_puts(b, "\\t");
			else
				put_bytes_hex(b, u + i, len);
		} else {
			buf_append(b, s + i, len);
		}
		i += len;
	}
}

const char *text_safe(struct buf *tmp, const char *s, size_t *n, unsigned flags)
{
	if (text_clean(s, *n, flags))
		return s;
	buf_clear(tmp);
	text_escape(tmp, s, *n, flags);
	buf_reserve(tmp, 0);
	*n = tmp->len;
	return tmp->data;
}

void text_message(const char *fmt, ...)
{
	struct buf raw = { 0 }, out = { 0 };
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	buf_puts(&out, "govfacts: ");
	text_escape(&out, raw.data, raw.len, TEXT_CONTROLS);
	buf_putc(&out, '\n');
	/* One write, so that messages of two threads or processes sharing
	 * stderr do not interleave within a line. */
	fwrite(out.data, 1, out.len, stderr);
	buf_free(&raw);
	buf_free(&out);
}
