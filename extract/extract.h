/*
 * extract: one scraped article in, its body text and metadata out.
 *
 * An input is either an HTML page (parsed with libxml2's HTML parser, never
 * touching the network) or text a scraper already pulled out of a page.
 * Either way the stage drops the page furniture (menus, sidebars, related
 * lists, footers, counters, repeated captions) and keeps the body as
 * paragraphs split into sentences, with byte offsets into one UTF-8 (NFC)
 * text buffer.
 *
 * Ownership: extract_article_read and extract_article_parse return an
 * article the caller owns and releases with extract_article_free; every
 * pointer inside it belongs to the article.
 */
#ifndef GOVFACTS_EXTRACT_H
#define GOVFACTS_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "../common/buf.h"

/* What block of the page a sentence comes from: running text, a heading
 * (h1-h6), an item (a list item or a table row), or the article's title
 * (its first paragraph, the headline).  Text input has only the title and
 * running text. */
enum sentence_role { SENTENCE_TEXT, SENTENCE_HEADING, SENTENCE_ITEM, SENTENCE_TITLE };

/* One sentence: text[start, end) of the article, inside one paragraph. */
struct sentence {
	size_t start;
	size_t end;
	size_t paragraph; /* index of the paragraph, counting from 0 */
	enum sentence_role role;
};

enum article_format { ARTICLE_TEXT, ARTICLE_HTML };

struct article {
	char *file;      /* the input path as given */
	char *path;      /* file's canonical path (extract_canonical_path), else file as given */
	char *doc;       /* the article's id (FACTS.md): url when it names an article, else path */
	char *url;       /* the URL the page gives for itself (og:url, canonical...), or NULL */
	char *title;     /* headline without the site name, or NULL */
	char *published; /* YYYY-MM-DD, or NULL */
	char *site;      /* a host name the page names for itself, or NULL */
	char input_hash[HASH_HEX_SIZE]; /* hash_hex of the bytes read: an unchanged input is known unread */
	char text_hash[HASH_HEX_SIZE];  /* hash_hex of text (the content hash), or "" when not computed */
	enum article_format format;

	char *text;      /* body: paragraphs separated by '\n', NUL-terminated */
	size_t text_len;
	struct sentence *sentences;
	size_t n_sentences;
	size_t n_paragraphs;
};

struct extract_options {
	size_t max_bytes; /* inputs larger than this are refused; 0 = default */
};

#define EXTRACT_DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)

/*
 * Reads and extracts the file at path.  Returns 0 and sets *out, or -1
 * with a message naming the file and the reason in err (the input is
 * refused: binary, too large, unreadable, empty body...).
 */
int extract_article_read(const char *path, const struct extract_options *opt,
			 struct article **out, char *err, size_t errlen);

/*
 * Reads the file at path whole, refusing what extract_article_read
 * refuses before parsing (missing, a directory, over the size limit,
 * unreadable).  Returns 0 and sets *data (the caller frees it) and *len,
 * or -1 with err naming the file and the reason.  The path is opened as
 * given: a link is followed, a pipe is waited on and read.
 */
int extract_file_load(const char *path, const struct extract_options *opt, char **data, size_t *len,
		      char *err, size_t errlen);

/*
 * The same for a descriptor the caller opened (and closes), read from
 * where it stands to end of file; name is used in messages.  A regular
 * file, a pipe or a character device is read; anything else is refused.
 * A caller that must not read a pipe checks the descriptor first.
 */
int extract_fd_load(int fd, const char *name, const struct extract_options *opt, char **data, size_t *len,
		    char *err, size_t errlen);

/*
 * Extracts an article from len bytes in memory; name is used as the
 * article's file and in messages, and resolved for its path and doc.
 * Same contract as extract_article_read.
 */
int extract_article_parse(const char *name, const char *data, size_t len,
			  struct article **out, char *err, size_t errlen);

/*
 * Where an article's bytes came from when that is more than a file name
 * (a WARC record, a JSON line, standard input): file is FACTS.md's file
 * (ARCHIVE#RECORD, FILE:LINE, -), path what doc falls back on (NULL:
 * file's canonical path), url and date what the container says (the URL
 * it was fetched from, a crawl or publication date YYYY-MM-DD; NULL when
 * it says none): the url is the article's, the date used when the page
 * gives none.  format is -1 to sniff, else the enum article_format;
 * input_hash the hash_hex of the bytes, when the caller has it.
 */
struct extract_source {
	const char *file, *path, *url, *date, *input_hash;
	int format;
};
int extract_source_parse(const struct extract_source *src, const char *data, size_t len, struct article **out,
			 char *err, size_t errlen);

/*
 * Does url name one article, so that it can be the article's doc?  It
 * must be absolute (http or https, a host) and name one page among many:
 * the last segment of its path, extension aside, holds a digit (an id, a
 * date) or at least five words (a headline), or else its query holds a
 * digit (?id=123).  A home page, a language root (/en/), a section
 * (/news/, /vi/tin-tuc, /cai-cach-hanh-chinh), an index file (index.html,
 * default.aspx), a year or page number alone (/2024/, /page/2/) and a
 * relative URL do not.  When in doubt it says no: an article keyed by its
 * path only loses the merging of copies, one keyed by a section URL
 * overwrites every other article of the section.
 */
bool extract_url_names_article(const char *url);

/* The canonical path of path (absolute, no symbolic link, no . or ..),
 * malloc'd; NULL when it cannot be resolved (missing, a pipe). */
char *extract_canonical_path(const char *path);

/* Readies the HTML parser; call once before extracting on several threads
 * (one thread may extract without it). */
void extract_init(void);

/* Releases an article and sets *a to NULL; accepts NULL and *a == NULL. */
void extract_article_free(struct article **a);

/*
 * Parses a date written the ways news pages write them (dd/mm/yyyy,
 * yyyy-mm-dd, "June 28, 2024", "28 June 2024") at the start of s into
 * "YYYY-MM-DD" (11 bytes with the NUL).  Returns the number of bytes
 * consumed, or 0 when s does not start with a date.
 */
size_t extract_date_parse(const char *s, size_t len, char out[11]);

#endif
