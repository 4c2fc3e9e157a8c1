# Sourced by ./mvnw, ./sightline and .ci/run: picks a Java 21+ so that one rule decides everywhere.
# Order: $JAVA_HOME if it is 21+, then the newest 21+ JDK under /usr/lib/jvm. On success JAVA_HOME
# is exported; otherwise sightline_java_error holds a one-line message and the function returns 1.

sightline_java_major() {
  # Prints the feature version of the java at $1/bin/java, or nothing. The JDK's release file says
  # it without starting a JVM (that costs a tenth of a second at every start); Java itself is asked
  # only when there is no such file.
  [ -x "$1/bin/java" ] || return 0
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$1/release" | head -n 1)
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

sightline_find_java() {
  sightline_java_error=""
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(sightline_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then export JAVA_HOME; return 0; fi
  fi
  best=""; bestv=0
  # Callers may run with globbing off (mvnw uses set -f); it is needed for this one loop.
  case $- in *f*) sightline_noglob=1; set +f ;; *) sightline_noglob=0 ;; esac
  for d in /usr/lib/jvm/*; do
    [ -d "$d" ] || continue
    [ -L "$d" ] && continue
    v=$(sightline_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ "$sightline_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then JAVA_HOME="$best"; export JAVA_HOME; return 0; fi
  sightline_java_error="Sightline needs Java 21 or newer (a JDK to build): set JAVA_HOME to one or install one under /usr/lib/jvm${JAVA_HOME:+ (JAVA_HOME=$JAVA_HOME is older)}."
  return 1
}
