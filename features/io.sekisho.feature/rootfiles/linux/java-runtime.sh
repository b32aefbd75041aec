# Sourced by sekisho and sekishoc: finds a Java 21 or newer and the user's configuration folder.
# Java, in this order: the runtime shipped in the product (jre/), JAVA_HOME, java on the PATH, then the newest
# JDK in the usual places (SEKISHO_JDK_DIRS overrides them, separated by ":"). Without one it says, in the user's
# language, which Java is needed and where to get it, and exits 3.
# The install folder is never written to: the OSGi configuration cache and the logs of sekishoc live in
# ${XDG_CACHE_HOME:-~/.cache}/sekisho/<install>/ (the product's configuration/ is read as the shared, read-only
# configuration).
SEKISHO_MIN_JAVA=21

sekisho_java_version() { # prints the feature version of the java at $1, 0 when it is no usable java
  [ -x "$1" ] || { echo 0; return; }
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  v=${v#1.}
  echo "${v%%.*}" | grep -E '^[0-9]+$' || echo 0
}

sekisho_find_java() { # sets JAVA_BIN or explains and exits 3
  # the runtime made for this product with jlink: no version check needed
  if [ -x "$DIR/jre/bin/java" ]; then JAVA_BIN=$DIR/jre/bin/java; return 0; fi
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] || continue
    if [ "$(sekisho_java_version "$candidate")" -ge "$SEKISHO_MIN_JAVA" ]; then JAVA_BIN=$candidate; return 0; fi
  done
  best="" best_v=0
  dirs=${SEKISHO_JDK_DIRS:-/usr/lib/jvm:/usr/java:/opt/java:$HOME/.sdkman/candidates/java:$HOME/.jdks}
  old_ifs=$IFS; IFS=:
  for parent in $dirs; do
    IFS=$old_ifs
    for home in "$parent"/*; do
      [ -x "$home/bin/java" ] || continue
      v=$(sekisho_java_version "$home/bin/java")
      if [ "$v" -gt "$best_v" ]; then best=$home/bin/java; best_v=$v; fi
    done
  done
  IFS=$old_ifs
  if [ "$best_v" -ge "$SEKISHO_MIN_JAVA" ]; then JAVA_BIN=$best; return 0; fi
  found=$(command -v java 2>/dev/null)
  found_v=$([ -n "$found" ] && sekisho_java_version "$found" || echo 0)
  case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
    ja*) echo "Sekisho には Java ${SEKISHO_MIN_JAVA} 以降が必要です。見つかったのは $([ "$found_v" -gt 0 ] && echo "Java $found_v（$found）" || echo "なし") です。" >&2
         echo "Java ${SEKISHO_MIN_JAVA} 以降（例: Eclipse Temurin 21（Adoptium）、または apt install openjdk-21-jre）を入れ、JAVA_HOME にその場所を設定してください。" >&2 ;;
    *)   echo "Sekisho needs Java ${SEKISHO_MIN_JAVA} or newer; found $([ "$found_v" -gt 0 ] && echo "Java $found_v ($found)" || echo "none")." >&2
         echo "Install Java ${SEKISHO_MIN_JAVA}+ (for example Eclipse Temurin 21 from Adoptium, or apt install openjdk-21-jre) and set JAVA_HOME to it." >&2 ;;
  esac
  exit 3
}

sekisho_configuration() { # prints the user's configuration folder of this install
  key=$(printf '%s' "$DIR" | cksum | cut -d' ' -f1)
  echo "${XDG_CACHE_HOME:-$HOME/.cache}/sekisho/$key/configuration"
}

sekisho_find_java
SEKISHO_CONFIGURATION=$(sekisho_configuration)
mkdir -p "$SEKISHO_CONFIGURATION" 2>/dev/null

# The product's class data archive (jre/lib/server/sekisho.jsa, written at build time by a training start of the rich
# client, releng/scripts/class-archive.sh): the bundles' classes are mapped from it instead of read and verified one by
# one (first window 3.1 s -> 2.1 s, medians of ten first starts; sekishoc help 2.0 -> 1.2 s). Only with the runtime it was made with. The JVM
# checks the archive against the launcher jar's size and time: an install that does not keep the files' times starts
# without it, slower but the same. The start scripts name the install folder (-Dosgi.install.area): the launcher would
# otherwise take it from where its own class came from, which for a class from the archive is the folder of the build.
# The JVM's own warnings (such as an archive it cannot use) go to stderr, never into
# what sekishoc prints on stdout.
SEKISHO_CLASS_SHARING=-Xshare:auto
if [ "$JAVA_BIN" = "$DIR/jre/bin/java" ] && [ -f "$DIR/jre/lib/server/sekisho.jsa" ]; then
  SEKISHO_CLASS_SHARING="-XX:SharedArchiveFile=$DIR/jre/lib/server/sekisho.jsa"
fi
SEKISHO_JVM_LOG="-Xlog:disable -Xlog:all=warning:stderr"
