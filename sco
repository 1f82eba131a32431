#!/usr/bin/env bash
# sco-kg launcher: builds the jar when it is missing or older than the sources, then runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/sco-kg.jar"
cd "$here"
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main data/lexicon data/reference ontology queries -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "sco: building $jar (mvn package) ..." >&2
  mvn -B -q -DskipTests package >&2 || { echo "sco: the build failed; run 'mvn -B package' to see why" >&2; exit 1; }
fi
exec java ${SCO_JAVA_OPTS:--Xmx2g} -jar "$jar" "$@"
