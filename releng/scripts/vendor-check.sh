#!/usr/bin/env bash
# The vendor suite, proven like a vendor and an integrator would: builds the sample vendor bundle
# (examples/vendor, its own Tycho reactor) against Sekisho's p2 update site alone and runs its tests, installs it
# into a copy of the materialized product with `sekishoc vendors add`, checks that its contributions show
# (sekishoc help, its subcommand, its catalog in the firmware register, its checklist evaluator, its workbook
# sheet, its network map rule), removes it and checks
# that they are gone.
# Usage: vendor-check.sh PRODUCTS_DIR      (releng/io.sekisho.product/target/products)
set -uo pipefail

PRODUCTS=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LINUX="$PRODUCTS/io.sekisho.product/linux/gtk/x86_64/sekisho"
SDK="$ROOT/releng/io.sekisho.product/target/repository"
VENDOR="$ROOT/examples/vendor"
VENDOR_REPO="$VENDOR/jp.co.samplemedical.sekisho.repository/target/repository"
FEATURE=jp.co.samplemedical.sekisho.feature.feature.group
# shellcheck source=jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(pick_jdk) || exit 3
export JAVA_HOME

passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "vendor check ok:     $name"
  else failed=$((failed + 1)); echo "vendor check FAILED: $name"; fi
}

echo "vendor check: building examples/vendor against $SDK"
if "$ROOT/mvnw" -B -q -f "$VENDOR/pom.xml" clean verify "-Dsekisho.repository=file:$SDK"; then
  passed=$((passed + 1)); echo "vendor check ok:     examples/vendor builds against the update site and its tests pass"
else
  failed=$((failed + 1)); echo "vendor check FAILED: examples/vendor builds against the update site and its tests pass"
  echo "vendor checks: $passed passed, $failed failed"
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$LINUX" "$work/sekisho"
# the vendor is installed into the copy only: the product it was copied from stays as it is
find "$LINUX" -printf '%p %s %T@\n' | sort >"$work/original-before.txt"
sekishoc="$work/sekisho/sekishoc"
facility="$work/hospital.sekisho"
"$sekishoc" demo --out "$facility" >/dev/null
# the demo hospital with one of the vendor's CTs under remote maintenance and its gateway without a source restriction
python3 - "$facility" <<'PY'
import sys, re, uuid
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
first = re.search(r"^(\s*)<devices ", text, re.M)
indent = first.group(1)
lines = [
    f'{indent}<devices id="{uuid.uuid4()}" name="CT-02" category="MEDICAL_DEVICE" manufacturer="Sample Medical" model="SM-CT 200" remoteMaintenance="true" firmwareVersion="SM-OS 3.2 build 41"/>\n',
    f'{indent}<devices id="{uuid.uuid4()}" name="SMLINK-01" category="NETWORK_DEVICE" manufacturer="Sample Medical" model="SM-Link"/>\n',
]
text = text[:first.start()] + "".join(lines) + text[first.start():]
open(path, "w", encoding="utf-8").write(text)
PY

effects() { # present|absent: what the vendor bundle adds, as the product shows it
  local want=$1 ok=0
  local help suggest analysis firmware
  help=$("$sekishoc" -nl ja help 2>&1)
  suggest=$("$sekishoc" -nl ja checklist suggest "$facility" 2>&1)
  analysis=$("$sekishoc" -nl ja netmap analyze "$facility" 2>&1)
  firmware=$("$sekishoc" -nl ja firmware match "$facility" 2>&1 | grep 'CT-02' | head -1)
  "$sekishoc" -nl ja workbook export "$facility" --out "$work/handover.xlsx" >/dev/null 2>&1 || true
  if [ "$want" = present ]; then
    check "installed: sekishoc help lists the vendor's subcommand" grep -q 'samplemedical' <<<"$help"
    check "installed: the vendor's subcommand lists its devices" \
      bash -c "'$sekishoc' -nl ja samplemedical devices '$facility' | grep -q 'CT-02'"
    check "installed: the vendor's subcommand has sekishoc's --help, with the vendor's Japanese texts" \
      bash -c "'$sekishoc' -nl ja samplemedical devices --help | grep -q '使い方: sekishoc samplemedical devices' && '$sekishoc' -nl ja help samplemedical devices | grep -q '当社の機器'"
    check "installed: a wrong command line of the vendor's subcommand is sekishoc's usage error (exit 2)" \
      bash -c "'$sekishoc' samplemedical devices >/dev/null 2>&1; [ \$? -eq 2 ]"
    check "installed: checklist suggest shows the vendor's evaluator (SM-Link without source restriction)" \
      grep -q 'SM-Link ゲートウェイ SMLINK-01' <<<"$suggest"
    check "installed: the exported workbook holds the vendor's sheet 保守作業記録" \
      bash -c "unzip -p '$work/handover.xlsx' xl/workbook.xml | grep -q '保守作業記録'"
    check "installed: netmap analyze reports the vendor's rule SAMPLEMEDICAL-1" grep -q 'SAMPLEMEDICAL-1' <<<"$analysis"
    check "installed: the firmware register identifies the vendor's CT from its catalog (not 製品不明)" \
      bash -c "[ -n \"\$0\" ] && ! grep -q '製品不明' <<<\"\$0\"" "$firmware"
  else
    check "removed: sekishoc help no longer lists the vendor's subcommand" bash -c "! grep -q 'samplemedical' <<<\"\$0\"" "$help"
    check "removed: checklist suggest no longer shows the vendor's evaluator" bash -c "! grep -q 'SM-Link ゲートウェイ SMLINK-01' <<<\"\$0\"" "$suggest"
    check "removed: the exported workbook has no vendor sheet" \
      bash -c "! unzip -p '$work/handover.xlsx' xl/workbook.xml | grep -q '保守作業記録'"
    check "removed: netmap analyze no longer reports SAMPLEMEDICAL-1" bash -c "! grep -q 'SAMPLEMEDICAL-1' <<<\"\$0\"" "$analysis"
    check "removed: the vendor's CT is 製品不明 again" grep -q '製品不明' <<<"$firmware"
  fi
  return $ok
}

check "before: the product does not know the vendor" bash -c "! '$sekishoc' help 2>&1 | grep -q samplemedical"
check "sekishoc vendors add installs the vendor repository" bash -c "'$sekishoc' vendors add '$VENDOR_REPO' >'$work/add.log' 2>&1 || { cat '$work/add.log'; false; }"
check "sekishoc vendors list names the vendor feature" bash -c "'$sekishoc' vendors list 2>/dev/null | grep -q '${FEATURE%.feature.group}'"
effects present
check "sekishoc vendors remove uninstalls it" bash -c "'$sekishoc' vendors remove '$FEATURE' >'$work/remove.log' 2>&1 || { cat '$work/remove.log'; false; }"
effects absent
check "a folder that is no repository is refused with exit 1" bash -c "'$sekishoc' vendors add '$work' >/dev/null 2>&1; [ \$? -eq 1 ]"
find "$LINUX" -printf '%p %s %T@\n' | sort >"$work/original-after.txt"
check "the product the copy was made from is unchanged (the vendor went into the copy)" \
  diff -q "$work/original-before.txt" "$work/original-after.txt"

echo "vendor checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
