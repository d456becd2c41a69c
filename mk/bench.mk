# mk/bench.mk — the ingest benchmark (issues 7 and 13).  See bench/run.sh.
#
#   make bench         release build in build-release/, two corpora (dense,
#                      about 95 facts a page, and real, 15 to 25) of 1,000,
#                      10,000 and 100,000 pages (generated once, kept in
#                      bench/corpus-N/ and bench/corpus-real-N/), floor vs
#                      govfacts, report in bench/results/
#   make bench-quick   the same at 1,000 pages only
#   make bench BENCH_SIZES="1000 10000"
#
# Not part of 'make check': it takes minutes and its numbers depend on the
# machine.

BENCH_BUILD := build-release
BENCH_SIZES ?= 1000 10000 100000
BENCH_PKGS  := libxml-2.0 libpcre2-8 sqlite3
BENCH_CFLAGS := -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes

.PHONY: bench bench-quick bench-tools bench-deps

bench: bench-deps
	$(MAKE) --no-print-directory MODE=release BUILD=$(BENCH_BUILD) $(BENCH_BUILD)/govfacts
	$(MAKE) --no-print-directory bench-tools
	BENCH_SIZES="$(BENCH_SIZES)" bash bench/run.sh

bench-quick:
	$(MAKE) --no-print-directory bench BENCH_SIZES=1000

bench-tools: $(BENCH_BUILD)/bench/gen $(BENCH_BUILD)/bench/floor

# The time(1) that reports peak RSS: installed when root, else named.
bench-deps:
	$(call apt_install,time,make bench)

# mk/transform.mk has a rule for $(BUILD)/bench/gen: when BUILD is this
# build (the release sub-make above), that one stands, not a second recipe.
ifneq ($(BUILD),$(BENCH_BUILD))
$(BENCH_BUILD)/bench/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_CFLAGS) -o $@ $< -lm
endif

$(BENCH_BUILD)/bench/floor: bench/floor.c
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_CFLAGS) $(shell pkg-config --cflags $(BENCH_PKGS)) -o $@ $< $(shell pkg-config --libs $(BENCH_PKGS))

# 'make check' runs tests/bench_gen.sh: the dense corpus keeps its bytes,
# the real one is deterministic.  It uses the gen of the check's build
# (mk/transform.mk builds it for tests/subject_sanity.sh).
.PHONY: bench-gen-test
bench-gen-test: $(BUILD)/bench/gen
	bash tests/bench_gen.sh $(BUILD)/bench/gen

CHECK_EXTRA += bench-gen-test
