/*
 * Sentences as data: tests/data/figures.tsv (one figure's kind, value and
 * total from its frame: "up 12%", "26th out of 63", "11/21 tasks", "0.13
 * points lower", or no fact at all) and tests/data/subjects.tsv (every
 * fact of a sentence with a word its subject must hold).  Each sentence
 * is run alone, as the body of a one-line article.  To add a case, add a
 * line; a line that cannot be read fails the test.
 */
#include <criterion/criterion.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../transform/transform.h"

#include "transform_setup.h"

TestSuite(sentences, .init = setup, .fini = teardown);

static void facts_of(const char *sentence, struct fact_list *out)
{
	char text[2048];
	snprintf(text, sizeof text, "A case\n\n%s\n", sentence);
	struct article *a = NULL;
	char err[512];
	cr_assert_eq(extract_article_parse("case.txt", text, strlen(text), &a, err, sizeof err), 0, "%s", err);
	cr_assert_eq(transform_article(T, a, out, err, sizeof err), 0, "%s", err);
	extract_article_free(&a);
}

/* Splits a tab-separated line in place; the number of fields. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	line[strcspn(line, "\r\n")] = '\0';
	for (char *p = line; n < max;) {
		f[n++] = p;
		char *tab = strchr(p, '\t');
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

static bool contains_ci(const char *hay, const char *needle)
{
	for (size_t n = strlen(needle); *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return true;
	return false;
}

/* The fact of l of that kind, value and total (total < 0: any) whose
 * subject holds word (NULL: any). */
static const struct fact *find(const struct fact_list *l, const char *kind, double value, double total,
			       const char *word)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct fact *f = &l->facts[i];
		/* as eval/score.py: relative to the size of the value */
		if (strcmp(f->kind, kind) || fabs(f->value - value) > 1e-6 * fmax(1.0, fabs(value)))
			continue;
		if (total >= 0 && !(f->has_total && fabs(f->total - total) < 1e-6))
			continue;
		if (word && !contains_ci(f->subject, word))
			continue;
		return f;
	}
	return NULL;
}

static void describe(const struct fact_list *l, char *out, size_t n)
{
	size_t o = 0;
	out[0] = '\0';
	for (size_t i = 0; i < l->n && o + 1 < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%s%s %g '%s'", i ? "; " : "", l->facts[i].kind,
				      l->facts[i].value, l->facts[i].subject);
	if (!l->n)
		snprintf(out, n, "nothing");
}

Test(sentences, figures_by_frame)
{
	FILE *f = fopen("data/figures.tsv", "r");
	cr_assert_not_null(f, "tests/data/figures.tsv cannot be read");
	char line[2048], seen[2048];
	int cases = 0, failed = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *c[4];
		cr_assert_eq(split_tabs(line, c, 4), 4, "figures.tsv: a line of 4 fields: %s", line);
		struct fact_list l = FACT_LIST_INIT;
		facts_of(c[0], &l);
		cases++;
		bool ok = !strcmp(c[1], "none") ? l.n == 0
						 : find(&l, c[1], atof(c[2]), strcmp(c[3], "-") ? atof(c[3]) : -1, NULL) != NULL;
		if (!ok) {
			describe(&l, seen, sizeof seen);
			cr_log_error("figures.tsv: \"%s\": want %s %s%s%s, found %s", c[0], c[1], c[2],
				     strcmp(c[3], "-") ? "/" : "", strcmp(c[3], "-") ? c[3] : "", seen);
			failed++;
		}
		fact_list_free(&l);
	}
	fclose(f);
	cr_expect_geq(cases, 60, "figures.tsv holds %d cases", cases);
	cr_expect_eq(failed, 0, "%d of %d figure cases failed", failed, cases);
}

Test(sentences, subjects)
{
	FILE *f = fopen("data/subjects.tsv", "r");
	cr_assert_not_null(f, "tests/data/subjects.tsv cannot be read");
	char line[2048], seen[2048], last_id[16] = "";
	int sentences = 0, facts = 0, failed = 0, todo = 0, todo_passing = 0;
	struct fact_list l = FACT_LIST_INIT;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *c[7];
		cr_assert_eq(split_tabs(line, c, 7), 7, "subjects.tsv: a line of 7 fields: %s", line);
		if (strcmp(c[0], last_id)) {
			fact_list_free(&l);
			facts_of(c[1], &l);
			snprintf(last_id, sizeof last_id, "%s", c[0]);
			sentences++;
		}
		bool ok = !strcmp(c[2], "none")
				  ? l.n == 0
				  : find(&l, c[2], atof(c[3]), strcmp(c[4], "-") ? atof(c[4]) : -1, c[5]) != NULL;
		facts++;
		if (!strcmp(c[6], "todo")) {
			todo++;
			todo_passing += ok;
			if (ok)
				cr_log_info("subjects.tsv %s: %s %s is found now: mark it ok", c[0], c[2], c[3]);
			continue;
		}
		if (!ok) {
			describe(&l, seen, sizeof seen);
			cr_log_error("subjects.tsv %s: \"%s\": want %s %s with '%s' in its subject, found %s", c[0], c[1],
				     c[2], c[3], c[5], seen);
			failed++;
		}
	}
	fact_list_free(&l);
	fclose(f);
	if (todo)
		cr_log_info("subjects.tsv: %d readings marked todo, %d of them now found (mark them ok)", todo,
			    todo_passing);
	cr_expect_geq(sentences, 40, "subjects.tsv holds %d sentences", sentences);
	cr_expect_eq(failed, 0, "%d of %d subject cases failed", failed, facts);
}
