package cn.gov.baoji.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.evaluation.EvaluationWeights;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/evaluation-dashboard.mjs} on the evaluation tests' March 2031: the
 * console dashboard (counties ranked, a county's departments) and 评估甲县's back-office dashboard,
 * charts drawn with their tables, axe-core clean. Screenshots: {@code target/screenshots/evaluation-*.png}.
 */
@QuarkusTest
class EvaluationBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    EvaluationData data;

    @Inject
    EvaluationWeights weights;

    @Test
    void dashboardsShowChartsWithTheirTables() throws Exception {
        data.marchOnce(provisioner, keycloak);
        EvaluationTest.resetWeights(weights);
        RedirectUris.allow(keycloak, root.getPort(), EvaluationData.A, "console");
        String output = NodeScript.run("evaluation-dashboard.mjs", 3, String.valueOf(root.getPort()), "target/screenshots",
                "city-admin", EvaluationData.A + "-webmaster", KeycloakTokens.DEMO_PASSWORD, EvaluationData.A,
                EvaluationTest.FROM, EvaluationTest.TO);
        assertThat(output).contains("the evaluation dashboards show charts with their tables");
    }
}
