#!/usr/bin/env bash
# Runs the platform locally with the twelve demo counties: its own PostgreSQL and Keycloak (data
# kept in .data/, git-ignored) and the portal on http://<county>.localhost:8080/. Ctrl-C stops it all.
# Site search uses the embedded Lucene index; PORTAL_SEARCH_ENGINE=opensearch starts OpenSearch too (port
# PORTAL_OS_PORT, 9200) and searches there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source deploy/lib/postgres.sh
source deploy/lib/keycloak.sh
source deploy/lib/fonts.sh
source deploy/lib/opensearch.sh

PG_PORT=${PORTAL_PG_PORT:-5433}
PG_DATA="$ROOT/.data/postgres"
HTTP_PORT=${PORTAL_HTTP_PORT:-8080}
KC_PORT=${PORTAL_KC_PORT:-8180}
KC_MGMT_PORT=${PORTAL_KC_MGMT_PORT:-9000}
KC_HOME="$ROOT/.data/keycloak"
SEARCH_ENGINE=${PORTAL_SEARCH_ENGINE:-lucene}
OS_PORT=${PORTAL_OS_PORT:-9200}
OS_DATA="$ROOT/.data/opensearch-data"

pg_ensure_installed
fonts_ensure
pg_start "$PG_DATA" "$PG_PORT"
trap 'echo "==> Stopping"; os_stop "$OS_DATA"; kc_stop "$KC_HOME"; pg_stop "$PG_DATA"' EXIT
# Role and database are checked one by one, so a first run that stopped between them recovers.
if [ "$(pg_sql "$PG_PORT" postgres "SELECT count(*) FROM pg_roles WHERE rolname = 'portal'")" = 0 ]; then
    pg_sql "$PG_PORT" postgres "CREATE ROLE portal LOGIN"
fi
if [ "$(pg_sql "$PG_PORT" postgres "SELECT count(*) FROM pg_database WHERE datname = 'portal'")" = 0 ]; then
    pg_sql "$PG_PORT" postgres "CREATE DATABASE portal OWNER portal"
fi

if [ "$SEARCH_ENGINE" = opensearch ]; then
    os_ensure_dist "$ROOT/.data/opensearch"
    os_launch "$ROOT/.data/opensearch" "$OS_DATA" "$OS_PORT"
fi

kc_ensure_dist "$KC_HOME"
kc_start "$KC_HOME" "$KC_PORT" "$KC_MGMT_PORT"
[ "$SEARCH_ENGINE" != opensearch ] || os_wait "$OS_DATA" "$OS_PORT"

if [ "${PORTAL_SKIP_BUILD:-}" != 1 ]; then
    echo "==> Building (skip with PORTAL_SKIP_BUILD=1)"
    ./mvnw -B -q install -DskipTests
fi

cat <<URLS

  County portals:  http://weibin.localhost:$HTTP_PORT/   http://jintai.localhost:$HTTP_PORT/   http://chencang.localhost:$HTTP_PORT/
                   http://fengxiang.localhost:$HTTP_PORT/   http://qishan.localhost:$HTTP_PORT/   http://fufeng.localhost:$HTTP_PORT/
                   http://meixian.localhost:$HTTP_PORT/   http://longxian.localhost:$HTTP_PORT/   http://qianyang.localhost:$HTTP_PORT/
                   http://linyou.localhost:$HTTP_PORT/   http://fengxian.localhost:$HTTP_PORT/   http://taibai.localhost:$HTTP_PORT/
  City console:    http://console.localhost:$HTTP_PORT/
  Site API:        http://weibin.localhost:$HTTP_PORT/api/v1/site
  County back office: http://weibin.localhost:$HTTP_PORT/admin/  (e.g. weibin-webmaster / demo-local-only)
  Keycloak:        http://127.0.0.1:$KC_PORT/ (admin console: admin / admin-local-only; realm baoji)
  Demo accounts:   city-admin, <code>-webmaster, <code>-editor, <code>-reviewer, <code>-contributor; password demo-local-only
  PostgreSQL:      127.0.0.1:$PG_PORT, database portal (data in .data/postgres)
  Self-inspection: daily summary e-mails are only logged (no SMTP here). To send them, set
                   PORTAL_MAIL_MOCK=false QUARKUS_MAILER_HOST=... QUARKUS_MAILER_PORT=... QUARKUS_MAILER_FROM=...
                   PORTAL_INSPECTION_MAIL_CITY_TO=<city office address> before starting.
  Site search:     $SEARCH_ENGINE$([ "$SEARCH_ENGINE" = opensearch ] && echo " on http://127.0.0.1:$OS_PORT/ (data in .data/opensearch-data)")

URLS

# The ALTCHA signing key: random, made once per data folder, never in the repository.
ALTCHA_KEY_FILE="$ROOT/.data/altcha-hmac-key"
[ -s "$ALTCHA_KEY_FILE" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$ALTCHA_KEY_FILE")

PORTAL_GUARD_ALTCHA_HMAC_KEY="$(cat "$ALTCHA_KEY_FILE")" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal" \
QUARKUS_DATASOURCE_USERNAME=portal \
QUARKUS_HTTP_PORT=$HTTP_PORT \
PORTAL_IDENTITY_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" \
PORTAL_IDENTITY_REDIRECT_PORT=$HTTP_PORT \
QUARKUS_OIDC_CREDENTIALS_SECRET=local-portal-web-secret \
QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=local-portal-admin-secret \
PORTAL_TENANCY_SEED_LOCAL_DOMAIN_SUFFIX=localhost \
PORTAL_TENANCY_LINKS_SCHEME=http \
PORTAL_TENANCY_LINKS_PORT=$HTTP_PORT \
PORTAL_TENANCY_SEED_DEMO_CONTENT=true \
PORTAL_SEARCH_INDEX_DIR="$ROOT/.data/search-index" \
PORTAL_SEARCH_ENGINE="$SEARCH_ENGINE" \
PORTAL_SEARCH_OPENSEARCH_URL="http://127.0.0.1:$OS_PORT" \
PORTAL_CONSOLE_FRAME_ORIGINS="http://console.localhost:$HTTP_PORT" \
PORTAL_CONSOLE_PREVIEW_SOURCES="http://*.localhost:$HTTP_PORT" \
    java -Xmx256m -XX:+ExitOnOutOfMemoryError -jar portal-web/target/quarkus-app/quarkus-run.jar
