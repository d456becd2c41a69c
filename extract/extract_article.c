/*
 * extract_article: the stage's entry points.  Reads an input, refuses what
 * is not an article (binary data, oversized files, empty bodies), decides
 * whether it is HTML or text and hands it to the matching reader.
 */
#include "extract_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== Sniffing ==== */

struct magic {
	const char *bytes;
	size_t len;
	const char *what;
};

/* Signatures of files a scraper saves beside articles.  Add an entry with
 * the leading bytes and a short name for the message. */
static const struct magic magics[] = {
	{ "%PDF-", 5, "a PDF document" },
	{ "\x89PNG", 4, "a PNG image" },
	{ "\xFF\xD8\xFF", 3, "a JPEG image" },
	{ "GIF8", 4, "a GIF image" },
	{ "PK\x03\x04", 4, "a ZIP archive" },
	{ "\x1F\x8B", 2, "gzip-compressed data" },
	{ "RIFF", 4, "a RIFF (WebP/AVI/WAV) file" },
	{ "\x7F" "ELF", 4, "an executable" },
	{ "SQLite format 3", 15, "an SQLite database" },
};

static const char *binary_kind(const char *data, size_t len)
{
	for (size_t i = 0; i < sizeof magics / sizeof *magics; i++) {
		if (len >= magics[i].len && memcmp(data, magics[i].bytes, magics[i].len) == 0)
			return magics[i].what;
	}
	size_t n = len < 8192 ? len : 8192, ctrl = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)data[i];
		if (c == 0)
			return "binary data (NUL bytes)";
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			ctrl++;
	}
	if (n && ctrl * 10 > n)
		return "binary data (control bytes)";
	return NULL;
}

static bool has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);
	return n >= k && strcasecmp(name + n - k, suffix) == 0;
}

static bool looks_like_html(const char *name, const char *data, size_t len)
{
	if (has_suffix(name, ".html") || has_suffix(name, ".htm") || has_suffix(name, ".xhtml"))
		return true;
	if (has_suffix(name, ".txt"))
		return false;
	size_t i = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i >= len || data[i] != '<')
		return false;
	size_t n = len - i < 1024 ? len - i : 1024;
	static const char *const tags[] = { "<!doctype", "<html", "<head", "<body", "<div", "<p", "<meta", "<title" };
	for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
		size_t k = strlen(tags[t]);
		for (size_t j = i; j + k <= i + n; j++)
			if (strncasecmp(data + j, tags[t], k) == 0)
				return true;
	}
	return false;
}

/* ==== UTF-16 ==== */

/*
 * A page saved as UTF-16 announces itself with a byte-order mark; every
 * other byte of its ASCII is NUL, which the sniffing above takes for a
 * binary file.  Such an input is converted to UTF-8 (iconv reads the mark
 * and drops it) before anything looks at it.  Returns 1 and sets *out
 * (the caller frees it), 0 when there is no UTF-16 mark, -1 with err
 * naming the file when the bytes are not UTF-16.
 */
static int utf16_to_utf8(const char *name, const char *data, size_t len, char **out, size_t *out_len, char *err,
			 size_t errlen)
{
	*out = NULL;
	*out_len = 0;
	if (len < 2 || !((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
		return 0;
	iconv_t cd = iconv_open("UTF-8", "UTF-16");
	if (cd == (iconv_t)-1) {
		errorf(err, errlen, "%s: UTF-16 page, and no UTF-16 converter (%s)", name, strerror(errno));
		return -1;
	}
	/* A UTF-16 unit gives at most 3 bytes of UTF-8 (a pair of units 4). */
	size_t cap = len / 2 * 3 + 4;
	char *buf = xmalloc(cap), *in = (char *)data, *o = buf;
	size_t in_left = len, out_left = cap;
	size_t rc = iconv(cd, &in, &in_left, &o, &out_left);
	iconv_close(cd);
	if (rc == (size_t)-1 && !(errno == EINVAL && in_left < 4)) {
		errorf(err, errlen, "%s: bytes that are not UTF-16 after its byte-order mark (at byte %zu)", name,
		       len - in_left);
		free(buf);
		return -1;
	}
	/* A last unit cut in half (EINVAL) is dropped, as a cut UTF-8 tail is
	 * repaired: the rest of the page is still read. */
	*out = buf;
	*out_len = (size_t)(o - buf);
	return 1;
}

/* ==== Entry points ==== */

static int parse_utf8(const struct extract_source *src, const char *data, size_t len, const char *input_hash,
		      struct article **out, char *err, size_t errlen);

int extract_article_parse(const char *name, const char *data, size_t len,
			  struct article **out, char *err, size_t errlen)
{
	struct extract_source src = { .file = name, .format = -1 };
	return extract_source_parse(&src, data, len, out, err, errlen);
}

int extract_source_parse(const struct extract_source *src, const char *data, size_t len, struct article **out,
			 char *err, size_t errlen)
{
	const char *name = src->file;
	*out = NULL;
	if (len == 0) {
		errorf(err, errlen, "%s: empty file", name);
		return -1;
	}
	char *utf8;
	size_t utf8_len;
	int converted = utf16_to_utf8(name, data, len, &utf8, &utf8_len, err, errlen);
	if (converted < 0)
		return -1;
	/* The hash is of the bytes as read: an unchanged file is known
	 * unread.  A caller that read them has it already. */
	char input_hash[HASH_HEX_SIZE];
	if (src->input_hash)
		snprintf(input_hash, sizeof input_hash, "%s", src->input_hash);
	else
		hash_hex(data, len, input_hash);
	if (converted) {
		data = utf8;
		len = utf8_len;
	}
	int rc = parse_utf8(src, data, len, input_hash, out, err, errlen);
	free(utf8);
	return rc;
}

/* extract_source_parse once the input is in an ASCII-compatible charset. */
static int parse_utf8(const struct extract_source *src, const char *data, size_t len, const char *input_hash,
		      struct article **out, char *err, size_t errlen)
{
	const char *name = src->file;
	if (len == 0) {
		errorf(err, errlen, "%s: empty file", name);
		return -1;
	}
	const char *bin = binary_kind(data, len);
	if (bin) {
		errorf(err, errlen, "%s: not HTML or text (%s)", name, bin);
		return -1;
	}
	struct article *a = xcalloc(1, sizeof *a);
	a->file = xstrdup(name);
	memcpy(a->input_hash, input_hash, sizeof a->input_hash);
	int rc;
	if (src->format == ARTICLE_HTML || (src->format < 0 && looks_like_html(name, data, len))) {
		a->format = ARTICLE_HTML;
		rc = extract_html_article(a, data, len, err, errlen);
	} else {
		a->format = ARTICLE_TEXT;
		rc = extract_text_article(a, data, len, err, errlen);
	}
	if (rc == 0 && a->n_sentences == 0) {
		errorf(err, errlen, "%s: no article text found", name);
		rc = -1;
	}
	if (rc != 0) {
		extract_article_free(&a);
		return -1;
	}
	/* Once here, for every later stage. */
	hash_hex(a->text, a->text_len, a->text_hash);
	a->path = src->path ? xstrdup(src->path) : extract_canonical_path(name);
	if (!a->path)
		a->path = xstrdup(name);
	/* The container fetched it from that URL: the page's own may be a
	 * template's or its site's. */
	if (src->url && *src->url) {
		free(a->url);
		a->url = xstrdup(src->url);
	}
	if (src->date && !a->published)
		a->published = xstrdup(src->date);
	a->doc = xstrdup(extract_url_names_article(a->url) ? a->url : a->path);
	*out = a;
	return 0;
}

int extract_fd_load(int fd, const char *name, const struct extract_options *opt, char **out, size_t *out_len,
		    char *err, size_t errlen)
{
	size_t max = opt && opt->max_bytes ? opt->max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
	*out = NULL;
	*out_len = 0;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		errorf(err, errlen, "%s: %s", name, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		errorf(err, errlen, "%s: is a directory", name);
		return -1;
	}
	/* A pipe or a terminal only when the caller opened one: the user
	 * named it (<(cat page.html), /dev/stdin). */
	if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
		errorf(err, errlen, "%s: not a regular file", name);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
		errorf(err, errlen, "%s: too large (%lld bytes, limit %zu; see --max-bytes)",
		       name, (long long)st.st_size, max);
		return -1;
	}
	size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, len = 0;
	char *data = xmalloc(cap);
	/* Read to EOF rather than trusting st_size: the file may grow. */
	for (;;) {
		ssize_t n = read(fd, data + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			errorf(err, errlen, "%s: read error (%s)", name, strerror(errno));
			free(data);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > max) {
			free(data);
			errorf(err, errlen, "%s: too large (over %zu bytes; see --max-bytes)", name, max);
			return -1;
		}
		if (len == cap) {
			cap *= 2;
			data = xrealloc(data, cap);
		}
	}
	*out = data;
	*out_len = len;
	return 0;
}

int extract_file_load(const char *path, const struct extract_options *opt, char **out, size_t *out_len,
		      char *err, size_t errlen)
{
	*out = NULL;
	*out_len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		errorf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	int rc = extract_fd_load(fd, path, opt, out, out_len, err, errlen);
	close(fd);
	return rc;
}

int extract_article_read(const char *path, const struct extract_options *opt,
			 struct article **out, char *err, size_t errlen)
{
	char *data;
	size_t len;
	*out = NULL;
	if (extract_file_load(path, opt, &data, &len, err, errlen) != 0)
		return -1;
	int rc = extract_article_parse(path, data, len, out, err, errlen);
	free(data);
	return rc;
}

void extract_article_free(struct article **ap)
{
	if (!ap || !*ap)
		return;
	struct article *a = *ap;
	free(a->file);
	free(a->path);
	free(a->doc);
	free(a->url);
	free(a->title);
	free(a->published);
	free(a->site);
	free(a->text);
	free(a->sentences);
	free(a);
	*ap = NULL;
}

/* ==== Identity: URLs and paths ==== */

char *extract_canonical_path(const char *path)
{
	return realpath(path, NULL);
}

/* A %XX escape at s[i] (UTF-8 letters of a slug, %20 spaces). */
static bool escape_at(const char *s, size_t i, size_t n)
{
	return s[i] == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2]);
}

/* Digits in s[0,n), escapes aside (%E1%BB%A9 is the letter ứ). */
static size_t count_digits(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (escape_at(s, i, n))
			i += 2;
		else if (isdigit((unsigned char)s[i]))
			k++;
	}
	return k;
}

/* Words of a slug: runs between '-', '_', '+', '.', ',' and %20. */
static size_t slug_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in_word = false;
	for (size_t i = 0; i < n; i++) {
		bool sep = strchr("-_+.,", s[i]) != NULL || (escape_at(s, i, n) && !strncmp(s + i, "%20", 3));
		if (sep && s[i] == '%')
			i += 2;
		if (!sep && !in_word)
			words++;
		in_word = !sep;
	}
	return words;
}

/* The landing page of a folder, by the names web servers give it. */
static bool index_page(const char *s, size_t n)
{
	static const char *const names[] = { "index", "default", "home" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (n == strlen(names[i]) && strncasecmp(s, names[i], n) == 0)
			return true;
	return false;
}

/* Does one path segment, s[0,n), name an article (see extract.h)? */
static bool segment_names_article(const char *s, size_t n)
{
	/* The stem: an extension of up to five letters or digits aside. */
	for (size_t i = n; i > 0 && n - i <= 5; i--) {
		if (s[i - 1] == '.') {
			n = i - 1;
			break;
		}
		if (!isalnum((unsigned char)s[i - 1]))
			break;
	}
	if (n == 0 || index_page(s, n))
		return false;
	size_t digits = count_digits(s, n);
	/* 2024, 06, page 2: a year, a month or a page of a listing. */
	if (digits == n && n <= 4)
		return false;
	return digits > 0 || slug_words(s, n) >= 5;
}

bool extract_url_names_article(const char *url)
{
	if (!url)
		return false;
	size_t i;
	if (strncasecmp(url, "http://", 7) == 0)
		i = 7;
	else if (strncasecmp(url, "https://", 8) == 0)
		i = 8;
	else
		return false;
	size_t host = i;
	i += strcspn(url + i, "/?#");
	if (i == host)
		return false;
	size_t path = i;
	i += strcspn(url + i, "?#");
	size_t end = i;
	while (end > path && url[end - 1] == '/')
		end--;
	size_t last = end;
	while (last > path && url[last - 1] != '/')
		last--;
	if (segment_names_article(url + last, end - last))
		return true;
	if (url[i] != '?')
		return false;
	return count_digits(url + i + 1, strcspn(url + i + 1, "#")) > 0;
}

/* ==== Dates and hosts ==== */

static const char *const months[] = { "january", "february", "march", "april", "may", "june",
				      "july", "august", "september", "october", "november", "december" };

static int month_at(const char *s, size_t n, size_t *used)
{
	for (int m = 0; m < 12; m++) {
		size_t k = strlen(months[m]);
		if (n >= k && strncasecmp(s, months[m], k) == 0 && (n == k || !isalpha((unsigned char)s[k]))) {
			*used = k;
			return m + 1;
		}
		if (n >= 3 && strncasecmp(s, months[m], 3) == 0 &&
		    (n == 3 || !isalpha((unsigned char)s[3]) || s[3] == '.')) {
			*used = (n > 3 && s[3] == '.') ? 4 : 3;
			return m + 1;
		}
	}
	return 0;
}

static size_t digits_at(const char *s, size_t n, size_t max, int *value)
{
	size_t i = 0;
	int v = 0;
	while (i < n && i < max && isdigit((unsigned char)s[i]))
		v = v * 10 + (s[i++] - '0');
	if (i < n && isdigit((unsigned char)s[i]))
		return 0;
	*value = v;
	return i;
}

static bool valid_date(int y, int m, int d)
{
	return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

size_t extract_date_parse(const char *s, size_t n, char out[11])
{
	int a, b, c;
	size_t i, k, used;
	/* dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (Vietnamese order) */
	if ((i = digits_at(s, n, 2, &a)) && i < n && strchr("/-.", s[i]) &&
	    (k = digits_at(s + i + 1, n - i - 1, 2, &b)) && i + 1 + k < n && s[i + 1 + k] == s[i]) {
		size_t j = i + 2 + k, l = digits_at(s + j, n - j, 4, &c);
		if (l == 4 && valid_date(c, b, a)) {
			snprintf(out, 11, "%04d-%02d-%02d", c, b, a);
			return j + l;
		}
	}
	/* yyyy-mm-dd */
	if ((i = digits_at(s, n, 4, &a)) == 4 && i < n && (s[i] == '-' || s[i] == '/') &&
	    (k = digits_at(s + 5, n - 5, 2, &b)) && 5 + k < n && s[5 + k] == s[4]) {
		size_t j = 6 + k, l = digits_at(s + j, n - j, 2, &c);
		if (l && valid_date(a, b, c)) {
			snprintf(out, 11, "%04d-%02d-%02d", a, b, c);
			return j + l;
		}
	}
	/* June 28, 2024 */
	if ((b = month_at(s, n, &used))) {
		i = used;
		while (i < n && s[i] == ' ')
			i++;
		if ((k = digits_at(s + i, n - i, 2, &a))) {
			i += k;
			if (i + 1 < n && isalpha((unsigned char)s[i]) && isalpha((unsigned char)s[i + 1]))
				i += 2; /* 28th */
			if (i < n && s[i] == ',')
				i++;
			while (i < n && s[i] == ' ')
				i++;
			if ((k = digits_at(s + i, n - i, 4, &c)) == 4 && valid_date(c, b, a)) {
				snprintf(out, 11, "%04d-%02d-%02d", c, b, a);
				return i + k;
			}
		}
	}
	/* 28 June 2024 */
	if ((i = digits_at(s, n, 2, &a)) && i < n && s[i] == ' ' && (b = month_at(s + i + 1, n - i - 1, &used))) {
		size_t j = i + 1 + used;
		if (j < n && s[j] == ',')
			j++;
		while (j < n && s[j] == ' ')
			j++;
		if ((k = digits_at(s + j, n - j, 4, &c)) == 4 && valid_date(c, b, a)) {
			snprintf(out, 11, "%04d-%02d-%02d", c, b, a);
			return j + k;
		}
	}
	return 0;
}

static bool host_char(char c)
{
	return isalnum((unsigned char)c) || c == '-' || c == '.';
}

bool extract_find_host(const char *s, size_t n, char *out, size_t outlen)
{
	static const char *const tlds[] = { ".gov.vn", ".org.vn", ".com.vn", ".vn", ".com", ".net", ".org" };
	for (size_t t = 0; t < sizeof tlds / sizeof *tlds; t++) {
		size_t k = strlen(tlds[t]);
		for (size_t i = 1; i + k <= n; i++) {
			if (strncasecmp(s + i, tlds[t], k) != 0 || (i + k < n && host_char(s[i + k]) && s[i + k] != '.'))
				continue;
			size_t b = i;
			while (b > 0 && host_char(s[b - 1]))
				b--;
			if (b == i)
				continue;
			size_t len = i + k - b;
			if (len + 1 > outlen)
				continue;
			for (size_t j = 0; j < len; j++)
				out[j] = (char)tolower((unsigned char)s[b + j]);
			out[len] = '\0';
			if (strncmp(out, "www.", 4) == 0)
				memmove(out, out + 4, len - 3);
			return true;
		}
	}
	return false;
}
