#!/usr/bin/env bash
# Query latency of the embedded Lucene search engine: 12 counties × 10,000 articles, p50/p99 of
# county and city searches (see README.md, "Site search"). Usage, from any folder:
#   deploy/bench/search.sh [articles-per-county] [queries-per-scope]
# Needs the project built (./mvnw -B -q install -DskipTests); runs offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -o dependency:build-classpath -pl platform-core -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="platform-core/target/classes:$(cat "$CP_FILE")"
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" deploy/bench/SearchBench.java "${1:-10000}" "${2:-300}" \
    platform-core/src/main/resources/seed/demo-content.json
