# mk/transform.mk — the transform stage's own tests beyond the unit tests.
# 'make check' runs them:
#   tests/transform_scale.sh  a 3 MB table page: every fact, in linear time
#   tests/subject_sanity.py   over the fixtures, the holdout, ../shared's
#                             real-dev and 2,000 pages of bench/gen: no
#                             fractional count, no empty subject, no subject
#                             that is one function word, verb or adverb
.PHONY: transform-tests
SANITY_PAGES ?= 2000

$(BUILD)/bench/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $< -lm

transform-tests: $(BUILD)/govfacts $(BUILD)/bench/gen
	bash tests/transform_scale.sh $(BUILD)/govfacts
	bash tests/subject_sanity.sh $(BUILD)/govfacts $(BUILD)/bench/gen $(SANITY_PAGES)

CHECK_EXTRA += transform-tests
