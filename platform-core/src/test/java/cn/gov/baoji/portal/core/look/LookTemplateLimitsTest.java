package cn.gov.baoji.portal.core.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Overrides are bounded before anything parses them: tags per template, in all, and nesting depth. */
class LookTemplateLimitsTest {

    private static LookSettings look(Map<String, String> templates) {
        return new LookSettings("classic", null, null, null, templates, null, null, null, null, null, null);
    }

    @Test
    void tooManyTagsInOneTemplateOrInAllAreRefused() {
        assertThatThrownBy(() -> look(Map.of("site-name", "{1}".repeat(601))))
                .isInstanceOf(InvalidInputException.class).hasMessage("模板“site-name”的 {…} 标记超过 600 个");
        assertThatThrownBy(() -> look(Map.of("site-name", "{1}".repeat(500), "footer", "{1}".repeat(500), "home",
                "{1}".repeat(500), "masthead", "{1}".repeat(501)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("所有自定义模板的 {…} 标记合计不能超过 2000 个");
        assertThat(look(Map.of("site-name", "{1}".repeat(600))).templates()).containsKey("site-name");
    }

    @Test
    void sectionsNestedTooDeeplyAreRefused() {
        String deep = "{#if true}".repeat(25) + "x" + "{/if}".repeat(25);
        assertThatThrownBy(() -> look(Map.of("site-name", deep))).isInstanceOf(InvalidInputException.class)
                .hasMessage("模板“site-name”的 {#…} 段落嵌套超过 24 层");
        assertThat(LookSettings.nesting("{#include layout}{#main}{#if a}{#for x in l}{x}{/for}{#else}{#include pager /}{/if}"
                + "{/main}{/include}")).isEqualTo(4);
        assertThat(LookSettings.nesting("{#if a}x{/if}{#if b}y{/if}")).isEqualTo(1);
    }
}
