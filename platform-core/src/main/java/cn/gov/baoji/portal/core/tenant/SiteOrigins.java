package cn.gov.baoji.portal.core.tenant;

import java.util.Locale;
import java.util.Optional;

/**
 * Where absolute links to a county's site point (feeds, sitemap, robots.txt): the configured scheme
 * and port with the county's canonical host, the first domain registered for it. Never the request's
 * {@code Host} header, which carries whatever the client sent (port, case, a trailing dot, or
 * another of the county's domains).
 */
public class SiteOrigins {

    private final TenantDirectory directory;
    private final String scheme;
    private final Optional<Integer> port;

    public SiteOrigins(TenantDirectory directory, String scheme, Optional<Integer> port) {
        this.directory = directory;
        this.scheme = scheme.toLowerCase(Locale.ROOT);
        if (!this.scheme.equals("http") && !this.scheme.equals("https")) {
            throw new IllegalArgumentException("portal.tenancy.links.scheme must be http or https, not '" + scheme + "'");
        }
        this.port = port;
    }

    /** E.g. {@code https://www.weibin.gov.cn}, without a trailing slash. */
    public String of(TenantCode code) {
        String host = directory.canonicalHost(code)
                .orElseThrow(() -> new IllegalStateException("Tenant '" + code + "' has no domain to link to"));
        boolean defaultPort = port.isEmpty() || port.get() == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port.get());
    }
}
