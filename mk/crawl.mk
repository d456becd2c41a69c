# mk/crawl.mk — straight from the crawler (issue 15).  'make check' (and
# so 'make asan') runs it:
#   tests/crawl.sh   fixtures served by python3 -m http.server on
#                    127.0.0.1, crawled with wget --warc-file, the WARC
#                    ingested: the facts of the files; JSON Lines (plain
#                    and gzipped) written by a small script; bad records
#                    and lines refused by name; .html.gz, gzip named
#                    .html, a walk's skips by kind; '-' as one article on
#                    standard input
# Needs (Debian): wget (in DEB_PKGS, so 'make' installs it).

.PHONY: crawl-tests
crawl-tests: $(BUILD)/govfacts
	bash tests/crawl.sh $(BUILD)/govfacts

CHECK_EXTRA += crawl-tests
