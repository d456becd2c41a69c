/*
 * fuzz_extract: libFuzzer target for the extract stage.
 *
 * Every input is handed to extract_article_parse as one scraped page.  The
 * name has no suffix, so the stage sniffs the bytes and both readers (HTML
 * through libxml2, text line by line) get exercised.  A refused input is
 * fine; what must never happen is a crash, a leak, undefined behaviour or
 * an article whose sentences point outside its text, which is checked
 * here on every accepted input.
 *
 * Build and run: make fuzz (mk/hardening.mk).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../extract/extract.h"

/* The invariants struct article promises its consumers (transform and
 * load index the text with these offsets and never re-check them). */
static void check_article(const struct article *a)
{
	if (!a->file || !a->text || strlen(a->text) != a->text_len)
		abort();
	size_t last_paragraph = 0;
	for (size_t i = 0; i < a->n_sentences; i++) {
		const struct sentence *s = &a->sentences[i];
		if (s->start >= s->end || s->end > a->text_len)
			abort();
		if (s->paragraph < last_paragraph || s->paragraph >= a->n_paragraphs)
			abort();
		if (memchr(a->text + s->start, '\n', s->end - s->start))
			abort(); /* a sentence never spans two paragraphs */
		last_paragraph = s->paragraph;
	}
	if (a->published && strlen(a->published) != 10)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article *a = NULL;
	char err[512];
	if (extract_article_parse("fuzz-input", (const char *)data, size, &a, err, sizeof err) == 0) {
		check_article(a);
		extract_article_free(&a);
		if (a)
			abort(); /* extract_article_free must reset the pointer */
	} else if (a || !strstr(err, "fuzz-input")) {
		abort(); /* a refusal names the input and hands back nothing */
	}
	return 0;
}
