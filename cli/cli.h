/*
 * The command line's own helpers: walking the inputs and writing facts.
 * Only the CLI knows all three stages; these files glue them.
 */
#ifndef GOVFACTS_CLI_H
#define GOVFACTS_CLI_H

#include <stdio.h>

#include "../transform/transform.h"

/* Called for every input file; path is as given or found under a given
 * directory.  A non-zero return stops the walk. */
typedef int (*input_fn)(void *ctx, const char *path);
/* Called for an input that cannot be read at all (missing, a loop...). */
typedef void (*input_error_fn)(void *ctx, const char *path, const char *reason);

/* Walks INPUT arguments: files, directories (recursively, for .html,
 * .htm and .txt) and "-" (paths on standard input, one a line).
 * Returns the first non-zero value of fn, else 0. */
int cli_inputs_walk(char **inputs, int n, input_fn fn, input_error_fn on_error, void *ctx);

enum output_format { FORMAT_JSONL, FORMAT_CSV };

void output_fact_header(FILE *out, enum output_format fmt);
void output_fact(FILE *out, enum output_format fmt, const char *file, const char *doc,
		 const struct fact *f);
/* A JSON string literal of s[0,n). */
void output_json_string(FILE *out, const char *s, size_t n);

#endif
