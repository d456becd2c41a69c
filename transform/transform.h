/*
 * transform: the facts an article states, found by regex transformers.
 *
 * The transformers are data: pattern files in a directory (patterns/ by
 * default) that define reusable pieces, fact patterns with their kind and
 * examples, context cues (indicators, targets) and the province gazetteer.
 * transform_new loads and JIT-compiles all of it once; transform_article
 * then runs over one extracted article at a time.
 *
 * Ownership: struct transform is opaque, made by transform_new and released
 * by transform_free.  A struct fact_list is the caller's (zero it, or use
 * FACT_LIST_INIT); transform_article fills it, and every string a fact
 * points to lives in the list until fact_list_clear or fact_list_free.
 * Strings named "static" below live as long as the transform.
 */
#ifndef GOVFACTS_TRANSFORM_H
#define GOVFACTS_TRANSFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../extract/extract.h"

struct fact {
	const char *kind;      /* "percent", "count", ... (static) */
	double value;
	double total;
	bool has_total;
	const char *qualifier; /* "exact", "min", "max", "approx" (static) */
	const char *unit;      /* ISO 4217 code for money, else NULL (static) */
	const char *subject;   /* owned by the list */
	const char *indicator; /* "DTI", ... or NULL (static) */
	const char *province;  /* name_en of the gazetteer, or NULL (static) */
	int year;              /* 0 when unknown */
	bool target;
	const char *sentence;  /* the sentence, not NUL-terminated */
	size_t sentence_len;
	size_t start, end;     /* byte offsets of the match in the article text */
	const char *pattern;   /* id of the pattern that matched (static) */
};

struct fact_list {
	struct fact *facts;
	size_t n, cap;
	struct fact_strings *strings; /* private storage for subjects */
};

#define FACT_LIST_INIT { 0 }

struct transform;

/* Loads every *.pat file of dir and the gazetteer (dir/provinces.tsv).
 * Returns NULL with "file:line:col: reason" in err on the first error. */
struct transform *transform_new(const char *dir, char *err, size_t errlen);
/* A transform for another thread that shares base's compiled patterns
 * (they are immutable): what it writes while it reads an article is its
 * own.  Free it with transform_free before base. */
struct transform *transform_clone(const struct transform *base);
void transform_free(struct transform **t);

/*
 * Finds the facts of article a and appends them to out (duplicates within
 * the article removed).  Returns 0, or -1 with err naming the article when
 * a pattern hit a PCRE2 resource limit (the facts found so far are kept).
 * a's text is as extract makes it: white space is single ASCII spaces
 * (the patterns' \s is compiled as a space).  One transform serves one
 * thread at a time.
 */
int transform_article(struct transform *t, const struct article *a,
		      struct fact_list *out, char *err, size_t errlen);

/* The article's province: from its site's host name, its title, then the
 * body's most named province; NULL when none (static string). */
const char *transform_article_province(const struct transform *t, const struct article *a);

/* Finds a province named in s (any spelling the gazetteer knows); NULL when
 * none.  Returns name_en (static). */
const char *transform_province_find(const struct transform *t, const char *s, size_t n);

/* Runs every example and reject line of the loaded pattern files.  Writes
 * "file:line: reason" for each failure to report; returns the number of
 * failures and sets *n_examples to the number of examples run. */
int transform_check(struct transform *t, FILE *report, size_t *n_examples);

/* The i-th index of FACTS.md the patterns define (an `indicator` line):
 * its code ("DTI") and name; false past the last.  Indices outside
 * FACTS.md's list (code "-") are left out.  Strings are static. */
bool transform_indicator(const struct transform *t, size_t i, const char **code, const char **name);

/* The i-th kind of FACTS.md ("percent", ... "score_change"); NULL past
 * the last (static). */
const char *transform_kind(size_t i);

/* Number of patterns loaded (for messages). */
size_t transform_pattern_count(const struct transform *t);

/* A hex fingerprint of every pattern and gazetteer line loaded: facts found
 * with another fingerprint may differ (static string). */
const char *transform_fingerprint(const struct transform *t);

void fact_list_clear(struct fact_list *l);
void fact_list_free(struct fact_list *l);

/*
 * Number normalization, public for tests and for callers that read numbers.
 * Parses a number as news copy writes it: digits with thousands commas and
 * a decimal point, scale words ("48 thousand", "1.2 million"), cardinal
 * words ("sixty", "twenty-five", "one hundred"), ordinals ("26th",
 * "third").  When percent is true a comma followed by exactly two digits
 * is a decimal mark ("90,61").  The words are t's lexicon's.  Returns 0
 * and sets *out, or -1.
 */
int transform_number_parse(const struct transform *t, const char *s, size_t n, bool percent, double *out);

#endif
