package cn.gov.baoji.portal.web.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.consultation.ConsultationFixtures;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.survey.SurveyFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The 互动交流 column and its home-page block show the county's newest message replies, surveys and
 * consultations (and interviews), with their state, never the writer's personal data, and only the
 * county's own.
 */
@QuarkusTest
class InteractionColumnTest {

    private static final String COUNTY = "hubfull";
    private static final String EMPTY = "hubempty";

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    MessageQueues queues;

    @Inject
    MessageWorkflow workflow;

    @Inject
    SurveyFixtures surveys;

    @Inject
    ConsultationFixtures consultations;

    @Test
    void theColumnAndTheHomeBlockShowTheNewestOfAllFourWithoutPersonalData() {
        Counties.provision(provisioner, COUNTY, "互动区", null, "classic");
        String phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        repliedMessage("小区门口路灯不亮", phone);
        surveys.draft(COUNTY, "公共文化服务满意度调查", Duration.ofHours(-1), Duration.ofDays(7), false)
                .question("single", "您是否去过县图书馆", true, "去过", "没去过").publish();
        consultations.open(COUNTY, "关于城区停车管理办法的征求意见稿");

        String column = page(COUNTY, "/channels/hdjl");
        assertThat(column).contains("<h1>互动交流</h1>").contains(">网上留言</a></h2>").contains(">意见征集</a></h2>")
                .contains(">网上调查</a></h2>").contains(">在线访谈</a></h2>")
                .contains("<a class=\"hub-action\" href=\"/messages/new\">我要留言</a>")
                .contains("<a href=\"/messages/lookup\">查询办理情况</a>")
                .contains("小区门口路灯不亮").contains("已答复")
                .contains("公共文化服务满意度调查").contains("关于城区停车管理办法的征求意见稿").contains("征集中");
        String home = page(COUNTY, "/");
        assertThat(home).contains("小区门口路灯不亮（已答复）").contains("公共文化服务满意度调查")
                .contains("关于城区停车管理办法的征求意见稿（征集中）");
        for (String html : List.of(column, home)) {
            assertThat(html).doesNotContain(phone).doesNotContain("赵志刚").doesNotContain("zhao.private@example.com");
        }

        assertThat(page("weibin", "/channels/hdjl")).doesNotContain("小区门口路灯不亮").doesNotContain("公共文化服务满意度调查");
    }

    @Test
    void aCountyWithNothingYetSaysSoInEachPart() {
        Counties.provision(provisioner, EMPTY, "静默区", null, "modern");
        String column = page(EMPTY, "/channels/hdjl");
        assertThat(column).contains(">网上留言</a></h2>").contains(">在线访谈</a></h2>").contains("我要留言");
        assertThat(column.split("class=\"empty\"", -1)).hasSize(5);
    }

    private void repliedMessage(String title, String phone) {
        TenantCode code = TenantCode.of(COUNTY);
        String queryCode = scope.call(code, () -> board.submit(new MessageInput("suggest", "zfb", title,
                "晚上出行很不方便，希望尽快修复。", "赵志刚", phone, "zhao.private@example.com", true), "hub-" + UUID.randomUUID(),
                () -> { }));
        Actor editor = new Actor(COUNTY + "-editor", "区县审核员",
                AccessBindings.fromClaims(List.of("/tenants/" + COUNTY + "/editor"), List.of()));
        Actor officer = new Actor(COUNTY + "-zfb-officer", "信息员",
                AccessBindings.fromClaims(List.of("/tenants/" + COUNTY + "/contributor"), List.of(COUNTY + ":zfb")));
        long id = scope.call(code, () -> queues.byQueryCode(editor, queryCode)).orElseThrow().id();
        scope.run(code, () -> workflow.accept(id, "zfb", editor, "请核实"));
        scope.run(code, () -> workflow.draftReply(id, "已安排维修，路灯已恢复照明。", officer));
        scope.run(code, () -> workflow.approveReply(id, editor));
    }

    private static String page(String county, String path) {
        return given().header("Host", Counties.host(county)).get(path).then().statusCode(200).extract().asString();
    }
}
