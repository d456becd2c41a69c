/*
 * load: articles and their facts into SQLite, idempotently.
 *
 * A run opens the database (creating or migrating its schema), records
 * itself in `runs`, then hands articles one at a time.  An article whose
 * extracted text and pattern set are unchanged since it was last loaded is
 * only marked as seen; a new or changed one has its row upserted and its
 * facts replaced.  Writes are grouped many articles to a transaction; the
 * database is in WAL mode so readers are never blocked.
 *
 * Ownership: struct load_db is opaque, from load_db_open, released by
 * load_db_close (which commits what is pending).  Nothing the caller
 * passes in is kept after a call returns.
 */
#ifndef GOVFACTS_LOAD_H
#define GOVFACTS_LOAD_H

#include <stddef.h>

#include "../extract/extract.h"
#include "../transform/transform.h"

struct load_db;

enum load_status { LOAD_NEW, LOAD_CHANGED, LOAD_UNCHANGED };

struct load_counts {
	size_t articles_new, articles_changed, articles_unchanged;
	size_t rejected, facts;
};

/* Opens (creating if needed) and migrates the database at path.
 * NULL with err ("path: reason") on failure. */
struct load_db *load_db_open(const char *path, char *err, size_t errlen);

/* Opens an existing database for reading; NULL with err on failure. */
struct load_db *load_db_open_readonly(const char *path, char *err, size_t errlen);

/* Commits pending work and closes; accepts NULL, sets *db to NULL. */
void load_db_close(struct load_db **db);

/* Starts a run described by args (the command line). */
int load_run_begin(struct load_db *db, const char *args, char *err, size_t errlen);

/* Ends the current run with its counts and status ("ok", "partial",
 * "failed") and commits. */
int load_run_end(struct load_db *db, const struct load_counts *counts, const char *status,
		 char *err, size_t errlen);

/*
 * Loads one article with its province, the fingerprint of the pattern set
 * that found its facts, and the facts.  Sets *status.  On error the
 * article's changes are rolled back (earlier articles of the batch are
 * kept) and -1 is returned with err.
 */
int load_article(struct load_db *db, const struct article *a, const char *province,
		 const char *patterns_fingerprint, const struct fact_list *facts,
		 enum load_status *status, char *err, size_t errlen);

/* Records an input the run refused. */
int load_reject(struct load_db *db, const char *file, const char *reason, char *err, size_t errlen);

/* Commits the batch in progress, if any. */
int load_commit(struct load_db *db, char *err, size_t errlen);

/* Calls fn for every fact in the database, ordered by article and
 * position; the strings are valid during the call only.  Stops and
 * returns fn's value when it is not 0. */
struct load_fact_row {
	const char *file;
	const char *doc;
	struct fact fact;
};
typedef int (*load_fact_fn)(void *ctx, const struct load_fact_row *row);
int load_facts_each(struct load_db *db, load_fact_fn fn, void *ctx, char *err, size_t errlen);

#endif
