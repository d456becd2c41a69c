/*
 * govfacts: scraped government news articles in, a database of facts out.
 *
 * The command line is the only place that knows all three stages:
 * extract (article text and metadata), transform (facts) and load
 * (SQLite).  Each subcommand parses its own options; every input that is
 * refused is reported on stderr with its name and the reason, and the run
 * goes on with the others.
 *
 * Exit status: 0 all went well; 1 some inputs were refused (the rest were
 * processed); 2 usage error; 3 nothing could be done (database or
 * patterns unusable).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../common/buf.h"
#include "../extract/extract.h"
#include "../load/load.h"
#include "../transform/transform.h"
#include "cli.h"

#define GOVFACTS_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_REJECTED = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

static const char *const usage_text =
	"usage: govfacts COMMAND [OPTIONS] [INPUT...]\n"
	"\n"
	"Turns scraped government news articles (HTML pages or extracted text)\n"
	"into a database of facts.\n"
	"\n"
	"commands:\n"
	"  ingest [--db PATH] [--patterns DIR] [--max-bytes N] INPUT...\n"
	"        extract, transform and load INPUTs into the database\n"
	"        (default ./govfacts.db, or $GOVFACTS_DB)\n"
	"  facts [--format jsonl|csv] [--patterns DIR] [--max-bytes N] INPUT...\n"
	"        print the facts of INPUTs, no database\n"
	"  extract [--format text|json] [--patterns DIR] INPUT\n"
	"        print what the extract stage kept: metadata and body text\n"
	"  export [--db PATH] [--format jsonl|csv]\n"
	"        print the facts in the database\n"
	"  check-patterns [DIR]\n"
	"        compile every pattern file and run the examples written in it\n"
	"\n"
	"INPUT is a file, a directory (walked for .html, .htm, .txt) or - (paths\n"
	"on standard input, one a line).  Patterns come from --patterns, else\n"
	"$GOVFACTS_PATTERNS, else ./patterns, else the patterns/ beside the binary.\n"
	"\n"
	"exit status: 0 ok; 1 some inputs were refused; 2 usage error;\n"
	"3 the database or the patterns could not be used.\n";

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "govfacts: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\ntry 'govfacts --help'\n");
	return EXIT_USAGE;
}

/* ==== Options shared by the subcommands ==== */

struct options {
	const char *db;
	const char *patterns;
	const char *format;
	size_t max_bytes;
	char **inputs;
	int n_inputs;
};

enum { OPT_DB = 1000, OPT_PATTERNS, OPT_FORMAT, OPT_MAX_BYTES, OPT_HELP, OPT_VERSION };

static int parse_options(int argc, char **argv, struct options *o, const char *allowed)
{
	static const struct option longs[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "patterns", required_argument, NULL, OPT_PATTERNS },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
		const char *name = NULL;
		switch (c) {
		case OPT_DB: name = "db"; o->db = optarg; break;
		case OPT_PATTERNS: name = "patterns"; o->patterns = optarg; break;
		case OPT_FORMAT: name = "format"; o->format = optarg; break;
		case OPT_MAX_BYTES: {
			name = "max-bytes";
			char *end;
			errno = 0;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (errno || end == optarg || *end || v == 0)
				return usage_error("--max-bytes takes a positive number of bytes, not '%s'", optarg);
			o->max_bytes = (size_t)v;
			break;
		}
		case 'h':
		case OPT_HELP: fputs(usage_text, stdout); return -1;
		case OPT_VERSION: printf("govfacts %s\n", GOVFACTS_VERSION); return -1;
		default: return usage_error("unknown option '%s'", argv[optind - 1]);
		}
		if (name && !strstr(allowed, name))
			return usage_error("this command takes no --%s", name);
	}
	o->inputs = argv + optind;
	o->n_inputs = argc - optind;
	return 0;
}

static int parse_format(const char *f, const char *a, const char *b, const char *fallback, const char **out)
{
	if (!f)
		f = fallback;
	if (strcmp(f, a) && strcmp(f, b))
		return usage_error("unknown format '%s'", f);
	*out = f;
	return 0;
}

/* --patterns, $GOVFACTS_PATTERNS, ./patterns, then beside the binary. */
static const char *patterns_dir(const char *given, char *buf, size_t buflen)
{
	if (given)
		return given;
	const char *env = getenv("GOVFACTS_PATTERNS");
	if (env && *env)
		return env;
	struct stat st;
	if (stat("patterns", &st) == 0 && S_ISDIR(st.st_mode))
		return "patterns";
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
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

static struct transform *open_transform(const char *given)
{
	char buf[PATH_MAX + 32], err[1024];
	const char *dir = patterns_dir(given, buf, sizeof buf);
	struct transform *t = transform_new(dir, err, sizeof err);
	if (!t)
		fprintf(stderr, "govfacts: patterns: %s\n", err);
	return t;
}

/* ==== facts and ingest ==== */

struct run {
	struct options *opt;
	struct transform *t;
	struct load_db *db;        /* NULL for 'facts' */
	enum output_format format; /* for 'facts' */
	struct fact_list facts;
	struct load_counts counts;
	size_t articles;
	bool db_failed;
};

static void reject(struct run *r, const char *path, const char *reason)
{
	fprintf(stderr, "govfacts: %s\n", reason);
	r->counts.rejected++;
	if (r->db) {
		char err[512];
		if (load_reject(r->db, path, reason, err, sizeof err) != 0)
			fprintf(stderr, "govfacts: load: %s\n", err);
	}
}

static void input_error(void *ctx, const char *path, const char *reason)
{
	char msg[PATH_MAX + 256];
	snprintf(msg, sizeof msg, "extract: %s: %s", path, reason);
	reject(ctx, path, msg);
}

static int process_file(void *ctx, const char *path)
{
	struct run *r = ctx;
	struct extract_options eo = { .max_bytes = r->opt->max_bytes };
	struct article *a = NULL;
	char err[1024], msg[1100];
	if (extract_article_read(path, &eo, &a, err, sizeof err) != 0) {
		snprintf(msg, sizeof msg, "extract: %s", err);
		reject(r, path, msg);
		return 0;
	}
	fact_list_clear(&r->facts);
	if (transform_article(r->t, a, &r->facts, err, sizeof err) != 0) {
		/* A pattern hit a resource limit: say so, keep what was found. */
		fprintf(stderr, "govfacts: transform: %s\n", err);
	}
	r->articles++;
	if (!r->db) {
		const char *doc = a->url ? a->url : a->file;
		for (size_t i = 0; i < r->facts.n; i++)
			output_fact(stdout, r->format, a->file, doc, &r->facts.facts[i]);
		r->counts.facts += r->facts.n;
	} else {
		enum load_status st;
		const char *prov = transform_article_province(r->t, a);
		if (load_article(r->db, a, prov, transform_fingerprint(r->t), &r->facts, &st, err, sizeof err) != 0) {
			snprintf(msg, sizeof msg, "load: %s: %s", path, err);
			reject(r, path, msg);
		} else if (st == LOAD_UNCHANGED) {
			r->counts.articles_unchanged++;
		} else {
			if (st == LOAD_NEW)
				r->counts.articles_new++;
			else
				r->counts.articles_changed++;
			r->counts.facts += r->facts.n;
		}
	}
	extract_article_free(&a);
	return 0;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmd_facts(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "patterns format max-bytes");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "jsonl", "csv", "jsonl", &fmt)))
		return rc;
	if (o.n_inputs == 0)
		return usage_error("%s needs at least one INPUT", "facts");
	struct run r = { .opt = &o, .format = strcmp(fmt, "csv") ? FORMAT_JSONL : FORMAT_CSV };
	if (!(r.t = open_transform(o.patterns)))
		return EXIT_FATAL;
	output_fact_header(stdout, r.format);
	cli_inputs_walk(o.inputs, o.n_inputs, process_file, input_error, &r);
	fact_list_free(&r.facts);
	transform_free(&r.t);
	if (fflush(stdout) != 0) {
		fprintf(stderr, "govfacts: facts: writing standard output: %s\n", strerror(errno));
		return EXIT_FATAL;
	}
	return r.counts.rejected ? EXIT_REJECTED : EXIT_OK;
}

static const char *db_path(const char *given)
{
	if (given)
		return given;
	const char *env = getenv("GOVFACTS_DB");
	return env && *env ? env : "govfacts.db";
}

static int cmd_ingest(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "db patterns max-bytes");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (o.n_inputs == 0)
		return usage_error("%s needs at least one INPUT", "ingest");
	struct run r = { .opt = &o };
	if (!(r.t = open_transform(o.patterns)))
		return EXIT_FATAL;
	char err[1024];
	const char *path = db_path(o.db);
	r.db = load_db_open(path, err, sizeof err);
	struct buf args = { 0 };
	for (int i = 0; i < argc; i++)
		buf_printf(&args, "%s%s", i ? " " : "govfacts ", argv[i]);
	if (!r.db || load_run_begin(r.db, args.data, err, sizeof err) != 0) {
		fprintf(stderr, "govfacts: load: %s\n", err);
		buf_free(&args);
		load_db_close(&r.db);
		transform_free(&r.t);
		return EXIT_FATAL;
	}
	double t0 = now_seconds();
	cli_inputs_walk(o.inputs, o.n_inputs, process_file, input_error, &r);
	int status = r.counts.rejected ? EXIT_REJECTED : EXIT_OK;
	if (load_run_end(r.db, &r.counts, r.counts.rejected ? "partial" : "ok", err, sizeof err) != 0) {
		fprintf(stderr, "govfacts: load: %s\n", err);
		status = EXIT_FATAL;
	}
	fprintf(stderr,
		"govfacts: ingest: %zu articles (%zu new, %zu changed, %zu unchanged), %zu rejected, "
		"%zu facts loaded into %s in %.2f s\n",
		r.articles, r.counts.articles_new, r.counts.articles_changed, r.counts.articles_unchanged,
		r.counts.rejected, r.counts.facts, path, now_seconds() - t0);
	buf_free(&args);
	load_db_close(&r.db);
	fact_list_free(&r.facts);
	transform_free(&r.t);
	return status;
}

/* ==== extract ==== */

static void json_field(const char *name, const char *value, bool comma)
{
	printf("%s\"%s\":", comma ? "," : "", name);
	if (value)
		output_json_string(stdout, value, strlen(value));
	else
		fputs("null", stdout);
}

static int cmd_extract(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "format patterns max-bytes");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "text", "json", "text", &fmt)))
		return rc;
	if (o.n_inputs != 1)
		return usage_error("%s takes exactly one INPUT", "extract");
	struct transform *t = open_transform(o.patterns);
	if (!t)
		return EXIT_FATAL;
	struct extract_options eo = { .max_bytes = o.max_bytes };
	struct article *a = NULL;
	char err[1024];
	if (extract_article_read(o.inputs[0], &eo, &a, err, sizeof err) != 0) {
		fprintf(stderr, "govfacts: extract: %s\n", err);
		transform_free(&t);
		return EXIT_REJECTED;
	}
	const char *province = transform_article_province(t, a);
	if (!strcmp(fmt, "text")) {
		printf("file: %s\nurl: %s\ntitle: %s\npublished: %s\nprovince: %s\nsite: %s\n\n", a->file,
		       a->url ? a->url : "", a->title ? a->title : "", a->published ? a->published : "",
		       province ? province : "", a->site ? a->site : "");
		fwrite(a->text, 1, a->text_len, stdout);
		fputc('\n', stdout);
	} else {
		json_field("file", a->file, false);
		json_field("doc", a->url ? a->url : a->file, true);
		json_field("url", a->url, true);
		json_field("title", a->title, true);
		json_field("published", a->published, true);
		json_field("province", province, true);
		json_field("site", a->site, true);
		json_field("format", a->format == ARTICLE_HTML ? "html" : "text", true);
		json_field("text", a->text, true);
		fputs(",\"sentences\":[", stdout);
		for (size_t i = 0; i < a->n_sentences; i++)
			printf("%s{\"start\":%zu,\"end\":%zu,\"paragraph\":%zu}", i ? "," : "",
			       a->sentences[i].start, a->sentences[i].end, a->sentences[i].paragraph);
		fputs("]}\n", stdout);
	}
	extract_article_free(&a);
	transform_free(&t);
	return EXIT_OK;
}

/* ==== export ==== */

static int export_row(void *ctx, const struct load_fact_row *row)
{
	output_fact(stdout, *(enum output_format *)ctx, row->file, row->doc, &row->fact);
	return 0;
}

static int cmd_export(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "db format");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "jsonl", "csv", "jsonl", &fmt)))
		return rc;
	if (o.n_inputs)
		return usage_error("export takes no INPUT ('%s')", o.inputs[0]);
	char err[1024];
	const char *path = db_path(o.db);
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "govfacts: export: %s: %s\n", path, strerror(errno));
		return EXIT_FATAL;
	}
	struct load_db *db = load_db_open_readonly(path, err, sizeof err);
	if (!db) {
		fprintf(stderr, "govfacts: export: %s\n", err);
		return EXIT_FATAL;
	}
	enum output_format f = strcmp(fmt, "csv") ? FORMAT_JSONL : FORMAT_CSV;
	output_fact_header(stdout, f);
	rc = load_facts_each(db, export_row, &f, err, sizeof err);
	if (rc != 0)
		fprintf(stderr, "govfacts: export: %s\n", err);
	load_db_close(&db);
	return rc ? EXIT_FATAL : EXIT_OK;
}

/* ==== check-patterns ==== */

static int cmd_check_patterns(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "patterns");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (o.n_inputs > 1)
		return usage_error("check-patterns takes at most one DIR ('%s')", o.inputs[1]);
	const char *dir = o.n_inputs ? o.inputs[0] : o.patterns;
	struct transform *t = open_transform(dir);
	if (!t)
		return EXIT_REJECTED;
	size_t examples = 0;
	int failures = transform_check(t, stderr, &examples);
	printf("check-patterns: %zu patterns, %zu examples, %d failed\n", transform_pattern_count(t), examples,
	       failures);
	transform_free(&t);
	return failures ? EXIT_REJECTED : EXIT_OK;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("%s", "no command given");
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version")) {
		printf("govfacts %s\n", GOVFACTS_VERSION);
		return EXIT_OK;
	}
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} commands[] = {
		{ "ingest", cmd_ingest }, { "facts", cmd_facts }, { "extract", cmd_extract },
		{ "export", cmd_export }, { "check-patterns", cmd_check_patterns },
	};
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(cmd, commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	return usage_error("unknown command '%s'", cmd);
}
