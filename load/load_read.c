/*
 * load_read: reading the database back for export and stats.  Each call
 * prepares its one statement, binds the filter (a NULL parameter is no
 * filter, so the SQL is fixed text), steps through the rows handing each
 * to the caller's function, and finalizes on every path.
 */
#include "load_internal.h"

#include <string.h>

#include "load_sql.h"

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static size_t col_size(sqlite3_stmt *st, int i)
{
	sqlite3_int64 v = sqlite3_column_int64(st, i);
	return v > 0 ? (size_t)v : 0;
}

static int prepare(struct load_db *d, const char *sql, sqlite3_stmt **st, char *err, size_t errlen,
		   const char *what)
{
	if (sqlite3_prepare_v2(d->db, sql, -1, st, NULL) != SQLITE_OK) {
		*st = NULL;
		return load_db_error(d, err, errlen, what);
	}
	return 0;
}

/* The end of a row loop: the error of the last step, if any, then the
 * statement is finalized.  Returns out, or -1. */
static int finish(struct load_db *d, sqlite3_stmt *st, int rc, int out, char *err, size_t errlen,
		  const char *what)
{
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, what);
		out = -1;
	}
	sqlite3_finalize(st);
	return out;
}

int load_facts_each(struct load_db *d, const struct load_filter *filter, load_fact_fn fn, void *ctx,
		    char *err, size_t errlen)
{
	static const struct load_filter none = { 0 };
	if (!filter)
		filter = &none;
	sqlite3_stmt *st;
	if (prepare(d, SQL_FACTS_SELECT, &st, err, errlen, "reading facts") != 0)
		return -1;
	load_bind_text(st, 1, filter->since);
	load_bind_text(st, 2, filter->province);
	load_bind_text(st, 3, filter->kind);
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
		f->start = col_size(st, 13);
		f->end = col_size(st, 14);
		f->pattern = col_text(st, 15);
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "reading facts");
}

int load_articles_each(struct load_db *d, const struct load_filter *filter, load_article_fn fn, void *ctx,
		       char *err, size_t errlen)
{
	static const struct load_filter none = { 0 };
	if (!filter)
		filter = &none;
	sqlite3_stmt *st;
	if (prepare(d, SQL_ARTICLES_SELECT, &st, err, errlen, "reading articles") != 0)
		return -1;
	load_bind_text(st, 1, filter->since);
	load_bind_text(st, 2, filter->province);
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_article_row r = {
			.doc = col_text(st, 0),
			.url = col_text(st, 1),
			.file = col_text(st, 2),
			.title = col_text(st, 3),
			.published = col_text(st, 4),
			.province = col_text(st, 5),
			.content_hash = col_text(st, 6),
			.first_seen = col_text(st, 7),
			.last_seen = col_text(st, 8),
			.run_id = sqlite3_column_int64(st, 9),
			.facts = sqlite3_column_int64(st, 10),
			.text = col_text(st, 11),
		};
		r.text_len = (size_t)sqlite3_column_bytes(st, 11);
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "reading articles");
}

/* ==== Stats ==== */

int load_stats_totals(struct load_db *d, struct load_totals *t, char *err, size_t errlen)
{
	memset(t, 0, sizeof *t);
	sqlite3_stmt *st;
	if (prepare(d, SQL_USER_VERSION, &st, err, errlen, "reading the schema version") != 0)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		t->schema = sqlite3_column_int(st, 0);
	if (finish(d, st, rc, 0, err, errlen, "reading the schema version") != 0)
		return -1;
	if (prepare(d, SQL_STATS_TOTALS, &st, err, errlen, "counting rows") != 0)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t->articles = sqlite3_column_int64(st, 0);
		t->facts = sqlite3_column_int64(st, 1);
		t->rejects = sqlite3_column_int64(st, 2);
		t->runs = sqlite3_column_int64(st, 3);
	}
	return finish(d, st, rc, 0, err, errlen, "counting rows");
}

int load_stats_each(struct load_db *d, enum load_stats_group group, load_stats_fn fn, void *ctx, char *err,
		    size_t errlen)
{
	sqlite3_stmt *st;
	const char *sql = group == LOAD_STATS_KIND ? SQL_STATS_KIND : SQL_STATS_PROVINCE;
	if (prepare(d, sql, &st, err, errlen, "counting facts") != 0)
		return -1;
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_stats_row r = { col_text(st, 0), sqlite3_column_int64(st, 1),
					    sqlite3_column_int64(st, 2) };
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "counting facts");
}

int load_runs_each(struct load_db *d, load_run_fn fn, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (prepare(d, SQL_STATS_RUNS, &st, err, errlen, "reading runs") != 0)
		return -1;
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_run_row r = {
			.id = sqlite3_column_int64(st, 0),
			.started = col_text(st, 1),
			.finished = col_text(st, 2),
			.status = col_text(st, 3),
			.args = col_text(st, 4),
			.reason = col_text(st, 10),
			.counts = { col_size(st, 5), col_size(st, 6), col_size(st, 7), col_size(st, 8),
				    col_size(st, 9), col_size(st, 11), col_size(st, 12) },
		};
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "reading runs");
}
