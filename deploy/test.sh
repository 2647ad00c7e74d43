#!/usr/bin/env bash
# Runs every test of the platform against real services started here once for the whole run:
# a scratch PostgreSQL (wiped at each run). Usage: deploy/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source deploy/lib/postgres.sh

PG_PORT=${PORTAL_TEST_PG_PORT:-55432}
PG_DATA="$ROOT/.data/test-postgres"

pg_ensure_installed
pg_stop "$PG_DATA"
rm -rf "$PG_DATA"
PG_FSYNC=off pg_start "$PG_DATA" "$PG_PORT"
trap 'pg_stop "$PG_DATA"' EXIT
pg_sql "$PG_PORT" postgres "CREATE DATABASE portal_test"

export PORTAL_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal_test"
export PORTAL_TEST_ADMIN_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export PORTAL_TEST_DB_USER=postgres

./mvnw -B verify "$@"
