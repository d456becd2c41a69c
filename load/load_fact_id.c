/*
 * load_fact_id: the stable id of a fact (load.h says what it is made of),
 * in C and as the SQL function govfacts_fact_id, which the fact insert
 * and migration 7 call, so that every fact_id in a database comes from
 * this one function over the values the database holds.
 */
#include "load_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ",<n>:": by hand, not printf, which cost more than the hash itself. */
static void put_length(struct buf *b, size_t n)
{
	char tmp[24];
	size_t i = sizeof tmp;
	tmp[--i] = ':';
	do
		tmp[--i] = (char)('0' + n % 10);
	while ((n /= 10) && i > 1);
	tmp[--i] = ',';
	buf_append(b, tmp + i, sizeof tmp - i);
}

/* The shortest of %.15g, %.16g and %.17g that reads back as v (what the
 * exports print); -0 is 0, as SQL compares them equal. */
static void put_number(struct buf *b, double v)
{
	char tmp[40];
	if (v == 0)
		v = 0;
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, v);
		if (!isfinite(v) || strtod(tmp, NULL) == v)
			break;
	}
	size_t n = strlen(tmp);
	put_length(b, n);
	buf_append(b, tmp, n);
}

/* ",~" for NULL, else ",<bytes>:<the bytes>": no text can make two
 * different facts encode alike. */
static void put_text(struct buf *b, const char *s)
{
	if (!s) {
		buf_puts(b, ",~");
		return;
	}
	size_t n = strlen(s);
	put_length(b, n);
	buf_append(b, s, n);
}

static void put_int(struct buf *b, long long v)
{
	char tmp[24];
	size_t i = sizeof tmp;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do
		tmp[--i] = (char)('0' + u % 10);
	while ((u /= 10) && i > 1);
	if (v < 0)
		tmp[--i] = '-';
	put_length(b, sizeof tmp - i);
	buf_append(b, tmp + i, sizeof tmp - i);
}

void load_fact_id(const char *doc, const struct fact *f, long long occurrence, char out[LOAD_FACT_ID_SIZE])
{
	struct buf b = { 0 };
	buf_reserve(&b, 256);
	buf_puts(&b, "govfacts-fact-1");
	put_text(&b, doc);
	put_text(&b, f->kind);
	put_number(&b, f->value);
	if (f->has_total)
		put_number(&b, f->total);
	else
		buf_puts(&b, ",~");
	put_text(&b, f->qualifier);
	put_text(&b, f->unit);
	put_text(&b, f->subject);
	put_text(&b, f->indicator);
	put_text(&b, f->province);
	if (f->year)
		put_int(&b, f->year);
	else
		buf_puts(&b, ",~");
	put_int(&b, f->target ? 1 : 0);
	put_int(&b, occurrence);
	char hex[HASH_HEX_SIZE];
	hash_hex(b.data, b.len, hex);
	memcpy(out, hex, LOAD_FACT_ID_SIZE - 1);
	out[LOAD_FACT_ID_SIZE - 1] = '\0';
	buf_free(&b);
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

bool load_fact_same_identity(const struct fact *a, const struct fact *b)
{
	return a->value == b->value && a->has_total == b->has_total && (!a->has_total || a->total == b->total) &&
	       a->year == b->year && a->target == b->target && same_text(a->kind, b->kind) &&
	       same_text(a->qualifier, b->qualifier) && same_text(a->unit, b->unit) &&
	       same_text(a->subject, b->subject) && same_text(a->indicator, b->indicator) &&
	       same_text(a->province, b->province);
}

static const char *arg_text(sqlite3_value *v)
{
	return sqlite3_value_type(v) == SQLITE_NULL ? NULL : (const char *)sqlite3_value_text(v);
}

/* govfacts_fact_id(doc, kind, value, total, qualifier, unit, subject,
 * indicator, province, year, target, occurrence): NULL when doc is. */
static void sql_fact_id(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *doc = arg_text(argv[0]);
	if (!doc) {
		sqlite3_result_null(c);
		return;
	}
	struct fact f = {
		.kind = arg_text(argv[1]),
		.value = sqlite3_value_double(argv[2]),
		.has_total = sqlite3_value_type(argv[3]) != SQLITE_NULL,
		.total = sqlite3_value_double(argv[3]),
		.qualifier = arg_text(argv[4]),
		.unit = arg_text(argv[5]),
		.subject = arg_text(argv[6]),
		.indicator = arg_text(argv[7]),
		.province = arg_text(argv[8]),
		.year = sqlite3_value_type(argv[9]) == SQLITE_NULL ? 0 : sqlite3_value_int(argv[9]),
		.target = sqlite3_value_int(argv[10]) != 0,
	};
	/* sqlite3_value_text may convert a value in place: the texts are
	 * taken before any other call on the same argument, one each. */
	char id[LOAD_FACT_ID_SIZE];
	load_fact_id(doc, &f, sqlite3_value_int64(argv[11]), id);
	sqlite3_result_text(c, id, -1, SQLITE_TRANSIENT);
}

void load_fact_id_register(sqlite3 *db)
{
	sqlite3_create_function(db, "govfacts_fact_id", 12, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_fact_id,
				NULL, NULL);
}
