# Fetches the official Keycloak server distribution through Maven (cached in ~/.m2) and runs it
# locally in dev mode with the realms of deploy/keycloak. Sourced by run.sh and test.sh.

KC_VERSION=${KC_VERSION:-26.5.6}

# kc_ensure_dist DIR: unpacks Keycloak into DIR unless it is there already.
kc_ensure_dist() {
    local dir=$1 root
    root=$(pwd)
    if [ -x "$dir/bin/kc.sh" ]; then
        return 0
    fi
    command -v unzip >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null; }
    echo "==> Fetching Keycloak $KC_VERSION (org.keycloak:keycloak-quarkus-dist, through Maven)"
    local downloads="$root/.data/downloads"
    mkdir -p "$downloads"
    # -N: the goal needs no project, so run it once rather than once per module.
    ./mvnw -B -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$downloads" -Dmdep.overWriteIfNewer=true
    local tmp="$dir.unpacking"
    rm -rf "$tmp" && mkdir -p "$tmp"
    unzip -q "$downloads/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp"
    rm -rf "$dir"
    mv "$tmp/keycloak-$KC_VERSION" "$dir"
    rm -rf "$tmp"
}

# kc_start DIR HTTP_PORT MANAGEMENT_PORT: starts Keycloak, importing our realms if they do not exist yet.
kc_start() {
    local dir=$1 port=$2 mgmt=$3
    if [ -f "$dir/kc.pid" ] && kill -0 "$(cat "$dir/kc.pid")" 2>/dev/null; then
        echo "==> Keycloak already running from $dir"
        return 0
    fi
    rm -rf "$dir/data/import"
    mkdir -p "$dir/data/import"
    cp deploy/keycloak/*-realm.json "$dir/data/import/"
    echo "==> Starting Keycloak $KC_VERSION on 127.0.0.1:$port (log: $dir/keycloak.log)"
    # Own session, so stopping it stops the java child that kc.sh starts too.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-admin-local-only} \
        setsid "$dir/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
        --http-management-port="$mgmt" --health-enabled=true --import-realm \
        >"$dir/keycloak.log" 2>&1 </dev/null &
    echo $! >"$dir/kc.pid"
    local waited=0
    until curl -fs "http://127.0.0.1:$mgmt/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$(cat "$dir/kc.pid")" 2>/dev/null; then
            echo "Keycloak stopped during start; its log:" >&2
            tail -40 "$dir/keycloak.log" >&2
            return 1
        fi
        if [ $waited -ge 240 ]; then
            echo "Keycloak not ready after ${waited}s; its log:" >&2
            tail -40 "$dir/keycloak.log" >&2
            return 1
        fi
        sleep 2
        waited=$((waited + 2))
    done
    echo "==> Keycloak ready after ${waited}s"
}

kc_stop() {
    local dir=$1
    [ -f "$dir/kc.pid" ] || return 0
    local pid
    pid=$(cat "$dir/kc.pid")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/kc.pid"
}
