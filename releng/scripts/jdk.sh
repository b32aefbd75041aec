# Shared by ./mvnw and ./sekisho (sourced): finds a JDK >= $MIN_JAVA.
# JAVA_HOME when it qualifies, else the newest JDK under /usr/lib/jvm.
MIN_JAVA=${MIN_JAVA:-21}

java_major() { # prints the feature version of the JDK at $1, or 0
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${v:-0}" | sed 's/^1\.//; s/\..*//'
}

pick_jdk() { # prints the JDK folder, or explains what to install and returns 3
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge "$MIN_JAVA" ]; then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -L "$d" ] && continue
    v=$(java_major "$d")
    if [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ "$best_v" -ge "$MIN_JAVA" ]; then echo "$best"; return 0; fi
  echo "Sekisho needs a JDK $MIN_JAVA or newer (JAVA_HOME or /usr/lib/jvm): none found." >&2
  echo "Install one, for example: apt-get install openjdk-21-jdk-headless (or a Temurin JDK 25), or point JAVA_HOME to it." >&2
  return 3
}
