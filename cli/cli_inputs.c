/*
 * cli_inputs: turns INPUT arguments into article paths.  Directories are
 * walked in sorted order (so runs are reproducible), hidden entries and
 * symbolic links to directories are skipped (no loops), depth is bounded.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "../common/buf.h"

#define MAX_DEPTH 64

static bool article_name(const char *name)
{
	static const char *const exts[] = { ".html", ".htm", ".txt" };
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
		size_t k = strlen(exts[i]);
		if (n > k && strcasecmp(name + n - k, exts[i]) == 0)
			return true;
	}
	return false;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk_dir(const char *dir, int depth, input_fn fn, input_error_fn on_error, void *ctx)
{
	if (depth > MAX_DEPTH) {
		on_error(ctx, dir, "directories nest too deep");
		return 0;
	}
	DIR *d = opendir(dir);
	if (!d) {
		on_error(ctx, dir, strerror(errno));
		return 0;
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
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	int rc = 0;
	struct buf path = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (rc == 0) {
			buf_clear(&path);
			size_t dl = strlen(dir);
			buf_printf(&path, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
			struct stat lst, st;
			if (lstat(path.data, &lst) != 0) {
				on_error(ctx, path.data, strerror(errno));
			} else if (S_ISLNK(lst.st_mode) && stat(path.data, &st) != 0) {
				if (article_name(names[i]))
					on_error(ctx, path.data, errno == ELOOP ? "symbolic link loop" : strerror(errno));
			} else if (S_ISDIR(lst.st_mode)) {
				rc = walk_dir(path.data, depth + 1, fn, on_error, ctx);
			} else if (S_ISLNK(lst.st_mode) && S_ISDIR(st.st_mode)) {
				/* not followed: a link to a directory can make a loop */
			} else if (article_name(names[i])) {
				rc = fn(ctx, path.data);
			}
		}
		free(names[i]);
	}
	free(names);
	buf_free(&path);
	return rc;
}

static int walk_one(const char *arg, input_fn fn, input_error_fn on_error, void *ctx)
{
	struct stat st;
	if (stat(arg, &st) == 0 && S_ISDIR(st.st_mode))
		return walk_dir(arg, 0, fn, on_error, ctx);
	/* Files, and paths that do not exist: the reader says what is wrong. */
	return fn(ctx, arg);
}

int cli_inputs_walk(char **inputs, int n, input_fn fn, input_error_fn on_error, void *ctx)
{
	for (int i = 0; i < n; i++) {
		int rc = 0;
		if (strcmp(inputs[i], "-") == 0) {
			char *line = NULL;
			size_t cap = 0;
			ssize_t len;
			while (rc == 0 && (len = getline(&line, &cap, stdin)) >= 0) {
				while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
					line[--len] = '\0';
				if (len > 0)
					rc = walk_one(line, fn, on_error, ctx);
			}
			free(line);
		} else {
			rc = walk_one(inputs[i], fn, on_error, ctx);
		}
		if (rc)
			return rc;
	}
	return 0;
}
