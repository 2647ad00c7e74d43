package cn.gov.baoji.portal.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The city catalogue's tree, topic categories and county nodes: each refusal names its field and reason. */
class CatalogueRulesTest {

    private static final NodeInput ROOT = new NodeInput("jgzn", null, "机构职能", false);
    private static final NodeInput CHILD = new NodeInput("ldxx", "jgzn", " 领导信息 ", true);

    @Test
    void validTreeIsKeptInOrderWithNamesTrimmed() {
        List<CatalogueNode> nodes = CatalogueRules.release(List.of(ROOT, CHILD, new NodeInput("czzj", null, "财政资金", null)));

        assertThat(nodes).containsExactly(
                new CatalogueNode("jgzn", null, "机构职能", 10, false, false),
                new CatalogueNode("ldxx", "jgzn", "领导信息", 20, true, false),
                new CatalogueNode("czzj", null, "财政资金", 30, false, false));
    }

    @Test
    void emptyOrOversizedTreeIsRefused() {
        assertRefused(() -> CatalogueRules.release(List.of()), "nodes", "目录至少需要一个节点");
        assertRefused(() -> CatalogueRules.release(null), "nodes", "目录至少需要一个节点");
        List<NodeInput> many = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            many.add(new NodeInput("n" + i, null, "节点" + i, false));
        }
        assertRefused(() -> CatalogueRules.release(many), "nodes", "目录节点不能超过 2000 个");
    }

    @Test
    void badOrRepeatedCodeIsRefused() {
        String message = "目录代码须为 2 至 40 位小写字母和数字，以字母开头";
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("JGZN", null, "机构职能", false))), "code", message);
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("1a", null, "机构职能", false))), "code", message);
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput(null, null, "机构职能", false))), "code", message);
        assertRefused(() -> CatalogueRules.release(Arrays.asList(ROOT, null)), "code", message);
        assertRefused(() -> CatalogueRules.release(List.of(ROOT, ROOT)), "code", "目录代码重复：jgzn");
    }

    @Test
    void blankOrLongNameIsRefused() {
        String message = "目录名称不能为空，且不能超过 60 个字";
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("jgzn", null, "  ", false))), "name", message);
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("jgzn", null, "名".repeat(61), false))), "name",
                message);
    }

    @Test
    void missingParentAndCyclesAreRefused() {
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("ldxx", "jgzn", "领导信息", false))), "parentCode",
                "上级目录不存在：jgzn");
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("zsz", "zsz", "自己", false))), "parentCode",
                "目录存在循环：zsz");
        assertRefused(() -> CatalogueRules.release(List.of(new NodeInput("aa", "bb", "甲", false),
                new NodeInput("bb", "aa", "乙", false))), "parentCode", "目录存在循环：aa");
    }

    @Test
    void topicCategoriesAreCheckedAsAWhole() {
        CatalogueRules.topics(List.of(new TopicCategory("zhzw", "综合政务", 0), new TopicCategory("gmjj", "国民经济管理", 0)));

        assertRefused(() -> CatalogueRules.topics(List.of()), "topics", "主题分类应有 1 至 200 项");
        assertRefused(() -> CatalogueRules.topics(List.of(new TopicCategory("zhzw", "综合政务", 0),
                new TopicCategory("zhzw", "重复", 0))), "code", "主题分类代码须为 2 至 40 位小写字母和数字，且不能重复");
        assertRefused(() -> CatalogueRules.topics(List.of(new TopicCategory("zhzw", " ", 0))), "name",
                "主题分类名称不能为空，且不能超过 60 个字");
    }

    @Test
    void countyNodeNeedsACodeAndANameAndKeepsTheNameTrimmed() {
        assertThat(CatalogueRules.localNode("xzxk", " 乡镇信息 ")).isEqualTo("乡镇信息");

        assertRefused(() -> CatalogueRules.localNode("\u0000", "乡镇信息"), "code", "目录代码须为 2 至 40 位小写字母和数字，以字母开头");
        assertRefused(() -> CatalogueRules.localNode("xzxk", null), "name", "目录名称不能为空，且不能超过 60 个字");
    }

    private static void assertRefused(ThrowingCallable call, String field, String message) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, call);

        assertThat(refusal).as(message).isNotNull();
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.getMessage()).isEqualTo(message);
    }
}
