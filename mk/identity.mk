# mk/identity.mk — article identity on real databases (issue 12, item 5).
# 'make check' runs it:
#   tests/identity.sh   two files of one URL (--jobs 1 and 3, either
#                       order), home-page and relative URLs, three
#                       spellings of one path (the fast path, by
#                       runs.unparsed)

.PHONY: identity-test
identity-test: $(BUILD)/govfacts
	bash tests/identity.sh $(BUILD)/govfacts

CHECK_EXTRA += identity-test
