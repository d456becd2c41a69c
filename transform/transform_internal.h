/*
 * Internal interface between the files of the transform stage: the loaded
 * pattern set, the regex wrapper (the only code that sees PCRE2 lives in
 * transform_patterns.c) and the context helpers.
 */
#ifndef GOVFACTS_TRANSFORM_INTERNAL_H
#define GOVFACTS_TRANSFORM_INTERNAL_H

#include <stdint.h>

#include "../common/buf.h"
#include "transform.h"

enum fact_kind {
	KIND_IGNORE, KIND_PERCENT, KIND_PERCENT_CHANGE, KIND_COUNT, KIND_RATIO,
	KIND_RANK, KIND_RANK_CHANGE, KIND_SCORE, KIND_MONEY, KIND_COUNT_
};

/* Fields a pattern can capture: the name of a named group is
 * FIELD or FIELD_TYPE (value_pct, subject, qualifier). */
enum field { FIELD_VALUE, FIELD_TOTAL, FIELD_SUBJECT, FIELD_QUALIFIER, FIELD_SIGN,
	     FIELD_UNIT, FIELD_SUBJECTS, FIELD_VALUES, FIELD_FALLBACK, FIELD_COUNT_ };

/* Context cues of 01-context.pat: regexes the context resolver runs. */
enum cue { CUE_YEAR, CUE_BASELINE, CUE_TARGET, CUE_NOW, CUE_DEADLINE, CUE_MEASURE, CUE_WEAK,
	   CUE_PRONOUN, CUE_PREDICATE, CUE_LEAD, CUE_PILLAR, CUE_GOAL, CUE_COUNT_ };

/* How a capture is read (the normalizers). */
enum ftype { TYPE_NUM, TYPE_PCT, TYPE_TEXT, TYPE_QUAL, TYPE_SIGN, TYPE_CURRENCY, TYPE_LIST, TYPE_COUNT_ };

struct rx; /* a compiled, JIT-ed regex with its match data */

struct capture {
	int group;
	enum field field;
	enum ftype type;
};

struct example {
	char *text;
	char *expect; /* NULL for a reject line */
	int line;
};

struct pattern {
	char *id;
	enum fact_kind kind;
	int priority;
	int sign;          /* default sign of a change: +1 or -1 */
	bool mask_year;    /* years inside its matches are not fact years */
	bool has_const_value; /* "value N": the match states N in words ("topped") */
	double const_value;
	/* "left FIELD PIECE [required]": FIELD is the longest run of text
	 * that PIECE matches ending just before the match (read after the
	 * match, so the regex itself can start at its verb or number), when
	 * the group named "left" took part, or always if there is none. */
	int left_field;        /* enum field, or -1 */
	char *left_piece;
	bool left_required;
	struct rx *left_rx;
	int left_group;        /* number of the group "left", or 0 */
	char *needs_names;     /* "needs NAME ...": triggers, one of which a sentence must hold */
	uint32_t needs;        /* their bits; 0 runs on every sentence */
	char *follow_id;        /* "ID ID ...": patterns this one continues */
	struct pattern **follows; /* resolved follow_id */
	size_t n_follows;
	bool follow;            /* a follower: runs only after what it follows */
	const char *file;  /* owned by the set */
	int line;
	struct rx *rx;
	struct capture *caps;
	size_t n_caps;
	int n_groups;
	struct example *examples;
	size_t n_examples;
};

/* "trigger NAME REGEX": a cheap test of a sentence; patterns that need
 * a trigger the sentence lacks are not run on it. */
#define MAX_TRIGGERS 32
struct trigger {
	char *name;
	struct rx *rx;
};

struct indicator {
	char *code;
	char *name;
	struct rx *rx;
};

struct province_name {
	char *name;      /* a spelling */
	size_t province; /* index into provinces */
};

struct pattern_set {
	struct pattern *patterns;
	size_t n_patterns;
	struct indicator *indicators;
	size_t n_indicators;
	struct rx *cues[CUE_COUNT_]; /* year, baseline and target are required */
	struct trigger triggers[MAX_TRIGGERS];
	size_t n_triggers;
	char **files;
	size_t n_files;
	/* gazetteer */
	char **provinces;       /* name_en */
	char **province_keys;   /* name_en folded: lower case, no spaces */
	size_t n_provinces;
	struct province_name *names;
	size_t n_names;
	struct rx *gazetteer;   /* one alternation of every spelling */
	uint64_t fingerprint;   /* of every line read */
	char fingerprint_hex[17];
};

struct transform {
	struct pattern_set set;
	size_t *ov; /* match offsets, sized for the pattern with most groups */
	int max_groups;
	double *profile; /* CPU seconds per pattern, when GOVFACTS_PROFILE is set */
	double profile_stage[4]; /* article context, triggers and cues, facts, all */
};

/* Loads dir/\*.pat and dir/provinces.tsv into set.  -1 with err on error. */
int patterns_load(struct pattern_set *set, const char *dir, char *err, size_t errlen);
void patterns_free(struct pattern_set *set);

/* Runs rx over s[0,n) from start.  On a match returns 1 and fills ov with
 * 2 * groups offsets (SIZE_MAX for an unset group); 0 for no match; -1
 * when a PCRE2 limit was hit (err says which). */
int rx_exec(struct rx *rx, const char *s, size_t n, size_t start, bool anchored,
	    size_t *ov, int groups, char *err, size_t errlen);
int rx_groups(const struct rx *rx);
/* For the gazetteer: the number of the group that matched (1-based). */
int rx_exec_which(struct rx *rx, const char *s, size_t n, size_t start, size_t *ms, size_t *me);

#define RX_UNSET SIZE_MAX

const char *kind_name(enum fact_kind k);

#endif
