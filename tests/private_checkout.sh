#!/usr/bin/env bash
# make check passes wherever a user clones (issue 12, item 19): the cases
# of tests/bad.sh that run as 'nobody' are run from a checkout in a
# mode-700 folder (as mktemp -d makes it, or a clone under /root), which
# nobody cannot enter.  Usage: tests/private_checkout.sh BIN
#
# As root only: for anyone else bad.sh runs those cases as that user, who
# can enter their own checkout.
set -euo pipefail
bin=$(realpath "${1:-build/govfacts}")
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
	echo "private-checkout: skip (not root: bad.sh runs no case as nobody)"
	exit 0
fi
priv=$(mktemp -d)
trap 'rm -rf "$priv"' EXIT
chmod 700 "$priv"
co="$priv/checkout"
mkdir -p "$co/tests" "$co/build"
cp -R tests/bad.sh tests/bad "$co/tests/"
cp -R fixtures patterns "$co/"
cp "$bin" "$co/build/govfacts"
set +e
BAD_ONLY=permissions bash "$co/tests/bad.sh" "$co/build/govfacts" >"$priv/out" 2>&1
rc=$?
set -e
sed 's/^/     | /' "$priv/out"
fail=0
[ "$rc" = 0 ] || { echo "FAIL private-checkout: bad.sh exits $rc from a checkout in a mode-700 folder"; fail=1; }
grep -q 'these cases run as nobody' "$priv/out" ||
	{ echo "FAIL private-checkout: the cases did not run as nobody"; fail=1; }
if grep -q '^skip' "$priv/out"; then
	echo "FAIL private-checkout: bad.sh skipped cases from a checkout in a mode-700 folder"
	fail=1
fi
[ "$fail" = 0 ] && echo "private-checkout: ok (bad.sh's nobody cases from a mode-700 checkout)"
exit "$fail"
