/*
 * Internal interface between the files of the load stage (load_db.c,
 * load_read.c, load_ref.c).  Nothing here is part of the stage's public
 * face (load.h).
 */
#ifndef GOVFACTS_LOAD_INTERNAL_H
#define GOVFACTS_LOAD_INTERNAL_H

#include <stdbool.h>

#include <sqlite3.h>

#include "../common/buf.h"
#include "load.h"

enum stmt_id { ST_RUN_BEGIN, ST_RUN_PROGRESS, ST_RUN_END, ST_FIND, ST_SEEN, ST_UPSERT, ST_FACTS_DELETE,
	       ST_FACT_INSERT, ST_REJECT, ST_INPUT_FIND, ST_SOURCE, ST_ADOPT, ST_REJECT_FIND, ST_RUN_SUMMARY,
	       ST_REMOVALS_RECORD, ST_REMOVALS_BACK, ST_FACT_IDS_ARTICLE, ST_ARTICLE_CHANGED,
	       ST_SENTENCE_INSERT, ST_SENTENCES_DELETE, ST_SEARCH_PENDING_INSERT, ST_SEARCH_ARTICLE,
	       ST_SEARCH_SENTENCES, ST_SEARCH_FORGET, ST_SEARCH_PENDING_DROP, ST_COUNT_ };

/* ==== Fields and pillars of ranks (load_field.c) ==== */

/* The lists of patterns/rank_fields.tsv and patterns/pillars.tsv. */
struct load_fields;

/* What load_fields_classify reads of a rank fact: the match is
 * [match_start, match_end) of the sentence (both 0: unknown, the whole
 * sentence counts). */
struct load_rank_input {
	double value, total;
	bool has_total;
	int year; /* 0: unknown */
	const char *province, *indicator, *subject; /* may be NULL */
	const char *sentence;
	size_t sentence_len;
	size_t match_start, match_end;
};

/* field: "national", "region", "ministries" or "unknown"; region: a
 * region's name or NULL; pillar: a pillar of the indicator or NULL.
 * Strings owned by the struct load_fields. */
struct load_rank_class {
	const char *field, *region, *pillar;
};

/* Reads dir/rank_fields.tsv and dir/pillars.tsv; NULL with err
 * ("file:line: reason").  Freed with load_fields_free (NULL accepted,
 * the pointer set to NULL). */
struct load_fields *load_fields_read(const char *dir, char *err, size_t errlen);
void load_fields_free(struct load_fields **fields);

/* The SHA-256 of both files' bytes: what the classes were made from. */
const char *load_fields_hash(const struct load_fields *fields);

/* The field, region and pillar of a rank. */
void load_fields_classify(const struct load_fields *fields, const struct load_rank_input *in,
			  struct load_rank_class *out);

/* The pillar of indicator that subject names, or NULL. */
const char *load_fields_pillar(const struct load_fields *fields, const char *indicator, const char *subject);

/* Hands every field row (name NULL, size/from/until 0 when none; words
 * ';' between), then every pillar (spellings ';' between), to the
 * callbacks; stops at the first that returns non-zero. */
typedef int (*load_fields_row_fn)(void *ctx, const char *field, const char *name, int size, int from, int until,
				  const char *words);
typedef int (*load_fields_pillar_fn)(void *ctx, const char *indicator, const char *pillar, const char *spellings);
int load_fields_each(const struct load_fields *fields, load_fields_row_fn row, load_fields_pillar_fn pillar,
		     void *ctx);

struct load_db {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT_]; /* read-write handles only */
	sqlite3_int64 run_id;
	struct load_counts counts; /* of the current run */
	struct load_counts committed; /* of the current run, as of its last commit */
	size_t batch;              /* articles per transaction */
	size_t in_batch;
	bool in_tx;
	bool writer; /* opened by load_db_open */
	bool merging; /* the run merges shard databases (load_set_merge) */
	int lock_fd; /* the run lock, -1 when not held */
	int last_rc; /* the extended code of the last error load_db_error or load_exec reported */
	char failure[1024]; /* why the run can go on no longer (a batch was lost), "" while it can */
	struct load_fields *fields; /* from the last load_ref_refresh; NULL: ranks left unclassified */
};

/* Fills err with "path: what: sqlite's message" and notes the error's
 * code (last_rc); returns -1. */
int load_db_error(struct load_db *d, char *err, size_t errlen, const char *what);

/* Runs sql (no parameters, no data); -1 with err. */
int load_exec(struct load_db *d, const char *sql, char *err, size_t errlen);

/* Steps st to its end, then resets it and clears its bindings; -1 with
 * err (what was being done) when the step failed. */
int load_step_done(struct load_db *d, sqlite3_stmt *st, char *err, size_t errlen, const char *what);

/* Binds s, or NULL when s is NULL (copied), as valid UTF-8: the bytes of
 * a name that are not UTF-8 are stored as \xHH (text_escape), the same
 * way every output writes them.  Every text the database stores from
 * outside (names, arguments, reasons) is bound through it. */
void load_bind_text(sqlite3_stmt *st, int i, const char *s);

/* Registers govfacts_fact_id (load_fact_id.c) on a connection. */
void load_fact_id_register(sqlite3 *db);

/* s without its leading and trailing spaces, in place: a pointer into s. */
char *load_trim(char *s);

/* Whether two facts of one article have the same identity: every field
 * load_fact_id hashes but the doc and the occurrence.  Equal exactly
 * when SQL_FACT_IDS_COMPUTE's PARTITION BY puts them together. */
bool load_fact_same_identity(const struct fact *a, const struct fact *b);

#endif
