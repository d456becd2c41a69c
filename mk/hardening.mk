# mk/hardening.mk — hostile input and the tools that prove govfacts copes
# (issue 6).  Included by the Makefile (-include mk/*.mk).
#
#   make bad        tests/bad.sh: govfacts ingest over the bad-input corpus
#                   (tests/bad/ plus cases made at test time) and the
#                   database failures; part of 'make check' (and so of
#                   'make asan')
#   make fuzz       builds the libFuzzer targets of tests/fuzz/ with clang
#                   into build-fuzz/ and runs each for FUZZ_SECONDS
#                   (default 60), seeded from fixtures/ and tests/bad/;
#                   crashes are written to build-fuzz/crashes/
#   make fuzz-build only builds them; FUZZ_TARGETS=extract (or transform)
#                   picks one
#   make valgrind   the end-to-end test with every govfacts run under
#                   valgrind memcheck (--leak-check=full); any error or
#                   leak fails it
#
# Needs (Debian): clang and libclang-rt-14-dev for fuzz (the libFuzzer and
# sanitizer runtimes), valgrind for valgrind; installed when root, named
# otherwise, the way 'make deps' does.

.PHONY: bad fuzz fuzz-build fuzz-deps fuzz-clean valgrind valgrind-deps

CHECK_EXTRA += bad

bad: $(BUILD)/govfacts
	bash tests/bad.sh $(BUILD)/govfacts

# ==== Fuzzing ====

FUZZ_CC       ?= clang
FUZZ_BUILD    ?= build-fuzz
FUZZ_SECONDS  ?= 60
FUZZ_TIMEOUT  ?= 10
FUZZ_MAX_LEN  ?= 65536
FUZZ_TARGETS  := extract transform
FUZZ_DEB_PKGS := clang libclang-rt-14-dev
# Only the stages the targets call: no SQLite, no CLI.
FUZZ_LIB_SRC  := $(filter common/% extract/% transform/%,$(LIB_SRC))
FUZZ_LIB_OBJ  := $(FUZZ_LIB_SRC:%.c=$(FUZZ_BUILD)/%.o)
FUZZ_SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# -Werror stays with the gcc builds: clang 14 warns about other things.
FUZZ_CFLAGS   = $(CSTD) $(filter-out -Werror,$(WARN)) -O1 -g $(FUZZ_SAN) $(PKG_CFLAGS)
FUZZ_BINS     := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

fuzz-deps:
	$(call apt_install,$(FUZZ_DEB_PKGS),make fuzz)

$(FUZZ_BUILD)/.deps-ok:
	@$(MAKE) --no-print-directory deps fuzz-deps
	@mkdir -p $(FUZZ_BUILD) && touch $@

$(FUZZ_BUILD)/%.o: %.c | $(FUZZ_BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB_OBJ) | $(FUZZ_BUILD)/.deps-ok
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJ) $(PKG_LIBS) -lm

fuzz-build: $(FUZZ_BINS)

# Each target gets its own corpus (libFuzzer adds what it finds to it),
# seeded every run with the fixtures and the small files of tests/bad.
# The exit status is that of the last target that failed.  The artifacts
# of this run are listed, and the failures among them (crash-, leak-,
# timeout-, oom-; not slow-unit-) printed in base64.
fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/crashes && touch $(FUZZ_BUILD)/.fuzz-start
	@rc=0; for t in $(FUZZ_TARGETS); do \
	  c=$(FUZZ_BUILD)/corpus-$$t; mkdir -p $$c; \
	  for f in fixtures/*.html tests/bad/*.html tests/bad/*.txt; do \
	    [ -f "$$f" ] && [ ! -L "$$f" ] && cp "$$f" $$c/seed-$$(basename "$$f"); done; \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	    -max_len=$(FUZZ_MAX_LEN) -dict=tests/fuzz/html.dict -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $$c \
	    >$(FUZZ_BUILD)/fuzz_$$t.log 2>&1 || { rc=$$?; echo "fuzz_$$t FAILED (exit $$rc):"; \
	      tail -n 60 $(FUZZ_BUILD)/fuzz_$$t.log; }; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' $(FUZZ_BUILD)/fuzz_$$t.log || true; \
	done; \
	for f in $$(find $(FUZZ_BUILD)/crashes -type f -newer $(FUZZ_BUILD)/.fuzz-start); do \
	  echo "artifact: $$f ($$(wc -c <"$$f") bytes)"; \
	  case $$f in */*-slow-unit-*) continue;; esac; \
	  echo "base64, to rebuild it from a CI log:"; head -c 65536 "$$f" | base64 -w 0; echo; done; \
	exit $$rc

# Kept between runs (make would delete them as intermediate files).
.SECONDARY: $(FUZZ_LIB_OBJ)

# 'make clean' removes the fuzz build too (corpora and crashes with it).
fuzz-clean:
	rm -rf $(FUZZ_BUILD)
clean: fuzz-clean

-include $(FUZZ_LIB_OBJ:.o=.d)

# ==== valgrind ====

valgrind-deps:
	$(call apt_install,valgrind,make valgrind)

# e2e.sh runs "$1" for every govfacts command; here $1 is a wrapper that
# runs the real binary under memcheck (tests/valgrind.supp hides only
# PCRE2's JIT code reading past the subject on purpose).  An error or a
# leak makes the run exit 99 (which fails the e2e check that run belongs
# to) and leaves its report in $(BUILD)/valgrind/.
valgrind: $(BUILD)/govfacts valgrind-deps
	@rm -rf $(BUILD)/valgrind && mkdir -p $(BUILD)/valgrind
	@printf '#!/bin/sh\nexec valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 --suppressions=%s --log-file=%s/vg.%%p.log %s "$$@"\n' \
	  "$(abspath tests/valgrind.supp)" "$(abspath $(BUILD))/valgrind" "$(abspath $(BUILD))/govfacts" > $(BUILD)/valgrind/govfacts
	@chmod +x $(BUILD)/valgrind/govfacts
	bash tests/e2e.sh $(BUILD)/valgrind/govfacts
	@bad=$$(find $(BUILD)/valgrind -name 'vg.*.log' -size +0c); \
	if [ -n "$$bad" ]; then echo "valgrind: reports in:"; echo "$$bad"; head -n 40 $$bad; exit 1; fi; \
	echo "valgrind: no error, no leak"
