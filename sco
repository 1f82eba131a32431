#!/usr/bin/env bash
# sco-kg launcher: builds the jar when it is missing or older than the sources, then runs it.
# The build runs in the project directory; the command runs in the directory it was typed in, so
# that the paths given to it (and the defaults run/tdb2, data/articles, queries/) are relative to that.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/sco-kg.jar"
if [ ! -f "$jar" ] || [ -n "$(cd "$here" && find pom.xml src/main data/lexicon data/reference data/bench ontology queries -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "sco: building $jar (mvn package) ..." >&2
  (cd "$here" && mvn -B -q -DskipTests package >&2) || { echo "sco: the build failed; run 'mvn -B package' in $here to see why" >&2; exit 1; }
fi
exec java ${SCO_JAVA_OPTS:--Xmx2g} -jar "$jar" "$@"
