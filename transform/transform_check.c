/*
 * transform_check: runs the examples written in the pattern files.
 *
 *   example TEXT => KIND VALUE[/TOTAL] [field=VALUE | field~PART ...]
 *   example TEXT => none
 *   reject  TEXT
 *
 * An example runs the whole pattern set on TEXT as the one paragraph of
 * an article and passes when a fact of this pattern has the kind, value and
 * total given and every field named (subject, qualifier, year, target,
 * unit, indicator, province); "field~PART" asks that the field contain
 * PART.  "=> none" passes when TEXT yields no fact at all.  A reject line
 * passes when this pattern yields no fact (for an ignore pattern: when it
 * does not match TEXT, and "=> none" asks that it does).
 */
#include "transform_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct expectation {
	char kind[32];
	double value, total;
	bool has_total;
	struct {
		char key[16];
		char val[256];
		bool contains;
	} fields[8];
	int n_fields;
};

/* Reads the next token of s: a quoted string or a run of non-blanks. */
static const char *next_token(const char *s, char *out, size_t outlen)
{
	while (isspace((unsigned char)*s))
		s++;
	if (!*s)
		return NULL;
	size_t n = 0;
	bool quoted = false;
	while (*s && (quoted || !isspace((unsigned char)*s))) {
		if (*s == '"') {
			quoted = !quoted;
			s++;
			continue;
		}
		if (n + 1 < outlen)
			out[n++] = *s;
		s++;
	}
	out[n] = '\0';
	return s;
}

static int parse_expectation(const char *s, struct expectation *e, char *why, size_t whylen)
{
	memset(e, 0, sizeof *e);
	char tok[300];
	s = next_token(s, tok, sizeof tok);
	if (!s) {
		errorf(why, whylen, "empty expectation");
		return -1;
	}
	snprintf(e->kind, sizeof e->kind, "%.31s", tok);
	if (!strcmp(tok, "none"))
		return 0;
	s = next_token(s, tok, sizeof tok);
	if (!s) {
		errorf(why, whylen, "expectation needs KIND VALUE");
		return -1;
	}
	char *slash = strchr(tok, '/');
	if (slash) {
		*slash = '\0';
		e->has_total = true;
		e->total = strtod(slash + 1, NULL);
	}
	char *end;
	e->value = strtod(tok, &end);
	if (end == tok) {
		errorf(why, whylen, "'%s' is not a number", tok);
		return -1;
	}
	while ((s = next_token(s, tok, sizeof tok)) != NULL) {
		char *eq = strpbrk(tok, "=~");
		if (!eq || e->n_fields == 8) {
			errorf(why, whylen, "'%s' is not field=value or field~part", tok);
			return -1;
		}
		bool contains = *eq == '~';
		*eq = '\0';
		snprintf(e->fields[e->n_fields].key, sizeof e->fields[0].key, "%.15s", tok);
		snprintf(e->fields[e->n_fields].val, sizeof e->fields[0].val, "%.255s", eq + 1);
		e->fields[e->n_fields].contains = contains;
		e->n_fields++;
	}
	return 0;
}

static bool field_ok(const struct fact *f, const char *key, const char *want, bool contains, char *got,
		     size_t gotlen)
{
	char num[32];
	const char *have = NULL;
	if (!strcmp(key, "subject"))
		have = f->subject;
	else if (!strcmp(key, "qualifier"))
		have = f->qualifier;
	else if (!strcmp(key, "unit"))
		have = f->unit ? f->unit : "null";
	else if (!strcmp(key, "indicator"))
		have = f->indicator ? f->indicator : "null";
	else if (!strcmp(key, "province"))
		have = f->province ? f->province : "null";
	else if (!strcmp(key, "target"))
		have = f->target ? "true" : "false";
	else if (!strcmp(key, "year")) {
		if (f->year)
			snprintf(num, sizeof num, "%d", f->year);
		else
			snprintf(num, sizeof num, "null");
		have = num;
	} else {
		snprintf(got, gotlen, "unknown field '%s'", key);
		return false;
	}
	snprintf(got, gotlen, "%s=\"%s\"", key, have);
	if (contains) {
		/* case-insensitive substring */
		size_t n = strlen(want);
		for (const char *p = have; *p; p++)
			if (!strncasecmp(p, want, n))
				return true;
		return n == 0;
	}
	return strcasecmp(have, want) == 0;
}

static void describe(const struct fact *f, char *out, size_t outlen)
{
	if (f->has_total)
		snprintf(out, outlen, "%s %g/%g subject=\"%s\" (%s)", f->kind, f->value, f->total, f->subject,
			 f->pattern);
	else
		snprintf(out, outlen, "%s %g subject=\"%s\" (%s)", f->kind, f->value, f->subject, f->pattern);
}

static int check_example(struct transform *t, const struct pattern *p, const struct example *ex,
			 FILE *report)
{
	struct article *a = NULL;
	char err[512];
	struct fact_list facts = FACT_LIST_INIT;
	int failed = 0;
	/* Below a headline: a text article's first line is its title, which
	 * states no facts of its own. */
	struct buf doc = { 0 };
	buf_printf(&doc, "Example\n%s\n", ex->text);
	if (extract_article_parse("example.txt", doc.data, doc.len, &a, err, sizeof err) == 0)
		transform_article(t, a, &facts, err, sizeof err);
	buf_free(&doc);

	if (!ex->expect) {
		for (size_t i = 0; i < facts.n && !failed; i++)
			if (facts.facts[i].pattern == p->id) {
				char d[400];
				describe(&facts.facts[i], d, sizeof d);
				fprintf(report, "%s:%d: reject: pattern %s found %s in \"%s\"\n", p->file, ex->line,
					p->id, d, ex->text);
				failed = 1;
			}
		goto done;
	}
	struct expectation e;
	char why[256];
	if (parse_expectation(ex->expect, &e, why, sizeof why) != 0) {
		fprintf(report, "%s:%d: %s\n", p->file, ex->line, why);
		failed = 1;
		goto done;
	}
	if (!strcmp(e.kind, "none")) {
		if (facts.n) {
			char d[400];
			describe(&facts.facts[0], d, sizeof d);
			fprintf(report, "%s:%d: expected no fact in \"%s\", found %s\n", p->file, ex->line, ex->text, d);
			failed = 1;
		}
		goto done;
	}
	char best[600] = "";
	bool found = false;
	for (size_t i = 0; i < facts.n && !found; i++) {
		const struct fact *f = &facts.facts[i];
		if (f->pattern != p->id || strcmp(f->kind, e.kind) || fabs(f->value - e.value) > 1e-6)
			continue;
		if (e.has_total && (!f->has_total || fabs(f->total - e.total) > 1e-6))
			continue;
		bool ok = true;
		char got[300] = "";
		for (int k = 0; k < e.n_fields && ok; k++)
			ok = field_ok(f, e.fields[k].key, e.fields[k].val, e.fields[k].contains, got, sizeof got);
		if (ok)
			found = true;
		else
			snprintf(best, sizeof best, "the fact has %s", got);
	}
	if (!found) {
		if (!best[0]) {
			struct buf all = { 0 };
			for (size_t i = 0; i < facts.n; i++) {
				char d[400];
				describe(&facts.facts[i], d, sizeof d);
				buf_printf(&all, "%s%s", i ? "; " : "", d);
			}
			snprintf(best, sizeof best, "found: %s", all.len ? all.data : "nothing");
			buf_free(&all);
		}
		fprintf(report, "%s:%d: example \"%s\" => %s: %s\n", p->file, ex->line, ex->text, ex->expect, best);
		failed = 1;
	}
done:
	fact_list_free(&facts);
	extract_article_free(&a);
	return failed;
}

/* For an ignore pattern, a reject line says the pattern must not match. */
static int check_ignore_reject(const struct pattern *p, const struct example *ex, FILE *report,
			       size_t *ov)
{
	if (rx_exec(p->rx, ex->text, strlen(ex->text), 0, false, ov, p->n_groups, NULL, 0) > 0) {
		fprintf(report, "%s:%d: reject: ignore pattern %s matches \"%.*s\" in \"%s\"\n", p->file,
			ex->line, p->id, (int)(ov[1] - ov[0]), ex->text + ov[0], ex->text);
		return 1;
	}
	return 0;
}

/* For an ignore pattern, "=> none" also says that this pattern is what
 * keeps the text from being a fact: it must match. */
static int check_ignore_matches(const struct pattern *p, const struct example *ex, FILE *report, size_t *ov)
{
	if (rx_exec(p->rx, ex->text, strlen(ex->text), 0, false, ov, p->n_groups, NULL, 0) <= 0) {
		fprintf(report, "%s:%d: ignore pattern %s does not match \"%s\"\n", p->file, ex->line, p->id,
			ex->text);
		return 1;
	}
	return 0;
}

int transform_check(struct transform *t, FILE *report, size_t *n_examples)
{
	int failures = 0;
	size_t count = 0;
	size_t *ov = xcalloc(256, sizeof *ov);
	for (size_t i = 0; i < t->set.n_patterns; i++) {
		const struct pattern *p = &t->set.patterns[i];
		bool positive = false;
		for (size_t k = 0; k < p->n_examples; k++) {
			const struct example *ex = &p->examples[k];
			count++;
			positive |= ex->expect != NULL;
			if (!ex->expect && p->kind == KIND_IGNORE && p->n_groups <= 128)
				failures += check_ignore_reject(p, ex, report, ov);
			else
				failures += check_example(t, p, ex, report);
			if (ex->expect && p->kind == KIND_IGNORE && p->n_groups <= 128)
				failures += check_ignore_matches(p, ex, report, ov);
		}
		if (!positive) {
			fprintf(report, "%s:%d: pattern %s has no example\n", p->file, p->line, p->id);
			failures++;
		}
	}
	free(ov);
	*n_examples = count;
	return failures;
}
