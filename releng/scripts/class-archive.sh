#!/usr/bin/env bash
# Writes the class data archive of the Linux product (sekisho/jre/lib/server/sekisho.jsa): the classes one start of
# the rich client loads (the platform's, SWT's, EMF's, Sekisho's, from the bundles' class loaders), parsed and
# verified once here. The start script maps it, so the JVM neither parses nor verifies those classes again: measured,
# the first window 3.1 s -> 2.1 s (medians of ten first starts of one product without and with it; the note of the
# lead's fifth session, docs/session-notes/lead-5.md). A class whose bytes differ from the
# archived ones (an updated or a vendor's bundle) is loaded from its bundle as usual, so the archive never goes wrong,
# only stale. Made by a real start of the product (a training start, with -XX:ArchiveClassesAtExit) on a throw-away
# home and workspace: the window opens, the demo opens, then the client is stopped and the JVM writes the archive.
# Needs a display: DISPLAY, else an Xvfb of its own; without either the product is built without the archive and
# starts slower. Called by releng/io.sekisho.product/pom.xml after initialize-configuration.sh.
# Usage: class-archive.sh PRODUCT_DIR
set -euo pipefail
PRODUCT=$1
ARCHIVE="$PRODUCT/jre/lib/server/sekisho.jsa"
[ -x "$PRODUCT/jre/bin/java" ] || { echo "class-archive: no runtime in $PRODUCT/jre" >&2; exit 1; }
# the archive of an earlier build takes no part in the training start
rm -f "$ARCHIVE"
WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "class-archive: WARNING no display and no Xvfb: the product is built without its class archive (slower start)" >&2
    exit 0
  fi
  for n in $(seq 130 160); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
  done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

log="$WORK/out.txt"
# the product's own start script and options (the archive is only used with the same heap and runtime)
SEKISHO_JAVA_OPTS="-XX:ArchiveClassesAtExit=$ARCHIVE -Dsekisho.startup.log=true" \
  env -u JAVA_HOME HOME="$WORK" XDG_CACHE_HOME="$WORK/.cache" "$PRODUCT/sekisho" -data "$WORK/workspace" -nl ja \
  >"$log" 2>&1 &
pid=$!
done_line=""
for _ in $(seq 1 1200); do   # at most 2 minutes (a loaded build machine)
  if grep -q 'SEKISHO-STARTUP-DONE' "$log"; then done_line=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$done_line" ]; then
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "class-archive: the training start of the rich client did not open its window and the demo:" >&2
  tail -30 "$log" >&2
  exit 1
fi
# the demo's pages and the background jobs of the first minute (validation, dashboard) load their classes too
sleep 3
kill -TERM "$pid"
# the JVM writes the archive as it exits (a few seconds); a client that does not exit within a minute is killed
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  kill -KILL "$pid" 2>/dev/null || true
  echo "class-archive: the training start did not exit within a minute of SIGTERM" >&2
  exit 1
fi
wait "$pid" 2>/dev/null || true
[ -s "$ARCHIVE" ] || { echo "class-archive: the JVM wrote no archive" >&2; tail -30 "$log" >&2; exit 1; }
# the rich client's log of the training start stays out of the product
rm -f "$PRODUCT"/configuration/*.log
echo "class-archive: $(du -h "$ARCHIVE" | cut -f1) archive of the classes of one start in ${ARCHIVE#"$PRODUCT"/}"
