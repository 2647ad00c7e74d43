package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Host resolution rules, including the forwarded-host switch that only a trusted proxy may turn on. */
class HostResolverTest {

    private final TenantDirectory directory = directoryOf(
            registration("weibin", TenantStatus.ACTIVE, "weibin.localhost", "www.weibin.gov.cn"),
            registration("taibai", TenantStatus.SUSPENDED, "taibai.localhost"),
            registration("newone", TenantStatus.PROVISIONING, "newone.localhost"));

    @Test
    void resolvesTenantByHostIgnoringCasePortAndTrailingDot() {
        HostResolver resolver = new HostResolver(directory, List.of("console.localhost"), false);
        for (String host : List.of("weibin.localhost", "WEIBIN.localhost:8080", "weibin.localhost.", "www.weibin.gov.cn")) {
            assertThat(tenantOf(resolver.resolve(host, null))).as(host).isEqualTo("weibin");
        }
    }

    @Test
    void consoleHostIsNoTenant() {
        HostResolver resolver = new HostResolver(directory, List.of("Console.Localhost"), false);
        assertThat(resolver.resolve("console.localhost:8080", null)).isInstanceOf(HostResolver.ForConsole.class);
    }

    @Test
    void unknownEmptyAndProvisioningHostsAreUnknown() {
        HostResolver resolver = new HostResolver(directory, List.of("console.localhost"), false);
        assertThat(resolver.resolve("nope.localhost", null)).isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(resolver.resolve("", null)).isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(resolver.resolve(null, null)).isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(resolver.resolve("newone.localhost", null)).isInstanceOf(HostResolver.UnknownHost.class);
        // A Host header never holds a list.
        assertThat(resolver.resolve("weibin.localhost, taibai.localhost", null)).isInstanceOf(HostResolver.UnknownHost.class);
    }

    @Test
    void suspendedTenantStillResolvesSoItsMaintenancePageCanBeShown() {
        HostResolver resolver = new HostResolver(directory, List.of(), false);
        HostResolver.Resolution resolution = resolver.resolve("taibai.localhost", null);
        assertThat(((HostResolver.ForTenant) resolution).tenant().status()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    void forwardedHostIsIgnoredUnlessTrusted() {
        HostResolver untrusting = new HostResolver(directory, List.of("console.localhost"), false);
        assertThat(tenantOf(untrusting.resolve("weibin.localhost", "taibai.localhost"))).isEqualTo("weibin");
        assertThat(untrusting.resolve("proxy.internal", "weibin.localhost")).isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(untrusting.resolve("weibin.localhost", "console.localhost")).isInstanceOf(HostResolver.ForTenant.class);
    }

    @Test
    void trustedProxyDecidesByForwardedHost() {
        HostResolver trusting = new HostResolver(directory, List.of("console.localhost"), true);
        assertThat(tenantOf(trusting.resolve("proxy.internal", "weibin.localhost"))).isEqualTo("weibin");
        // Our proxy appends the host it received; an entry the client put in front of it is ignored.
        assertThat(tenantOf(trusting.resolve("proxy.internal", "taibai.localhost, WWW.WEIBIN.GOV.CN"))).isEqualTo("weibin");
        assertThat(trusting.resolve("proxy.internal", "weibin.localhost, unknown.example"))
                .isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(trusting.resolve("weibin.localhost", "unknown.example")).isInstanceOf(HostResolver.UnknownHost.class);
        assertThat(tenantOf(trusting.resolve("weibin.localhost", ""))).isEqualTo("weibin");
    }

    private static String tenantOf(HostResolver.Resolution resolution) {
        assertThat(resolution).isInstanceOf(HostResolver.ForTenant.class);
        return ((HostResolver.ForTenant) resolution).tenant().code().value();
    }

    private static TenantStore.Registration registration(String code, TenantStatus status, String... hosts) {
        TenantInfo info = new TenantInfo(TenantCode.of(code), code, code + "人民政府", TenantKind.COUNTY, "610399",
                "6103990001", status, "base");
        return new TenantStore.Registration(info, List.of(hosts), "v1");
    }

    private static TenantDirectory directoryOf(TenantStore.Registration... registrations) {
        TenantStore store = new TenantStore(null) {
            @Override
            public List<Registration> findAll() {
                return List.of(registrations);
            }
        };
        TenantDirectory directory = new TenantDirectory(store);
        directory.refresh();
        return directory;
    }
}
