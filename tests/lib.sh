# tests/lib.sh — sourced by the shell tests that count their cases.
# check LABEL CMD...: runs CMD; "ok   LABEL" when it succeeds, else
# "FAIL LABEL"; counts into $passed and $failed, which the caller sets to 0
# and reports.
check() {
	local label=$1
	shift
	if "$@"; then
		echo "ok   $label"
		passed=$((passed + 1))
	else
		echo "FAIL $label"
		failed=$((failed + 1))
	fi
}
