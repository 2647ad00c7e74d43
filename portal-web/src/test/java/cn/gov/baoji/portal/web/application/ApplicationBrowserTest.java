package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/online-application.mjs} in real Chromium: a citizen applies with a
 * file through the page and the real ALTCHA widget, the department's officer approves in the back
 * office, the citizen sees the result and rates it; axe-core on every application page in every
 * shipped theme and elder mode. Screenshots: {@code target/screenshots/application-*.png}. 申报区
 * (classic), 申报二区 (modern) and 申报三区 (landscape) are this test's own counties.
 */
@QuarkusTest
class ApplicationBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceGuides guides;

    @Inject
    ApplicationForms forms;

    @Test
    void aCitizenAppliesAndTheDepartmentDecidesInTheBrowser() throws Exception {
        String[][] counties = { { "appweb", "申报区", "619977", "classic" }, { "appwebm", "申报二区", "619978", "modern" },
                { "appwebl", "申报三区", "619979", "landscape" } };
        for (String[] c : counties) {
            Counties.provision(provisioner, c[0], c[1], c[2], c[3]);
            ApplicationFixtures.openItems(catalogue, guides, scope, c[0]);
            scope.call(TenantCode.of(c[0]), () -> forms.save(webmaster(c[0]), ITEM, ApplicationFixtures.form()));
        }
        RedirectUris.allow(keycloak, root.getPort(), "appweb");
        TestAccounts.account(keycloak, "appweb-zfb", "县政府办信息员", "appweb", "contributor", "zfb");
        TestAccounts.webmaster(keycloak, "appweb", "申报区站点管理员");

        String output = NodeScript.run("online-application.mjs", 6, String.valueOf(root.getPort()), "target/screenshots",
                "appweb", "appweb-zfb", KeycloakTokens.DEMO_PASSWORD, "appweb,appwebm,appwebl");
        assertThat(output).contains("the department approved it");
    }
}
