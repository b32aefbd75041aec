#!/usr/bin/env bash
# Checks the handover workbook with another program than ours, LibreOffice, run headless:
#   1. the built product's sekishoc writes the demo facility and exports its workbook in Japanese and English;
#   2. LibreOffice converts each workbook to PDF (a workbook it cannot load, or would have to repair, gives no PDF);
#   3. the answers typed into the demo workbook with LibreOffice are read back by sekishoc (dry run);
#   4. an encrypted export (AES-256/SHA-512 agile) is opened by LibreOffice with its password;
#   5. the printed workbook: every chart series has its own fill, no certainty marker and every checklist item
#      text whole in the PDF's text (workbook-pdf.py), and the PDF pages rendered as PNG pictures (pdftoppm).
# Usage: workbook-check.sh [PRODUCT_DIR] [--pages DIR]   (default: the materialized Linux product of this checkout;
#        --pages keeps the rendered pages of the Japanese and English demo workbook in DIR, e.g. docs/workbook)
# Needs: soffice, python3-uno, pdftoppm/pdftotext, openpyxl
#        (apt-get install --no-install-recommends libreoffice-calc-nogui python3-uno poppler-utils python3-openpyxl
#        fonts-crosextra-carlito: without Calibri or Carlito LibreOffice measures columns with a wider font).
# Exit: 0 all checks passed, 1 a check failed, 3 something needed is missing.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PRODUCT=$ROOT/releng/io.sekisho.product/target/products/io.sekisho.product/linux/gtk/x86_64/sekisho
PAGES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES=$2; shift 2 ;;
    *) PRODUCT=$1; shift ;;
  esac
done
# shellcheck source=jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
JAVA_HOME=$(pick_jdk) || exit 3
export JAVA_HOME

[ -x "$PRODUCT/sekishoc" ] || { echo "workbook check: no product at $PRODUCT (build it with ./mvnw verify)" >&2; exit 3; }
command -v soffice >/dev/null || {
  echo "workbook check: soffice missing: apt-get install --no-install-recommends libreoffice-calc-nogui python3-uno" >&2; exit 3; }
command -v pdftoppm >/dev/null || {
  echo "workbook check: pdftoppm missing: apt-get install --no-install-recommends poppler-utils" >&2; exit 3; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "workbook check ok:     $name"
  else failed=$((failed + 1)); echo "workbook check FAILED: $name"; fi
}

is_pdf() { [ -s "$1" ] && [ "$(head -c 5 "$1")" = "%PDF-" ]; }

to_pdf() { # xlsx -> pdf next to it; soffice exits 0 even when it cannot load a file, so the PDF is the verdict
  local xlsx=$1
  timeout 180 soffice --headless --norestore -env:UserInstallation="file://$WORK/lo-profile" \
    --convert-to pdf --outdir "$WORK" "$xlsx" >"$WORK/soffice.log" 2>&1
  is_pdf "${xlsx%.xlsx}.pdf" || { cat "$WORK/soffice.log" >&2; return 1; }
}

# every sekishoc run gets a time limit: a hang (as with POI's Log4j startup lock before io.sekisho.logging) fails
sekishoc() { timeout 300 "$PRODUCT/sekishoc" "$@"; }

check "sekishoc demo writes the demo facility" sekishoc demo --out "$WORK/demo.sekisho"
for lang in ja en; do
  check "sekishoc workbook export --lang $lang" \
    sekishoc workbook export "$WORK/demo.sekisho" --out "$WORK/handover-$lang.xlsx" --lang "$lang"
  check "LibreOffice converts the $lang workbook to PDF" to_pdf "$WORK/handover-$lang.xlsx"
done

# the LibreOffice-filled workbook was exported from the demo as it stood in FY2025 (R7 only)
check "sekishoc demo --fiscal-year 2025 writes last year's demo" sekishoc demo --out "$WORK/demo-r7.sekisho" --fiscal-year 2025
check "sekishoc checklist carry-over starts R8 from last year's R7 answers" bash -c \
  "cp '$WORK/demo-r7.sekisho' '$WORK/demo-carry.sekisho' && timeout 300 '$PRODUCT/sekishoc' checklist carry-over '$WORK/demo-carry.sekisho' --to mhlw-r8 | grep -q 'mhlw-r8'"
# python3-uno and openpyxl belong to the system Python, not to one a version manager puts first on the PATH
PYTHON=${PYTHON:-/usr/bin/python3}
render() { # lang: the PDF's pages as PNG pictures (72 dpi: a page is readable, the pictures stay small)
  local lang=$1 out=$WORK/pages-$1
  mkdir -p "$out"
  pdftoppm -r 72 -png "$WORK/handover-$lang.pdf" "$out/handover-$lang" || return 1
  [ -n "$(ls "$out")" ] || return 1
  if [ -n "$PAGES" ]; then
    mkdir -p "$PAGES" && rm -f "$PAGES"/handover-"$lang"-*.png && cp "$out"/*.png "$PAGES"/
  fi
}
for lang in ja en; do
  check "the printed $lang workbook: filled charts, whole item texts, no markers" \
    "$PYTHON" "$ROOT/releng/scripts/workbook-pdf.py" check "$WORK/handover-$lang.xlsx" "$WORK/handover-$lang.pdf"
  check "the $lang PDF renders as PNG pages" render "$lang"
done
check "sekishoc workbook import-answers reads the LibreOffice-filled demo workbook (dry run)" bash -c \
  "timeout 300 '$PRODUCT/sekishoc' workbook import-answers '$WORK/demo-r7.sekisho' \
     '$ROOT/bundles/io.sekisho.workbook.tests/resources/libreoffice/demo-filled.xlsx' --dry-run | grep -q 'D[0-9]'"

# a random password Sekisho's own password check accepts (letters only: no year, no facility word)
password="Wb#$(tr -dc 'A-Za-z' </dev/urandom | head -c 16)-$(tr -dc '2-9' </dev/urandom | head -c 3)!"
check "sekishoc workbook export --encrypt (password on stdin)" bash -c \
  "printf '%s\n' '$password' | timeout 300 '$PRODUCT/sekishoc' workbook export '$WORK/demo.sekisho' --out '$WORK/encrypted.xlsx' --encrypt"
if "$PYTHON" -c 'import uno' 2>/dev/null; then
  check "LibreOffice opens the encrypted workbook with its password" bash -c \
    "printf '%s\n' '$password' | timeout 180 '$PYTHON' '$ROOT/releng/scripts/workbook-libreoffice.py' open-encrypted '$WORK/encrypted.xlsx' | grep -q '取扱注意'"
else
  echo "workbook check: python3-uno missing, encrypted workbook not opened with LibreOffice" >&2
  failed=$((failed + 1))
fi

echo "workbook checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
