/*
 * text: whatever bytes govfacts is given, what it writes is valid UTF-8.
 *
 * A file name may hold any byte but '/' and NUL: one that is not UTF-8
 * would make invalid JSON, CSV and database text, and one with a newline
 * or an ESC would split or colour a one-line message.  Every writer (the
 * JSON and CSV output, the text the database stores, the messages on
 * stderr) passes such text through text_escape, so a name is written the
 * same way everywhere: a byte that is not part of a valid UTF-8 sequence
 * becomes the four characters \xHH (upper-case hex), which still tells
 * which file it was.  Valid UTF-8 is left as it is (a backslash too), so
 * ordinary names and text are never changed.
 *
 * Nothing here keeps what it is given; the struct buf is the caller's.
 */
#ifndef GOVFACTS_TEXT_H
#define GOVFACTS_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* TEXT_CONTROLS: for one-line messages and tables, control characters
 * (C0, DEL and the C1 range U+0080-U+009F) are quoted too: \n, \r, \t,
 * else the bytes as \xHH. */
enum { TEXT_UTF8 = 0, TEXT_CONTROLS = 1 };

/* True when text_escape would copy s[0,n) unchanged. */
bool text_clean(const char *s, size_t n, unsigned flags);

/* Appends s[0,n) to b, escaped as the flags say. */
void text_escape(struct buf *b, const char *s, size_t n, unsigned flags);

/* s[0,*n) as it may be written: s itself when it is clean, else its
 * escape, held in tmp (cleared first; the caller frees it); *n becomes
 * the length of what is returned. */
const char *text_safe(struct buf *tmp, const char *s, size_t *n, unsigned flags);

/* One message on stderr: "govfacts: ", the formatted text with its
 * control characters and invalid bytes quoted (TEXT_CONTROLS), then a
 * newline.  The one way govfacts speaks to stderr. */
void text_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
