package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageActors.editor;
import static cn.gov.baoji.portal.web.message.MessageActors.key;
import static cn.gov.baoji.portal.web.message.MessageActors.message;
import static cn.gov.baoji.portal.web.message.MessageActors.officer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.NodeScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/message-board.mjs}: in real Chromium a citizen writes a message through
 * the form with the real ALTCHA widget, corrects a wrong phone number, gets the query code and looks
 * the message up; every message page passes axe-core in every theme, normal and elder mode.
 * Screenshots: {@code target/screenshots/message-*.png}.
 */
@QuarkusTest
class MessageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    MessageWorkflow workflow;

    @Inject
    MessageQueues queues;

    @Test
    void aCitizenWritesGetsTheCodeAndLooksItUp() throws Exception {
        List<String> published = new ArrayList<>();
        for (String county : List.of("weibin", "jintai", "chencang")) {
            published.add(county + ":" + publishedMessage(county));
        }
        String output = NodeScript.run("message-board.mjs", 6, String.valueOf(root.getPort()), "target/screenshots",
                String.join(",", published));
        assertThat(output).contains("a citizen wrote, got a query code and looked the message up");
        // What the browser sent arrived whole, with the file chosen after the first attempt.
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("query code (\\S+)").matcher(output);
        assertThat(code.find()).isTrue();
        var stored = scope.call(TenantCode.of("weibin"), () -> queues.byQueryCode(editor("weibin"), code.group(1))).orElseThrow();
        assertThat(stored.title()).isEqualTo("关于老旧小区加装电梯的咨询");
        assertThat(stored.content()).isEqualTo("我们小区建于1995年，六层无电梯。\n请问加装电梯如何申请，有哪些补贴？");
        assertThat(stored.publishAllowed()).isTrue();
        assertThat(stored.attachments()).extracting(a -> a.fileName()).containsExactly("小区平面图.pdf");
    }

    private long publishedMessage(String county) {
        return scope.call(TenantCode.of(county), () -> {
            String code = board.submit(message("leader", "关于城区停车难问题的建议", "13655000001", true), key(), () -> {
            });
            long id = queues.byQueryCode(editor(county), code).orElseThrow().id();
            workflow.accept(id, "zfb", editor(county), null);
            workflow.draftReply(id, "感谢您的建议。\n我区将在老城区新增两处公共停车场，预计明年投入使用。", officer(county, "zfb"));
            workflow.approveReply(id, editor(county));
            return id;
        });
    }
}
