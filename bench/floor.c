/*
 * floor: the least work an ingest of a corpus can do (issue 7).
 *
 *   floor DIR DB
 *
 * For each .html, .htm or .txt file under DIR (walked recursively in
 * sorted order, hidden entries skipped, as govfacts walks): read it,
 * parse it with libxml2's HTML parser, collect its text nodes (outside
 * <script> and <style>) into one buffer, find the numbers in that text
 * with one PCRE2 JIT-compiled regex and a reused match data, and insert
 * one row per number (file id, offset, text) into a fresh SQLite
 * database with one prepared statement in one transaction.
 *
 * Prints one line, "floor: pages=N bytes=N numbers=N seconds=S", which
 * bench/run.sh reads.  govfacts divided by this is the ratio in the
 * benchmark table: what the pipeline costs beyond parsing, one regex
 * pass and the inserts.
 *
 * Exit status: 0 ok, 1 a file or the database failed, 2 usage.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <pcre2.h>
#include <sqlite3.h>

#define NUMBER_RE "\\d[\\d.,]*%?"

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const char *s, size_t k)
{
	if (b->n + k + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		while (cap < b->n + k + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			fputs("floor: out of memory\n", stderr);
			abort();
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, k);
	b->n += k;
	b->p[b->n] = '\0';
}

struct floor {
	pcre2_code *re;
	pcre2_match_data *md;
	sqlite3 *db;
	sqlite3_stmt *ins;
	struct buf file, text;
	long pages, numbers;
	unsigned long long bytes;
	int failed;
};

/* ==== Text nodes, iteratively (deep legacy pages must not recurse) ==== */

static bool skipped(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       (!strcasecmp((const char *)n->name, "script") || !strcasecmp((const char *)n->name, "style"));
}

static void collect_text(xmlNode *root, struct buf *out)
{
	xmlNode *n = root;
	while (n) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
			buf_add(out, (const char *)n->content, strlen((const char *)n->content));
			buf_add(out, " ", 1);
		}
		if (n->children && !skipped(n)) {
			n = n->children;
			continue;
		}
		while (n && !n->next && n != root)
			n = n->parent;
		if (!n || n == root)
			break;
		n = n->next;
	}
}

/* ==== One file ==== */

static int read_file(const char *path, struct buf *b)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	b->n = 0;
	char chunk[65536];
	ssize_t k;
	while ((k = read(fd, chunk, sizeof chunk)) != 0) {
		if (k < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		buf_add(b, chunk, (size_t)k);
	}
	close(fd);
	return 0;
}

static void do_file(struct floor *f, const char *path)
{
	if (read_file(path, &f->file) != 0) {
		fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
		f->failed = 1;
		return;
	}
	f->pages++;
	f->bytes += f->file.n;
	htmlDocPtr doc = htmlReadMemory(f->file.p, (int)f->file.n, path, NULL,
					HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	f->text.n = 0;
	buf_add(&f->text, "", 0);
	if (doc) {
		collect_text(xmlDocGetRootElement(doc), &f->text);
		xmlFreeDoc(doc);
	}
	PCRE2_SIZE off = 0;
	while (off < f->text.n) {
		int rc = pcre2_jit_match(f->re, (PCRE2_SPTR)f->text.p, f->text.n, off, 0, f->md, NULL);
		if (rc < 0)
			break;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(f->md);
		sqlite3_bind_int64(f->ins, 1, f->pages);
		sqlite3_bind_int64(f->ins, 2, (sqlite3_int64)ov[0]);
		sqlite3_bind_text(f->ins, 3, f->text.p + ov[0], (int)(ov[1] - ov[0]), SQLITE_STATIC);
		if (sqlite3_step(f->ins) != SQLITE_DONE) {
			fprintf(stderr, "floor: insert: %s\n", sqlite3_errmsg(f->db));
			f->failed = 1;
		}
		sqlite3_reset(f->ins);
		f->numbers++;
		off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
}

/* ==== The walk: sorted, hidden entries skipped, only article files ==== */

static bool article_name(const char *name)
{
	static const char *const exts[] = { ".html", ".htm", ".txt" };
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
		size_t k = strlen(exts[i]);
		if (n > k && !strcasecmp(name + n - k, exts[i]))
			return true;
	}
	return false;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(struct floor *f, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
		f->failed = 1;
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			names = realloc(names, cap * sizeof *names);
			if (!names)
				abort();
		}
		if (!(names[n++] = strdup(e->d_name)))
			abort();
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	for (size_t i = 0; i < n; i++) {
		char *path;
		if (asprintf(&path, "%s/%s", dir, names[i]) < 0)
			abort();
		struct stat st;
		if (lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(f, path);
			else if (S_ISREG(st.st_mode) && article_name(names[i]))
				do_file(f, path);
		}
		free(path);
		free(names[i]);
	}
	free(names);
}

/* ==== Setup ==== */

static int db_exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "floor: %s: %s\n", sql, err ? err : "?");
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

static int setup(struct floor *f, const char *dbpath)
{
	int code;
	PCRE2_SIZE at;
	f->re = pcre2_compile((PCRE2_SPTR)NUMBER_RE, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &code, &at, NULL);
	if (!f->re || pcre2_jit_compile(f->re, PCRE2_JIT_COMPLETE) != 0) {
		fprintf(stderr, "floor: cannot compile %s with the JIT\n", NUMBER_RE);
		return -1;
	}
	f->md = pcre2_match_data_create_from_pattern(f->re, NULL);
	if (unlink(dbpath) != 0 && errno != ENOENT) {
		fprintf(stderr, "floor: %s: %s\n", dbpath, strerror(errno));
		return -1;
	}
	if (sqlite3_open(dbpath, &f->db) != SQLITE_OK) {
		fprintf(stderr, "floor: %s: %s\n", dbpath, sqlite3_errmsg(f->db));
		return -1;
	}
	if (db_exec(f->db, "CREATE TABLE numbers(file_id INTEGER NOT NULL, off INTEGER NOT NULL, text TEXT NOT NULL)") ||
	    db_exec(f->db, "BEGIN"))
		return -1;
	if (sqlite3_prepare_v2(f->db, "INSERT INTO numbers(file_id, off, text) VALUES (?, ?, ?)", -1, &f->ins, NULL) !=
	    SQLITE_OK) {
		fprintf(stderr, "floor: prepare: %s\n", sqlite3_errmsg(f->db));
		return -1;
	}
	return 0;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: floor DIR DB\n", stderr);
		return 2;
	}
	double t0 = now();
	struct floor f = { 0 };
	xmlInitParser();
	int rc = setup(&f, argv[2]);
	if (rc == 0) {
		walk(&f, argv[1]);
		sqlite3_finalize(f.ins);
		f.ins = NULL;
		rc = db_exec(f.db, "COMMIT");
	}
	sqlite3_finalize(f.ins);
	sqlite3_close(f.db);
	pcre2_match_data_free(f.md);
	pcre2_code_free(f.re);
	free(f.file.p);
	free(f.text.p);
	xmlCleanupParser();
	printf("floor: pages=%ld bytes=%llu numbers=%ld seconds=%.3f\n", f.pages, f.bytes, f.numbers, now() - t0);
	return rc || f.failed ? 1 : 0;
}
