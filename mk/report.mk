# mk/report.mk — govfacts report, looked at in a browser (issue 16 item 5).
# 'make check' (and so 'make asan') runs it:
#   tests/report.py   the fixtures ingested, the report written and checked
#                     as a file (well formed, one inline script, nothing
#                     from outside) and in headless Chromium's DOM after
#                     the page's script ran: one chart line per province
#                     with a national rank (as many as province_rankings
#                     holds, through as many years), the filters of the
#                     address (#indicator=&province=), a screenshot kept
#                     as $(BUILD)/report/report.png; a <script> in a title
#                     shown as text, never run; an empty database, a
#                     missing one
# Needs (Debian): chromium (installed here when root, else named).

.PHONY: report-tests
report-tests: $(BUILD)/govfacts
	$(call apt_install,chromium,the report test (tests/report.py))
	python3 tests/report.py $(BUILD)/govfacts

CHECK_EXTRA += report-tests
