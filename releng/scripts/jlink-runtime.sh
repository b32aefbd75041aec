#!/usr/bin/env bash
# Makes the Java runtime shipped in the Linux product (sekisho/jre/) with jlink from the build's JDK: only the
# modules Sekisho needs, without debug data, headers and man pages. Called by releng/io.sekisho.product/pom.xml
# after the products are materialized and before they are archived.
# Usage: jlink-runtime.sh JDK_HOME PRODUCT_DIR
set -euo pipefail
JDK=$1
PRODUCT=$2
[ -d "$PRODUCT" ] || { echo "jlink-runtime: no product at $PRODUCT" >&2; exit 1; }
# OSGi resolves classes at run time, so jdeps cannot list these: java.desktop for Batik (SVG) and POI's font
# and colour classes, java.sql for H2, java.naming/java.management for Equinox and Log4j, java.net.http for the
# feeds, jdk.localedata for Japanese dates and numbers, jdk.charsets for Shift_JIS files, jdk.crypto.ec (JDK 21)
# for TLS, jdk.unsupported for SWT, EMF and zxcvbn, jdk.zipfs and java.xml.crypto for POI.
WANTED=(java.base java.desktop java.logging java.management java.naming java.net.http java.prefs java.scripting
  java.security.jgss java.sql java.xml java.xml.crypto jdk.charsets jdk.crypto.ec jdk.localedata jdk.management
  jdk.net jdk.unsupported jdk.xml.dom jdk.zipfs)
AVAILABLE=$("$JDK/bin/java" --list-modules | sed 's/@.*//')
modules=()
for m in "${WANTED[@]}"; do
  grep -qx "$m" <<<"$AVAILABLE" && modules+=("$m")
done
rm -rf "$PRODUCT/jre"
# --generate-cds-archive: the runtime's class data sharing archive (lib/server/classes.jsa), which a jlinked runtime
# otherwise lacks: the JDK's own classes are mapped from it at start instead of read and verified from the
# (compressed) modules file, on the first start too (see the note of branch uitable for the start times)
"$JDK/bin/jlink" --add-modules "$(IFS=,; echo "${modules[*]}")" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --generate-cds-archive --output "$PRODUCT/jre"
# the archive for heaps over 32 GB: the start scripts set -Xmx2g, so it would never be used
rm -f "$PRODUCT/jre/lib/server/classes_nocoops.jsa"
echo "jlink-runtime: $("$PRODUCT/jre/bin/java" -version 2>&1 | head -1), ${#modules[@]} modules, $(du -sh "$PRODUCT/jre" | cut -f1)"
