package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Absolute links start with the configured scheme and port and the county's first registered domain. */
class SiteOriginsTest {

    private final TenantDirectory directory = directoryWith("www.weibin.gov.cn", "weibin.gov.cn", "weibin.localhost");

    @Test
    void productionLinksUseHttpsAndTheFirstRegisteredDomain() {
        assertThat(new SiteOrigins(directory, "https", Optional.empty()).of(TenantCode.of("weibin")))
                .isEqualTo("https://www.weibin.gov.cn");
    }

    @Test
    void defaultPortOfTheSchemeIsLeftOut() {
        assertThat(new SiteOrigins(directory, "https", Optional.of(443)).of(TenantCode.of("weibin")))
                .isEqualTo("https://www.weibin.gov.cn");
        assertThat(new SiteOrigins(directory, "http", Optional.of(80)).of(TenantCode.of("weibin")))
                .isEqualTo("http://www.weibin.gov.cn");
    }

    @Test
    void otherPortIsWrittenOut() {
        assertThat(new SiteOrigins(directory, "HTTP", Optional.of(8080)).of(TenantCode.of("weibin")))
                .isEqualTo("http://www.weibin.gov.cn:8080");
    }

    @Test
    void schemeOtherThanHttpOrHttpsIsAConfigurationError() {
        assertThatThrownBy(() -> new SiteOrigins(directory, "javascript", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.tenancy.links.scheme");
    }

    private static TenantDirectory directoryWith(String... hosts) {
        TenantInfo info = new TenantInfo(TenantCode.of("weibin"), "渭滨区", "渭滨区人民政府", TenantKind.DISTRICT, "610302",
                "6103020001", TenantStatus.ACTIVE, "classic");
        TenantStore store = new TenantStore(null) {
            @Override
            public List<Registration> findAll() {
                return List.of(new Registration(info, List.of(hosts), "v1"));
            }
        };
        TenantDirectory directory = new TenantDirectory(store);
        directory.refresh();
        return directory;
    }
}
