/*
 * fuzz_transform: libFuzzer target for the transform stage.
 *
 * The patterns are loaded once (LLVMFuzzerInitialize) from
 * $GOVFACTS_PATTERNS, else the patterns/ beside the binary's directory
 * (build-fuzz/../patterns), else ./patterns.  Every input goes through the
 * extract stage as a page (sniffed, so text and HTML both get in), then
 * every pattern runs over the article.  A PCRE2 resource limit is an
 * accepted outcome (transform_article returns -1 and names the article);
 * a crash, a leak, a runaway match (libFuzzer's -timeout) or a fact whose
 * offsets point outside the article is not.
 *
 * Build and run: make fuzz (mk/hardening.mk).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../extract/extract.h"
#include "../../transform/transform.h"

static struct transform *transform;
static struct fact_list facts = FACT_LIST_INIT;

static const char *patterns_dir(char *buf, size_t buflen)
{
	const char *env = getenv("GOVFACTS_PATTERNS");
	if (env && *env)
		return env;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	struct stat st;
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, buflen, "%s/../patterns", exe);
			if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
				return buf;
		}
	}
	return "patterns";
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char buf[PATH_MAX + 16], err[1024];
	const char *dir = patterns_dir(buf, sizeof buf);
	transform = transform_new(dir, err, sizeof err);
	if (!transform) {
		fprintf(stderr, "fuzz_transform: patterns: %s\n", err);
		exit(1);
	}
	return 0;
}

static void check_facts(const struct article *a)
{
	for (size_t i = 0; i < facts.n; i++) {
		const struct fact *f = &facts.facts[i];
		if (!f->kind || !f->pattern || f->start > f->end || f->end > a->text_len)
			abort();
		if (f->sentence && (f->sentence < a->text ||
				    f->sentence + f->sentence_len > a->text + a->text_len))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article *a = NULL;
	char err[1024];
	if (extract_article_parse("fuzz-input", (const char *)data, size, &a, err, sizeof err) != 0)
		return 0;
	fact_list_clear(&facts);
	if (transform_article(transform, a, &facts, err, sizeof err) != 0 && !strstr(err, "fuzz-input"))
		abort(); /* a limit hit must name the article */
	check_facts(a);
	(void)transform_article_province(transform, a);
	fact_list_clear(&facts);
	extract_article_free(&a);
	return 0;
}
