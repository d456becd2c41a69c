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
	KIND_RANK, KIND_RANK_CHANGE, KIND_SCORE, KIND_MONEY, KIND_SCORE_CHANGE, KIND_COUNT_
};

/* Fields a pattern can capture: the name of a named group is
 * FIELD or FIELD_TYPE (value_pct, subject, qualifier). */
enum field { FIELD_VALUE, FIELD_TOTAL, FIELD_SUBJECT, FIELD_QUALIFIER, FIELD_SIGN,
	     FIELD_UNIT, FIELD_SUBJECTS, FIELD_VALUES, FIELD_FALLBACK, FIELD_COUNT_ };

/* Context cues of 01-context.pat: regexes the context resolver runs. */
enum cue { CUE_YEAR, CUE_BASELINE, CUE_TARGET, CUE_NOW, CUE_DEADLINE, CUE_MEASURE, CUE_WEAK,
	   CUE_PRONOUN, CUE_PREDICATE, CUE_LEAD, CUE_PILLAR, CUE_GOAL, CUE_PLAN, CUE_NATIONAL, CUE_REGION, CUE_SCALE, CUE_FIELD,
	   CUE_PRIOR, CUE_RELATIVE_YEAR, CUE_NATIONAL_AFTER, CUE_THEN, CUE_COUNT_ };

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

#define MAX_NEEDS 4
#define MAX_GATES 3

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
	/* "needs NAME ...": triggers, one of which a sentence must hold;
	 * each needs line is one such set, and a sentence must meet all. */
	char *needs_names[MAX_NEEDS];
	uint64_t needs[MAX_NEEDS]; /* their bits */
	size_t n_needs;            /* 0 runs on every sentence */
	char *follow_id;        /* "ID ID ...": patterns this one continues */
	struct pattern **follows; /* resolved follow_id */
	size_t n_follows;
	struct pattern **followers; /* the patterns that continue this one (a follower continues itself) */
	size_t n_followers;
	bool follow;            /* a follower: runs only after what it follows */
	bool number_anchored;   /* its matches start at or before the number they read */
	const char *file;  /* owned by the set */
	int line;
	struct rx *rx;     /* with every gated piece on */
	/* Gated pieces ("define NAME when TRIGGER"): the triggers that gate
	 * the pieces this pattern uses, and its regex compiled once per
	 * subset of them that a sentence lacks (bit i of the index: gates[i]
	 * absent; variants[0] is rx). */
	uint64_t gates[MAX_GATES];
	size_t n_gates;
	struct rx *variants[1 << MAX_GATES];
	struct capture *caps;
	size_t n_caps;
	int n_groups;
	struct example *examples;
	size_t n_examples;
};

/* "trigger NAME REGEX" and "trigger NAME words W...": a cheap test of a
 * sentence; patterns that need a trigger the sentence lacks are not run on
 * it.  A sentence holds the trigger when it holds one of its words or the
 * regex matches. */
#define MAX_TRIGGERS 63
/* The bit of the word table that marks a number word ("third", "two"):
 * where a value can start, like a digit. */
#define NUMBER_WORD_BIT 63
struct trigger {
	char *name;
	struct rx *rx; /* NULL when there are only words */
};

/* Trigger words: word (lower case) -> the bits of the triggers it is a
 * word of (transform_words.c). */
struct word_entry {
	char *word;
	size_t len;
	uint64_t bits;
};
struct word_table {
	struct word_entry *slots;
	size_t cap, n; /* cap is a power of two, at least twice n */
};
/* Adds each word of text with bits; the number of words, -1 if one is
 * longer than a word can be. */
int words_add(struct word_table *t, const char *text, uint64_t bits);
/* The bits of every word of s[0,n) that t holds; and, when last_number is
 * not NULL, where the last run of digits or number word starts (RX_UNSET
 * for none). */
uint64_t words_scan(const struct word_table *t, const char *s, size_t n, size_t *last_number);
void words_free(struct word_table *t);
/* The bits of the one word w[0,n) (any case); 0 when t lacks it. */
uint64_t words_get(const struct word_table *t, const char *w, size_t n);

/* transform_lexicon.c: patterns/lexicon.txt, the word lists the code
 * reads (see that file).  Every class below must have a line there. */
enum lexicon_class {
	LEX_QUALIFIER,      /* before a figure: "more than" = min */
	LEX_QUALIFIER_WORD, /* only in a captured qualifier: "top" = max */
	LEX_SIGN,           /* a change's direction: "rose" = + */
	LEX_CURRENCY,       /* "US$" = USD */
	LEX_FUNCTION,       /* no subject on their own: "the", "of", "it" */
	LEX_VERB,           /* verbs and participles: "estimated", "reached" */
	LEX_ADVERB,         /* "also", "still", "respectively" */
	LEX_PREDICATE,      /* verbs that end a clause's subject: "is", "reached" */
	LEX_LEAD,           /* words that open an adverbial before the subject: "in", "according" */
	LEX_CHANGE,         /* words that make a percentage a change: "growth", "up" */
	LEX_SCALE,          /* "thousand", "million", "bn" */
	LEX_PARTICLE_VERB,  /* verbs whose "up" is no change: "made up" */
	LEX_CHANGE_BY,      /* change words only with "by": "exceeding the plan by 8.5%" */
	LEX_CHANGE_AFTER,   /* after a percentage, make it a change: "year-on-year" */
	LEX_LEVEL,          /* between a change word and a figure, make it a level: "to", "from" */
	LEX_BREAKDOWN,      /* open a breakdown of the figure before: "of which" */
	LEX_AMONG,          /* before a ranking's field: "among the" */
	LEX_TRAILING,       /* a subject does not end with them: "of", "the" */
	LEX_FILLER,         /* left out of the keys that tell restated facts apart */
	LEX_PERIOD,         /* "months", "years": a figure before them may stand in a phrase */
	LEX_COMPONENT,      /* the parts of an index: "pillar", "sub-index" */
	LEX_AFTER_OPENER,   /* open what a figure is, after it: "for", "was" */
	LEX_SHARE_VERB,     /* what a share of a group does: "have", "use" */
	LEX_PLAN,           /* a share of these is of the figure before: "plan", "estimate" */
	LEX_CARDINAL,       /* number words and their values: "twenty" = 20 */
	LEX_ORDINAL,        /* "third" = 3 */
	LEX_UNIT,           /* "zero", "one": numbers, but no count starts with them */
	LEX_ARTICLE,        /* "a", "an": one, only before a scale ("a thousand") */
	LEX_SEPARATOR,      /* conjunctions that join clauses: "and", "while" */
	LEX_YEAR_LINK,      /* between a figure and its own year: "20th place in 2019" */
	LEX_JOINER,         /* a subject does not start with them: "with", "and" */
	LEX_RANK_PARTICIPLE, /* ", ranking first": the ranking of the figure before */
	LEX_PLAN_MODIFIER,  /* after a plan's head: "assigned", "of", "by" */
	LEX_APPOSITIVE,     /* open an aside after a comma: ", which merged with ...," */
	LEX_SPEAKER,        /* a label of who speaks: "Question (Kon Tum Radio):", "Chairman X:" */
	LEX_COMPARED,       /* a place after them is a point of comparison: "second after Bac Ninh" */
	LEX_WORTH,          /* ", worth $680 million": the value of the quantity before */
	LEX_FORMER,         /* "the former Tay Ninh": a province before its merger */
	LEX_GROUP,          /* "people", "households": a count of them says what they do */
	LEX_COVER,          /* "5G covers 92.6% of residential areas": the share is the coverer's */
	LEX_DETERMINER,     /* "a", "an", "the": an adjective after them is no verb ("by an estimated") */
	LEX_RELATIVE,       /* "which", "that", "who": stand for the phrase before their comma */
	LEX_COMPLEMENT,     /* after a figure, open its complement: "60.7% of the plan" */
	LEX_STEP,           /* the units of a change, naming no measure: "places", "points" */
	LEX_SHARE,          /* a percentage after them, or of a subject ending in them, is a level: "rate", "accounted for" */
	LEX_AMONG_OPENING,  /* before a ranking's field only when they open the sentence: "in the" */
	LEX_SPEND,          /* "Ha Tinh has allocated VND 4,868 billion": what a place did with an amount */
	LEX_DONE,           /* a target they follow or precede was met: "exceeding the target" */
	LEX_INDEX_PART,     /* stems of the parts of an index: "pillar", "sub-ind" */
	LEX_ORDINAL_SUFFIX, /* "st", "nd", "rd", "th" after digits */
	LEX_PLAIN_VERB,     /* verbs that say no more than the figure: "reached", "was" */
	LEX_FIGURE_UNIT,    /* a figure's unit that closes its clause: "points", "places" */
	LEX_DEMONSTRATIVE,  /* "this", "that", "the same": stand for a part named before */
	LEX_COPULA,         /* "is", "was", "remained": its complement says what the subject is */
	LEX_COUNT_
};
struct lexicon_entry {
	char *text; /* lower case */
	size_t len;
	int cls;
	const char *value; /* "min", "+", "USD"; NULL for plain classes */
};
struct lexicon {
	struct lexicon_entry *entries;
	size_t n, cap;
	char **values;
	size_t n_values;
	struct word_table words; /* one-word entries -> bit per class */
	uint64_t seen;           /* classes that had a line (LEX_COUNT_ <= 64) */
	size_t class_first[LEX_COUNT_], class_n[LEX_COUNT_]; /* entries, grouped by class */
	uint64_t fingerprint;
};
int lexicon_load(struct lexicon *lx, const char *path, char *err, size_t errlen);
void lexicon_free(struct lexicon *lx);
/* The longest entry of cls that s[0,n) starts with (after spaces), whole words. */
const struct lexicon_entry *lexicon_prefix(const struct lexicon *lx, enum lexicon_class cls, const char *s,
					   size_t n);
/* The longest entry of cls that ends at s[end), whole words; *start where it starts. */
const struct lexicon_entry *lexicon_before(const struct lexicon *lx, enum lexicon_class cls, const char *s,
					   size_t end, size_t *start);
/* Where the words before the figure at vs end, back over its currency and
 * the qualifier before it ("at a cost of about VND 86 billion": after
 * "of"), spaces trimmed, never before floor. */
size_t lexicon_figure_lead(const struct lexicon *lx, const char *s, size_t vs, size_t floor);
/* The classes the word w[0,n) is in, one bit each (1 << LEX_...). */
uint64_t lexicon_word(const struct lexicon *lx, const char *w, size_t n);
bool lexicon_is(const struct lexicon *lx, enum lexicon_class cls, const char *w, size_t n);
/* Does text hold an entry of cls anywhere, in any case (stems: "sub-ind")? */
bool lexicon_within(const struct lexicon *lx, enum lexicon_class cls, const char *text);
/* The end of the words before a figure at vs, before its currency ("VND
 * 5 billion", "about US$"): where a qualifier or a preposition ends. */
size_t currency_before(const struct lexicon *lx, const char *s, size_t vs);
/* The value of the word w[0,n) in class cls ("twenty" = 20); false when it is none. */
bool lexicon_value(const struct lexicon *lx, enum lexicon_class cls, const char *w, size_t n, double *v);
/* The class called name[0,n) (for the pattern files' "words" lines), or -1. */
int lexicon_class_named(const char *name, size_t n);


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
	struct word_table trigger_words;
	int index_trigger;        /* the trigger INDEX, which every indicator mention holds, or -1 */
	int cue_gate[CUE_COUNT_]; /* the trigger named as the cue in capitals, which its matches hold, or -1 */
	char **files;
	size_t n_files;
	/* gazetteer */
	char **provinces;       /* name_en */
	char **province_keys;   /* name_en folded: lower case, no spaces */
	size_t n_provinces;
	struct province_name *names;
	size_t n_names;
	struct rx *gazetteer;   /* one alternation of every spelling */
	struct lexicon lexicon; /* dir/lexicon.txt */
	uint64_t fingerprint;   /* of every line read */
	char fingerprint_hex[17];
};

struct pattern_profile {
	double seconds;         /* CPU time */
	unsigned long runs;     /* sentences it ran on */
	unsigned long matches;  /* candidates it made */
};

struct transform {
	struct pattern_set set; /* a clone's is its base's (borrowed) */
	bool borrowed;
	size_t *ov; /* match offsets, sized for the pattern with most groups */
	int max_groups;
	struct pattern_profile *profile; /* per pattern, when GOVFACTS_PROFILE is set */
	/* The triggers of the sentence in hand (set by transform_article): the
	 * gates of cues and indicator lookups, which are wider than the text
	 * they test, as gates may be. */
	uint64_t present;
	int published_year; /* of the article being read, or 0: what "last year" means */
	double profile_stage[4]; /* article context, triggers and cues, facts, all */
};

/* Loads dir/\*.pat and dir/provinces.tsv into set.  -1 with err on error. */
int patterns_load(struct pattern_set *set, const char *dir, char *err, size_t errlen);
void patterns_free(struct pattern_set *set);

/* Appends to out the regex src with each "(?:...)" group of alternatives
 * grouped by first letter where that matches the same
 * (transform_alternation.c).  out is the caller's to free. */
void rx_factor_alternations(const char *src, struct buf *out);

/* Runs rx over s[0,n) from start.  On a match returns 1 and fills ov with
 * 2 * groups offsets (SIZE_MAX for an unset group); 0 for no match; -1
 * when a PCRE2 limit was hit (err says which). */
int rx_exec(struct rx *rx, const char *s, size_t n, size_t start, bool anchored,
	    size_t *ov, int groups, char *err, size_t errlen);
/* rx_exec for a regex compiled with an offset limit: no match starts
 * after offset limit (RX_UNSET: anywhere). */
int rx_exec_limited(struct rx *rx, const char *s, size_t n, size_t start, size_t limit, bool anchored,
		    size_t *ov, int groups, char *err, size_t errlen);
int rx_groups(const struct rx *rx);
/* Frees the calling thread's match state (a thread that ends frees its
 * own); the next match makes it anew. */
void rx_thread_release(void);
/* For the gazetteer: the number of the group that matched (1-based). */
int rx_exec_which(struct rx *rx, const char *s, size_t n, size_t start, size_t *ms, size_t *me);

#define RX_UNSET SIZE_MAX

/* The bytes a sentence holds: a regex whose matches must start with, or
 * contain, a byte the sentence lacks is not run on it (rx_may_match). */
struct byteset {
	uint64_t w[4];
};
void byteset_of(struct byteset *b, const char *s, size_t n);
bool rx_may_match(const struct rx *rx, const struct byteset *b);

const char *kind_name(enum fact_kind k);

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ==== Between the files of the stage: one sentence at a time ==== */

struct candidate {
	const struct pattern *p;
	size_t ms, me;         /* match */
	size_t vs, ve;         /* value */
	size_t ts, te;         /* total, or RX_UNSET */
	size_t ss, se;         /* subject, or RX_UNSET */
	size_t fs, fe;         /* fallback subject, or RX_UNSET */
	double value, total;
	bool has_total;
	const char *qualifier;
	const char *unit;
	int sign;
	bool sign_read;    /* the match said its direction ("fell") */
	bool left_pending; /* the pattern's left field is read once the candidate is accepted */
	bool accepted;
};

struct sentence_work {
	struct candidate *c;
	size_t n, cap;
	struct { size_t s, e; bool mask_year; } *ignored;
	size_t n_ignored, cap_ignored;
};

struct year_mention {
	size_t s, e;
	int years[4];
	int n_years;
	bool baseline; /* a point of comparison: "compared with 2021" */
	bool deadline; /* the date of a goal: "by 2025" */
};

struct article_context {
	const char *province;
	int indicator;       /* index, or -1 */
	int recent_indicator; /* the last index a sentence with figures named, or -1 */
	size_t recent_sentence; /* which sentence that was */
	int *heading_indicator; /* per sentence: the one index a heading names ("PCI 2023 at a glance"), or -1 */
	int *named_indicator;   /* per sentence: the one index it names, -1 for none, -2 for several */
	int section_indicator; /* the index of the last such heading: its section's rankings are of it, or -1 */
	int *indicator_year; /* per indicator, 0 when unknown */
	uint64_t *present;   /* per sentence, its triggers */
	struct byteset *bytes; /* per sentence, its bytes */
	size_t *last_number; /* per sentence, where its last number starts, or RX_UNSET */
	int running_year;    /* set by an earlier sentence of the paragraph */
	int first_year;      /* the first year the article's text states, 0 before it */
	const char *last_subject; /* of the paragraph's last figure: "them" in the next sentence */
	int last_pct;        /* the paragraph's last percentage: 1 a change, 0 a share, -1 none */
	const char *paragraph_label;  /* "Access to land:" opening the paragraph, or NULL */
	size_t paragraph_label_end;   /* where its sentence ends (article offset) */
	bool breakdown;      /* the paragraph breaks a change down ("Of which: ..."): its items are changes */
	size_t paragraph;
	bool first_year_lead; /* first_year was named before any figure */
	int first_year_edition; /* the index first_year is the edition of ("the DTI 2023"), or -1 */
	int title_year;      /* "... results in 2023": for list items */
	int section_year;    /* the year of the last heading ("Targets for 2025") */
	bool in_section;     /* below a heading */
	bool section_target; /* that heading names goals */
	bool section_plan;   /* it names what is to be done ("Tasks for 2026"): goals unless dated before it */
	bool list_target;    /* the list items in hand follow "Targets for 2025:" */
};

/* Where a sentence names indicators and provinces: found once per
 * sentence, when its first fact needs them. */
struct mention {
	size_t s, e;
	int which; /* indicator index, or province index */
};

struct mentions {
	struct mention *m;
	size_t n, cap;
	bool done;
};

/* What a subject names.  WEAK: nothing measured, only places and
 * pronouns ("the province", "Binh Duong", "them"); PRONOUN: "them",
 * "these", which stand for a figure named before. */
enum subject_class { SUBJECT_NONE, SUBJECT_WEAK, SUBJECT_PRONOUN, SUBJECT_STRONG };

struct emit_ctx {
	struct transform *t;
	const struct article *a;
	const struct sentence *sen;
	const char *s;
	size_t n;
	struct article_context *ac;
	const struct year_mention *ym;
	int ny;
	int now;                  /* "to date", "currently": no year by inheritance; -1 not yet looked for */
	size_t measure_s, measure_e; /* "the rate of X": X, or RX_UNSET; found when first asked */
	bool measured;
	/* The subject of the sentence's last fact that named one, and of its
	 * last ranking, with the ranking's indicator. */
	const char *prev_subject, *prev_rank_subject;
	const char *last_kind; /* the kind of the last figure emitted in the sentence */
	const char *range_subject; /* a range's high end is of what its low end was said of */
	const char *last_fact_subject;
	const char *compare_base; /* the change other places' figures are set against: "grew 13.6%, against 6.2% for Lang Son" */
	const char *prev_kind; /* the kind of the fact prev_subject is of */
	const char *prev_money_qualifier; /* of the sentence's last amount: its restatement's ("over VND 2 trillion ($83 million)") */
	const char *prev_rank_kind; /* and of prev_rank_subject's */
	bool measure_ranked; /* resolve_subject gave a ranking the measure of the sentence's first figure */
	const char *list_places[16]; /* the places of the sentence's last list paired by place */
	size_t list_place_s[16], list_place_e[16]; /* where the sentence names them, or RX_UNSET */
	int n_list_places;
	size_t list_item_s[16], list_item_e[16]; /* the items of its last list paired by subject */
	int n_list_items;
	const char *first_subject; /* of the sentence's first fact (not a ranking) */
	bool first_is_change;      /* that fact is a percent_change */
	int prev_rank_indicator;
	int prev_indicator; /* the index of the figure prev_subject is of, or -1 */
	int last_rank_index;  /* the index of the sentence's last ranking (inheritable or not), or -1 */
	size_t last_rank_end; /* where that ranking's match ends */
	size_t prev_end; /* where the sentence's last fact's match or figure ends, or RX_UNSET */
	size_t prev_value_end; /* where its figure ends */
	size_t prev_value_start; /* and starts */
	int prev_pct;    /* the sentence's last percentage: 1 a change, 0 a share, -1 none */
	int prev2_pct;   /* and the one before it */
	bool prev_pct_points; /* the previous percentage was followed by "points" */
	const char *range_kind; /* emitting a range's high end: the kind its low end was given */
	struct fact_list *out;
	bool headline;   /* the sentence in hand is the headline, read after the body */
	size_t first;
	struct buf scratch;
	struct mentions *indicators, *provinces; /* of this sentence */
	char **keys;                             /* subject keys of out's facts from first */
	bool *undated;                           /* to take the article's year, once it is read */
	size_t n_keys, cap_keys;
	size_t *next_in_bucket;                  /* per key: the next fact of its bucket, or RX_UNSET */
	size_t *buckets;                         /* (kind, value) hash -> first fact, or RX_UNSET */
	size_t cap_buckets;                      /* a power of two, more than twice n_keys */
};

/* transform.c */
const char *list_strdup(struct fact_list *l, const char *s, size_t n);

/* transform_candidates.c: runs pattern p over s[0,n) into w (not at all
 * when the sentence lacks the bytes its matches need, and, for a pattern
 * that reads a number, starting no match after last_number, where the
 * sentence's last number starts); -1 with err when a PCRE2 limit stopped
 * it.  accept_candidates then picks one candidate per number, reading the
 * left fields of those it keeps. */
int run_pattern(struct transform *t, const struct pattern *p, const char *s, size_t n, size_t last_number,
		const struct byteset *bytes, struct sentence_work *w, char *err, size_t errlen);
/* The regex of p for a sentence that holds the triggers present. */
struct rx *pattern_rx(const struct pattern *p, uint64_t present);
void accept_candidates(const struct transform *t, struct sentence_work *w, const char *s);
bool overlaps(size_t a, size_t b, size_t c, size_t d);

/* transform_context.c */
/* False when s[from,to) lacks the trigger that gates cue which (the
 * trigger of its name in capitals): the cue cannot match there. */
bool cue_may_match(const struct transform *t, enum cue which);
bool cue_in(const struct transform *t, enum cue which, const char *s, size_t from, size_t to);
int year_mentions(struct transform *t, const char *s, size_t n, const struct sentence_work *w,
		  struct year_mention *out, int max);
void clause_of(const char *s, size_t n, size_t at, size_t *cs, size_t *ce);
void segment_of(const struct lexicon *lx, const char *s, size_t cs, size_t ce, size_t vs, size_t ve, size_t *ss,
		size_t *se);
const struct year_mention *fact_year(const struct transform *t, const char *s, const struct year_mention *ym, int ny,
				     size_t cs, size_t ce,
				     size_t vs, size_t me, bool target);
const struct mentions *indicator_mentions(const struct transform *t, const char *s, size_t n, struct mentions *l);
const struct mentions *province_mentions(const struct transform *t, const char *s, size_t n, struct mentions *l);
int find_indicator(const struct transform *t, const struct mentions *l, const char *s, size_t cs, size_t ce,
		   size_t vs, size_t ve,
		   bool rank_kind);
const char *sentence_province(const struct transform *t, const struct mentions *l, const char *s, size_t cs,
			      size_t ce, size_t vs, size_t ve);
bool is_rank_kind(enum fact_kind k);
/* A signed kind: percent_change, rank_change, score_change. */
bool is_change_kind(enum fact_kind k);
void article_context(struct transform *t, const struct article *a, struct article_context *ac);
int first_year(struct transform *t, const char *s, size_t n);
int title_year(struct transform *t, const char *s, size_t n);
/* Is the place at ms named as a point of comparison ("after Bac Ninh"),
 * looking back no further than from? */
bool compared_place(const struct transform *t, const char *s, size_t from, size_t ms);
/* Does a subject name a part of an index ("pillar", "sub-index": lexicon component)? */
bool subject_names_component(const struct transform *t, const char *subject);
void section_context(struct transform *t, const char *s, size_t n, struct article_context *ac);
/* The triggers s[0,n) holds, and where its last number starts (see
 * words_scan). */
uint64_t sentence_triggers(const struct transform *t, const char *s, size_t n, const struct byteset *bytes,
			   size_t *last_number);
/* May the sentence in hand name an indicator?  A cheap test before
 * looking for which. */
bool names_indicator(const struct transform *t);
void sentence_measure(const struct transform *t, const char *s, size_t n, size_t *ms, size_t *me);

/* transform_kind.c: is the percentage at vs a change (a change word
 * governs it, or its subject is one)?  *sign is its direction. */
bool percent_is_change(const struct transform *t, const char *s, size_t n, size_t vs, const char *subject, int *sign);
/* Does s[from,vs) open a breakdown ("of which", "in which", "including")? */
bool percent_breakdown(const struct transform *t, const char *s, size_t from, size_t vs);
/* Does the percentage at vs stand for more of the figure before it: in a
 * parenthesis just after it ("6.9% (KBTT: 7.87%)"), as an item of its
 * list ("increased by 10.9%, service 9.6%"), or in a breakdown clause
 * ("of which industry is estimated at 10.68%")?  prev_end is where that
 * figure ends (RX_UNSET: none in this sentence). */
bool percent_joined(const struct transform *t, const char *s, size_t prev_end, size_t vs);
bool percent_continues(const struct transform *t, const char *s, size_t prev_end, size_t vs);

/* transform_subject.c */
void clean_subject(const struct transform *t, const char *s, size_t a, size_t b, size_t *oa, size_t *ob);
enum subject_class classify_subject(const struct transform *t, const char *s, size_t a, size_t b,
				    const char **province);
/* Does s[a,b) name nothing, being only function words, verbs, adverbs
 * and figures (lexicon.txt)? */
bool subject_names_nothing(const struct transform *t, const char *s, size_t a, size_t b);
/* Is subject one word that is a function word, verb, adverb or pronoun? */
bool subject_is_bare_word(const struct transform *t, const char *subject);
/* For a share of a plan named by one word ("52,47% of estimate"): what the
 * sentence opens with, in E->out; NULL when none. */
const char *plan_share_owner(struct emit_ctx *E, const char *subject);
/* The item of an elliptical list that names the figure at vs
 * ("..., service 9.6%"), cleaned; false when the figure is no such item. */
bool list_item_subject(const struct transform *t, const char *s, size_t vs, size_t *a, size_t *b);
/* The label that opens s[0,n) ("Access to land: 7.67 points"), when it
 * names a measure: a string of E's fact list, or NULL. */
const char *paragraph_label(struct emit_ctx *E, const char *s, size_t n);
void subject_key(const struct transform *t, const char *subject, char *out, size_t outlen);
bool same_fact(const struct transform *t, const struct fact *a, const char *ka, const struct fact *b,
	       const char *kb);
const char *resolve_subject(struct emit_ctx *E, const struct candidate *c, size_t ss, size_t se, int ind,
			    const char **province, bool *inheritable);

#endif
