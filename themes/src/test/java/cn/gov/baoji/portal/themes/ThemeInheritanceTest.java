package cn.gov.baoji.portal.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.themes.engine.PageEngines;
import cn.gov.baoji.portal.themes.engine.PageModel;
import cn.gov.baoji.portal.themes.engine.RenderLimits;
import cn.gov.baoji.portal.themes.engine.TemplateSourcePolicy;

/** Theme lookup: a child overrides what it has, inherits the rest; broken chains are refused clearly. */
class ThemeInheritanceTest {

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final ThemeCatalog catalog = new ThemeCatalog(classLoader);
    private final ThemeRenderer renderer = new ThemeRenderer(catalog,
            new PageEngines(PageModel.of(List.of(Theme.class)), RenderLimits.DEFAULT, classLoader));

    @Test
    void childOverridesOneTemplateAndOneVariableAndInheritsTheRest() {
        Theme child = catalog.find("testchild").orElseThrow();
        assertThat(child.chain()).containsExactly("testchild", "testparent", "base");
        assertThat(child.variables()).containsEntry("color.primary", "#abcdef").containsEntry("color.secondary", "#222222");

        String html = renderer.render("testchild", "page", Map.of("title", "<b>标题</b>"));

        assertThat(html).contains("子主题片段").doesNotContain("父主题片段")
                .contains("data-primary=\"#abcdef\"").contains("data-secondary=\"#222222\"")
                .contains("&lt;b&gt;标题&lt;/b&gt;");
        assertThat(renderer.render("testparent", "page", Map.of("title", "x"))).contains("父主题片段")
                .contains("<em>父主题问候</em>");
    }

    @Test
    void childOverridesOneMessageAndInheritsTheOthers() {
        assertThat(catalog.find("testchild").orElseThrow().messages()).containsEntry("greeting", "子主题问候")
                .containsEntry("farewell", "父主题告别").containsEntry("skipLink", "跳到主要内容");

        String html = renderer.render("testchild", "page", Map.of("title", "x"));

        assertThat(html).contains("<em>子主题问候</em>").contains("<i>父主题告别</i>");
    }

    @Test
    void missingParentIsReportedWithBothNames() {
        assertThatThrownBy(() -> catalog.find("orphan")).isInstanceOf(ThemeException.class)
                .hasMessage("Theme 'orphan' has no parent 'nothere'");
    }

    @Test
    void cycleIsReported() {
        assertThatThrownBy(() -> catalog.find("loopa")).isInstanceOf(ThemeException.class)
                .hasMessageContaining("inheritance cycle").hasMessageContaining("loopa -> loopb -> loopa");
    }

    @Test
    void unknownOrUnsafeNamesAreNoThemes() {
        assertThat(catalog.find("nothere")).isEmpty();
        assertThat(catalog.find("../base")).isEmpty();
        assertThat(catalog.findOrBase("nothere").name()).isEqualTo("base");
    }

    @Test
    void everyShippedThemeResolvesToBaseAndHasEveryPageTemplate() {
        List<String> shipped = catalog.shipped();
        assertThat(shipped).contains("base", "classic", "modern", "landscape");
        for (String name : shipped) {
            assertThat(catalog.find(name).orElseThrow().chain()).endsWith("base");
            for (String template : ThemeRenderer.OVERRIDABLE) {
                renderer.requireTemplate(name, template);
            }
        }
    }

    /** A shipped template is written in the same small language as a county's override, and passes its HTML rules. */
    @Test
    void everyShippedTemplatePassesTheRulesForOverrides() throws Exception {
        for (String name : catalog.shipped()) {
            for (String template : ThemeRenderer.OVERRIDABLE) {
                var url = classLoader.getResource("themes/" + name + "/templates/" + template + ".html");
                if (url != null) {
                    String source = new String(url.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    TemplateSourcePolicy.check(template, source);
                    renderer.checkOverrides(name, Map.of(template, source));
                }
            }
        }
    }
}
