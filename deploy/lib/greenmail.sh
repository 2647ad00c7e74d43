# A local SMTP server for the tests: GreenMail standalone (com.icegreen:greenmail-standalone, through
# Maven, cached in ~/.m2). It accepts every message for every address and shows what arrived through
# its REST API (GET /api/user/<address>/messages/), so tests read the e-mails actually delivered.
# Sourced by test.sh.

GM_VERSION=${GM_VERSION:-2.1.3}

# gm_ensure_jar: fetches the standalone jar into .data/downloads unless it is there already.
gm_ensure_jar() {
    GM_JAR="$(pwd)/.data/downloads/greenmail-standalone-$GM_VERSION.jar"
    [ -f "$GM_JAR" ] && return 0
    echo "==> Fetching GreenMail $GM_VERSION (com.icegreen:greenmail-standalone, through Maven)"
    mkdir -p "$(dirname "$GM_JAR")"
    ./mvnw -B -q -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GM_VERSION" \
        -DoutputDirectory="$(dirname "$GM_JAR")" -Dmdep.overWriteIfNewer=true
}

# gm_start DIR SMTP_PORT API_PORT: starts GreenMail on 127.0.0.1 and waits until its API answers.
gm_start() {
    local dir=$1 smtp=$2 api=$3
    mkdir -p "$dir"
    echo "==> Starting GreenMail SMTP on 127.0.0.1:$smtp, API on :$api (log: $dir/greenmail.log)"
    setsid java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" -Dgreenmail.auth.disabled \
        -jar "$GM_JAR" >"$dir/greenmail.log" 2>&1 </dev/null &
    echo $! >"$dir/greenmail.pid"
    local waited=0
    until curl -fs "http://127.0.0.1:$api/api/service/readiness" >/dev/null 2>&1; do
        if ! kill -0 "$(cat "$dir/greenmail.pid")" 2>/dev/null || [ $waited -ge 60 ]; then
            echo "GreenMail did not start; its log:" >&2
            tail -20 "$dir/greenmail.log" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

gm_stop() {
    local dir=$1
    [ -f "$dir/greenmail.pid" ] || return 0
    kill -TERM "$(cat "$dir/greenmail.pid")" 2>/dev/null || true
    rm -f "$dir/greenmail.pid"
}
