package cn.gov.baoji.portal.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Edits of the catalogue's working copy keep a valid tree in display order. */
class CatalogueTreeTest {

    private static final List<NodeInput> TREE = List.of(
            new NodeInput("zcwj", null, "政策文件", false),
            new NodeInput("gfxwj", "zcwj", "规范性文件", false),
            new NodeInput("zdly", null, "重点领域信息", true),
            new NodeInput("shjz", "zdly", "社会救助", false),
            new NodeInput("dbbz", "shjz", "低保保障", false),
            new NodeInput("ggws", "zdly", "公共卫生", false));

    private static List<String> codes(List<NodeInput> nodes) {
        return nodes.stream().map(NodeInput::code).toList();
    }

    @Test
    void aNodeCannotMoveUnderItselfOrItsDescendants() {
        assertThatThrownBy(() -> CatalogueTree.move(TREE, "zdly", "dbbz"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("不能把“重点领域信息”移到它自己或它的下级目录“低保保障”之下");
        assertThatThrownBy(() -> CatalogueTree.move(TREE, "zdly", "zdly"))
                .hasMessage("不能把“重点领域信息”移到它自己或它的下级目录“重点领域信息”之下");
    }

    @Test
    void aMovedNodeTakesItsSubtreeAndGoesLastUnderItsNewParent() {
        assertThat(codes(CatalogueTree.move(TREE, "shjz", "zcwj")))
                .containsExactly("zcwj", "gfxwj", "shjz", "dbbz", "zdly", "ggws");
        assertThat(codes(CatalogueTree.move(TREE, "shjz", null)))
                .containsExactly("zcwj", "gfxwj", "zdly", "ggws", "shjz", "dbbz");
    }

    @Test
    void shiftingSwapsWithASiblingAndStopsAtTheEdge() {
        assertThat(codes(CatalogueTree.shift(TREE, "ggws", -1)))
                .containsExactly("zcwj", "gfxwj", "zdly", "ggws", "shjz", "dbbz");
        assertThat(CatalogueTree.shift(TREE, "zcwj", -1)).isEqualTo(TREE);
    }

    @Test
    void addedNodesGoLastUnderTheirParentAndCodesStayUnique() {
        assertThat(codes(CatalogueTree.add(TREE, new NodeInput("xczx", "zcwj", "乡村振兴", true))))
                .containsExactly("zcwj", "gfxwj", "xczx", "zdly", "shjz", "dbbz", "ggws");
        assertThatThrownBy(() -> CatalogueTree.add(TREE, new NodeInput("shjz", "zcwj", "重复", false)))
                .hasMessage("目录代码已存在：shjz");
    }
}
