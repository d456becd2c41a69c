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
 * patterns unusable), or an ingest failed part way (its runs row says
 * 'failed' and why); 74 (sysexits' EX_IOERR) the output could not be
 * written; 128 + the signal (130 SIGINT, 143 SIGTERM) when a signal
 * stopped an ingest between two articles.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../common/buf.h"
#include "../common/text.h"
#include "../extract/extract.h"
#include "../load/load.h"
#include "../transform/transform.h"
#include "cli.h"

#define GOVFACTS_VERSION "0.2.0"

/* The pattern directory this govfacts was built with (the checkout's) or
 * installed with (PREFIX/share/govfacts/patterns): the Makefile says. */
#ifndef GOVFACTS_PATTERNS_DIR
#define GOVFACTS_PATTERNS_DIR "/usr/local/share/govfacts/patterns"
#endif

enum { EXIT_OK = 0, EXIT_REJECTED = 1, EXIT_USAGE = 2, EXIT_FATAL = 3, EXIT_IOERR = 74, EXIT_TEMPFAIL = 75 };

static const char *const usage_text =
	"usage: govfacts COMMAND [OPTIONS] [INPUT...]\n"
	"\n"
	"Turns scraped government news articles (HTML pages or extracted text)\n"
	"into a database of facts.\n"
	"\n"
	"commands:\n"
	"  ingest [--db PATH] [--patterns DIR] [--max-bytes N] [--wait SECONDS]\n"
	"         [--batch N] [--jobs N] [INPUT OPTIONS] INPUT...\n"
	"        extract, transform and load INPUTs into the database\n"
	"        (default ./govfacts.db, or $GOVFACTS_DB); one ingest at a time:\n"
	"        another waits up to --wait seconds (30) for the running one;\n"
	"        --jobs N parses on N threads while one loads (default: the cores)\n"
	"  facts [--format jsonl|csv] [--patterns DIR] [--max-bytes N]\n"
	"        [INPUT OPTIONS] INPUT...\n"
	"        print the facts of INPUTs, no database\n"
	"  extract [--format text|json] [--patterns DIR] INPUT\n"
	"        print what the extract stage kept: metadata and body text\n"
	"  export [--db PATH] [--format jsonl|csv] [--table facts|articles|removals|NAME]\n"
	"         [--since DATE] [--province NAME] [--kind KIND]\n"
	"         [--since-run N | --changed-since TIME] [--format-version 1|2]\n"
	"        print the facts (or articles, removed facts, a table or view) in the\n"
	"        database: published on or after DATE (YYYY[-MM[-DD]]), in a province\n"
	"        (any spelling), of a kind, changed by runs after run N\n"
	"  merge OUT.db SHARD.db...\n"
	"        merge the databases of ingest --shard K/N (each shard of the\n"
	"        inputs, on any machine) into OUT.db; again adds nothing\n"
	"  stats [--db PATH] [--format text|jsonl]\n"
	"        counts of facts by kind and province, and the runs\n"
	"  report [--db PATH] [-o FILE]\n"
	"        one static HTML page of the provinces' national ranks: charts,\n"
	"        tables, movers, conflicts, each rank linked to its article\n"
	"  check-patterns [DIR]\n"
	"        compile every pattern file and run the examples written in it\n"
	"\n"
	"INPUT is a file, a directory or - (one article read from standard\n"
	"input; before 0.2 '-' was a list of paths: that is --from-list - now).\n"
	"What a file holds is told by its bytes: gzip is decompressed; a WARC\n"
	"(.warc, .warc.gz) gives one article per HTML response record\n"
	"(file ARCHIVE#RECORD-ID); JSON Lines (.jsonl, .jl) one per line (file\n"
	"FILE:LINE) with a url and an html, body or text field; anything else\n"
	"is one page or text.  A walk reads .html, .htm, .txt, .warc, .jsonl,\n"
	".jl (and .gz of each), skips robots.txt and sitemaps, links that lead\n"
	"out of the directories given, and FIFOs.  INPUT OPTIONS (ingest, facts):\n"
	"  --from-list FILE|-  read the paths in FILE (- standard input), one a\n"
	"                      line, after the INPUTs (which may then be none)\n"
	"  -0, --null          the --from-list paths end with NUL, not a line\n"
	"                      end (find -print0)\n"
	"  --follow-symlinks   a walk follows links wherever they lead\n"	"  --url-field NAME, --body-field NAME, --date-field NAME\n"
	"                      the JSON Lines fields of the URL, the page and its\n"
	"                      date (url; html, body or text; date, published...)\n"
	"Patterns come from --patterns, else $GOVFACTS_PATTERNS, else\n"
	"  " GOVFACTS_PATTERNS_DIR "\n"
	"(never ./patterns unless given).  Manual: man govfacts.\n"
	"\n"
	"Every command: -q, --quiet  nothing on stderr but errors.  ingest also:\n"
	"  --verbose        the summary line on stderr even when it is no terminal\n"
	"                   (it goes to the runs table always, to a terminal else)\n"
	"  --retry-refused  read again inputs an earlier run refused with the same\n"
	"                   bytes (else counted 'still refused', not said: exit 0)\n"
	"  --shard K/N      only the inputs whose canonical path hashes to K of N\n"
	"\n"
	"Options end at --: govfacts facts -- -rf.html reads the file -rf.html.\n"
	"\n"
	"exit status:\n"
	"  0    all went well (inputs still refused from earlier runs included)\n"
	"  1    some inputs were newly refused (each named on stderr), the rest loaded\n"
	"  2    usage error (the option or argument is named)\n"
	"  3    the database or the patterns cannot be used, or the run failed\n"
	"  74   the output could not be written (EX_IOERR)\n"
	"  75   another ingest holds the lock; nothing was done (EX_TEMPFAIL)\n"
	"  130  interrupted by SIGINT (between two articles)\n"
	"  143  interrupted by SIGTERM (between two articles)\n";

/* govfacts COMMAND --help: that command's usage. */
static const struct {
	const char *name, *text;
} command_usage[] = {
	{ "ingest",
	  "usage: govfacts ingest [OPTIONS] INPUT...\n"
	  "extract, transform and load INPUTs (files, directories, - for one article\n"
	  "on standard input) into the database.\n"
	  "  --db PATH            the database (default $GOVFACTS_DB, else ./govfacts.db)\n"
	  "  --patterns DIR       the patterns (default $GOVFACTS_PATTERNS, else the\n"
	  "                       directory govfacts was built or installed with)\n"
	  "  --max-bytes N        refuse an input (or record) over N bytes (16 MiB)\n"
	  "  --wait SECONDS       wait that long for another ingest's lock (30)\n"
	  "  --batch N            articles per transaction (256)\n"
	  "  -j, --jobs N         parse on N threads (default: the number of cores)\n"
	  "  --from-list FILE|-   read more INPUT paths from FILE (- standard input)\n"
	  "  -0, --null           the --from-list paths end with NUL (find -print0)\n"
	  "  --follow-symlinks    a walk follows links wherever they lead\n"
	  "  --url-field NAME, --body-field NAME, --date-field NAME   JSON Lines fields\n"
	  "  -q, --quiet          nothing on stderr but errors\n"
	  "  --verbose            the summary on stderr even off a terminal\n"
	  "  --retry-refused      read again inputs refused before with the same bytes\n"
	  "  --shard K/N          take only shard K of N (0 <= K < N): the inputs whose\n"
	  "                       canonical path (a record's: ARCHIVE#ID, FILE:LINE)\n"
	  "                       hashes to K (SHA-256), others not even opened; each\n"
	  "                       shard its own --db, then 'govfacts merge'\n"
	  "'ingest -' reads one article from standard input; before 0.2 it read a\n"
	  "list of paths, which is --from-list - now.\n"
	  "exit: 0 ok, 1 inputs newly refused, 2 usage, 3 database or patterns,\n"
	  "74 output, 75 another ingest holds the lock, 130/143 a signal.\n" },
	{ "facts",
	  "usage: govfacts facts [OPTIONS] INPUT...\n"
	  "print the facts of INPUTs (files, directories, - for standard input).\n"
	  "  --format jsonl|csv   (jsonl)\n"
	  "  -o, --output FILE    write to FILE (replaced whole when all went well)\n"
	  "  --patterns DIR, --max-bytes N, --from-list FILE|-, -0, --follow-symlinks,\n"
	  "  --url-field NAME, --body-field NAME, --date-field NAME, -q: as for ingest\n"
	  "exit: 0 ok, 1 inputs refused, 2 usage, 3 patterns, 74 output.\n" },
	{ "extract",
	  "usage: govfacts extract [OPTIONS] INPUT\n"
	  "print what the extract stage kept of INPUT (- for standard input): its\n"
	  "metadata and body text; each article of a WARC or JSON Lines file.\n"
	  "  --format text|json   (text)\n"
	  "  --patterns DIR, --max-bytes N, --url-field NAME, --body-field NAME,\n"
	  "  --date-field NAME, -q: as for ingest\n"
	  "exit: 0 ok, 1 refused, 2 usage, 3 patterns, 74 output.\n" },
	{ "export",
	  "usage: govfacts export [OPTIONS]\n"
	  "print the facts (or the articles) in the database, in export format 2:\n"
	  "each fact with its stable fact_id, article_id, url, title, published.\n"
	  "CSV: NULL is an empty field, an empty string \"\".\n"
	  "  --db PATH            the database (as for ingest)\n"
	  "  --format jsonl|csv   (jsonl)\n"
	  "  --table facts|articles|removals|NAME\n"
	  "                       removals: the fact_ids runs after --since-run took\n"
	  "                       away; NAME: any view or table, whole (fact_rows,\n"
	  "                       latest_ranks, provinces, runs...)\n"
	  "  --since-run N        only what runs after run N changed (0: all)\n"
	  "  --changed-since TIME the same from a UTC time YYYY-MM-DD[THH:MM[:SS]][Z]\n"
	  "  --format-version V   2 (default), or 1: the fields before ids\n"
	  "  --since DATE         published on or after YYYY[-MM[-DD]]\n"
	  "  --province NAME      in a province, any spelling the gazetteer knows\n"
	  "  --kind KIND          of one kind (rank, percent, ...)\n"
	  "  -o, --output FILE    write to FILE (replaced whole when all went well)\n"
	  "exit: 0 ok, 2 usage, 3 database, 74 output.\n" },
	{ "stats",
	  "usage: govfacts stats [OPTIONS]\n"
	  "counts of facts by kind and province, and the runs.\n"
	  "  --db PATH            the database (as for ingest)\n"
	  "  --format text|jsonl  (text)\n"
	  "  -o, --output FILE    write to FILE\n"
	  "exit: 0 ok, 2 usage, 3 database, 74 output.\n" },
	{ "report",
	  "usage: govfacts report [OPTIONS]\n"
	  "write one static HTML page of the provinces' national ranks in the database\n"
	  "(the province_rankings view): per indicator a line chart (rank 1 at the\n"
	  "top, years across), the ranks by year as a table, the biggest movers\n"
	  "between each province's two latest years, and the conflicts (two ranks\n"
	  "claimed for one year); every rank links to the article that states it.\n"
	  "Filters by indicator and province work offline: the page has no external\n"
	  "style, font or script and needs no server.\n"
	  "  --db PATH            the database (as for ingest); it must exist\n"
	  "  -o, --output FILE    write to FILE (replaced whole when all went well),\n"
	  "                       else standard output\n"
	  "exit: 0 ok, 2 usage, 3 database, 74 output.\n" },
	{ "merge",
	  "usage: govfacts merge [OPTIONS] OUT.db SHARD.db...\n"
	  "merge the databases of 'ingest --shard K/N' into OUT.db (created if need be),\n"
	  "in a run of its own: each shard's articles and facts loaded as ingest loads\n"
	  "them, so a merge run again adds nothing, and of one doc two shards hold the\n"
	  "article ingest would keep (published later, then the larger content hash,\n"
	  "then the path first).  A shard that cannot be read is named and skipped.\n"
	  "  --patterns DIR       the reference tables' patterns (as for ingest)\n"
	  "  --wait SECONDS       wait that long for another ingest's lock (30)\n"
	  "  --batch N            articles per transaction (256)\n"
	  "  -q, --quiet          nothing on stderr but errors\n"
	  "  --verbose            the summary on stderr even off a terminal\n"
	  "exit: 0 ok, 1 a shard (or an article) not merged, 2 usage, 3 database or\n"
	  "patterns, 75 another ingest holds OUT's lock, 130/143 a signal.\n" },
	{ "check-patterns",
	  "usage: govfacts check-patterns [DIR]\n"
	  "compile every pattern file of DIR (default: as ingest finds them) and run\n"
	  "the examples written in it.\n"
	  "exit: 0 all pass, 1 an example fails, 2 usage, 3 the patterns cannot be read.\n" },
};

static void print_usage(const char *cmd)
{
	for (size_t i = 0; i < sizeof command_usage / sizeof *command_usage; i++)
		if (!strcmp(cmd, command_usage[i].name)) {
			fputs(command_usage[i].text, stdout);
			return;
		}
	fputs(usage_text, stdout);
}

/* -o FILE: written beside it under a temporary name, renamed over it
 * when the command went well, so that a failed export never leaves a
 * truncated file where the last good one was. */
static const char *output_file;
static char output_tmp[PATH_MAX + 32];

static int open_output(const char *file)
{
	snprintf(output_tmp, sizeof output_tmp, "%s.tmp-XXXXXX", file);
	int fd = mkstemp(output_tmp);
	if (fd < 0) {
		output_tmp[0] = '\0';
		return -1;
	}
	/* mkstemp's 0600, less nothing: a file as others would create it. */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	fflush(stdout);
	if (dup2(fd, STDOUT_FILENO) < 0) {
		close(fd);
		unlink(output_tmp);
		output_tmp[0] = '\0';
		return -1;
	}
	close(fd);
	output_file = file;
	return 0;
}

static int usage_error(const char *fmt, const char *arg)
{
	text_message(fmt, arg);
	fputs("try 'govfacts --help'\n", stderr);
	return EXIT_USAGE;
}

/* -q: nothing on stderr but errors. */
static bool quiet;

/* ==== Options shared by the subcommands ==== */

struct options {
	const char *db;
	const char *patterns;
	const char *format;
	size_t max_bytes;
	int wait;     /* seconds, -1 unset */
	size_t batch; /* 0 unset */
	int jobs;     /* 0 unset */
	const char *table, *since, *province, *kind;
	long long since_run;       /* -1 unset */
	const char *changed_since;
	int format_version;        /* 0 unset */
	const char *from_list;
	struct record_options fields; /* of JSON Lines */
	bool null_list, follow_symlinks;
	bool verbose, retry_refused;
	struct shard shard; /* ingest --shard K/N; n 0 when not given */
	char **inputs;
	int n_inputs;
};

enum { OPT_DB = 1000, OPT_PATTERNS, OPT_FORMAT, OPT_MAX_BYTES, OPT_WAIT, OPT_BATCH, OPT_JOBS, OPT_TABLE, OPT_SINCE,
       OPT_PROVINCE, OPT_KIND, OPT_HELP, OPT_VERSION, OPT_FROM_LIST, OPT_FOLLOW_SYMLINKS,
       OPT_URL_FIELD, OPT_BODY_FIELD, OPT_DATE_FIELD, OPT_VERBOSE, OPT_RETRY_REFUSED, OPT_SINCE_RUN,
       OPT_CHANGED_SINCE, OPT_FORMAT_VERSION, OPT_SHARD };

/* A whole number in [min, max] from a flag's argument; -1 when not one. */
static long long parse_count(const char *s, long long min, long long max)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		return -1;
	return v;
}

/*
 * The argument getopt_long just refused: it leaves optind after a long
 * option, or after a short one that ended its argument ("-r", "-0r"), but
 * on "-rf.html" while inside it.  Nothing before "before" (optind at the
 * call) can be it, and what lies between is no option.
 */
static const char *refused_option(char **argv, int argc, int before)
{
	const char *prev = optind - 1 >= before ? argv[optind - 1] : NULL;
	size_t n = prev ? strlen(prev) : 0;
	if (n >= 2 && prev[0] == '-' && (prev[1] == '-' || prev[n - 1] == optopt))
		return prev;
	return optind < argc ? argv[optind] : prev ? prev : "?";
}

static int parse_options(int argc, char **argv, struct options *o, const char *allowed)
{
	static const struct option longs[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "patterns", required_argument, NULL, OPT_PATTERNS },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
		{ "wait", required_argument, NULL, OPT_WAIT },
		{ "batch", required_argument, NULL, OPT_BATCH },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "table", required_argument, NULL, OPT_TABLE },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "province", required_argument, NULL, OPT_PROVINCE },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "since-run", required_argument, NULL, OPT_SINCE_RUN },
		{ "changed-since", required_argument, NULL, OPT_CHANGED_SINCE },
		{ "format-version", required_argument, NULL, OPT_FORMAT_VERSION },
		{ "from-list", required_argument, NULL, OPT_FROM_LIST },
		{ "null", no_argument, NULL, '0' },
		{ "follow-symlinks", no_argument, NULL, OPT_FOLLOW_SYMLINKS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "output", required_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, OPT_VERBOSE },
		{ "retry-refused", no_argument, NULL, OPT_RETRY_REFUSED },
		{ "shard", required_argument, NULL, OPT_SHARD },
		{ "url-field", required_argument, NULL, OPT_URL_FIELD },
		{ "body-field", required_argument, NULL, OPT_BODY_FIELD },
		{ "date-field", required_argument, NULL, OPT_DATE_FIELD },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	o->wait = -1;
	o->since_run = -1;
	optind = 1;
	opterr = 0;
	int c, before = optind;
	/* ':' first: a missing argument is told from an unknown option. */
	while ((c = getopt_long(argc, argv, ":h0qVj:o:", longs, NULL)) != -1) {
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
		case OPT_WAIT:
			name = "wait";
			if ((o->wait = (int)parse_count(optarg, 0, 86400)) < 0)
				return usage_error("--wait takes a number of seconds (0 to 86400), not '%s'", optarg);
			break;
		case OPT_BATCH: {
			name = "batch";
			long long v = parse_count(optarg, 1, 1000000);
			if (v < 0)
				return usage_error("--batch takes a number of articles (1 to 1000000), not '%s'", optarg);
			o->batch = (size_t)v;
			break;
		}
		case 'j':
		case OPT_JOBS:
			name = "jobs";
			if ((o->jobs = (int)parse_count(optarg, 1, 64)) < 0)
				return usage_error("--jobs takes a number of threads (1 to 64), not '%s'", optarg);
			break;
		case OPT_TABLE: name = "table"; o->table = optarg; break;
		case OPT_SINCE: name = "since"; o->since = optarg; break;
		case OPT_PROVINCE: name = "province"; o->province = optarg; break;
		case OPT_KIND: name = "kind"; o->kind = optarg; break;
		case OPT_SINCE_RUN:
			name = "since-run";
			if ((o->since_run = parse_count(optarg, 0, LLONG_MAX)) < 0)
				return usage_error("--since-run takes a run number (0 or more; govfacts stats lists them), "
						   "not '%s'", optarg);
			break;
		case OPT_CHANGED_SINCE: name = "changed-since"; o->changed_since = optarg; break;
		case OPT_FORMAT_VERSION:
			name = "format-version";
			if ((o->format_version = (int)parse_count(optarg, 1, EXPORT_FORMAT_VERSION)) < 0) {
				char msg[64];
				snprintf(msg, sizeof msg, "1 to %d", EXPORT_FORMAT_VERSION);
				text_message("--format-version takes an export format this govfacts writes (%s), not '%s'",
					     msg, optarg);
				fputs("try 'govfacts --help'\n", stderr);
				return EXIT_USAGE;
			}
			break;
		case OPT_FROM_LIST: name = "from-list"; o->from_list = optarg; break;
		case '0': name = "null"; o->null_list = true; break;
		case OPT_FOLLOW_SYMLINKS: name = "follow-symlinks"; o->follow_symlinks = true; break;
		case 'q': quiet = true; break;
		case OPT_VERBOSE: name = "verbose"; o->verbose = true; break;
		case OPT_RETRY_REFUSED: name = "retry-refused"; o->retry_refused = true; break;
		case OPT_SHARD:
			name = "shard";
			if (cli_shard_parse(optarg, &o->shard) != 0)
				return usage_error("--shard takes K/N, shard K of N (0 <= K < N, N at most 1000000), not '%s'",
						   optarg);
			break;
		case OPT_URL_FIELD: name = "url-field"; o->fields.url_field = optarg; break;
		case OPT_BODY_FIELD: name = "body-field"; o->fields.body_field = optarg; break;
		case OPT_DATE_FIELD: name = "date-field"; o->fields.date_field = optarg; break;
		case 'h':
		case OPT_HELP: print_usage(argv[0]); return -1;
		case 'V':
		case OPT_VERSION: printf("govfacts %s\n", GOVFACTS_VERSION); return -1;
		case 'o':
			name = "output";
			if (output_file)
				return usage_error("-o (--output) given twice ('%s')", optarg);
			if (!*optarg)
				return usage_error("%s", "-o (--output) takes a file name, not ''");
			if (open_output(optarg) != 0) {
				char msg[PATH_MAX + 128];
				snprintf(msg, sizeof msg, "-o %s: %s", optarg, strerror(errno));
				text_message("%s", msg);
				return EXIT_IOERR;
			}
			break;
		case ':': return usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: {
			const char *bad = refused_option(argv, argc, before);
			if (bad[0] != '-' || bad[1] == '-')
				return usage_error("unknown option '%s'", bad);
			char msg[PATH_MAX + 256];
			snprintf(msg, sizeof msg, "unknown option '%s' (a file named so goes after '--': govfacts %s -- %s)",
				 bad, argv[0], bad);
			return usage_error("%s", msg);
		}
		}
		if (name && !strstr(allowed, name))
			return usage_error("this command takes no --%s", name);
		before = optind;
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

/* --patterns, else $GOVFACTS_PATTERNS, else GOVFACTS_PATTERNS_DIR; never
 * ./patterns unless named (a root cron job runs from anywhere).  where
 * gets what was looked at, for an error. */
static const char *patterns_dir(const char *given, char *where, size_t wherelen)
{
	const char *env = getenv("GOVFACTS_PATTERNS");
	if (given) {
		snprintf(where, wherelen, "--patterns %s", given);
		return given;
	}
	if (env && *env) {
		snprintf(where, wherelen, "$GOVFACTS_PATTERNS %s (no --patterns given)", env);
		return env;
	}
	snprintf(where, wherelen, "no --patterns given, $GOVFACTS_PATTERNS %s, then %s",
		 env ? "empty" : "not set", GOVFACTS_PATTERNS_DIR);
	return GOVFACTS_PATTERNS_DIR;
}

/* Loads the patterns; when dir_out is not NULL, the directory used is
 * copied there (dir_len bytes). */
static struct transform *open_transform(const char *given, char *dir_out, size_t dir_len)
{
	char where[PATH_MAX * 2 + 128], err[1024];
	const char *dir = patterns_dir(given, where, sizeof where);
	struct transform *t = transform_new(dir, err, sizeof err);
	if (!t)
		text_message("patterns: %s (looked in: %s)", err, where);
	if (dir_out)
		snprintf(dir_out, dir_len, "%s", dir);
	return t;
}

/* ==== facts and ingest ==== */

struct run {
	struct options *opt;
	struct transform *t;
	struct load_db *db;        /* NULL for 'facts' */
	enum output_format format; /* for 'facts' */
	struct pool_result result;  /* of the input in hand, without --jobs */
	struct pool *pool;          /* with --jobs */
	struct load_counts counts;
	size_t skipped[SKIP_KINDS];
	struct record_options ro;
	/* The progress line, on a terminal only: inputs done of total. */
	bool progress;
	size_t done, total;
	double started, shown;
	bool db_failed; /* the database failed, which was said */
};

/* SIGINT or SIGTERM, once one asked an ingest to stop (see
 * catch_stop_signals). */
static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

/*
 * systemd stopping the unit, timeout(1) or Ctrl-C end an ingest between
 * two articles: the walk stops, the batch in hand is committed, the run
 * is marked 'interrupted' and the lock released.  A second signal kills
 * at once (SA_RESETHAND), which is as safe as SIGKILL: the next ingest
 * marks the run 'interrupted' and loads the rest.  A signal ignored on
 * entry stays ignored: a shell starts background jobs with SIGINT
 * ignored, so that Ctrl-C stops only the foreground.
 */
static void catch_stop_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM };
	struct sigaction sa = { .sa_handler = on_stop_signal, .sa_flags = SA_RESETHAND | SA_RESTART }, old;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

/* Whether the ingest must stop before the next article: a signal asked,
 * or the database failed (load_run_failure). */
static bool run_stopping(const struct run *r)
{
	return stop_signal || (r->db && load_run_failure(r->db));
}

static void clear_progress(struct run *r);

/*
 * Refuses an input: said on stderr and recorded in rejects, with key_path
 * and key_hash (what was refused, the SHA-256 of its bytes; NULL when
 * they could not be read, the reason standing for them then).  An input
 * an earlier run refused the same way is only counted still refused, so
 * that a nightly run over a folder holding one bad file does not report
 * it, and exit 1, every night; --retry-refused reports it again.
 */
static void reject_input(struct run *r, const char *path, const char *reason, const char *key_path,
			 const char *key_hash)
{
	char reason_hash[HASH_HEX_SIZE], err[512];
	if (!key_hash) {
		hash_hex(reason, strlen(reason), reason_hash);
		key_hash = reason_hash;
	}
	if (!key_path)
		key_path = path;
	if (r->db && !load_run_failure(r->db) && !r->opt->retry_refused) {
		int still = load_still_refused(r->db, key_path, key_hash, err, sizeof err);
		if (still > 0)
			return;
		if (still < 0)
			text_message("load: %s", err);
	}
	clear_progress(r);
	text_message("%s", reason);
	r->counts.rejected++;
	if (r->db && !load_run_failure(r->db)) {
		if (load_reject(r->db, path, reason, key_path, key_hash, err, sizeof err) != 0)
			text_message("load: %s", err);
	}
}

static void reject(struct run *r, const char *path, const char *reason)
{
	reject_input(r, path, reason, NULL, NULL);
}

/* A message that is no error: said unless --quiet. */
static void note(const char *fmt, const char *arg)
{
	if (!quiet)
		text_message(fmt, arg);
}

/* An input the load stage could not take: refused like a bad input,
 * unless the database itself failed, which stops the run (said once). */
static void load_error(struct run *r, const char *path, const char *err)
{
	if (load_run_failure(r->db)) {
		if (!r->db_failed)
			text_message("load: %s: %s; stopping (the batch in progress is rolled back)", path, err);
		r->db_failed = true;
		return;
	}
	char msg[1100];
	snprintf(msg, sizeof msg, "load: %s: %s", path, err);
	reject(r, path, msg);
}

/* What load said of an input it did not load: 1 unchanged, 2 a
 * duplicate (note says of what), -1 an error (load_error). */
static void loaded_note(struct run *r, const char *path, int said, const char *what)
{
	if (said == 2)
		note("load: %s", what);
	else if (said < 0)
		load_error(r, path, what);
}

static void input_error(void *ctx, const char *path, const char *reason)
{
	char msg[PATH_MAX + 256];
	snprintf(msg, sizeof msg, "extract: %s: %s", path, reason);
	reject(ctx, path, msg);
}


/* With a database, whether the record's bytes were loaded before from
 * the same path with the same patterns, under any spelling of the path:
 * 1 skip it, 0 parse it, -1 refused (said and recorded). */
static int input_unchanged(struct run *r, const struct input_record *rec)
{
	if (!r->db)
		return 0;
	char err[1024];
	char *canonical = rec->path ? NULL : extract_canonical_path(rec->file);
	const char *path = rec->path ? rec->path : canonical ? canonical : rec->file;
	int same = load_input_unchanged(r->db, path, rec->hash, transform_fingerprint(r->t), err, sizeof err);
	free(canonical);
	if (same == 0)
		return 0;
	loaded_note(r, rec->file, same, err);
	return same < 0 ? -1 : 1;
}

/* Refused by an earlier run with the same bytes: counted, not parsed. */
static bool still_refused(struct run *r, const struct input_record *rec)
{
	if (!r->db || r->opt->retry_refused || load_run_failure(r->db))
		return false;
	char err[512];
	int still = load_still_refused(r->db, rec->path ? rec->path : rec->file, rec->hash, err, sizeof err);
	if (still < 0)
		text_message("load: %s", err);
	return still > 0;
}

static void record_error(void *ctx, const char *name, const char *reason)
{
	input_error(ctx, name, reason);
}

static void count_skip(void *ctx, enum skip_kind kind)
{
	struct run *r = ctx;
	r->skipped[kind]++;
}

/* Prints or loads what an input gave: its article and facts, or why it
 * was refused. */
static void store_result(void *ctx, const char *path, struct pool_result *res)
{
	struct run *r = ctx;
	char err[1024], msg[1100];
	struct article *a = res->article;
	if (!a) {
		snprintf(msg, sizeof msg, "extract: %s", res->err);
		reject_input(r, path, msg, res->input_path, res->input_hash);
		return;
	}
	/* A pattern hit a resource limit: say so, keep what was found. */
	if (res->warning[0])
		text_message("transform: %s", res->warning);
	if (!r->db) {
		for (size_t i = 0; i < res->facts.n; i++)
			output_fact(stdout, r->format, a->file, a->doc, &res->facts.facts[i]);
		r->counts.facts += res->facts.n;
		return;
	}
	enum load_status st;
	int rc = load_article(r->db, a, res->province, transform_fingerprint(r->t), &res->facts, &st, err, sizeof err);
	loaded_note(r, path, rc < 0 ? -1 : st == LOAD_DUPLICATE ? 2 : 0, err);
}

/* One article, on this thread: extract, transform, store.  Stops the
 * walk (1) before the next article when the run must stop. */
static int process_record(void *ctx, struct input_record *rec)
{
	struct run *r = ctx;
	if (run_stopping(r))
		return 1;
	if (input_unchanged(r, rec) != 0 || still_refused(r, rec))
		return 0;
	struct pool_result *res = &r->result;
	res->err[0] = res->warning[0] = '\0';
	res->article = NULL;
	res->input_path = rec->path ? rec->path : rec->file;
	memcpy(res->input_hash, rec->hash, sizeof res->input_hash);
	struct extract_source src = { .file = rec->file, .path = rec->path, .url = rec->url, .date = rec->date,
				      .input_hash = rec->hash, .format = rec->format };
	int parsed = extract_source_parse(&src, rec->data, rec->len, &res->article, res->err, sizeof res->err);
	if (parsed == 0 && r->db) {
		/* Same text, same patterns: the facts would be the same. */
		char err[1024];
		int same = load_article_unchanged(r->db, res->article, transform_fingerprint(r->t), err, sizeof err);
		if (same != 0) {
			loaded_note(r, rec->file, same, err);
			extract_article_free(&res->article);
			return 0;
		}
	}
	if (parsed == 0) {
		fact_list_clear(&res->facts);
		if (transform_article(r->t, res->article, &res->facts, res->warning, sizeof res->warning) != 0 &&
		    !res->warning[0])
			strcpy(res->warning, "transform stopped");
		res->province = transform_article_province(r->t, res->article);
	}
	store_result(r, rec->file, res);
	extract_article_free(&res->article);
	return 0;
}

/* One article, with --jobs: parsed on a worker, stored here. */
static int submit_record(void *ctx, struct input_record *rec)
{
	struct run *r = ctx;
	if (run_stopping(r))
		return 1;
	if (input_unchanged(r, rec) == 0 && !still_refused(r, rec))
		pool_submit(r->pool, rec, store_result, r);
	return 0;
}

static double now_seconds(void);

/* "\r120/1500 files, 45.2 files/s, ETA 0:31", four times a second at
 * most; the line is cleared before anything else is said. */
static void show_progress(struct run *r, bool last)
{
	double now = now_seconds();
	if (!last && r->shown > 0 && now - r->shown < 0.25)
		return;
	r->shown = now;
	double rate = now > r->started ? (double)r->done / (now - r->started) : 0;
	long eta = rate > 0 && r->total > r->done ? (long)((double)(r->total - r->done) / rate) : 0;
	fprintf(stderr, "\r\033[Kgovfacts: %zu/%zu files, %.1f files/s, ETA %ld:%02ld", r->done, r->total, rate,
		eta / 60, eta % 60);
	fflush(stderr);
}

static void clear_progress(struct run *r)
{
	if (r->progress && r->shown > 0) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
}

/* One input the walk found or was given: the articles it holds. */
static int process_file(void *ctx, const char *path, int fd)
{
	struct run *r = ctx;
	if (run_stopping(r))
		return 1;
	int rc = cli_records_read(path, fd, r->opt->max_bytes, &r->ro, r->pool ? submit_record : process_record,
				  record_error, count_skip, r);
	r->done++;
	if (r->progress)
		show_progress(r, false);
	return rc;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The INPUTs and --from-list as one list: 0, or a usage error (said). */
static int gather_inputs(const char *cmd, const struct options *o, struct input_list *in)
{
	if (o->n_inputs == 0 && !o->from_list)
		return usage_error("%s needs at least one INPUT (or --from-list)", cmd);
	if (o->null_list && !o->from_list)
		return usage_error("-0 (--null) is for the list of --from-list; %s has none", cmd);
	char err[PATH_MAX + 256];
	if (cli_inputs_gather(in, o->inputs, o->n_inputs, o->from_list, o->null_list, err, sizeof err) != 0)
		return usage_error("%s", err);
	return 0;
}

static int cmd_facts(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "patterns format max-bytes from-list null follow-symlinks url-field body-field date-field output");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "jsonl", "csv", "jsonl", &fmt)))
		return rc;
	struct input_list in;
	if ((rc = gather_inputs("facts", &o, &in)))
		return rc;
	struct run r = { .opt = &o, .format = strcmp(fmt, "csv") ? FORMAT_JSONL : FORMAT_CSV, .ro = o.fields };
	if (!(r.t = open_transform(o.patterns, NULL, 0))) {
		cli_inputs_free(&in);
		return EXIT_FATAL;
	}
	output_fact_header(stdout, r.format);
	cli_inputs_walk(&in, o.follow_symlinks, process_file, input_error, count_skip, &r);
	cli_inputs_free(&in);
	fact_list_free(&r.result.facts);
	transform_free(&r.t);
	return r.counts.rejected ? EXIT_REJECTED : EXIT_OK;
}

/* ingest --shard: the walk and the readers take this shard's inputs
 * only.  Standard input has no name to hash (its key would be its
 * bytes'), so it cannot be split: a usage error. */
static int shard_inputs(const struct options *o, struct input_list *in)
{
	in->shard = o->shard;
	for (size_t i = 0; o->shard.n && i < in->n; i++)
		if (!strcmp(in->paths[i], "-")) {
			cli_inputs_free(in);
			return usage_error("%s", "--shard cannot split standard input ('-'): give it to an ingest without "
					   "--shard");
		}
	return 0;
}

/*
 * --db, else $GOVFACTS_DB, else ./govfacts.db.  NULL (said, a usage
 * error) for a name SQLite would not keep in a file: "" and ":memory:"
 * open a temporary database that is gone when the run ends (an unset
 * variable in a crontab gives ""), and "file:..." is read as a URI.
 */
static const char *db_path(const char *given)
{
	const char *path = given ? given : getenv("GOVFACTS_DB");
	if (!path)
		return "govfacts.db";
	if (*path && strcmp(path, ":memory:") && strncmp(path, "file:", 5))
		return path;
	char msg[PATH_MAX + 256];
	snprintf(msg, sizeof msg,
		 "%s '%s' names no database file (an empty name or :memory: is a database that is not kept, "
		 "file: starts a URI); give a path such as ./facts.db",
		 given ? "--db" : "$GOVFACTS_DB", path);
	usage_error("%s", msg);
	return NULL;
}

/*
 * One ingest at a time per database: when another holds the run lock, say
 * so and wait up to wait seconds for it; then give up with a message that
 * says nothing was written.
 */
static int begin_run(struct load_db *db, const char *args, int wait, char *err, size_t errlen)
{
	int rc = load_run_begin(db, args, 0, err, errlen);
	if (rc == 1 && wait > 0) {
		if (!quiet)
			text_message("ingest: %s; waiting up to %d s for it to finish", err, wait);
		rc = load_run_begin(db, args, wait, err, errlen);
	}
	if (rc == 1) {
		size_t n = strlen(err);
		snprintf(err + n, errlen - n,
			 "; gave up after %d s, nothing was written (run again later, or wait longer "
			 "with --wait SECONDS)",
			 wait);
	}
	return rc;
}

/* Marks the run begun on db (if any) 'failed' with reason, or says why it
 * could not be (the next ingest then marks it 'interrupted'). */
static void fail_run(struct load_db *db, const char *reason)
{
	char err[1024];
	if (db && load_run_fail(db, reason, err, sizeof err) != 0)
		text_message("load: cannot mark the run failed: %s", err);
}

/* The reference tables, from what the transform stage loaded. */
static int refresh_references(struct load_db *db, const struct transform *t, const char *dir, char *err,
			      size_t errlen)
{
	struct load_indicator ind[64];
	size_t n = 0;
	while (n < sizeof ind / sizeof *ind && transform_indicator(t, n, &ind[n].code, &ind[n].name))
		n++;
	return load_ref_refresh(db, dir, ind, n, err, errlen);
}

static int cmd_ingest(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "db patterns max-bytes wait batch jobs from-list null follow-symlinks url-field body-field date-field verbose retry-refused shard");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *path = db_path(o.db);
	if (!path)
		return EXIT_USAGE;
	struct input_list in;
	if ((rc = gather_inputs("ingest", &o, &in)))
		return rc;
	if ((rc = shard_inputs(&o, &in)))
		return rc;
	struct run r = { .opt = &o, .ro = o.fields };
	r.ro.shard = o.shard;
	char dir[PATH_MAX + 32];
	if (!(r.t = open_transform(o.patterns, dir, sizeof dir))) {
		cli_inputs_free(&in);
		return EXIT_FATAL;
	}
	char err[1024];
	r.db = load_db_open(path, err, sizeof err);
	struct buf args = { 0 };
	for (int i = 0; i < argc; i++)
		buf_printf(&args, "%s%s", i ? " " : "govfacts ", argv[i]);
	if (r.db && o.batch)
		load_set_batch(r.db, o.batch);
	int begun = r.db ? begin_run(r.db, args.data, o.wait >= 0 ? o.wait : LOAD_WAIT_DEFAULT, err, sizeof err) : -1;
	if (begun != 0 || refresh_references(r.db, r.t, dir, err, sizeof err) != 0) {
		text_message("load: %s", err);
		fail_run(r.db, err);
		buf_free(&args);
		cli_inputs_free(&in);
		load_db_close(&r.db);
		transform_free(&r.t);
		/* Another ingest holds the lock: nothing was done, try later. */
		return begun == 1 ? EXIT_TEMPFAIL : EXIT_FATAL;
	}
	catch_stop_signals();
	double t0 = now_seconds();
	/* Results do not depend on it (they are loaded in walk order): as
	 * many workers as cores unless told. */
	if (!o.jobs) {
		long cores = sysconf(_SC_NPROCESSORS_ONLN);
		o.jobs = cores < 1 ? 1 : cores > 64 ? 64 : (int)cores;
	}
	if (o.jobs > 1 && !(r.pool = pool_new(o.jobs, r.t, err, sizeof err)))
		text_message("ingest: %s; going on with one job", err);
	if (!quiet && isatty(STDERR_FILENO)) {
		r.progress = true;
		r.total = cli_inputs_count(&in, o.follow_symlinks);
		r.started = t0;
	}
	bool stopped = cli_inputs_walk(&in, o.follow_symlinks, process_file, input_error, count_skip, &r);
	cli_inputs_free(&in);
	clear_progress(&r);
	/* Stopped: what the workers still hold is dropped, not loaded. */
	pool_free(&r.pool, stopped ? NULL : store_result, &r);
	int sig = stopped ? stop_signal : 0;
	/* Inputs still refused from earlier runs are no news: exit 0. */
	int status = sig ? 128 + sig : r.counts.rejected ? EXIT_REJECTED : EXIT_OK;
	/* A failure of the database was said where it happened. */
	const char *failure = load_run_failure(r.db);
	if (!failure &&
	    load_run_end(r.db, sig ? "interrupted" : r.counts.rejected ? "partial" : "ok", err, sizeof err) != 0) {
		text_message("load: %s", err);
		failure = err;
	}
	char tail[80] = "";
	if (failure) {
		fail_run(r.db, failure);
		status = EXIT_FATAL;
		snprintf(tail, sizeof tail, "; the run failed (said above): run again to load the rest");
	} else if (sig) {
		snprintf(tail, sizeof tail, "; stopped by %s: run again to load the rest",
			 sig == SIGINT ? "SIGINT" : "SIGTERM");
	}
	/* What the database holds: after a failure, what the run committed. */
	const struct load_counts *c = load_run_counts(r.db);
	struct buf line = { 0 };
	char stamp[32];
	time_t now = time(NULL);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	buf_printf(&line,
		   "ingest: %zu articles (%zu new, %zu changed, %zu unchanged), %zu duplicates, %zu rejected, "
		   "%zu facts loaded into %s in %.2f s, %s",
		   c->articles_new + c->articles_changed + c->articles_unchanged, c->articles_new,
		   c->articles_changed, c->articles_unchanged, c->duplicates, c->rejected, c->facts, path,
		   now_seconds() - t0, stamp);
	if (c->still_refused)
		buf_printf(&line, "; %zu still refused (as before, the same bytes: --retry-refused reads them)",
			   c->still_refused);
	for (int k = 0, n = 0; k < SKIP_KINDS; k++)
		if (r.skipped[k])
			buf_printf(&line, "%s%zu %s", n++ ? ", " : "; skipped ", r.skipped[k], skip_kind_names[k]);
	buf_puts(&line, tail);
	/* Cron mails whatever a job writes: a run that went well says so on a
	 * terminal only (or with --verbose); one that failed or stopped
	 * always does.  The runs row keeps the line either way. */
	if (failure || sig || (!quiet && (o.verbose || isatty(STDERR_FILENO))))
		text_message("%s", line.data);
	if (!failure && load_run_summary(r.db, line.data, err, sizeof err) != 0)
		text_message("load: %s", err);
	buf_free(&line);
	buf_free(&args);
	load_db_close(&r.db);
	fact_list_free(&r.result.facts);
	transform_free(&r.t);
	return status;
}

/* ==== merge ==== */

/*
 * govfacts merge OUT.db SHARD.db...: the databases of ingest --shard
 * into one, through the load stage's own paths: each shard's articles
 * with their facts are read as an export reads them and loaded as an
 * ingest loads them (load_article), in a run of OUT's own, so that a
 * merge run again finds everything unchanged, and an article two shards
 * hold (one doc in two files) is the one load_article keeps of two inputs.
 * A shard that cannot be read (missing, no govfacts database, a schema
 * this govfacts does not know) is named, recorded as a reject of the run,
 * and nothing of it is merged; the others are.
 */
struct merge {
	struct load_db *out;
	const char *shard;     /* the one being merged */
	size_t shards_refused; /* and articles that could not be loaded */
	size_t carried;        /* rejects of the shards recorded in OUT */
	bool failed;           /* OUT's database failed (said) */
};

/* A shard (or an article of one) that could not be merged: said, counted
 * and recorded as a reject of the run under what (reason the message). */
static void merge_refused(struct merge *m, const char *what, const char *reason)
{
	text_message("%s", reason);
	m->shards_refused++;
	char e[512], hash[HASH_HEX_SIZE];
	hash_hex(reason, strlen(reason), hash);
	if (load_reject(m->out, what, reason, what, hash, e, sizeof e) != 0)
		text_message("load: %s", e);
}

/* A failure of OUT stops the merge (said once); any other error refuses
 * what it names and goes on. */
static void merge_error(struct merge *m, const char *what, const char *err)
{
	if (load_run_failure(m->out)) {
		if (!m->failed)
			text_message("merge: %s: %s; stopping (the batch in progress is rolled back)", what, err);
		m->failed = true;
		return;
	}
	char reason[PATH_MAX + 2048];
	snprintf(reason, sizeof reason, "merge: %s: %s", what, err);
	merge_refused(m, what, reason);
}

static int merge_article(void *ctx, const struct article *a, const char *province, const char *fingerprint,
			 const struct fact_list *facts)
{
	struct merge *m = ctx;
	if (stop_signal || load_run_failure(m->out))
		return 1;
	char err[1024];
	enum load_status st;
	if (load_article(m->out, a, province, fingerprint, facts, &st, err, sizeof err) != 0) {
		char what[PATH_MAX + 64];
		snprintf(what, sizeof what, "%s: %s", m->shard, a->doc);
		merge_error(m, what, err);
	} else if (st == LOAD_DUPLICATE) {
		note("merge: %s", err);
	}
	return load_run_failure(m->out) ? 1 : 0;
}

/* A shard's reject: recorded in OUT unless OUT holds it already. */
static int merge_reject(void *ctx, const struct load_reject_row *row)
{
	struct merge *m = ctx;
	char err[1024];
	int still = load_still_refused(m->out, row->input_path, row->input_hash, err, sizeof err);
	if (still == 0 && load_reject(m->out, row->file, row->reason, row->input_path, row->input_hash, err,
				      sizeof err) == 0)
		m->carried++;
	else if (still < 0 || (still == 0 && load_run_failure(m->out)))
		merge_error(m, m->shard, err);
	return load_run_failure(m->out) ? 1 : 0;
}

/* Merges one shard into m->out: 0, or 1 when the merge must stop. */
static int merge_shard(struct merge *m, const char *path)
{
	m->shard = path;
	struct stat st;
	char err[1024];
	if (stat(path, &st) != 0) {
		snprintf(err, sizeof err, "%s; nothing merged from it", strerror(errno));
		merge_error(m, path, err);
		return m->failed;
	}
	struct load_db *in = load_db_open_readonly(path, err, sizeof err);
	if (!in) {
		/* err names the file already. */
		char why[1100];
		snprintf(why, sizeof why, "merge: %s; nothing merged from it", err);
		merge_refused(m, path, why);
		return 0;
	}
	int rc = load_articles_loaded_each(in, merge_article, m, err, sizeof err);
	if (rc < 0)
		merge_error(m, path, err);
	if (rc == 0 && load_rejects_each(in, merge_reject, m, err, sizeof err) < 0)
		merge_error(m, path, err);
	load_db_close(&in);
	return m->failed || stop_signal || load_run_failure(m->out);
}

/* The same file (the shard named as OUT, through any spelling). */
static bool same_database(const char *a, const char *b)
{
	struct stat x, y;
	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

static int cmd_merge(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "patterns wait batch verbose");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (o.n_inputs < 2)
		return usage_error("%s", "merge takes OUT.db and at least one SHARD.db");
	const char *path = o.inputs[0];
	if (!*path || !strcmp(path, ":memory:") || !strncmp(path, "file:", 5))
		return usage_error("merge: OUT.db '%s' names no database file; give a path such as ./govfacts.db", path);
	for (int i = 1; i < o.n_inputs; i++)
		if (same_database(path, o.inputs[i]))
			return usage_error("merge: SHARD.db '%s' is OUT.db itself", o.inputs[i]);
	char dir[PATH_MAX + 32], err[1024];
	struct transform *t = open_transform(o.patterns, dir, sizeof dir);
	if (!t)
		return EXIT_FATAL;
	struct merge m = { .out = load_db_open(path, err, sizeof err) };
	struct buf args = { 0 };
	for (int i = 0; i < argc; i++)
		buf_printf(&args, "%s%s", i ? " " : "govfacts ", argv[i]);
	if (m.out && o.batch)
		load_set_batch(m.out, o.batch);
	int begun = m.out ? begin_run(m.out, args.data, o.wait >= 0 ? o.wait : LOAD_WAIT_DEFAULT, err, sizeof err) : -1;
	buf_free(&args);
	/* The reference tables as an ingest has them: from the patterns. */
	if (begun != 0 || refresh_references(m.out, t, dir, err, sizeof err) != 0) {
		text_message("load: %s", err);
		fail_run(m.out, err);
		load_db_close(&m.out);
		transform_free(&t);
		return begun == 1 ? EXIT_TEMPFAIL : EXIT_FATAL;
	}
	transform_free(&t);
	load_set_merge(m.out);
	catch_stop_signals();
	double t0 = now_seconds();
	int merged = 0;
	while (merged + 1 < o.n_inputs && merge_shard(&m, o.inputs[merged + 1]) == 0)
		merged++;
	int sig = stop_signal;
	const char *failure = load_run_failure(m.out);
	if (!failure && load_run_end(m.out, sig ? "interrupted" : m.shards_refused ? "partial" : "ok", err,
				     sizeof err) != 0) {
		text_message("load: %s", err);
		failure = err;
	}
	int status = sig ? 128 + sig : m.shards_refused ? EXIT_REJECTED : EXIT_OK;
	if (failure) {
		fail_run(m.out, failure);
		status = EXIT_FATAL;
	}
	const struct load_counts *c = load_run_counts(m.out);
	struct buf line = { 0 };
	char stamp[32];
	time_t now = time(NULL);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	buf_printf(&line,
		   "merge: %d shards, %zu articles (%zu new, %zu changed, %zu unchanged), %zu duplicates, %zu facts "
		   "loaded into %s, %zu rejects carried over, %zu refused, in %.2f s, %s",
		   o.n_inputs - 1, c->articles_new + c->articles_changed + c->articles_unchanged, c->articles_new,
		   c->articles_changed, c->articles_unchanged, c->duplicates, c->facts, path, m.carried,
		   m.shards_refused, now_seconds() - t0, stamp);
	if (failure)
		buf_puts(&line, "; the run failed (said above): run again to merge the rest");
	else if (sig)
		buf_printf(&line, "; stopped by %s: run again to merge the rest", sig == SIGINT ? "SIGINT" : "SIGTERM");
	if (failure || sig || (!quiet && (o.verbose || isatty(STDERR_FILENO))))
		text_message("%s", line.data);
	if (!failure && load_run_summary(m.out, line.data, err, sizeof err) != 0)
		text_message("load: %s", err);
	buf_free(&line);
	load_db_close(&m.out);
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

struct extract_ctx {
	struct transform *t;
	const char *fmt;
	size_t refused;
};

static void extract_refused(void *ctx, const char *name, const char *reason)
{
	struct extract_ctx *x = ctx;
	text_message("extract: %s: %s", name, reason);
	x->refused++;
}

static void extract_skipped(void *ctx, enum skip_kind kind)
{
}

static void print_extracted(const struct extract_ctx *x, const struct article *a)
{
	const char *province = transform_article_province(x->t, a);
	if (!strcmp(x->fmt, "text")) {
		/* One line a field, whatever the name holds; the text as valid UTF-8. */
		const char *const names[] = { "file", "url", "title", "published", "province", "site" };
		const char *const values[] = { a->file, a->url, a->title, a->published, province, a->site };
		struct buf line = { 0 };
		for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
			buf_clear(&line);
			if (values[i])
				text_escape(&line, values[i], strlen(values[i]), TEXT_CONTROLS);
			printf("%s: %s\n", names[i], line.data ? line.data : "");
		}
		size_t n = a->text_len;
		const char *text = text_safe(&line, a->text, &n, TEXT_UTF8);
		fputc('\n', stdout);
		fwrite(text, 1, n, stdout);
		fputc('\n', stdout);
		buf_free(&line);
	} else {
		static const char *const roles[] = { "text", "heading", "item", "title" };
		fputc('{', stdout);
		json_field("file", a->file, false);
		json_field("doc", a->doc, true);
		json_field("url", a->url, true);
		json_field("title", a->title, true);
		json_field("published", a->published, true);
		json_field("province", province, true);
		json_field("site", a->site, true);
		json_field("format", a->format == ARTICLE_HTML ? "html" : "text", true);
		json_field("text", a->text, true);
		fputs(",\"sentences\":[", stdout);
		for (size_t i = 0; i < a->n_sentences; i++)
			printf("%s{\"start\":%zu,\"end\":%zu,\"paragraph\":%zu,\"role\":\"%s\"}", i ? "," : "",
			       a->sentences[i].start, a->sentences[i].end, a->sentences[i].paragraph,
			       roles[a->sentences[i].role]);
		fputs("]}\n", stdout);
	}
}

static int extract_record(void *ctx, struct input_record *rec)
{
	struct extract_ctx *x = ctx;
	struct extract_source src = { .file = rec->file, .path = rec->path, .url = rec->url, .date = rec->date,
				      .input_hash = rec->hash, .format = rec->format };
	struct article *a = NULL;
	char err[1024];
	if (extract_source_parse(&src, rec->data, rec->len, &a, err, sizeof err) != 0) {
		text_message("extract: %s", err);
		x->refused++;
		return 0;
	}
	print_extracted(x, a);
	extract_article_free(&a);
	return 0;
}

static int cmd_extract(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "format patterns max-bytes url-field body-field date-field");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "text", "json", "text", &fmt)))
		return rc;
	if (o.n_inputs != 1)
		return usage_error("%s takes exactly one INPUT", "extract");
	struct extract_ctx x = { .fmt = fmt };
	if (!(x.t = open_transform(o.patterns, NULL, 0)))
		return EXIT_FATAL;
	const char *name = o.inputs[0];
	int fd = strcmp(name, "-") ? open(name, O_RDONLY | O_CLOEXEC) : dup(STDIN_FILENO);
	if (fd < 0) {
		text_message("extract: %s: %s", name, strerror(errno));
		transform_free(&x.t);
		return EXIT_REJECTED;
	}
	cli_records_read(name, fd, o.max_bytes, &o.fields, extract_record, extract_refused, extract_skipped, &x);
	close(fd);
	transform_free(&x.t);
	return x.refused ? EXIT_REJECTED : EXIT_OK;
}

/* ==== export and stats ==== */

/* YYYY, YYYY-MM or YYYY-MM-DD: compared as text with the ISO dates of
 * articles.published, each is the first day it names. */
static bool valid_since(const char *s)
{
	static const char *const shapes[] = { "dddd", "dddd-dd", "dddd-dd-dd" };
	for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
		const char *p = s, *q = shapes[i];
		while (*p && *q && (*q == 'd' ? *p >= '0' && *p <= '9' : *p == *q))
			p++, q++;
		if (*p || *q)
			continue;
		int year = atoi(s), month = i >= 1 ? atoi(s + 5) : 1, day = i == 2 ? atoi(s + 8) : 1;
		static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
		return month >= 1 && month <= 12 && day >= 1 &&
		       day <= (month == 2 && !leap ? 28 : days[month - 1]);
	}
	return false;
}

/* --changed-since: YYYY-MM-DD, then optionally [T ]HH:MM[:SS] and Z, in
 * UTC, into out as runs.started writes times (YYYY-MM-DDTHH:MM:SSZ). */
static bool parse_time(const char *s, char out[24])
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";
	size_t n = strlen(s);
	if (n && s[n - 1] == 'Z')
		n--;
	if (n != 10 && n != 16 && n != 19)
		return false;
	for (size_t i = 0; i < n; i++) {
		bool ok = shape[i] == 'd' ? s[i] >= '0' && s[i] <= '9' : shape[i] == 'T' ? s[i] == 'T' || s[i] == ' '
										: s[i] == shape[i];
		if (!ok)
			return false;
	}
	char date[11];
	memcpy(date, s, 10);
	date[10] = '\0';
	int h = n > 10 ? atoi(s + 11) : 0, m = n > 10 ? atoi(s + 14) : 0, sec = n > 16 ? atoi(s + 17) : 0;
	if (!valid_since(date) || h > 23 || m > 59 || sec > 59)
		return false;
	snprintf(out, 24, "%.10sT%02d:%02d:%02dZ", date, h % 100, m % 100, sec % 100);
	return true;
}

/* What --table names: the facts, the articles, the removed facts, or
 * another table or view, exported as it is. */
enum export_what { EXPORT_FACTS, EXPORT_ARTICLES, EXPORT_REMOVALS, EXPORT_TABLE };

static int export_usage(const struct options *o, enum export_what *what, char changed[24])
{
	*what = !o->table || !strcmp(o->table, "facts") ? EXPORT_FACTS
		: !strcmp(o->table, "articles")        ? EXPORT_ARTICLES
		: !strcmp(o->table, "removals")        ? EXPORT_REMOVALS
						       : EXPORT_TABLE;
	if (o->table && !*o->table)
		return usage_error("--table takes a name (facts, articles, removals, a view...), not '%s'", o->table);
	bool rows = *what == EXPORT_FACTS || *what == EXPORT_ARTICLES;
	if ((o->since || o->province) && !rows)
		return usage_error("--since and --province select facts or articles, not --table %s", o->table);
	if ((o->since_run >= 0 || o->changed_since) && *what == EXPORT_TABLE)
		return usage_error("--since-run and --changed-since select facts, articles or removals; "
				   "--table %s is exported whole", o->table);
	if (o->since_run >= 0 && o->changed_since)
		return usage_error("--since-run and --changed-since are two ways to say one thing: give one (%s)",
				   o->changed_since);
	if (o->changed_since && !parse_time(o->changed_since, changed))
		return usage_error("--changed-since takes a UTC time YYYY-MM-DD[THH:MM[:SS]][Z], not '%s'",
				   o->changed_since);
	if (o->format_version == 1 && (*what == EXPORT_REMOVALS || o->since_run >= 0 || o->changed_since))
		return usage_error("export format 1 has no fact ids: --table removals, --since-run and "
				   "--changed-since need format %s", "2");
	if (o->since && !valid_since(o->since))
		return usage_error("--since takes a date YYYY-MM-DD (or YYYY-MM, YYYY), not '%s'", o->since);
	if (o->kind) {
		if (*what != EXPORT_FACTS)
			return usage_error("--kind selects facts; it does not apply to --table %s", o->table);
		bool known = false;
		char kinds[256] = "";
		for (size_t i = 0; transform_kind(i); i++) {
			known = known || !strcmp(o->kind, transform_kind(i));
			snprintf(kinds + strlen(kinds), sizeof kinds - strlen(kinds), "%s%s", i ? ", " : "",
				 transform_kind(i));
		}
		if (!known) {
			char what_[320];
			snprintf(what_, sizeof what_, "%s' (%s", o->kind, kinds);
			return usage_error("unknown kind '%s)", what_);
		}
	}
	if (o->n_inputs)
		return usage_error("this command takes no INPUT ('%s')", o->inputs[0]);
	return 0;
}

/* Opens the database for reading, saying why not on stderr. */
static struct load_db *open_for_reading(const char *cmd, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		text_message("%s: %s: %s", cmd, path, strerror(errno));
		return NULL;
	}
	char err[1024];
	struct load_db *db = load_db_open_readonly(path, err, sizeof err);
	if (!db)
		text_message("%s: %s", cmd, err);
	return db;
}

struct export_ctx {
	enum output_format fmt;
	int version;
	struct export_table table;
};

static int export_fact_row(void *ctx, const struct load_fact_row *row)
{
	struct export_ctx *c = ctx;
	if (c->version == 1)
		output_fact(stdout, c->fmt, row->file, row->doc, &row->fact);
	else
		export_fact(stdout, c->fmt, row);
	return 0;
}

static int export_article_row(void *ctx, const struct load_article_row *row)
{
	struct export_ctx *c = ctx;
	if (c->version == 1)
		output_article(stdout, c->fmt, row);
	else
		export_article(stdout, c->fmt, row);
	return 0;
}

static int export_removal_row(void *ctx, const struct load_removal_row *row)
{
	export_removal(stdout, ((struct export_ctx *)ctx)->fmt, row);
	return 0;
}

static int export_columns(void *ctx, size_t n, const char *const *names)
{
	export_table_header(&((struct export_ctx *)ctx)->table, n, names);
	return 0;
}

static int export_values(void *ctx, size_t n, const struct load_value *v)
{
	export_table_row(&((struct export_ctx *)ctx)->table, n, v);
	return 0;
}

/* The filter of the command line: the province resolved, --changed-since
 * made the run it stands for.  A usage error (an unknown province) is
 * EXIT_USAGE, a database error EXIT_FATAL; 0 when all went well. */
static int export_filter(struct load_db *db, const struct options *o, const char *changed,
			 struct load_filter *filter, char *province, size_t provlen)
{
	char err[1024];
	*filter = (struct load_filter){ .since = o->since, .kind = o->kind };
	if (o->province) {
		int rc = load_province_resolve(db, o->province, province, provlen, err, sizeof err);
		if (rc != 0) {
			text_message("export: %s", err);
			return rc > 0 ? EXIT_USAGE : EXIT_FATAL;
		}
		filter->province = province;
	}
	if (o->since_run >= 0) {
		filter->has_since_run = true;
		filter->since_run = o->since_run;
	} else if (o->changed_since) {
		filter->has_since_run = true;
		if (load_run_before(db, changed, &filter->since_run, err, sizeof err) != 0) {
			text_message("export: %s", err);
			return EXIT_FATAL;
		}
	}
	return 0;
}

/* --table NAME, a table or view that is not facts, articles or
 * removals: refused, saying which can be, when it is none of them. */
static int export_table(struct load_db *db, const char *path, const char *name, struct export_ctx *c)
{
	char err[1024], list[4096];
	int rc = load_table_exportable(db, name, list, sizeof list, err, sizeof err);
	if (rc < 0) {
		text_message("export: %s", err);
		return EXIT_FATAL;
	}
	if (rc == 0) {
		text_message("export: --table %s: %s has no table or view of that name (export writes facts, "
			     "articles and removals, and as they are the tables and views %s)", name, path, list);
		return EXIT_USAGE;
	}
	c->table = (struct export_table){ .out = stdout, .fmt = c->fmt };
	rc = load_table_each(db, name, export_columns, export_values, c, err, sizeof err);
	export_table_free(&c->table);
	if (rc != 0) {
		text_message("export: %s", err);
		return EXIT_FATAL;
	}
	return EXIT_OK;
}

static int cmd_export(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o,
			       "db format table since province kind output since-run changed-since format-version");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	enum export_what what;
	char changed[24] = "";
	if ((rc = parse_format(o.format, "jsonl", "csv", "jsonl", &fmt)) || (rc = export_usage(&o, &what, changed)))
		return rc;
	const char *path = db_path(o.db);
	if (!path)
		return EXIT_USAGE;
	struct load_db *db = open_for_reading("export", path);
	if (!db)
		return EXIT_FATAL;
	struct export_ctx c = { .fmt = strcmp(fmt, "csv") ? FORMAT_JSONL : FORMAT_CSV,
				.version = o.format_version ? o.format_version : EXPORT_FORMAT_VERSION };
	if (what == EXPORT_TABLE) {
		rc = export_table(db, path, o.table, &c);
		load_db_close(&db);
		return rc;
	}
	char err[1024], province[256];
	struct load_filter filter;
	if ((rc = export_filter(db, &o, changed, &filter, province, sizeof province)) != 0) {
		load_db_close(&db);
		return rc;
	}
	if (what == EXPORT_REMOVALS) {
		export_removal_header(stdout, c.fmt);
		rc = load_removals_each(db, filter.has_since_run ? filter.since_run : 0, export_removal_row, &c, err,
					sizeof err);
	} else if (what == EXPORT_ARTICLES) {
		if (c.version == 1)
			output_article_header(stdout, c.fmt);
		else
			export_article_header(stdout, c.fmt);
		rc = load_articles_each(db, &filter, export_article_row, &c, err, sizeof err);
	} else {
		if (c.version == 1)
			output_fact_header(stdout, c.fmt);
		else
			export_fact_header(stdout, c.fmt);
		rc = load_facts_each(db, &filter, export_fact_row, &c, err, sizeof err);
	}
	if (rc != 0)
		text_message("export: %s", err);
	load_db_close(&db);
	return rc ? EXIT_FATAL : EXIT_OK;
}

#define STATS_RUNS_SHOWN 20 /* in the table; --format jsonl lists all */

struct stats_ctx {
	enum output_format fmt;
	const char *group;
	long long skip; /* runs not shown */
};

static int stats_row(void *ctx, const struct load_stats_row *row)
{
	struct stats_ctx *c = ctx;
	output_stats_row(stdout, c->fmt, c->group, row);
	return 0;
}

static int stats_run(void *ctx, const struct load_run_row *row)
{
	struct stats_ctx *c = ctx;
	if (c->skip > 0)
		c->skip--;
	else
		output_run(stdout, c->fmt, row);
	return 0;
}

static int cmd_stats(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "db format output");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	const char *fmt;
	if ((rc = parse_format(o.format, "text", "jsonl", "text", &fmt)))
		return rc;
	if (o.n_inputs)
		return usage_error("stats takes no INPUT ('%s')", o.inputs[0]);
	const char *path = db_path(o.db);
	if (!path)
		return EXIT_USAGE;
	struct load_db *db = open_for_reading("stats", path);
	if (!db)
		return EXIT_FATAL;
	char err[1024];
	struct stats_ctx c = { .fmt = strcmp(fmt, "text") ? FORMAT_JSONL : FORMAT_TEXT };
	struct load_totals t;
	rc = load_stats_totals(db, &t, err, sizeof err);
	if (rc == 0)
		output_stats_totals(stdout, c.fmt, path, &t);
	static const struct {
		enum load_stats_group group;
		const char *name;
	} groups[] = { { LOAD_STATS_KIND, "kind" }, { LOAD_STATS_PROVINCE, "province" } };
	for (size_t i = 0; rc == 0 && i < sizeof groups / sizeof *groups; i++) {
		c.group = groups[i].name;
		output_stats_group(stdout, c.fmt, c.group);
		rc = load_stats_each(db, groups[i].group, stats_row, &c, err, sizeof err);
	}
	if (rc == 0) {
		long long shown = c.fmt == FORMAT_TEXT && t.runs > STATS_RUNS_SHOWN ? STATS_RUNS_SHOWN : t.runs;
		c.skip = t.runs - shown;
		output_runs_header(stdout, c.fmt, shown, t.runs);
		rc = load_runs_each(db, stats_run, &c, err, sizeof err);
	}
	if (rc != 0)
		text_message("stats: %s", err);
	load_db_close(&db);
	return rc ? EXIT_FATAL : EXIT_OK;
}

/* ==== report ==== */

static int cmd_report(int argc, char **argv)
{
	struct options o = { 0 };
	int rc = parse_options(argc, argv, &o, "db output");
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (o.n_inputs)
		return usage_error("report takes no INPUT ('%s'); the page goes to -o FILE", o.inputs[0]);
	const char *path = db_path(o.db);
	if (!path)
		return EXIT_USAGE;
	struct load_db *db = open_for_reading("report", path);
	if (!db)
		return EXIT_FATAL;
	char err[1024];
	rc = report_write(stdout, db, path, err, sizeof err);
	if (rc != 0)
		text_message("report: %s", err);
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
	struct transform *t = open_transform(dir, NULL, 0);
	if (!t)
		return EXIT_FATAL;
	size_t examples = 0;
	int failures = transform_check(t, stderr, &examples);
	printf("check-patterns: %zu patterns, %zu examples, %d failed\n", transform_pattern_count(t), examples,
	       failures);
	transform_free(&t);
	return failures ? EXIT_REJECTED : EXIT_OK;
}

/*
 * The exit status of a command that returned status, once its standard
 * output is flushed and closed: a write that failed (a full disk,
 * > /dev/full, a closed descriptor written to) makes EXIT_IOERR, for
 * otherwise a cron job would take a truncated export for a whole one.  A
 * command that already failed keeps its status.  stdout closed by the
 * caller with nothing written to it is no error.
 */
static int output_status(const char *cmd, int status)
{
	errno = 0;
	int failed = fflush(stdout) != 0;
	int why = failed ? errno : 0; /* else an earlier write failed, its errno gone */
	failed = failed || ferror(stdout);
	if (fclose(stdout) != 0 && !failed && errno != EBADF) {
		failed = 1;
		why = errno;
	}
	if (!failed && output_file && (status == EXIT_OK || status == EXIT_REJECTED) &&
	    rename(output_tmp, output_file) != 0) {
		failed = 1;
		why = errno;
	}
	if (output_file && (failed || (status != EXIT_OK && status != EXIT_REJECTED)))
		unlink(output_tmp);
	if (!failed)
		return status;
	if (output_file)
		text_message("%s: writing %s: %s", cmd, output_file, why ? strerror(why) : "write error");
	else
		text_message("%s: writing standard output: %s", cmd, why ? strerror(why) : "write error");
	return status == EXIT_OK || status == EXIT_REJECTED ? EXIT_IOERR : status;
}

int main(int argc, char **argv)
{
	/* A file size limit (ulimit -f) then fails the write with EFBIG,
	 * which SQLite reports and rolls back, instead of killing the run
	 * between two writes. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc < 2)
		return usage_error("%s", "no command given");
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage_text, stdout);
		return output_status("help", EXIT_OK);
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
		printf("govfacts %s\n", GOVFACTS_VERSION);
		return output_status("version", EXIT_OK);
	}
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} commands[] = {
		{ "ingest", cmd_ingest }, { "facts", cmd_facts }, { "extract", cmd_extract },
		{ "export", cmd_export }, { "stats", cmd_stats }, { "check-patterns", cmd_check_patterns },
		{ "report", cmd_report },
		{ "merge", cmd_merge },
	};
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(cmd, commands[i].name))
			return output_status(cmd, commands[i].fn(argc - 1, argv + 1));
	return usage_error("unknown command '%s'", cmd);
}
