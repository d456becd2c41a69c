/*
 * cli_export: the rows of govfacts export in export format 2 (README,
 * "Exports"): facts and articles with the ids and article fields an
 * incremental load needs, the removed facts, and any table or view as
 * the database has it.  One record writer serves them all, so that CSV
 * (RFC 4180, CRLF, a header row; NULL an empty field, an empty string
 * "") and JSON Lines (one object a line, keys in header order) cannot
 * disagree.  Format 1 (the fields before ids) is cli_output.c's.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* ==== The record writer ==== */

struct rec {
	FILE *out;
	enum output_format fmt;
	const char *const *names;
	size_t i; /* the next field */
};

static void rec_begin(struct rec *r, FILE *out, enum output_format fmt, const char *const *names)
{
	*r = (struct rec){ out, fmt, names, 0 };
}

/* The separator and, in JSON, the key of the next field. */
static void rec_next(struct rec *r)
{
	if (r->fmt == FORMAT_CSV) {
		if (r->i)
			fputc(',', r->out);
	} else {
		fputs(r->i ? "," : "{", r->out);
		const char *k = r->names[r->i];
		output_json_string(r->out, k, strlen(k));
		fputc(':', r->out);
	}
	r->i++;
}

static void rec_null(struct rec *r)
{
	rec_next(r);
	if (r->fmt != FORMAT_CSV)
		fputs("null", r->out);
}

static void rec_text(struct rec *r, const char *s, size_t n)
{
	if (!s) {
		rec_null(r);
		return;
	}
	rec_next(r);
	if (r->fmt == FORMAT_CSV)
		output_csv_field(r->out, s, n);
	else
		output_json_string(r->out, s, n);
}

static void rec_str(struct rec *r, const char *s)
{
	rec_text(r, s, s ? strlen(s) : 0);
}

static void rec_int(struct rec *r, long long v)
{
	rec_next(r);
	fprintf(r->out, "%lld", v);
}

static void rec_real(struct rec *r, double v)
{
	rec_next(r);
	output_number(r->out, v, r->fmt);
}

static void rec_bool(struct rec *r, bool b)
{
	rec_next(r);
	fputs(b ? "true" : "false", r->out);
}

static void rec_end(struct rec *r)
{
	if (r->fmt == FORMAT_CSV)
		fputs("\r\n", r->out);
	else
		fputs(r->i ? "}\n" : "{}\n", r->out);
}

static void header(FILE *out, enum output_format fmt, const char *const *names, size_t n)
{
	if (fmt != FORMAT_CSV)
		return;
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		output_csv_field(out, names[i], strlen(names[i]));
	}
	fputs("\r\n", out);
}

/* ==== Facts, articles, removals ==== */

static const char *const fact_names[] = {
	"fact_id", "article_id", "file", "doc",     "url",       "title",    "published", "kind",
	"value",   "total",      "qualifier", "unit", "subject", "indicator", "province", "year",
	"target",  "sentence",   "start",  "end",   "pattern",   "run_id",
};

void export_fact_header(FILE *out, enum output_format fmt)
{
	header(out, fmt, fact_names, sizeof fact_names / sizeof *fact_names);
}

void export_fact(FILE *out, enum output_format fmt, const struct load_fact_row *row)
{
	const struct fact *f = &row->fact;
	struct rec r;
	rec_begin(&r, out, fmt, fact_names);
	rec_str(&r, row->fact_id);
	rec_int(&r, row->article_id);
	rec_str(&r, row->file);
	rec_str(&r, row->doc);
	rec_str(&r, row->url);
	rec_str(&r, row->title);
	rec_str(&r, row->published);
	rec_str(&r, f->kind);
	rec_real(&r, f->value);
	if (f->has_total)
		rec_real(&r, f->total);
	else
		rec_null(&r);
	rec_str(&r, f->qualifier);
	rec_str(&r, f->unit);
	rec_str(&r, f->subject);
	rec_str(&r, f->indicator);
	rec_str(&r, f->province);
	if (f->year)
		rec_int(&r, f->year);
	else
		rec_null(&r);
	rec_bool(&r, f->target);
	rec_text(&r, f->sentence, f->sentence_len);
	rec_int(&r, (long long)f->start);
	rec_int(&r, (long long)f->end);
	rec_str(&r, f->pattern);
	rec_int(&r, row->run_id);
	rec_end(&r);
}

static const char *const article_names[] = {
	"article_id", "doc",       "url",    "file",  "title", "published", "province",
	"content_hash", "first_seen", "last_seen", "run_id", "facts", "text",
};

void export_article_header(FILE *out, enum output_format fmt)
{
	header(out, fmt, article_names, sizeof article_names / sizeof *article_names);
}

void export_article(FILE *out, enum output_format fmt, const struct load_article_row *a)
{
	struct rec r;
	rec_begin(&r, out, fmt, article_names);
	rec_int(&r, a->id);
	rec_str(&r, a->doc);
	rec_str(&r, a->url);
	rec_str(&r, a->file);
	rec_str(&r, a->title);
	rec_str(&r, a->published);
	rec_str(&r, a->province);
	rec_str(&r, a->content_hash);
	rec_str(&r, a->first_seen);
	rec_str(&r, a->last_seen);
	rec_int(&r, a->run_id);
	rec_int(&r, a->facts);
	rec_text(&r, a->text, a->text_len);
	rec_end(&r);
}

static const char *const removal_names[] = { "fact_id", "article_id", "doc", "run_id", "removed" };

void export_removal_header(FILE *out, enum output_format fmt)
{
	header(out, fmt, removal_names, sizeof removal_names / sizeof *removal_names);
}

void export_removal(FILE *out, enum output_format fmt, const struct load_removal_row *x)
{
	struct rec r;
	rec_begin(&r, out, fmt, removal_names);
	rec_str(&r, x->fact_id);
	rec_int(&r, x->article_id);
	rec_str(&r, x->doc);
	rec_int(&r, x->run_id);
	rec_str(&r, x->removed);
	rec_end(&r);
}

/* ==== Any table or view ==== */

void export_table_header(struct export_table *t, size_t n, const char *const *names)
{
	/* The names are the statement's, valid until it is reprepared: kept. */
	t->n = n;
	t->names = xcalloc(n ? n : 1, sizeof *t->names);
	for (size_t i = 0; i < n; i++)
		t->names[i] = xstrdup(names[i]);
	header(t->out, t->fmt, (const char *const *)t->names, n);
}

/* A blob as PostgreSQL's bytea reads it: \x and hex digits. */
static void rec_blob(struct rec *r, const unsigned char *p, size_t n)
{
	struct buf b = { 0 };
	buf_puts(&b, "\\x");
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%02x", p[i]);
	rec_text(r, b.data, b.len);
	buf_free(&b);
}

void export_table_row(struct export_table *t, size_t n, const struct load_value *v)
{
	struct rec r;
	rec_begin(&r, t->out, t->fmt, (const char *const *)t->names);
	for (size_t i = 0; i < n && i < t->n; i++) {
		switch (v[i].type) {
		case LOAD_INTEGER: rec_int(&r, v[i].i); break;
		case LOAD_REAL: rec_real(&r, v[i].r); break;
		case LOAD_TEXT: rec_text(&r, v[i].s, v[i].n); break;
		case LOAD_BLOB: rec_blob(&r, (const unsigned char *)v[i].s, v[i].n); break;
		default: rec_null(&r);
		}
	}
	rec_end(&r);
}

void export_table_free(struct export_table *t)
{
	for (size_t i = 0; t->names && i < t->n; i++)
		free(t->names[i]);
	free(t->names);
	t->names = NULL;
	t->n = 0;
}
