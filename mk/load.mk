# mk/load.mk — the load stage's tests on real SQLite files (issue 5).
# 'make check' runs them:
#   tests/load_crash.sh       SIGKILL mid-run at several points, rerun,
#                             same facts as a clean run
#   tests/load_concurrent.sh  two ingests at once, a reader during an
#                             ingest, no duplicates
#   tests/load_roundtrip.py   CSV and JSON Lines exports read back with
#                             python's csv and json, every value compared
#                             with the rows python's sqlite3 reads
#   tests/load_failure.sh     a planted run lock, a schema version out of
#                             range, a run failing mid-way, a full disk
#                             (a tmpfs when root can mount one, ulimit -f)
#   tests/load_signal.sh      SIGTERM and SIGINT mid-run, with and without
#                             --jobs: interrupted cleanly, rerun, same facts
#   tests/load_schema.py      issue 16: the README's analyst queries on the
#                             fixtures against tests/data/analyst_*.tsv; a
#                             schema-6 database migrates to sentences stored
#                             once and exports the same rows

.PHONY: load-tests
load-tests: $(BUILD)/govfacts
	bash tests/load_crash.sh $(BUILD)/govfacts
	bash tests/load_concurrent.sh $(BUILD)/govfacts
	python3 tests/load_roundtrip.py $(BUILD)/govfacts
	bash tests/load_failure.sh $(BUILD)/govfacts
	bash tests/load_signal.sh $(BUILD)/govfacts
	python3 tests/load_schema.py $(BUILD)/govfacts

CHECK_EXTRA += load-tests
