package cn.gov.baoji.portal.web.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.NodeScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/public-pages.mjs} against this test application: axe-core in every
 * shipped theme and in the elder mode, keyboard use, the elder switch. Screenshots go to
 * {@code target/screenshots}.
 */
@QuarkusTest
class BrowserChecksTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void publicPagesAreAccessibleInEveryThemeAndInElderMode() throws Exception {
        String output = NodeScript.run("public-pages.mjs", 6, String.valueOf(root.getPort()), "target/screenshots");
        assertThat(output).contains("no serious or critical accessibility violations");
    }
}
