#!/usr/bin/env bash
# Runs the Spark job in one JVM, local[N], without a Spark installation: Spark's own jars come from the local
# Maven repository (where building spark/ put them). Build first, from the repository root:
#   mvn -q install -DskipTests && mvn -q -f spark/pom.xml package -DskipTests
# Usage: spark/run-local.sh [--master local[N]] COMMAND ARGS...   (default master: local[*])
# Example: spark/run-local.sh --master 'local[2]' score ../shared/corpus/dev.tsv
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
master='local[*]'
if [ "${1:-}" = --master ]; then master=$2; shift 2; fi
jar=$here/target/linesift-spark.jar
[ -f "$jar" ] || { echo "run-local.sh: $jar is missing; build it first (see the top of this script)" >&2; exit 2; }
cp_file=$here/target/spark-classpath.txt
if [ ! -s "$cp_file" ] || [ "$here/pom.xml" -nt "$cp_file" ]; then
  # compile scope with Maven's dependency plugin = compile + provided: Spark and its dependencies
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$cp_file" >&2
  touch "$cp_file"
fi
# The JVM flags Spark needs on Java 17, kept in one place: the pom's spark.jvm.flags property
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$here/pom.xml")
# shellcheck disable=SC2086
exec env SPARK_LOCAL_IP=127.0.0.1 java ${JAVA_OPTS:--Xmx2g} $flags \
  -Dspark.master="$master" -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
  -cp "$jar:$(cat "$cp_file")" org.linesift.spark.Main "$@"
