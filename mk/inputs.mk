# mk/inputs.mk — how govfacts finds and opens its inputs (issue 12): links
# out of the folders given, FIFOs (one swapped in after a stat, through
# the LD_PRELOAD shim tests/stat_lie.c), pipes named on the command line,
# --from-list and -0, the modes of new database files, empty folders.
# 'make check' (and so 'make asan') runs it.

.PHONY: inputs-tests
inputs-tests: $(BUILD)/govfacts
	CC="$(CC)" bash tests/inputs.sh $(BUILD)/govfacts

CHECK_EXTRA += inputs-tests
