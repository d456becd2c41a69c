/*
 * load: articles and their facts into SQLite, idempotently.
 *
 * An ingest opens the database (creating or migrating its schema), starts
 * a run (which takes the run lock: one ingest at a time per database),
 * refreshes the reference tables from the pattern directory, then hands
 * articles one at a time.  An article whose extracted text and pattern
 * set are unchanged since it was last loaded is only marked as seen; a new
 * or changed one has its row upserted and its facts replaced.  Writes are
 * grouped many articles to a transaction; the run's counts are written
 * with each batch, so a run that is killed leaves exactly what it
 * committed, and the next run (which marks it 'interrupted') redoes the
 * rest.  A write that fails for the database itself (a full disk, I/O)
 * loses the batch in progress whole: the run's counts go back to what it
 * committed and the run can go on no longer (load_run_failure), so that
 * it ends 'failed' saying what the database holds.  The database is in
 * WAL mode: readers are never blocked.
 *
 * Ownership: struct load_db is opaque, from load_db_open or
 * load_db_open_readonly, released by load_db_close (which commits what is
 * pending and releases the run lock).  Nothing the caller passes in is
 * kept after a call returns; strings handed to callbacks are valid during
 * the call only.
 */
#ifndef GOVFACTS_LOAD_H
#define GOVFACTS_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "../extract/extract.h"
#include "../transform/transform.h"

struct load_db;

/* LOAD_DUPLICATE: another input of the run gave the same doc, and one of
 * the two is kept (see load_article). */
enum load_status { LOAD_NEW, LOAD_CHANGED, LOAD_UNCHANGED, LOAD_DUPLICATE };

/* A run's counts: every input that gave an article is one of new,
 * changed, unchanged or duplicates; facts are those in the database;
 * unparsed, the inputs load_input_unchanged knew unchanged from their
 * bytes alone. */
struct load_counts {
	size_t articles_new, articles_changed, articles_unchanged;
	size_t rejected, facts;
	size_t duplicates, unparsed;
	size_t still_refused; /* inputs refused by an earlier run with the same bytes, not again */
};

/* Articles per transaction unless load_set_batch says otherwise. */
#define LOAD_BATCH_DEFAULT 256
/* Seconds a second ingest waits for the run lock unless told otherwise;
 * also the SQLite busy timeout. */
#define LOAD_WAIT_DEFAULT 30

/* Opens (creating if needed) the database at path for writing; its
 * schema is created or migrated by load_db_upgrade (which load_run_begin
 * calls).  NULL with err ("path: reason") on failure, or when the schema
 * version is newer than this govfacts or below 0 (the file is then left
 * unchanged). */
struct load_db *load_db_open(const char *path, char *err, size_t errlen);

/*
 * Takes the run lock (the file path + ".lock", held until load_db_close;
 * refused when it is a symbolic link or not a regular file of its own),
 * waiting up to wait_seconds for an ingest that holds it, then applies
 * the migrations the schema lacks, each in one transaction.  Under the
 * lock, so that of two processes opening a new database at once one
 * migrates and the other waits where it can be told who it waits for.
 * Returns 0; 1 when the wait ran out, with err naming the running ingest
 * (pid, run, start); -1 with err on any other failure.
 */
int load_db_upgrade(struct load_db *db, int wait_seconds, char *err, size_t errlen);

/* Opens an existing database for reading.  A database of an older schema
 * is migrated first (which needs write access); NULL with err on
 * failure. */
struct load_db *load_db_open_readonly(const char *path, char *err, size_t errlen);

/* Commits pending work, releases the run lock and closes; accepts NULL,
 * sets *db to NULL. */
void load_db_close(struct load_db **db);

/* Sets the number of articles per transaction (at least 1). */
void load_set_batch(struct load_db *db, size_t articles);

/*
 * Starts a run described by args (the command line): load_db_upgrade
 * (the run lock, waiting up to wait_seconds, and the schema), then marks
 * runs left 'running' by a killed ingest as 'interrupted' and records
 * this one.  Returns 0; 1 when the wait for the lock ran out (err names
 * the running ingest); -1 with err on any other failure.  Every write
 * below needs a run begun.
 */
int load_run_begin(struct load_db *db, const char *args, int wait_seconds, char *err, size_t errlen);

/* Ends the current run with its status ("ok", "partial", "interrupted")
 * and the counts of what it loaded, and commits.  -1 with err when that
 * fails, or when the run has failed already (load_run_failure). */
int load_run_end(struct load_db *db, const char *status, char *err, size_t errlen);

/* Ends the current run as 'failed' with reason (kept in runs.reason): the
 * batch in progress, if any, is rolled back whole, so the run's counts
 * are those of what it committed.  0 when no run was begun. */
int load_run_fail(struct load_db *db, const char *reason, char *err, size_t errlen);

/* Why the current run can go on no longer (a batch was lost to a failure
 * of the database; every write since fails with this reason), or NULL
 * while it can.  Owned by db. */
const char *load_run_failure(const struct load_db *db);

/* The counts of the current run so far (owned by db): after a batch was
 * lost, those of what the run committed. */
const struct load_counts *load_run_counts(const struct load_db *db);

/* An index facts can name: code ("DTI") and name, as the transform stage
 * loaded them (transform_indicator). */
struct load_indicator {
	const char *code;
	const char *name;
};

/*
 * Refreshes the reference tables: provinces and their spellings from the
 * gazetteer dir/provinces.tsv of the pattern directory (columns found by
 * the header's names), the n indicators given, and the fields and pillars
 * of ranks from dir/rank_fields.tsv and dir/pillars.tsv, which the ranks
 * this db writes from then on are classified by; the stored ranks are
 * classified again when those lists changed, and those never classified
 * (a migrated database) are.  One transaction; -1 with err ("file:line:
 * reason").
 */
int load_ref_refresh(struct load_db *db, const char *dir, const struct load_indicator *indicators, size_t n,
		     char *err, size_t errlen);

/*
 * Resolves a province written any way the gazetteer knows (name_en,
 * Vietnamese name with or without diacritics, alias, ISO code; case,
 * spaces and dashes ignored) to its name_en, copied into out.  Returns 0,
 * 1 when no province has that name (err says why), -1 on a database error.
 */
int load_province_resolve(struct load_db *db, const char *name, char *out, size_t outlen, char *err,
			  size_t errlen);

/*
 * Returns 1 and marks the article seen (counted as unchanged) when it was
 * loaded before with the same extracted text and pattern fingerprint, 2
 * when it is a duplicate that load_article would not keep (counted, err
 * saying which input is kept), so that the caller may skip finding its
 * facts; 0 when it must be loaded; -1 with err.
 */
int load_article_unchanged(struct load_db *db, const struct article *a, const char *patterns_fingerprint,
			   char *err, size_t errlen);

/*
 * The same, before the input is even parsed: 1 (and the article marked
 * seen) when an article was loaded from path (a canonical path, so that
 * every spelling of it finds the article), read as bytes whose hash_hex
 * is input_hash, with these patterns; 2 when this run loaded that input
 * already (a duplicate, said in err); 0 when not; -1 with err.  A re-run
 * over an unchanged folder reads and hashes each file, nothing more.
 */
int load_input_unchanged(struct load_db *db, const char *path, const char *input_hash,
			 const char *patterns_fingerprint, char *err, size_t errlen);

/*
 * Loads one article, keyed by a->doc (canonical path a->path; both fall
 * back to a->file), with its province, the fingerprint of the pattern set
 * that found its facts, and the facts.  Sets *status.  Two inputs of one
 * doc give one article, the same whatever order they come in: the one
 * published later, then the larger content hash, then the path first in
 * byte order; the other is a duplicate (*status LOAD_DUPLICATE, whichever
 * of the two this one is, err saying which is kept, 0 returned), counted
 * and not an error.  On error -1 with err: the article's changes are
 * rolled back (earlier articles of the batch are kept), or, when the
 * error is the database's, the whole batch (load_run_failure).  The other
 * writes below fail the same way.
 */
int load_article(struct load_db *db, const struct article *a, const char *province,
		 const char *patterns_fingerprint, const struct fact_list *facts,
		 enum load_status *status, char *err, size_t errlen);

/* Records an input the run refused; input_path and input_hash (either
 * may be NULL) say which input with which bytes, for
 * load_still_refused. */
int load_reject(struct load_db *db, const char *file, const char *reason, const char *input_path,
		const char *input_hash, char *err, size_t errlen);

/* 1 when an earlier run refused input_path with the bytes of input_hash
 * (counted still refused), 0 when none did, -1 with err. */
int load_still_refused(struct load_db *db, const char *input_path, const char *input_hash, char *err,
		       size_t errlen);

/* Keeps the run's summary line in its runs row. */
int load_run_summary(struct load_db *db, const char *summary, char *err, size_t errlen);

/* Commits the batch in progress, if any, with the run's counts. */
int load_commit(struct load_db *db, char *err, size_t errlen);

/* ==== Reading back (load_read.c) ==== */

/*
 * ==== Fact ids ====
 *
 * A fact's fact_id (facts.fact_id, exported) names the same fact in every
 * database and every run: it is made of what the fact says and of the
 * article that says it, never of row ids, run numbers, times, positions
 * or the sentence, so that a re-run, a reload of the article that leaves
 * the fact as it was (its text edited elsewhere, other patterns finding
 * the same fact), a fresh ingest of the same inputs and a merge of shards
 * (which copies facts.fact_id as it is) all give it the same id.
 *
 * fact_id = the first 32 of the 64 lower-case hex digits of the SHA-256
 * of the bytes
 *   "govfacts-fact-1" F(doc) F(kind) N(value) N(total) F(qualifier)
 *   F(unit) F(subject) F(indicator) F(province) F(year) F(target)
 *   F(occurrence)
 * where F(NULL) and N(NULL) are ",~", F(s) is "," then the length of s in
 * bytes in decimal, ":" and s (as the database holds it: articles.doc
 * and the facts columns), and N(v) is F of the shortest of printf's
 * "%.15g", "%.16g", "%.17g" that reads back as v (-0 as 0).  year is
 * NULL when unknown, target is "0" or "1".  occurrence is 1, or n when
 * the article states a fact with all the fields above but the doc (its
 * identity) for the n-th time, counted by position (facts.seq): so two
 * statements of one figure in one article keep two ids, and an edit
 * that adds an unrelated fact before them changes neither.  "-1" in the
 * prefix is the version of this recipe: a change to it is a new prefix
 * and a new export format version (README, "Exports").
 *
 * What takes a fact away records it: before an article's facts are
 * replaced its old fact_ids go to fact_removals (run_id, fact_id,
 * article_id, removed), those that come back are forgotten, and
 * articles.changed_run becomes the run; whoever replaces or deletes
 * facts, or writes an article (a merge too), does the same, so that an
 * incremental export (--since-run) sends the article's facts and lists
 * the ids that went.
 */
#define LOAD_FACT_ID_SIZE 33 /* 32 hex digits and a NUL */

/* The fact_id of f, stated the occurrence-th time (from 1) in the
 * article whose doc is doc, into out. */
void load_fact_id(const char *doc, const struct fact *f, long long occurrence, char out[LOAD_FACT_ID_SIZE]);

/* What to export; a NULL field (has_since_run false) is no filter. */
struct load_filter {
	const char *since;    /* articles published on or after, YYYY-MM-DD */
	const char *province; /* name_en (see load_province_resolve) */
	const char *kind;     /* facts only */
	bool has_since_run;
	long long since_run;  /* articles (and their facts) a run after it changed:
			       * loaded the facts, or moved its file */
};

/* Calls fn for every fact that passes filter (NULL: all), ordered by
 * article and position.  Stops and returns fn's value when it is not 0.
 * run_id: the run that last loaded the article's facts. */
struct load_fact_row {
	const char *file;
	const char *doc;
	struct fact fact;
	const char *fact_id; /* NULL only in a database a merge left without */
	long long article_id, run_id;
	const char *url, *title, *published;
};
typedef int (*load_fact_fn)(void *ctx, const struct load_fact_row *row);
int load_facts_each(struct load_db *db, const struct load_filter *filter, load_fact_fn fn, void *ctx,
		    char *err, size_t errlen);

/* Calls fn for every article that passes filter (since, province). */
struct load_article_row {
	const char *doc, *url, *file, *title, *published, *province, *content_hash;
	const char *first_seen, *last_seen;
	long long run_id; /* the run that last loaded its facts */
	long long facts;
	const char *text;
	size_t text_len;
	long long id;     /* articles.id, what facts' article_id names */
};
typedef int (*load_article_fn)(void *ctx, const struct load_article_row *row);
int load_articles_each(struct load_db *db, const struct load_filter *filter, load_article_fn fn, void *ctx,
		       char *err, size_t errlen);

/* The fact_ids runs after since_run took away that the database does not
 * hold now (one that came back is a fact again, in the facts export), by
 * article: what a downstream copy loaded up to that run deletes.  doc is
 * NULL when the article is gone too; run_id and removed (a time) say the
 * last run that took the fact away. */
struct load_removal_row {
	const char *fact_id, *doc, *removed;
	long long article_id, run_id;
};
typedef int (*load_removal_fn)(void *ctx, const struct load_removal_row *row);
int load_removals_each(struct load_db *db, long long since_run, load_removal_fn fn, void *ctx, char *err,
		       size_t errlen);

/* For --changed-since: into *run, the last run all of whose writes were
 * committed before time (YYYY-MM-DDTHH:MM:SSZ): it had finished, or a
 * later run had begun; 0 when none. */
int load_run_before(struct load_db *db, const char *time, long long *run, char *err, size_t errlen);

/* ==== Any table or view (govfacts export --table NAME) ==== */

/* The tables and views export can name, as "name, name, ..." into list:
 * every view and every table but SQLite's own and the shadow tables of a
 * virtual (FTS5) table.  1 when name is one of them, 0 when not, -1 with
 * err. */
int load_table_exportable(struct load_db *db, const char *name, char *list, size_t listlen, char *err,
			  size_t errlen);

/* One column's value: text and blob point into the row (n bytes). */
enum load_type { LOAD_NULL, LOAD_INTEGER, LOAD_REAL, LOAD_TEXT, LOAD_BLOB };
struct load_value {
	enum load_type type;
	long long i;
	double r;
	const char *s;
	size_t n;
};
/* cols is called once with the column names, then row once a row, in
 * rowid order for a table, the view's own order for a view. */
typedef int (*load_columns_fn)(void *ctx, size_t n, const char *const *names);
typedef int (*load_row_fn)(void *ctx, size_t n, const struct load_value *values);
int load_table_each(struct load_db *db, const char *name, load_columns_fn cols, load_row_fn row, void *ctx,
		    char *err, size_t errlen);

/* ==== Merging shard databases (govfacts merge) ==== */

/*
 * Marks db's run as a merge: its articles come from other databases
 * (load_articles_loaded_each) through load_article, and one stored under
 * the same doc from another canonical path always competes by
 * load_article's rule for two inputs of one doc, even when that path is
 * not on this machine (a shard's files may be on another), so that a
 * merge run again, or the shards merged in another order, keeps the
 * same article.
 */
void load_set_merge(struct load_db *db);

/*
 * Calls fn for every article of db, in the order they were loaded, with
 * its facts, province and the fingerprint of the patterns that found
 * them, as load_article takes them (a->doc, path, file, url, title,
 * published, text, text_hash and input_hash filled), so that another
 * database loads them through its own load_article.  One read
 * transaction: a shard still being written is read as of one commit.
 * Everything handed to fn is valid during the call only.  Stops and
 * returns fn's value when it is not 0; -1 with err on a database error.
 */
typedef int (*load_loaded_fn)(void *ctx, const struct article *a, const char *province,
			      const char *patterns_fingerprint, const struct fact_list *facts);
int load_articles_loaded_each(struct load_db *db, load_loaded_fn fn, void *ctx, char *err, size_t errlen);

/* Calls fn for every input db refused, the latest reject of each
 * (input_path, input_hash), oldest first, as load_reject takes them. */
struct load_reject_row {
	const char *file, *reason, *input_path, *input_hash;
};
typedef int (*load_reject_fn)(void *ctx, const struct load_reject_row *row);
int load_rejects_each(struct load_db *db, load_reject_fn fn, void *ctx, char *err, size_t errlen);

/* Whole-database counts. */
struct load_totals {
	long long articles, facts, rejects, runs;
	int schema;
};
int load_stats_totals(struct load_db *db, struct load_totals *out, char *err, size_t errlen);

/* Facts and articles by kind or by province (key NULL: no province). */
enum load_stats_group { LOAD_STATS_KIND, LOAD_STATS_PROVINCE };
struct load_stats_row {
	const char *key;
	long long facts, articles;
};
typedef int (*load_stats_fn)(void *ctx, const struct load_stats_row *row);
int load_stats_each(struct load_db *db, enum load_stats_group group, load_stats_fn fn, void *ctx, char *err,
		    size_t errlen);

/* Every run, oldest first. */
struct load_run_row {
	long long id;
	const char *started, *finished, *status, *args; /* finished NULL while running */
	const char *reason; /* why a 'failed' run failed, else NULL */
	struct load_counts counts;
};
typedef int (*load_run_fn)(void *ctx, const struct load_run_row *row);
int load_runs_each(struct load_db *db, load_run_fn fn, void *ctx, char *err, size_t errlen);

/* ==== The report (load_report.c) ==== */

/* One rank of a province on an indicator (the index itself, not a
 * pillar) in a year, as the ranking views hold it: national ranks only.
 * total is 0 when unknown; qualifier "exact" or a bound ("max": top N);
 * mentions how many facts state it; url, published may be NULL. */
struct load_rank_row {
	const char *indicator, *indicator_name, *province;
	int year;
	long long rank, total;
	const char *qualifier;
	long long mentions;
	const char *published, *title, *url, *doc;
	long long fact_id;
};
typedef int (*load_rank_fn)(void *ctx, const struct load_rank_row *row);

/* Calls fn for each province's rank on each indicator in each year, the
 * one claim latest_ranks would take where a year has several; ordered by
 * indicator, province, year.  Stops and returns fn's value when it is not
 * 0; -1 with err on a database error. */
int load_report_ranks_each(struct load_db *db, load_rank_fn fn, void *ctx, char *err, size_t errlen);

/* Calls fn for every conflict: a province, indicator and year with two or
 * more different exact ranks; one call per claimed rank and article that
 * states it (mentions: that article's facts stating it, fact_id the
 * first of them); ordered by indicator, province, year, rank. */
int load_report_conflicts_each(struct load_db *db, load_rank_fn fn, void *ctx, char *err, size_t errlen);

#endif
