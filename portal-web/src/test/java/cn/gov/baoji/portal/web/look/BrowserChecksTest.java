package cn.gov.baoji.portal.web.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/public-pages.mjs} (playwright-core driving Debian's Chromium, both
 * installed by deploy/test.sh) against this test application: axe-core in every shipped theme and
 * in the elder mode, keyboard use, the elder switch. Screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
class BrowserChecksTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void publicPagesAreAccessibleInEveryThemeAndInElderMode() throws Exception {
        File script = new File("src/test/browser/public-pages.mjs");
        assertThat(new File("src/test/browser/node_modules/playwright-core")).as("run the tests with deploy/test.sh")
                .exists();
        Process node = new ProcessBuilder("node", script.getPath(), String.valueOf(root.getPort()), "target/screenshots")
                .redirectErrorStream(true).start();
        boolean finished = node.waitFor(6, TimeUnit.MINUTES);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as("browser checks finished in time:\n" + output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("no serious or critical accessibility violations");
    }
}
