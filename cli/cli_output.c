/*
 * cli_output: facts and articles as JSON Lines (the fields of FACTS.md, in
 * its order) or RFC 4180 CSV with a header row (CRLF line ends; NULL is an
 * empty field, an empty string "", booleans are true/false); database
 * stats as a table or as
 * JSON Lines.  Every string goes through text_safe first, so that a name
 * that is not UTF-8 still makes valid output (its bad bytes as \xHH).
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../common/text.h"

void output_json_string(FILE *out, const char *s, size_t n)
{
	struct buf tmp = { 0 };
	s = text_safe(&tmp, s, &n, TEXT_UTF8);
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (c < 0x20 || c == 0x7f)
				fprintf(out, "\\u%04x", c);
			else
				fputc(c, out);
		}
	}
	fputc('"', out);
	buf_free(&tmp);
}

static void json_string_or_null(FILE *out, const char *s)
{
	if (s)
		output_json_string(out, s, strlen(s));
	else
		fputs("null", out);
}

/* The shortest decimal that reads back as the same double; null (JSON)
 * or nothing (CSV) for what JSON cannot hold. */
void output_number(FILE *out, double v, enum output_format fmt)
{
	if (!isfinite(v)) {
		if (fmt == FORMAT_JSONL)
			fputs("null", out);
		return;
	}
	char buf[40];
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	fputs(buf, out);
}

/* An empty string is "" and stays one (PostgreSQL's \copy reads an empty
 * field as NULL, a quoted one as ''). */
void output_csv_field(FILE *out, const char *s, size_t n)
{
	struct buf tmp = { 0 };
	s = text_safe(&tmp, s, &n, TEXT_UTF8);
	bool quote = n == 0;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	if (!quote) {
		fwrite(s, 1, n, out);
	} else {
		fputc('"', out);
		for (size_t i = 0; i < n; i++) {
			if (s[i] == '"')
				fputc('"', out);
			fputc(s[i], out);
		}
		fputc('"', out);
	}
	buf_free(&tmp);
}

static void csv_str(FILE *out, const char *s)
{
	if (s)
		output_csv_field(out, s, strlen(s));
}

void output_fact_header(FILE *out, enum output_format fmt)
{
	if (fmt == FORMAT_CSV)
		fputs("file,doc,kind,value,total,qualifier,unit,subject,indicator,province,year,target,"
		      "sentence,start,end,pattern\r\n",
		      out);
}

void output_fact(FILE *out, enum output_format fmt, const char *file, const char *doc,
		 const struct fact *f)
{
	if (fmt == FORMAT_CSV) {
		csv_str(out, file);
		fputc(',', out);
		csv_str(out, doc);
		fputc(',', out);
		csv_str(out, f->kind);
		fputc(',', out);
		output_number(out, f->value, fmt);
		fputc(',', out);
		if (f->has_total)
			output_number(out, f->total, fmt);
		fputc(',', out);
		csv_str(out, f->qualifier);
		fputc(',', out);
		csv_str(out, f->unit);
		fputc(',', out);
		csv_str(out, f->subject);
		fputc(',', out);
		csv_str(out, f->indicator);
		fputc(',', out);
		csv_str(out, f->province);
		fputc(',', out);
		if (f->year)
			fprintf(out, "%d", f->year);
		fprintf(out, ",%s,", f->target ? "true" : "false");
		output_csv_field(out, f->sentence, f->sentence_len);
		fprintf(out, ",%zu,%zu,", f->start, f->end);
		csv_str(out, f->pattern);
		fputs("\r\n", out);
		return;
	}
	fputs("{\"file\":", out);
	json_string_or_null(out, file);
	fputs(",\"doc\":", out);
	json_string_or_null(out, doc);
	fprintf(out, ",\"kind\":\"%s\",\"value\":", f->kind);
	output_number(out, f->value, fmt);
	fputs(",\"total\":", out);
	if (f->has_total)
		output_number(out, f->total, fmt);
	else
		fputs("null", out);
	fprintf(out, ",\"qualifier\":\"%s\",\"unit\":", f->qualifier);
	json_string_or_null(out, f->unit);
	fputs(",\"subject\":", out);
	json_string_or_null(out, f->subject);
	fputs(",\"indicator\":", out);
	json_string_or_null(out, f->indicator);
	fputs(",\"province\":", out);
	json_string_or_null(out, f->province);
	fputs(",\"year\":", out);
	if (f->year)
		fprintf(out, "%d", f->year);
	else
		fputs("null", out);
	fprintf(out, ",\"target\":%s,\"sentence\":", f->target ? "true" : "false");
	output_json_string(out, f->sentence, f->sentence_len);
	fprintf(out, ",\"start\":%zu,\"end\":%zu,\"pattern\":", f->start, f->end);
	json_string_or_null(out, f->pattern);
	fputs("}\n", out);
}

/* ==== Articles ==== */

void output_article_header(FILE *out, enum output_format fmt)
{
	if (fmt == FORMAT_CSV)
		fputs("doc,url,file,title,published,province,content_hash,first_seen,last_seen,run_id,facts,"
		      "text\r\n",
		      out);
}

void output_article(FILE *out, enum output_format fmt, const struct load_article_row *a)
{
	const char *const texts[] = { a->doc, a->url, a->file, a->title, a->published,
				      a->province, a->content_hash, a->first_seen, a->last_seen };
	static const char *const names[] = { "doc", "url", "file", "title", "published",
					     "province", "content_hash", "first_seen", "last_seen" };
	size_t n = sizeof names / sizeof *names;
	if (fmt == FORMAT_CSV) {
		for (size_t i = 0; i < n; i++) {
			csv_str(out, texts[i]);
			fputc(',', out);
		}
		fprintf(out, "%lld,%lld,", a->run_id, a->facts);
		if (a->text)
			output_csv_field(out, a->text, a->text_len);
		fputs("\r\n", out);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%s\"%s\":", i ? "," : "{", names[i]);
		json_string_or_null(out, texts[i]);
	}
	fprintf(out, ",\"run_id\":%lld,\"facts\":%lld,\"text\":", a->run_id, a->facts);
	if (a->text)
		output_json_string(out, a->text, a->text_len);
	else
		fputs("null", out);
	fputs("}\n", out);
}

/* ==== Stats ==== */

/* s (NULL as "") for a line of the table: a name or a string of a crafted
 * database neither breaks the line nor sends a terminal sequence. */
static const char *table_text(struct buf *tmp, const char *s)
{
	if (!s)
		return "";
	size_t n = strlen(s);
	return text_safe(tmp, s, &n, TEXT_CONTROLS);
}

void output_stats_totals(FILE *out, enum output_format fmt, const char *path, const struct load_totals *t)
{
	if (fmt == FORMAT_JSONL) {
		fputs("{\"table\":\"totals\",\"db\":", out);
		json_string_or_null(out, path);
		fprintf(out, ",\"schema\":%d,\"articles\":%lld,\"facts\":%lld,\"rejects\":%lld,\"runs\":%lld}\n",
			t->schema, t->articles, t->facts, t->rejects, t->runs);
		return;
	}
	struct buf tmp = { 0 };
	fprintf(out, "%s: schema %d, %lld articles, %lld facts, %lld rejects, %lld runs\n", table_text(&tmp, path),
		t->schema, t->articles, t->facts, t->rejects, t->runs);
	buf_free(&tmp);
}

void output_stats_group(FILE *out, enum output_format fmt, const char *group)
{
	if (fmt != FORMAT_JSONL)
		fprintf(out, "\nfacts by %-21s %8s %9s\n", group, "facts", "articles");
}

void output_stats_row(FILE *out, enum output_format fmt, const char *group, const struct load_stats_row *r)
{
	if (fmt == FORMAT_JSONL) {
		fprintf(out, "{\"table\":\"%s\",\"%s\":", group, group);
		json_string_or_null(out, r->key);
		fprintf(out, ",\"facts\":%lld,\"articles\":%lld}\n", r->facts, r->articles);
		return;
	}
	struct buf tmp = { 0 };
	fprintf(out, "  %-28s %8lld %9lld\n", r->key ? table_text(&tmp, r->key) : "(none)", r->facts, r->articles);
	buf_free(&tmp);
}

void output_runs_header(FILE *out, enum output_format fmt, long long shown, long long total)
{
	if (fmt == FORMAT_JSONL)
		return;
	fprintf(out, "\nruns");
	if (shown < total)
		fprintf(out, " (the last %lld of %lld; --format jsonl lists all)", shown, total);
	fprintf(out, "\n  %5s  %-20s  %-20s  %-11s %7s %8s %10s %9s %7s\n", "id", "started", "finished", "status",
		"new", "changed", "unchanged", "rejected", "facts");
}

void output_run(FILE *out, enum output_format fmt, const struct load_run_row *r)
{
	const struct load_counts *c = &r->counts;
	if (fmt == FORMAT_JSONL) {
		fprintf(out, "{\"table\":\"run\",\"id\":%lld,\"started\":", r->id);
		json_string_or_null(out, r->started);
		fputs(",\"finished\":", out);
		json_string_or_null(out, r->finished);
		fputs(",\"status\":", out);
		json_string_or_null(out, r->status);
		fputs(",\"args\":", out);
		json_string_or_null(out, r->args);
		fputs(",\"reason\":", out);
		json_string_or_null(out, r->reason);
		fprintf(out,
			",\"articles_new\":%zu,\"articles_changed\":%zu,\"articles_unchanged\":%zu,"
			"\"rejected\":%zu,\"facts\":%zu,\"duplicates\":%zu,\"unparsed\":%zu}\n",
			c->articles_new, c->articles_changed, c->articles_unchanged, c->rejected, c->facts,
			c->duplicates, c->unparsed);
		return;
	}
	struct buf t1 = { 0 }, t2 = { 0 }, t3 = { 0 };
	fprintf(out, "  %5lld  %-20s  %-20s  %-11s %7zu %8zu %10zu %9zu %7zu\n", r->id, table_text(&t1, r->started),
		r->finished ? table_text(&t2, r->finished) : "-", table_text(&t3, r->status), c->articles_new,
		c->articles_changed, c->articles_unchanged, c->rejected, c->facts);
	buf_free(&t1);
	buf_free(&t2);
	buf_free(&t3);
}
