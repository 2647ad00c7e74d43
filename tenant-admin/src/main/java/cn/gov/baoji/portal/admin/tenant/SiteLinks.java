package cn.gov.baoji.portal.admin.tenant;

import java.util.List;

/** Where the console links to a county's site: local hosts on the console's own port, real domains on HTTPS. */
public final class SiteLinks {

    private SiteLinks() {
    }

    public static String url(List<String> domains, int requestPort) {
        String host = domains.stream().filter(d -> d.endsWith(".localhost")).findFirst()
                .orElse(domains.isEmpty() ? null : domains.get(0));
        if (host == null) {
            return null;
        }
        return host.endsWith(".localhost") ? "http://" + host + (requestPort > 0 ? ":" + requestPort : "") + "/"
                : "https://" + host + "/";
    }
}
