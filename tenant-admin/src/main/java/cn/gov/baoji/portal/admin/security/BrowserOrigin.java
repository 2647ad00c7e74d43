package cn.gov.baoji.portal.admin.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import cn.gov.baoji.portal.core.tenant.HostNames;

/**
 * An origin as a browser sees it: scheme, host and port. A site's own pages must come from the
 * origin the request was sent to; behind a trusted proxy that is what the proxy forwards
 * ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}), since the instance itself sees plain HTTP
 * on its own port.
 */
public record BrowserOrigin(String scheme, String host, int port) {

    /** The origin in an {@code Origin} header; empty for {@code null}, opaque or malformed ones. */
    public static Optional<BrowserOrigin> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(header.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
                return Optional.empty();
            }
            return of(scheme, uri.getHost(), uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The origin a request was sent to.
     *
     * @param scheme the scheme of the connection this instance received
     * @param hostHeader the {@code Host} header, with the port the browser used
     * @param trustProxy whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} come from our proxy
     */
    public static Optional<BrowserOrigin> ofRequest(String scheme, String hostHeader, String forwardedProto,
            String forwardedHost, boolean trustProxy) {
        String effectiveScheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        String authority = hostHeader;
        if (trustProxy) {
            String proto = last(forwardedProto);
            if (proto != null) {
                effectiveScheme = proto.toLowerCase(Locale.ROOT);
            }
            String host = last(forwardedHost);
            if (host != null) {
                authority = host;
            }
        }
        if (authority == null || authority.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(effectiveScheme + "://" + authority.strip());
            return uri.getHost() == null ? Optional.empty() : of(effectiveScheme, uri.getHost(), uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<BrowserOrigin> of(String scheme, String host, int port) {
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.empty();
        }
        int effectivePort = port >= 0 ? port : "https".equals(scheme) ? 443 : 80;
        return HostNames.normalize(host).map(h -> new BrowserOrigin(scheme, h, effectivePort));
    }

    /** The last entry of a list header: the one our own proxy appended. */
    private static String last(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String entry = header.substring(header.lastIndexOf(',') + 1).strip();
        return entry.isEmpty() ? null : entry;
    }

    /** The origin as a URL prefix, e.g. {@code https://www.weibin.gov.cn} (default ports left out). */
    @Override
    public String toString() {
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
