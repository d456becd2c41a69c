/*
 * load_db: the SQLite side of govfacts.  Schema migrations, the upsert of
 * articles and their facts, runs and rejects, and reading facts back.
 *
 * Every statement is prepared once per connection and bound, stepped and
 * reset on every path; nothing is built from strings.  Articles are
 * written in batches of BATCH_ARTICLES per transaction, each article
 * inside a savepoint so that a failure drops that article alone.
 */
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "../common/buf.h"
#include "load_sql.h"

#define BATCH_ARTICLES 256
#define BUSY_TIMEOUT_MS 30000

enum stmt_id { ST_RUN_BEGIN, ST_RUN_END, ST_FIND, ST_SEEN, ST_UPSERT, ST_FACTS_DELETE, ST_FACT_INSERT,
	       ST_REJECT, ST_COUNT_ };

static const char *const stmt_sql[ST_COUNT_] = {
	SQL_RUN_BEGIN, SQL_RUN_END, SQL_ARTICLE_FIND, SQL_ARTICLE_SEEN, SQL_ARTICLE_UPSERT,
	SQL_FACTS_DELETE, SQL_FACT_INSERT, SQL_REJECT_INSERT,
};

struct load_db {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT_];
	sqlite3_int64 run_id;
	size_t in_batch;
	bool in_tx;
};

static int db_error(struct load_db *d, char *err, size_t errlen, const char *what)
{
	errorf(err, errlen, "%s: %s: %s", d->path, what, sqlite3_errmsg(d->db));
	return -1;
}

static int exec(struct load_db *d, const char *sql, char *err, size_t errlen)
{
	char *msg = NULL;
	if (sqlite3_exec(d->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		errorf(err, errlen, "%s: %s", d->path, msg ? msg : sqlite3_errmsg(d->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int migrate(struct load_db *d, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return db_error(d, err, errlen, "reading the schema version");
	int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	int latest = (int)(sizeof MIGRATIONS / sizeof *MIGRATIONS);
	if (version > latest) {
		errorf(err, errlen, "%s: schema version %d is newer than this govfacts (%d); upgrade govfacts",
		       d->path, version, latest);
		return -1;
	}
	for (int v = version; v < latest; v++) {
		/* Each migration and its version bump commit together. */
		if (exec(d, "BEGIN IMMEDIATE", err, errlen) != 0)
			return -1;
		char bump[64];
		snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
		if (exec(d, MIGRATIONS[v], err, errlen) != 0 || exec(d, bump, err, errlen) != 0) {
			sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		if (exec(d, "COMMIT", err, errlen) != 0)
			return -1;
	}
	return 0;
}

static struct load_db *open_db(const char *path, int flags, char *err, size_t errlen)
{
	struct load_db *d = xcalloc(1, sizeof *d);
	d->path = xstrdup(path);
	if (sqlite3_open_v2(path, &d->db, flags, NULL) != SQLITE_OK) {
		errorf(err, errlen, "%s: cannot open database: %s", path,
		       d->db ? sqlite3_errmsg(d->db) : "out of memory");
		load_db_close(&d);
		return NULL;
	}
	sqlite3_busy_timeout(d->db, BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(d->db, 1);
	/* A file that is not a database fails here, before anything is
	 * written to it. */
	if (exec(d, "SELECT count(*) FROM sqlite_schema", err, errlen) != 0) {
		load_db_close(&d);
		return NULL;
	}
	return d;
}

struct load_db *load_db_open(const char *path, char *err, size_t errlen)
{
	struct load_db *d = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err, errlen);
	if (!d)
		return NULL;
	if (exec(d, SQL_PRAGMAS, err, errlen) != 0 || migrate(d, err, errlen) != 0) {
		load_db_close(&d);
		return NULL;
	}
	for (int i = 0; i < ST_COUNT_; i++)
		if (sqlite3_prepare_v3(d->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &d->st[i], NULL) !=
		    SQLITE_OK) {
			db_error(d, err, errlen, "preparing a statement");
			load_db_close(&d);
			return NULL;
		}
	return d;
}

struct load_db *load_db_open_readonly(const char *path, char *err, size_t errlen)
{
	struct load_db *d = open_db(path, SQLITE_OPEN_READONLY, err, errlen);
	if (!d)
		return NULL;
	sqlite3_stmt *st;
	int version = 0;
	if (sqlite3_prepare_v2(d->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			version = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	if (version < 1) {
		errorf(err, errlen, "%s: not a govfacts database (no schema); run 'govfacts ingest' first", path);
		load_db_close(&d);
		return NULL;
	}
	return d;
}

int load_commit(struct load_db *d, char *err, size_t errlen)
{
	if (!d->in_tx)
		return 0;
	d->in_tx = false;
	d->in_batch = 0;
	if (exec(d, "COMMIT", err, errlen) != 0) {
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

static int begin_batch(struct load_db *d, char *err, size_t errlen)
{
	if (d->in_tx)
		return 0;
	if (exec(d, "BEGIN IMMEDIATE", err, errlen) != 0)
		return -1;
	d->in_tx = true;
	d->in_batch = 0;
	return 0;
}

void load_db_close(struct load_db **dp)
{
	if (!dp || !*dp)
		return;
	struct load_db *d = *dp;
	if (d->db && d->in_tx)
		load_commit(d, NULL, 0);
	for (int i = 0; i < ST_COUNT_; i++)
		sqlite3_finalize(d->st[i]);
	if (d->db)
		sqlite3_close(d->db);
	free(d->path);
	free(d);
	*dp = NULL;
}

/* ==== Runs and rejects ==== */

static int step_done(struct load_db *d, sqlite3_stmt *st, char *err, size_t errlen, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_error(d, err, errlen, what);
	return 0;
}

int load_run_begin(struct load_db *d, const char *args, char *err, size_t errlen)
{
	sqlite3_stmt *st = d->st[ST_RUN_BEGIN];
	sqlite3_bind_text(st, 1, args, -1, SQLITE_TRANSIENT);
	if (step_done(d, st, err, errlen, "recording the run") != 0)
		return -1;
	d->run_id = sqlite3_last_insert_rowid(d->db);
	return 0;
}

int load_run_end(struct load_db *d, const struct load_counts *c, const char *status, char *err,
		 size_t errlen)
{
	if (load_commit(d, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_RUN_END];
	sqlite3_bind_int64(st, 1, d->run_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)c->articles_new);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->articles_changed);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->articles_unchanged);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)c->rejected);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)c->facts);
	sqlite3_bind_text(st, 7, status, -1, SQLITE_STATIC);
	return step_done(d, st, err, errlen, "closing the run");
}

int load_reject(struct load_db *d, const char *file, const char *reason, char *err, size_t errlen)
{
	if (begin_batch(d, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_REJECT];
	sqlite3_bind_int64(st, 1, d->run_id);
	sqlite3_bind_text(st, 2, file, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, reason, -1, SQLITE_TRANSIENT);
	return step_done(d, st, err, errlen, "recording a reject");
}

/* ==== Articles ==== */

static void hash_hex(const char *s, size_t n, char out[33])
{
	/* Two independent 64-bit FNV-1a lanes: a change detector, not a
	 * security boundary. */
	unsigned long long h1 = 1469598103934665603ULL, h2 = 0x9e3779b97f4a7c15ULL;
	for (size_t i = 0; i < n; i++) {
		h1 = (h1 ^ (unsigned char)s[i]) * 1099511628211ULL;
		h2 = (h2 ^ (unsigned char)s[i]) * 0x100000001b3ULL;
		h2 ^= h2 >> 29;
	}
	snprintf(out, 33, "%016llx%016llx", h1, h2);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static int write_article(struct load_db *d, const struct article *a, const char *province,
			 const char *fingerprint, const char *hash, const struct fact_list *facts,
			 char *err, size_t errlen)
{
	const char *doc = a->url ? a->url : a->file;
	sqlite3_stmt *st = d->st[ST_UPSERT];
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 2, a->url);
	sqlite3_bind_text(st, 3, a->file, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 4, a->title);
	bind_text_or_null(st, 5, a->published);
	bind_text_or_null(st, 6, province);
	sqlite3_bind_text(st, 7, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, fingerprint, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, a->text, (int)a->text_len, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, d->run_id);
	int rc = sqlite3_step(st);
	sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE || !id)
		return db_error(d, err, errlen, "writing the article");

	st = d->st[ST_FACTS_DELETE];
	sqlite3_bind_int64(st, 1, id);
	if (step_done(d, st, err, errlen, "replacing the article's facts") != 0)
		return -1;
	st = d->st[ST_FACT_INSERT];
	for (size_t i = 0; i < facts->n; i++) {
		const struct fact *f = &facts->facts[i];
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		sqlite3_bind_text(st, 3, f->kind, -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 4, f->value);
		if (f->has_total)
			sqlite3_bind_double(st, 5, f->total);
		else
			sqlite3_bind_null(st, 5);
		sqlite3_bind_text(st, 6, f->qualifier, -1, SQLITE_STATIC);
		bind_text_or_null(st, 7, f->unit);
		sqlite3_bind_text(st, 8, f->subject, -1, SQLITE_STATIC);
		bind_text_or_null(st, 9, f->indicator);
		bind_text_or_null(st, 10, f->province);
		if (f->year)
			sqlite3_bind_int(st, 11, f->year);
		else
			sqlite3_bind_null(st, 11);
		sqlite3_bind_int(st, 12, f->target);
		sqlite3_bind_text(st, 13, f->sentence, (int)f->sentence_len, SQLITE_STATIC);
		sqlite3_bind_int64(st, 14, (sqlite3_int64)f->start);
		sqlite3_bind_int64(st, 15, (sqlite3_int64)f->end);
		sqlite3_bind_text(st, 16, f->pattern, -1, SQLITE_STATIC);
		if (step_done(d, st, err, errlen, "writing a fact") != 0)
			return -1;
	}
	return 0;
}

int load_article(struct load_db *d, const struct article *a, const char *province,
		 const char *fingerprint, const struct fact_list *facts, enum load_status *status,
		 char *err, size_t errlen)
{
	char hash[33];
	hash_hex(a->text, a->text_len, hash);
	if (begin_batch(d, err, errlen) != 0)
		return -1;
	const char *doc = a->url ? a->url : a->file;
	sqlite3_stmt *st = d->st[ST_FIND];
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_int64 id = 0;
	bool same = false;
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		const char *h = (const char *)sqlite3_column_text(st, 1);
		const char *p = (const char *)sqlite3_column_text(st, 2);
		same = h && p && !strcmp(h, hash) && !strcmp(p, fingerprint);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(d, err, errlen, "looking up the article");
	if (same) {
		*status = LOAD_UNCHANGED;
		st = d->st[ST_SEEN];
		sqlite3_bind_int64(st, 1, id);
		if (step_done(d, st, err, errlen, "marking the article seen") != 0)
			return -1;
	} else {
		*status = id ? LOAD_CHANGED : LOAD_NEW;
		if (exec(d, "SAVEPOINT article", err, errlen) != 0)
			return -1;
		if (write_article(d, a, province, fingerprint, hash, facts, err, errlen) != 0) {
			sqlite3_exec(d->db, "ROLLBACK TO article; RELEASE article", NULL, NULL, NULL);
			return -1;
		}
		if (exec(d, "RELEASE article", err, errlen) != 0)
			return -1;
	}
	if (++d->in_batch >= BATCH_ARTICLES)
		return load_commit(d, err, errlen);
	return 0;
}

/* ==== Reading back ==== */

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

int load_facts_each(struct load_db *d, load_fact_fn fn, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, SQL_FACTS_ALL, -1, &st, NULL) != SQLITE_OK)
		return db_error(d, err, errlen, "reading facts");
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_fact_row r = { 0 };
		r.file = col_text(st, 0);
		r.doc = col_text(st, 1);
		struct fact *f = &r.fact;
		f->kind = col_text(st, 2);
		f->value = sqlite3_column_double(st, 3);
		f->has_total = sqlite3_column_type(st, 4) != SQLITE_NULL;
		f->total = sqlite3_column_double(st, 4);
		f->qualifier = col_text(st, 5);
		f->unit = col_text(st, 6);
		f->subject = col_text(st, 7);
		f->indicator = col_text(st, 8);
		f->province = col_text(st, 9);
		f->year = sqlite3_column_int(st, 10);
		f->target = sqlite3_column_int(st, 11) != 0;
		f->sentence = col_text(st, 12);
		f->sentence_len = (size_t)sqlite3_column_bytes(st, 12);
		f->start = (size_t)sqlite3_column_int64(st, 13);
		f->end = (size_t)sqlite3_column_int64(st, 14);
		f->pattern = col_text(st, 15);
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_error(d, err, errlen, "reading facts");
		out = -1;
	}
	sqlite3_finalize(st);
	return out;
}
