/*
 * load_read: reading the database back for export, stats and merge.
 * Each call prepares its one statement, binds the filter (a NULL
 * parameter is no filter, so the SQL is fixed text), steps through the
 * rows handing each to the caller's function, and finalizes on every
 * path.
 */
#include "load_internal.h"

#include <stdlib.h>
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
	if (filter->has_since_run)
		sqlite3_bind_int64(st, 4, filter->since_run);
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
		r.fact_id = col_text(st, 16);
		r.article_id = sqlite3_column_int64(st, 17);
		r.url = col_text(st, 18);
		r.title = col_text(st, 19);
		r.published = col_text(st, 20);
		r.run_id = sqlite3_column_int64(st, 21);
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
	if (filter->has_since_run)
		sqlite3_bind_int64(st, 3, filter->since_run);
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_article_row r = {
			.id = sqlite3_column_int64(st, 12),
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

int load_removals_each(struct load_db *d, long long since_run, load_removal_fn fn, void *ctx, char *err,
		       size_t errlen)
{
	sqlite3_stmt *st;
	if (prepare(d, SQL_REMOVALS_SELECT, &st, err, errlen, "reading removed facts") != 0)
		return -1;
	sqlite3_bind_int64(st, 1, since_run);
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_removal_row r = {
			.fact_id = col_text(st, 0),
			.article_id = sqlite3_column_int64(st, 1),
			.doc = col_text(st, 2),
			.run_id = sqlite3_column_int64(st, 3),
			.removed = col_text(st, 4),
		};
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "reading removed facts");
}

int load_run_before(struct load_db *d, const char *time, long long *run, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	*run = 0;
	if (prepare(d, SQL_RUN_BEFORE, &st, err, errlen, "reading runs") != 0)
		return -1;
	load_bind_text(st, 1, time);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*run = sqlite3_column_int64(st, 0);
	return finish(d, st, rc, 0, err, errlen, "reading runs");
}

/* ==== Any table or view ==== */

int load_table_exportable(struct load_db *d, const char *name, char *list, size_t listlen, char *err,
			  size_t errlen)
{
	sqlite3_stmt *st;
	if (prepare(d, SQL_TABLES_EXPORTABLE, &st, err, errlen, "listing tables") != 0)
		return -1;
	int rc, found = 0;
	size_t used = 0;
	if (listlen)
		list[0] = '\0';
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = col_text(st, 0);
		found = found || !strcmp(t, name);
		if (used < listlen) {
			int n = snprintf(list + used, listlen - used, "%s%s", used ? ", " : "", t);
			used += n > 0 ? (size_t)n : 0;
		}
	}
	return finish(d, st, rc, found, err, errlen, "listing tables");
}

int load_table_each(struct load_db *d, const char *name, load_columns_fn cols, load_row_fn row, void *ctx,
		    char *err, size_t errlen)
{
	/* name is one load_table_exportable found; quoted all the same. */
	struct buf sql = { 0 };
	buf_puts(&sql, SQL_TABLE_SELECT "\"");
	for (const char *p = name; *p; p++) {
		if (*p == '"')
			buf_putc(&sql, '"');
		buf_putc(&sql, *p);
	}
	buf_puts(&sql, "\"");
	sqlite3_stmt *st;
	int rc = prepare(d, sql.data, &st, err, errlen, name);
	buf_free(&sql);
	if (rc != 0)
		return -1;
	size_t n = (size_t)sqlite3_column_count(st);
	const char **names = xcalloc(n ? n : 1, sizeof *names);
	struct load_value *v = xcalloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		names[i] = sqlite3_column_name(st, (int)i);
	int out = cols(ctx, n, names);
	rc = SQLITE_DONE;
	while (out == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (size_t i = 0; i < n; i++) {
			int c = (int)i;
			struct load_value *x = &v[i];
			memset(x, 0, sizeof *x);
			switch (sqlite3_column_type(st, c)) {
			case SQLITE_INTEGER: x->type = LOAD_INTEGER; x->i = sqlite3_column_int64(st, c); break;
			case SQLITE_FLOAT: x->type = LOAD_REAL; x->r = sqlite3_column_double(st, c); break;
			case SQLITE_TEXT:
				x->type = LOAD_TEXT;
				x->s = col_text(st, c);
				x->n = (size_t)sqlite3_column_bytes(st, c);
				break;
			case SQLITE_BLOB:
				x->type = LOAD_BLOB;
				x->s = sqlite3_column_blob(st, c);
				x->n = (size_t)sqlite3_column_bytes(st, c);
				break;
			default: x->type = LOAD_NULL;
			}
		}
		out = row(ctx, n, v);
	}
	free(names);
	free(v);
	return finish(d, st, rc, out, err, errlen, name);
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

/* ==== Merging ==== */

/*
 * load_articles_loaded_each reads the facts through load_facts_each,
 * the export's own read path, so that however facts come to be stored
 * (their sentences apart, fields added) a merge reads them as an export
 * does; the articles are stepped beside them, both in the order of
 * articles.id, an article's facts being those of its doc.  The rows'
 * strings live only until the next step, and an article's facts span
 * many, so each is copied until the article is handed on.
 */
struct loaded {
	struct load_db *d;
	sqlite3_stmt *st; /* SQL_ARTICLES_LOADED */
	int rc;           /* of the last step of st */
	struct article a;
	const char *province, *fingerprint;
	struct fact_list facts; /* facts only: strings are in kept */
	char **kept;
	size_t n_kept, cap_kept;
	load_loaded_fn fn;
	void *ctx;
	int out; /* fn's value when it stopped */
	char *err;
	size_t errlen;
};

/* A copy of s[0,n) (n (size_t)-1: up to its NUL) until the article is
 * handed on; NULL stays NULL. */
static const char *keep(struct loaded *m, const char *s, size_t n)
{
	if (!s)
		return NULL;
	if (n == (size_t)-1)
		n = strlen(s);
	char *copy = xmalloc(n + 1);
	memcpy(copy, s, n);
	copy[n] = '\0';
	if (m->n_kept == m->cap_kept) {
		m->cap_kept = m->cap_kept ? 2 * m->cap_kept : 64;
		m->kept = xrealloc(m->kept, m->cap_kept * sizeof *m->kept);
	}
	m->kept[m->n_kept++] = copy;
	return copy;
}

static void drop_kept(struct loaded *m)
{
	for (size_t i = 0; i < m->n_kept; i++)
		free(m->kept[i]);
	m->n_kept = 0;
	m->facts.n = 0;
}

/* Steps to the next article: 1 one is in m->a, 0 no more, -1 error. */
static int next_loaded(struct loaded *m)
{
	drop_kept(m);
	m->rc = sqlite3_step(m->st);
	if (m->rc != SQLITE_ROW)
		return m->rc == SQLITE_DONE ? 0 : load_db_error(m->d, m->err, m->errlen, "reading articles");
	sqlite3_stmt *st = m->st;
	struct article *a = &m->a;
	memset(a, 0, sizeof *a);
	a->doc = (char *)keep(m, col_text(st, 0), (size_t)-1);
	a->url = (char *)keep(m, col_text(st, 1), (size_t)-1);
	a->file = (char *)keep(m, col_text(st, 2), (size_t)-1);
	a->title = (char *)keep(m, col_text(st, 3), (size_t)-1);
	a->published = (char *)keep(m, col_text(st, 4), (size_t)-1);
	m->province = keep(m, col_text(st, 5), (size_t)-1);
	const char *hash = col_text(st, 6);
	/* An older govfacts' FNV hash is not carried: the text is hashed again. */
	if (hash && strlen(hash) == HASH_HEX_SIZE - 1)
		memcpy(a->text_hash, hash, HASH_HEX_SIZE);
	m->fingerprint = keep(m, col_text(st, 7), (size_t)-1);
	const char *text = col_text(st, 8);
	a->text_len = text ? (size_t)sqlite3_column_bytes(st, 8) : 0;
	a->text = (char *)keep(m, text ? text : "", a->text_len);
	a->path = (char *)keep(m, col_text(st, 9), (size_t)-1);
	const char *input = col_text(st, 10);
	if (input && strlen(input) < sizeof a->input_hash)
		memcpy(a->input_hash, input, strlen(input) + 1);
	if (!a->doc || !a->file || !m->fingerprint)
		return load_db_error(m->d, m->err, m->errlen, "reading an article without doc, file or patterns_hash");
	return 1;
}

/* Hands the article in hand with its facts to fn, then steps to the
 * next: as next_loaded, or -2 when fn stopped (m->out). */
static int hand_on(struct loaded *m)
{
	if ((m->out = m->fn(m->ctx, &m->a, m->province, m->fingerprint ? m->fingerprint : "", &m->facts)) != 0)
		return -2;
	return next_loaded(m);
}

static int loaded_fact(void *ctx, const struct load_fact_row *row)
{
	struct loaded *m = ctx;
	int rc = 1;
	while (rc == 1 && strcmp(m->a.doc, row->doc))
		rc = hand_on(m);
	if (rc == 0) {
		errorf(m->err, m->errlen, "%s: a fact of %s comes after its article (facts out of article order)",
		       m->d->path, row->doc);
		return -1;
	}
	if (rc < 0)
		return -1;
	if (m->facts.n == m->facts.cap) {
		m->facts.cap = m->facts.cap ? 2 * m->facts.cap : 64;
		m->facts.facts = xrealloc(m->facts.facts, m->facts.cap * sizeof *m->facts.facts);
	}
	/* Every string the row holds is copied; a string field added to
	 * struct fact must be copied here too. */
	struct fact *f = &m->facts.facts[m->facts.n++];
	*f = row->fact;
	f->kind = keep(m, f->kind, (size_t)-1);
	f->qualifier = keep(m, f->qualifier, (size_t)-1);
	f->unit = keep(m, f->unit, (size_t)-1);
	f->subject = keep(m, f->subject, (size_t)-1);
	f->indicator = keep(m, f->indicator, (size_t)-1);
	f->province = keep(m, f->province, (size_t)-1);
	f->sentence = keep(m, f->sentence ? f->sentence : "", f->sentence ? f->sentence_len : 0);
	f->pattern = keep(m, f->pattern, (size_t)-1);
	return 0;
}

int load_articles_loaded_each(struct load_db *d, load_loaded_fn fn, void *ctx, char *err, size_t errlen)
{
	struct loaded m = { .d = d, .fn = fn, .ctx = ctx, .err = err, .errlen = errlen };
	/* Both statements read one snapshot. */
	if (load_exec(d, "BEGIN", err, errlen) != 0)
		return -1;
	int rc = prepare(d, SQL_ARTICLES_LOADED, &m.st, err, errlen, "reading articles");
	if (rc == 0)
		rc = next_loaded(&m);
	if (rc == 1)
		rc = load_facts_each(d, NULL, loaded_fact, &m, err, errlen) == 0 ? 1 : -1;
	/* The articles after the last fact (and those without facts). */
	while (rc == 1)
		rc = hand_on(&m);
	drop_kept(&m);
	free(m.kept);
	free(m.facts.facts);
	sqlite3_finalize(m.st);
	sqlite3_exec(d->db, "COMMIT", NULL, NULL, NULL);
	if (m.out)
		return m.out;
	return rc < 0 ? -1 : 0;
}

int load_rejects_each(struct load_db *d, load_reject_fn fn, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (prepare(d, SQL_REJECTS_LATEST, &st, err, errlen, "reading rejects") != 0)
		return -1;
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_reject_row r = { col_text(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3) };
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	return finish(d, st, rc, out, err, errlen, "reading rejects");
}
