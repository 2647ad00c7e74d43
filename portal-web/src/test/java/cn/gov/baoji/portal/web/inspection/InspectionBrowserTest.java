package cn.gov.baoji.portal.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.inspection.Inspector;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/inspection.mjs} on 麟游县 with a message unanswered for four months and
 * a broken link: the webmaster's 网站自查 and the city console's summary in real Chromium.
 */
@QuarkusTest
class InspectionBrowserTest {

    private static final String COUNTY = "linyou";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;
    @Inject
    InspectionFixtures fixtures;
    @Inject
    Inspector inspector;

    @Test
    void theWebmasterAndTheCityOfficeSeeTheFindings() throws Exception {
        fixtures.message(COUNTY, "村道路灯损坏无人修理", Duration.ofDays(120), -70);
        fixtures.article(COUNTY, "tzgg", "关于秋冬季森林防火的通告", "<p>详见<a href=\"/articles/987654\">去年的通告</a>。</p>",
                Duration.ofDays(1));
        inspector.run(TenantCode.of(COUNTY), Inspector.Trigger.SCHEDULE, "系统");
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, "console");
        String output = NodeScript.run("inspection.mjs", 4, String.valueOf(root.getPort()), "target/screenshots",
                COUNTY, COUNTY + "-webmaster", KeycloakTokens.DEMO_PASSWORD);
        assertThat(output).contains("single-veto risks are red on both homes");
    }
}
