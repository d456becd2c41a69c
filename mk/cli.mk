# mk/cli.mk — the command line's own tests (issue 12). 'make check' runs them:
#   tests/cli.sh              database names that keep nothing, names that
#                             are not UTF-8 or hold control characters,
#                             outputs that cannot be written (exit 74),
#                             refused options named, -- ends options
#   tests/private_checkout.sh bad.sh's cases as 'nobody' from a checkout
#                             in a mode-700 folder (as root)
#   tests/score_gate.sh       tests/score.sh fails on a missing ../shared,
#                             on one fixture below its floor, on a fixture
#                             with no floor

.PHONY: cli-tests
cli-tests: $(BUILD)/govfacts
	bash tests/cli.sh $(BUILD)/govfacts
	bash tests/private_checkout.sh $(BUILD)/govfacts
	bash tests/score_gate.sh $(BUILD)/govfacts

CHECK_EXTRA += cli-tests
