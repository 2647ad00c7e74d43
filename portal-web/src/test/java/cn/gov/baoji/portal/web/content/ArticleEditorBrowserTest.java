package cn.gov.baoji.portal.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Runs {@code src/test/browser/article-editor.mjs}: in real Chromium, under the pages' own CSP, a
 * contributor writes with the rich-text editor (heading, table, uploaded image, a Word paste from
 * {@code platform-core/src/test/resources/paste/word2016-tongzhi.html}), saves and submits; the county
 * editor returns it with a comment, which the contributor finds in the work list on the back-office
 * home; the contributor fixes it and submits again; the editor publishes; the citizen's page has the
 * same structure. Screenshots: {@code target/screenshots/editor-*.png}.
 */
@QuarkusTest
class ArticleEditorBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Test
    void contributorWritesIsReturnedFixesAndTheCitizenSeesTheSameStructure() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        Path photo = Path.of("target", "editor-photo.png");
        Files.write(photo, TestImages.png(480, 320, new Color(0x2e, 0x6d, 0xb4)));
        String word = Path.of("..", "platform-core", "src", "test", "resources", "paste", "word2016-tongzhi.html").toString();

        String output = NodeScript.run("article-editor.mjs", 4, String.valueOf(root.getPort()), "target/screenshots",
                "weibin", KeycloakTokens.DEMO_PASSWORD, photo.toString(), word);

        assertThat(output).contains("the citizen saw the same structure");
    }
}
