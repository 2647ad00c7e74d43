package cn.gov.baoji.portal.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/browser} (playwright-core driving Debian's Chromium, both
 * installed by deploy/test.sh) and returns its output once it succeeded.
 */
public final class NodeScript {

    private NodeScript() {
    }

    public static String run(String script, int minutes, String... arguments) throws Exception {
        assertThat(new File("src/test/browser/node_modules/playwright-core")).as("run the tests with deploy/test.sh")
                .exists();
        List<String> command = new ArrayList<>(List.of("node", "src/test/browser/" + script));
        command.addAll(List.of(arguments));
        // Into a file, not a pipe: a script that prints much would otherwise block on a full pipe.
        Path log = Files.createTempFile("node-" + script, ".log");
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(minutes, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        // In the test's report too, for people to read what the browser saw.
        System.out.println(script + ":\n" + output);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as(script + " finished in time:\n" + output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        return output;
    }
}
