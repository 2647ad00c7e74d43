# Starts and stops a private PostgreSQL server from Debian's packages. Sourced by run.sh and test.sh.
# Data lives in a folder of the project (git-ignored); nothing is installed as a system service.

pg_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

pg_ensure_installed() {
    if [ -z "$(pg_bin_dir)" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "PostgreSQL server is not installed and only root can install it." >&2
            echo "Install the Debian package first, e.g.: sudo apt-get install postgresql" >&2
            echo "(Only its binaries are used; 'create_main_cluster = false' in" \
                "/etc/postgresql-common/createcluster.conf stops Debian starting its own server on 5432.)" >&2
            return 1
        fi
        echo "==> Installing PostgreSQL server from Debian packages"
        # Only the binaries are wanted: without this Debian creates and starts a system cluster on 5432.
        mkdir -p /etc/postgresql-common
        echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PG_BIN=$(pg_bin_dir)
    if [ -z "$PG_BIN" ]; then
        echo "PostgreSQL server binaries not found after install" >&2
        return 1
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    fi
}

# Runs a PostgreSQL tool as the server's owner: the postgres user when we are root (the server
# refuses to run as root), ourselves otherwise.
pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# pg_start DATA_DIR PORT: initializes DATA_DIR on first use, then starts the server on 127.0.0.1:PORT.
pg_start() {
    local data=$1 port=$2
    mkdir -p "$data"
    data=$(cd "$data" && pwd)
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$data"
        chmod 700 "$data"
        # The server must be able to reach its data folder through every parent.
        local p=$(dirname "$data")
        while [ "$p" != / ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        pg_as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    if pg_as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        echo "==> PostgreSQL already running in $data"
        return 0
    fi
    pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -w -l "$data/server.log" \
        -o "-p $port -k '$data' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start >/dev/null
    echo "==> PostgreSQL listening on 127.0.0.1:$port (data in $data)"
}

pg_stop() {
    local data=$1
    [ -f "$data/PG_VERSION" ] || return 0
    pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_sql PORT DB SQL
pg_sql() {
    "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d "$2" -v ON_ERROR_STOP=1 -qAtc "$3"
}
