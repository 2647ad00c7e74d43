package cn.gov.baoji.portal.web.service;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.service.ServiceViews;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What citizens see of the services, on a county of this test's own with the demo catalogue's
 * twenty published guides (a known set): browsing by life event, audience, department and words,
 * bad filters, a guide with its eight elements and forms, the 办事服务 channel and home block.
 */
@QuarkusTest
class ServicePagesTest {

    static final String COUNTY = "svcbrowse";
    static final String POPULAR = "svcpopular";

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ServiceViews views;

    @BeforeEach
    void counties() {
        Counties.provision(provisioner, COUNTY, "便民区", "619967", "classic");
        Counties.provision(provisioner, POPULAR, "热门区", "619968", "modern");
    }

    /** The codes listed for these filters, given as name, value, name, value, … */
    private static List<String> codes(String... filters) {
        io.restassured.specification.RequestSpecification request = anonymous(COUNTY);
        for (int i = 0; i < filters.length; i += 2) {
            request.queryParam(filters[i], filters[i + 1]);
        }
        return request.get("/api/v1/services").then().statusCode(200).extract().jsonPath()
                .getList("items.code", String.class);
    }

    @Test
    void theApiFiltersByLifeEventAudienceDepartmentAndWords() {
        assertThat(codes()).hasSize(20).startsWith("BJ-GG-0101", "BJ-QR-0102");
        assertThat(codes("event", "syxy")).containsExactly("BJ-GG-0101", "BJ-QR-0102");
        assertThat(codes("audience", "CORPORATE")).containsExactly("BJ-GG-0301", "BJ-JF-0303", "BJ-XK-0601", "BJ-XK-0701",
                "BJ-XK-0702", "BJ-XK-0802", "BJ-QT-0901", "BJ-XK-1001");
        assertThat(codes("department", "mzj")).containsExactly("BJ-QR-0102", "BJ-QR-0201", "BJ-QR-0202", "BJ-JF-0403",
                "BJ-JF-0501", "BJ-GG-1101");
        assertThat(codes("q", "登记")).containsExactly("BJ-GG-0101", "BJ-QR-0102", "BJ-QR-0201", "BJ-QR-0202", "BJ-GG-0301",
                "BJ-GG-0401", "BJ-GG-0602", "BJ-XK-0701");
        assertThat(codes("event", "jycy", "audience", "CORPORATE")).containsExactly("BJ-GG-0301", "BJ-JF-0303");
        assertThat(codes("event", "txyl", "q", "补贴")).containsExactly("BJ-JF-0501");
        // Words are matched as written: % and _ are no wildcards.
        assertThat(codes("q", "%")).isEmpty();
        assertThat(codes("q", "_")).isEmpty();

        anonymous(COUNTY).get("/api/v1/services?size=5&page=2").then().statusCode(200).body("total", equalTo(20))
                .body("page", equalTo(2)).body("pages", equalTo(4)).body("items.size()", equalTo(5))
                .body("items[0].code", equalTo("BJ-JF-0302")).body("hasPrevious", equalTo(true))
                .body("hasNext", equalTo(true));
        anonymous(COUNTY).get("/api/v1/services?event=syxy").then()
                .body("items[0].name", equalTo("生育登记")).body("items[0].kind", equalTo("公共服务"))
                .body("items[0].department", equalTo("便民区卫生健康局")).body("items[0].timeLimit", equalTo("即办"))
                .body("items[0].online", equalTo(true)).body("items[0].url", equalTo("/services/BJ-GG-0101"));
    }

    @Test
    void badFiltersAreRefusedWithAChineseReason() {
        problem("q", "事".repeat(41));
        problem("event", "nosuchevent");
        problem("event", "a".repeat(2000));
        problem("audience", "EVERYONE");
        problem("department", "nosuch");
        problem("page", "0");
        problem("page", "abc");
        problem("size", "51");
        problem("q", "\u0000");
        Response page = anonymous(COUNTY).get("/services?event=nosuchevent");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("lang=\"zh-CN\"").contains("没有这个生命事件");
        assertThat(anonymous(COUNTY).queryParam("q", "事".repeat(41)).get("/services").statusCode()).isEqualTo(400);
        anonymous(COUNTY).get("/services/NO-SUCH-ITEM").then().statusCode(404);
        anonymous(COUNTY).get("/api/v1/services/no such item").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void problem(String name, String value) {
        anonymous(COUNTY).queryParam(name, value).get("/api/v1/services").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", org.hamcrest.Matchers.matchesPattern("(?s).*[\\u4e00-\\u9fa5].*"));
    }

    @Test
    void theBrowsePageShowsTheFiltersAndTheMatchingItems() {
        String page = anonymous(COUNTY).get("/services?event=syxy").then().statusCode(200).extract().asString();
        assertThat(page).contains("办事指南：生育收养").contains("href=\"/services/BJ-GG-0101\"").contains("收养登记")
                .doesNotContain("href=\"/services/BJ-JF-0302\"").contains("按服务对象").contains("个人办事")
                .contains("便民区民政局");
        String search = anonymous(COUNTY).queryParam("q", "结婚").get("/services").then().statusCode(200).extract().asString();
        assertThat(search).contains("内地居民结婚登记").doesNotContain("内地居民离婚登记").contains("value=\"结婚\"");
        String none = anonymous(COUNTY).queryParam("q", "航天").get("/services").then().statusCode(200).extract().asString();
        assertThat(none).contains("没有找到符合条件的事项");
    }

    @Test
    void aGuideShowsItsEightElementsItsFormsAndTheApplyButtonOnlyWhenOpen() {
        String page = anonymous(COUNTY).get("/services/BJ-GG-0101").then().statusCode(200).extract().asString();
        for (String label : List.of("事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理时间", "联系电话", "办理流程",
                "收费标准", "承诺时限", "责任部门", "表格下载")) {
            assertThat(page).as(label).contains(">" + label + "<");
        }
        assertThat(page).contains("《陕西省人口与计划生育条例》").contains("<li>结婚证</li>").contains("便民区政务服务中心一楼综合受理区")
                .contains("0917-6210301").contains("即办").contains("href=\"/services/BJ-GG-0101/apply\"")
                .contains("生育登记申请表");
        String closed = anonymous(COUNTY).get("/services/BJ-QR-0102").then().statusCode(200).extract().asString();
        assertThat(closed).contains("收养登记").doesNotContain("/apply").contains("20 个工作日");

        Response api = anonymous(COUNTY).get("/api/v1/services/BJ-GG-0101");
        api.then().statusCode(200).body("name", equalTo("生育登记")).body("online", equalTo(true))
                .body("applyUrl", equalTo("/services/BJ-GG-0101/apply")).body("materials[1]", equalTo("结婚证"))
                .body("hours", containsString("9:00")).body("phone", equalTo("0917-6210301"))
                .body("process.size()", equalTo(3)).body("forms[0].format", equalTo("DOCX"));
        anonymous(COUNTY).get("/api/v1/services/BJ-QR-0102").then().body("online", equalTo(false))
                .body("applyUrl", org.hamcrest.Matchers.nullValue());

        Response form = anonymous(COUNTY).get(api.jsonPath().getString("forms[0].url"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.header("Content-Disposition")).startsWith("attachment; filename*=UTF-8''");
        assertThat(form.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(form.asByteArray(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void theServiceChannelAndTheHomeBlockShowPopularItemsAndLifeEvents() {
        for (int i = 0; i < 3; i++) {
            anonymous(POPULAR).get("/services/BJ-JF-0501").then().statusCode(200);
        }
        anonymous(POPULAR).get("/services/BJ-GG-0401").then().statusCode(200);
        views.flush();
        anonymous(POPULAR).get("/api/v1/services/BJ-JF-0501").then().body("views", equalTo(3));

        String channel = anonymous(POPULAR).get("/channels/bsfw").then().statusCode(200).extract().asString();
        assertThat(channel).contains("热门事项").contains("按生命事件办事").contains("href=\"/services?event=syxy\"");
        assertThat(channel.indexOf("高龄老人生活补贴")).isLessThan(channel.indexOf("城乡居民基本养老保险参保登记"));
        assertThat(channel.indexOf("城乡居民基本养老保险参保登记")).isLessThan(channel.indexOf("生育登记"));
        String home = anonymous(POPULAR).get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("id=\"block-bsfw\"").contains("热门事项").contains("href=\"/services/BJ-JF-0501\"")
                .contains("生育收养");
    }
}
