# Fetches OpenSearch (the minimal distribution on Maven Central, no bundled JDK: it runs on this machine's
# Java 17), installs the portal's Chinese analysis plugin (deploy/opensearch/smartcn-plugin) and runs it as the
# unprivileged system user portal-search: single node, security off, on 127.0.0.1 only. Sourced by run.sh
# (PORTAL_SEARCH_ENGINE=opensearch) and test.sh.

OS_VERSION=${OS_VERSION:-2.19.6}
OS_USER=${OS_USER:-portal-search}

# os_ensure_dist DIR: unpacks OpenSearch into DIR unless it is there already, and (re)installs the plugin
# when it changed.
os_ensure_dist() {
    local dir=$1 root
    root=$(pwd)
    if [ ! -x "$dir/bin/opensearch" ]; then
        command -v unzip >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null; }
        echo "==> Fetching OpenSearch $OS_VERSION (org.opensearch.distribution.integ-test-zip:opensearch, through Maven)"
        local downloads="$root/.data/downloads"
        mkdir -p "$downloads"
        ./mvnw -B -q -N dependency:copy -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip" \
            -DoutputDirectory="$downloads" -Dmdep.overWriteIfNewer=true
        local tmp="$dir.unpacking"
        rm -rf "$tmp" && mkdir -p "$tmp"
        unzip -q "$downloads/opensearch-$OS_VERSION.zip" -d "$tmp"
        rm -rf "$dir"
        mv "$tmp/opensearch-$OS_VERSION" "$dir"
        rm -rf "$tmp"
    fi
    local plugin_dir=deploy/opensearch/smartcn-plugin
    local zip="$plugin_dir/target/portal-smartcn-1.0.0.zip"
    if [ ! -f "$zip" ] || [ -n "$(find "$plugin_dir/pom.xml" "$plugin_dir/src" -newer "$zip" -type f | head -1)" ]; then
        echo "==> Building the Chinese analysis plugin for OpenSearch"
        ./mvnw -B -q -f "$plugin_dir/pom.xml" package
    fi
    if [ ! -f "$dir/plugins/portal-smartcn/.installed" ] || [ "$zip" -nt "$dir/plugins/portal-smartcn/.installed" ]; then
        # Unpacked as opensearch-plugin install would, without starting a JVM for it.
        rm -rf "$dir/plugins/portal-smartcn"
        mkdir -p "$dir/plugins/portal-smartcn"
        unzip -q "$zip" -d "$dir/plugins/portal-smartcn"
        touch "$dir/plugins/portal-smartcn/.installed"
    fi
}

# os_ensure_user: the system user OpenSearch runs as (it refuses to run as root).
os_ensure_user() {
    [ "$(id -u)" = 0 ] || return 0
    id -u "$OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$OS_USER"
}

# os_start DIR DATA_DIR HTTP_PORT: starts OpenSearch with its data in DATA_DIR (owned by the user it runs as)
# and waits until it answers.
os_start() {
    os_launch "$@" && os_wait "$2" "$3"
}

# os_launch DIR DATA_DIR HTTP_PORT: starts OpenSearch without waiting (os_wait DATA_DIR HTTP_PORT waits), so
# another service can start meanwhile.
os_launch() {
    local dir data port=$3
    dir=$(realpath "$1")
    mkdir -p "$2" && data=$(realpath "$2")
    if [ -f "$data/opensearch.pid" ] && kill -0 "$(cat "$data/opensearch.pid")" 2>/dev/null; then
        echo "==> OpenSearch already running with data in $data"
        return 0
    fi
    os_ensure_user
    mkdir -p "$data/data" "$data/logs"
    # A configuration of its own beside the data: jvm.options writes the GC log and heap dumps relative to the
    # installation, which stays read-only.
    rm -rf "$data/config"
    cp -r "$dir/config" "$data/config"
    sed -i -e "s|logs/gc.log|$data/logs/gc.log|" -e "s|=logs|=$data/logs|" -e "s|HeapDumpPath=data|HeapDumpPath=$data/data|" \
        "$data/config/jvm.options"
    local java_home=${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
    local run=() who
    who=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        # The installation stays root's (read-only for OpenSearch); only the data folder is the user's. Every folder
        # above both must be traversable.
        chown -R "$OS_USER:" "$data"
        chmod -R o+rX "$dir"
        run=(runuser -u "$OS_USER" --)
        who=$OS_USER
    fi
    rm -f "$data/opensearch.pid"
    echo "==> Starting OpenSearch $OS_VERSION on 127.0.0.1:$port as $who (log: $data/logs)"
    # -d -p: OpenSearch detaches and writes its own pid file.
    "${run[@]}" env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$data/config" \
        OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m ${OS_JAVA_OPTS:-}" \
        "$dir/bin/opensearch" -d -p "$data/opensearch.pid" \
        -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" \
        -Etransport.port="$((port + 100))" -Epath.data="$data/data" -Epath.logs="$data/logs" \
        -Ecluster.name=portal-search -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Eaction.auto_create_index=false >"$data/start.out" 2>&1 </dev/null || {
        echo "OpenSearch did not start:" >&2
        cat "$data/start.out" >&2
        return 1
    }
}

os_wait() {
    local data port=$2 waited=0
    data=$(realpath "$1")
    until curl -fs "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do
        # The pid file appears once the detached node has bootstrapped.
        if { [ ! -f "$data/opensearch.pid" ] && [ $waited -ge 30 ]; } || { [ -f "$data/opensearch.pid" ] && ! kill -0 "$(cat "$data/opensearch.pid")" 2>/dev/null; }; then
            echo "OpenSearch stopped during start; its log:" >&2
            tail -40 "$data/logs/portal-search.log" >&2
            return 1
        fi
        if [ $waited -ge 120 ]; then
            echo "OpenSearch not ready after ${waited}s; its log:" >&2
            tail -40 "$data/logs/portal-search.log" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "==> OpenSearch ready after ${waited}s"
}

# os_stop DATA_DIR
os_stop() {
    local data=$1
    [ -f "$data/opensearch.pid" ] || return 0
    local pid
    pid=$(cat "$data/opensearch.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$data/opensearch.pid"
}
