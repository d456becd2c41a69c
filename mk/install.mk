# mk/install.mk — installed like a Debian tool (issue 15): 'make check'
# (and so 'make asan') runs
#   tests/install.sh  make install into a staging DESTDIR and a temporary
#                     PREFIX, make uninstall; the installed binary finds
#                     its patterns with no flag and never reads
#                     ./patterns unless named; the man page (groff); the
#                     README's crontab line run as written in cron's
#                     environment; its systemd units through
#                     systemd-analyze verify

.PHONY: install-tests
install-tests: $(BUILD)/govfacts
	BUILD=$(BUILD) MODE=$(MODE) bash tests/install.sh $(BUILD)/govfacts

CHECK_EXTRA += install-tests
