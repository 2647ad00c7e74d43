package cn.gov.baoji.portal.web.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/interview-live.mjs}: in real Chromium a citizen's open interview page
 * shows a question and a guest's answer with a picture, posted by the county editor in a browser of
 * their own, without reloading; the question form works through the ALTCHA widget; axe-core passes
 * in every theme, normal and elder mode. Screenshots: {@code target/screenshots/interview-*.png}.
 */
@QuarkusTest
class InterviewBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    Interviews interviews;

    @Test
    void aCitizenSeesTheAnswerAppearWithoutReloading() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        long weibin = interviews.announced("weibin", "冬季清洁取暖政策解读", Duration.ofMinutes(-20));
        interviews.answer("weibin", weibin, "各位网友大家好，欢迎来到今天的在线访谈。");
        long jintai = interviews.announced("jintai", "金台区老旧小区改造", Duration.ofDays(2));
        long chencang = interviews.announced("chencang", "陈仓区乡村振兴", Duration.ofHours(-5));
        interviews.answer("chencang", chencang, "今年全区新建高标准农田两万亩。");
        Path picture = Path.of("target", "interview-picture.jpg");
        Files.write(picture, TestImages.jpeg(800, 500, new Color(0xc0, 0x39, 0x2b)));

        String output = NodeScript.run("interview-live.mjs", 5, String.valueOf(root.getPort()), "target/screenshots",
                KeycloakTokens.DEMO_PASSWORD, picture.toString(), Long.toString(weibin), Long.toString(jintai),
                Long.toString(chencang));

        assertThat(output).contains("the citizen saw the question and the answer appear live");
    }
}
