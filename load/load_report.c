/*
 * load_report: what govfacts report shows, read from the ranking views.
 * Both readers run one fixed statement of load_sql.h and hand each row to
 * the caller; the statement is finalized on every path.  The report reads
 * province_rankings (never facts' ranks directly), so it shows what the
 * views decide a national rank is.
 */
#include "load_internal.h"

#include "load_sql.h"

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* Both statements give the columns of struct load_rank_row, in order. */
static int ranks_each(struct load_db *d, const char *sql, const char *what, load_rank_fn fn, void *ctx,
		      char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) != SQLITE_OK)
		return load_db_error(d, err, errlen, what);
	int rc, out = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct load_rank_row r = {
			.indicator = col_text(st, 0),
			.indicator_name = col_text(st, 1),
			.province = col_text(st, 2),
			.year = sqlite3_column_int(st, 3),
			.rank = sqlite3_column_int64(st, 4),
			.total = sqlite3_column_int64(st, 5),
			.qualifier = col_text(st, 6),
			.mentions = sqlite3_column_int64(st, 7),
			.published = col_text(st, 8),
			.title = col_text(st, 9),
			.url = col_text(st, 10),
			.doc = col_text(st, 11),
			.fact_id = sqlite3_column_int64(st, 12),
		};
		/* The views' NOT NULL columns; a row without them is no rank. */
		if (!r.indicator || !r.province || !r.qualifier)
			continue;
		if ((out = fn(ctx, &r)) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, what);
		out = -1;
	}
	sqlite3_finalize(st);
	return out;
}

int load_report_ranks_each(struct load_db *d, load_rank_fn fn, void *ctx, char *err, size_t errlen)
{
	return ranks_each(d, SQL_REPORT_RANKS, "reading province_rankings", fn, ctx, err, errlen);
}

/* The rank_conflicts view where the schema has one, else the report's
 * own query over province_rankings (see load_sql.h). */
int load_report_conflicts_each(struct load_db *d, load_rank_fn fn, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, SQL_REPORT_HAS_CONFLICTS, -1, &st, NULL) != SQLITE_OK)
		return load_db_error(d, err, errlen, "looking for the rank_conflicts view");
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, "looking for the rank_conflicts view");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	const char *sql = rc == SQLITE_ROW ? SQL_REPORT_CONFLICTS_VIEW : SQL_REPORT_CONFLICTS_OWN;
	return ranks_each(d, sql, "reading rank conflicts", fn, ctx, err, errlen);
}
