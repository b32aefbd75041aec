#!/usr/bin/env bash
# Checks of the built product archives, run by ./sekisho test after the Maven build:
# the headless command line's exit codes, the contents of both archives, the update site, and a real start of
# the rich client (needs DISPLAY) with the time to its first window and a clean workspace log.
# The product is checked as a user gets it: a read-only copy of the Linux product, started with a Java 17 first
# on the PATH and no JAVA_HOME (it must start on its own jre/), which must not write into its install folder;
# and its start script without a runtime must say which Java it needs.
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
# a Java older than Sekisho needs, first on the PATH of every product start below
OLD_JAVA=${OLD_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64}
WORK=$(mktemp -d)
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
# the read-only copy (as root the mode bits do not stop writes: the copy is also compared before and after)
RO="$WORK/ro/sekisho"
mkdir -p "$WORK/ro" && cp -a "$LINUX" "$RO" && chmod -R a-w "$RO"
find "$RO" -printf '%p %s %T@\n' | sort >"$WORK/before.txt"
# and the product it was copied from, which the copy must not write to either (a copy whose class archive named the
# build's folder as its install folder once did)
find "$LINUX" -printf '%p %s %T@\n' | sort >"$WORK/original-before.txt"
USER_HOME="$WORK/home"
mkdir -p "$USER_HOME"
# a user's environment: Java 17 first on the PATH, no JAVA_HOME, an own home for the configuration folder
as_user() { env -u JAVA_HOME HOME="$USER_HOME" XDG_CACHE_HOME="$USER_HOME/.cache" PATH="$OLD_JAVA/bin:$PATH" "$@"; }
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

check "$OLD_JAVA/bin/java is a Java 17 (the old Java of these checks)" \
  bash -c "'$OLD_JAVA/bin/java' -version 2>&1 | grep -q 'version \"17'"
check "sekishoc version exits 0 and prints the version (read-only copy, Java 17 first on the PATH)" \
  as_user bash -c "'$RO/sekishoc' version | grep -q '^Sekisho [0-9]'"
check "sekishoc bogus exits 2" exit_code_is 2 as_user "$RO/sekishoc" bogus
check "sekishoc bogus prints usage on stderr" \
  as_user bash -c "'$RO/sekishoc' bogus 2>&1 >/dev/null | grep -q 'sekishoc'"
check "sekishoc workbook export --help explains its options (exit 0, Japanese under -nl ja)" \
  as_user bash -c "'$RO/sekishoc' -nl ja workbook export --help | grep -q -- '--out=OUT.xlsx' && '$RO/sekishoc' -nl ja workbook export --help | grep -q '書き出すブック'"
check "a misspelt option is named and exits 2 (--otu)" \
  as_user bash -c "'$RO/sekishoc' -nl en demo --otu x.sekisho 2>&1 >/dev/null | grep -q 'unknown option \"--otu\"'"
check "the OSGi configuration went to the user's folder" \
  bash -c "ls -d '$USER_HOME'/.cache/sekisho/*/configuration/org.eclipse.osgi >/dev/null 2>&1"
# the start script alone, without the product's runtime and with no Java 21 anywhere it looks
mkdir -p "$WORK/nojre" && cp "$LINUX/sekishoc" "$LINUX/java-runtime.sh" "$WORK/nojre/"
check "without a Java 21 sekishoc exits 3 and says which Java it needs (Japanese)" bash -c \
  "as_user() { env -u JAVA_HOME HOME='$USER_HOME' PATH='$OLD_JAVA/bin:$PATH' SEKISHO_JDK_DIRS=/nonexistent LANG=ja_JP.UTF-8 \"\$@\"; }
   out=\$(as_user '$WORK/nojre/sekishoc' version 2>&1); rc=\$?; [ \$rc -eq 3 ] && grep -q 'Java 21 以降' <<<\"\$out\" && grep -q 'Java 17' <<<\"\$out\""
check "without a Java 21 sekishoc says it in English outside a Japanese locale" bash -c \
  "env -u JAVA_HOME PATH='$OLD_JAVA/bin:$PATH' SEKISHO_JDK_DIRS=/nonexistent LANG=C '$WORK/nojre/sekishoc' version 2>&1 | grep -q 'needs Java 21 or newer'"

zip_list=$(unzip -l "$PRODUCTS/sekisho-win32.win32.x86_64.zip" 2>/dev/null)
check "Windows archive holds the SWT win32 fragment" grep -q 'plugins/org.eclipse.swt.win32.win32.x86_64_' <<<"$zip_list"
check "Windows archive holds sekisho.cmd and sekishoc.cmd" \
  bash -c "grep -q 'sekisho/sekisho.cmd' <<<\"\$0\" && grep -q 'sekisho/sekishoc.cmd' <<<\"\$0\"" "$zip_list"
tar_list=$(tar -tzf "$PRODUCTS/sekisho-linux.gtk.x86_64.tar.gz" 2>/dev/null)
check "Linux archive holds sekisho and sekishoc" \
  bash -c "grep -qx 'sekisho/sekisho' <<<\"\$0\" && grep -qx 'sekisho/sekishoc' <<<\"\$0\"" "$tar_list"
check "Linux archive holds the Java runtime (jre/bin/java, executable)" \
  bash -c "tar -tvzf '$PRODUCTS/sekisho-linux.gtk.x86_64.tar.gz' | grep -E '^-rwx.* sekisho/jre/bin/java$' >/dev/null"
check "Windows archive holds java-runtime.cmd" grep -q 'sekisho/java-runtime.cmd' <<<"$zip_list"
check "update site lists the Sekisho features" \
  bash -c "unzip -p '$ROOT'/releng/io.sekisho.product/target/repository/content.jar | grep -q 'io.sekisho.ui.feature.feature.group'"

check "Linux runtime holds its class data sharing archive (jlink --generate-cds-archive)" test -f "$LINUX/jre/lib/server/classes.jsa"
check "Linux runtime holds the class archive of a rich client start (class-archive.sh), valid for that runtime, with the workbench's and Sekisho's classes" bash -c \
  "cd '$RO' && jre/bin/java -XX:SharedArchiveFile=jre/lib/server/sekisho.jsa -XX:+PrintSharedArchiveAndExit -jar plugins/org.eclipse.equinox.launcher_*.jar >'$WORK/archive.txt' 2>&1;
   grep -q 'archive is valid' '$WORK/archive.txt' && grep -q 'org.eclipse.ui.internal.Workbench unregistered_loader' '$WORK/archive.txt' && grep -q 'io.sekisho.ui.internal.SekishoWorkbenchAdvisor unregistered_loader' '$WORK/archive.txt'"
check "the Linux product's launcher and framework jars carry no signature (UnsignJars.java: the JVM loads them itself)" bash -c \
  "for j in '$RO'/plugins/org.eclipse.equinox.launcher_*.jar '$RO'/plugins/org.eclipse.osgi_*.jar; do ! unzip -l \"\$j\" | grep -qE 'META-INF/[^/]+\\.(SF|RSA|DSA|EC)\$' || exit 1; done"
check "sekishoc maps the bundles' classes from that archive (read-only copy)" bash -c \
  "env -u JAVA_HOME HOME='$USER_HOME' XDG_CACHE_HOME='$USER_HOME/.cache' SEKISHO_JAVA_OPTS='-Xlog:class+load=info:file=$WORK/classes.txt' '$RO/sekishoc' version >/dev/null 2>&1;
   grep -q 'org.eclipse.core.internal.registry.ExtensionRegistry source: shared objects file (top)' '$WORK/classes.txt'"
check "Linux product's shared configuration holds the framework state and registry cache (-initialize)" bash -c \
  "ls '$LINUX'/configuration/org.eclipse.osgi/framework.info.* '$LINUX'/configuration/org.eclipse.core.runtime/.mainData.* >/dev/null 2>&1"
check "the product holds no NatTable, eclipse-collections or slf4j (nothing uses them)" \
  bash -c "! ls '$LINUX/plugins' | grep -q -E 'nattable|org\.eclipse\.collections|slf4j'"

if [ -n "${DISPLAY:-}" ]; then
  # the first start after install (a user with no configuration folder yet), then a second start
  FIRST_HOME="$WORK/first-home"
  mkdir -p "$FIRST_HOME"
  ws=$(mktemp -d)
  for run in first second; do
    log=$(mktemp)
    start=$(date +%s%3N)
    # env execs the start script, which execs java: $! is the rich client's process
    SEKISHO_JAVA_OPTS="-Dsekisho.startup.log=true" env -u JAVA_HOME HOME="$FIRST_HOME" XDG_CACHE_HOME="$FIRST_HOME/.cache" \
      PATH="$OLD_JAVA/bin:$PATH" "$RO/sekisho" -data "$ws" >"$log" 2>&1 &
    pid=$!
    opened=""
    for _ in $(seq 1 600); do
      if grep -q 'SEKISHO-WINDOW-OPEN' "$log"; then opened=$(grep -m1 -o 'SEKISHO-WINDOW-OPEN [0-9]*' "$log" | cut -d' ' -f2); break; fi
      kill -0 $pid 2>/dev/null || break
      sleep 0.1
    done
    check "rich client opens its window, $run start (read-only copy, Java 17 first on the PATH)" test -n "$opened"
    [ -n "$opened" ] && echo "time to first window, $run start: $((opened - start)) ms"
    sleep 2
    kill $pid 2>/dev/null; wait $pid 2>/dev/null
    rm -f "$log"
  done
  check "workspace log holds no exception" bash -c "! grep -qi 'exception' '$ws/.metadata/.log' 2>/dev/null"
  [ -f "$ws/.metadata/.log" ] && grep -i -m5 -B2 'exception' "$ws/.metadata/.log"
  rm -rf "$ws"
fi

find "$RO" -printf '%p %s %T@\n' | sort >"$WORK/after.txt"
check "nothing was written into the read-only install folder" diff -q "$WORK/before.txt" "$WORK/after.txt"
find "$LINUX" -printf '%p %s %T@\n' | sort >"$WORK/original-after.txt"
check "nothing was written into the product the copy was made from" diff -q "$WORK/original-before.txt" "$WORK/original-after.txt"

echo "product checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
