/*
 * The command line's own helpers: walking the inputs and writing facts,
 * articles and stats.  Only the CLI knows all three stages; these files
 * glue them.  Nothing here allocates what the caller must free; rows
 * handed in are only read.
 */
#ifndef GOVFACTS_CLI_H
#define GOVFACTS_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../common/buf.h"
#include "../load/load.h"
#include "../transform/transform.h"

/* Called for every input file, open as fd (the walk closes it after);
 * path is as given or found under a given directory.  A non-zero return
 * stops the walk. */
typedef int (*input_fn)(void *ctx, const char *path, int fd);
/* Called for an input that cannot be read at all (missing, a loop, a
 * link out of the folders given...). */
typedef void (*input_error_fn)(void *ctx, const char *path, const char *reason);

/*
 * ingest --shard K/N (cli_inputs.c): shard K of N takes the inputs whose
 * key hashes to K, the key being an input's canonical path (the path as
 * given when it has none), or for a record of a WARC or JSON Lines file
 * its input_path (ARCHIVE#RECORD-ID, FILE:LINE, the archive's path
 * canonical).  The hash is SHA-256, so every machine splits alike: the
 * first 16 hex digits of `printf %s KEY | sha256sum`, as a number, modulo
 * N.  n is 0 without --shard: every input is taken.
 */
struct shard {
	unsigned long k, n;
};
/* Parses "K/N" (0 <= K < N <= SHARD_MAX): 0, or -1 when it is not one. */
#define SHARD_MAX 1000000UL
int cli_shard_parse(const char *arg, struct shard *out);
/* Whether shard s takes the input of this key (always, without --shard). */
bool cli_shard_takes(const struct shard *s, const char *key);
/* Whether an input of this name is a container whose records are split
 * one by one (.warc, .jsonl, .jl, .ndjson, and their .gz): every shard
 * opens it and takes its own records.  Any other file goes whole to the
 * shard of its path, decided before it is opened, whatever its bytes
 * turn out to hold. */
bool cli_shard_by_record(const char *name);

/* The INPUT arguments with the lists they name expanded, in order, and
 * the shard of them to take (set by the caller; zero: all). */
struct input_list {
	char **paths;
	size_t n;
	struct shard shard;
};

/* Fills in from args (each a path, or "-": one article on standard
 * input) followed by the paths of the list file (--from-list FILE, "-"
 * for standard input), one a line or, with nul, NUL-separated.  A NUL in
 * a list read by lines is refused (it was meant for nul).  -1 with err
 * naming the list and the reason; cli_inputs_free releases in. */
int cli_inputs_gather(struct input_list *in, char **args, int n, const char *list, bool nul, char *err,
		      size_t errlen);
void cli_inputs_free(struct input_list *in);

/* What a walk passed over without reading, by kind (the summary says
 * how many of each). */
enum skip_kind {
	SKIP_ROBOTS,
	SKIP_SITEMAP,
	SKIP_OTHER_FILE,
	SKIP_JSON_NO_PAGES,
	SKIP_WARC_NOT_HTML,
	SKIP_WARC_NOT_OK,
	SKIP_OTHER_SHARD, /* ingest --shard: an input of another shard, not opened (a record: not parsed) */
	SKIP_KINDS
};
extern const char *const skip_kind_names[SKIP_KINDS];
typedef void (*input_skip_fn)(void *ctx, enum skip_kind kind);

/* Walks the inputs: files, and directories (recursively, for .html, .htm
 * and .txt), reading what the user named as given but what a directory
 * walk finds only if it is a regular file inside the directories given
 * (any link's target with follow_symlinks).  With in->shard, a file of
 * another shard is counted SKIP_OTHER_SHARD and neither opened nor
 * refused (cli_shard_takes, before anything else is done with it).
 * Returns the first non-zero value of fn, else 0. */
int cli_inputs_walk(const struct input_list *in, bool follow_symlinks, input_fn fn, input_error_fn on_error,
		    input_skip_fn on_skip, void *ctx);

/* How many inputs the walk will deliver (of in->shard), for a progress
 * line: the directories walked without reading a file. */
size_t cli_inputs_count(const struct input_list *in, bool follow_symlinks);

/*
 * The articles one input holds (cli_records.c): the input itself, each
 * HTML response record of a WARC, each line of a JSON Lines file; gzip
 * is read whatever the name.  file and path are FACTS.md's file and the
 * path doc falls back on (NULL: resolve file); url and date what the
 * container says (or NULL); format -1 to sniff, else an
 * enum article_format; hash is hash_hex of data.  The callback may keep
 * data (setting rec->data to NULL); the rest is the reader's.
 */
struct input_record {
	const char *file, *path, *url, *date;
	int format;
	char hash[HASH_HEX_SIZE];
	char *data;
	size_t len;
};
/* The JSON Lines fields (NULL: url; html, body or text; date, published,
 * datePublished, published_date, pubdate), and the shard whose records
 * to take from a container (cli_shard_by_record; others are counted
 * SKIP_OTHER_SHARD before they are parsed). */
struct record_options {
	const char *url_field, *body_field, *date_field;
	struct shard shard;
};
typedef int (*record_fn)(void *ctx, struct input_record *rec);
typedef void (*record_error_fn)(void *ctx, const char *name, const char *reason);
typedef void (*record_skip_fn)(void *ctx, enum skip_kind kind);
/* Reads the input open as fd (name as given, "-" for standard input):
 * each article to fn, each bad record to on_error (named
 * ARCHIVE#RECORD or FILE:LINE) and the reading goes on.  Returns the
 * first non-zero value of fn, else 0. */
int cli_records_read(const char *name, int fd, size_t max_bytes, const struct record_options *ro, record_fn fn,
		     record_error_fn on_error, record_skip_fn on_skip, void *ctx);

/*
 * The worker pool of ingest --jobs N (cli_pool.c).  pool_new starts N
 * threads, each with a clone of base (one compiled pattern set for all;
 * base must outlive the pool); NULL with err when a thread cannot be
 * started.  pool_submit hands over a
 * record (it copies the names and takes data) and, when the queue is full (8 * N
 * files, or 32 MB of input), first delivers the oldest results; pool_drain
 * delivers all; results reach
 * fn in submission order, on the calling thread, and are freed after fn
 * returns.  pool_free drains, stops the threads and sets *p to NULL; with
 * fn NULL (a run that stops) it drops what was not delivered, the workers
 * ending after the job in hand.
 */
struct pool_result {
	struct article *article; /* NULL when extract refused the input (err says why) */
	struct fact_list facts;
	const char *province;    /* the article's (static), or NULL */
	char err[1024];
	char warning[1024];      /* a pattern hit a limit; the facts found are kept */
	const char *input_path;  /* what was read (a record's path), for rejects */
	char input_hash[HASH_HEX_SIZE];
};
typedef void (*pool_result_fn)(void *ctx, const char *path, struct pool_result *r);
struct pool;
struct pool *pool_new(int workers, const struct transform *base, char *err, size_t errlen);
void pool_submit(struct pool *p, struct input_record *rec, pool_result_fn fn, void *ctx);
void pool_drain(struct pool *p, pool_result_fn fn, void *ctx);
void pool_free(struct pool **p, pool_result_fn fn, void *ctx);

/* FORMAT_TEXT: stats only (a table for people). */
enum output_format { FORMAT_JSONL, FORMAT_CSV, FORMAT_TEXT };

void output_fact_header(FILE *out, enum output_format fmt);
void output_fact(FILE *out, enum output_format fmt, const char *file, const char *doc,
		 const struct fact *f);
/* A JSON string literal of s[0,n). */
void output_json_string(FILE *out, const char *s, size_t n);
/* s[0,n) as one CSV field: quoted when it must be, and when empty (""),
 * for an empty field is NULL. */
void output_csv_field(FILE *out, const char *s, size_t n);
/* The shortest decimal that reads back as v; JSON null, or an empty CSV
 * field, for what JSON cannot hold. */
void output_number(FILE *out, double v, enum output_format fmt);

/* Articles (govfacts export --table articles): doc, url, file, title,
 * published, province, content_hash, first_seen, last_seen, run_id,
 * facts (how many), text. */
void output_article_header(FILE *out, enum output_format fmt);
void output_article(FILE *out, enum output_format fmt, const struct load_article_row *a);

/* ==== Export format 2 (cli_export.c; README, "Exports") ==== */

/* The export format this govfacts writes unless --format-version says 1
 * (the fields of facts and articles before ids).  Bump it, and say what
 * changed in the README, whenever a field of an export changes. */
#define EXPORT_FORMAT_VERSION 2

/* Facts: fact_id, article_id, file, doc, url, title, published, then the
 * fields of FACTS.md from kind to pattern, then run_id (the run that
 * loaded them). */
void export_fact_header(FILE *out, enum output_format fmt);
void export_fact(FILE *out, enum output_format fmt, const struct load_fact_row *row);
/* Articles: article_id, then the fields of format 1. */
void export_article_header(FILE *out, enum output_format fmt);
void export_article(FILE *out, enum output_format fmt, const struct load_article_row *a);
/* Removed facts: fact_id, article_id, doc, run_id, removed. */
void export_removal_header(FILE *out, enum output_format fmt);
void export_removal(FILE *out, enum output_format fmt, const struct load_removal_row *x);

/* Any table or view: its columns as the database names them.
 * export_table_header keeps copies of the names (export_table_free). */
struct export_table {
	FILE *out;
	enum output_format fmt;
	char **names;
	size_t n;
};
void export_table_header(struct export_table *t, size_t n, const char *const *names);
void export_table_row(struct export_table *t, size_t n, const struct load_value *v);
void export_table_free(struct export_table *t);

/* govfacts stats, FORMAT_TEXT or FORMAT_JSONL (one object a line, its
 * "table" saying which: totals, kind, province, run). */
void output_stats_totals(FILE *out, enum output_format fmt, const char *path, const struct load_totals *t);
void output_stats_group(FILE *out, enum output_format fmt, const char *group);
void output_stats_row(FILE *out, enum output_format fmt, const char *group, const struct load_stats_row *r);
void output_runs_header(FILE *out, enum output_format fmt, long long shown, long long total);
void output_run(FILE *out, enum output_format fmt, const struct load_run_row *r);

/*
 * govfacts report (cli_report.c): one static HTML page of the national
 * ranks in db (the ranking views), per indicator a chart, a table, the
 * biggest movers and the conflicts, each rank a link to its article;
 * db_name is what the page says it was made from.  An empty database
 * gives a page that says there is nothing.  -1 with err on a database
 * error (the page is then incomplete: the caller drops it).
 */
int report_write(FILE *out, struct load_db *db, const char *db_name, char *err, size_t errlen);

#endif
