#!/usr/bin/env bash
# Runs every test of the platform against real services started here once for the whole run:
# a scratch PostgreSQL and a Keycloak with the local realms (both wiped at each run), and GreenMail,
# a local SMTP server whose REST API shows the tests the e-mails that arrived.
# Usage: deploy/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source deploy/lib/postgres.sh
source deploy/lib/keycloak.sh
source deploy/lib/browser.sh
source deploy/lib/greenmail.sh
source deploy/lib/fonts.sh
source deploy/lib/opensearch.sh

PG_PORT=${PORTAL_TEST_PG_PORT:-55432}
PG_DATA="$ROOT/.data/test-postgres"
KC_PORT=${PORTAL_TEST_KC_PORT:-8181}
KC_MGMT_PORT=${PORTAL_TEST_KC_MGMT_PORT:-9001}
KC_HOME="$ROOT/.data/keycloak-test"
# Slot 2 of portal-build moves the PostgreSQL port by 10: GreenMail follows it unless told otherwise.
SMTP_PORT=${PORTAL_TEST_SMTP_PORT:-$((3025 + PG_PORT - 55432))}
SMTP_API_PORT=${PORTAL_TEST_SMTP_API_PORT:-$((8025 + PG_PORT - 55432))}
GM_HOME="$ROOT/.data/greenmail-test"
# OpenSearch for the search engine contract tests: 9250 in build slot 1, 9260 in slot 2 (transport port + 100).
OS_PORT=${PORTAL_TEST_OS_PORT:-$((9250 + PG_PORT - 55432))}
OS_HOME="$ROOT/.data/opensearch"
OS_DATA="$ROOT/.data/opensearch-test"

pg_ensure_installed
browser_ensure
fonts_ensure
pg_stop "$PG_DATA"
rm -rf "$PG_DATA"
PG_FSYNC=off pg_start "$PG_DATA" "$PG_PORT"
trap 'os_stop "$OS_DATA"; gm_stop "$GM_HOME"; kc_stop "$KC_HOME"; pg_stop "$PG_DATA"' EXIT
pg_sql "$PG_PORT" postgres "CREATE DATABASE portal_test"

os_ensure_dist "$OS_HOME"
os_stop "$OS_DATA"
rm -rf "$OS_DATA"
# Starts while Keycloak starts.
# C1 only: starts sooner, fast enough for tests.
OS_JAVA_OPTS=-XX:TieredStopAtLevel=1 os_launch "$OS_HOME" "$OS_DATA" "$OS_PORT"

kc_ensure_dist "$KC_HOME"
kc_stop "$KC_HOME"
rm -rf "$KC_HOME/data/h2"
kc_start "$KC_HOME" "$KC_PORT" "$KC_MGMT_PORT"
os_wait "$OS_DATA" "$OS_PORT"

gm_ensure_jar
gm_stop "$GM_HOME"
gm_start "$GM_HOME" "$SMTP_PORT" "$SMTP_API_PORT"

export PORTAL_TEST_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT"
export PORTAL_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal_test"
export PORTAL_TEST_ADMIN_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export PORTAL_TEST_DB_USER=postgres
export PORTAL_TEST_SMTP_PORT=$SMTP_PORT
export PORTAL_TEST_SMTP_API_URL="http://127.0.0.1:$SMTP_API_PORT"
export PORTAL_TEST_OPENSEARCH_URL="http://127.0.0.1:$OS_PORT"

./mvnw -B verify "$@"
