/*
 * load_ref: the reference tables, provinces (with every spelling of each)
 * and indicators, filled from the same files the transform stage reads:
 * the gazetteer patterns/provinces.tsv and the `indicator CODE "Name"
 * REGEX` lines of patterns/ *.pat.  Only the columns and the first two
 * words are read here; the transform stage has already checked the files
 * when the refresh runs.
 *
 * The lists of rank fields and pillars (patterns/rank_fields.tsv and
 * pillars.tsv, load_field.c) are read here too: kept for the ingest that
 * follows, which classifies each rank it writes, copied into the tables
 * rank_fields and pillars, and applied to the ranks already stored when
 * they changed (or were never applied: a migrated database).
 *
 * A refresh replaces all these tables in one transaction, so readers see
 * the old set or the new one.  Spellings are stored folded (see
 * fold_name) so that a user's "quang-ngai", "QUẢNG NGÃI" or "VN-29" finds
 * Quang Ngai.
 */
#include "load_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "load_sql.h"

/* ==== Spellings ==== */

/*
 * A spelling reduced to what tells provinces apart: diacritics removed and
 * case folded (utf8proc), "đ" read as "d", and only letters and digits
 * kept ("Bà Rịa–Vũng Tàu" and "ba ria - vung tau" are both
 * "bariavungtau").  The caller frees the result.
 */

/* s without its leading and trailing spaces, in place (load_internal.h). */
char *load_trim(char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

static char *fold_name(const char *s)
{
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &mapped,
					  UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
						  UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
	struct buf key = { 0 };
	if (n < 0) {
		/* Not UTF-8: fold the ASCII letters alone. */
		for (const unsigned char *p = (const unsigned char *)s; *p; p++)
			if (isalnum(*p))
				buf_putc(&key, (char)tolower(*p));
	}
	for (utf8proc_ssize_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(mapped + i, n - i, &cp);
		if (k <= 0)
			break;
		if (cp == 0x111) { /* đ: a letter of its own, not d with a mark */
			buf_putc(&key, 'd');
		} else {
			utf8proc_category_t c = utf8proc_category(cp);
			if ((c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
			    (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO))
				buf_append(&key, mapped + i, (size_t)k);
		}
		i += k;
	}
	free(mapped);
	buf_reserve(&key, 0);
	return buf_steal(&key);
}

/* ==== The gazetteer ==== */

/* The columns of provinces.tsv this stage reads, found by the header's
 * names, in the order of SQL_PROVINCE_INSERT's parameters; code and
 * name_en are required.  To read another, add it here and there. */
enum { COL_CODE, COL_NAME_EN, COL_NAME_VI, COL_KIND, COL_UNIT_2025, COL_ALIASES, COL_COUNT_ };
static const char *const col_names[COL_COUNT_] = { "code", "name_en", "name_vi", "kind", "unit_2025", "aliases" };

struct ref_writer {
	struct load_db *d;
	sqlite3_stmt *province, *name, *indicator, *field, *pillar;
	char *err;
	size_t errlen;
};

/* Splits a line at tabs in place; returns the number of fields. */
static int split_tabs(char *s, char **fields, int max)
{
	int n = 0;
	while (n < max) {
		fields[n++] = s;
		char *tab = strchr(s, '\t');
		if (!tab)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	return n;
}

static int add_spelling(struct ref_writer *w, const char *code, const char *name)
{
	if (!name || !*name)
		return 0;
	char *key = fold_name(name);
	int rc = 0;
	if (*key) {
		sqlite3_bind_text(w->name, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(w->name, 2, code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(w->name, 3, name, -1, SQLITE_TRANSIENT);
		rc = load_step_done(w->d, w->name, w->err, w->errlen, "writing a province name");
	}
	free(key);
	return rc;
}

/* One gazetteer row: the province, then each of its spellings. */
static int add_province(struct ref_writer *w, char **v)
{
	sqlite3_stmt *st = w->province;
	for (int c = 0; c < COL_COUNT_; c++)
		load_bind_text(st, c + 1, c == COL_ALIASES && !v[c] ? "" : v[c]);
	if (load_step_done(w->d, st, w->err, w->errlen, "writing a province") != 0)
		return -1;
	const char *code = v[COL_CODE];
	if (add_spelling(w, code, code) != 0 || add_spelling(w, code, v[COL_NAME_EN]) != 0 ||
	    add_spelling(w, code, v[COL_NAME_VI]) != 0)
		return -1;
	char *aliases = v[COL_ALIASES] ? xstrdup(v[COL_ALIASES]) : NULL;
	int rc = 0;
	for (char *a = aliases, *next; rc == 0 && a && *a; a = next) {
		next = strchr(a, ';');
		if (next)
			*next++ = '\0';
		rc = add_spelling(w, code, load_trim(a));
	}
	free(aliases);
	return rc;
}

/* Maps the header's names to columns; -1 with err when a required one is
 * missing. */
static int read_header(char *line, int *pos, const char *path, int lineno, char *err, size_t errlen)
{
	char *fields[32];
	int n = split_tabs(line, fields, 32);
	for (int c = 0; c < COL_COUNT_; c++) {
		pos[c] = -1;
		for (int i = 0; i < n; i++)
			if (!strcmp(load_trim(fields[i]), col_names[c]))
				pos[c] = i;
	}
	static const int required[] = { COL_CODE, COL_NAME_EN };
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (pos[required[i]] < 0) {
			errorf(err, errlen, "%s:%d: the header names no '%s' column", path, lineno,
			       col_names[required[i]]);
			return -1;
		}
	return 0;
}

static int read_gazetteer(struct ref_writer *w, const char *dir)
{
	struct buf path = { 0 };
	buf_printf(&path, "%s/provinces.tsv", dir);
	FILE *f = fopen(path.data, "r");
	if (!f) {
		errorf(w->err, w->errlen, "%s: %s", path.data, strerror(errno));
		buf_free(&path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0, rows = 0, pos[COL_COUNT_];
	bool header = false;
	while (rc == 0 && getline(&line, &cap, f) >= 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!*line || *line == '#')
			continue;
		if (!header) {
			header = true;
			rc = read_header(line, pos, path.data, lineno, w->err, w->errlen);
			continue;
		}
		char *fields[32], *v[COL_COUNT_];
		int n = split_tabs(line, fields, 32);
		for (int c = 0; c < COL_COUNT_; c++)
			v[c] = pos[c] >= 0 && pos[c] < n && *fields[pos[c]] ? load_trim(fields[pos[c]]) : NULL;
		if (!v[COL_CODE] || !v[COL_NAME_EN]) {
			errorf(w->err, w->errlen, "%s:%d: a province needs a code and a name_en", path.data, lineno);
			rc = -1;
			break;
		}
		if ((rc = add_province(w, v)) != 0) {
			size_t k = strlen(w->err);
			snprintf(w->err + k, w->errlen - k, " (%s:%d)", path.data, lineno);
		}
		rows++;
	}
	if (rc == 0 && rows == 0) {
		errorf(w->err, w->errlen, "%s: no provinces", path.data);
		rc = -1;
	}
	free(line);
	fclose(f);
	buf_free(&path);
	return rc;
}

/* ==== Indicators ==== */

static int write_indicators(struct ref_writer *w, const struct load_indicator *ind, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_text(w->indicator, 1, ind[i].code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(w->indicator, 2, ind[i].name, -1, SQLITE_TRANSIENT);
		if (load_step_done(w->d, w->indicator, w->err, w->errlen, "writing an indicator") != 0)
			return -1;
	}
	return 0;
}

/* ==== Fields and pillars of ranks ==== */

static int write_field_row(void *ctx, const char *field, const char *name, int size, int from, int until,
			   const char *words)
{
	struct ref_writer *w = ctx;
	sqlite3_stmt *st = w->field;
	load_bind_text(st, 1, field);
	load_bind_text(st, 2, name);
	sqlite3_bind_int(st, 3, size);
	sqlite3_bind_int(st, 4, from);
	sqlite3_bind_int(st, 5, until);
	load_bind_text(st, 6, words);
	return load_step_done(w->d, st, w->err, w->errlen, "writing a rank field");
}

static int write_pillar(void *ctx, const char *indicator, const char *pillar, const char *spellings)
{
	struct ref_writer *w = ctx;
	sqlite3_stmt *st = w->pillar;
	load_bind_text(st, 1, indicator);
	load_bind_text(st, 2, pillar);
	load_bind_text(st, 3, spellings);
	return load_step_done(w->d, st, w->err, w->errlen, "writing a pillar");
}

/* One rank to classify, read before any is written. */
struct rank_update {
	sqlite3_int64 id;
	struct load_rank_class c;
};

/* Classifies the stored ranks: all when the lists' hash differs from
 * the one the stored classes were made from, else those never
 * classified (a migrated database).  Inside the refresh's transaction. */
static int classify_stored(struct ref_writer *w, const struct load_fields *F)
{
	struct load_db *d = w->d;
	sqlite3_stmt *get = NULL, *set = NULL, *st = NULL;
	struct rank_update *u = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;
	if (sqlite3_prepare_v2(d->db, SQL_FIELDS_HASH, -1, &st, NULL) != SQLITE_OK) {
		load_db_error(d, w->err, w->errlen, "preparing to classify ranks");
		goto out;
	}
	int step = sqlite3_step(st);
	const char *old = step == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
	bool all = !old || strcmp(old, load_fields_hash(F));
	if (sqlite3_prepare_v2(d->db, all ? SQL_RANKS_ALL : SQL_RANKS_UNCLASSIFIED, -1, &get, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, SQL_RANK_CLASSIFY, -1, &set, NULL) != SQLITE_OK) {
		load_db_error(d, w->err, w->errlen, "preparing to classify ranks");
		goto out;
	}
	while ((step = sqlite3_step(get)) == SQLITE_ROW) {
		struct load_rank_input in = {
			.value = sqlite3_column_double(get, 1),
			.has_total = sqlite3_column_type(get, 2) != SQLITE_NULL,
			.total = sqlite3_column_double(get, 2),
			.year = sqlite3_column_int(get, 3),
			.province = (const char *)sqlite3_column_text(get, 4),
			.indicator = (const char *)sqlite3_column_text(get, 5),
			.subject = (const char *)sqlite3_column_text(get, 6),
			.sentence = (const char *)sqlite3_column_text(get, 10),
			.sentence_len = (size_t)sqlite3_column_bytes(get, 10),
		};
		sqlite3_int64 start = sqlite3_column_int64(get, 7), end = sqlite3_column_int64(get, 8),
			      at = sqlite3_column_int64(get, 9);
		if (sqlite3_column_type(get, 9) != SQLITE_NULL && start >= at && end > start &&
		    (size_t)(end - at) <= in.sentence_len) {
			in.match_start = (size_t)(start - at);
			in.match_end = (size_t)(end - at);
		}
		if (n == cap)
			u = xrealloc(u, (cap = cap ? 2 * cap : 256) * sizeof *u);
		u[n].id = sqlite3_column_int64(get, 0);
		load_fields_classify(F, &in, &u[n].c); /* strings owned by F */
		n++;
	}
	if (step != SQLITE_DONE) {
		load_db_error(d, w->err, w->errlen, "reading the ranks to classify");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_int64(set, 1, u[i].id);
		load_bind_text(set, 2, u[i].c.field);
		load_bind_text(set, 3, u[i].c.region);
		load_bind_text(set, 4, u[i].c.pillar);
		if (load_step_done(d, set, w->err, w->errlen, "classifying a rank") != 0)
			goto out;
	}
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_prepare_v2(d->db, SQL_FIELDS_HASH_SET, -1, &st, NULL) != SQLITE_OK) {
		load_db_error(d, w->err, w->errlen, "preparing to classify ranks");
		goto out;
	}
	sqlite3_bind_text(st, 1, load_fields_hash(F), -1, SQLITE_TRANSIENT);
	rc = load_step_done(d, st, w->err, w->errlen, "recording the rank fields' hash");
out:
	free(u);
	sqlite3_finalize(st);
	sqlite3_finalize(get);
	sqlite3_finalize(set);
	return rc;
}

/* The lists into their tables, then into the stored ranks. */
static int write_fields(struct ref_writer *w, const struct load_fields *F)
{
	if (load_exec(w->d, SQL_FIELDS_CLEAR, w->err, w->errlen) != 0 ||
	    load_fields_each(F, write_field_row, write_pillar, w) != 0)
		return -1;
	return classify_stored(w, F);
}

/* ==== Entry points ==== */

int load_ref_refresh(struct load_db *d, const char *dir, const struct load_indicator *indicators, size_t n,
		     char *err, size_t errlen)
{
	if (load_commit(d, err, errlen) != 0)
		return -1;
	struct ref_writer w = { .d = d, .err = err, .errlen = errlen };
	struct load_fields *fields = load_fields_read(dir, err, errlen);
	int rc = -1;
	if (!fields)
		return -1;
	if (sqlite3_prepare_v2(d->db, SQL_PROVINCE_INSERT, -1, &w.province, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, SQL_PROVINCE_NAME_INSERT, -1, &w.name, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, SQL_INDICATOR_INSERT, -1, &w.indicator, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, SQL_FIELD_INSERT, -1, &w.field, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, SQL_PILLAR_INSERT, -1, &w.pillar, NULL) != SQLITE_OK) {
		load_db_error(d, err, errlen, "preparing the reference tables");
		goto out;
	}
	if (load_exec(d, "BEGIN IMMEDIATE", err, errlen) != 0)
		goto out;
	if (load_exec(d, SQL_REF_CLEAR, err, errlen) != 0 || read_gazetteer(&w, dir) != 0 ||
	    write_indicators(&w, indicators, n) != 0 || write_fields(&w, fields) != 0 ||
	    load_exec(d, "COMMIT", err, errlen) != 0) {
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		goto out;
	}
	/* The ranks the ingest writes are classified by these lists. */
	load_fields_free(&d->fields);
	d->fields = fields;
	fields = NULL;
	rc = 0;
out:
	load_fields_free(&fields);
	sqlite3_finalize(w.province);
	sqlite3_finalize(w.name);
	sqlite3_finalize(w.indicator);
	sqlite3_finalize(w.field);
	sqlite3_finalize(w.pillar);
	return rc;
}

int load_province_resolve(struct load_db *d, const char *name, char *out, size_t outlen, char *err,
			  size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, SQL_PROVINCE_RESOLVE, -1, &st, NULL) != SQLITE_OK)
		return load_db_error(d, err, errlen, "looking up a province");
	char *key = fold_name(name);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	free(key);
	int rc, found = 0;
	struct buf names = { 0 };
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *en = (const char *)sqlite3_column_text(st, 0);
		if (found++ == 0)
			snprintf(out, outlen, "%s", en);
		buf_printf(&names, "%s%s", found > 1 ? ", " : "", en);
	}
	sqlite3_finalize(st);
	int result = 0;
	if (rc != SQLITE_DONE) {
		result = load_db_error(d, err, errlen, "looking up a province");
	} else if (found > 1) {
		errorf(err, errlen, "'%s' names several provinces (%s); give one of those", name, names.data);
		result = 1;
	} else if (found == 0) {
		long long n = 0;
		if (sqlite3_prepare_v2(d->db, SQL_PROVINCES_COUNT, -1, &st, NULL) == SQLITE_OK) {
			if (sqlite3_step(st) == SQLITE_ROW)
				n = sqlite3_column_int64(st, 0);
			sqlite3_finalize(st);
		}
		if (n == 0)
			errorf(err, errlen, "%s: the provinces table is empty; run 'govfacts ingest' once to fill it",
			       d->path);
		else
			errorf(err, errlen, "unknown province '%s' (not a name, alias or code in the provinces table)",
			       name);
		result = 1;
	}
	buf_free(&names);
	return result;
}
