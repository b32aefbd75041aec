#!/usr/bin/env bash
# Checks of the built product archives, run by ./sekisho test after the Maven build:
# the headless command line's exit codes, the contents of both archives, the update site, and a real start of
# the rich client (needs DISPLAY) with the time to its first window and a clean workspace log.
# Usage: product-checks.sh PRODUCTS_DIR      (releng/io.sekisho.product/target/products)
set -uo pipefail

PRODUCTS=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LINUX="$PRODUCTS/io.sekisho.product/linux/gtk/x86_64/sekisho"
# shellcheck source=jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(pick_jdk) || exit 3
export JAVA_HOME

passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "product check ok:     $name"
  else failed=$((failed + 1)); echo "product check FAILED: $name"; fi
}

exit_code_is() { # expected, command...
  local expected=$1; shift
  "$@" >/dev/null 2>&1
  [ $? -eq "$expected" ]
}

check "sekishoc version exits 0 and prints the version" \
  bash -c "'$LINUX/sekishoc' version | grep -q '^Sekisho [0-9]'"
check "sekishoc bogus exits 2" exit_code_is 2 "$LINUX/sekishoc" bogus
check "sekishoc bogus prints usage on stderr" \
  bash -c "'$LINUX/sekishoc' bogus 2>&1 >/dev/null | grep -q 'sekishoc'"

zip_list=$(unzip -l "$PRODUCTS/sekisho-win32.win32.x86_64.zip" 2>/dev/null)
check "Windows archive holds the SWT win32 fragment" grep -q 'plugins/org.eclipse.swt.win32.win32.x86_64_' <<<"$zip_list"
check "Windows archive holds sekisho.cmd and sekishoc.cmd" \
  bash -c "grep -q 'sekisho/sekisho.cmd' <<<\"\$0\" && grep -q 'sekisho/sekishoc.cmd' <<<\"\$0\"" "$zip_list"
tar_list=$(tar -tzf "$PRODUCTS/sekisho-linux.gtk.x86_64.tar.gz" 2>/dev/null)
check "Linux archive holds sekisho and sekishoc" \
  bash -c "grep -qx 'sekisho/sekisho' <<<\"\$0\" && grep -qx 'sekisho/sekishoc' <<<\"\$0\"" "$tar_list"
check "update site lists the Sekisho features" \
  bash -c "unzip -p '$ROOT'/releng/io.sekisho.product/target/repository/content.jar | grep -q 'io.sekisho.ui.feature.feature.group'"

if [ -n "${DISPLAY:-}" ]; then
  ws=$(mktemp -d)
  log=$(mktemp)
  start=$(date +%s%3N)
  SEKISHO_JAVA_OPTS="-Dsekisho.startup.log=true" "$LINUX/sekisho" -data "$ws" >"$log" 2>&1 &
  pid=$!
  opened=""
  for _ in $(seq 1 600); do
    if grep -q 'SEKISHO-WINDOW-OPEN' "$log"; then opened=$(grep -m1 -o 'SEKISHO-WINDOW-OPEN [0-9]*' "$log" | cut -d' ' -f2); break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  check "rich client opens its window" test -n "$opened"
  [ -n "$opened" ] && echo "time to first window: $((opened - start)) ms"
  sleep 2
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  check "workspace log holds no exception" bash -c "! grep -qi 'exception' '$ws/.metadata/.log' 2>/dev/null"
  [ -f "$ws/.metadata/.log" ] && grep -i -m5 -B2 'exception' "$ws/.metadata/.log"
  rm -rf "$ws" "$log"
fi

echo "product checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
