package cn.gov.baoji.portal.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.themes.engine.PageEngines;
import cn.gov.baoji.portal.themes.engine.PageModel;
import cn.gov.baoji.portal.themes.engine.RenderLimits;
import cn.gov.baoji.portal.themes.engine.RenderRefusedException;

/**
 * What a browser receives from a page rendered with overrides is checked against the allow-list,
 * whatever the source looked like; a published override that fails is switched off for the county's
 * live site and its pages are shown with the theme alone.
 */
class ThemeRendererOverridesTest {

    public record Visitor(String name, String url) {
    }

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final PageEngines engines = new PageEngines(PageModel.of(List.of(Theme.class, Visitor.class)),
            RenderLimits.DEFAULT, classLoader);
    private final ThemeRenderer renderer = new ThemeRenderer(new ThemeCatalog(classLoader), engines);
    private final Map<String, Object> data = Map.of("visitor", new Visitor("x onmouseover=alert(1) ", "javascript:alert(1)"),
            "title", "渭滨区");

    private String draft(String siteName) {
        return renderer.renderDraft("testchild", "page", data, Map.of("part", siteName));
    }

    @Test
    void markupHiddenFromTheSourceCheckIsRefusedInThePage() {
        for (String hidden : List.of("{#if false}<!--{/if}<script>alert(1)</script>",
                "<{#if true}script{/if}>alert(1)</{#if true}script{/if}>",
                "{#if false}<title>{/if}<img src=\"/x.png\" onerror=\"alert(1)\">{#if false}</title>{/if}",
                "{#if false}<!--{/if}<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")) {
            assertThatThrownBy(() -> draft(hidden)).as(hidden).isInstanceOf(RenderRefusedException.class)
                    .hasMessageContaining("页面中");
        }
    }

    @Test
    void valuesPrintedIntoAttributesAreCheckedWhereTheBrowserReadsThem() {
        assertThatThrownBy(() -> draft("<a href=\"{visitor.url}\">x</a>")).isInstanceOf(RenderRefusedException.class)
                .hasMessageContaining("javascript:alert(1)");
        assertThatThrownBy(() -> draft("{#let u='javascript:alert(1)'}<a href=\"{u}\">x</a>{/let}"))
                .isInstanceOf(RenderRefusedException.class);
        assertThatThrownBy(() -> draft("<p title={visitor.name}>x</p>")).isInstanceOf(RenderRefusedException.class)
                .hasMessageContaining("onmouseover");
        assertThatThrownBy(() -> draft("{#let s='background:url(https://evil.example/t.png)'}<p style=\"{s}\">x</p>{/let}"))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("style");
        assertThatThrownBy(() -> draft("<link rel=\"stylesheet\" href=\"/&#9;/evil.example/x.css\">"))
                .isInstanceOf(RenderRefusedException.class);
        assertThat(draft("<a href=\"/channels/xwdt\" title=\"{visitor.name}\">新闻</a>")).contains(
                "<a href=\"/channels/xwdt\" title=\"x onmouseover=alert(1) \">新闻</a>");
    }

    @Test
    void aPublishedOverrideThatFailsIsSwitchedOffAndThePageShownWithTheTheme() {
        Map<String, String> failing = Map.of("part", "<a href=\"{visitor.url}\">x</a>");

        String page = renderer.renderPublished("testchild", "page", data, failing, "weibin");

        assertThat(page).contains("子主题片段").doesNotContain("javascript:");
        assertThat(engines.isSwitchedOff("testchild", failing)).isTrue();
        assertThat(renderer.renderPublished("testchild", "page", data, failing, "weibin")).isEqualTo(page);
        Map<String, String> fixed = Map.of("part", "<a href=\"/\">{visitor.name}</a>");
        assertThat(renderer.renderPublished("testchild", "page", data, fixed, "weibin"))
                .contains("<a href=\"/\">x onmouseover=alert(1) </a>");
    }
}
