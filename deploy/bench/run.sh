#!/usr/bin/env bash
# Load benchmark of the public home page: the twelve county portals served by one instance, with
# the Host header rotating request by request, then the same wrk run against nginx serving a
# saved copy of one home page as a static file, for scale. See deploy/bench/README.md.
#
# Starts its own PostgreSQL (wiped at each run), a private copy of the built app and nginx, all on
# 127.0.0.1, and stops them on exit. Needs the app built: ./mvnw -B -q install -DskipTests
#
# Knobs: DURATION (s, 20), CONNECTIONS (32), THREADS (2), WARMUP (s, 10),
#        BENCH_PG_PORT (55433), BENCH_APP_PORT (18080), BENCH_NGINX_PORT (18081),
#        BENCH_JAVA_OPTS (extra JVM options, after -Xmx256m),
#        BENCH_KEYCLOAK_URL (http://127.0.0.1:18089, where nothing listens: no Keycloak is started).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
source deploy/lib/postgres.sh

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10}
PG_PORT=${BENCH_PG_PORT:-55433}
APP_PORT=${BENCH_APP_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
# Public pages never touch Keycloak, so none is started: the app is pointed at a local port where
# nothing listens (its identity settings must still be present for it to start).
KEYCLOAK_URL=${BENCH_KEYCLOAK_URL:-http://127.0.0.1:18089}
READY_TIMEOUT=60

BENCH="$ROOT/.data/bench"
PG_DIR="$BENCH/postgres"
APP_SRC="$ROOT/portal-web/target/quarkus-app"
APP_DIR="$BENCH/app"
NGINX_DIR="$BENCH/nginx"
LUA="$ROOT/deploy/bench/rotate-hosts.lua"
RESULT="$BENCH/last-result.txt"
CODES="weibin jintai chencang fengxiang qishan fufeng meixian longxian qianyang linyou fengxian taibai"

for knob in DURATION CONNECTIONS THREADS WARMUP PG_PORT APP_PORT NGINX_PORT; do
    if ! [[ ${!knob} =~ ^[0-9]+$ ]]; then
        echo "$knob must be a whole number, not '${!knob}'" >&2
        exit 2
    fi
done
if [ "$DURATION" -lt 1 ] || [ "$THREADS" -lt 1 ] || [ "$CONNECTIONS" -lt "$THREADS" ]; then
    echo "Need DURATION >= 1, THREADS >= 1 and CONNECTIONS >= THREADS" >&2
    exit 2
fi

log() { echo "==> $*"; }
http() { curl -s --noproxy '*' --max-time 5 "$@"; }

# ---------------------------------------------------------------------------------------------
# Processes: everything started here is stopped on exit, by its own id.

APP_PID=""
NGINX_PID=""
PG_STARTED=""

alive() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ $state != Z* ]]
}

# stop_pid PID: SIGTERM, up to 20 s to finish, then SIGKILL.
stop_pid() {
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || return 0
    for i in $(seq 1 100); do
        alive "$pid" || break
        sleep 0.2
    done
    if alive "$pid"; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    if [ -n "$NGINX_PID" ]; then stop_pid "$NGINX_PID"; rm -f "$NGINX_DIR/nginx.pid"; fi
    if [ -n "$APP_PID" ]; then stop_pid "$APP_PID"; rm -f "$BENCH/app.pid"; fi
    if [ -n "$PG_STARTED" ]; then pg_stop "$PG_DIR"; fi
    log "Stopped PostgreSQL, app and nginx of the benchmark"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A run that was killed hard (SIGKILL) cannot clean up: stop what its pid files name, but only
# if the process is still the one it started (its command line names our folder).
stop_stale() {
    local pidfile=$1 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$BENCH"; then
        log "Stopping process $pid left by an earlier run"
        kill -TERM "$pid" 2>/dev/null || true
        sleep 2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------
# Tools

missing=()
command -v wrk >/dev/null || missing+=(wrk)
NGINX_BIN=$(command -v nginx || true)
[ -n "$NGINX_BIN" ] || { [ -x /usr/sbin/nginx ] && NGINX_BIN=/usr/sbin/nginx; } || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
fi
command -v wrk >/dev/null && [ -x "$NGINX_BIN" ] || { echo "wrk or nginx still missing" >&2; exit 1; }
pg_ensure_installed

# ---------------------------------------------------------------------------------------------
# Private copy of the app: the build folder may be rebuilt under us at any time, so copy it
# once it has been quiet for a few seconds, and check that it did not change during the copy.

tree_stamp() { (cd "$1" && find . -type f -printf '%P %s %T@\n' | sort | md5sum); }
newest_age() {
    local newest
    newest=$(find "$1" -type f -printf '%T@\n' | sort -n | tail -1)
    echo $(( $(date +%s) - ${newest%.*} ))
}

copy_app() {
    local try before after
    for try in $(seq 1 12); do
        if [ -f "$APP_SRC/quarkus-run.jar" ] && [ -d "$APP_SRC/lib" ] && [ "$(newest_age "$APP_SRC")" -ge 5 ]; then
            before=$(tree_stamp "$APP_SRC")
            rm -rf "$APP_DIR"
            cp -a "$APP_SRC" "$APP_DIR"
            after=$(tree_stamp "$APP_SRC")
            if [ "$before" = "$after" ] && [ "$(tree_stamp "$APP_DIR")" = "$after" ]; then
                return 0
            fi
        fi
        log "portal-web/target/quarkus-app is missing or being rebuilt; waiting"
        sleep 5
    done
    echo "No stable build in $APP_SRC: build it first with ./mvnw -B -q install -DskipTests" >&2
    return 1
}

mkdir -p "$BENCH"
stop_stale "$BENCH/app.pid"
stop_stale "$NGINX_DIR/nginx.pid"
pg_stop "$PG_DIR"
ports=("$PG_PORT" "$APP_PORT" "$NGINX_PORT")
[ -n "${BENCH_KEYCLOAK_URL:-}" ] || ports+=(18089)
for port in "${ports[@]}"; do
    if port_in_use "$port"; then
        echo "Port $port on 127.0.0.1 is already in use; choose others with BENCH_PG_PORT, BENCH_APP_PORT, BENCH_NGINX_PORT" >&2
        exit 1
    fi
done

log "Copying the built app to .data/bench/app"
copy_app
APP_BUILT=$(date -u -r "$APP_DIR/quarkus-run.jar" '+%Y-%m-%d %H:%M:%SZ')

# ---------------------------------------------------------------------------------------------
# PostgreSQL (fresh each run, so every run starts from the same seeded counties) and the app

rm -rf "$PG_DIR"
PG_STARTED=1
PG_FSYNC=off pg_start "$PG_DIR" "$PG_PORT"
pg_sql "$PG_PORT" postgres "CREATE ROLE portal LOGIN"
pg_sql "$PG_PORT" postgres "CREATE DATABASE portal OWNER portal"

log "Starting the app on 127.0.0.1:$APP_PORT (log in .data/bench/app.log)"
# The same settings as deploy/run.sh (local realm's public test secrets), bound to 127.0.0.1.
# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
(
    cd "$APP_DIR"
    # A signing key for the anti-spam challenges (required; no form is sent here): random per run.
    exec env PORTAL_GUARD_ALTCHA_HMAC_KEY="$(head -c 32 /dev/urandom | base64)" \
        PORTAL_CONSOLE_FRAME_ORIGINS="http://console.localhost:$APP_PORT" \
        PORTAL_CONSOLE_PREVIEW_SOURCES="http://*.localhost:$APP_PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal" \
        QUARKUS_DATASOURCE_USERNAME=portal \
        QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_PORT="$APP_PORT" \
        PORTAL_IDENTITY_KEYCLOAK_URL="$KEYCLOAK_URL" \
        PORTAL_IDENTITY_REDIRECT_PORT="$APP_PORT" \
        PORTAL_TENANCY_SEED_LOCAL_DOMAIN_SUFFIX=localhost \
        PORTAL_TENANCY_LINKS_SCHEME=http \
        PORTAL_TENANCY_LINKS_PORT="$APP_PORT" \
        PORTAL_TENANCY_SEED_DEMO_CONTENT=true \
        QUARKUS_OIDC_CREDENTIALS_SECRET=local-portal-web-secret \
        QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=local-portal-admin-secret \
        java -Xmx256m -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} -jar quarkus-run.jar
) </dev/null >"$BENCH/app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" >"$BENCH/app.pid"

started=$(date +%s)
until http -o /dev/null -f "http://127.0.0.1:$APP_PORT/q/health/ready"; do
    if ! alive "$APP_PID"; then
        echo "The app exited during start; end of .data/bench/app.log:" >&2
        tail -30 "$BENCH/app.log" >&2
        exit 1
    fi
    if [ $(( $(date +%s) - started )) -ge "$READY_TIMEOUT" ]; then
        echo "The app was not ready after ${READY_TIMEOUT}s; end of .data/bench/app.log:" >&2
        tail -30 "$BENCH/app.log" >&2
        exit 1
    fi
    sleep 1
done
log "App ready after $(( $(date +%s) - started ))s"

# Every county must answer its home page before we measure anything.
check_line=""
failed=0
for code in $CODES; do
    read -r status size < <(http -o /dev/null -w '%{http_code} %{size_download}\n' \
        -H "Host: $code.localhost" "http://127.0.0.1:$APP_PORT/" || echo "000 0")
    check_line+=" $code=$status(${size}B)"
    [ "$status" = 200 ] || failed=1
done
log "Home pages:$check_line"
if [ "$failed" = 1 ]; then
    echo "Some county home pages do not answer 200; end of .data/bench/app.log:" >&2
    tail -30 "$BENCH/app.log" >&2
    exit 1
fi

# ---------------------------------------------------------------------------------------------
# nginx serving the weibin home page as a static file

rm -rf "$NGINX_DIR"
mkdir -p "$NGINX_DIR/www" "$NGINX_DIR/tmp"
http -f -H 'Host: weibin.localhost' "http://127.0.0.1:$APP_PORT/" -o "$NGINX_DIR/www/index.html"
# nginx's workers may run as an unprivileged user: let them read the page.
chmod -R a+rX "$NGINX_DIR"
p="$NGINX_DIR"
while [ "$p" != / ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done

cat >"$NGINX_DIR/nginx.conf" <<CONF
# Written by deploy/bench/run.sh: one static page, for comparison with the portal.
worker_processes 1;
daemon off;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $NGINX_DIR/tmp/client;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT default_server;
        root $NGINX_DIR/www;
        location / { try_files /index.html =404; }
    }
}
CONF

log "Starting nginx on 127.0.0.1:$NGINX_PORT"
"$NGINX_BIN" -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" </dev/null >"$NGINX_DIR/stdout.log" 2>&1 &
NGINX_PID=$!
for i in $(seq 1 50); do
    http -o /dev/null -f "http://127.0.0.1:$NGINX_PORT/" && break
    if ! alive "$NGINX_PID" || [ "$i" = 50 ]; then
        echo "nginx did not start:" >&2
        cat "$NGINX_DIR/stdout.log" "$NGINX_DIR/error.log" >&2 2>/dev/null || true
        exit 1
    fi
    sleep 0.2
done
log "Static copy: $(wc -c <"$NGINX_DIR/www/index.html") bytes"

# ---------------------------------------------------------------------------------------------
# Measurements

WRK_ARGS=(-t"$THREADS" -c"$CONNECTIONS" --latency -s "$LUA")

if [ "$WARMUP" -gt 0 ]; then
    log "Warming up the portal for ${WARMUP}s"
    wrk "${WRK_ARGS[@]}" -d"${WARMUP}s" "http://127.0.0.1:$APP_PORT/" >"$BENCH/wrk-warmup.txt"
    grep -E 'Requests/sec|Non-2xx|Socket errors|Status counts' "$BENCH/wrk-warmup.txt" | sed 's/^ */    /' || true
    log "Warming up nginx for 2s"
    wrk "${WRK_ARGS[@]}" -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
fi

log "Measuring the portal: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s deploy/bench/rotate-hosts.lua http://127.0.0.1:$APP_PORT/"
wrk "${WRK_ARGS[@]}" -d"${DURATION}s" "http://127.0.0.1:$APP_PORT/" | tee "$BENCH/wrk-portal.txt"
log "Measuring nginx: same command against http://127.0.0.1:$NGINX_PORT/"
wrk "${WRK_ARGS[@]}" -d"${DURATION}s" "http://127.0.0.1:$NGINX_PORT/" | tee "$BENCH/wrk-nginx.txt"

# 栏目点击: the page views the app wrote for the measured and warm-up runs (browser user agent, so
# human views), once its next flush (portal.stats.flush-interval, 10 s) has written them. With
# counting on they must equal the requests wrk completed; with -Dportal.stats.enabled=false, 0.
wrk_requests() { awk '/requests in/ { n += $1 } END { print n + 0 }' "$@"; }
SENT=$(wrk_requests "$BENCH/wrk-portal.txt" $([ "$WARMUP" -gt 0 ] && echo "$BENCH/wrk-warmup.txt"))
views_written() {
    local sql="SELECT coalesce(sum(human_views), 0) FROM (" sep="" code
    for code in $CODES; do sql+="$sep SELECT human_views FROM tenant_$code.page_view_day"; sep=" UNION ALL"; done
    pg_sql "$PG_PORT" portal "$sql) v"
}
for i in $(seq 1 15); do
    COUNTED=$(views_written)
    [ "$COUNTED" -ge "$SENT" ] && break
    sleep 2
done

# parse_wrk FILE: prints "requests/s p50_ms p99_ms non2xx socket_errors wrk_4xx5xx"
parse_wrk() {
    awk '
        function ms(v,   n, u) {
            n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
            if (u == "us") return n / 1000
            if (u == "s") return n * 1000
            if (u == "m") return n * 60000
            if (u == "h") return n * 3600000
            return n
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        $1 == "Requests/sec:" { rps = $2 }
        /Non-2xx or 3xx responses:/ { wrk_err = $NF }
        /^Non-2xx statuses \(lua\):/ { lua = $NF }
        /Socket errors:/ { for (i = 1; i <= NF; i++) { f = $i; gsub(",", "", f); if (f ~ /^[0-9]+$/) sock += f } }
        END { printf "%.2f %.3f %.3f %d %d %d\n", rps, p50, p99, lua, sock, wrk_err }
    ' "$1"
}
read -r P_RPS P_P50 P_P99 P_NON2XX P_SOCK P_WRKERR < <(parse_wrk "$BENCH/wrk-portal.txt")
read -r N_RPS N_P50 N_P99 N_NON2XX N_SOCK N_WRKERR < <(parse_wrk "$BENCH/wrk-nginx.txt")
P_STATUS=$(sed -n 's/^Status counts: //p' "$BENCH/wrk-portal.txt")
N_STATUS=$(sed -n 's/^Status counts: //p' "$BENCH/wrk-nginx.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3fx", a / b; else print "n/a" }'; }

# Errors or warnings the app logged, before it was up (without Keycloak some are expected) and
# after (under load: there should be none).
read -r APP_START_PROBLEMS APP_PROBLEMS < <(awk '
    / (ERROR|WARN) / { if (up) after++; else before++ }
    /Listening on:/ { up = 1 }
    END { print before + 0, after + 0 }' "$BENCH/app.log")

COMMIT=$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)
{
    echo "Baoji portal load benchmark, $(date -u '+%Y-%m-%d %H:%M:%SZ')"
    echo "source $COMMIT (app built $APP_BUILT), $(java -version 2>&1 | head -1), -Xmx256m, $(nproc) CPUs shared by wrk and the servers"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s deploy/bench/rotate-hosts.lua (warm-up ${WARMUP}s); GET / with the twelve county Host headers in turn"
    echo
    printf '%-24s %12s %10s %10s %9s %8s  %s\n' target requests/s "p50 ms" "p99 ms" non-2xx "sock err" statuses
    printf '%-24s %12s %10s %10s %9s %8s  %s\n' "portal (12 hosts)" "$P_RPS" "$P_P50" "$P_P99" "$P_NON2XX" "$P_SOCK" "$P_STATUS"
    printf '%-24s %12s %10s %10s %9s %8s  %s\n' "nginx (static weibin /)" "$N_RPS" "$N_P50" "$N_P99" "$N_NON2XX" "$N_SOCK" "$N_STATUS"
    printf '%-24s %12s %10s %10s\n' "portal/nginx" "$(ratio "$P_RPS" "$N_RPS")" "$(ratio "$P_P50" "$N_P50")" "$(ratio "$P_P99" "$N_P99")"
    echo
    echo "wrk's 'Non-2xx or 3xx responses' (statuses >= 400): portal $P_WRKERR, nginx $N_WRKERR"
    echo "app log ERROR/WARN lines: $APP_PROBLEMS once started (under load), $APP_START_PROBLEMS during start"
    echo "page views counted (human, written by the app's flush): $COUNTED of $SENT portal requests wrk completed (warm-up included)"
} | tee "$RESULT"
echo
log "Summary written to .data/bench/last-result.txt; raw wrk output in .data/bench/wrk-*.txt"
if [ "$APP_PROBLEMS" -gt 0 ]; then
    log "First ERROR/WARN lines the app logged once started (.data/bench/app.log):"
    awk '/Listening on:/ { up = 1; next } up && / (ERROR|WARN) /' "$BENCH/app.log" | head -5 | cut -c1-300
fi

if [ "$P_NON2XX" -gt 0 ] || [ "$N_NON2XX" -gt 0 ]; then
    echo "FAILED: non-2xx responses during the measurement (portal $P_NON2XX, nginx $N_NON2XX)" >&2
    exit 1
fi
