/*
 * cli_inputs: turns INPUT arguments into open article files.
 *
 * What the user names (an argument, a line of a --from-list list or of
 * "-") is read as given: a link is followed, a pipe is read.  What a
 * directory walk finds is not trusted that far, because the folder may be
 * written by others (a scraper's output, a shared drop) while a root cron
 * job reads it:
 *  - the walk goes down by descriptors (openat, O_NOFOLLOW), so a folder
 *    swapped for a link while it runs is not followed out of the tree;
 *  - a file is opened with O_NONBLOCK | O_NOFOLLOW and its descriptor
 *    checked: a FIFO or a device put in its place after the walk looked
 *    is refused, never waited on;
 *  - a link is read only when the file it opens lies inside one of the
 *    directories given (a link to /etc/shadow is named and skipped),
 *    unless --follow-symlinks.
 * Directories are walked in sorted order (so runs are reproducible),
 * hidden entries are skipped, depth is bounded.  Links to directories
 * are not followed (they can make loops); with --follow-symlinks they
 * are, except one leading back to a directory being walked.
 *
 * ingest --shard K/N: a file goes to the shard its canonical path hashes
 * to, decided before it is opened, so that a shard opens (and refuses)
 * nothing another shard will load; a container (a WARC, JSON Lines) is
 * opened by every shard, each taking its own records (cli_records.c).
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/buf.h"

#define MAX_DEPTH 64

struct walk {
	const struct shard *shard;
	char **roots; /* canonical paths of the directories given */
	size_t n_roots;
	bool follow_symlinks;
	/* With follow_symlinks, every directory walked: links can lead to
	 * one many times over (two links to each folder, 64 deep, would
	 * walk 2^64 of them). */
	struct stat *walked;
	size_t n_walked;
	input_fn fn;
	input_error_fn on_error;
	input_skip_fn on_skip;
	void *ctx;
};

/* The directories above the one being walked: a followed link to one of
 * them would walk it again, and again. */
struct ancestor {
	dev_t dev;
	ino_t ino;
	const struct ancestor *up;
};

/* What a walk reads: pages, texts, their gzip copies, WARCs and JSON
 * Lines; robots.txt and sitemaps are named like texts and pages but are
 * none (SKIP_KINDS when taken, else why not). */
static int name_kind(const char *name)
{
	static const char *const exts[] = { ".html", ".htm", ".txt", ".warc", ".jsonl", ".jl" };
	size_t n = strlen(name);
	if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0)
		n -= 3;
	if ((n == 10 && strncasecmp(name, "robots.txt", 10) == 0) ||
	    (n == 10 && strncasecmp(name, "humans.txt", 10) == 0) ||
	    (n == 12 && strncasecmp(name, "security.txt", 12) == 0) || (n == 7 && strncasecmp(name, "ads.txt", 7) == 0))
		return SKIP_ROBOTS;
	if (strncasecmp(name, "sitemap", 7) == 0)
		return SKIP_SITEMAP;
	for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
		size_t k = strlen(exts[i]);
		if (n > k && strncasecmp(name + n - k, exts[i], k) == 0)
			return SKIP_KINDS;
	}
	return SKIP_OTHER_FILE;
}

static bool article_name(const char *name)
{
	return name_kind(name) == SKIP_KINDS;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* ==== Shards ==== */

int cli_shard_parse(const char *arg, struct shard *out)
{
	const char *slash = strchr(arg, '/');
	if (!slash || slash == arg || !slash[1] || strspn(arg, "0123456789") != (size_t)(slash - arg) ||
	    strspn(slash + 1, "0123456789") != strlen(slash + 1))
		return -1;
	errno = 0;
	unsigned long k = strtoul(arg, NULL, 10), n = strtoul(slash + 1, NULL, 10);
	if (errno || n == 0 || n > SHARD_MAX || k >= n)
		return -1;
	out->k = k;
	out->n = n;
	return 0;
}

bool cli_shard_takes(const struct shard *s, const char *key)
{
	if (!s || s->n <= 1)
		return true;
	char hex[HASH_HEX_SIZE];
	hash_hex(key, strlen(key), hex);
	/* 16 hex digits: 64 bits, far more than any N needs to be even. */
	hex[16] = '\0';
	return strtoull(hex, NULL, 16) % s->n == s->k;
}

bool cli_shard_by_record(const char *name)
{
	static const char *const exts[] = { ".warc", ".jsonl", ".jl", ".ndjson" };
	size_t n = strlen(name);
	if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0)
		n -= 3;
	for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
		size_t k = strlen(exts[i]);
		if (n > k && strncasecmp(name + n - k, exts[i], k) == 0)
			return true;
	}
	return false;
}

/* Whether the walk takes the file it found or was given at path, whose
 * canonical path is real (NULL: resolved here, as cli_records_read
 * resolves it); a file of another shard is counted skipped. */
static bool walk_takes(const struct walk *w, const char *path, const char *real)
{
	if (!w->shard || w->shard->n <= 1 || cli_shard_by_record(path))
		return true;
	char *own = real ? NULL : realpath(path, NULL);
	bool take = cli_shard_takes(w->shard, real ? real : own ? own : path);
	free(own);
	if (!take && w->on_skip)
		w->on_skip(w->ctx, SKIP_OTHER_SHARD);
	return take;
}

static bool inside_roots(const struct walk *w, const char *real)
{
	for (size_t i = 0; i < w->n_roots; i++) {
		size_t k = strlen(w->roots[i]);
		if (k == 1 || (strncmp(real, w->roots[i], k) == 0 && (real[k] == '/' || real[k] == '\0')))
			return true;
	}
	return false;
}

/* Where the file open as fd really is (malloc'd), from the kernel's own
 * record; without /proc, the link's path resolved, if it is still that
 * file.  NULL when neither says. */
static char *real_path(int fd, const char *path, const struct stat *st)
{
	char proc[64], buf[PATH_MAX];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(proc, buf, sizeof buf - 1);
	if (n > 0 && buf[0] == '/') {
		buf[n] = '\0';
		return xstrdup(buf);
	}
	char *real = realpath(path, NULL);
	struct stat now;
	if (real && (stat(real, &now) != 0 || !same_file(&now, st))) {
		free(real);
		real = NULL;
	}
	return real;
}

static void say(const struct walk *w, const char *path, const char *fmt, const char *arg)
{
	char reason[PATH_MAX + 256];
	snprintf(reason, sizeof reason, fmt, arg);
	w->on_error(w->ctx, path, reason);
}

/* Hands the regular file open as fd to the caller, then closes it. */
static int deliver(const struct walk *w, const char *path, int fd)
{
	int rc = w->fn(w->ctx, path, fd);
	close(fd);
	return rc;
}

/* Opens what the walk saw as the regular file seen (open_at relative to
 * dfd, or an absolute path with dfd AT_FDCWD): not through a link, not
 * waiting on a FIFO, and only if it is still that file.  -1 when refused
 * (said). */
static int open_seen(struct walk *w, int dfd, const char *open_at, const char *path, const struct stat *seen)
{
	int fd = openat(dfd, open_at, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		say(w, path, "%s", errno == ELOOP ? "replaced by a symbolic link while the folder was read"
						  : strerror(errno));
		return -1;
	}
	struct stat st;
	const char *why = fstat(fd, &st) != 0  ? strerror(errno)
			  : !S_ISREG(st.st_mode) ? "not a regular file"
			  : !same_file(&st, seen) ? "replaced while the folder was read"
						  : NULL;
	if (why) {
		say(w, path, "%s", why);
		close(fd);
		return -1;
	}
	return fd;
}

static int walk_dir(struct walk *w, int dfd, const char *dir, int depth, const struct ancestor *up);

/* A link found by the walk: followed only to a regular file with an
 * article's name, or with --follow-symlinks to a directory, and only
 * inside the roots unless --follow-symlinks. */
static int walk_link(struct walk *w, int dfd, const char *name, const char *path, int depth,
		     const struct ancestor *up)
{
	bool article = article_name(name);
	/* O_PATH resolves the link without opening what it names (no
	 * device opened, no FIFO waited on). */
	int pfd = openat(dfd, name, O_PATH | O_CLOEXEC);
	if (pfd < 0) {
		if (article)
			say(w, path, "%s", errno == ELOOP ? "symbolic link loop" : strerror(errno));
		return 0;
	}
	struct stat st;
	int rc = 0;
	if (fstat(pfd, &st) != 0) {
		if (article)
			say(w, path, "%s", strerror(errno));
		close(pfd);
		return 0;
	}
	if (!S_ISDIR(st.st_mode) && !article) {
		close(pfd);
		return 0;
	}
	char *real = real_path(pfd, path, &st);
	close(pfd);
	const char *what = S_ISDIR(st.st_mode) ? "folder" : "file";
	if (!S_ISDIR(st.st_mode) && !walk_takes(w, path, real ? real : path)) {
		/* another shard's, even to refuse */
	} else if (!w->follow_symlinks && (!real || !inside_roots(w, real))) {
		char reason[PATH_MAX + 256];
		snprintf(reason, sizeof reason,
			 "symbolic link to a %s outside the folders given (%s): skipped (--follow-symlinks reads it)",
			 what, real ? real : "cannot tell where");
		w->on_error(w->ctx, path, reason);
	} else if (S_ISDIR(st.st_mode)) {
		bool loop = false, walked = false;
		for (const struct ancestor *a = up; a && !loop; a = a->up)
			loop = a->dev == st.st_dev && a->ino == st.st_ino;
		for (size_t i = 0; i < w->n_walked && !walked; i++)
			walked = same_file(&w->walked[i], &st);
		if (!w->follow_symlinks) {
			/* inside: walked anyway, or a loop */
		} else if (loop) {
			say(w, path, "%s", "symbolic link to a folder being walked (a loop): skipped");
		} else if (walked) {
			/* read once already */
		} else {
			int sub = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (sub < 0)
				say(w, path, "%s", strerror(errno));
			else
				rc = walk_dir(w, sub, path, depth + 1, up);
		}
	} else if (!S_ISREG(st.st_mode)) {
		say(w, path, "%s", "not a regular file");
	} else if (!real) {
		say(w, path, "%s", "symbolic link changed while the folder was read");
	} else {
		int fd = open_seen(w, AT_FDCWD, real, path, &st);
		if (fd >= 0)
			rc = deliver(w, path, fd);
	}
	free(real);
	return rc;
}

/* Walks the directory open as dfd (closed here); dir is its name for
 * paths and messages. */
static int walk_dir(struct walk *w, int dfd, const char *dir, int depth, const struct ancestor *up)
{
	if (depth > MAX_DEPTH) {
		w->on_error(w->ctx, dir, "directories nest too deep");
		close(dfd);
		return 0;
	}
	struct stat self;
	DIR *d = fstat(dfd, &self) == 0 ? fdopendir(dfd) : NULL;
	if (!d) {
		w->on_error(w->ctx, dir, strerror(errno));
		close(dfd);
		return 0;
	}
	struct ancestor here = { self.st_dev, self.st_ino, up };
	if (w->follow_symlinks) {
		w->walked = xrealloc(w->walked, (w->n_walked + 1) * sizeof *w->walked);
		w->walked[w->n_walked++] = self;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_names);
	int rc = 0;
	struct buf path = { 0 };
	size_t dl = strlen(dir);
	for (size_t i = 0; i < n; i++) {
		const char *name = names[i];
		buf_clear(&path);
		buf_printf(&path, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", name);
		struct stat st;
		if (rc != 0) {
			/* stopped: only free the names */
		} else if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			w->on_error(w->ctx, path.data, strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			int sub = openat(dirfd(d), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub < 0)
				w->on_error(w->ctx, path.data, strerror(errno));
			else
				rc = walk_dir(w, sub, path.data, depth + 1, &here);
		} else if (S_ISLNK(st.st_mode)) {
			rc = walk_link(w, dirfd(d), name, path.data, depth, &here);
		} else if (!article_name(name)) {
			if (w->on_skip)
				w->on_skip(w->ctx, (enum skip_kind)name_kind(name));
		} else if (!walk_takes(w, path.data, NULL)) {
			/* another shard's: not opened, not refused */
		} else if (!S_ISREG(st.st_mode)) {
			w->on_error(w->ctx, path.data, "not a regular file");
		} else {
			int fd = open_seen(w, dirfd(d), name, path.data, &st);
			if (fd >= 0)
				rc = deliver(w, path.data, fd);
		}
		free(names[i]);
	}
	free(names);
	buf_free(&path);
	closedir(d);
	return rc;
}

/* An input the user named: opened as given (a FIFO blocks until its
 * writer starts, as cat would), walked when it is a directory. */
static int walk_given(struct walk *w, const char *arg)
{
	if (strcmp(arg, "-") == 0) {
		/* One article on standard input; the caller's descriptor stays open. */
		int fd = dup(STDIN_FILENO);
		if (fd < 0) {
			w->on_error(w->ctx, arg, strerror(errno));
			return 0;
		}
		return deliver(w, arg, fd);
	}
	struct stat st;
	/* Before it is opened: a FIFO of another shard is not waited on. */
	if (w->shard && w->shard->n > 1 && !(stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) && !walk_takes(w, arg, NULL))
		return 0;
	int fd = open(arg, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		w->on_error(w->ctx, arg, strerror(errno));
		return 0;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		return walk_dir(w, fd, arg, 0, NULL);
	return deliver(w, arg, fd);
}

/* Appends the entries of a list (newline- or NUL-separated) read from f
 * to in; name is the list's name in messages, arg how --from-list names
 * it. */
static int read_list(struct input_list *in, FILE *f, const char *name, const char *arg, bool nul, char *err,
		     size_t errlen)
{
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int rc = 0;
	while (rc == 0 && (len = getdelim(&line, &cap, nul ? '\0' : '\n', f)) >= 0) {
		lineno++;
		if (nul) {
			if (len > 0 && line[len - 1] == '\0')
				len--;
		} else {
			if (memchr(line, '\0', (size_t)len)) {
				snprintf(err, errlen,
					 "%s: line %zu holds a NUL byte: a NUL-separated list (find -print0) is "
					 "read with --from-list %s -0",
					 name, lineno, arg);
				rc = -1;
				break;
			}
			while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
				len--;
		}
		if (len == 0)
			continue;
		in->paths = xrealloc(in->paths, (in->n + 1) * sizeof *in->paths);
		in->paths[in->n] = xmalloc((size_t)len + 1);
		memcpy(in->paths[in->n], line, (size_t)len);
		in->paths[in->n++][len] = '\0';
	}
	if (rc == 0 && ferror(f)) {
		snprintf(err, errlen, "%s: %s", name, strerror(errno));
		rc = -1;
	}
	free(line);
	return rc;
}

int cli_inputs_gather(struct input_list *in, char **args, int n, const char *list, bool nul, char *err,
		      size_t errlen)
{
	memset(in, 0, sizeof *in);
	int rc = 0;
	for (int i = 0; rc == 0 && i < n; i++) {
		in->paths = xrealloc(in->paths, (in->n + 1) * sizeof *in->paths);
		in->paths[in->n++] = xstrdup(args[i]);
	}
	if (rc == 0 && list) {
		bool std = strcmp(list, "-") == 0;
		FILE *f = std ? stdin : fopen(list, "re");
		if (!f) {
			snprintf(err, errlen, "--from-list %s: %s", list, strerror(errno));
			rc = -1;
		} else {
			char name[PATH_MAX + 32];
			snprintf(name, sizeof name, "--from-list %s%s", list, std ? " (standard input)" : "");
			rc = read_list(in, f, name, list, nul, err, errlen);
			if (!std)
				fclose(f);
		}
	}
	if (rc != 0)
		cli_inputs_free(in);
	return rc;
}

void cli_inputs_free(struct input_list *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->paths[i]);
	free(in->paths);
	memset(in, 0, sizeof *in);
}

int cli_inputs_walk(const struct input_list *in, bool follow_symlinks, input_fn fn, input_error_fn on_error,
		    input_skip_fn on_skip, void *ctx)
{
	struct walk w = {
		.shard = &in->shard, .follow_symlinks = follow_symlinks, .fn = fn, .on_error = on_error,
		.on_skip = on_skip, .ctx = ctx
	};
	for (size_t i = 0; i < in->n; i++) {
		struct stat st;
		char *real;
		if (stat(in->paths[i], &st) == 0 && S_ISDIR(st.st_mode) && (real = realpath(in->paths[i], NULL))) {
			w.roots = xrealloc(w.roots, (w.n_roots + 1) * sizeof *w.roots);
			w.roots[w.n_roots++] = real;
		}
	}
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < in->n; i++)
		rc = walk_given(&w, in->paths[i]);
	for (size_t i = 0; i < w.n_roots; i++)
		free(w.roots[i]);
	free(w.roots);
	free(w.walked);
	return rc;
}

static int count_one(void *ctx, const char *path, int fd)
{
	(*(size_t *)ctx)++;
	return 0;
}

static void count_error(void *ctx, const char *path, const char *reason)
{
}

size_t cli_inputs_count(const struct input_list *in, bool follow_symlinks)
{
	size_t n = 0;
	struct walk w = { .shard = &in->shard, .follow_symlinks = follow_symlinks, .fn = count_one,
			  .on_error = count_error, .ctx = &n };
	for (size_t i = 0; i < in->n; i++) {
		struct stat st;
		/* A pipe or FIFO is not opened (its writer would be used up):
		 * it is one input. */
		int fd = stat(in->paths[i], &st) == 0 && S_ISDIR(st.st_mode)
				 ? open(in->paths[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC)
				 : -1;
		if (fd >= 0)
			walk_dir(&w, fd, in->paths[i], 0, NULL);
		else if (walk_takes(&w, in->paths[i], NULL))
			n++;
	}
	free(w.walked);
	return n;
}
