/*
 * cli_records: the articles an input holds, told by its bytes, not its
 * name.
 *
 *  - gzip data (.html.gz, .warc.gz, a page saved compressed under .html)
 *    is read through zlib, member after member; anything else passes
 *    through zlib's transparent reading unchanged;
 *  - a WARC (wget --warc-file, Heritrix, Browsertrix, Common Crawl) gives
 *    one article per `response` record whose HTTP payload is an HTML page
 *    with a 2xx status, named ARCHIVE#RECORD-ID;
 *  - JSON Lines (.jsonl, .jl, or a first line that is a JSON object with a
 *    page in it) gives one article per line, named FILE:LINE, parsed by
 *    jansson;
 *  - anything else is one article, the whole input.
 *
 * libarchive reads WARC too, but it keeps only the path of
 * WARC-Target-URI (scheme and host dropped), drops the record id and any
 * record whose URI ends in '/', which FACTS.md's `file` and `doc` need;
 * so the records' framing (a header block and Content-Length bytes) is
 * read here, the compression by zlib.
 *
 * A bad record is refused by name (archive and record) and the next one
 * read; a container whose framing is broken stops there, the records
 * before it kept.
 *
 * ingest --shard: every shard reads a container (cli_shard_by_record)
 * and takes the records whose input_path hashes to it, decided on the
 * record's header (a WARC) or line number (JSON Lines) before its page
 * is buffered, parsed or hashed; a container named so that holds one
 * page goes by its path.
 */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "../common/buf.h"
#include "../common/text.h"
#include "../extract/extract.h"

#define STREAM_CHUNK 65536
/* A WARC or HTTP header block longer than this is no header. */
#define MAX_HEADER 65536

const char *const skip_kind_names[SKIP_KINDS] = {
	[SKIP_ROBOTS] = "robots.txt",
	[SKIP_SITEMAP] = "sitemaps",
	[SKIP_OTHER_FILE] = "other files",
	[SKIP_JSON_NO_PAGES] = "JSON Lines without pages",
	[SKIP_WARC_NOT_HTML] = "WARC records not HTML",
	[SKIP_WARC_NOT_OK] = "WARC responses not 2xx",
	[SKIP_OTHER_SHARD] = "inputs of other shards",
};

struct stream {
	gzFile gz;
	char buf[STREAM_CHUNK];
	size_t pos, len;
	bool eof;
	const char *error; /* zlib's message, when reading failed */
};

/* 1 with bytes in s->buf[pos, len), 0 at the end, -1 on an error. */
static int stream_fill(struct stream *s)
{
	if (s->pos < s->len)
		return 1;
	if (s->eof || s->error)
		return s->error ? -1 : 0;
	int n = gzread(s->gz, s->buf, sizeof s->buf);
	if (n < 0) {
		int zerr;
		s->error = gzerror(s->gz, &zerr);
		if (zerr == Z_ERRNO)
			s->error = strerror(errno);
		return -1;
	}
	s->pos = 0;
	s->len = (size_t)n;
	if (n == 0) {
		s->eof = true;
		/* A truncated gzip member reads as an early end: zlib says so
		 * only through gzerror. */
		int zerr;
		const char *msg = gzerror(s->gz, &zerr);
		if (zerr != Z_OK && zerr != Z_STREAM_END) {
			s->error = msg;
			return -1;
		}
		return 0;
	}
	return 1;
}

/* Appends up to n bytes to out (or drops them when out is NULL); the
 * number read, short only at the end or on an error. */
static size_t stream_read(struct stream *s, struct buf *out, size_t n)
{
	size_t done = 0;
	while (done < n && stream_fill(s) > 0) {
		size_t k = s->len - s->pos < n - done ? s->len - s->pos : n - done;
		if (out)
			buf_append(out, s->buf + s->pos, k);
		s->pos += k;
		done += k;
	}
	return done;
}

/* One line (its '\n' dropped, a '\r' before it too) into line, cleared
 * first.  1 a line, 0 the end, -1 an error or a line over max (*too_long
 * set; the rest of it is skipped). */
static int stream_line(struct stream *s, struct buf *line, size_t max, bool *too_long)
{
	buf_clear(line);
	*too_long = false;
	bool any = false;
	for (;;) {
		int f = stream_fill(s);
		if (f < 0)
			return -1;
		if (f == 0)
			break;
		any = true;
		char *nl = memchr(s->buf + s->pos, '\n', s->len - s->pos);
		size_t k = nl ? (size_t)(nl - (s->buf + s->pos)) : s->len - s->pos;
		if (!*too_long && line->len + k <= max)
			buf_append(line, s->buf + s->pos, k);
		else
			*too_long = true;
		s->pos += k + (nl ? 1 : 0);
		if (nl)
			break;
	}
	if (!any)
		return 0;
	if (line->len && line->data[line->len - 1] == '\r')
		line->data[--line->len] = '\0';
	if (!line->data)
		buf_reserve(line, 1);
	return *too_long ? -1 : 1;
}

struct reader {
	struct stream s;
	const char *name;  /* the input as given: "-" for standard input */
	char *canonical;   /* its canonical path, NULL for a pipe or standard input */
	bool split;        /* --shard: its records go by their own keys */
	size_t max;
	const struct record_options *ro;
	record_fn fn;
	record_error_fn on_error;
	record_skip_fn on_skip;
	void *ctx;
	int rc; /* the first non-zero fn gave: stop */
};

static void refuse(struct reader *r, const char *member, const char *fmt, const char *arg)
{
	char reason[1024];
	snprintf(reason, sizeof reason, fmt, arg);
	r->on_error(r->ctx, member, reason);
}

/* Hands one article's bytes to fn: file and the path its doc falls back
 * on follow FACTS.md (sep "#" for a record, ":" for a line, "" for the
 * input itself). */
static void deliver(struct reader *r, const char *sep, const char *member, struct buf *data, const char *url,
		    const char *date, int format)
{
	struct input_record rec = { .url = url, .date = date, .format = format };
	hash_hex(data->data ? data->data : "", data->len, rec.hash);
	struct buf file = { 0 }, path = { 0 };
	buf_printf(&file, "%s%s%s", r->name, sep, member);
	if (r->canonical)
		buf_printf(&path, "%s%s%s", r->canonical, sep, member);
	else if (!strcmp(r->name, "-"))
		buf_printf(&path, "stdin:%s", rec.hash);
	else
		buf_puts(&path, file.data);
	rec.file = file.data;
	rec.path = path.data;
	rec.len = data->len;
	rec.data = buf_steal(data);
	if (!rec.data)
		rec.data = xstrdup("");
	r->rc = r->fn(r->ctx, &rec);
	free(rec.data);
	buf_free(&file);
	buf_free(&path);
}

/* Whether this shard takes the record named sep member (the path
 * deliver gives it); one of another shard is counted skipped. */
static bool record_taken(struct reader *r, const char *sep, const char *member)
{
	if (!r->split)
		return true;
	struct buf key = { 0 };
	buf_printf(&key, "%s%s%s", r->canonical ? r->canonical : r->name, sep, member);
	bool take = cli_shard_takes(&r->ro->shard, key.data);
	buf_free(&key);
	if (!take)
		r->on_skip(r->ctx, SKIP_OTHER_SHARD);
	return take;
}

/* ==== WARC ==== */

/* The value of header field name in the block h[0,n) (lines ending in
 * CRLF or LF), trimmed, into out; false when it is not there. */
static bool header_field(const char *h, size_t n, const char *name, char *out, size_t outlen)
{
	size_t k = strlen(name);
	const char *end = h + n;
	for (const char *p = h; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		if ((size_t)(eol - p) > k && strncasecmp(p, name, k) == 0 && p[k] == ':') {
			const char *v = p + k + 1;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			const char *e = eol;
			while (e > v && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
				e--;
			snprintf(out, outlen, "%.*s", (int)(e - v), v);
			return true;
		}
		p = nl ? nl + 1 : end;
	}
	return false;
}

/* Decodes an HTTP chunked body in place; false when it is not one. */
static bool dechunk(struct buf *b)
{
	size_t in = 0, out = 0;
	for (;;) {
		char *end;
		if (in >= b->len)
			return false;
		errno = 0;
		unsigned long long n = strtoull(b->data + in, &end, 16);
		if (errno || end == b->data + in)
			return false;
		const char *nl = memchr(end, '\n', b->len - (size_t)(end - b->data));
		if (!nl)
			return false;
		in = (size_t)(nl - b->data) + 1;
		if (n == 0)
			break;
		if (n > b->len - in)
			return false;
		memmove(b->data + out, b->data + in, (size_t)n);
		out += (size_t)n;
		in += (size_t)n;
		if (in < b->len && b->data[in] == '\r')
			in++;
		if (in < b->len && b->data[in] == '\n')
			in++;
	}
	b->len = out;
	b->data[out] = '\0';
	return true;
}

/* Inflates gzip (or zlib) data in b in place, up to max bytes; NULL, or
 * why not. */
static const char *gunzip_buf(struct buf *b, size_t max)
{
	z_stream z = { 0 };
	if (inflateInit2(&z, 15 + 32) != Z_OK)
		return "cannot start zlib";
	struct buf out = { 0 };
	z.next_in = (unsigned char *)b->data;
	z.avail_in = (unsigned)b->len;
	const char *why = NULL;
	int zr = Z_OK;
	while (zr != Z_STREAM_END) {
		buf_reserve(&out, STREAM_CHUNK);
		z.next_out = (unsigned char *)out.data + out.len;
		z.avail_out = (unsigned)(out.cap - out.len - 1);
		zr = inflate(&z, Z_NO_FLUSH);
		out.len = (size_t)((char *)z.next_out - out.data);
		if (zr != Z_OK && zr != Z_STREAM_END) {
			why = z.msg ? z.msg : "corrupt or truncated gzip data";
			break;
		}
		if (out.len > max) {
			why = "too large once decompressed (see --max-bytes)";
			break;
		}
		if (zr == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
			why = "truncated gzip data";
			break;
		}
	}
	inflateEnd(&z);
	if (why) {
		buf_free(&out);
		return why;
	}
	out.data[out.len] = '\0';
	buf_free(b);
	*b = out;
	return NULL;
}

static bool is_gzip(const struct buf *b)
{
	return b->len >= 2 && (unsigned char)b->data[0] == 0x1F && (unsigned char)b->data[1] == 0x8B;
}

/* A response record's block: an HTTP response.  Its page goes to fn when
 * it is a 2xx HTML page; others are counted skipped. */
static void warc_response(struct reader *r, const char *id, const char *uri, const char *date, struct buf *block)
{
	const char *sep = block->len ? memmem(block->data, block->len, "\r\n\r\n", 4) : NULL;
	size_t skip = 4;
	if (!sep && block->len) {
		sep = memmem(block->data, block->len, "\n\n", 2);
		skip = 2;
	}
	int status = 0;
	if (!sep || sscanf(block->data, "HTTP/%*[0-9.] %d", &status) != 1) {
		char what[1200];
		snprintf(what, sizeof what, "%s#%s", r->name, id);
		refuse(r, what, "%s", "response record without an HTTP status line and headers");
		return;
	}
	size_t hlen = (size_t)(sep - block->data);
	if (status < 200 || status > 299) {
		r->on_skip(r->ctx, SKIP_WARC_NOT_OK);
		return;
	}
	char type[256] = "", te[64] = "", ce[64] = "";
	header_field(block->data, hlen, "Content-Type", type, sizeof type);
	header_field(block->data, hlen, "Transfer-Encoding", te, sizeof te);
	header_field(block->data, hlen, "Content-Encoding", ce, sizeof ce);
	if (type[0] && strncasecmp(type, "text/html", 9) && strncasecmp(type, "application/xhtml", 17)) {
		r->on_skip(r->ctx, SKIP_WARC_NOT_HTML);
		return;
	}
	size_t body = hlen + skip;
	memmove(block->data, block->data + body, block->len - body);
	block->len -= body;
	block->data[block->len] = '\0';
	char what[1200];
	snprintf(what, sizeof what, "%s#%s", r->name, id);
	if (strcasestr(te, "chunked") && !dechunk(block)) {
		refuse(r, what, "%s", "broken chunked HTTP body");
		return;
	}
	const char *why = is_gzip(block) ? gunzip_buf(block, r->max) : NULL;
	if (why) {
		refuse(r, what, "%s", why);
		return;
	}
	(void)ce; /* gzip is told by its bytes, whatever the header says */
	char day[11];
	const char *d = extract_date_parse(date, strlen(date), day) ? day : NULL;
	deliver(r, "#", id, block, uri[0] ? uri : NULL, d, ARTICLE_HTML);
}

/* <urn:uuid:...>, <http://...>: the brackets are the field's syntax
 * (WARC 1.0; wget writes them around URIs too), not the value. */
static void unbracket(char *v)
{
	size_t n = strlen(v);
	if (n >= 2 && v[0] == '<' && v[n - 1] == '>') {
		memmove(v, v + 1, n - 2);
		v[n - 2] = '\0';
	}
}

static void read_warc(struct reader *r)
{
	struct buf line = { 0 }, head = { 0 }, block = { 0 };
	unsigned long records = 0;
	while (r->rc == 0) {
		bool too_long;
		int got;
		/* Records are separated by blank lines. */
		while ((got = stream_line(&r->s, &line, MAX_HEADER, &too_long)) > 0 && line.len == 0)
			;
		if (got == 0)
			break;
		char where[64];
		snprintf(where, sizeof where, "record %lu", records + 1);
		if (got < 0 || strncmp(line.data, "WARC/", 5)) {
			char what[PATH_MAX + 64];
			snprintf(what, sizeof what, "%s#%s", r->name, where);
			refuse(r, what, "%s",
			       r->s.error ? r->s.error
					  : "not a WARC record header (the rest of the archive is not read)");
			break;
		}
		buf_clear(&head);
		while ((got = stream_line(&r->s, &line, MAX_HEADER, &too_long)) > 0 && line.len) {
			if (head.len + line.len > MAX_HEADER) {
				got = -1;
				break;
			}
			buf_append(&head, line.data, line.len);
			buf_putc(&head, '\n');
		}
		char type[64] = "", id[512] = "", uri[4096] = "", date[64] = "", clen[32] = "";
		header_field(head.data ? head.data : "", head.len, "WARC-Type", type, sizeof type);
		header_field(head.data ? head.data : "", head.len, "WARC-Record-ID", id, sizeof id);
		header_field(head.data ? head.data : "", head.len, "WARC-Target-URI", uri, sizeof uri);
		header_field(head.data ? head.data : "", head.len, "WARC-Date", date, sizeof date);
		bool has_len = header_field(head.data ? head.data : "", head.len, "Content-Length", clen, sizeof clen);
		records++;
		unbracket(id);
		unbracket(uri);
		if (!id[0])
			snprintf(id, sizeof id, "%s", where);
		char what[PATH_MAX + 600];
		snprintf(what, sizeof what, "%s#%s", r->name, id);
		char *end;
		errno = 0;
		unsigned long long n = has_len ? strtoull(clen, &end, 10) : 0;
		if (got < 0 || !has_len || errno || end == clen || *end) {
			refuse(r, what, "%s",
			       r->s.error ? r->s.error
					  : "WARC record header without a valid Content-Length (the rest of the archive "
					    "is not read)");
			break;
		}
		bool response = !strcasecmp(type, "response");
		if (response && !record_taken(r, "#", id)) {
			if (stream_read(&r->s, NULL, (size_t)n) != n)
				break;
			continue;
		}
		if (!response || n > r->max) {
			if (stream_read(&r->s, NULL, (size_t)n) != n)
				break;
			if (response) {
				char lim[64];
				snprintf(lim, sizeof lim, "%llu bytes, limit %zu", n, r->max);
				refuse(r, what, "too large (%s; see --max-bytes)", lim);
			}
			continue;
		}
		buf_clear(&block);
		if (stream_read(&r->s, &block, (size_t)n) != n) {
			refuse(r, what, "%s", r->s.error ? r->s.error : "truncated (the archive ends inside it)");
			break;
		}
		if (!block.data)
			buf_reserve(&block, 1);
		warc_response(r, id, uri, date, &block);
	}
	buf_free(&line);
	buf_free(&head);
	buf_free(&block);
}

/* ==== JSON Lines ==== */

static const char *const default_body_fields[] = { "html", "body", "text", NULL };
static const char *const default_date_fields[] = { "date", "published", "datePublished", "published_date",
						   "pubdate", NULL };

static const char *field_string(json_t *o, const char *field)
{
	json_t *v = json_object_get(o, field);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One line: 0 delivered or refused, the reason said. */
static void json_line(struct reader *r, const struct buf *line, unsigned long lineno)
{
	char member[32];
	snprintf(member, sizeof member, "%lu", lineno);
	char what[PATH_MAX + 64];
	snprintf(what, sizeof what, "%s:%s", r->name, member);
	json_error_t jerr;
	json_t *o = json_loadb(line->data, line->len, JSON_REJECT_DUPLICATES, &jerr);
	if (!o || !json_is_object(o)) {
		refuse(r, what, "not a JSON object (%s)", o ? "another JSON value" : jerr.text);
		json_decref(o);
		return;
	}
	const char *url = field_string(o, r->ro && r->ro->url_field ? r->ro->url_field : "url");
	const char *page = NULL, *field = NULL;
	if (r->ro && r->ro->body_field) {
		field = r->ro->body_field;
		page = field_string(o, field);
	} else {
		for (size_t i = 0; default_body_fields[i] && !page; i++)
			page = field_string(o, field = default_body_fields[i]);
	}
	if (!page) {
		char fields[128];
		snprintf(fields, sizeof fields, "%s", r->ro && r->ro->body_field ? r->ro->body_field : "html, body or text");
		refuse(r, what, "no %s field holding a string", fields);
		json_decref(o);
		return;
	}
	const char *date = NULL;
	if (r->ro && r->ro->date_field) {
		date = field_string(o, r->ro->date_field);
	} else {
		for (size_t i = 0; default_date_fields[i] && !date; i++)
			date = field_string(o, default_date_fields[i]);
	}
	char day[11];
	const char *d = date && extract_date_parse(date, strlen(date), day) ? day : NULL;
	struct buf data = { 0 };
	json_t *pv = json_object_get(o, field);
	buf_append(&data, page, json_string_length(pv));
	if (!strcmp(field, "html"))
		deliver(r, ":", member, &data, url, d, ARTICLE_HTML);
	else if (!strcmp(field, "text"))
		deliver(r, ":", member, &data, url, d, ARTICLE_TEXT);
	else
		deliver(r, ":", member, &data, url, d, -1);
	buf_free(&data);
	json_decref(o);
}

static void read_jsonl(struct reader *r)
{
	struct buf line = { 0 };
	unsigned long lineno = 0;
	int got;
	bool too_long;
	while (r->rc == 0 && (got = stream_line(&r->s, &line, r->max, &too_long)) != 0) {
		lineno++;
		char member[32];
		snprintf(member, sizeof member, "%lu", lineno);
		if (got < 0 && !too_long) {
			char what[PATH_MAX + 64];
			snprintf(what, sizeof what, "%s:%lu", r->name, lineno);
			refuse(r, what, "%s", r->s.error ? r->s.error : "read error");
			break;
		}
		if (too_long) {
			if (!record_taken(r, ":", member))
				continue;
			char what[PATH_MAX + 64], lim[32];
			snprintf(what, sizeof what, "%s:%lu", r->name, lineno);
			snprintf(lim, sizeof lim, "%zu", r->max);
			refuse(r, what, "too large (a line over %s bytes; see --max-bytes)", lim);
			continue;
		}
		size_t i = 0;
		while (i < line.len && (line.data[i] == ' ' || line.data[i] == '\t'))
			i++;
		if (i == line.len || !record_taken(r, ":", member))
			continue;
		json_line(r, &line, lineno);
	}
	buf_free(&line);
}

/* ==== Sniffing ==== */

static bool ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* Whether the first line of what is buffered is a JSON object: 1 with a
 * page in it (a field html, body, text or --body-field holding a
 * string), 0 without one, -1 when it is no JSON object. */
static int first_line_page(const struct reader *r)
{
	const char *b = r->s.buf + r->s.pos;
	size_t len = r->s.len - r->s.pos, i = 0;
	while (i < len && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
		i++;
	if (i >= len || b[i] != '{')
		return -1;
	const char *nl = memchr(b + i, '\n', len - i);
	size_t k = nl ? (size_t)(nl - (b + i)) : len - i;
	json_t *o = json_loadb(b + i, k, 0, NULL);
	if (!json_is_object(o)) {
		json_decref(o);
		return -1;
	}
	bool page = false;
	if (r->ro && r->ro->body_field)
		page = json_is_string(json_object_get(o, r->ro->body_field));
	for (size_t f = 0; !(r->ro && r->ro->body_field) && default_body_fields[f] && !page; f++)
		page = json_is_string(json_object_get(o, default_body_fields[f]));
	json_decref(o);
	return page;
}

/* JSON Lines of pages: by name (.gz aside), or by a first line that is
 * a JSON object holding a page.  *other is set for JSON Lines whose first
 * line is an object without a page (gold files, metadata, exports): not
 * a crawl, skipped whole. */
static bool looks_like_jsonl(const struct reader *r, bool *other)
{
	size_t n = strlen(r->name);
	if (ends_with(r->name, n, ".gz"))
		n -= 3;
	bool named = ends_with(r->name, n, ".jsonl") || ends_with(r->name, n, ".jl") ||
		     ends_with(r->name, n, ".ndjson");
	int page = first_line_page(r);
	*other = named && page == 0;
	return named || page == 1;
}

/* Standard input that is only lines naming existing files was most
 * likely meant as a list, as '-' was before. */
static void warn_list_on_stdin(const struct buf *data)
{
	size_t lines = 0;
	const char *p = data->data, *end = data->data + data->len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		size_t k = (size_t)(eol - p);
		if (k && p[k - 1] == '\r')
			k--;
		if (k) {
			char path[PATH_MAX];
			struct stat st;
			if (k >= sizeof path)
				return;
			memcpy(path, p, k);
			path[k] = '\0';
			if (stat(path, &st) != 0)
				return;
			lines++;
		}
		p = nl ? nl + 1 : end;
	}
	if (lines)
		text_message("standard input holds only names of existing files (%zu): '-' is one article read "
			     "from standard input; a list of paths is read with --from-list -",
			     lines);
}

int cli_records_read(const char *name, int fd, size_t max_bytes, const struct record_options *ro, record_fn fn,
		     record_error_fn on_error, record_skip_fn on_skip, void *ctx)
{
	struct reader *r = xcalloc(1, sizeof *r);
	r->name = name;
	r->max = max_bytes ? max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
	r->ro = ro;
	r->fn = fn;
	r->on_error = on_error;
	r->on_skip = on_skip;
	r->ctx = ctx;
	struct stat st;
	if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode) ||
	    (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode) && !S_ISSOCK(st.st_mode))) {
		on_error(ctx, name, fstat(fd, &st) != 0 ? strerror(errno)
				    : S_ISDIR(st.st_mode) ? "is a directory"
							  : "not a regular file");
		free(r);
		return 0;
	}
	int own = dup(fd);
	if (own < 0 || !(r->s.gz = gzdopen(own, "rb"))) {
		on_error(ctx, name, strerror(errno ? errno : ENOMEM));
		if (own >= 0)
			close(own);
		free(r);
		return 0;
	}
	gzbuffer(r->s.gz, STREAM_CHUNK);
	if (strcmp(name, "-") && S_ISREG(st.st_mode))
		r->canonical = extract_canonical_path(name);
	r->split = ro && ro->shard.n > 1 && cli_shard_by_record(name);
	int f = stream_fill(&r->s);
	bool other = false;
	if (f < 0) {
		refuse(r, name, "%s", r->s.error);
	} else if (r->s.len >= 5 && !memcmp(r->s.buf, "WARC/", 5)) {
		read_warc(r);
	} else if (f > 0 && looks_like_jsonl(r, &other)) {
		if (other)
			on_skip(ctx, SKIP_JSON_NO_PAGES);
		else
			read_jsonl(r);
	} else if (r->split && !cli_shard_takes(&ro->shard, r->canonical ? r->canonical : name)) {
		on_skip(ctx, SKIP_OTHER_SHARD);
	} else {
		struct buf data = { 0 };
		size_t got = stream_read(&r->s, &data, r->max + 1);
		char lim[80];
		if (r->s.error) {
			refuse(r, name, "%s", r->s.error);
		} else if (got > r->max) {
			snprintf(lim, sizeof lim, "%zu", r->max);
			refuse(r, name, "too large (over %s bytes; see --max-bytes)", lim);
		} else {
			if (!strcmp(name, "-") && data.len)
				warn_list_on_stdin(&data);
			struct input_record rec = { .format = -1, .file = name };
			hash_hex(data.data ? data.data : "", data.len, rec.hash);
			struct buf path = { 0 };
			if (!strcmp(name, "-"))
				buf_printf(&path, "stdin:%s", rec.hash);
			rec.path = path.data ? path.data : r->canonical;
			rec.len = data.len;
			rec.data = data.data ? buf_steal(&data) : xstrdup("");
			r->rc = fn(ctx, &rec);
			free(rec.data);
			buf_free(&path);
		}
		buf_free(&data);
	}
	gzclose(r->s.gz);
	int rc = r->rc;
	free(r->canonical);
	free(r);
	return rc;
}
