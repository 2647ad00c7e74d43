#!/usr/bin/env bash
# Query latency of the embedded Lucene search engine: 12 counties × 10,000 articles, p50/p99 of
# county and city searches (see README.md, "Site search"). Usage, from any folder:
#   deploy/bench/search.sh [articles-per-county] [queries-per-scope]
# ENGINE=opensearch: the same against OpenSearch, started here (deploy/lib/opensearch.sh, port BENCH_OS_PORT,
# 9270; data in .data/bench/opensearch, wiped) and stopped at the end.
# Needs the project built (./mvnw -B -q install -DskipTests); runs offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
ENGINE_ARGS=()
if [ "${ENGINE:-lucene}" = opensearch ]; then
    source deploy/lib/opensearch.sh
    OS_PORT=${BENCH_OS_PORT:-9270}
    OS_DATA=.data/bench/opensearch
    os_ensure_dist .data/opensearch
    os_stop "$OS_DATA"
    rm -rf "$OS_DATA"
    trap 'rm -f "$CP_FILE"; os_stop "$OS_DATA"' EXIT
    os_start .data/opensearch "$OS_DATA" "$OS_PORT"
    ENGINE_ARGS=(-Dbench.engine=opensearch "-Dbench.opensearch.url=http://127.0.0.1:$OS_PORT")
fi
./mvnw -B -q -o dependency:build-classpath -pl platform-core -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="platform-core/target/classes:$(cat "$CP_FILE")"
java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager "${ENGINE_ARGS[@]}" -cp "$CP" deploy/bench/SearchBench.java "${1:-10000}" "${2:-300}" \
    platform-core/src/main/resources/seed/demo-content.json
