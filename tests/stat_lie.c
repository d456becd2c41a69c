/*
 * The race of a FIFO swapped in between a directory walk's stat and its
 * open, made deterministic for tests/inputs.sh.  Loaded with LD_PRELOAD,
 * this makes every stat of a path whose last component is $STAT_LIE_NAME
 * say "regular file", whatever is there: a FIFO by that name then looks
 * to govfacts the way a FIFO swapped in after its stat does.  Descriptors
 * are not lied about (fstat is not wrapped), so code that checks what it
 * opened sees the FIFO.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void lie(const char *path, int rc, mode_t *mode)
{
	const char *name = getenv("STAT_LIE_NAME");
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (rc == 0 && name && strcmp(base, name) == 0)
		*mode = (*mode & ~(mode_t)S_IFMT) | S_IFREG;
}

/* One wrapper per entry point glibc exports for a stat by path. */
#define WRAP(ret_type, fn, params, args)                                   \
	ret_type fn params                                                            \
	{                                                                             \
		static ret_type(*real) params;                                        \
		if (!real)                                                            \
			*(void **)&real = dlsym(RTLD_NEXT, #fn);                      \
		ret_type rc = real args;                                              \
		lie(path, rc, &st->st_mode);                                          \
		return rc;                                                            \
	}

WRAP(int, stat, (const char *path, struct stat *st), (path, st))
WRAP(int, lstat, (const char *path, struct stat *st), (path, st))
WRAP(int, fstatat, (int dfd, const char *path, struct stat *st, int flags), (dfd, path, st, flags))
WRAP(int, stat64, (const char *path, struct stat64 *st), (path, st))
WRAP(int, lstat64, (const char *path, struct stat64 *st), (path, st))
WRAP(int, fstatat64, (int dfd, const char *path, struct stat64 *st, int flags),
     (dfd, path, st, flags))
