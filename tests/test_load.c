/*
 * The load stage on real SQLite files: a re-run adds nothing, a changed
 * article has its facts replaced, rejects are recorded.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../load/load.h"

static char dbpath[64];

static void setup(void)
{
	strcpy(dbpath, "/tmp/govfacts-test-XXXXXX");
	int fd = mkstemp(dbpath);
	cr_assert_geq(fd, 0);
	close(fd);
	unlink(dbpath);
}

static void teardown(void)
{
	char p[80];
	unlink(dbpath);
	snprintf(p, sizeof p, "%s-wal", dbpath);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", dbpath);
	unlink(p);
}

TestSuite(load, .init = setup, .fini = teardown);

static int count_row(void *ctx, const struct load_fact_row *row)
{
	(void)row;
	(*(int *)ctx)++;
	return 0;
}

static int count_facts(void)
{
	char err[512];
	struct load_db *db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	int n = 0;
	cr_assert_eq(load_facts_each(db, count_row, &n, err, sizeof err), 0, "%s", err);
	load_db_close(&db);
	return n;
}

static void run_once(const char *text, int n_facts, enum load_status want)
{
	char err[512];
	struct load_db *db = load_db_open(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	cr_assert_eq(load_run_begin(db, "test", err, sizeof err), 0, "%s", err);
	struct article a = { .file = "a.txt", .text = (char *)text, .text_len = strlen(text), .title = "T" };
	struct fact facts[3];
	for (int i = 0; i < 3; i++)
		facts[i] = (struct fact){ .kind = "count", .value = i + 1, .qualifier = "exact", .subject = "things",
					  .sentence = text, .sentence_len = strlen(text), .pattern = "p" };
	struct fact_list l = { .facts = facts, .n = (size_t)n_facts };
	enum load_status st;
	cr_assert_eq(load_article(db, &a, "Quang Ngai", "fp", &l, &st, err, sizeof err), 0, "%s", err);
	cr_expect_eq(st, want, "status %d, expected %d", st, want);
	struct load_counts c = { 0 };
	cr_assert_eq(load_run_end(db, &c, "ok", err, sizeof err), 0, "%s", err);
	load_db_close(&db);
}

Test(load, rerun_adds_nothing_and_change_replaces)
{
	run_once("one text", 3, LOAD_NEW);
	cr_expect_eq(count_facts(), 3);
	run_once("one text", 3, LOAD_UNCHANGED);
	cr_expect_eq(count_facts(), 3);
	run_once("another text", 2, LOAD_CHANGED);
	cr_expect_eq(count_facts(), 2);
}

Test(load, not_a_database)
{
	FILE *f = fopen(dbpath, "w");
	fputs("this is not a database, just text that is long enough to be read as a header...\n", f);
	fclose(f);
	char err[512];
	struct load_db *db = load_db_open(dbpath, err, sizeof err);
	cr_expect_null(db);
	cr_expect(strstr(err, dbpath) != NULL, "message: %s", err);
}

Test(load, readonly_needs_schema)
{
	char err[512];
	struct load_db *db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_expect_null(db);
}
