package cn.gov.baoji.portal.core.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * Reads the seed file that lists the counties a fresh platform starts with.
 */
public class TenantSeed {

    record SeedTenant(String code, String name, String siteName, TenantKind kind, String divisionCode,
            String siteIdentifier, String theme, List<String> domains, SiteFooter footer, SiteLook look) {
    }

    record SeedFile(String comment, List<SeedTenant> tenants) {
    }

    private final TenancyConfig.Seed config;
    private final ObjectMapper json;

    public TenantSeed(TenancyConfig.Seed config) {
        this.config = config;
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public List<TenantSpec> specs() {
        SeedFile file = read();
        List<TenantSpec> specs = new ArrayList<>();
        for (SeedTenant t : file.tenants()) {
            List<String> domains = new ArrayList<>();
            // First, so that in local runs the canonical host (links in feeds and sitemap) is one that answers here.
            config.localDomainSuffix().filter(s -> !s.isBlank()).ifPresent(suffix -> domains.add(t.code() + "." + suffix));
            domains.addAll(config.domains().getOrDefault(t.code(), t.domains()));
            specs.add(new TenantSpec(TenantCode.of(t.code()), t.name(), t.siteName(), t.kind(), t.divisionCode(),
                    t.siteIdentifier(), t.theme(), domains, t.footer(), t.look()));
        }
        return specs;
    }

    private SeedFile read() {
        String location = config.location();
        try {
            if (location.startsWith("file:")) {
                try (InputStream in = Files.newInputStream(Path.of(location.substring("file:".length())))) {
                    return json.readValue(in, SeedFile.class);
                }
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new IllegalStateException("Tenant seed file '" + location + "' is not on the classpath");
                }
                return json.readValue(in, SeedFile.class);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Tenant seed file '" + location + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
