/*
 * transform_patterns: the pattern files, loaded and compiled.
 *
 * This is the only file of govfacts that includes pcre2.h.  It reads the
 * line-oriented *.pat files of a directory (see patterns/README.md for the
 * format), expands the %{PIECE:field:type} references into named groups
 * and compiles every regex once (for the JIT on its first match).  The
 * compiled set is immutable, so the --jobs workers share one; each thread
 * matches with match data of its own, made once, so that matching
 * allocates nothing.  It also loads the
 * gazetteer (provinces.tsv) and compiles it into one alternation.
 *
 * Resource limits are set on purpose: a match limit and a depth limit on
 * every match, and a JIT stack sized for the patterns we ship, so that no
 * input makes a pattern run away; hitting one is an error the caller
 * reports with the article's name.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "transform_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 2000
#define JIT_STACK_MIN (32 * 1024)
#define JIT_STACK_MAX (1024 * 1024)
#define MAX_PIECE_DEPTH 16

/* A compiled regex.  Immutable once rx_ready has run, so one pattern set
 * serves every thread (ingest --jobs): what a match writes (match data,
 * the context with its limits, the JIT stack) is the thread's own, see
 * struct rx_thread. */
struct rx {
	pcre2_code *code;
	bool anchored;
	bool limited;		  /* compiled with PCRE2_USE_OFFSET_LIMIT */
	atomic_bool ready;	  /* JIT-compiled (on first use: see rx_ready) */
	bool jit;		  /* and the JIT took it (set before ready) */
	int groups; /* capture groups + 1 */
	/* What every match needs, from PCRE2's study of the regex: a first
	 * byte among start (when known), and the byte need (or its other
	 * case, need2) somewhere (when need >= 0). */
	bool has_start;
	struct byteset start;
	int need, need2;
};

/* ==== The regex wrapper ==== */

static void rx_free(struct rx *rx)
{
	if (!rx)
		return;
	pcre2_code_free(rx->code);
	free(rx);
}

/* What matching writes, one per thread: the match data (sized for the
 * regex with most groups the thread has run), the match context that
 * carries the limits and the JIT stack. */
struct rx_thread {
	pcre2_match_data *md;
	uint32_t pairs;
	pcre2_match_context *mctx;
	pcre2_jit_stack *stack;
};

static _Thread_local struct rx_thread *rx_tls;
static pthread_key_t rx_tls_key;
static pthread_once_t rx_tls_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t rx_jit_lock = PTHREAD_MUTEX_INITIALIZER;

static void rx_thread_free(void *p)
{
	struct rx_thread *x = p;
	if (!x)
		return;
	pcre2_match_data_free(x->md);
	pcre2_match_context_free(x->mctx);
	pcre2_jit_stack_free(x->stack);
	free(x);
}

static void rx_tls_init(void)
{
	/* A worker thread's state goes when the thread ends. */
	if (pthread_key_create(&rx_tls_key, rx_thread_free) != 0)
		abort();
}

/* The calling thread's match state, with room for groups groups. */
static struct rx_thread *rx_thread(int groups)
{
	struct rx_thread *x = rx_tls;
	if (!x) {
		pthread_once(&rx_tls_once, rx_tls_init);
		x = xcalloc(1, sizeof *x);
		x->mctx = pcre2_match_context_create(NULL);
		if (!x->mctx)
			abort();
		pcre2_set_match_limit(x->mctx, MATCH_LIMIT);
		pcre2_set_depth_limit(x->mctx, DEPTH_LIMIT);
		if ((x->stack = pcre2_jit_stack_create(JIT_STACK_MIN, JIT_STACK_MAX, NULL)) != NULL)
			pcre2_jit_stack_assign(x->mctx, NULL, x->stack);
		rx_tls = x;
		pthread_setspecific(rx_tls_key, x);
	}
	if (x->pairs < (uint32_t)groups) {
		uint32_t pairs = groups < 64 ? 64 : (uint32_t)groups;
		pcre2_match_data_free(x->md);
		if (!(x->md = pcre2_match_data_create(pairs, NULL)))
			abort();
		x->pairs = pairs;
	}
	return x;
}

void rx_thread_release(void)
{
	if (!rx_tls)
		return;
	rx_thread_free(rx_tls);
	rx_tls = NULL;
	pthread_setspecific(rx_tls_key, NULL);
}

static void byteset_add(struct byteset *b, unsigned c)
{
	b->w[(c >> 6) & 3] |= (uint64_t)1 << (c & 63);
}

static bool byteset_has(const struct byteset *b, unsigned c)
{
	return b->w[(c >> 6) & 3] >> (c & 63) & 1;
}

void byteset_of(struct byteset *b, const char *s, size_t n)
{
	memset(b, 0, sizeof *b);
	for (size_t i = 0; i < n; i++)
		byteset_add(b, (unsigned char)s[i]);
}

bool rx_may_match(const struct rx *rx, const struct byteset *b)
{
	if (rx->need >= 0 && !byteset_has(b, (unsigned)rx->need) && !byteset_has(b, (unsigned)rx->need2))
		return false;
	if (!rx->has_start)
		return true;
	for (int i = 0; i < 4; i++)
		if (rx->start.w[i] & b->w[i])
			return true;
	return false;
}

/* What PCRE2 worked out a match needs (see struct rx). */
static void rx_study(struct rx *rx, bool caseless)
{
	uint32_t type = 0, unit = 0;
	const uint8_t *bitmap = NULL;
	rx->need = rx->need2 = -1;
	pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTCODETYPE, &type);
	pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
	if (type == 1) {
		pcre2_pattern_info(rx->code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		if (caseless && unit >= 128)
			return; /* the other case of a non-ASCII letter may start otherwise */
		rx->has_start = true;
		byteset_add(&rx->start, unit);
		/* A caseless letter: either case (PCRE2 keeps one). */
		if (caseless && unit < 128 && isalpha((int)unit))
			byteset_add(&rx->start, (unsigned)(unit ^ 0x20));
	} else if (type == 0 && bitmap) {
		rx->has_start = true;
		for (unsigned c = 0; c < 256; c++)
			if (bitmap[c / 8] >> (c % 8) & 1)
				byteset_add(&rx->start, c);
	}
	pcre2_pattern_info(rx->code, PCRE2_INFO_LASTCODETYPE, &type);
	if (type == 1) {
		pcre2_pattern_info(rx->code, PCRE2_INFO_LASTCODEUNIT, &unit);
		if (caseless && unit >= 128)
			return;
		rx->need = rx->need2 = (int)unit;
		if (caseless && unit < 128 && isalpha((int)unit))
			rx->need2 = (int)(unit ^ 0x20);
	}
}

/* Compiles src (limited: with an offset limit, see rx_exec_limited); on
 * error returns NULL and sets *erroff and msg. */
static struct rx *rx_compile_limited(const char *src, bool anchored, bool caseless, bool limited,
				     size_t *erroff, char *msg, size_t msglen)
{
	int errcode;
	PCRE2_SIZE off;
	uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES | (caseless ? PCRE2_CASELESS : 0) |
			 (anchored ? PCRE2_ANCHORED : 0) | (limited ? PCRE2_USE_OFFSET_LIMIT : 0);
	/* Word lists grouped by first letter match the same, faster; an
	 * error is reported at its offset in the regex as written. */
	struct buf factored = { 0 };
	rx_factor_alternations(src, &factored);
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)factored.data, factored.len, flags, &errcode, &off, NULL);
	buf_free(&factored);
	if (!code)
		code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, flags, &errcode, &off, NULL);
	if (!code) {
		PCRE2_UCHAR text[256];
		pcre2_get_error_message(errcode, text, sizeof text);
		snprintf(msg, msglen, "%s", (const char *)text);
		*erroff = off;
		return NULL;
	}
	struct rx *rx = xcalloc(1, sizeof *rx);
	rx->code = code;
	rx->anchored = anchored;
	rx->limited = limited;
	atomic_init(&rx->ready, false);
	rx_study(rx, caseless);
	uint32_t n = 0;
	pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &n);
	rx->groups = (int)n + 1;
	return rx;
}

/* JIT compiling is most of the cost of loading the patterns, and many
 * regexes (a pattern's variants for the triggers a page lacks, rare cues)
 * never run in a batch: each is compiled for the JIT, and given its stack,
 * the first time it runs.  Without JIT (some architectures) the
 * interpreter still works. */
static void rx_ready(struct rx *rx)
{
	if (atomic_load_explicit(&rx->ready, memory_order_acquire))
		return;
	/* The JIT writes into the code: one thread compiles it while the
	 * others wait, and none matches with it before. */
	pthread_mutex_lock(&rx_jit_lock);
	if (!atomic_load_explicit(&rx->ready, memory_order_relaxed)) {
		rx->jit = pcre2_jit_compile(rx->code, PCRE2_JIT_COMPLETE) == 0;
		atomic_store_explicit(&rx->ready, true, memory_order_release);
	}
	pthread_mutex_unlock(&rx_jit_lock);
}

static struct rx *rx_compile(const char *src, bool anchored, bool caseless, size_t *erroff, char *msg,
			     size_t msglen)
{
	return rx_compile_limited(src, anchored, caseless, false, erroff, msg, msglen);
}

int rx_groups(const struct rx *rx)
{
	return rx->groups;
}

int rx_exec(struct rx *rx, const char *s, size_t n, size_t start, bool anchored,
	    size_t *ov, int groups, char *err, size_t errlen)
{
	return rx_exec_limited(rx, s, n, start, RX_UNSET, anchored, ov, groups, err, errlen);
}

int rx_exec_limited(struct rx *rx, const char *s, size_t n, size_t start, size_t limit, bool anchored,
		    size_t *ov, int groups, char *err, size_t errlen)
{
	uint32_t opts = PCRE2_NO_UTF_CHECK | (anchored && !rx->anchored ? PCRE2_ANCHORED : 0);
	rx_ready(rx);
	struct rx_thread *x = rx_thread(rx->groups);
	/* The context is every regex's: a limit is only for the regex
	 * compiled to take one. */
	pcre2_set_offset_limit(x->mctx, rx->limited && limit != RX_UNSET ? limit : PCRE2_UNSET);
	/* The JIT's own entry skips pcre2_match's checks; an anchoring at
	 * match time only the interpreter does. */
	int rc = rx->jit && !(opts & PCRE2_ANCHORED) ?
			 pcre2_jit_match(rx->code, (PCRE2_SPTR)s, n, start, 0, x->md, x->mctx) :
			 pcre2_match(rx->code, (PCRE2_SPTR)s, n, start, opts, x->md, x->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		PCRE2_UCHAR text[256];
		pcre2_get_error_message(rc, text, sizeof text);
		errorf(err, errlen, "%s", (const char *)text);
		return -1;
	}
	PCRE2_SIZE *v = pcre2_get_ovector_pointer(x->md);
	uint32_t pairs = pcre2_get_ovector_count(x->md);
	for (int g = 0; g < groups; g++) {
		bool set = (uint32_t)g < pairs && g < rc && v[2 * g] != PCRE2_UNSET;
		ov[2 * g] = set ? v[2 * g] : RX_UNSET;
		ov[2 * g + 1] = set ? v[2 * g + 1] : RX_UNSET;
	}
	return 1;
}

int rx_exec_which(struct rx *rx, const char *s, size_t n, size_t start, size_t *ms, size_t *me)
{
	rx_ready(rx);
	struct rx_thread *x = rx_thread(rx->groups);
	pcre2_set_offset_limit(x->mctx, PCRE2_UNSET);
	int rc = rx->jit ? pcre2_jit_match(rx->code, (PCRE2_SPTR)s, n, start, 0, x->md, x->mctx) :
			   pcre2_match(rx->code, (PCRE2_SPTR)s, n, start, PCRE2_NO_UTF_CHECK, x->md, x->mctx);
	if (rc <= 0)
		return 0;
	PCRE2_SIZE *v = pcre2_get_ovector_pointer(x->md);
	*ms = v[0];
	*me = v[1];
	for (int g = rc - 1; g >= 1; g--)
		if (v[2 * g] != PCRE2_UNSET)
			return g;
	return 0;
}

/* ==== Reading pattern files ==== */

struct piece {
	char *name;
	char *src;
	const char *file;
	int line;
	int has_fields; /* -1 unknown, else whether it captures a field (itself or a piece in it) */
	long inline_len; /* -1 unknown, else its length with every piece in it inlined */
	char *gate;      /* "define NAME when TRIGGER": the trigger, or NULL */
};

/* The pieces one regex calls as subroutines: defined once at its end. */
struct piece_calls {
	bool *used;
	bool *defined;
};

struct loader {
	struct pattern_set *set;
	struct piece *pieces;
	size_t n_pieces;
	char *err;
	size_t errlen;
	char **regex_src; /* per pattern, before expansion */
	/* Triggers taken as absent while expanding (the variant being
	 * compiled): a piece gated by one of them can match nothing. */
	uint64_t absent;
};

/* Matches nothing (a character that is not itself), yet lets PCRE2 still
 * work out where a match can start: (*FAIL) would not, and a class of no
 * character takes milliseconds to JIT-compile. */
#define RX_NOTHING "(?!\\x{10FFFF})\\x{10FFFF}"

static const char *const kind_names[KIND_COUNT_] = {
	"ignore", "percent", "percent_change", "count", "ratio", "rank", "rank_change", "score", "money",
	"score_change",
};

const char *kind_name(enum fact_kind k)
{
	return kind_names[k];
}

const char *transform_kind(size_t i)
{
	return i + 1 < KIND_COUNT_ ? kind_names[i + 1] : NULL;
}

static const char *const field_names[FIELD_COUNT_] = {
	"value", "total", "subject", "qualifier", "sign", "unit", "subjects", "values", "fallback",
};

static const char *const type_names[TYPE_COUNT_] = {
	"num", "pct", "text", "qual", "sign", "currency", "list",
};

static const enum ftype default_types[FIELD_COUNT_] = {
	TYPE_NUM, TYPE_NUM, TYPE_TEXT, TYPE_QUAL, TYPE_SIGN, TYPE_CURRENCY, TYPE_LIST, TYPE_LIST,
	TYPE_TEXT,
};

static const char *const cue_names[CUE_COUNT_] = {
	"year", "baseline", "target", "now", "deadline", "measure", "weak", "pronoun", "predicate", "lead",
	"pillar", "goal", "plan", "national", "region", "scale", "field", "prior", "relative_year", "national_after",
	"then",
};

static int lookup_name(const char *const *names, size_t count, const char *s, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(names[i]) == n && strncmp(names[i], s, n) == 0)
			return (int)i;
	return -1;
}

static const struct piece *find_piece(const struct loader *L, const char *name, size_t n)
{
	for (size_t i = 0; i < L->n_pieces; i++)
		if (strlen(L->pieces[i].name) == n && strncmp(L->pieces[i].name, name, n) == 0)
			return &L->pieces[i];
	return NULL;
}

/* Does piece p capture a field, itself or through the pieces it uses? */
static bool piece_has_fields(const struct loader *L, struct piece *p, int depth)
{
	if (p->has_fields >= 0 || depth > MAX_PIECE_DEPTH)
		return p->has_fields > 0;
	/* A named group written out, (?<subject_text>...), is a field too. */
	bool fields = false;
	for (const char *s = p->src; (s = strstr(s, "(?<")) != NULL && !fields; s += 3)
		fields = s[3] != '=' && s[3] != '!';
	for (const char *s = p->src; (s = strstr(s, "%{")) != NULL && !fields; s += 2) {
		const char *close = strchr(s, '}');
		if (!close)
			break;
		const char *colon = memchr(s + 2, ':', (size_t)(close - s - 2));
		if (colon) {
			fields = true;
			break;
		}
		struct piece *q = (struct piece *)find_piece(L, s + 2, (size_t)(close - s - 2));
		if (q && q != p)
			fields = piece_has_fields(L, q, depth + 1);
	}
	p->has_fields = fields;
	return fields;
}

/*
 * Expands %{NAME}, %{NAME:field} and %{NAME:field:type} in src into out.
 * A large piece that captures no field is called as a subroutine,
 * (?&gpN), and defined once at the end of the regex (see expand_regex):
 * the pieces are used many times over, and inlining them all makes regexes
 * too large for PCRE2 and for the cache.  A piece with a field is inlined,
 * because a subroutine's captures do not outlive the call; so is a small
 * one (a number, an ordinal), because PCRE2 finds where a match can start
 * only through inlined text, and a pattern that starts with a call is
 * tried at every offset of every sentence.
 *
 * Article text is whitespace-normalised (one ASCII space) and its figures
 * are ASCII digits, so \d is written out as 0-9 and \s as a space: under
 * PCRE2_UCP both are Unicode properties, which also hide where a match can
 * start.
 */
static int expand(const struct loader *L, const char *src, struct buf *out, int depth,
		  const char *file, int line, struct piece_calls *calls);

/* The index of trigger name in S, or -1. */
static int trigger_index(const struct pattern_set *S, const char *name)
{
	for (size_t i = 0; i < S->n_triggers; i++)
		if (!strcmp(S->triggers[i].name, name))
			return (int)i;
	return -1;
}

/* The triggers that gate pieces src uses, itself or through its pieces,
 * into *gates; -1 (with the error) when one names no trigger. */
static int src_gates(const struct loader *L, const char *src, int depth, uint64_t *gates)
{
	for (const char *s = src; depth <= MAX_PIECE_DEPTH && (s = strstr(s, "%{")) != NULL; s += 2) {
		const char *close = strchr(s, '}');
		if (!close)
			break;
		const char *colon = memchr(s + 2, ':', (size_t)(close - s - 2));
		const struct piece *q = find_piece(L, s + 2, (size_t)((colon ? colon : close) - s - 2));
		if (!q)
			continue; /* expand says so */
		if (q->gate) {
			int k = trigger_index(L->set, q->gate);
			if (k < 0) {
				errorf(L->err, L->errlen, "%s:%d: piece %s is gated by unknown trigger %s", q->file,
				       q->line, q->name, q->gate);
				return -1;
			}
			*gates |= (uint64_t)1 << k;
		}
		if (src_gates(L, q->src, depth + 1, gates) != 0)
			return -1;
	}
	return 0;
}

/* Pieces up to this long (fully inlined) are inlined, not called. */
#define PIECE_INLINE_MAX 1024

static long piece_inline_len(const struct loader *L, struct piece *p)
{
	if (p->inline_len < 0) {
		struct buf b = { 0 };
		p->inline_len = expand(L, p->src, &b, 1, p->file, p->line, NULL) == 0 ? (long)b.len : 0;
		buf_free(&b);
	}
	return p->inline_len;
}

static int expand(const struct loader *L, const char *src, struct buf *out, int depth,
		  const char *file, int line, struct piece_calls *calls)
{
	if (depth > MAX_PIECE_DEPTH) {
		errorf(L->err, L->errlen, "%s:%d: pieces nest deeper than %d (a cycle?)", file, line,
		       MAX_PIECE_DEPTH);
		return -1;
	}
	bool in_class = false;
	for (const char *p = src; *p;) {
		if (p[0] == '\\' && p[1]) {
			if (p[1] == 'd')
				buf_puts(out, in_class ? "0-9" : "[0-9]");
			else if (p[1] == 's')
				buf_puts(out, in_class ? " " : "[ ]");
			else
				buf_append(out, p, 2);
			p += 2;
			continue;
		}
		if (in_class && p[0] == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");
			size_t k = e ? (size_t)(e + 2 - p) : 1;
			buf_append(out, p, k);
			p += k;
			continue;
		}
		if (!in_class && p[0] == '[') {
			/* A ']' first in a class is a literal. */
			size_t k = 1 + (p[1] == '^');
			k += p[k] == ']';
			buf_append(out, p, k);
			p += k;
			in_class = true;
			continue;
		}
		if (in_class && p[0] == ']')
			in_class = false;
		if (!(p[0] == '%' && p[1] == '{')) {
			buf_putc(out, *p++);
			continue;
		}
		const char *close = strchr(p, '}');
		if (!close) {
			errorf(L->err, L->errlen, "%s:%d: unclosed %%{ in regex", file, line);
			return -1;
		}
		const char *name = p + 2, *c1 = memchr(name, ':', (size_t)(close - name));
		const char *c2 = c1 ? memchr(c1 + 1, ':', (size_t)(close - c1 - 1)) : NULL;
		size_t name_len = (size_t)((c1 ? c1 : close) - name);
		struct piece *piece = (struct piece *)find_piece(L, name, name_len);
		if (!piece) {
			errorf(L->err, L->errlen, "%s:%d: unknown piece %%{%.*s}", file, line, (int)name_len, name);
			return -1;
		}
		/* A gated piece in a variant without its trigger: kept (the
		 * group numbers stay those of every variant) behind a class that
		 * matches nothing. */
		int gate = piece->gate ? trigger_index(L->set, piece->gate) : -1;
		bool gated_off = gate >= 0 && (L->absent >> gate & 1);
		if (gated_off)
			buf_puts(out, "(?:" RX_NOTHING);
		if (c1) {
			const char *f = c1 + 1;
			size_t flen = (size_t)((c2 ? c2 : close) - f);
			int field = lookup_name(field_names, FIELD_COUNT_, f, flen);
			if (field < 0) {
				errorf(L->err, L->errlen, "%s:%d: unknown field '%.*s' in %%{%.*s}", file, line,
				       (int)flen, f, (int)(close - name), name);
				return -1;
			}
			int type = default_types[field];
			if (c2) {
				type = lookup_name(type_names, TYPE_COUNT_, c2 + 1, (size_t)(close - c2 - 1));
				if (type < 0) {
					errorf(L->err, L->errlen, "%s:%d: unknown type '%.*s' in %%{%.*s}", file,
					       line, (int)(close - c2 - 1), c2 + 1, (int)(close - name), name);
					return -1;
				}
			}
			buf_printf(out, "(?<%s_%s>", field_names[field], type_names[type]);
		} else if (calls && !piece_has_fields(L, piece, 0) && piece_inline_len(L, piece) > PIECE_INLINE_MAX) {
			size_t index = (size_t)(piece - L->pieces);
			calls->used[index] = true;
			buf_printf(out, "(?&gp%zu)", index);
			if (gated_off)
				buf_putc(out, ')');
			p = close + 1;
			continue;
		} else {
			buf_puts(out, "(?:");
		}
		if (expand(L, piece->src, out, depth + 1, piece->file, piece->line, calls) != 0)
			return -1;
		buf_putc(out, ')');
		if (gated_off)
			buf_putc(out, ')');
		p = close + 1;
	}
	return 0;
}

/* Expands a whole regex: src, then a DEFINE group with every piece it
 * calls (and the pieces those call). */
static int expand_regex(const struct loader *L, const char *src, struct buf *out, const char *file, int line)
{
	struct piece_calls calls = { xcalloc(L->n_pieces + 1, sizeof(bool)), xcalloc(L->n_pieces + 1, sizeof(bool)) };
	int rc = expand(L, src, out, 0, file, line, &calls);
	bool opened = false;
	for (bool more = true; rc == 0 && more;) {
		more = false;
		for (size_t i = 0; i < L->n_pieces && rc == 0; i++) {
			if (!calls.used[i] || calls.defined[i])
				continue;
			if (!opened)
				buf_puts(out, "(?(DEFINE)");
			opened = true;
			calls.defined[i] = more = true;
			buf_printf(out, "(?<gp%zu>", i);
			rc = expand(L, L->pieces[i].src, out, 1, L->pieces[i].file, L->pieces[i].line, &calls);
			buf_putc(out, ')');
		}
	}
	if (opened)
		buf_putc(out, ')');
	free(calls.used);
	free(calls.defined);
	return rc;
}

/* Finds the named groups of a compiled pattern and what they capture. */
static void read_captures(struct pattern *pat)
{
	uint32_t count = 0, entry = 0;
	PCRE2_SPTR table;
	pcre2_pattern_info(pat->rx->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(pat->rx->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
	pcre2_pattern_info(pat->rx->code, PCRE2_INFO_NAMETABLE, &table);
	pat->caps = xcalloc(count ? count : 1, sizeof *pat->caps);
	for (uint32_t i = 0; i < count; i++) {
		const unsigned char *e = table + i * entry;
		int group = (e[0] << 8) | e[1];
		const char *name = (const char *)e + 2;
		if (!strcmp(name, "left"))
			pat->left_group = group;
		const char *us = strrchr(name, '_');
		if (!us)
			continue;
		int field = lookup_name(field_names, FIELD_COUNT_, name, (size_t)(us - name));
		int type = lookup_name(type_names, TYPE_COUNT_, us + 1, strlen(us + 1));
		if (field < 0 || type < 0)
			continue;
		pat->caps[pat->n_caps++] = (struct capture){ group, (enum field)field, (enum ftype)type };
	}
	pat->n_groups = pat->rx->groups;
}

static int compile_error(const struct loader *L, const char *file, int line, const char *src,
			 size_t off, const char *msg)
{
	errorf(L->err, L->errlen, "%s:%d:%zu: %s\n    %s\n    %*s^", file, line, off + 1, msg, src,
	       (int)off, "");
	return -1;
}

/* Expands and compiles the regex of an indicator, trigger or cue line; NULL with
 * the error (file:line:col) in the loader. */
static struct rx *compile_line_regex(struct loader *L, const char *src, const char *file, int line,
				     bool anchored)
{
	struct buf ex = { 0 };
	struct rx *rx = NULL;
	if (expand_regex(L, src, &ex, file, line) == 0) {
		size_t off;
		char msg[256];
		rx = rx_compile(ex.data, anchored, true, &off, msg, sizeof msg);
		if (!rx)
			compile_error(L, file, line, ex.data, off, msg);
	}
	buf_free(&ex);
	return rx;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Splits "word rest" in place: returns rest (trimmed), NUL-terminates word. */
static char *split_word(char *s)
{
	char *p = s;
	while (*p && !isspace((unsigned char)*p))
		p++;
	if (!*p)
		return p;
	*p++ = '\0';
	return trim(p);
}

struct pending {
	char *src; /* regex source, concatenated */
	int line;
};

static struct pattern *current(struct loader *L, const char *file, int line, const char *kw)
{
	struct pattern_set *S = L->set;
	if (!S->n_patterns || S->patterns[S->n_patterns - 1].file != file) {
		errorf(L->err, L->errlen, "%s:%d: '%s' outside a pattern (start one with 'pattern ID')",
		       file, line, kw);
		return NULL;
	}
	return &S->patterns[S->n_patterns - 1];
}

/* ==== Lexicon classes in the pattern files ==== */

/* Entries of the lexicon, longest first: an alternation must try
 * "sixty" before "six", "eleventh" before "eleven". */
static int cmp_entry_len(const void *a, const void *b)
{
	const struct lexicon_entry *x = *(const struct lexicon_entry *const *)a,
				   *y = *(const struct lexicon_entry *const *)b;
	return x->len < y->len ? 1 : x->len > y->len ? -1 : strcmp(x->text, y->text);
}

/* "words NAME CLASS...": the piece NAME matches any entry of the lexicon's
 * classes (number words, ordinals), so that the patterns and the number
 * normalizer read one list. */
static int words_piece(struct loader *L, const char *file, int line, char *rest)
{
	char *name = rest, *classes = split_word(rest);
	if (!*name || !*classes) {
		errorf(L->err, L->errlen, "%s:%d: words needs a NAME and lexicon classes", file, line);
		return -1;
	}
	if (find_piece(L, name, strlen(name))) {
		errorf(L->err, L->errlen, "%s:%d: piece %s defined twice", file, line, name);
		return -1;
	}
	const struct lexicon *lx = &L->set->lexicon;
	const struct lexicon_entry **pick = xcalloc(lx->n + 1, sizeof *pick);
	size_t n = 0;
	for (char *c = classes; *c;) {
		size_t len = strcspn(c, " \t");
		int cls = lexicon_class_named(c, len);
		if (cls < 0) {
			errorf(L->err, L->errlen, "%s:%d: words %s: no lexicon class '%.*s'", file, line, name, (int)len, c);
			free(pick);
			return -1;
		}
		for (size_t i = 0; i < lx->n; i++)
			if (lx->entries[i].cls == cls)
				pick[n++] = &lx->entries[i];
		c += len;
		while (*c == ' ' || *c == '\t')
			c++;
	}
	qsort(pick, n, sizeof *pick, cmp_entry_len);
	struct buf src = { 0 };
	buf_puts(&src, "(?:");
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&src, '|');
		for (const char *p = pick[i]->text; *p; p++) {
			if (strchr("\\^$.|?*+()[]{}", *p))
				buf_putc(&src, '\\');
			buf_putc(&src, *p == ' ' ? ' ' : *p);
		}
	}
	buf_puts(&src, n ? ")" : RX_NOTHING ")");
	free(pick);
	L->pieces = xrealloc(L->pieces, (L->n_pieces + 1) * sizeof *L->pieces);
	L->pieces[L->n_pieces++] = (struct piece){ xstrdup(name), buf_steal(&src), file, line, -1, -1, NULL };
	return 0;
}

/* Trigger words with "@CLASS" standing for a lexicon class's words. */
static int expand_class_words(struct loader *L, const char *file, int line, const char *words, struct buf *out)
{
	const struct lexicon *lx = &L->set->lexicon;
	for (const char *w = words; *w;) {
		size_t len = strcspn(w, " \t");
		if (w[0] == '@') {
			int cls = lexicon_class_named(w + 1, len - 1);
			if (cls < 0) {
				errorf(L->err, L->errlen, "%s:%d: no lexicon class '%.*s'", file, line, (int)len - 1, w + 1);
				return -1;
			}
			for (size_t i = 0; i < lx->n; i++)
				if (lx->entries[i].cls == cls && !strchr(lx->entries[i].text, ' ')) {
					buf_putc(out, ' ');
					buf_puts(out, lx->entries[i].text);
				}
		} else {
			buf_putc(out, ' ');
			buf_append(out, w, len);
		}
		w += len;
		while (*w == ' ' || *w == '\t')
			w++;
	}
	if (!out->len)
		buf_puts(out, "");
	return 0;
}

static int parse_line(struct loader *L, struct pending **pend, const char *file, int line, char *s)
{
	struct pattern_set *S = L->set;
	char *kw = s, *rest = split_word(s);
	if (strcmp(kw, "define") == 0) {
		char *src = split_word(rest), *gate = NULL;
		if (!strncmp(src, "when ", 5)) {
			gate = trim(src + 5);
			src = split_word(gate);
		}
		if (!*rest || !*src) {
			errorf(L->err, L->errlen, "%s:%d: define needs a NAME, 'when TRIGGER' if gated, and a regex",
			       file, line);
			return -1;
		}
		if (find_piece(L, rest, strlen(rest))) {
			errorf(L->err, L->errlen, "%s:%d: piece %s defined twice", file, line, rest);
			return -1;
		}
		L->pieces = xrealloc(L->pieces, (L->n_pieces + 1) * sizeof *L->pieces);
		L->pieces[L->n_pieces++] =
			(struct piece){ xstrdup(rest), xstrdup(src), file, line, -1, -1, gate ? xstrdup(gate) : NULL };
		return 0;
	}
	if (strcmp(kw, "words") == 0)
		return words_piece(L, file, line, rest);
	if (strcmp(kw, "pattern") == 0) {
		if (!*rest) {
			errorf(L->err, L->errlen, "%s:%d: pattern needs an id", file, line);
			return -1;
		}
		for (size_t i = 0; i < S->n_patterns; i++)
			if (strcmp(S->patterns[i].id, rest) == 0) {
				errorf(L->err, L->errlen, "%s:%d: pattern %s defined twice (first at %s:%d)",
				       file, line, rest, S->patterns[i].file, S->patterns[i].line);
				return -1;
			}
		S->patterns = xrealloc(S->patterns, (S->n_patterns + 1) * sizeof *S->patterns);
		*pend = xrealloc(*pend, (S->n_patterns + 1) * sizeof **pend);
		S->patterns[S->n_patterns] = (struct pattern){
			.id = xstrdup(rest), .kind = KIND_COUNT_, .priority = 50, .sign = 1, .left_field = -1,
			.file = file, .line = line,
		};
		(*pend)[S->n_patterns] = (struct pending){ NULL, line };
		S->n_patterns++;
		return 0;
	}
	if (strcmp(kw, "indicator") == 0) {
		/* indicator CODE "Display name" REGEX */
		char *code = rest, *after = split_word(rest);
		char *q1 = strchr(after, '"'), *q2 = q1 ? strchr(q1 + 1, '"') : NULL;
		if (!*code || !q1 || !q2 || !*trim(q2 + 1)) {
			errorf(L->err, L->errlen, "%s:%d: indicator needs CODE \"Name\" REGEX", file, line);
			return -1;
		}
		*q2 = '\0';
		char *src = trim(q2 + 1);
		struct rx *rx = compile_line_regex(L, src, file, line, false);
		if (!rx)
			return -1;
		S->indicators = xrealloc(S->indicators, (S->n_indicators + 1) * sizeof *S->indicators);
		S->indicators[S->n_indicators++] = (struct indicator){ xstrdup(code), xstrdup(q1 + 1), rx };
		return 0;
	}
	if (strcmp(kw, "trigger") == 0) {
		/* trigger NAME REGEX, trigger NAME words W...: one of each at most */
		char *name = rest, *src = split_word(rest);
		if (!*name || !*src) {
			errorf(L->err, L->errlen, "%s:%d: trigger needs a name and a regex (or 'words' and words)",
			       file, line);
			return -1;
		}
		bool words = strncmp(src, "words", 5) == 0 && (src[5] == ' ' || src[5] == '\t');
		size_t k = 0;
		while (k < S->n_triggers && strcmp(S->triggers[k].name, name))
			k++;
		if (k == S->n_triggers) {
			if (S->n_triggers == MAX_TRIGGERS) {
				errorf(L->err, L->errlen, "%s:%d: more than %d triggers", file, line, MAX_TRIGGERS);
				return -1;
			}
			S->triggers[S->n_triggers++] = (struct trigger){ xstrdup(name), NULL };
		} else if (!words && S->triggers[k].rx) {
			errorf(L->err, L->errlen, "%s:%d: trigger %s has a regex already", file, line, name);
			return -1;
		}
		if (words) {
			struct buf list = { 0 };
			if (expand_class_words(L, file, line, trim(src + 5), &list) != 0)
				return -1;
			int added = words_add(&S->trigger_words, list.data, (uint64_t)1 << k);
			buf_free(&list);
			if (added <= 0) {
				errorf(L->err, L->errlen, "%s:%d: trigger %s: %s", file, line, name,
				       added ? "a word is too long" : "no words after 'words'");
				return -1;
			}
			return 0;
		}
		S->triggers[k].rx = compile_line_regex(L, src, file, line, false);
		return S->triggers[k].rx ? 0 : -1;
	}
	if (strcmp(kw, "cue") == 0) {
		char *name = rest, *src = split_word(rest);
		int which = lookup_name(cue_names, CUE_COUNT_, name, strlen(name));
		if (which < 0 || !*src) {
			errorf(L->err, L->errlen,
			       "%s:%d: cue needs a name (year, baseline, target, now, deadline, measure, weak, pronoun, predicate, lead, pillar, goal) and a regex",
			       file, line);
			return -1;
		}
		struct rx **slot = &S->cues[which];
		if (*slot) {
			errorf(L->err, L->errlen, "%s:%d: cue %s defined twice", file, line, name);
			return -1;
		}
		/* These are only ever tried at one offset: compiled anchored,
		 * so that PCRE2's JIT runs them (it takes no match-time
		 * anchoring and would leave them to the interpreter). */
		bool anchored = which == CUE_WEAK || which == CUE_PRONOUN || which == CUE_PREDICATE ||
				which == CUE_LEAD;
		*slot = compile_line_regex(L, src, file, line, anchored);
		return *slot ? 0 : -1;
	}

	struct pattern *pat = current(L, file, line, kw);
	if (!pat)
		return -1;
	struct pending *pd = &(*pend)[pat - S->patterns];
	if (strcmp(kw, "kind") == 0) {
		int k = lookup_name(kind_names, KIND_COUNT_, rest, strlen(rest));
		if (k < 0) {
			errorf(L->err, L->errlen, "%s:%d: unknown kind '%s'", file, line, rest);
			return -1;
		}
		pat->kind = (enum fact_kind)k;
	} else if (strcmp(kw, "priority") == 0) {
		char *end;
		long v = strtol(rest, &end, 10);
		if (!*rest || *end || v < 0 || v > 1000) {
			errorf(L->err, L->errlen, "%s:%d: priority must be a number from 0 to 1000", file, line);
			return -1;
		}
		pat->priority = (int)v;
	} else if (strcmp(kw, "sign") == 0) {
		if (strcmp(rest, "+") && strcmp(rest, "-")) {
			errorf(L->err, L->errlen, "%s:%d: sign must be + or -", file, line);
			return -1;
		}
		pat->sign = rest[0] == '-' ? -1 : 1;
	} else if (strcmp(kw, "left") == 0) {
		char *field = rest, *piece = split_word(rest), *flag = split_word(piece);
		int fi = lookup_name(field_names, FIELD_COUNT_, field, strlen(field));
		if ((fi != FIELD_SUBJECT && fi != FIELD_FALLBACK && fi != FIELD_SUBJECTS) || !*piece ||
		    (*flag && strcmp(flag, "required"))) {
			errorf(L->err, L->errlen, "%s:%d: left takes subject, fallback or subjects, a piece and 'required'",
			       file, line);
			return -1;
		}
		pat->left_field = fi;
		free(pat->left_piece);
		pat->left_piece = xstrdup(piece);
		pat->left_required = *flag != '\0';
	} else if (strcmp(kw, "value") == 0) {
		char *end;
		double v = strtod(rest, &end);
		if (!*rest || *end) {
			errorf(L->err, L->errlen, "%s:%d: value must be a number", file, line);
			return -1;
		}
		pat->has_const_value = true;
		pat->const_value = v;
	} else if (strcmp(kw, "mask") == 0) {
		if (strcmp(rest, "year")) {
			errorf(L->err, L->errlen, "%s:%d: mask takes 'year'", file, line);
			return -1;
		}
		pat->mask_year = true;
	} else if (strcmp(kw, "follow") == 0) {
		free(pat->follow_id);
		pat->follow_id = xstrdup(rest);
	} else if (strcmp(kw, "needs") == 0) {
		if (pat->n_needs == MAX_NEEDS) {
			errorf(L->err, L->errlen, "%s:%d: more than %d needs lines", file, line, MAX_NEEDS);
			return -1;
		}
		pat->needs_names[pat->n_needs++] = xstrdup(rest);
	} else if (strcmp(kw, "regex") == 0) {
		size_t old = pd->src ? strlen(pd->src) : 0;
		pd->src = xrealloc(pd->src, old + strlen(rest) + 1);
		strcpy(pd->src + old, rest);
		if (!old)
			pd->line = line;
	} else if (strcmp(kw, "example") == 0 || strcmp(kw, "reject") == 0) {
		char *text = rest, *expect = NULL;
		if (kw[0] == 'e') {
			char *arrow = strstr(rest, " => ");
			if (!arrow) {
				errorf(L->err, L->errlen, "%s:%d: example needs 'TEXT => EXPECTED'", file, line);
				return -1;
			}
			*arrow = '\0';
			expect = trim(arrow + 4);
			text = trim(rest);
		}
		if (!*text) {
			errorf(L->err, L->errlen, "%s:%d: %s needs a text", file, line, kw);
			return -1;
		}
		pat->examples = xrealloc(pat->examples, (pat->n_examples + 1) * sizeof *pat->examples);
		pat->examples[pat->n_examples++] =
			(struct example){ xstrdup(text), expect ? xstrdup(expect) : NULL, line };
	} else {
		errorf(L->err, L->errlen, "%s:%d: unknown keyword '%s'", file, line, kw);
		return -1;
	}
	return 0;
}

static void fingerprint_add(struct pattern_set *S, const char *s)
{
	uint64_t h = S->fingerprint ? S->fingerprint : 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	S->fingerprint = h;
}

static int read_file(struct loader *L, struct pending **pend, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		errorf(L->err, L->errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	struct pattern_set *S = L->set;
	S->files = xrealloc(S->files, (S->n_files + 1) * sizeof *S->files);
	const char *file = S->files[S->n_files++] = xstrdup(path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int lineno = 0, rc = 0;
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		fingerprint_add(L->set, line);
		char *s = trim(line);
		if (!*s || *s == '#')
			continue;
		if ((rc = parse_line(L, pend, file, lineno, s)) != 0)
			break;
	}
	/* A read error (a directory named *.pat: EISDIR) is no end of file:
	 * the patterns after it would be missing without a word. */
	if (rc == 0 && ferror(f)) {
		errorf(L->err, L->errlen, "%s: %s", path, strerror(errno ? errno : EIO));
		rc = -1;
	}
	free(line);
	fclose(f);
	return rc;
}

static int compile_patterns(struct loader *L, struct pending *pend)
{
	struct pattern_set *S = L->set;
	for (size_t i = 0; i < S->n_patterns; i++) {
		struct pattern *p = &S->patterns[i];
		if (p->kind == KIND_COUNT_) {
			errorf(L->err, L->errlen, "%s:%d: pattern %s has no kind", p->file, p->line, p->id);
			return -1;
		}
		if (!pend[i].src) {
			errorf(L->err, L->errlen, "%s:%d: pattern %s has no regex", p->file, p->line, p->id);
			return -1;
		}
		for (size_t g = 0; g < p->n_needs; g++) {
			char *names = xstrdup(p->needs_names[g]), *save = NULL;
			for (char *nm = strtok_r(names, " \t", &save); nm; nm = strtok_r(NULL, " \t", &save)) {
				size_t k = 0;
				while (k < S->n_triggers && strcmp(S->triggers[k].name, nm))
					k++;
				if (k == S->n_triggers) {
					errorf(L->err, L->errlen, "%s:%d: pattern %s needs unknown trigger %s", p->file,
					       p->line, p->id, nm);
					free(names);
					return -1;
				}
				p->needs[g] |= (uint64_t)1 << k;
			}
			free(names);
		}
		if (p->follow_id) {
			char *ids = xstrdup(p->follow_id), *save = NULL;
			for (char *id = strtok_r(ids, " \t", &save); id; id = strtok_r(NULL, " \t", &save)) {
				struct pattern *target = NULL;
				for (size_t j = 0; j < S->n_patterns; j++)
					if (strcmp(S->patterns[j].id, id) == 0)
						target = &S->patterns[j];
				if (!target) {
					errorf(L->err, L->errlen, "%s:%d: pattern %s follows unknown pattern %s",
					       p->file, p->line, p->id, id);
					free(ids);
					return -1;
				}
				p->follows = xrealloc(p->follows, (p->n_follows + 1) * sizeof *p->follows);
				p->follows[p->n_follows++] = target;
			}
			free(ids);
			p->follow = p->n_follows > 0;
		}
		uint64_t gates = 0;
		if (src_gates(L, pend[i].src, 0, &gates) != 0)
			return -1;
		for (int k = 0; k < MAX_TRIGGERS; k++)
			if (gates >> k & 1) {
				if (p->n_gates == MAX_GATES) {
					errorf(L->err, L->errlen, "%s:%d: pattern %s uses pieces gated by more than %d triggers",
					       p->file, pend[i].line, p->id, MAX_GATES);
					return -1;
				}
				p->gates[p->n_gates++] = (uint64_t)1 << k;
			}
		/* A pattern that reads a number starts at or before it: it is
		 * not searched for after a sentence's last number. */
		p->number_anchored = p->kind != KIND_IGNORE && !p->has_const_value && !p->follow;
		for (size_t v = 0; v < ((size_t)1 << p->n_gates); v++) {
			L->absent = 0;
			for (size_t g = 0; g < p->n_gates; g++)
				if (v >> g & 1)
					L->absent |= p->gates[g];
			struct buf ex = { 0 };
			int erc = expand_regex(L, pend[i].src, &ex, p->file, pend[i].line);
			L->absent = 0;
			if (erc != 0) {
				buf_free(&ex);
				return -1;
			}
			size_t off;
			char msg[256];
			p->variants[v] = rx_compile_limited(ex.data, p->follow, true, p->number_anchored, &off, msg,
							    sizeof msg);
			if (!p->variants[v]) {
				compile_error(L, p->file, pend[i].line, ex.data, off, msg);
				buf_free(&ex);
				return -1;
			}
			buf_free(&ex);
		}
		p->rx = p->variants[0];
		size_t off;
		char msg[256];
		read_captures(p);
		if (p->left_piece) {
			struct buf lx = { 0 };
			/* One unanchored search finds the longest: its leftmost
			 * start at a word (after a space or "(") that reads to the
			 * end, where one anchored try a word would cost a call each. */
			buf_printf(&lx, "(?<![^ (])(?! )(?:%%{%s})\\z", p->left_piece);
			struct buf lex = { 0 };
			int lrc = expand_regex(L, lx.data, &lex, p->file, pend[i].line);
			if (lrc == 0) {
				p->left_rx = rx_compile(lex.data, false, true, &off, msg, sizeof msg);
				if (!p->left_rx)
					lrc = compile_error(L, p->file, pend[i].line, lex.data, off, msg);
			}
			buf_free(&lx);
			buf_free(&lex);
			if (lrc != 0)
				return -1;
		}
		bool has_value = p->has_const_value;
		for (size_t c = 0; c < p->n_caps; c++)
			has_value |= p->caps[c].field == FIELD_VALUE || p->caps[c].field == FIELD_VALUES;
		if (p->kind != KIND_IGNORE && !has_value) {
			errorf(L->err, L->errlen, "%s:%d: pattern %s captures no value (use %%{PIECE:value} or a 'value' line)",
			       p->file, pend[i].line, p->id);
			return -1;
		}
	}
	/* Who may continue a match of each pattern, in pattern order: looked
	 * up after every match. */
	for (size_t i = 0; i < S->n_patterns; i++) {
		struct pattern *f = &S->patterns[i];
		for (size_t k = 0; k <= f->n_follows && f->follow; k++) {
			struct pattern *after = k < f->n_follows ? f->follows[k] : f;
			if (after->n_followers && after->followers[after->n_followers - 1] == f)
				continue;
			after->followers = xrealloc(after->followers, (after->n_followers + 1) * sizeof *after->followers);
			after->followers[after->n_followers++] = f;
		}
	}
	return 0;
}

/* ==== The gazetteer ==== */

/* Vietnamese puts the tone of "oa", "oe" and "uy" on either vowel: "Hòa
 * Bình" and "Hoà Bình", "Thanh Hóa" and "Thanh Hoá" are one name, and both
 * are in print.  The other placement of name's tones, malloc'd, or NULL
 * when name has none to move. */
static char *tone_variant(const char *name)
{
	utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)name, -1, NULL, 0,
						UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (n <= 0)
		return NULL;
	/* room for the UTF-8 that utf8proc_reencode writes in place */
	utf8proc_int32_t *cp = xcalloc((size_t)n + 1, 4 * sizeof *cp);
	n = utf8proc_decompose((const utf8proc_uint8_t *)name, -1, cp, n + 1,
			       UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	bool moved = false;
	for (utf8proc_ssize_t i = 0; n > 0 && i + 1 < n; i++) {
		utf8proc_int32_t a = utf8proc_tolower(cp[i]);
		bool tone = false;
		if (i + 2 < n)
			switch (cp[i + 1]) {
			case 0x300: case 0x301: case 0x303: case 0x309: case 0x323:
				tone = true;
			}
		if (tone) { /* "ò" + "a" -> "o" + "à" */
			utf8proc_int32_t b = utf8proc_tolower(cp[i + 2]);
			if ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')) {
				utf8proc_int32_t t = cp[i + 1];
				cp[i + 1] = cp[i + 2];
				cp[i + 2] = t;
				moved = true;
				i += 2;
			}
			continue;
		}
		utf8proc_int32_t b = utf8proc_tolower(cp[i + 1]);
		if (i + 2 < n && ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')))
			switch (cp[i + 2]) { /* "o" + "à" -> "ò" + "a" */
			case 0x300: case 0x301: case 0x303: case 0x309: case 0x323: {
				utf8proc_int32_t t = cp[i + 2];
				cp[i + 2] = cp[i + 1];
				cp[i + 1] = t;
				moved = true;
				i += 2;
			}
			}
	}
	char *out = NULL;
	if (moved && n > 0) {
		utf8proc_ssize_t len = utf8proc_reencode(cp, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (len > 0)
			out = xstrdup((const char *)cp);
	}
	free(cp);
	return out;
}

static void add_one_name(struct pattern_set *S, const char *name, size_t province);

static void add_name(struct pattern_set *S, const char *name, size_t province)
{
	add_one_name(S, name, province);
	char *other = tone_variant(name);
	if (other)
		add_one_name(S, other, province);
	free(other);
}

static void add_one_name(struct pattern_set *S, const char *name, size_t province)
{
	while (*name == ' ')
		name++;
	if (!*name)
		return;
	for (size_t i = 0; i < S->n_names; i++)
		if (S->names[i].province == province && strcmp(S->names[i].name, name) == 0)
			return;
	S->names = xrealloc(S->names, (S->n_names + 1) * sizeof *S->names);
	S->names[S->n_names++] = (struct province_name){ xstrdup(name), province };
}

/* A spelling as a regex: literal, with any hyphen or dash free to be
 * written with or without spaces ("Ba Ria-Vung Tau", "Ba Ria - Vung Tau"). */
static void name_regex(struct buf *out, const char *name)
{
	for (const char *p = name; *p; p++) {
		if (*p == ' ' && (p[1] == '-' || !strncmp(p + 1, "\xe2\x80\x93", 3)))
			continue;
		if (*p == '-' || !strncmp(p, "\xe2\x80\x93", 3)) {
			if (*p != '-')
				p += 2;
			if (p[1] == ' ')
				p++;
			buf_puts(out, "(?:\\s*(?:-|\xe2\x80\x93)\\s*|\\s+)");
			continue;
		}
		if (*p == ' ') {
			buf_puts(out, "\\s+");
			continue;
		}
		if (strchr("\\^$.|?*+()[]{}", *p))
			buf_putc(out, '\\');
		buf_putc(out, *p);
	}
}

static int load_gazetteer(struct loader *L, const char *dir)
{
	struct pattern_set *S = L->set;
	struct buf path = { 0 };
	buf_printf(&path, "%s/provinces.tsv", dir);
	FILE *f = fopen(path.data, "r");
	if (!f) {
		errorf(L->err, L->errlen, "%s: %s", path.data, strerror(errno));
		buf_free(&path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0;
	bool header = false;
	while (getline(&line, &cap, f) >= 0) {
		lineno++;
		fingerprint_add(S, line);
		char *s = line;
		s[strcspn(s, "\r\n")] = '\0';
		if (!*s || *s == '#')
			continue;
		if (!header) {
			header = true; /* code name_vi name_en kind unit_2025 aliases */
			continue;
		}
		char *cols[6] = { 0 };
		int n = 0;
		for (char *tok = s; n < 6; n++) {
			cols[n] = tok;
			char *tab = strchr(tok, '\t');
			if (!tab) {
				n++;
				break;
			}
			*tab = '\0';
			tok = tab + 1;
		}
		if (n < 5) {
			errorf(L->err, L->errlen, "%s:%d: expected at least 5 tab-separated columns", path.data,
			       lineno);
			rc = -1;
			break;
		}
		size_t idx = S->n_provinces++;
		S->provinces = xrealloc(S->provinces, S->n_provinces * sizeof *S->provinces);
		S->province_keys = xrealloc(S->province_keys, S->n_provinces * sizeof *S->province_keys);
		S->provinces[idx] = xstrdup(cols[2]);
		struct buf key = { 0 };
		for (const char *c = cols[2]; *c; c++)
			if (isalnum((unsigned char)*c))
				buf_putc(&key, (char)tolower((unsigned char)*c));
		S->province_keys[idx] = buf_steal(&key);
		add_name(S, cols[1], idx);
		add_name(S, cols[2], idx);
		for (char *a = cols[5]; a && *a;) {
			char *semi = strchr(a, ';');
			if (semi)
				*semi = '\0';
			add_name(S, trim(a), idx);
			a = semi ? semi + 1 : NULL;
		}
	}
	if (rc == 0 && ferror(f)) {
		errorf(L->err, L->errlen, "%s: %s", path.data, strerror(errno ? errno : EIO));
		rc = -1;
	}
	free(line);
	fclose(f);
	if (rc == 0 && S->n_provinces == 0) {
		errorf(L->err, L->errlen, "%s: no provinces", path.data);
		rc = -1;
	}
	if (rc == 0) {
		/* One group per province; longer spellings first so that
		 * "Ho Chi Minh City" wins over a shorter alias. */
		struct buf rx = { 0 };
		buf_puts(&rx, "\\b(?:");
		for (size_t p = 0; p < S->n_provinces; p++) {
			buf_puts(&rx, p ? "|(" : "(");
			bool first = true;
			for (size_t pass = 0; pass < 2; pass++)
				for (size_t i = 0; i < S->n_names; i++) {
					if (S->names[i].province != p)
						continue;
					bool long_name = strchr(S->names[i].name, ' ') != NULL;
					if (long_name != (pass == 0))
						continue;
					if (!first)
						buf_putc(&rx, '|');
					name_regex(&rx, S->names[i].name);
					first = false;
				}
			buf_putc(&rx, ')');
		}
		/* "Quang Binh Commune ranked first": a commune, ward, district
		 * or street named after a province is none. */
		buf_puts(&rx, ")\\b(?![ ]+(?i:communes?|wards?|districts?|villages?|hamlets?|streets?|roads?)\\b)");
		size_t off;
		char msg[256];
		S->gazetteer = rx_compile(rx.data, false, false, &off, msg, sizeof msg);
		if (!S->gazetteer) {
			errorf(L->err, L->errlen, "%s: gazetteer regex: %s at %zu", path.data, msg, off);
			rc = -1;
		}
		buf_free(&rx);
	}
	buf_free(&path);
	return rc;
}

/* ==== Entry ==== */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int patterns_load(struct pattern_set *set, const char *dir, char *err, size_t errlen)
{
	memset(set, 0, sizeof *set);
	struct loader L = { .set = set, .err = err, .errlen = errlen };
	struct pending *pend = NULL;
	DIR *d = opendir(dir);
	if (!d) {
		errorf(err, errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".pat") == 0) {
			names = xrealloc(names, (n + 1) * sizeof *names);
			struct buf p = { 0 };
			buf_printf(&p, "%s/%s", dir, e->d_name);
			names[n++] = buf_steal(&p);
		}
	}
	closedir(d);
	/* Sorted, so that file order (and so pattern order) is stable. */
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	int rc = n ? 0 : -1;
	if (!n)
		errorf(err, errlen, "%s: no pattern files (*.pat)", dir);
	/* The lexicon first: the pattern files' "words" lines and trigger
	 * words name its classes. */
	if (rc == 0) {
		struct buf lp = { 0 };
		buf_printf(&lp, "%s/lexicon.txt", dir);
		rc = lexicon_load(&set->lexicon, lp.data, err, errlen);
		buf_free(&lp);
		set->fingerprint = (set->fingerprint ^ set->lexicon.fingerprint) * 1099511628211ULL;
	}
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = read_file(&L, &pend, names[i]);
	if (rc == 0)
		rc = compile_patterns(&L, pend);
	if (rc == 0 && (!set->cues[CUE_YEAR] || !set->cues[CUE_BASELINE] || !set->cues[CUE_TARGET])) {
		errorf(err, errlen, "%s: the cues 'year', 'baseline' and 'target' must be defined", dir);
		rc = -1;
	}
	/* Triggers the context resolver uses as gates: INDEX for indicator
	 * mentions, and one named as a cue in capitals (TARGET) for that cue. */
	/* Where a value can start, as a digit can: the lexicon's number words
	 * ("two", "third", "hundred"; not "a"). */
	for (size_t i = 0; rc == 0 && i < set->lexicon.n; i++) {
		const struct lexicon_entry *le = &set->lexicon.entries[i];
		if (le->cls == LEX_CARDINAL || le->cls == LEX_ORDINAL || le->cls == LEX_UNIT || le->cls == LEX_SCALE)
			words_add(&set->trigger_words, le->text, (uint64_t)1 << NUMBER_WORD_BIT);
	}
	set->index_trigger = -1;
	for (int c = 0; c < CUE_COUNT_; c++)
		set->cue_gate[c] = -1;
	for (size_t i = 0; rc == 0 && i < set->n_triggers; i++) {
		if (!strcmp(set->triggers[i].name, "INDEX"))
			set->index_trigger = (int)i;
		for (int c = 0; c < CUE_COUNT_; c++)
			if (!strcasecmp(set->triggers[i].name, cue_names[c]))
				set->cue_gate[c] = (int)i;
	}
	if (rc == 0)
		rc = load_gazetteer(&L, dir);
	snprintf(set->fingerprint_hex, sizeof set->fingerprint_hex, "%016llx",
		 (unsigned long long)set->fingerprint);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	for (size_t i = 0; i < set->n_patterns; i++)
		free(pend[i].src);
	free(pend);
	for (size_t i = 0; i < L.n_pieces; i++) {
		free(L.pieces[i].name);
		free(L.pieces[i].src);
		free(L.pieces[i].gate);
	}
	free(L.pieces);
	if (rc != 0)
		patterns_free(set);
	return rc;
}

void patterns_free(struct pattern_set *S)
{
	lexicon_free(&S->lexicon);
	for (size_t i = 0; i < S->n_patterns; i++) {
		struct pattern *p = &S->patterns[i];
		free(p->id);
		free(p->follow_id);
		for (size_t g = 0; g < p->n_needs; g++)
			free(p->needs_names[g]);
		free(p->follows);
		free(p->followers);
		free(p->left_piece);
		rx_free(p->left_rx);
		for (size_t v = 0; v < COUNT(p->variants); v++)
			rx_free(p->variants[v]);
		free(p->caps);
		for (size_t k = 0; k < p->n_examples; k++) {
			free(p->examples[k].text);
			free(p->examples[k].expect);
		}
		free(p->examples);
	}
	free(S->patterns);
	for (size_t i = 0; i < S->n_indicators; i++) {
		free(S->indicators[i].code);
		free(S->indicators[i].name);
		rx_free(S->indicators[i].rx);
	}
	free(S->indicators);
	for (int i = 0; i < CUE_COUNT_; i++)
		rx_free(S->cues[i]);
	for (size_t i = 0; i < S->n_triggers; i++) {
		free(S->triggers[i].name);
		rx_free(S->triggers[i].rx);
	}
	words_free(&S->trigger_words);

	for (size_t i = 0; i < S->n_files; i++)
		free(S->files[i]);
	free(S->files);
	for (size_t i = 0; i < S->n_provinces; i++) {
		free(S->provinces[i]);
		free(S->province_keys[i]);
	}
	free(S->provinces);
	free(S->province_keys);
	for (size_t i = 0; i < S->n_names; i++)
		free(S->names[i].name);
	free(S->names);
	rx_free(S->gazetteer);
	memset(S, 0, sizeof *S);
}
