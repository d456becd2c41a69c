/*
 * load_db: the SQLite side of govfacts.  Opening and migrating the
 * schema, the run lock, runs and rejects, and the upsert of articles and
 * their facts.  Reading back is in load_read.c, the reference tables in
 * load_ref.c.
 *
 * Every statement is prepared once per connection and bound, stepped and
 * reset on every path; nothing is built from strings.  Articles are
 * written in batches (LOAD_BATCH_DEFAULT per transaction), each article
 * inside a savepoint so that a failure drops that article alone; the
 * run's counts are updated in the same transaction as each batch.
 *
 * Concurrency: one ingest at a time.  load_db_upgrade (from
 * load_run_begin) takes an exclusive flock(2) on PATH.lock before it
 * touches the schema, which the kernel releases however the process ends
 * (even SIGKILL), so a run still marked 'running' when the lock is free
 * was killed.  A second ingest waits for the lock, then gives up naming
 * the running one.  Underneath, every write is a BEGIN IMMEDIATE
 * transaction with a busy timeout and articles have a natural key, so
 * even writers that skip the lock cannot corrupt or duplicate; readers
 * (WAL) are never blocked.
 */
#include "load_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../common/text.h"
#include "load_sql.h"

static const char *const stmt_sql[ST_COUNT_] = {
	SQL_RUN_BEGIN, SQL_RUN_PROGRESS, SQL_RUN_END, SQL_ARTICLE_FIND, SQL_ARTICLE_SEEN, SQL_ARTICLE_UPSERT,
	SQL_FACTS_DELETE, SQL_FACT_INSERT, SQL_REJECT_INSERT, SQL_INPUT_FIND, SQL_ARTICLE_SOURCE, SQL_ARTICLE_ADOPT,
	SQL_REJECT_FIND, SQL_RUN_SUMMARY, SQL_REMOVALS_RECORD, SQL_REMOVALS_BACK, SQL_FACT_IDS_ARTICLE,
	SQL_ARTICLE_CHANGED, SQL_SENTENCE_INSERT, SQL_SENTENCES_DELETE, SQL_SEARCH_PENDING_INSERT,
	SQL_SEARCH_ARTICLE, SQL_SEARCH_SENTENCES, SQL_SEARCH_FORGET, SQL_SEARCH_PENDING_DROP,
};

#define MIGRATION_COUNT ((int)(sizeof MIGRATIONS / sizeof *MIGRATIONS))

int load_db_error(struct load_db *d, char *err, size_t errlen, const char *what)
{
	d->last_rc = sqlite3_extended_errcode(d->db);
	errorf(err, errlen, "%s: %s: %s", d->path, what, sqlite3_errmsg(d->db));
	return -1;
}

int load_exec(struct load_db *d, const char *sql, char *err, size_t errlen)
{
	char *msg = NULL;
	if (sqlite3_exec(d->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		d->last_rc = sqlite3_extended_errcode(d->db);
		errorf(err, errlen, "%s: %s", d->path, msg ? msg : sqlite3_errmsg(d->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int load_step_done(struct load_db *d, sqlite3_stmt *st, char *err, size_t errlen, const char *what)
{
	int rc = sqlite3_step(st);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return load_db_error(d, err, errlen, what);
	return 0;
}

void load_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (!s) {
		sqlite3_bind_null(st, i);
		return;
	}
	struct buf tmp = { 0 };
	size_t n = strlen(s);
	s = text_safe(&tmp, s, &n, TEXT_UTF8);
	sqlite3_bind_text(st, i, s, (int)n, SQLITE_TRANSIENT);
	buf_free(&tmp);
}

/* ==== The run lock ==== */

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "pid 4242, run 12, started 2025-01-02T03:04:05Z", from the lock file
 * (which its holder writes its pid into) and the runs table. */
static void describe_running(struct load_db *d, int fd, char *out, size_t outlen)
{
	char pid[32] = "";
	ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
	pid[n > 0 ? n : 0] = '\0';
	pid[strcspn(pid, "\n")] = '\0';
	long long run = 0;
	char started[40] = "";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, SQL_RUN_RUNNING, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) {
			run = sqlite3_column_int64(st, 0);
			snprintf(started, sizeof started, "%s", (const char *)sqlite3_column_text(st, 1));
		}
		sqlite3_finalize(st);
	}
	int k = snprintf(out, outlen, "pid %s", *pid ? pid : "unknown");
	if (run && k > 0 && (size_t)k < outlen)
		snprintf(out + k, outlen - (size_t)k, ", run %lld, started %s", run, started);
}

/*
 * Opens the run lock at path, creating it.  Its holder truncates it and
 * writes its pid in it, so whatever is planted there must not lead
 * elsewhere: a symbolic link is not followed (nor created through when
 * it dangles), and anything but a regular file of one link (a FIFO, a
 * device, a hard link to another file) is refused.  -1 with err.
 */
static int open_lock(const char *path, char *err, size_t errlen)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0666);
	if (fd < 0) {
		if (errno == ELOOP)
			errorf(err, errlen, "%s: the run lock is a symbolic link; refusing to follow it (remove it: "
			       "govfacts makes its own)", path);
		else
			errorf(err, errlen, "%s: cannot open the run lock: %s", path, strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		errorf(err, errlen, "%s: cannot open the run lock: %s", path, strerror(errno));
	} else if (!S_ISREG(st.st_mode) || st.st_nlink != 1) {
		const char *what = S_ISFIFO(st.st_mode) ? "a FIFO"
				   : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
				   : S_ISREG(st.st_mode) ? "a file with other names (hard links)"
							 : "not a regular file";
		errorf(err, errlen, "%s: the run lock is %s; refusing to use it (remove it: govfacts makes its own)",
		       path, what);
	} else {
		return fd;
	}
	close(fd);
	return -1;
}

/* Takes the run lock, waiting up to wait_seconds: 0, 1 when another
 * process holds it (err names it), -1 on error. */
static int lock_run(struct load_db *d, int wait_seconds, char *err, size_t errlen)
{
	if (d->lock_fd >= 0)
		return 0;
	struct buf path = { 0 };
	buf_printf(&path, "%s.lock", d->path);
	int fd = open_lock(path.data, err, errlen);
	if (fd < 0) {
		buf_free(&path);
		return -1;
	}
	double deadline = now_seconds() + (wait_seconds > 0 ? wait_seconds : 0);
	int rc;
	while ((rc = flock(fd, LOCK_EX | LOCK_NB)) != 0) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			errorf(err, errlen, "%s: cannot take the run lock: %s", path.data, strerror(errno));
			rc = -1;
			break;
		}
		if (now_seconds() >= deadline) {
			char who[128];
			describe_running(d, fd, who, sizeof who);
			errorf(err, errlen, "%s: another ingest is running on this database (%s)", d->path, who);
			rc = 1;
			break;
		}
		struct timespec pause = { 0, 50 * 1000 * 1000 };
		nanosleep(&pause, NULL);
	}
	buf_free(&path);
	if (rc != 0) {
		close(fd);
		return rc;
	}
	/* For the message of an ingest that waits for this one. */
	char pid[32];
	int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
		/* only that message loses the pid */
	}
	d->lock_fd = fd;
	return 0;
}

/* ==== Opening and migrating ==== */

static int schema_version(struct load_db *d, int *version, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, SQL_USER_VERSION, -1, &st, NULL) != SQLITE_OK)
		return load_db_error(d, err, errlen, "reading the schema version");
	int rc = sqlite3_step(st);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return load_db_error(d, err, errlen, "reading the schema version");
	return 0;
}

/* Refuses a schema version no migration leads from: one newer than this
 * govfacts, or one below 0, which govfacts never writes (and which would
 * index the migrations out of bounds).  -1 with err. */
static int known_version(const char *path, int version, char *err, size_t errlen)
{
	if (version > MIGRATION_COUNT) {
		errorf(err, errlen, "%s: schema version %d is newer than this govfacts (%d); upgrade govfacts", path,
		       version, MIGRATION_COUNT);
		return -1;
	}
	if (version < 0) {
		errorf(err, errlen, "%s: schema version %d is not one govfacts writes (0 to %d); the database was left "
		       "as it is", path, version, MIGRATION_COUNT);
		return -1;
	}
	return 0;
}

static int check_version(struct load_db *d, int *version, char *err, size_t errlen)
{
	if (schema_version(d, version, err, errlen) != 0)
		return -1;
	return known_version(d->path, *version, err, errlen);
}

/*
 * Applies the migrations the database lacks, each with its version bump
 * in one transaction.  Called with the run lock held, so no other govfacts
 * migrates at the same time; the version is read inside the write
 * transaction all the same.
 */
static int migrate(struct load_db *d, char *err, size_t errlen)
{
	for (;;) {
		int v;
		if (check_version(d, &v, err, errlen) != 0)
			return -1;
		if (v == MIGRATION_COUNT)
			return 0;
		if (load_exec(d, "BEGIN IMMEDIATE", err, errlen) != 0)
			return -1;
		if (check_version(d, &v, err, errlen) != 0) {
			sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		if (v < MIGRATION_COUNT) {
			char bump[64];
			snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
			if (load_exec(d, MIGRATIONS[v], err, errlen) != 0 || load_exec(d, bump, err, errlen) != 0) {
				sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
				return -1;
			}
		}
		if (load_exec(d, "COMMIT", err, errlen) != 0) {
			sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
}

/*
 * load_exec, tried again for the busy timeout while the database is busy.
 * Turning a new database to WAL needs an exclusive lock, and SQLite
 * answers SQLITE_BUSY at once, without calling the busy handler, when
 * waiting could deadlock: two ingests that start together on a new
 * database meet that.
 */
static int exec_while_busy(struct load_db *d, const char *sql, char *err, size_t errlen)
{
	double deadline = now_seconds() + LOAD_WAIT_DEFAULT;
	for (;;) {
		if (load_exec(d, sql, err, errlen) == 0)
			return 0;
		if ((sqlite3_errcode(d->db) & 0xff) != SQLITE_BUSY || now_seconds() >= deadline)
			return -1;
		struct timespec pause = { 0, 20 * 1000 * 1000 };
		nanosleep(&pause, NULL);
	}
}

/* govfacts_realpath(file): the canonical path of file, NULL when it
 * cannot be resolved; stored as load_bind_text stores names; for
 * migration 5. */
static void sql_realpath(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	const char *file = (const char *)sqlite3_value_text(argv[0]);
	char *path = file ? extract_canonical_path(file) : NULL;
	if (!path) {
		sqlite3_result_null(c);
		return;
	}
	struct buf tmp = { 0 };
	size_t n = strlen(path);
	const char *safe = text_safe(&tmp, path, &n, TEXT_UTF8);
	sqlite3_result_text(c, safe, (int)n, SQLITE_TRANSIENT);
	buf_free(&tmp);
	free(path);
}

/* govfacts_names_article(url): 1 when url can be an article's doc; for
 * migration 5. */
static void sql_names_article(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	sqlite3_result_int(c, extract_url_names_article((const char *)sqlite3_value_text(argv[0])));
}

static struct load_db *open_db(const char *path, int flags, char *err, size_t errlen)
{
	struct load_db *d = xcalloc(1, sizeof *d);
	d->path = xstrdup(path);
	d->lock_fd = -1;
	d->batch = LOAD_BATCH_DEFAULT;
	if (sqlite3_open_v2(path, &d->db, flags, NULL) != SQLITE_OK) {
		errorf(err, errlen, "%s: cannot open database: %s", path,
		       d->db ? sqlite3_errmsg(d->db) : "out of memory");
		load_db_close(&d);
		return NULL;
	}
	sqlite3_busy_timeout(d->db, LOAD_WAIT_DEFAULT * 1000);
	sqlite3_extended_result_codes(d->db, 1);
	sqlite3_create_function(d->db, "govfacts_realpath", 1, SQLITE_UTF8, NULL, sql_realpath, NULL, NULL);
	sqlite3_create_function(d->db, "govfacts_names_article", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_names_article, NULL, NULL);
	load_fact_id_register(d->db);
	/* Closing the last connection would checkpoint and delete the WAL
	 * under an exclusive lock, failing a reader that opens just then
	 * (sqlite3 has no busy timeout by default).  load_db_close makes a
	 * passive checkpoint instead, which blocks nobody. */
	sqlite3_db_config(d->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	/* A file that is not a database fails here, before anything is
	 * written to it; and nothing is written beside it but its own WAL
	 * files and the run lock (temp_store: savepoint journals and sorts in
	 * memory, not in /var/tmp). */
	if (load_exec(d, "SELECT count(*) FROM sqlite_schema", err, errlen) != 0 ||
	    load_exec(d, SQL_CONNECTION_PRAGMAS, err, errlen) != 0) {
		load_db_close(&d);
		return NULL;
	}
	return d;
}

struct load_db *load_db_open(const char *path, char *err, size_t errlen)
{
	struct load_db *d = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err, errlen);
	if (!d)
		return NULL;
	/* The version first: a database this govfacts cannot migrate is left
	 * as it is, not even turned to WAL. */
	int version;
	if (check_version(d, &version, err, errlen) != 0 || exec_while_busy(d, SQL_PRAGMAS, err, errlen) != 0) {
		load_db_close(&d);
		return NULL;
	}
	d->writer = true;
	return d;
}

int load_db_upgrade(struct load_db *d, int wait_seconds, char *err, size_t errlen)
{
	int rc = lock_run(d, wait_seconds, err, errlen);
	if (rc != 0 || migrate(d, err, errlen) != 0)
		return rc ? rc : -1;
	if (load_exec(d, SQL_SEARCH_PENDING_CREATE, err, errlen) != 0)
		return -1;
	for (int i = 0; i < ST_COUNT_; i++)
		if (!d->st[i] && sqlite3_prepare_v3(d->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &d->st[i],
						    NULL) != SQLITE_OK)
			return load_db_error(d, err, errlen, "preparing a statement");
	return 0;
}

struct load_db *load_db_open_readonly(const char *path, char *err, size_t errlen)
{
	struct load_db *d = open_db(path, SQLITE_OPEN_READONLY, err, errlen);
	if (!d)
		return NULL;
	int version = 0;
	if (check_version(d, &version, err, errlen) != 0) {
		load_db_close(&d);
		return NULL;
	}
	if (version < 1) {
		errorf(err, errlen, "%s: not a govfacts database (no schema); run 'govfacts ingest' first", path);
		load_db_close(&d);
		return NULL;
	}
	if (version < MIGRATION_COUNT) {
		/* Written by an older govfacts: upgrade it once, then read. */
		load_db_close(&d);
		char why[512];
		struct load_db *w = load_db_open(path, why, sizeof why);
		if (!w || load_db_upgrade(w, LOAD_WAIT_DEFAULT, why, sizeof why) != 0) {
			errorf(err, errlen, "%s: schema version %d needs upgrading to %d, which failed: %s", path,
			       version, MIGRATION_COUNT, why);
			load_db_close(&w);
			return NULL;
		}
		load_db_close(&w);
		return load_db_open_readonly(path, err, errlen);
	}
	return d;
}

void load_set_batch(struct load_db *d, size_t articles)
{
	d->batch = articles ? articles : 1;
}

void load_set_merge(struct load_db *d)
{
	d->merging = true;
}

static int write_progress(struct load_db *d, char *err, size_t errlen)
{
	if (!d->run_id)
		return 0;
	sqlite3_stmt *st = d->st[ST_RUN_PROGRESS];
	sqlite3_bind_int64(st, 1, d->run_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)d->counts.articles_new);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)d->counts.articles_changed);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)d->counts.articles_unchanged);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)d->counts.rejected);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)d->counts.facts);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)d->counts.duplicates);
	sqlite3_bind_int64(st, 8, (sqlite3_int64)d->counts.unparsed);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)d->counts.still_refused);
	return load_step_done(d, st, err, errlen, "recording the run's progress");
}

/*
 * The batch in progress is lost (err says why): it is rolled back whole
 * (SQLite may have done so already: a full disk or an I/O error can end
 * the transaction by itself), the run's counts go back to what it
 * committed, and the run can go on no longer (load_run_failure).  So the
 * counts, the runs row and the summary say what the database holds.
 * Returns -1.
 */
static int batch_failed(struct load_db *d, const char *why)
{
	if (!sqlite3_get_autocommit(d->db))
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
	d->in_tx = false;
	d->in_batch = 0;
	d->counts = d->committed;
	if (!d->failure[0])
		snprintf(d->failure, sizeof d->failure, "%s",
			 why && *why ? why : sqlite3_errstr(d->last_rc ? d->last_rc : SQLITE_ERROR));
	return -1;
}

/*
 * Whether the statement of the batch that just failed failed for the
 * database: an error of the article's own rows (a constraint, a value too
 * big) undid that statement only, and the batch can go on; any other (the
 * disk is full, I/O, corruption, memory), or one after which SQLite ended
 * the transaction, is the database's.
 */
static bool database_error(struct load_db *d)
{
	switch (d->last_rc & 0xff) {
	case SQLITE_CONSTRAINT:
	case SQLITE_TOOBIG:
	case SQLITE_MISMATCH:
	case SQLITE_RANGE:
		return sqlite3_get_autocommit(d->db);
	default:
		return true;
	}
}

/* After a statement of the batch failed (err says why): -1, and the
 * batch is lost when the failure is the database's. */
static int batch_error(struct load_db *d, const char *err)
{
	return database_error(d) ? batch_failed(d, err) : -1;
}

int load_commit(struct load_db *d, char *err, size_t errlen)
{
	if (!d->in_tx)
		return 0;
	if (load_exec(d, SQL_SEARCH_INDEX, err, errlen) != 0 || write_progress(d, err, errlen) != 0 ||
	    load_exec(d, "COMMIT", err, errlen) != 0)
		return batch_failed(d, err);
	d->in_tx = false;
	d->in_batch = 0;
	d->committed = d->counts;
	return 0;
}

static int begin_batch(struct load_db *d, char *err, size_t errlen)
{
	if (d->failure[0]) {
		errorf(err, errlen, "%s", d->failure);
		return -1;
	}
	if (d->in_tx)
		return 0;
	if (load_exec(d, "BEGIN IMMEDIATE", err, errlen) != 0)
		return batch_failed(d, err);
	d->in_tx = true;
	d->in_batch = 0;
	return 0;
}

/* Counts one more article in the batch; commits a full batch. */
static int batch_article(struct load_db *d, char *err, size_t errlen)
{
	if (++d->in_batch >= d->batch)
		return load_commit(d, err, errlen);
	return 0;
}

void load_db_close(struct load_db **dp)
{
	if (!dp || !*dp)
		return;
	struct load_db *d = *dp;
	if (d->db && d->in_tx)
		load_commit(d, NULL, 0);
	/* Copies what the WAL holds into the database file where no reader
	 * still needs the older pages, so that the file alone is complete. */
	if (d->db && d->writer)
		sqlite3_wal_checkpoint_v2(d->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	for (int i = 0; i < ST_COUNT_; i++)
		sqlite3_finalize(d->st[i]);
	if (d->db)
		sqlite3_close(d->db);
	/* After the connection is closed: the next ingest starts on a
	 * database nobody writes. */
	if (d->lock_fd >= 0)
		close(d->lock_fd);
	load_fields_free(&d->fields);
	free(d->path);
	free(d);
	*dp = NULL;
}

/* ==== Runs and rejects ==== */

int load_run_begin(struct load_db *d, const char *args, int wait_seconds, char *err, size_t errlen)
{
	int rc = load_db_upgrade(d, wait_seconds, err, errlen);
	if (rc != 0)
		return rc;
	/* The lock is ours, so no other ingest is alive: whatever is still
	 * 'running' was killed. */
	if (load_exec(d, SQL_RUNS_INTERRUPTED, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_RUN_BEGIN];
	load_bind_text(st, 1, args);
	if (load_step_done(d, st, err, errlen, "recording the run") != 0)
		return -1;
	d->run_id = sqlite3_last_insert_rowid(d->db);
	memset(&d->counts, 0, sizeof d->counts);
	d->committed = d->counts;
	d->failure[0] = '\0';
	return 0;
}

const struct load_counts *load_run_counts(const struct load_db *d)
{
	return &d->counts;
}

const char *load_run_failure(const struct load_db *d)
{
	return d->failure[0] ? d->failure : NULL;
}

/* The runs row of the current run: its counts, status and reason. */
static int close_run(struct load_db *d, const char *status, const char *reason, char *err, size_t errlen)
{
	const struct load_counts *c = &d->counts;
	sqlite3_stmt *st = d->st[ST_RUN_END];
	sqlite3_bind_int64(st, 1, d->run_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)c->articles_new);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->articles_changed);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->articles_unchanged);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)c->rejected);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)c->facts);
	sqlite3_bind_text(st, 7, status, -1, SQLITE_STATIC);
	load_bind_text(st, 8, reason);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)c->duplicates);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)c->unparsed);
	sqlite3_bind_int64(st, 11, (sqlite3_int64)c->still_refused);
	return load_step_done(d, st, err, errlen, "closing the run");
}

int load_run_end(struct load_db *d, const char *status, char *err, size_t errlen)
{
	if (d->failure[0]) {
		errorf(err, errlen, "%s", d->failure);
		return -1;
	}
	if (load_commit(d, err, errlen) != 0)
		return -1;
	return close_run(d, status, NULL, err, errlen);
}

int load_run_fail(struct load_db *d, const char *reason, char *err, size_t errlen)
{
	if (!d->run_id)
		return 0;
	if (d->in_tx)
		batch_failed(d, reason);
	if (close_run(d, "failed", reason, err, errlen) == 0)
		return 0;
	/* The write that failed may have grown the WAL to a size limit
	 * (ulimit -f): once checkpointed, the WAL is written from its start
	 * again, and the runs row fits. */
	sqlite3_wal_checkpoint_v2(d->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	return close_run(d, "failed", reason, err, errlen);
}

int load_reject(struct load_db *d, const char *file, const char *reason, const char *input_path,
		const char *input_hash, char *err, size_t errlen)
{
	if (begin_batch(d, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_REJECT];
	sqlite3_bind_int64(st, 1, d->run_id);
	load_bind_text(st, 2, file);
	load_bind_text(st, 3, reason);
	load_bind_text(st, 4, input_path);
	load_bind_text(st, 5, input_hash);
	if (load_step_done(d, st, err, errlen, "recording a reject") != 0)
		return batch_error(d, err);
	d->counts.rejected++;
	return 0;
}

int load_still_refused(struct load_db *d, const char *input_path, const char *input_hash, char *err,
		       size_t errlen)
{
	if (!input_path || !input_hash)
		return 0;
	if (begin_batch(d, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_REJECT_FIND];
	load_bind_text(st, 1, input_path);
	load_bind_text(st, 2, input_hash);
	sqlite3_bind_int64(st, 3, d->run_id);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, "looking up earlier rejects");
		return batch_error(d, err);
	}
	if (rc == SQLITE_DONE)
		return 0;
	d->counts.still_refused++;
	return 1;
}

int load_run_summary(struct load_db *d, const char *summary, char *err, size_t errlen)
{
	if (!d->run_id)
		return 0;
	sqlite3_stmt *st = d->st[ST_RUN_SUMMARY];
	sqlite3_bind_int64(st, 1, d->run_id);
	load_bind_text(st, 2, summary);
	return load_step_done(d, st, err, errlen, "recording the run's summary");
}

/* ==== Articles ==== */

/* The doc and canonical path extract gave the article; an article built
 * by hand may leave them to its file. */
static const char *article_doc(const struct article *a)
{
	return a->doc ? a->doc : a->file;
}

static const char *article_path(const struct article *a)
{
	return a->path ? a->path : a->file;
}

/* Runs statement which with the article id as ?1 and the run as ?2. */
static int article_step(struct load_db *d, enum stmt_id which, sqlite3_int64 id, char *err, size_t errlen,
			const char *what)
{
	sqlite3_stmt *st = d->st[which];
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int64(st, 2, d->run_id);
	return load_step_done(d, st, err, errlen, what);
}

/* Where fact f's sentence lies in the article's text: its byte offset,
 * -1 when it is not a part of it (a fact built by hand).  The transform
 * hands a pointer into the text; a fact read back from a database (govfacts
 * merge) holds a copy, which is looked for in the text. */
static long long sentence_offset(const struct article *a, const struct fact *f)
{
	if (!f->sentence || !a->text || f->sentence_len > a->text_len)
		return -1;
	if (f->sentence >= a->text && (size_t)(f->sentence - a->text) <= a->text_len - f->sentence_len)
		return (long long)(f->sentence - a->text);
	const char *at = f->sentence_len ? memmem(a->text, a->text_len, f->sentence, f->sentence_len) : NULL;
	return at ? (long long)(at - a->text) : -1;
}

/* The sentence rows of an article's facts: each sentence once, in the
 * order facts first name it, with the subjects of its facts as
 * sentence_docs joins them (for the full-text index).  Facts of one
 * sentence come together, so the last row is compared first; the others
 * only when it differs. */
struct sentence_rows {
	struct {
		const char *text;
		size_t len;
		sqlite3_int64 id;
		struct buf subjects;
		size_t nsubjects;
	} *rows;
	size_t n;
};

static void sentence_rows_free(struct sentence_rows *S)
{
	for (size_t k = 0; k < S->n; k++)
		buf_free(&S->rows[k].subjects);
	free(S->rows);
}

/* group_concat(subject, ' | '): NULLs are left out, empty strings are not. */
static void sentence_add_subject(struct sentence_rows *S, size_t row, const char *subject)
{
	if (!subject)
		return;
	if (S->rows[row].nsubjects++)
		buf_puts(&S->rows[row].subjects, " | ");
	buf_puts(&S->rows[row].subjects, subject);
}

static int sentence_id(struct load_db *d, sqlite3_int64 article, long long offset, const struct fact *f,
		       struct sentence_rows *S, size_t *row, char *err, size_t errlen)
{
	/* The last few rows only: an article of thousands of sentences of
	 * one length must not compare each with all before it (a sentence
	 * seen again further back gets a row of its own, which is harmless). */
	for (size_t k = S->n; k-- > 0 && S->n - k <= 8;) {
		if (S->rows[k].len == f->sentence_len &&
		    (S->rows[k].text == f->sentence || !memcmp(S->rows[k].text, f->sentence, f->sentence_len))) {
			*row = k;
			return 0;
		}
	}
	sqlite3_stmt *st = d->st[ST_SENTENCE_INSERT];
	sqlite3_bind_int64(st, 1, article);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)S->n);
	/* Its text is the article's, stored already; only a sentence that
	 * is not a part of it keeps its own. */
	sqlite3_bind_int64(st, 4, (sqlite3_int64)f->sentence_len);
	if (offset >= 0)
		sqlite3_bind_int64(st, 3, offset);
	else
		sqlite3_bind_text(st, 5, f->sentence ? f->sentence : "", (int)f->sentence_len, SQLITE_STATIC);
	if (load_step_done(d, st, err, errlen, "writing a sentence") != 0)
		return -1;
	S->rows = xrealloc(S->rows, (S->n + 1) * sizeof *S->rows);
	memset(&S->rows[S->n], 0, sizeof *S->rows);
	S->rows[S->n].text = f->sentence ? f->sentence : "";
	S->rows[S->n].len = f->sentence_len;
	S->rows[S->n].id = sqlite3_last_insert_rowid(d->db);
	*row = S->n++;
	return 0;
}

/* The article's sentences wait for the full-text index (SQL_SEARCH_INDEX). */
static int sentences_pending(struct load_db *d, const struct sentence_rows *S, char *err, size_t errlen)
{
	sqlite3_stmt *st = d->st[ST_SEARCH_PENDING_INSERT];
	for (size_t k = 0; k < S->n; k++) {
		sqlite3_bind_int64(st, 1, S->rows[k].id);
		sqlite3_bind_text(st, 2, S->rows[k].text, (int)S->rows[k].len, SQLITE_STATIC);
		if (S->rows[k].nsubjects)
			sqlite3_bind_text(st, 3, S->rows[k].subjects.data ? S->rows[k].subjects.data : "",
					  (int)S->rows[k].subjects.len, SQLITE_STATIC);
		if (load_step_done(d, st, err, errlen, "writing a sentence for the full-text index") != 0)
			return -1;
	}
	return 0;
}

/* A rank's field, region and pillar (load_field.c), when the lists are
 * loaded; else all NULL, for the next refresh to fill. */
static void classify(const struct load_db *d, const struct fact *f, long long offset, struct load_rank_class *c)
{
	c->field = c->region = c->pillar = NULL;
	if (!d->fields || strcmp(f->kind, "rank"))
		return;
	struct load_rank_input in = {
		.value = f->value, .total = f->total, .has_total = f->has_total, .year = f->year,
		.province = f->province, .indicator = f->indicator, .subject = f->subject,
		.sentence = f->sentence, .sentence_len = f->sentence_len,
	};
	if (offset >= 0 && f->start >= (size_t)offset && f->end <= (size_t)offset + f->sentence_len &&
	    f->end > f->start) {
		in.match_start = f->start - (size_t)offset;
		in.match_end = f->end - (size_t)offset;
	}
	load_fields_classify(d->fields, &in, c);
}

/* Old facts of the article are recorded in fact_removals first (those
 * that come back are then forgotten), for incremental exports; its
 * sentences are replaced with its facts. */
static int write_facts(struct load_db *d, const struct article *a, sqlite3_int64 id,
		       const struct fact_list *facts, char *err, size_t errlen)
{
	if (article_step(d, ST_REMOVALS_RECORD, id, err, errlen, "recording the facts a reload removes") != 0 ||
	    article_step(d, ST_FACTS_DELETE, id, err, errlen, "replacing the article's facts") != 0 ||
	    article_step(d, ST_SENTENCES_DELETE, id, err, errlen, "replacing the article's sentences") != 0)
		return -1;
	struct sentence_rows S = { 0 };
	int rc = 0;
	sqlite3_stmt *st = d->st[ST_FACT_INSERT];
	for (size_t i = 0; rc == 0 && i < facts->n; i++) {
		const struct fact *f = &facts->facts[i];
		/* The occurrence that makes the fact_id of a fact stated twice
		 * in one article unique: quadratic, but in comparisons that
		 * mostly stop at the value, over one article's facts. */
		long long occurrence = 1;
		for (size_t j = 0; j < i; j++)
			occurrence += load_fact_same_identity(&facts->facts[j], f);
		long long offset = sentence_offset(a, f);
		size_t row;
		if ((rc = sentence_id(d, id, offset, f, &S, &row, err, errlen)) != 0)
			break;
		sentence_add_subject(&S, row, f->subject);
		struct load_rank_class c;
		classify(d, f, offset, &c);
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		sqlite3_bind_text(st, 3, f->kind, -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 4, f->value);
		if (f->has_total)
			sqlite3_bind_double(st, 5, f->total);
		else
			sqlite3_bind_null(st, 5);
		sqlite3_bind_text(st, 6, f->qualifier, -1, SQLITE_STATIC);
		load_bind_text(st, 7, f->unit);
		sqlite3_bind_text(st, 8, f->subject, -1, SQLITE_STATIC);
		load_bind_text(st, 9, f->indicator);
		load_bind_text(st, 10, f->province);
		if (f->year)
			sqlite3_bind_int(st, 11, f->year);
		else
			sqlite3_bind_null(st, 11);
		sqlite3_bind_int(st, 12, f->target);
		sqlite3_bind_int64(st, 13, S.rows[row].id);
		sqlite3_bind_int64(st, 14, (sqlite3_int64)f->start);
		sqlite3_bind_int64(st, 15, (sqlite3_int64)f->end);
		sqlite3_bind_text(st, 16, f->pattern, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 17, occurrence);
		load_bind_text(st, 18, c.field);
		load_bind_text(st, 19, c.region);
		load_bind_text(st, 20, c.pillar);
		rc = load_step_done(d, st, err, errlen, "writing a fact");
	}
	if (rc == 0)
		rc = sentences_pending(d, &S, err, errlen);
	sentence_rows_free(&S);
	if (rc != 0)
		return -1;
	return article_step(d, ST_REMOVALS_BACK, id, err, errlen, "recording the facts a reload removes");
}

/* The stored article of doc leaves the full-text index, with the values
 * it was given, read before its text and facts change: the text once,
 * each sentence a slice of it. */
static int search_forget(struct load_db *d, const char *doc, char *err, size_t errlen)
{
	sqlite3_stmt *art = d->st[ST_SEARCH_ARTICLE];
	load_bind_text(art, 1, doc);
	int rc = sqlite3_step(art);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(art);
		sqlite3_clear_bindings(art);
		return rc == SQLITE_DONE ? 0 : load_db_error(d, err, errlen, "reading the article to re-index");
	}
	sqlite3_int64 id = sqlite3_column_int64(art, 0);
	const char *text = (const char *)sqlite3_column_blob(art, 1);
	size_t text_len = (size_t)sqlite3_column_bytes(art, 1);
	sqlite3_stmt *st = d->st[ST_SEARCH_SENTENCES], *del = d->st[ST_SEARCH_FORGET];
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 5))
			continue; /* pending: dropped below */
		sqlite3_bind_int64(del, 1, sqlite3_column_int64(st, 0));
		if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
			sqlite3_bind_value(del, 2, sqlite3_column_value(st, 3));
		} else {
			sqlite3_int64 start = sqlite3_column_int64(st, 1), bytes = sqlite3_column_int64(st, 2);
			/* substr's bounds, as sentence_rows reads it */
			if (start < 0 || (size_t)start > text_len)
				start = (sqlite3_int64)text_len;
			if (bytes < 0 || (size_t)bytes > text_len - (size_t)start)
				bytes = (sqlite3_int64)(text_len - (size_t)start);
			sqlite3_bind_text(del, 2, text ? text + start : "", (int)bytes, SQLITE_STATIC);
		}
		sqlite3_bind_value(del, 3, sqlite3_column_value(st, 4));
		if (load_step_done(d, del, err, errlen, "taking the article out of the full-text index") != 0)
			break;
	}
	bool failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
	if (failed)
		load_db_error(d, err, errlen, "reading the article's sentences to re-index");
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	sqlite3_reset(art);
	sqlite3_clear_bindings(art);
	if (failed || rc == SQLITE_ROW)
		return -1;
	return article_step(d, ST_SEARCH_PENDING_DROP, id, err, errlen, "taking the article out of the full-text index");
}

/* replaces: an article stands under the doc already. */
static int write_article(struct load_db *d, const struct article *a, bool replaces, const char *province,
			 const char *fingerprint, const char *hash, const struct fact_list *facts,
			 char *err, size_t errlen)
{
	/* Not for a new article: the index is not touched inside its
	 * savepoint at all then (FTS5 writes out what it holds at every
	 * savepoint it takes part in). */
	if (replaces && search_forget(d, article_doc(a), err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_UPSERT];
	load_bind_text(st, 1, article_doc(a));
	load_bind_text(st, 2, a->url);
	load_bind_text(st, 3, a->file);
	load_bind_text(st, 4, a->title);
	load_bind_text(st, 5, a->published);
	load_bind_text(st, 6, province);
	sqlite3_bind_text(st, 7, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, fingerprint, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, a->text, (int)a->text_len, SQLITE_STATIC);
	sqlite3_bind_int64(st, 10, d->run_id);
	load_bind_text(st, 11, a->input_hash[0] ? a->input_hash : NULL);
	load_bind_text(st, 12, article_path(a));
	int rc = sqlite3_step(st);
	sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE || !id)
		return load_db_error(d, err, errlen, "writing the article");
	return write_facts(d, a, id, facts, err, errlen);
}

/* What the database holds under an article's doc. */
struct stored {
	sqlite3_int64 id;  /* 0: nothing yet */
	bool same;         /* the same text and pattern fingerprint */
	bool seen;         /* this run saw it already: another input gave its doc */
	bool loaded;       /* this run wrote it (counted new or changed, its facts loaded) */
	bool legacy;       /* its content hash is an older govfacts' FNV, of the same text */
	size_t facts;
	char hash[HASH_HEX_SIZE], published[16]; /* published "" when unknown */
	struct buf path, file, input_hash;
};

static void stored_free(struct stored *s)
{
	buf_free(&s->path);
	buf_free(&s->file);
	buf_free(&s->input_hash);
}

static void copy_column(sqlite3_stmt *st, int col, char *out, size_t outlen)
{
	const char *s = (const char *)sqlite3_column_text(st, col);
	snprintf(out, outlen, "%s", s ? s : "");
}

static void buf_column(sqlite3_stmt *st, int col, struct buf *b)
{
	const char *s = (const char *)sqlite3_column_text(st, col);
	buf_clear(b);
	buf_puts(b, s ? s : "");
}

/* Reads what stands under doc into *s (s->id 0 when nothing does). */
static int find_doc(struct load_db *d, const struct article *a, const char *hash, const char *fingerprint,
		    struct stored *s, char *err, size_t errlen)
{
	sqlite3_stmt *st = d->st[ST_FIND];
	load_bind_text(st, 1, article_doc(a));
	sqlite3_bind_int64(st, 2, d->run_id);
	sqlite3_bind_text(st, 3, a->text, (int)a->text_len, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		s->id = sqlite3_column_int64(st, 0);
		copy_column(st, 1, s->hash, sizeof s->hash);
		const char *p = (const char *)sqlite3_column_text(st, 2);
		/* Only the hash function differs: the same text. */
		s->legacy = sqlite3_column_int(st, 10);
		s->same = (!strcmp(s->hash, hash) || s->legacy) && p && !strcmp(p, fingerprint);
		copy_column(st, 3, s->published, sizeof s->published);
		buf_column(st, 4, &s->path);
		buf_column(st, 5, &s->file);
		buf_column(st, 6, &s->input_hash);
		s->seen = sqlite3_column_int(st, 7);
		s->loaded = sqlite3_column_int(st, 8);
		s->facts = (size_t)sqlite3_column_int64(st, 9);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, "looking up the article");
		return batch_error(d, err);
	}
	return 0;
}

/* Starts the batch if need be and reads what stands under the article's
 * doc into *s; hash gets the hash of its text.  An article an older
 * govfacts keyed by the path as given, which migration 5 could not
 * resolve from where it ran, is taken over under the canonical path
 * when this input gives that path the same way. */
static int lookup_article(struct load_db *d, const struct article *a, const char *fingerprint,
			  char hash[HASH_HEX_SIZE], struct stored *s, char *err, size_t errlen)
{
	if (a->text_hash[0])
		memcpy(hash, a->text_hash, HASH_HEX_SIZE);
	else
		hash_hex(a->text, a->text_len, hash);
	if (begin_batch(d, err, errlen) != 0 || find_doc(d, a, hash, fingerprint, s, err, errlen) != 0)
		return -1;
	if (s->id || strcmp(article_doc(a), article_path(a)) || !strcmp(a->file, article_doc(a)))
		return 0;
	sqlite3_stmt *st = d->st[ST_ADOPT];
	load_bind_text(st, 1, a->file);
	load_bind_text(st, 2, article_doc(a));
	if (load_step_done(d, st, err, errlen, "re-keying the article") != 0)
		return batch_error(d, err);
	if (!sqlite3_changes(d->db))
		return 0;
	if (find_doc(d, a, hash, fingerprint, s, err, errlen) != 0)
		return -1;
	/* A fact_id is made of the doc: the old ones go, as by a reload. */
	if (article_step(d, ST_REMOVALS_RECORD, s->id, err, errlen, "re-keying the article's facts") != 0 ||
	    article_step(d, ST_FACT_IDS_ARTICLE, s->id, err, errlen, "re-keying the article's facts") != 0 ||
	    article_step(d, ST_REMOVALS_BACK, s->id, err, errlen, "re-keying the article's facts") != 0 ||
	    article_step(d, ST_ARTICLE_CHANGED, s->id, err, errlen, "re-keying the article's facts") != 0)
		return batch_error(d, err);
	return 0;
}

/*
 * Of two inputs with one doc, the one kept: published later (a date
 * before none), then the larger content hash, then the canonical path
 * first in byte order.  It depends on the two articles alone, so every
 * run keeps the same one whatever order they come in (--jobs keeps walk
 * order anyway).  > 0 when a wins over s, 0 when they are one file with
 * one text; why says what decided.
 */
static int prefer(const struct article *a, const char *hash, const struct stored *s, const char **why)
{
	int c = strcmp(a->published ? a->published : "", s->published);
	*why = "published later";
	if (c == 0) {
		c = strcmp(hash, s->hash);
		*why = "the same date, the larger content hash";
	}
	if (c == 0) {
		c = -strcmp(article_path(a), s->path.data);
		*why = c ? "the same text, the path first in byte order" : "the same file, read twice";
	}
	return c;
}

enum action { ACT_NEW, ACT_CHANGED, ACT_UNCHANGED, ACT_REPLACE, ACT_DUPLICATE };

/*
 * What becomes of article a given what stands under its doc.  An article
 * another input of this run gave is replaced or kept by prefer; so is one
 * from an earlier run whose file still exists elsewhere (its file comes
 * in this run too, or was left out of it: either way the two compete).
 * One from this file, or from a file that is gone, is the same article,
 * unchanged or changed.  A merge (load_set_merge) cannot tell a file
 * that is gone from one on the machine of another shard: there an
 * article of another file always competes, so that merging the shards
 * again, in any order, keeps what the first merge kept.
 */
static enum action decide(const struct load_db *d, const struct article *a, const char *hash,
			  const struct stored *s, const char **why)
{
	*why = NULL;
	if (!s->id)
		return ACT_NEW;
	if (s->seen)
		return prefer(a, hash, s, why) > 0 ? ACT_REPLACE : ACT_DUPLICATE;
	if (!s->path.len || !strcmp(s->path.data, article_path(a)) || (!d->merging && access(s->path.data, F_OK) != 0))
		return s->same ? ACT_UNCHANGED : ACT_CHANGED;
	return prefer(a, hash, s, why) > 0 ? ACT_CHANGED : ACT_DUPLICATE;
}

/* Says which input lost to which, into err. */
static void say_duplicate(const char *lost, const char *kept, const char *doc, const char *why, char *err,
			  size_t errlen)
{
	errorf(err, errlen, "%s: a duplicate of %s (doc %s), which is kept: %s", lost, kept, doc, why);
}

/* An input that lost to the article under its doc: counted, said. */
static int count_duplicate(struct load_db *d, const char *lost, const char *kept, const char *doc,
			   const char *why, char *err, size_t errlen)
{
	d->counts.duplicates++;
	if (batch_article(d, err, errlen) != 0)
		return -1;
	say_duplicate(lost, kept, doc, why, err, errlen);
	return 0;
}

static int mark_seen(struct load_db *d, sqlite3_int64 id, char *err, size_t errlen)
{
	sqlite3_stmt *st = d->st[ST_SEEN];
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, d->run_id);
	if (load_step_done(d, st, err, errlen, "marking the article seen") != 0)
		return batch_error(d, err);
	d->counts.articles_unchanged++;
	return batch_article(d, err, errlen);
}

/* An unchanged article: seen, and when it came from other bytes or
 * another file, those recorded, so that the next run knows the input
 * unchanged without parsing it; an older govfacts' hash is replaced. */
static int keep_unchanged(struct load_db *d, const struct article *a, const struct stored *s, char *err,
			  size_t errlen)
{
	if (strcmp(s->path.data, article_path(a)) || strcmp(s->input_hash.data, a->input_hash) || s->legacy) {
		sqlite3_stmt *st = d->st[ST_SOURCE];
		sqlite3_bind_int64(st, 1, s->id);
		load_bind_text(st, 2, a->file);
		load_bind_text(st, 3, article_path(a));
		load_bind_text(st, 4, a->input_hash[0] ? a->input_hash : NULL);
		char hash[HASH_HEX_SIZE];
		if (a->text_hash[0])
			memcpy(hash, a->text_hash, sizeof hash);
		else
			hash_hex(a->text, a->text_len, hash);
		sqlite3_bind_text(st, 5, hash, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 6, d->run_id);
		if (load_step_done(d, st, err, errlen, "recording the article's file") != 0)
			return batch_error(d, err);
	}
	return mark_seen(d, s->id, err, errlen);
}

int load_input_unchanged(struct load_db *d, const char *path, const char *input_hash, const char *fingerprint,
			 char *err, size_t errlen)
{
	if (begin_batch(d, err, errlen) != 0)
		return -1;
	sqlite3_stmt *st = d->st[ST_INPUT_FIND];
	load_bind_text(st, 1, path);
	sqlite3_bind_text(st, 2, input_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, fingerprint, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, d->run_id);
	int rc = sqlite3_step(st);
	sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	bool seen = rc == SQLITE_ROW && sqlite3_column_int(st, 1);
	struct buf file = { 0 }, doc = { 0 };
	if (seen) {
		buf_column(st, 2, &file);
		buf_column(st, 3, &doc);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		load_db_error(d, err, errlen, "looking up the input");
		return batch_error(d, err);
	}
	if (!id)
		return 0;
	if (seen) {
		rc = count_duplicate(d, path, file.data, doc.data, "the same file, read twice", err, errlen);
		buf_free(&file);
		buf_free(&doc);
		return rc == 0 ? 2 : -1;
	}
	if (mark_seen(d, id, err, errlen) != 0)
		return -1;
	d->counts.unparsed++;
	return 1;
}

/* Applies a decision that writes nothing: 1 unchanged, 2 duplicate (err
 * says of what), 0 when the article must be written, -1 on error. */
static int settle(struct load_db *d, const struct article *a, const struct stored *s, enum action act,
		  const char *why, char *err, size_t errlen)
{
	if (act == ACT_UNCHANGED)
		return keep_unchanged(d, a, s, err, errlen) == 0 ? 1 : -1;
	if (act == ACT_DUPLICATE)
		return count_duplicate(d, a->file, s->file.data, article_doc(a), why, err, errlen) == 0 ? 2 : -1;
	return 0;
}

int load_article_unchanged(struct load_db *d, const struct article *a, const char *fingerprint, char *err,
			   size_t errlen)
{
	char hash[HASH_HEX_SIZE];
	struct stored s = { 0 };
	const char *why;
	int rc = lookup_article(d, a, fingerprint, hash, &s, err, errlen);
	if (rc == 0) {
		enum action act = decide(d, a, hash, &s, &why);
		rc = settle(d, a, &s, act, why, err, errlen);
	}
	stored_free(&s);
	return rc;
}

/* The counts of an article written over s: new, changed, or (replacing
 * the article another input of this run gave) one more duplicate. */
static void count_written(struct load_db *d, const struct stored *s, enum action act, size_t facts)
{
	if (act == ACT_NEW)
		d->counts.articles_new++;
	else if (act == ACT_CHANGED)
		d->counts.articles_changed++;
	else if (s->loaded)
		d->counts.facts -= s->facts; /* its facts are gone; it stays new or changed */
	else {
		d->counts.articles_unchanged--; /* it was seen unchanged, then replaced */
		d->counts.articles_changed++;
	}
	if (act == ACT_REPLACE)
		d->counts.duplicates++;
	d->counts.facts += facts;
}

/* Writes the article row and all its facts in one savepoint, so that
 * they change together or not at all: 0, or -1 with err (the whole batch
 * lost when the failure is the database's). */
static int write_in_savepoint(struct load_db *d, const struct article *a, bool replaces,
			      const char *province, const char *fingerprint, const char *hash,
			      const struct fact_list *facts, char *err, size_t errlen)
{
	if (load_exec(d, "SAVEPOINT article", err, errlen) != 0)
		return batch_failed(d, err);
	if (write_article(d, a, replaces, province, fingerprint, hash, facts, err, errlen) != 0) {
		if (database_error(d))
			return batch_failed(d, err);
		sqlite3_exec(d->db, "ROLLBACK TO article; RELEASE article", NULL, NULL, NULL);
		return -1;
	}
	if (load_exec(d, "RELEASE article", err, errlen) != 0)
		return batch_failed(d, err);
	return 0;
}

int load_article(struct load_db *d, const struct article *a, const char *province,
		 const char *fingerprint, const struct fact_list *facts, enum load_status *status,
		 char *err, size_t errlen)
{
	char hash[HASH_HEX_SIZE];
	struct stored s = { 0 };
	const char *why;
	if (lookup_article(d, a, fingerprint, hash, &s, err, errlen) != 0) {
		stored_free(&s);
		return -1;
	}
	enum action act = decide(d, a, hash, &s, &why);
	int rc = settle(d, a, &s, act, why, err, errlen);
	if (rc != 0) {
		*status = rc == 1 ? LOAD_UNCHANGED : LOAD_DUPLICATE;
		stored_free(&s);
		return rc < 0 ? -1 : 0;
	}
	*status = act == ACT_NEW ? LOAD_NEW : act == ACT_CHANGED ? LOAD_CHANGED : LOAD_DUPLICATE;
	rc = write_in_savepoint(d, a, act != ACT_NEW, province, fingerprint, hash, facts, err, errlen);
	if (rc == 0) {
		count_written(d, &s, act, facts->n);
		rc = batch_article(d, err, errlen);
	}
	if (rc == 0 && act == ACT_REPLACE)
		say_duplicate(s.file.data, a->file, article_doc(a), why, err, errlen);
	stored_free(&s);
	return rc;
}
