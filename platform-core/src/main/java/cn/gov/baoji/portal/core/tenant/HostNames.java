package cn.gov.baoji.portal.core.tenant;

import java.util.Locale;
import java.util.Optional;

/** Normalizes HTTP host names so that lookups ignore case, port and a trailing dot. */
public final class HostNames {

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern
            .compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    /** Longest DNS name; anything longer cannot be one of our domains. */
    private static final int MAX_LENGTH = 253;

    private HostNames() {
    }

    /**
     * @return the bare lower-case host name, or empty when the header holds nothing usable
     */
    public static Optional<String> normalize(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String host = header.trim();
        if (host.indexOf(',') >= 0) {
            // A Host header names exactly one host; a list in it is forged or broken.
            return Optional.empty();
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end > 0 ? host.substring(0, end + 1) : "";
        } else {
            int colon = host.indexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.length() > MAX_LENGTH || !host.matches("[a-z0-9.\\-\\[\\]:]+")) {
            return Optional.empty();
        }
        return Optional.of(host);
    }

    /**
     * The host of an {@code X-Forwarded-Host} chain: its last entry, the one our own proxy appended.
     * Earlier entries come from the client or from proxies before ours, so they can name any site.
     *
     * @return the bare lower-case host name, or empty when that entry holds nothing usable
     */
    public static Optional<String> normalizeForwarded(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int comma = header.lastIndexOf(',');
        return normalize(comma >= 0 ? header.substring(comma + 1) : header);
    }

    /** A host a county may be reached on: normalized, and made of DNS labels with at least one dot. */
    public static Optional<String> domain(String value) {
        return normalize(value == null ? "" : value).filter(h -> DOMAIN.matcher(h).matches());
    }
}
