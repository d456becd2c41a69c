# govfacts — build, test and demo.  See README.md.
#
#   make          build build/govfacts (installs missing Debian packages when root)
#   make demo     build, ingest fixtures/ into ./govfacts.db, print what was loaded
#   make check    build and run every test (unit, patterns, end-to-end, seeds score)
#   make asan     the test suite under AddressSanitizer and UBSan
#   make deps     install the Debian packages the build needs
#   make install  PREFIX=/usr/local DESTDIR=: the binary, the patterns in
#                 PREFIX/share/govfacts/patterns, the man page govfacts(1)
#   make uninstall the same PREFIX and DESTDIR: removes them

CC      ?= cc
PKGS    := libxml-2.0 libpcre2-8 sqlite3 libutf8proc zlib jansson nettle
DEB_PKGS := build-essential pkg-config libxml2-dev libpcre2-dev libsqlite3-dev \
            libutf8proc-dev libcriterion-dev zlib1g-dev libjansson-dev nettle-dev python3 sqlite3 wget \
            systemd groff-base bsdutils
BUILD   ?= build
MODE    ?= debug

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CSTD    := -std=c11 -D_GNU_SOURCE
ifeq ($(MODE),release)
OPT     := -O2 -DNDEBUG
else ifeq ($(MODE),asan)
OPT     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDSAN   := -fsanitize=address,undefined
else
OPT     := -O2 -g
endif

# pkg-config runs lazily, so 'make deps' works before the packages exist.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  += $(CSTD) $(WARN) $(OPT) $(PKG_CFLAGS)
LDLIBS  += $(PKG_LIBS) -lm -lpthread
LDFLAGS += $(LDSAN)

LIB_SRC := common/buf.c common/text.c \
           extract/extract_article.c extract/extract_body.c extract/extract_html.c \
           extract/extract_text.c \
           transform/transform.c transform/transform_candidates.c transform/transform_check.c \
           transform/transform_context.c transform/transform_number.c transform/transform_subject.c transform/transform_words.c \
           transform/transform_lexicon.c transform/transform_kind.c \
           transform/transform_patterns.c transform/transform_alternation.c \
           load/load_db.c load/load_fact_id.c load/load_read.c load/load_ref.c load/load_report.c load/load_field.c
CLI_SRC := cli/govfacts.c cli/cli_export.c cli/cli_inputs.c cli/cli_output.c cli/cli_pool.c cli/cli_records.c \
           cli/cli_report.c
TEST_SRC := $(wildcard tests/test_*.c)

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo check unit patterns-check e2e seeds-score asan clean install uninstall FORCE

# Fragments for the bigger tool chains (fuzzing, benchmarks, ...): each may
# add its test targets to CHECK_EXTRA.
.DEFAULT_GOAL := all
CHECK_EXTRA :=
-include $(sort $(wildcard mk/*.mk))

all: $(BUILD)/govfacts

# $(call apt_install,PACKAGES,WHO): the missing Debian packages,
# installed with apt-get when root, else named (used by mk/*.mk too).
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "$(2) needs these Debian packages: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call apt_install,$(DEB_PKGS),govfacts)

$(BUILD)/.deps-ok:
	@$(MAKE) --no-print-directory deps
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/%.o: %.c | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/govfacts: $(CLI_OBJ) $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The patterns a binary finds with no flag: the checkout's for the one
# built here, PREFIX's for the one 'make install' builds (never ./patterns).
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  := $(PREFIX)/bin
DATADIR := $(PREFIX)/share/govfacts
MAN1DIR := $(PREFIX)/share/man/man1
$(BUILD)/cli/govfacts.o: CFLAGS += -DGOVFACTS_PATTERNS_DIR='"$(CURDIR)/patterns"'
$(BUILD)/cli/govfacts.o: Makefile

# Rebuilt at every install: PREFIX may differ from the last one.
$(BUILD)/install/govfacts.o: cli/govfacts.c FORCE | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DGOVFACTS_PATTERNS_DIR='"$(DATADIR)/patterns"' -c $< -o $@

$(BUILD)/install/govfacts: $(BUILD)/install/govfacts.o $(filter-out $(BUILD)/cli/govfacts.o,$(CLI_OBJ)) $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

install: $(BUILD)/install/govfacts
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/patterns $(DESTDIR)$(MAN1DIR)
	install -m 755 $(BUILD)/install/govfacts $(DESTDIR)$(BINDIR)/govfacts
	install -m 644 $(wildcard patterns/*.pat patterns/*.tsv patterns/*.txt patterns/README.md) $(DESTDIR)$(DATADIR)/patterns/
	sed 's|@PATTERNS_DIR@|$(DATADIR)/patterns|g' doc/govfacts.1 >$(DESTDIR)$(MAN1DIR)/govfacts.1
	chmod 644 $(DESTDIR)$(MAN1DIR)/govfacts.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/govfacts $(DESTDIR)$(MAN1DIR)/govfacts.1
	rm -rf $(DESTDIR)$(DATADIR)

FORCE:

$(BUILD)/tests/%: tests/%.c $(LIB_OBJ) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJ) $(LDFLAGS) $(LDLIBS) -lcriterion

demo: $(BUILD)/govfacts
	$(BUILD)/govfacts ingest --db govfacts.db fixtures/
	@echo "--- facts by kind in govfacts.db"
	@$(BUILD)/govfacts export --db govfacts.db --format jsonl | \
	  python3 -c 'import json,sys,collections; c=collections.Counter(json.loads(l)["kind"] for l in sys.stdin); [print(f"{k:16} {n}") for k,n in sorted(c.items())]'

unit: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; (cd tests && ../$$t --jobs 1); done

patterns-check: $(BUILD)/govfacts
	$(BUILD)/govfacts check-patterns patterns

e2e: $(BUILD)/govfacts
	bash tests/e2e.sh $(BUILD)/govfacts

# The seeds' and the fixtures' strict F1 must not fall below their floors
# (raise them as the transformers improve; see README.md).
SEEDS_FLOOR ?= 0.97
FIXTURES_FLOOR ?= 0.97
seeds-score: $(BUILD)/govfacts
	bash tests/score.sh $(BUILD)/govfacts $(SEEDS_FLOOR) $(FIXTURES_FLOOR)

check: unit patterns-check e2e seeds-score $(CHECK_EXTRA)
	@echo "check: all passed"

asan:
	$(MAKE) MODE=asan BUILD=build-asan check

clean:
	rm -rf build build-asan

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
