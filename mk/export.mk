# mk/export.mk — exports for incremental loads (issue 16, item 4).
# 'make check' runs:
#   tests/export.sh     fact_ids by load.h's recipe, the same after a fresh
#                       ingest and after migration 7; --since-run,
#                       --changed-since, --table removals after changed
#                       articles; CSV "" and NULL; --table and
#                       --format-version refusals (also under 'make asan')
#   tests/export_pg.sh  the CSV exports \copy'd into a PostgreSQL of its
#                       own (initdb and postgres as nobody in a temporary
#                       directory, 127.0.0.1, a free port, stopped on any
#                       exit), articles changed, loaded again with
#                       --since-run (removals, then rows), every row
#                       compared with SQLite's.  Not under 'make asan':
#                       it tests the load into PostgreSQL, not govfacts'
#                       memory, and a server under a sanitized build's
#                       timings adds nothing.
# Needs (Debian): postgresql (its initdb, postgres and psql), installed
# when root, named otherwise.

.PHONY: export-tests export-pg export-pg-deps
export-tests: $(BUILD)/govfacts
	bash tests/export.sh $(BUILD)/govfacts

export-pg-deps:
	$(call apt_install,postgresql,make check (tests/export_pg.sh))

export-pg: $(BUILD)/govfacts export-pg-deps
	bash tests/export_pg.sh $(BUILD)/govfacts

CHECK_EXTRA += export-tests
ifneq ($(MODE),asan)
CHECK_EXTRA += export-pg
endif
