# Installs a Chinese font for the annual report's PDF (ReportFonts looks for it, or for the file
# named in PORTAL_REPORT_FONT / portal.report.font). Sourced by run.sh and test.sh.

fonts_ensure() {
    if [ -n "${PORTAL_REPORT_FONT:-}" ] && [ -r "$PORTAL_REPORT_FONT" ]; then
        return 0
    fi
    if fc-list :lang=zh 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
        return 0
    fi
    echo "==> Installing a Chinese font (fonts-wqy-zenhei) for PDF reports"
    if [ "$(id -u)" != 0 ]; then
        echo "Install the Debian package 'fonts-wqy-zenhei' (as root), or set PORTAL_REPORT_FONT to a .ttf/.ttc file, and run again" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei fontconfig >/dev/null
}
