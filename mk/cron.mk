# mk/cron.mk — a nightly job's life (issue 15): 'make check' (and so
# 'make asan') runs
#   tests/cron.sh    -q and a silent success off a terminal, the summary in
#                    the runs table, the progress line on a terminal
#                    (script(1)), inputs still refused, exit 75 on a held
#                    lock, the exit codes in --help

.PHONY: cron-tests
cron-tests: $(BUILD)/govfacts
	bash tests/cron.sh $(BUILD)/govfacts

CHECK_EXTRA += cron-tests
