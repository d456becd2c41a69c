/*
 * Internal interface between the files of the extract stage.  Nothing here
 * is part of the stage's public face (extract.h).
 */
#ifndef GOVFACTS_EXTRACT_INTERNAL_H
#define GOVFACTS_EXTRACT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../common/buf.h"
#include "extract.h"

/*
 * A body under construction: paragraphs are normalized (white space, NFC),
 * repeated ones dropped, and split into sentences as they are added.
 */
/* An open-addressing set of paragraph fingerprints. */
struct fingerprints {
	uint64_t *v;
	size_t cap, len;
};

struct body {
	struct buf text;
	struct sentence *sentences;
	size_t n_sentences, cap_sentences;
	size_t n_paragraphs;
	enum sentence_role role; /* of the paragraphs added next */
	bool joined;             /* the next paragraph continues the last (<br>) */
	/* The paragraphs added next are inside the article's body: one that
	 * repeats a paragraph of the body (a recipe's step, a list's line) is
	 * kept, one that repeats what was added from outside it (the
	 * headline, a lead) is dropped. */
	bool in_body;
	/* The paragraphs added next are a figure's caption: one that repeats
	 * a caption or a paragraph of the body goes, and a paragraph of the
	 * body that repeats a caption ("A resident submits documents ...
	 * (Photo: VNA)" under the photo and again below it) goes too. */
	bool caption;
	struct fingerprints seen;     /* of every paragraph kept, but the body's */
	struct fingerprints body_seen; /* of the body's paragraphs */
	struct fingerprints captions; /* of the captions kept */
};

/* Adds one paragraph of UTF-8 text (need not be NUL-terminated).
 * Returns true when it was kept (not empty, not a repeat). */
bool body_add_paragraph(struct body *b, const char *s, size_t n);
void body_free(struct body *b);
/* Moves the body's text and sentences into a (which owns them then). */
void body_finish(struct body *b, struct article *a);

/* Collapses white space (including Unicode spaces) to single spaces, drops
 * zero-width characters and control bytes, repairs invalid UTF-8 as U+FFFD
 * and trims; the result replaces the buffer's contents. */
void text_normalize_space(struct buf *out, const char *s, size_t n);

/* The text and HTML readers. */
int extract_text_article(struct article *a, const char *data, size_t len,
			 char *err, size_t errlen);
int extract_html_article(struct article *a, const char *data, size_t len,
			 char *err, size_t errlen);

/* Is this line page furniture (contact lines, "Source: URL", "Category:",
 * share and print links)?  A "Source: URL" line also sets a->url. */
bool text_furniture_line(struct article *a, const char *s, size_t n);

/* The unit a table row's label gives its cells ("State budget revenue
 * (VND billion)" -> " billion VND", "Online filing (%)" -> "%"), written
 * into out as the suffix a bare number cell of the row takes; false when
 * the label names none.  extract_cell_takes_unit says whether a cell is
 * such a bare number ("27,645", not "+18.4%" or "-"). */
bool extract_row_unit(const char *label, size_t n, char *out, size_t outlen);
bool extract_cell_takes_unit(const char *s, size_t n);
/* The same for a cell below a label of that unit: "%" takes a signed cell too. */
bool extract_cell_takes_unit_of(const char *unit, const char *s, size_t n);

/* Looks for a host name (example.gov.vn) in s; copies it lowercased into
 * out (outlen bytes) and returns true when one is found. */
bool extract_find_host(const char *s, size_t n, char *out, size_t outlen);

#endif
