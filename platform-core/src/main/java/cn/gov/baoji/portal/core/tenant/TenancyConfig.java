package cn.gov.baoji.portal.core.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How tenants are hosted, migrated and seeded. */
@ConfigMapping(prefix = "portal.tenancy")
public interface TenancyConfig {

    /** Classpath location of the Liquibase changelog every tenant schema follows. */
    @WithDefault("db/tenant/changelog.xml")
    String changelog();

    /** How many tenant schemas are migrated at the same time at start. */
    @WithDefault("2")
    int migrationParallelism();

    /** Host names of the city console; they never resolve to a tenant. */
    @WithDefault("console.localhost")
    List<String> consoleHosts();

    /** Of these hosts, those that belong to the city console (configured hosts may carry case or a port). */
    default List<String> consoleHostsAmong(java.util.Collection<String> hosts) {
        List<String> console = consoleHosts().stream().map(HostNames::normalize).flatMap(java.util.Optional::stream)
                .toList();
        return hosts.stream().filter(console::contains).toList();
    }

    /**
     * Whether {@code X-Forwarded-Host} decides the tenant. Only true behind a proxy that sets it,
     * otherwise any client could pick another county's site.
     */
    @WithDefault("false")
    boolean trustForwardedHost();

    /** The city's own portal, linked from the "site does not exist" page. */
    @WithDefault("http://www.baoji.gov.cn/")
    String cityPortalUrl();

    Seed seed();

    Links links();

    /** How absolute links to a county's site begin: scheme and port, before its canonical host. */
    interface Links {

        /** {@code https} in production; {@code http} in local runs and tests. */
        @WithDefault("https")
        String scheme();

        /** Left out of links when absent or the scheme's default (80, 443). */
        Optional<Integer> port();
    }

    /** The counties provisioned at start when they do not exist yet. */
    interface Seed {

        @WithDefault("true")
        boolean enabled();

        /** A classpath resource, or a file path when prefixed with {@code file:}. */
        @WithDefault("seed/tenants.json")
        String location();

        /**
         * Each seeded tenant also answers on {@code <code>.<suffix>} (local runs and tests only); that
         * host is registered first, so it is the canonical one there and links stay on the machine.
         */
        Optional<String> localDomainSuffix();

        /** Whether new counties get demo articles (local runs and tests only). */
        @WithDefault("false")
        boolean demoContent();

        /** Production domains per tenant code, replacing the ones in the seed file. */
        Map<String, List<String>> domains();
    }
}
