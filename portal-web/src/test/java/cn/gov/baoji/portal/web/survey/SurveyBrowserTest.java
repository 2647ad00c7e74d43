package cn.gov.baoji.portal.web.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.survey.AnswerInput;
import cn.gov.baoji.portal.core.survey.SurveyAnswering;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/survey.mjs}: in real Chromium the webmaster builds and publishes a
 * survey, citizens answer it, and the results page shows the charts and their tables; axe-core on
 * the survey pages of every shipped theme, normal and elder mode. Screenshots:
 * {@code target/screenshots/survey-*.png}.
 */
@QuarkusTest
class SurveyBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    SurveyFixtures fixtures;

    @Inject
    SurveyAnswering answering;

    @Inject
    TenantScope scope;

    @Test
    void webmasterBuildsCitizensAnswerAndTheResultsShowChartsAndTables() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        // 金台区 (modern) and 陈仓区 (landscape): a survey with answers each, for their themes' pages.
        StringBuilder others = new StringBuilder();
        for (String county : List.of("jintai", "chencang")) {
            SurveyView survey = fixtures.draft(county, "农村人居环境整治意见调查", Duration.ofDays(-1), Duration.ofDays(30), true)
                    .question("single", "您对村容村貌的变化是否满意", true, "非常满意", "比较满意", "一般", "不满意")
                    .question("text", "您还有什么建议", false)
                    .publish();
            SurveyView.QuestionView q = survey.questions().get(0);
            for (int i = 0; i < 5; i++) {
                long option = q.options().get(i % 3).id();
                String address = "192.0.2." + (100 + i);
                scope.run(TenantCode.of(county), () -> answering.submit(survey.id(),
                        List.of(new AnswerInput(q.id(), List.of(option), null)), SurveyCookie.fresh(), address));
            }
            others.append(others.isEmpty() ? "" : ",").append(county).append(':').append(survey.id());
        }

        String output = NodeScript.run("survey.mjs", 6, String.valueOf(root.getPort()), "target/screenshots",
                KeycloakTokens.DEMO_PASSWORD, others.toString());

        assertThat(output).contains("survey flow done");
    }
}
