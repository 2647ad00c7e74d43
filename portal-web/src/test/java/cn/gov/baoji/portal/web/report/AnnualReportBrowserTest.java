package cn.gov.baoji.portal.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/annual-report.mjs}: in real Chromium the webmaster of 渭滨区 generates,
 * fills in and publishes the 2025 report; the city sees it in the console and generates 太白县's; the public pages in every theme, normal and elder mode,
 * with axe-core. Screenshots: {@code target/screenshots/annual-report-*.png}.
 */
@QuarkusTest
class AnnualReportBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    AnnualReports reports;

    @Inject
    TenantScope scope;

    @Test
    void webmasterGeneratesFillsInAndPublishesAndThePublicReadsIt() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "console");
        for (String county : List.of("jintai", "chencang")) {
            scope.run(TenantCode.of(county), () -> {
                reports.generate(AnnualReportTest.webmaster(county), 2025);
                reports.publish(AnnualReportTest.webmaster(county), 2025, null);
            });
        }
        String output = NodeScript.run("annual-report.mjs", 6, String.valueOf(root.getPort()), "target/screenshots",
                KeycloakTokens.DEMO_PASSWORD, "2025");
        assertThat(output).contains("annual report flow done");
    }
}
