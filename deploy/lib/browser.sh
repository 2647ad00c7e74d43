# Installs what the browser checks need: Debian's Chromium (no browser download works here) and
# the pinned npm packages playwright-core and axe-core. Sourced by test.sh.

browser_ensure() {
    # A Chinese font, so that screenshots show text people can read rather than empty boxes.
    if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
        echo "==> Installing Chromium and a Chinese font from Debian packages"
        if [ "$(id -u)" != 0 ]; then
            echo "Install the Debian packages 'chromium' and 'fonts-wqy-zenhei' (as root) and run again" >&2
            return 1
        fi
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
    fi
    local dir=portal-web/src/test/browser
    if [ ! -d "$dir/node_modules/playwright-core" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        echo "==> Installing playwright-core and axe-core (npm, pinned by package-lock.json)"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}
