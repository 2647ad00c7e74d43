package cn.gov.baoji.portal.core.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Decides which site a request is for, from its {@code Host} header and, only behind a trusted
 * proxy, the last entry of its {@code X-Forwarded-Host}. Pure logic over the {@link TenantDirectory}.
 */
public class HostResolver {

    /** The outcome of resolving a request's host. */
    public sealed interface Resolution permits ForTenant, ForConsole, UnknownHost {
    }

    public record ForTenant(TenantInfo tenant) implements Resolution {
    }

    public record ForConsole() implements Resolution {
    }

    public record UnknownHost() implements Resolution {
    }

    private final TenantDirectory directory;
    private final List<String> consoleHosts;
    private final boolean trustForwardedHost;

    public HostResolver(TenantDirectory directory, List<String> consoleHosts, boolean trustForwardedHost) {
        this.directory = directory;
        this.consoleHosts = consoleHosts.stream().map(HostNames::normalize).flatMap(Optional::stream).toList();
        this.trustForwardedHost = trustForwardedHost;
    }

    public Resolution resolve(String hostHeader, String forwardedHostHeader) {
        Optional<String> host = trustForwardedHost && forwardedHostHeader != null && !forwardedHostHeader.isBlank()
                ? HostNames.normalizeForwarded(forwardedHostHeader)
                : HostNames.normalize(hostHeader);
        if (host.isEmpty()) {
            return new UnknownHost();
        }
        if (consoleHosts.contains(host.get())) {
            return new ForConsole();
        }
        return directory.findByHost(host.get())
                .filter(t -> t.status() != TenantStatus.PROVISIONING)
                .<Resolution> map(ForTenant::new)
                .orElseGet(UnknownHost::new);
    }
}
