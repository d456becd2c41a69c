/*
 * The load stage on real SQLite files: a re-run adds nothing, a changed
 * article has its facts replaced in one transaction, an older schema is
 * migrated, a process killed with SIGKILL leaves a sound database and the
 * next run marks it interrupted, one ingest at a time, the reference
 * tables and province spellings, the ranking views, export filters and
 * stats.
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../common/buf.h"
#include "../load/load.h"
#include "../load/load_internal.h" /* a full database: max_page_count on its connection */
#include "../load/load_sql.h"

static char dbpath[64];
static char refdir[64];
static char srcdir[64]; /* input files, for tests that need them to exist */

static void setup(void)
{
	strcpy(dbpath, "/tmp/govfacts-test-XXXXXX");
	int fd = mkstemp(dbpath);
	cr_assert_geq(fd, 0);
	close(fd);
	unlink(dbpath);
	refdir[0] = srcdir[0] = '\0';
}

static const char *const src_names[] = { "a.html", "b.html", "c.html" };

static void remove_db(void)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };
	char p[96];
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		snprintf(p, sizeof p, "%s%s", dbpath, suffixes[i]);
		unlink(p);
	}
}

static void teardown(void)
{
	char p[96];
	remove_db();
	if (*srcdir) {
		for (size_t i = 0; i < sizeof src_names / sizeof *src_names; i++) {
			snprintf(p, sizeof p, "%s/%s", srcdir, src_names[i]);
			unlink(p);
		}
		rmdir(srcdir);
	}
	if (*refdir) {
		static const char *const ref_names[] = { "provinces.tsv", "rank_fields.tsv", "pillars.tsv" };
		for (size_t i = 0; i < sizeof ref_names / sizeof *ref_names; i++) {
			snprintf(p, sizeof p, "%s/%s", refdir, ref_names[i]);
			unlink(p);
		}
		rmdir(refdir);
	}
}

TestSuite(load, .init = setup, .fini = teardown);

/* ==== Helpers ==== */

/* One integer from SQL run on the file directly (not through load). */
static long long sql_int(const char *sql)
{
	sqlite3 *db;
	cr_assert_eq(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *st;
	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s", sql);
	long long v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* One text value from SQL, copied into out ("" for NULL). */
static void sql_text(const char *sql, char *out, size_t outlen)
{
	sqlite3 *db;
	cr_assert_eq(sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *st;
	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s", sql);
	const char *s = (const char *)sqlite3_column_text(st, 0);
	snprintf(out, outlen, "%s", s ? s : "");
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static int count_row(void *ctx, const struct load_fact_row *row)
{
	(void)row;
	(*(int *)ctx)++;
	return 0;
}

static int count_facts_where(const struct load_filter *filter)
{
	char err[512];
	struct load_db *db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	int n = 0;
	cr_assert_eq(load_facts_each(db, filter, count_row, &n, err, sizeof err), 0, "%s", err);
	load_db_close(&db);
	return n;
}

static int count_facts(void)
{
	return count_facts_where(NULL);
}

static struct load_db *begin(void)
{
	char err[512];
	struct load_db *db = load_db_open(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	cr_assert_eq(load_run_begin(db, "test", 0, err, sizeof err), 0, "%s", err);
	return db;
}

static void end(struct load_db **db)
{
	char err[512];
	cr_assert_eq(load_run_end(*db, "ok", err, sizeof err), 0, "%s", err);
	load_db_close(db);
}

/* A fact for the tables below; strings are static. */
static struct fact fact_of(const char *kind, double value, const char *subject, const char *province,
			   const char *indicator, int year)
{
	return (struct fact){ .kind = kind, .value = value, .qualifier = "exact", .subject = subject,
			      .province = province, .indicator = indicator, .year = year, .sentence = subject,
			      .sentence_len = strlen(subject), .pattern = "p" };
}

static int load_one(struct load_db *db, const char *file, const char *published, const char *text,
		    struct fact *facts, size_t n, enum load_status *st)
{
	struct article a = { .file = (char *)file, .text = (char *)text, .text_len = strlen(text),
			     .title = "T", .published = (char *)published };
	hash_hex(text, strlen(text), a.input_hash); /* as if the file held just the text */
	struct fact_list l = { .facts = facts, .n = n };
	char err[512];
	enum load_status ignored;
	int rc = load_article(db, &a, "Quang Ngai", "fp", &l, st ? st : &ignored, err, sizeof err);
	return rc;
}

static void run_once(const char *text, int n_facts, enum load_status want)
{
	struct load_db *db = begin();
	struct fact facts[3];
	for (int i = 0; i < 3; i++)
		facts[i] = fact_of("count", i + 1, "things", NULL, NULL, 0);
	enum load_status st;
	cr_assert_eq(load_one(db, "a.txt", NULL, text, facts, (size_t)n_facts, &st), 0);
	cr_expect_eq(st, want, "status %d, expected %d", st, want);
	end(&db);
}

/* ==== Idempotence ==== */

Test(load, rerun_adds_nothing_and_change_replaces)
{
	run_once("one text", 3, LOAD_NEW);
	cr_expect_eq(count_facts(), 3);
	run_once("one text", 3, LOAD_UNCHANGED);
	cr_expect_eq(count_facts(), 3);
	cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 1);
	run_once("another text", 2, LOAD_CHANGED);
	cr_expect_eq(count_facts(), 2);
	cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 1);
	cr_expect_eq(sql_int("SELECT articles_changed FROM runs WHERE id = 3"), 1);
	cr_expect_eq(sql_int("SELECT articles_unchanged FROM runs WHERE id = 2"), 1);
	cr_expect_eq(sql_int("SELECT run_id FROM articles"), 3, "the run that loaded it");
	cr_expect_eq(sql_int("SELECT first_seen <= last_seen FROM articles"), 1);
}

Test(load, unchanged_needs_same_text_and_patterns)
{
	run_once("one text", 3, LOAD_NEW);
	char err[512];
	struct load_db *db = begin();
	/* The same article last: once seen, the run takes it for a second
	 * input of its doc. */
	struct article a = { .file = "a.txt", .text = "one text", .text_len = 8 };
	cr_expect_eq(load_article_unchanged(db, &a, "other patterns", err, sizeof err), 0);
	a.text = "one text!";
	a.text_len = 9;
	cr_expect_eq(load_article_unchanged(db, &a, "fp", err, sizeof err), 0);
	a.file = "new.txt";
	cr_expect_eq(load_article_unchanged(db, &a, "fp", err, sizeof err), 0);
	a = (struct article){ .file = "a.txt", .text = "one text", .text_len = 8 };
	cr_expect_eq(load_article_unchanged(db, &a, "fp", err, sizeof err), 1);
	cr_expect_eq(load_run_counts(db)->articles_unchanged, 1);
	end(&db);
	cr_expect_eq(count_facts(), 3, "asking changes nothing");
}

Test(load, unchanged_input_is_known_unread)
{
	run_once("one text", 3, LOAD_NEW);
	char err[512], same[HASH_HEX_SIZE], other[HASH_HEX_SIZE];
	hash_hex("one text", 8, same);
	hash_hex("one text!", 9, other);
	struct load_db *db = begin();
	cr_expect_eq(load_input_unchanged(db, "a.txt", same, "fp", err, sizeof err), 1);
	cr_expect_eq(load_input_unchanged(db, "a.txt", other, "fp", err, sizeof err), 0, "other bytes");
	cr_expect_eq(load_input_unchanged(db, "a.txt", same, "other patterns", err, sizeof err), 0);
	cr_expect_eq(load_input_unchanged(db, "b.txt", same, "fp", err, sizeof err), 0, "another file");
	cr_expect_eq(load_run_counts(db)->articles_unchanged, 1);
	end(&db);
	cr_expect_eq(count_facts(), 3);
}

/* A database of an older govfacts holds 32-digit FNV hashes: the same
 * text is unchanged (not changed), and its hashes become SHA-256. */
Test(load, legacy_hash_of_the_same_text_is_unchanged_and_replaced)
{
	run_once("one text", 3, LOAD_NEW);
	char sha[HASH_HEX_SIZE], got[128];
	hash_hex("one text", 8, sha);
	sql_text("SELECT content_hash FROM articles", got, sizeof got);
	cr_expect_str_eq(got, sha, "the content hash is the text's SHA-256");
	sqlite3 *raw;
	cr_assert_eq(sqlite3_open(dbpath, &raw), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(raw,
				  "UPDATE articles SET content_hash = '0123456789abcdef0123456789abcdef',"
				  " input_hash = 'fedcba9876543210fedcba9876543210'",
				  NULL, NULL, NULL),
		     SQLITE_OK);
	sqlite3_close(raw);
	run_once("one text", 3, LOAD_UNCHANGED);
	sql_text("SELECT content_hash FROM articles", got, sizeof got);
	cr_expect_str_eq(got, sha, "the old hash is replaced");
	sql_text("SELECT input_hash FROM articles", got, sizeof got);
	cr_expect_str_eq(got, sha);
	cr_expect_eq(sql_int("SELECT articles_changed FROM runs WHERE id = 2"), 0);
	/* A changed text under an old hash is changed. */
	raw = NULL;
	cr_assert_eq(sqlite3_open(dbpath, &raw), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(raw, "UPDATE articles SET content_hash = '0123456789abcdef0123456789abcdef'", NULL,
				  NULL, NULL),
		     SQLITE_OK);
	sqlite3_close(raw);
	run_once("another text", 2, LOAD_CHANGED);
}

Test(load, sha256_is_what_sha256sum_prints)
{
	char h[HASH_HEX_SIZE];
	hash_hex("abc", 3, h);
	cr_expect_str_eq(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* load.h's recipe, by hand: the bytes it hashes, through sha256sum. */
Test(load, fact_id_is_the_recipe_of_load_h)
{
	struct fact f = { .kind = "rank", .value = 9, .qualifier = "exact", .subject = "PCI", .indicator = "PCI",
			  .province = "Hung Yen", .year = 2023 };
	char id[LOAD_FACT_ID_SIZE];
	load_fact_id("d", &f, 1, id);
	/* printf 'govfacts-fact-1,1:d,4:rank,1:9,~,5:exact,~,3:PCI,3:PCI,8:Hung Yen,4:2023,1:0,1:1' | sha256sum */
	cr_expect_str_eq(id, "81928d58932da42a943f856a7de4f17a");
}

/* What changes a fact_id and what does not: each case one change to the
 * fact above (or to its doc or occurrence). */
Test(load, fact_id_changes_with_what_the_fact_says_only)
{
	static const struct {
		const char *what;
		int field; /* which change */
		bool same;
	} cases[] = {
		{ "the sentence", 0, true },        { "the position", 1, true },
		{ "the pattern", 2, true },         { "-0 for 0", 3, true },
		{ "the value", 4, false },          { "a total", 5, false },
		{ "the subject", 6, false },        { "an empty unit for none", 7, false },
		{ "the year", 8, false },           { "a target", 9, false },
		{ "the doc", 10, false },           { "the occurrence", 11, false },
		{ "the qualifier", 12, false },     { "the province", 13, false },
	};
	struct fact base = { .kind = "percent", .value = 0, .qualifier = "exact", .subject = "online services",
			     .province = "Can Tho", .year = 2024, .sentence = "a", .sentence_len = 1,
			     .pattern = "p" };
	char want[LOAD_FACT_ID_SIZE], got[LOAD_FACT_ID_SIZE];
	load_fact_id("doc", &base, 1, want);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct fact f = base;
		const char *doc = "doc";
		long long occurrence = 1;
		switch (cases[i].field) {
		case 0: f.sentence = "another"; f.sentence_len = 7; break;
		case 1: f.start = 10; f.end = 20; break;
		case 2: f.pattern = "q"; break;
		case 3: f.value = -0.0; break;
		case 4: f.value = 0.5; break;
		case 5: f.has_total = true; f.total = 0; break;
		case 6: f.subject = "online services "; break;
		case 7: f.unit = ""; break;
		case 8: f.year = 2025; break;
		case 9: f.target = true; break;
		case 10: doc = "doc2"; break;
		case 11: occurrence = 2; break;
		case 12: f.qualifier = "min"; break;
		case 13: f.province = NULL; break;
		}
		load_fact_id(doc, &f, occurrence, got);
		cr_expect_eq(!strcmp(got, want), cases[i].same, "%s: %s", cases[i].what,
			     cases[i].same ? "changed the id" : "kept the id");
		cr_expect_eq(strlen(got), LOAD_FACT_ID_SIZE - 1);
	}
}

Test(load, failed_replacement_keeps_the_old_facts)
{
	run_once("one text", 3, LOAD_NEW);
	struct load_db *db = begin();
	struct fact facts[2] = { fact_of("count", 1, "things", NULL, NULL, 0),
				 fact_of("count", 2, "things", NULL, NULL, 0) };
	facts[1].subject = NULL; /* NOT NULL column: the second fact fails */
	facts[1].sentence = "s";
	facts[1].sentence_len = 1;
	cr_expect_eq(load_one(db, "a.txt", NULL, "changed text", facts, 2, NULL), -1);
	end(&db);
	cr_expect_eq(count_facts(), 3, "the article's facts change all together or not at all");
	char text[64];
	sql_text("SELECT text FROM articles", text, sizeof text);
	cr_expect_str_eq(text, "one text");
}

/* ==== One doc, two inputs ==== */

/* Creates srcdir with the files of src_names; their paths into paths. */
static void make_sources(char paths[][96])
{
	strcpy(srcdir, "/tmp/govfacts-src-XXXXXX");
	cr_assert_not_null(mkdtemp(srcdir));
	for (size_t i = 0; i < sizeof src_names / sizeof *src_names; i++) {
		snprintf(paths[i], 96, "%s/%s", srcdir, src_names[i]);
		FILE *f = fopen(paths[i], "w");
		cr_assert_not_null(f);
		fclose(f);
	}
}

/* An input as extract gives it: doc and canonical path set. */
struct input {
	const char *path, *published, *text;
};

static int load_input(struct load_db *db, const char *doc, const struct input *in, enum load_status *st)
{
	struct article a = { .file = (char *)in->path, .path = (char *)in->path, .doc = (char *)doc,
			     .text = (char *)in->text, .text_len = strlen(in->text), .title = "T",
			     .published = (char *)in->published };
	hash_hex(in->text, strlen(in->text), a.input_hash);
	struct fact f[2] = { fact_of("rank", 12, "DTI", "Lam Dong", "DTI", 2023),
			     fact_of("count", (double)strlen(in->text), "things", NULL, NULL, 0) };
	struct fact_list l = { .facts = f, .n = 2 };
	char err[512];
	int rc = load_article(db, &a, "Lam Dong", "fp", &l, st, err, sizeof err);
	cr_expect_eq(rc, 0, "%s", err);
	if (*st == LOAD_DUPLICATE)
		cr_expect(strstr(err, "a duplicate of") && strstr(err, doc), "message: %s", err);
	return rc;
}

Test(load, one_doc_from_two_inputs_keeps_one_article_in_either_order)
{
	char paths[3][96];
	make_sources(paths);
	const char *doc = "https://lamdong.gov.vn/news/dti-2023-123.html";
	char ha[HASH_HEX_SIZE], hb[HASH_HEX_SIZE];
	hash_hex("text a", 6, ha);
	hash_hex("text b", 6, hb);
	const struct {
		struct input a, b;
		int kept; /* 0: a, 1: b */
	} cases[] = {
		{ { paths[0], "2024-01-02", "text a" }, { paths[1], "2024-03-05", "text b" }, 1 }, /* later */
		{ { paths[0], "2024-03-05", "text a" }, { paths[1], "2024-01-02", "text b" }, 0 },
		{ { paths[0], NULL, "text a" }, { paths[1], "2024-01-02", "text b" }, 1 }, /* a date */
		{ { paths[0], "2024-01-02", "text a" }, { paths[1], "2024-01-02", "text b" },
		  strcmp(hb, ha) > 0 }, /* the larger content hash */
		{ { paths[0], "2024-01-02", "same" }, { paths[1], "2024-01-02", "same" }, 0 }, /* path first */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		for (int order = 0; order < 2; order++) {
			const struct input *first = order ? &cases[i].b : &cases[i].a;
			const struct input *second = order ? &cases[i].a : &cases[i].b;
			const struct input *kept = cases[i].kept ? &cases[i].b : &cases[i].a;
			remove_db();
			for (int run = 1; run <= 2; run++) {
				struct load_db *db = begin();
				enum load_status s1, s2;
				load_input(db, doc, first, &s1);
				load_input(db, doc, second, &s2);
				/* Run 2: the kept one unchanged, the other still a duplicate. */
				enum load_status w1 = run == 1 ? LOAD_NEW : first == kept ? LOAD_UNCHANGED : LOAD_DUPLICATE;
				enum load_status w2 = run == 1 || first == kept ? LOAD_DUPLICATE : LOAD_UNCHANGED;
				cr_expect(s1 == w1 && s2 == w2, "case %zu order %d run %d: %d %d", i, order, run, s1, s2);
				end(&db);
				char file[96], sql[128];
				sql_text("SELECT file FROM articles", file, sizeof file);
				cr_expect_str_eq(file, kept->path, "case %zu order %d run %d", i, order, run);
				cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 1);
				snprintf(sql, sizeof sql, "SELECT articles_new + articles_changed FROM runs WHERE id = %d",
					 run);
				cr_expect_eq(sql_int(sql), run == 1, "case %zu order %d run %d", i, order, run);
				snprintf(sql, sizeof sql, "SELECT duplicates FROM runs WHERE id = %d", run);
				cr_expect_eq(sql_int(sql), 1, "case %zu order %d run %d", i, order, run);
			}
			cr_expect_eq(sql_int("SELECT facts FROM runs WHERE id = 1"), sql_int("SELECT count(*) FROM facts"),
				     "the run counts the facts the database holds");
		}
	}
}

Test(load, input_read_twice_in_a_run_is_a_duplicate)
{
	char paths[3][96];
	make_sources(paths);
	struct input in = { paths[0], NULL, "text a" };
	struct load_db *db = begin();
	enum load_status st;
	load_input(db, paths[0], &in, &st);
	end(&db);
	char hash[HASH_HEX_SIZE], err[512];
	hash_hex("text a", 6, hash);
	db = begin();
	cr_expect_eq(load_input_unchanged(db, paths[0], hash, "fp", err, sizeof err), 1);
	cr_expect_eq(load_input_unchanged(db, paths[0], hash, "fp", err, sizeof err), 2);
	cr_expect(strstr(err, "read twice"), "message: %s", err);
	cr_expect_eq(load_run_counts(db)->articles_unchanged, 1);
	cr_expect_eq(load_run_counts(db)->duplicates, 1);
	cr_expect_eq(load_run_counts(db)->unparsed, 1);
	end(&db);
}

Test(load, article_whose_file_is_gone_is_taken_over)
{
	char paths[3][96];
	make_sources(paths);
	const char *doc = "https://lamdong.gov.vn/news/dti-2023-123.html";
	struct input a = { paths[0], "2024-03-05", "text a" }, b = { paths[1], "2024-01-02", "text b" };
	struct load_db *db = begin();
	enum load_status st;
	load_input(db, doc, &a, &st);
	end(&db);
	/* Renamed by the scraper and re-dated: b would lose to a, but a is gone. */
	unlink(paths[0]);
	db = begin();
	load_input(db, doc, &b, &st);
	cr_expect_eq(st, LOAD_CHANGED);
	end(&db);
	char file[96];
	sql_text("SELECT file FROM articles", file, sizeof file);
	cr_expect_str_eq(file, paths[1]);
}

/* ==== Schema ==== */

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

Test(load, schema_has_tables_views_and_version)
{
	run_once("one text", 1, LOAD_NEW);
	int latest = (int)(sizeof MIGRATIONS / sizeof *MIGRATIONS);
	cr_expect_eq(sql_int("PRAGMA user_version"), latest);
	static const char *const names[] = { "runs", "articles", "facts", "rejects", "provinces", "province_names",
					     "indicators", "fact_rows", "province_rankings", "latest_ranks",
					     "facts_rank", "facts_sentence", "sentences", "sentence_rows", "sentence_search",
					     "ranks_by_year", "rank_conflicts", "rank_fields", "pillars" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char sql[160];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_schema WHERE name = '%s'", names[i]);
		cr_expect_eq(sql_int(sql), 1, "%s exists", names[i]);
	}
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_table_info('fact_rows') "
			     "WHERE name IN ('published', 'title', 'url')"),
		     3);
	char mode[16];
	sql_text("PRAGMA journal_mode", mode, sizeof mode);
	cr_expect_str_eq(mode, "wal");
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

/* A database as govfacts 0.1 left it (schema version 1) with one fact. */
static void make_version_1(void)
{
	sqlite3 *db;
	cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	char *msg = NULL;
	int rc = sqlite3_exec(db, MIGRATIONS[0], NULL, NULL, &msg);
	cr_assert_eq(rc, SQLITE_OK, "%s", msg ? msg : "");
	rc = sqlite3_exec(db,
			  "PRAGMA user_version = 1;"
			  "INSERT INTO runs (id, started, status) VALUES (1, '2024-01-01T00:00:00Z', 'ok');"
			  "INSERT INTO articles VALUES (1, 'd', NULL, 'a.txt', 'T', '2024-01-01', NULL, 'h', 'p',"
			  " 'text', 'x', 'x', 1);"
			  "INSERT INTO facts (article_id, seq, kind, value, qualifier, subject, target, sentence,"
			  " start, \"end\", pattern) VALUES (1, 0, 'count', 5, 'exact', 's', 0, 's', 0, 1, 'p');",
			  NULL, NULL, &msg);
	cr_assert_eq(rc, SQLITE_OK, "%s", msg ? msg : "");
	sqlite3_close(db);
}

Test(load, migrates_version_1_keeping_rows)
{
	make_version_1();
	char err[512];
	struct load_db *db = load_db_open(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	cr_expect_eq(sql_int("PRAGMA user_version"), 1, "opening alone does not migrate");
	cr_assert_eq(load_db_upgrade(db, 0, err, sizeof err), 0, "%s", err);
	load_db_close(&db);
	cr_expect_eq(sql_int("PRAGMA user_version"), (long long)(sizeof MIGRATIONS / sizeof *MIGRATIONS));
	cr_expect_eq(sql_int("SELECT count(*) FROM facts"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM provinces"), 0);
	cr_expect_eq(sql_int("SELECT count(*) FROM latest_ranks"), 0);
}

/* Migration 5: docs become what FACTS.md says (the URL when it names an
 * article, else the canonical path) where the file can be resolved. */
Test(load, migration_5_rewrites_docs_to_canonical_paths)
{
	char paths[3][96], sql[2048];
	make_sources(paths);
	char *a = realpath(paths[0], NULL), *b = realpath(paths[1], NULL);
	cr_assert(a && b);
	sqlite3 *db;
	cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	for (int i = 0; i < 3; i++)
		cr_assert_eq(sqlite3_exec(db, MIGRATIONS[i], NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
	/* Two spellings of a.html (the later seen is kept), a home-page URL
	 * from b.html, a file that is gone, an article URL. */
	snprintf(sql, sizeof sql,
		 "PRAGMA user_version = 3;"
		 "INSERT INTO runs (id, started, status) VALUES (1, '2024-01-01T00:00:00Z', 'ok');"
		 "INSERT INTO articles (id, doc, url, file, content_hash, patterns_hash, text, first_seen, last_seen,"
		 " run_id, input_hash) VALUES"
		 " (1, '%s//a.html', NULL, '%s//a.html', 'h', 'p', 't', 'x', '2024-01-01', 1, 'i1'),"
		 " (2, '%s/./a.html', NULL, '%s/./a.html', 'h', 'p', 't', 'x', '2024-02-01', 1, 'i2'),"
		 " (3, 'https://lamdong.gov.vn/', 'https://lamdong.gov.vn/', '%s', 'h', 'p', 't', 'x', 'x', 1, 'i3'),"
		 " (4, '/no/such/gone.txt', NULL, '/no/such/gone.txt', 'h', 'p', 't', 'x', 'x', 1, 'i4'),"
		 " (5, 'https://x.gov.vn/news/a-123.html', 'https://x.gov.vn/news/a-123.html', 'rel/x.html',"
		 "  'h', 'p', 't', 'x', 'x', 1, 'i5'),"
		 " (6, 'no/such/rel.html', NULL, 'no/such/rel.html', 'h', 'p', 't', 'x', 'x', 1, 'i6');"
		 "INSERT INTO facts (article_id, seq, kind, value, qualifier, subject, target, sentence, start,"
		 " \"end\", pattern) VALUES (1, 0, 'count', 5, 'exact', 's', 0, 's', 0, 1, 'p'),"
		 " (2, 0, 'count', 6, 'exact', 's', 0, 's', 0, 1, 'p');",
		 srcdir, srcdir, srcdir, srcdir, paths[1]);
	cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
	sqlite3_close(db);

	struct load_db *d = begin();
	char err[512], got[256];
	cr_expect_eq(load_input_unchanged(d, a, "i2", "p", err, sizeof err), 1, "found by canonical path");
	/* A relative path the migration could not resolve from where it ran:
	 * taken over when an input gives it the same way again. */
	struct article rel = { .file = "no/such/rel.html", .path = "/there/no/such/rel.html",
			       .doc = "/there/no/such/rel.html", .text = "t", .text_len = 1 };
	struct fact_list none = { 0 };
	enum load_status st;
	cr_expect_eq(load_article(d, &rel, NULL, "p", &none, &st, err, sizeof err), 0, "%s", err);
	cr_expect_eq(st, LOAD_CHANGED);
	end(&d);
	sql_text("SELECT doc FROM articles WHERE id = 6", got, sizeof got);
	cr_expect_str_eq(got, "/there/no/such/rel.html");
	cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 5);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts"), 1, "the facts of the row merged away are gone");
	cr_expect_eq(sql_int("SELECT value FROM facts"), 6);
	sql_text("SELECT doc FROM articles WHERE id = 2", got, sizeof got);
	cr_expect_str_eq(got, a);
	sql_text("SELECT doc FROM articles WHERE id = 3", got, sizeof got);
	cr_expect_str_eq(got, b, "a home page is no doc");
	sql_text("SELECT doc || ' ' || input_path FROM articles WHERE id = 4", got, sizeof got);
	cr_expect_str_eq(got, "/no/such/gone.txt /no/such/gone.txt", "left when it cannot be resolved");
	sql_text("SELECT doc FROM articles WHERE id = 5", got, sizeof got);
	cr_expect_str_eq(got, "https://x.gov.vn/news/a-123.html");
	free(a);
	free(b);
}

Test(load, readonly_open_upgrades_an_older_schema)
{
	make_version_1();
	cr_expect_eq(count_facts(), 1);
	cr_expect_eq(sql_int("PRAGMA user_version"), (long long)(sizeof MIGRATIONS / sizeof *MIGRATIONS));
}

Test(load, newer_schema_is_refused)
{
	run_once("one text", 1, LOAD_NEW);
	sqlite3 *db;
	cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(db);
	char err[512];
	struct load_db *d = load_db_open(dbpath, err, sizeof err);
	cr_expect_null(d);
	cr_expect(strstr(err, "newer than this govfacts") != NULL, "message: %s", err);
}

Test(load, version_below_zero_is_refused_and_left_alone)
{
	run_once("one text", 1, LOAD_NEW);
	static const char *const versions[] = { "-1", "-4", "-2147483648" };
	for (size_t i = 0; i < sizeof versions / sizeof *versions; i++) {
		sqlite3 *db;
		char sql[64];
		cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
		snprintf(sql, sizeof sql, "PRAGMA user_version = %s", versions[i]);
		sqlite3_exec(db, sql, NULL, NULL, NULL);
		sqlite3_close(db);
		char err[512], want[64];
		snprintf(want, sizeof want, "schema version %s is not", versions[i]);
		struct load_db *d = load_db_open(dbpath, err, sizeof err);
		cr_expect_null(d);
		cr_expect(strstr(err, want) && strstr(err, dbpath), "message: %s", err);
		d = load_db_open_readonly(dbpath, err, sizeof err);
		cr_expect_null(d);
		cr_expect(strstr(err, want) && strstr(err, dbpath), "message: %s", err);
		cr_expect_eq(sql_int("PRAGMA user_version"), atoll(versions[i]));
	}
}

/* ==== A database that fails mid-run ==== */

Test(load, full_database_loses_the_batch_and_the_run_says_what_it_holds)
{
	struct load_db *db = begin();
	load_set_batch(db, 4);
	struct fact f = fact_of("count", 1, "things", NULL, NULL, 0);
	char text[32];
	for (int i = 0; i < 4; i++) {
		snprintf(text, sizeof text, "text %d", i);
		cr_assert_eq(load_one(db, text, NULL, text, &f, 1, NULL), 0);
	}
	/* Four committed; now no page more fits in the database. */
	cr_assert_eq(sqlite3_exec(db->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), SQLITE_OK);
	static char big[200000];
	memset(big, 'x', sizeof big - 1);
	int rc = 0;
	for (int i = 0; rc == 0 && i < 4; i++) {
		snprintf(text, sizeof text, "big %d", i);
		big[0] = (char)('a' + i);
		rc = load_one(db, text, NULL, big, &f, 1, NULL);
	}
	cr_assert_eq(rc, -1, "a write past max_page_count must fail");
	cr_assert_not_null(load_run_failure(db));
	cr_expect(strstr(load_run_failure(db), "full"), "reason: %s", load_run_failure(db));
	const struct load_counts *c = load_run_counts(db);
	cr_expect_eq(c->articles_new, 4, "counts go back to what was committed (%zu new)", c->articles_new);
	cr_expect_eq(c->facts, 4);
	/* Every write after fails, with the same reason. */
	char err[512];
	cr_expect_eq(load_reject(db, "r.txt", "refused", NULL, NULL, err, sizeof err), -1);
	cr_expect_eq(load_one(db, "small.txt", NULL, "small", &f, 1, NULL), -1);
	cr_assert_eq(sqlite3_exec(db->db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), SQLITE_OK);
	cr_expect_eq(load_run_end(db, "ok", err, sizeof err), -1, "a failed run does not end 'ok'");
	cr_assert_eq(load_run_fail(db, load_run_failure(db), err, sizeof err), 0, "%s", err);
	load_db_close(&db);
	char s[256];
	sql_text("SELECT status || ' ' || articles_new || ' ' || facts || ' ' || (reason LIKE '%full%') FROM runs", s,
		 sizeof s);
	cr_expect_str_eq(s, "failed 4 4 1");
	cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 4);
	cr_expect_eq(sql_int("SELECT count(*) FROM rejects"), 0);
}

/* ==== Crashes and concurrency ==== */

Test(load, sigkill_keeps_committed_batches_and_next_run_marks_it)
{
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		/* The child loads 5 articles two to a transaction and is
		 * killed before the last batch commits. */
		char err[512];
		struct load_db *db = load_db_open(dbpath, err, sizeof err);
		if (!db || load_run_begin(db, "child", 0, err, sizeof err) != 0)
			_exit(1);
		load_set_batch(db, 2);
		struct fact f = fact_of("count", 1, "things", NULL, NULL, 0);
		for (int i = 0; i < 5; i++) {
			char file[32], text[32];
			snprintf(file, sizeof file, "a%d.txt", i);
			snprintf(text, sizeof text, "text %d", i);
			if (load_one(db, file, NULL, text, &f, 1, NULL) != 0)
				_exit(1);
		}
		raise(SIGKILL);
		_exit(2);
	}
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child status %d", status);
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM articles"), 4, "two batches committed");
	cr_expect_eq(sql_int("SELECT count(*) FROM facts"), 4);
	cr_expect_eq(sql_int("SELECT articles_new FROM runs WHERE id = 1"), 4, "counts committed with the batch");
	struct load_db *db = begin();
	end(&db);
	char s[32];
	sql_text("SELECT status FROM runs WHERE id = 1", s, sizeof s);
	cr_expect_str_eq(s, "interrupted");
}

Test(load, one_ingest_at_a_time)
{
	struct load_db *first = begin();
	char err[512];
	struct load_db *second = load_db_open(dbpath, err, sizeof err);
	cr_assert_not_null(second, "%s", err);
	cr_expect_eq(load_run_begin(second, "second", 0, err, sizeof err), 1);
	cr_expect(strstr(err, "another ingest is running") && strstr(err, "run 1"), "message: %s", err);
	cr_expect_eq(sql_int("SELECT count(*) FROM runs"), 1, "the refused ingest wrote nothing");
	/* A reader is not blocked while the first holds a write transaction. */
	struct fact f = fact_of("count", 1, "things", NULL, NULL, 0);
	cr_assert_eq(load_one(first, "a.txt", NULL, "text", &f, 1, NULL), 0);
	cr_expect_eq(count_facts(), 0, "uncommitted work is not seen");
	load_db_close(&first); /* without load_run_end: as if it died */
	cr_expect_eq(count_facts(), 1);
	cr_expect_eq(load_run_begin(second, "second", 0, err, sizeof err), 0, "%s", err);
	end(&second);
	char s[32];
	sql_text("SELECT status FROM runs WHERE id = 1", s, sizeof s);
	cr_expect_str_eq(s, "interrupted");
}

/* ==== Reference tables ==== */

static void write_file(const char *name, const char *text)
{
	char p[128];
	snprintf(p, sizeof p, "%s/%s", refdir, name);
	FILE *f = fopen(p, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

/* The project's lists of rank fields and pillars (the tests run in
 * tests/), copied into refdir. */
static void copy_pattern_file(const char *name)
{
	char p[128];
	snprintf(p, sizeof p, "../patterns/%s", name);
	FILE *in = fopen(p, "r");
	cr_assert_not_null(in, "%s", p);
	snprintf(p, sizeof p, "%s/%s", refdir, name);
	FILE *out = fopen(p, "w");
	cr_assert_not_null(out, "%s", p);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		cr_assert_eq(fwrite(chunk, 1, n, out), n);
	fclose(in);
	fclose(out);
}

static void make_refdir(void)
{
	strcpy(refdir, "/tmp/govfacts-ref-XXXXXX");
	cr_assert_not_null(mkdtemp(refdir));
	copy_pattern_file("rank_fields.tsv");
	copy_pattern_file("pillars.tsv");
	/* Columns in another order than patterns/provinces.tsv: found by name. */
	write_file("provinces.tsv", "# a comment\n"
				    "name_en\tcode\tname_vi\tunit_2025\taliases\tkind\n"
				    "Quang Ngai\tVN-29\tQuảng Ngãi\tQuang Ngai\t\tprovince\n"
				    "Ba Ria - Vung Tau\tVN-43\tBà Rịa – Vũng Tàu\tHo Chi Minh City\tBR-VT;Ba Ria-Vung Tau\t"
				    "province\n"
				    "Dak Lak\tVN-33\tĐắk Lắk\tDak Lak\tDaklak\tprovince\n");
}

static const struct load_indicator test_indicators[] = {
	{ "DTI", "Digital Transformation Index (DTI)" },
};

Test(load, reference_tables_from_the_gazetteer)
{
	make_refdir();
	char err[512], out[64];
	struct load_db *db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM provinces"), 3);
	cr_expect_eq(sql_int("SELECT count(*) FROM indicators"), 1);
	sql_text("SELECT name_vi || '|' || unit_2025 || '|' || aliases FROM provinces WHERE code = 'VN-43'", out,
		 sizeof out);
	cr_expect_str_eq(out, "Bà Rịa – Vũng Tàu|Ho Chi Minh City|BR-VT;Ba Ria-Vung Tau");

	static const struct {
		const char *name, *want; /* want NULL: unknown */
	} cases[] = {
		{ "Quang Ngai", "Quang Ngai" },
		{ "quảng ngãi", "Quang Ngai" },
		{ "QUANG-NGAI", "Quang Ngai" },
		{ "VN-29", "Quang Ngai" },
		{ "BR-VT", "Ba Ria - Vung Tau" },
		{ "Bà Rịa–Vũng Tàu", "Ba Ria - Vung Tau" },
		{ "ĐẮK LẮK", "Dak Lak" },
		{ "daklak", "Dak Lak" },
		{ "Atlantis", NULL },
		{ "", NULL },
	};
	db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int rc = load_province_resolve(db, cases[i].name, out, sizeof out, err, sizeof err);
		if (cases[i].want) {
			cr_expect_eq(rc, 0, "%s: %s", cases[i].name, err);
			cr_expect_str_eq(out, cases[i].want, "%s", cases[i].name);
		} else {
			cr_expect_eq(rc, 1, "%s", cases[i].name);
			cr_expect(strstr(err, "unknown province"), "message: %s", err);
		}
	}
	load_db_close(&db);

	/* A refresh replaces the set. */
	write_file("provinces.tsv", "code\tname_en\nVN-29\tQuang Ngai\n");
	db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM provinces"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM province_names WHERE code <> 'VN-29'"), 0);
}

Test(load, reference_errors_name_the_file)
{
	make_refdir();
	write_file("provinces.tsv", "code\tname_vi\nVN-29\tQuảng Ngãi\n");
	char err[512];
	struct load_db *db = begin();
	cr_expect_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), -1);
	cr_expect(strstr(err, "provinces.tsv:1: the header names no 'name_en' column"), "message: %s", err);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM provinces"), 0);
}

Test(load, empty_provinces_table_says_so)
{
	run_once("one text", 1, LOAD_NEW);
	char err[512], out[64];
	struct load_db *db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	cr_expect_eq(load_province_resolve(db, "Hue", out, sizeof out, err, sizeof err), 1);
	cr_expect(strstr(err, "provinces table is empty"), "message: %s", err);
	load_db_close(&db);
}

/* ==== Views, filters, stats ==== */

/* Two articles: 2022 ranks, then 2023 ranks (overall and one pillar) and
 * a target, which rankings leave out. */
static void load_rankings(void)
{
	make_refdir();
	char err[512];
	struct load_db *db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	struct fact old[] = {
		fact_of("rank", 26, "Digital Transformation Index (DTI)", "Quang Ngai", "DTI", 2022),
		fact_of("rank", 30, "digital government pillar", "Quang Ngai", "DTI", 2022),
		fact_of("percent", 92.7, "households have a smartphone", "Quang Ngai", NULL, 2022),
	};
	struct fact recent[] = {
		fact_of("rank", 17, "DTI", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 11, "Digital government", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 5, "DTI", "Dak Lak", "DTI", 2023),
		fact_of("rank", 10, "Digital Transformation Index (DTI)", "Quang Ngai", "DTI", 2025),
	};
	recent[3].target = true;
	cr_assert_eq(load_one(db, "old.txt", "2023-03-01", "old", old, 3, NULL), 0);
	cr_assert_eq(load_one(db, "new.txt", "2024-04-02", "new", recent, 4, NULL), 0);
	end(&db);
}

Test(load, ranking_views)
{
	load_rankings();
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings"), 5, "targets are not rankings");
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings WHERE pillar IS NULL"), 3);
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings WHERE pillar = 'digital government'"), 2);
	cr_expect_eq(sql_int("SELECT count(*) FROM latest_ranks"), 3);
	cr_expect_eq(sql_int("SELECT rank FROM latest_ranks WHERE province = 'Quang Ngai' AND pillar IS NULL"), 17);
	cr_expect_eq(sql_int("SELECT year FROM latest_ranks WHERE province = 'Quang Ngai' "
			     "AND pillar = 'digital government'"),
		     2023);
	char url[64];
	sql_text("SELECT published FROM latest_ranks WHERE province = 'Dak Lak'", url, sizeof url);
	cr_expect_str_eq(url, "2024-04-02");
}

Test(load, export_filters)
{
	load_rankings();
	static const struct {
		struct load_filter filter;
		int want;
	} cases[] = {
		{ { 0 }, 7 },
		{ { .since = "2024" }, 4 },
		{ { .since = "2024-04-02" }, 4 },
		{ { .since = "2024-04-03" }, 0 },
		{ { .since = "2023-03" }, 7 },
		{ { .province = "Dak Lak" }, 1 },
		{ { .kind = "percent" }, 1 },
		{ { .kind = "rank", .province = "Quang Ngai", .since = "2024-01-01" }, 3 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		cr_expect_eq(count_facts_where(&cases[i].filter), cases[i].want, "case %zu", i);
}

static int count_article(void *ctx, const struct load_article_row *row)
{
	(*(long long *)ctx) += row->facts;
	return 0;
}

static int sum_stats(void *ctx, const struct load_stats_row *row)
{
	(*(long long *)ctx) += row->facts;
	return 0;
}

static int count_runs(void *ctx, const struct load_run_row *row)
{
	(*(long long *)ctx)++;
	cr_expect_str_eq(row->status, "ok");
	return 0;
}

Test(load, articles_and_stats)
{
	load_rankings();
	char err[512];
	struct load_db *db = load_db_open_readonly(dbpath, err, sizeof err);
	cr_assert_not_null(db, "%s", err);
	long long facts = 0;
	struct load_filter since = { .since = "2024" };
	cr_expect_eq(load_articles_each(db, &since, count_article, &facts, err, sizeof err), 0, "%s", err);
	cr_expect_eq(facts, 4, "one article since 2024, with 4 facts");
	struct load_totals t;
	cr_expect_eq(load_stats_totals(db, &t, err, sizeof err), 0, "%s", err);
	cr_expect_eq(t.articles, 2);
	cr_expect_eq(t.facts, 7);
	cr_expect_eq(t.runs, 1);
	long long by_kind = 0, by_province = 0, runs = 0;
	cr_expect_eq(load_stats_each(db, LOAD_STATS_KIND, sum_stats, &by_kind, err, sizeof err), 0, "%s", err);
	cr_expect_eq(load_stats_each(db, LOAD_STATS_PROVINCE, sum_stats, &by_province, err, sizeof err), 0);
	cr_expect_eq(load_runs_each(db, count_runs, &runs, err, sizeof err), 0, "%s", err);
	cr_expect_eq(by_kind, 7);
	cr_expect_eq(by_province, 7);
	cr_expect_eq(runs, 1);
	load_db_close(&db);
}

/* ==== Fields and pillars of ranks, sentences stored once (issue 16) ==== */

/* The field of a rank from its total, the words nearest it and the
 * year, with the project's patterns/rank_fields.tsv: the cases of the
 * fixtures and of the issue. */
Test(load, rank_field_from_total_words_and_year)
{
	static const struct {
		const char *sentence, *match; /* match: the rank's text in the sentence */
		double value, total;          /* total 0: none */
		int year;
		const char *province, *field, *region; /* region NULL: none */
	} cases[] = {
		{ "Soc Trang ranked 34th out of 63 provinces and cities in the DTI 2023, up 4 places, and ninth "
		  "among the 13 localities of the Mekong Delta.", "34th out of 63", 34, 63, 2023, "Soc Trang",
		  "national", NULL },
		{ "Soc Trang ranked 34th out of 63 provinces and cities in the DTI 2023, up 4 places, and ninth "
		  "among the 13 localities of the Mekong Delta.", "ninth among the 13", 9, 13, 2023, "Soc Trang",
		  "region", "Mekong Delta" },
		{ "In the DTI 2023, Can Tho led the region with 0.5613 points and 8th place nationwide, followed by "
		  "Vinh Long, which ranked 15th.", "led the region", 1, 0, 2023, "Can Tho", "region", NULL },
		{ "In the DTI 2023, Can Tho led the region with 0.5613 points and 8th place nationwide, followed by "
		  "Vinh Long, which ranked 15th.", "8th place", 8, 0, 2023, "Can Tho", "national", NULL },
		{ "In the DTI 2023, Can Tho led the region with 0.5613 points and 8th place nationwide, followed by "
		  "Vinh Long, which ranked 15th.", "ranked 15th", 15, 0, 2023, "Vinh Long", "national", NULL },
		{ "Cần Thơ city ranked first among Mekong Delta localities in the 2023 DTI.", "ranked first", 1, 0,
		  2023, "Can Tho", "region", "Mekong Delta" },
		/* Past the region's size: not a rank in the region. */
		{ "Ben Tre made the biggest leap in the region in 2023, rising 18 places to 24th.", "24th", 24, 0,
		  2023, "Ben Tre", "national", NULL },
		{ "Binh Thuan took second place in the South Central Coast region.", "second place", 2, 0, 2023,
		  "Binh Thuan", "region", "South Central Coast" },
		/* The total decides, whatever the words say. */
		{ "Its growth ranked 9th out of 11 provinces and cities.", "9th out of 11", 9, 11, 2024, "Hai Duong",
		  "region", "Red River Delta" },
		{ "It ranked 5th out of 14 provinces.", "5th out of 14", 5, 14, 2023, "Lao Cai", "region", NULL },
		/* 34 units from July 2025: a total of 34 is national then only. */
		{ "Gia Lai came second out of 34 localities.", "second out of 34", 2, 34, 2025, "Gia Lai", "national",
		  NULL },
		{ "It came 20th out of 34 localities.", "20th out of 34", 20, 34, 2023, "Gia Lai", "unknown", NULL },
		{ "It ranked 9th out of 63 provinces in the PAR Index 2025.", "9th out of 63", 9, 63, 2025, "Hue",
		  "national", NULL },
		{ "It ranked 9th out of 63 provinces in the PAR Index 2026.", "9th out of 63", 9, 63, 2026, "Hue",
		  "unknown", NULL },
		/* A bare rank of a province: national when the country has that many. */
		{ "Thanh Hoa rose to 11th place in the DTI 2023.", "11th place", 11, 0, 2023, "Thanh Hoa",
		  "national", NULL },
		{ "Hue rose to 40th place in the PAR Index 2026.", "40th place", 40, 0, 2026, "Hue", "unknown", NULL },
		{ "Hue rose to 20th place in the PAR Index 2026.", "20th place", 20, 0, 2026, "Hue", "national", NULL },
		{ "It rose to 70th place.", "70th place", 70, 0, 2023, "Hue", "unknown", NULL },
		{ "The department rose to 3rd place.", "3rd place", 3, 0, 2023, NULL, "unknown", NULL },
		/* Ministries: a count that varies, said by the words. */
		{ "The Ministry of Justice ranked 3rd among 17 ministries and ministerial-level agencies in the PAR "
		  "Index 2023.", "3rd among 17", 3, 17, 2023, NULL, "ministries", NULL },
		{ "The ministry ranked first among ministries in the PAR Index.", "first", 1, 0, 2023, NULL,
		  "ministries", NULL },
		/* Words across a table cell or a semicolon say nothing of it. */
		{ "Mekong Delta | Cần Thơ | DTI 2023 score: 0.6012 | Rank: 9", "Rank: 9", 9, 0, 2023, "Can Tho",
		  "national", NULL },
		{ "Compared with the Red River Delta, it ranked 9th out of 11 provinces and cities; compared with the "
		  "whole country, it ranked 17th.", "ranked 17th", 17, 0, 2025, "Hai Duong", "national", NULL },
	};
	char err[512];
	struct load_fields *F = load_fields_read("../patterns", err, sizeof err);
	cr_assert_not_null(F, "%s", err);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *s = cases[i].sentence, *m = strstr(s, cases[i].match);
		cr_assert_not_null(m, "case %zu: '%s' is not in the sentence", i, cases[i].match);
		struct load_rank_input in = {
			.value = cases[i].value, .total = cases[i].total, .has_total = cases[i].total > 0,
			.year = cases[i].year, .province = cases[i].province, .indicator = "DTI",
			.subject = "Digital Transformation Index (DTI)", .sentence = s, .sentence_len = strlen(s),
			.match_start = (size_t)(m - s), .match_end = (size_t)(m - s) + strlen(cases[i].match),
		};
		struct load_rank_class c;
		load_fields_classify(F, &in, &c);
		cr_expect_str_eq(c.field, cases[i].field, "case %zu (%s): field %s", i, cases[i].match, c.field);
		if (cases[i].region)
			cr_expect(c.region && !strcmp(c.region, cases[i].region), "case %zu (%s): region %s", i,
				  cases[i].match, c.region ? c.region : "NULL");
		else
			cr_expect_null(c.region, "case %zu (%s): region %s", i, cases[i].match, c.region);
	}
	load_fields_free(&F);
	cr_expect_null(F);
}

/* The pillar of a rank's subject, from patterns/pillars.tsv: a pillar of
 * its own indicator, or NULL, never free text. */
Test(load, pillar_from_the_controlled_list)
{
	static const struct {
		const char *indicator, *subject, *want; /* want NULL: none */
	} cases[] = {
		{ "DTI", "digital government pillar", "digital government" },
		{ "DTI", "Digital government", "digital government" },
		{ "DTI", "digital society pillars", "digital society" },
		{ "DTI", "digital government activities", "digital government activities" },
		{ "DTI", "Digital Transformation Index (DTI)", NULL },
		{ "DTI", "quảng bình (82.07 points)", NULL },
		{ "DTI", "Mekong Delta localities", NULL },
		{ "PAPI", "in the e-governance dimension it", "e-governance" },
		{ "PAPI", "Transparency", "transparency" },
		{ "PCI", "digital government", NULL },
		{ "PCI", "Land Access", "land access" },
		{ "PCI", "the informal charges sub-index", "informal charges" },
		{ "PAR", "in the modernisation of the administration we", "modernisation of the administration" },
		{ "SIPAS", "Satisfaction Index of Public Administrative Services (SIPAS)", NULL },
		{ NULL, "digital government", NULL },
	};
	char err[512];
	struct load_fields *F = load_fields_read("../patterns", err, sizeof err);
	cr_assert_not_null(F, "%s", err);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *got = load_fields_pillar(F, cases[i].indicator, cases[i].subject);
		if (cases[i].want)
			cr_expect(got && !strcmp(got, cases[i].want), "%s '%s': %s", cases[i].indicator,
				  cases[i].subject, got ? got : "NULL");
		else
			cr_expect_null(got, "%s '%s': %s", cases[i].indicator, cases[i].subject, got);
	}
	load_fields_free(&F);
}

Test(load, rank_fields_errors_name_the_file_and_line)
{
	make_refdir();
	write_file("rank_fields.tsv", "# field\tname\tsize\tfrom\tuntil\twords\nnational\t-\t63\t-\t2025\tnationwide\n"
				      "province\t-\t63\t-\t-\tx\n");
	char err[512];
	struct load_db *db = begin();
	cr_expect_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), -1);
	cr_expect(strstr(err, "rank_fields.tsv:3: unknown field 'province'"), "message: %s", err);
	write_file("rank_fields.tsv", "national\t-\tmany\t-\t-\tx\n");
	cr_expect_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), -1);
	cr_expect(strstr(err, "rank_fields.tsv:1: size, from and until"), "message: %s", err);
	write_file("rank_fields.tsv", "national\t-\t63\t-\t2025\tnationwide\n");
	write_file("pillars.tsv", "DTI\n");
	cr_expect_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), -1);
	cr_expect(strstr(err, "pillars.tsv:1: a pillar needs"), "message: %s", err);
	end(&db);
}

/* An article whose facts share sentences: each stored once, in the order
 * facts name them, with its offset in the text; read back whole. */
Test(load, sentences_are_stored_once)
{
	make_refdir();
	const char *text = "Lam Dong ranked 14th out of 63 in the DTI 2023. It ranks 9/63 in digital government and "
			   "21/63 in digital economy. Can Tho led the region.";
	const char *s1 = text, *s2 = strstr(text, "It ranks"), *s3 = strstr(text, "Can Tho");
	struct fact f[4] = {
		fact_of("rank", 14, "Digital Transformation Index (DTI)", "Lam Dong", "DTI", 2023),
		fact_of("rank", 9, "digital government", "Lam Dong", "DTI", 2023),
		fact_of("rank", 21, "digital economy", "Lam Dong", "DTI", 2023),
		fact_of("rank", 1, "Digital Transformation Index (DTI)", "Can Tho", "DTI", 2023),
	};
	const char *sent[4] = { s1, s2, s2, s3 };
	size_t len[4] = { (size_t)(s2 - 1 - s1), (size_t)(s3 - 1 - s2), (size_t)(s3 - 1 - s2), strlen(s3) };
	const char *match[4] = { "14th out of 63", "9/63", "21/63", "led the region" };
	for (int i = 0; i < 4; i++) {
		f[i].sentence = sent[i];
		f[i].sentence_len = len[i];
		f[i].start = (size_t)(strstr(text, match[i]) - text);
		f[i].end = f[i].start + strlen(match[i]);
	}
	f[0].has_total = f[1].has_total = f[2].has_total = true;
	f[0].total = f[1].total = f[2].total = 63;
	char err[512];
	struct load_db *db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	cr_assert_eq(load_one(db, "a.txt", "2024-06-12", text, f, 4, NULL), 0);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentences"), 3);
	cr_expect_eq(sql_int("SELECT count(DISTINCT sentence_id) FROM facts"), 3);
	cr_expect_eq(sql_int("SELECT start FROM sentences WHERE seq = 2"), (long long)(s3 - text));
	cr_expect_eq(sql_int("SELECT count(*) FROM fact_rows f JOIN articles a ON a.doc = f.doc"
			     " WHERE f.sentence = substr(a.text, 1 + (SELECT start FROM sentences s WHERE s.id ="
			     " f.sentence_id), length(f.sentence))"),
		     4, "fact_rows joins each fact's sentence back");
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE field = 'national'"), 3);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE field = 'region' AND region IS NULL"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE pillar = 'digital government'"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'digital economy'"),
		     1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'subjects : index'"),
		     2, "the subjects are searched too");
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH"
			     " 'subjects : \"digital economy\"'"),
		     1);
	/* The export reads the sentence back. */
	struct load_filter rank = { .kind = "rank" };
	cr_expect_eq(count_facts_where(&rank), 4);

	/* A changed article replaces its sentences and their search rows. */
	db = begin();
	struct fact one = fact_of("count", 3, "things", NULL, NULL, 0);
	cr_assert_eq(load_one(db, "a.txt", "2024-06-12", "3 things.", &one, 1, NULL), 0);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentences"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'digital'"), 0);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'subjects : digital'"),
		     0);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'subjects : things'"),
		     1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'rank'"), 0,
		     "ranks (porter: ranked) gone from the index");
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	/* FTS5's own check: the index holds exactly what sentence_docs says. */
	sqlite3 *raw;
	cr_assert_eq(sqlite3_open(dbpath, &raw), SQLITE_OK);
	cr_expect_eq(sqlite3_exec(raw, "INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)",
				  NULL, NULL, NULL),
		     SQLITE_OK, "%s", sqlite3_errmsg(raw));

	/* Changed twice in one batch: the first version's sentences never
	 * reach the index (they were still waiting for the commit), and a
	 * sentence that is not a part of the text is indexed from its own. */
	db = begin();
	struct fact two[2] = { fact_of("count", 5, "towers", NULL, NULL, 0),
			       fact_of("count", 6, "kiosks", NULL, NULL, 0) };
	two[1].sentence = "Six kiosks in a caption.";
	two[1].sentence_len = strlen(two[1].sentence);
	cr_assert_eq(load_one(db, "a.txt", "2024-06-12", "5 towers. 6 kiosks.", two, 2, NULL), 0);
	struct fact three = fact_of("count", 7, "hubs", NULL, NULL, 0);
	cr_assert_eq(load_one(db, "a.txt", "2024-06-12", "7 hubs. 5 towers.", &three, 1, NULL), 0);
	cr_assert_eq(load_one(db, "b.txt", "2024-06-12", "5 towers. 6 kiosks.", two, 2, NULL), 0);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'hubs'"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'things'"), 0);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'towers'"), 1,
		     "b.txt's only: a.txt's first version was dropped before it was indexed");
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'caption'"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search"), sql_int("SELECT count(*) FROM sentences"));
	cr_expect_eq(sqlite3_exec(raw, "INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)",
				  NULL, NULL, NULL),
		     SQLITE_OK, "%s", sqlite3_errmsg(raw));
	sqlite3_close(raw);
}

/* Ranking views hold national ranks only, no targets; a regional rank is
 * kept and can be asked for; two different claims show in
 * rank_conflicts with their articles. */
Test(load, ranking_views_are_national_and_show_conflicts)
{
	make_refdir();
	char err[512];
	struct load_db *db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	struct fact a[] = {
		fact_of("rank", 34, "Digital Transformation Index (DTI)", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 9, "Digital Transformation Index (DTI) in the Mekong Delta", "Quang Ngai", "DTI",
			2023),
		fact_of("rank", 12, "digital government pillar", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 10, "Digital Transformation Index (DTI)", "Quang Ngai", "DTI", 2025),
	};
	a[3].target = true;
	a[0].has_total = true;
	a[0].total = 63;
	struct fact b[] = {
		fact_of("rank", 30, "DTI", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 12, "Digital government", "Quang Ngai", "DTI", 2023),
		fact_of("rank", 20, "DTI", "Quang Ngai", "DTI", 2022),
	};
	cr_assert_eq(load_one(db, "a.txt", "2024-06-01", "a", a, 4, NULL), 0);
	cr_assert_eq(load_one(db, "b.txt", "2024-07-01", "b", b, 3, NULL), 0);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE field = 'region' AND region = 'Mekong Delta'"), 1,
		     "the regional rank is kept");
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings WHERE rank = 9 OR rank = 10"), 0,
		     "no regional rank, no target");
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings WHERE pillar IS NULL"), 3);
	cr_expect_eq(sql_int("SELECT mentions FROM province_rankings WHERE pillar = 'digital government'"), 2);
	cr_expect_eq(sql_int("SELECT count(*) FROM province_rankings WHERE pillar NOT IN ('digital government')"),
		     0, "pillar from the list, never free text");
	cr_expect_eq(sql_int("SELECT count(*) FROM ranks_by_year WHERE pillar IS NULL"), 2);
	cr_expect_eq(sql_int("SELECT claims FROM ranks_by_year WHERE pillar IS NULL AND year = 2023"), 2);
	cr_expect_eq(sql_int("SELECT rank FROM latest_ranks WHERE pillar IS NULL"), 30,
		     "the same year, as many mentions: the later article");
	cr_expect_eq(sql_int("SELECT count(*) FROM rank_conflicts"), 2);
	cr_expect_eq(sql_int("SELECT count(*) FROM rank_conflicts WHERE claims = 2 AND year = 2023"
			     " AND pillar IS NULL AND ((rank = 34 AND doc = 'a.txt') OR (rank = 30 AND doc = 'b.txt'))"),
		     2);
}

/* A database whose facts each hold their sentence (schemas 1 to 7; made
 * at 4, which needs none of load_db.c's SQL functions) migrates: each
 * sentence once per article, the facts joined back to the same text, the
 * full-text indexes filled; the next refresh classifies its ranks. */
Test(load, migration_8_stores_sentences_once_and_classifies_ranks)
{
	sqlite3 *raw;
	cr_assert_eq(sqlite3_open(dbpath, &raw), SQLITE_OK);
	for (int i = 0; i < 4; i++)
		cr_assert_eq(sqlite3_exec(raw, MIGRATIONS[i], NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(raw));
	cr_assert_eq(sqlite3_exec(raw,
				  "PRAGMA user_version = 4;"
				  "INSERT INTO runs (id, started, status) VALUES (1, '2024-01-01T00:00:00Z', 'ok');"
				  "INSERT INTO articles (id, doc, file, content_hash, patterns_hash, text, first_seen,"
				  " last_seen, run_id) VALUES"
				  " (1, 'a', 'a', 'h', 'p', 'Intro. Soc Trang ranked 9th among the 13 localities of the"
				  " Mekong Delta and 34th nationwide.', 'x', 'x', 1),"
				  " (2, 'b', 'b', 'h', 'p', 'Same sentence.', 'x', 'x', 1);"
				  "INSERT INTO facts (article_id, seq, kind, value, total, qualifier, subject, indicator,"
				  " province, year, target, sentence, start, \"end\", pattern) VALUES"
				  " (1, 0, 'rank', 9, 13, 'exact', 'DTI', 'DTI', 'Soc Trang', 2023, 0,"
				  "  'Soc Trang ranked 9th among the 13 localities of the Mekong Delta and 34th nationwide.',"
				  "  24, 45, 'p'),"
				  " (1, 1, 'rank', 34, NULL, 'exact', 'DTI', 'DTI', 'Soc Trang', 2023, 0,"
				  "  'Soc Trang ranked 9th among the 13 localities of the Mekong Delta and 34th nationwide.',"
				  "  86, 101, 'p'),"
				  " (2, 0, 'count', 1, NULL, 'exact', 'same', NULL, NULL, NULL, 0, 'Same sentence.', 0, 4,"
				  "  'p');",
				  NULL, NULL, NULL),
		     SQLITE_OK, "%s", sqlite3_errmsg(raw));
	sqlite3_close(raw);
	cr_expect_eq(count_facts(), 3, "the readonly open migrates");
	cr_expect_eq(sql_int("PRAGMA user_version"), (long long)(sizeof MIGRATIONS / sizeof *MIGRATIONS));
	cr_expect_eq(sql_int("SELECT count(*) FROM sentences"), 2);
	cr_expect_eq(sql_int("SELECT start FROM sentences WHERE article_id = 1"), 7);
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_table_info('facts') WHERE name = 'sentence'"), 0);
	cr_expect_eq(sql_int("SELECT count(*) FROM fact_rows WHERE sentence LIKE 'Soc Trang ranked 9th%'"), 2);
	cr_expect_eq(sql_int("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'mekong'"), 1);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE field IS NOT NULL"), 0, "not classified yet");
	cr_expect_eq(sql_int("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);

	make_refdir();
	char err[512];
	struct load_db *db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE seq = 0 AND article_id = 1 AND field = 'region'"
			     " AND region = 'Mekong Delta'"),
		     1);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE seq = 1 AND article_id = 1 AND field = 'national'"),
		     1);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE kind = 'count' AND field IS NULL"), 1);
	cr_expect_eq(sql_int("SELECT rank FROM latest_ranks WHERE province = 'Soc Trang'"), 34);
	cr_expect_eq(sql_int("SELECT count(*) FROM rank_fields WHERE field = 'region' AND name = 'Mekong Delta'"
			     " AND size = 13"),
		     1);
	cr_expect_eq(sql_int("SELECT count(*) FROM pillars WHERE indicator = 'PCI'"), 10);

	/* Lists that change reclassify every rank; the same lists, none. */
	write_file("rank_fields.tsv", "national\t-\t63\t-\t2025\tnationwide\n");
	db = begin();
	cr_assert_eq(load_ref_refresh(db, refdir, test_indicators, 1, err, sizeof err), 0, "%s", err);
	end(&db);
	cr_expect_eq(sql_int("SELECT count(*) FROM facts WHERE field = 'unknown' AND value = 9"), 1,
		     "13 is no field's size any more");
}
