/*
 * buf: a growable byte buffer and the allocation helpers every stage shares.
 *
 * govfacts treats running out of memory as the one error it does not
 * recover from (see STYLE.md): xmalloc and friends print a message and
 * abort, so callers never check for NULL.  Everything else that can fail
 * returns -1 and fills an error buffer.
 *
 * Ownership: a struct buf owns its data; buf_free releases it, buf_steal
 * hands it to the caller (who frees it with free()).
 */
#ifndef GOVFACTS_BUF_H
#define GOVFACTS_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data; /* always NUL-terminated when len > 0 or after buf_reserve */
	size_t len;
	size_t cap;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

void buf_reserve(struct buf *b, size_t extra);
void buf_append(struct buf *b, const void *data, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void buf_clear(struct buf *b);
char *buf_steal(struct buf *b);
void buf_free(struct buf *b);

/* The SHA-256 of s[0,n) (nettle) as 64 lower-case hex digits and a NUL:
 * what `sha256sum` prints, so that anyone downstream can recompute a
 * content hash.  Databases of govfacts before it hold 32-digit FNV
 * hashes (HASH_LEGACY_LEN), replaced as their articles are seen again. */
#define HASH_HEX_SIZE 65
#define HASH_LEGACY_LEN 32
void hash_hex(const void *s, size_t n, char out[HASH_HEX_SIZE]);

/* Formats into err (errlen bytes), truncating; a no-op when err is NULL. */
void errorf(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
