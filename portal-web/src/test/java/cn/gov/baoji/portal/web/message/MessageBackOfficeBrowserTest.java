package cn.gov.baoji.portal.web.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/message-back-office.mjs} in real Chromium: the editor routes, returns
 * and approves a message by keyboard, the department's officer drafts and redrafts, with an old
 * message flagged overdue and red in the department's list and on the city console. Screenshots:
 * {@code target/screenshots/messages-*.png}. 浏览区 is this test's own county.
 */
@QuarkusTest
class MessageBackOfficeBrowserTest {

    private static final String COUNTY = "msgweb";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    MessageWorkflow workflow;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void editorAndOfficerHandleAMessageInTheBrowser() throws Exception {
        Counties.provision(provisioner, COUNTY, "浏览区", "619991", "classic");
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, "console");
        TestAccounts.account(keycloak, COUNTY + "-editor", "浏览区审核员", COUNTY, "editor", null);
        TestAccounts.account(keycloak, COUNTY + "-zfb", "政府办信息员", COUNTY, "contributor", "zfb");
        TestAccounts.account(keycloak, COUNTY + "-webmaster", "浏览区站点管理员", COUNTY, "webmaster", null);
        CitizenMessages citizens = new CitizenMessages(scope, board, em);

        // An old message, routed to the office 100 days ago and still unanswered.
        String oldTitle = "村道破损多处，雨天积水";
        clock.advance(Duration.ofDays(-100));
        CitizenMessages.Sent old = citizens.send(COUNTY, "zfb", oldTitle, "13912340022", true);
        Actor editor = new Actor(COUNTY + "-editor", "浏览区审核员", AccessBindings.fromClaims(
                List.of("/tenants/" + COUNTY + "/editor"), List.of()));
        scope.run(TenantCode.of(COUNTY), () -> workflow.accept(old.id(), "zfb", editor, null));
        clock.reset();

        String title = "小区门口路灯不亮";
        CitizenMessages.Sent sent = citizens.send(COUNTY, "leader", title, "13912340021", true);

        String output = NodeScript.run("message-back-office.mjs", 5, String.valueOf(root.getPort()), "target/screenshots",
                COUNTY, KeycloakTokens.DEMO_PASSWORD, String.valueOf(sent.id()), title, oldTitle);

        assertThat(output).contains("the editor routed, returned and approved by keyboard");
        assertThat(citizens.lookUp(COUNTY, sent).reply()).contains("3 个工作日内修复");
    }
}
