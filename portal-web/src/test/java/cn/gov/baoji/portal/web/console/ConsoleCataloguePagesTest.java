package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
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
        if (drafts.current().changed()) {
            drafts.discard(drafts.current().revision());
        }
    }

    @Test
    void movingANodeUnderItsOwnDescendantIsRefusedWithTheReason() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Response refused = console.post("/console/catalogue/nodes/zdly/parent", seen(Map.of("parentCode", "shjz")));
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

        assertThat(console.post("/console/catalogue/nodes", seen(Map.of("parentCode", "zcwj", "name", "  行政规范性文件汇编 ",
                "code", "xzgfhb", "allowLocalChildren", "true"))).statusCode()).isEqualTo(303);
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/name", seen(Map.of("name", "规范性文件汇编"))).statusCode())
                .isEqualTo(303);
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/parent", seen(Map.of("parentCode", "zdly"))).statusCode())
                .isEqualTo(303);
        // Last under 重点领域信息 now; one place up puts it before the sibling that was last before it.
        List<String> before = childrenOf("zdly");
        String previous = before.get(before.size() - 2);
        assertThat(before.get(before.size() - 1)).isEqualTo("xzgfhb");
        assertThat(console.post("/console/catalogue/nodes/xzgfhb/order", seen(Map.of("direction", "up"))).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore);
        assertThat(catalogue.cityNode("xzgfhb")).isEmpty();
        List<String> after = childrenOf("zdly");
        assertThat(after.subList(after.size() - 2, after.size())).containsExactly("xzgfhb", previous);
        CatalogueService.NodeInput edited = drafts.current().nodes().stream().filter(n -> n.code().equals("xzgfhb"))
                .findFirst().orElseThrow();
        assertThat(edited.name()).isEqualTo("规范性文件汇编");
        assertThat(edited.allowLocalChildren()).isTrue();

        Response noNote = console.post("/console/catalogue/releases", seen(Map.of("note", " ")));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("请填写发布说明");

        assertThat(console.post("/console/catalogue/releases", seen(Map.of("note", "新增规范性文件汇编"))).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore + 1);
        assertThat(catalogue.current().note()).isEqualTo("新增规范性文件汇编");
        assertThat(catalogue.cityNode("xzgfhb").orElseThrow().parentCode()).isEqualTo("zdly");
        assertThat(drafts.current().changed()).isFalse();
    }

    @Test
    void theSecondOfTwoEditsBasedOnTheSameDraftIsRefusedAndTheFirstSurvives() {
        ConsoleSupport first = ConsoleSupport.signIn(root.getPort(), "city-admin");
        ConsoleSupport second = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Map<String, String> bothSaw = seenNow();

        assertThat(first.post("/console/catalogue/nodes/shjz/name", with(bothSaw, "name", "社会救助信息")).statusCode())
                .isEqualTo(303);
        Response lost = second.post("/console/catalogue/nodes/shjz/name", with(bothSaw, "name", "低保和特困救助"));

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.asString()).contains("目录草稿已被他人修改，请刷新后再操作");
        assertThat(nodeName("shjz")).isEqualTo("社会救助信息");
    }

    @Test
    void theFirstEditStartsTheDraftAndASecondOneBasedOnNoDraftIsRefused() {
        Map<String, String> bothSaw = seenNow();
        assertThat(bothSaw.get("revision")).isEqualTo("0");
        drafts.rename("shjz", "社会救助信息", drafts.current().seen(), "市政务公开办");

        Response lost = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/nodes",
                with(bothSaw, "parentCode", "zdly", "name", "临时救助", "code", "lsjz"));

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(drafts.current().nodes().stream().map(CatalogueService.NodeInput::code)).doesNotContain("lsjz");
        assertThat(nodeName("shjz")).isEqualTo("社会救助信息");
    }

    @Test
    void aReleaseBasedOnAnOlderRevisionIsRefusedAndTheEditThatLandedInBetweenSurvives() {
        drafts.rename("shjz", "社会救助信息", drafts.current().seen(), "市政务公开办");
        Map<String, String> releaseSaw = seenNow();
        int versionBefore = catalogue.current().version();
        drafts.rename("shjz", "低保和特困救助", drafts.current().seen(), "市民政局");

        Response refused = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/releases",
                with(releaseSaw, "note", "调整社会救助"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("目录草稿已被他人修改，请刷新后再操作");
        assertThat(catalogue.current().version()).isEqualTo(versionBefore);
        assertThat(drafts.current().changed()).isTrue();
        assertThat(nodeName("shjz")).isEqualTo("低保和特困救助");
    }

    @Test
    void anEditBasedOnARevisionThatWasReleasedIsRefused() {
        // Released nodes stay for good: a new code, so the other tests still find the seed tree.
        drafts.addNode(new CatalogueService.NodeInput("lsjzxx", "zdly", "临时救助信息", false), drafts.current().seen(),
                "市政务公开办");
        Map<String, String> editSaw = seenNow();
        int versionBefore = catalogue.current().version();
        drafts.release("新增临时救助信息", drafts.current().seen(), "市政务公开办");

        Response lost = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/nodes/lsjzxx/name",
                with(editSaw, "name", "临时救助"));

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore + 1);
        assertThat(catalogue.cityNode("lsjzxx").orElseThrow().name()).isEqualTo("临时救助信息");
        assertThat(drafts.current().changed()).isFalse();
    }

    @Test
    void aSecondReleaseOfTheSameDraftIsRefused() {
        drafts.addNode(new CatalogueService.NodeInput("tkgyxx", "zdly", "特困供养信息", false), drafts.current().seen(),
                "市政务公开办");
        Map<String, String> bothSaw = seenNow();
        int versionBefore = catalogue.current().version();
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");

        assertThat(console.post("/console/catalogue/releases", with(bothSaw, "note", "新增特困供养信息")).statusCode())
                .isEqualTo(303);
        Response twice = console.post("/console/catalogue/releases", with(bothSaw, "note", "新增特困供养信息"));

        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(catalogue.current().version()).isEqualTo(versionBefore + 1);
    }

    @Test
    void discardingAsksFirstAndThenDropsOnlyTheDraftThePageShowed() {
        drafts.rename("shjz", "社会救助信息", drafts.current().seen(), "市政务公开办");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        String tree = console.open("/console/catalogue").asString();
        long revision = drafts.current().revision();
        assertThat(tree).contains("href=\"/console/catalogue/draft/discard?revision=" + revision)
                .doesNotContain("action=\"/console/catalogue/draft/discard\"");

        String asked = console.open("/console/catalogue/draft/discard?revision=" + revision).asString();
        assertThat(asked).contains("确定要放弃目录草稿吗？").contains("action=\"/console/catalogue/draft/discard\"")
                .contains("name=\"revision\" value=\"" + revision + "\"");
        assertThat(drafts.current().changed()).isTrue();

        assertThat(console.post("/console/catalogue/draft/discard", Map.of("revision", Long.toString(revision)))
                .statusCode()).isEqualTo(303);
        assertThat(drafts.current().changed()).isFalse();
    }

    @Test
    void discardingADraftThatChangedSinceTheQuestionIsRefused() {
        drafts.rename("shjz", "社会救助信息", drafts.current().seen(), "市政务公开办");
        long asked = drafts.current().revision();
        drafts.rename("shjz", "低保和特困救助", drafts.current().seen(), "市民政局");

        Response refused = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/draft/discard",
                Map.of("revision", Long.toString(asked)));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(nodeName("shjz")).isEqualTo("低保和特困救助");
    }

    @Test
    void aTopicChangeBasedOnAnOlderListIsRefusedAndTheFirstSurvives() {
        String bothSaw = catalogue.topicsRevision();
        String code = catalogue.topics().get(0).code();
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");

        assertThat(console.post("/console/catalogue/topics", Map.of("code", "xczx", "name", "乡村振兴", "revision", bothSaw))
                .statusCode()).isEqualTo(303);
        Response lost = console.post("/console/catalogue/topics/" + code + "/remove", Map.of("revision", bothSaw));

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.asString()).contains("主题分类已被他人修改，请刷新后再操作");
        assertThat(catalogue.topic(code)).isPresent();
        assertThat(catalogue.topic("xczx").orElseThrow().name()).isEqualTo("乡村振兴");
        catalogue.removeTopic("xczx", catalogue.topicsRevision());
    }

    private Map<String, String> seen(Map<String, String> form) {
        return with(seenNow(), form);
    }

    private Map<String, String> seenNow() {
        CatalogueDrafts.Draft draft = drafts.current();
        return Map.of("revision", Long.toString(draft.revision()), "basedOn", Integer.toString(draft.basedOn()));
    }

    private Map<String, String> topicsSeen(Map<String, String> form) {
        return with(Map.of("revision", catalogue.topicsRevision()), form);
    }

    private static Map<String, String> with(Map<String, String> seen, String... fields) {
        Map<String, String> form = new HashMap<>(seen);
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    private static Map<String, String> with(Map<String, String> seen, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(seen);
        form.putAll(fields);
        return form;
    }

    private String nodeName(String code) {
        return drafts.current().nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().name();
    }

    private List<String> childrenOf(String parent) {
        return drafts.current().nodes().stream().filter(n -> parent.equals(n.parentCode()))
                .map(CatalogueService.NodeInput::code).toList();
    }

    @Test
    void aDuplicateCodeIsRefusedAndTheFormKeepsWhatWasTyped() {
        Response refused = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/catalogue/nodes",
                seen(Map.of("parentCode", "zdly", "name", "另一个社会救助", "code", "shjz")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("目录代码已存在：shjz").contains("value=\"另一个社会救助\"")
                .contains("value=\"shjz\" aria-invalid=\"true\"");
    }

    @Test
    void topicsAreAddedRenamedReorderedAndRemoved() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/catalogue/topics", topicsSeen(Map.of("code", "csgl", "name", "城市管理"))).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.topic("csgl").orElseThrow().name()).isEqualTo("城市管理");
        assertThat(console.post("/console/catalogue/topics/csgl/name", topicsSeen(Map.of("name", "城乡建设管理"))).statusCode())
                .isEqualTo(303);
        int last = catalogue.topics().size() - 1;
        assertThat(catalogue.topics().get(last).code()).isEqualTo("csgl");
        assertThat(console.post("/console/catalogue/topics/csgl/order", topicsSeen(Map.of("direction", "up"))).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.topics().get(last - 1).code()).isEqualTo("csgl");
        assertThat(catalogue.topic("csgl").orElseThrow().name()).isEqualTo("城乡建设管理");

        assertThat(console.open("/console/catalogue/topics/csgl/remove").asString())
                .contains("确定要删除主题分类“城乡建设管理”吗？");
        assertThat(console.post("/console/catalogue/topics/csgl/remove", topicsSeen(Map.of())).statusCode()).isEqualTo(303);
        assertThat(catalogue.topic("csgl")).isEmpty();
    }
}
