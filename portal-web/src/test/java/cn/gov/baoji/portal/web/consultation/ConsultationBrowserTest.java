package cn.gov.baoji.portal.web.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.consultation.ConsultationJobs;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/consultation.mjs} in real Chromium: a citizen comments through the
 * page with the real ALTCHA widget, the county editor approves, the comment appears publicly; the
 * clock passes the deadline; the webmaster publishes the feedback and the citizen reads it. axe-core
 * on every page, public ones in elder mode too, and in the modern and landscape themes. Screenshots: {@code target/screenshots/consultation-*.png}.
 */
@QuarkusTest
class ConsultationBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationJobs jobs;

    @Inject
    TenantScope scope;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void citizenCommentsEditorApprovesWebmasterPublishesTheFeedback() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        String title = "渭滨区中小学校周边交通秩序管理规定（征求意见稿）";
        long id = fixtures.create("weibin", title, "<h2>第一章 总则</h2><p>第一条 为保障学生上下学交通安全，制定本规定。</p>"
                + "<p>第二条 学校周边道路实行分时段交通管理。</p>", Duration.ofHours(-2), Duration.ofDays(20), true);
        scope.run(TenantCode.of("weibin"), () -> consultations.attach(ConsultationFixtures.webmaster("weibin"), id,
                "交通秩序管理规定（征求意见稿）.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        String port = String.valueOf(root.getPort());

        // The other shipped themes: 金台区 (modern) and 陈仓区 (landscape).
        String others = "jintai:" + fixtures.open("jintai", title) + ",chencang:" + fixtures.open("chencang", title);
        String themed = NodeScript.run("consultation.mjs", 4, port, "target/screenshots", "weibin",
                KeycloakTokens.DEMO_PASSWORD, "themes", others, title);
        assertThat(themed).contains("every theme shows the consultation pages");

        String commented = NodeScript.run("consultation.mjs", 4, port, "target/screenshots", "weibin",
                KeycloakTokens.DEMO_PASSWORD, "comment", String.valueOf(id), title);
        assertThat(commented).contains("the comment appeared publicly after moderation");

        clock.advance(Duration.ofDays(21));
        jobs.refreshPagesAtOpeningsAndDeadlines();
        String answered = NodeScript.run("consultation.mjs", 4, port, "target/screenshots", "weibin",
                KeycloakTokens.DEMO_PASSWORD, "feedback", String.valueOf(id), title);
        assertThat(answered).contains("the feedback is public with its figures");
    }
}
