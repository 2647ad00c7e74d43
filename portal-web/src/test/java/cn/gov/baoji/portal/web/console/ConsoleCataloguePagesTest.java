package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.catalogue.CatalogueDrafts;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The catalogue tree editor over HTTP: edits stay in the draft until released, and a tree cannot be broken. */
@QuarkusTest
class ConsoleCataloguePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    CatalogueDrafts drafts;

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void freshDraft() {
        RedirectUris.allow(keycloak, root.getPort(), "console");
        drafts.discard();
    }

    @Test
    void movingANodeUnderItsOwnDescendantIsRefusedWithTheReason() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Response refused = console.post("/console/catalogue/nodes/zdly/parent", Map.of("parentCode", "shjz"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("不能把“重点领域信息”移到它自己或它的下级目录“社会救助”之下");
        assertThat(drafts.current().changed()).isFalse();
    }

    @Test
    void theMoveFormOffersNeitherTheNodeNorItsDescendants() {
        String page = ConsoleSupport.signIn(root.getPort(), "city-admin").open("/console/catalogue/nodes/zdly").asString();
        assertThat(page).contains("编辑目录节点：重点领域信息").contains("<option value=\"jgzn\"")
                .doesNotContain("<option value=\"shjz\"").doesNotContain("<option value=\"zdly\"");
    }

    @Test
    void editsStayInTheDraftUntilReleased() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        int versionBefore = catalogue.current().version();

        assertThat(console.post("/console/catalogue/nodes", Map.of("parentCode", "zcwj", "name", "  行政规范性文件汇编 ",
                "code", "xzgfhb", "allowLocalChildren", "true")).statusCode()).isEqualTo(303);
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/name", Map.of("name", "规范性文件汇编")).statusCode())
                .isEqualTo(303);
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/parent", Map.of("parentCode", "zdly")).statusCode())
                .isEqualTo(303);
        // Last under 重点领域信息 now; one place up puts it before the sibling that was last before it.
        List<String> before = childrenOf("zdly");
        String previous = before.get(before.size() - 2);
        assertThat(before.get(before.size() - 1)).isEqualTo("xzgfhb");
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/order", Map.of("direction", "up")).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore);
        assertThat(catalogue.cityNode("xzgfhb")).isEmpty();
        List<String> after = childrenOf("zdly");
        assertThat(after.subList(after.size() - 2, after.size())).containsExactly("xzgfhb", previous);
        CatalogueService.NodeInput edited = drafts.current().nodes().stream().filter(n -> n.code().equals("xzgfhb"))
                .findFirst().orElseThrow();
        assertThat(edited.name()).isEqualTo("规范性文件汇编");
        assertThat(edited.allowLocalChildren()).isTrue();

        Response noNote = console.post("/console/catalogue/releases", Map.of("note", " "));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("请填写发布说明");

        assertThat(console.post("/console/catalogue/releases", Map.of("note", "新增规范性文件汇编")).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore + 1);
        assertThat(catalogue.current().note()).isEqualTo("新增规范性文件汇编");
        assertThat(catalogue.cityNode("xzgfhb").orElseThrow().parentCode()).isEqualTo("zdly");
        assertThat(drafts.current().changed()).isFalse();
    }

    private List<String> childrenOf(String parent) {
        return drafts.current().nodes().stream().filter(n -> parent.equals(n.parentCode()))
                .map(CatalogueService.NodeInput::code).toList();
    }

    @Test
    void aDuplicateCodeIsRefusedAndTheFormKeepsWhatWasTyped() {
        Response refused = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/nodes",
                Map.of("parentCode", "zdly", "name", "另一个社会救助", "code", "shjz"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("目录代码已存在：shjz").contains("value=\"另一个社会救助\"")
                .contains("value=\"shjz\" aria-invalid=\"true\"");
    }

    @Test
    void topicsAreAddedRenamedReorderedAndRemoved() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/catalogue/topics", Map.of("code", "csgl", "name", "城市管理")).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.topic("csgl").orElseThrow().name()).isEqualTo("城市管理");
        assertThat(console.post("/console/catalogue/topics/csgl/name", Map.of("name", "城乡建设管理")).statusCode())
                .isEqualTo(303);
        int last = catalogue.topics().size() - 1;
        assertThat(catalogue.topics().get(last).code()).isEqualTo("csgl");
        assertThat(console.post("/console/catalogue/topics/csgl/order", Map.of("direction", "up")).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.topics().get(last - 1).code()).isEqualTo("csgl");
        assertThat(catalogue.topic("csgl").orElseThrow().name()).isEqualTo("城乡建设管理");

        assertThat(console.open("/console/catalogue/topics/csgl/remove").asString())
                .contains("确定要删除主题分类“城乡建设管理”吗？");
        assertThat(console.post("/console/catalogue/topics/csgl/remove", Map.of()).statusCode()).isEqualTo(303);
        assertThat(catalogue.topic("csgl")).isEmpty();
    }
}
