#!/usr/bin/env bash
# Fills the product's shared configuration (sekisho/configuration/, read-only for the user, the parent of the user's
# configuration folder) with what Equinox otherwise builds on the user's first start: the resolved framework state and
# the extension registry cache. Runs the product's own Java with -initialize (the platform starts, resolves and
# caches, then exits without opening a window). Called by releng/io.sekisho.product/pom.xml after jlink-runtime.sh.
# Usage: initialize-configuration.sh PRODUCT_DIR
set -euo pipefail
PRODUCT=$1
[ -x "$PRODUCT/jre/bin/java" ] || { echo "initialize-configuration: no runtime in $PRODUCT/jre" >&2; exit 1; }
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
# a throw-away home: nothing of the build user's ends up in the product
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
env HOME="$HOME_DIR" XDG_CACHE_HOME="$HOME_DIR/.cache" "$PRODUCT/jre/bin/java" -Djava.awt.headless=true \
  -jar "$LAUNCHER" -initialize -configuration "$PRODUCT/configuration" -name Sekisho -data "$HOME_DIR/workspace" >"$HOME_DIR/out.txt" 2>&1 || {
  cat "$HOME_DIR/out.txt" >&2; exit 1; }
for cache in org.eclipse.osgi/framework.info.1 org.eclipse.core.runtime/.mainData.1; do
  ls "$PRODUCT/configuration/${cache%.1}".* >/dev/null 2>&1 || { echo "initialize-configuration: no $cache written" >&2; exit 1; }
done
# no logs of the run in the product
rm -f "$PRODUCT"/configuration/*.log
echo "initialize-configuration: framework state and registry cache in $PRODUCT/configuration"
