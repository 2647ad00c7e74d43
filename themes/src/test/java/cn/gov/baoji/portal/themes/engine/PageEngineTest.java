package cn.gov.baoji.portal.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

/**
 * The reduced engine on its own: what it renders, and how templates that try to read secrets, run
 * code, loop without end, recurse or print without end are stopped within their bounds.
 */
class PageEngineTest {

    public record Item(String name, String url) {
    }

    public record Page(String title, List<Item> items, int total) {
    }

    private static final List<String> CHAIN = List.of("base");
    private static final RenderLimits LIMITS = new RenderLimits(Duration.ofMillis(300), 200_000, 50_000, 8);
    private final PageEngines engines = new PageEngines(PageModel.of(List.of(Page.class)), LIMITS,
            Thread.currentThread().getContextClassLoader());

    private Page page() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new Item("条目<" + i + ">", "/articles/" + i));
        }
        return new Page("渭滨区<script>", List.copyOf(items), 20);
    }

    private String render(String source) {
        return render(Map.of("site-name", source), "site-name");
    }

    /** Parses and renders as the application does: whatever stops it is a {@link RenderRefusedException}. */
    private String render(Map<String, String> overrides, String template) {
        return render(engines, overrides, template);
    }

    private String render(PageEngines from, Map<String, String> overrides, String template) {
        PageEngine engine = from.fresh(CHAIN, overrides);
        Map<String, Object> data = new HashMap<>();
        data.put("page", page());
        data.put("msg", Map.of("greeting", "您好"));
        Template parsed;
        try {
            parsed = engine.template(template);
        } catch (RuntimeException e) {
            throw PageEngine.refusal(e);
        }
        return engine.render(parsed, data);
    }

    @Test
    void rendersPageDataEscapedWithLoopsConditionsAndIncludes() {
        String html = render(Map.of("site-name", "<h1>{page.title}</h1>{#for item in page.items}{#if item_count <= 2}"
                + "<a href=\"{item.url}\">{item.name}</a>{/if}{/for}{#include nav-items /}",
                "nav-items", "<p>{msg.greeting} {page.items.size}{#let n=page.total}{n.plus(1)}{/let}</p>"), "site-name");

        assertThat(html).isEqualTo("<h1>渭滨区&lt;script&gt;</h1><a href=\"/articles/0\">条目&lt;0&gt;</a>"
                + "<a href=\"/articles/1\">条目&lt;1&gt;</a><p>您好 2021</p>");
    }

    @Test
    void onlyRawStringsThePageProvidesArePrintedUnescaped() {
        PageEngine engine = engines.fresh(CHAIN, Map.of("site-name", "{body}|{text}"));
        String html = engine.render(engine.template("site-name"),
                Map.of("body", new RawString("<p>正文</p>"), "text", "<p>正文</p>"));

        assertThat(html).isEqualTo("<p>正文</p>|&lt;p&gt;正文&lt;/p&gt;");
    }

    @Test
    void evalAndOtherSectionsTheEngineLacksDoNotParse() {
        for (String source : List.of("{#let t=\"{config:['quarkus.http.port']}\"}{#eval t /}{/let}", "{#eval 'x' /}",
                "{#with page}{title}{/with}", "{#when page.total}{#is 1}x{/when}", "{#fragment id=x}y{/fragment}",
                "{#cached}x{/cached}", "{#capture x}y{/capture}")) {
            assertThatThrownBy(() -> render(source)).as(source).isInstanceOf(RenderRefusedException.class);
        }
    }

    @Test
    void namespacesResolveNothing() {
        for (String source : List.of("{config:['quarkus.http.port']}", "{inject:tenantStore}", "{str:eval('x')}",
                "{cdi:bean}", "{uri:Foo.bar}", "{msg:hello}", "{global:x}")) {
            assertThatThrownBy(() -> render(source)).as(source).isInstanceOf(RenderRefusedException.class);
        }
    }

    @Test
    void noReflectionNoMethodsNoMutation() {
        for (String source : List.of("{page.getClass}", "{page.class.classLoader}", "{page.getClass().forName('x')}",
                "{page.items.getClass}", "{page.items.clear}", "{page.items.remove(0)}", "{page.items.add(page)}",
                "{page.title.length}", "{page.title.toUpperCase}", "{page.hashCode}", "{page.toString}", "{msg.clear}",
                "{msg.put('a','b')}", "{page.title.raw}", "{page.title.safe}", "{page}")) {
            assertThatThrownBy(() -> render(source)).as(source)
                    .isInstanceOf(RenderRefusedException.class);
        }
        assertThat(page().items()).hasSize(20);
    }

    @Test
    void integerRangesAreNoLists() {
        assertThatThrownBy(() -> render("{#for i in 2000}{#for j in 2000}{/for}{/for}"))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("不是页面提供的列表");
        assertThatThrownBy(() -> render("{#for i in page.total}x{/for}")).isInstanceOf(RenderRefusedException.class);
        assertThatThrownBy(() -> render("{#let n=100000}{#for i in n}x{/for}{/let}"))
                .isInstanceOf(RenderRefusedException.class);
        assertThatThrownBy(() -> render("{#for e in msg}x{/for}")).isInstanceOf(RenderRefusedException.class);
    }

    @Test
    void nestedLoopsOverPageListsStopAtTheWorkBound() {
        String nested = "{#for a in page.items}{#for b in page.items}{#for c in page.items}{#for d in page.items}"
                + "{#for e in page.items}{/for}{/for}{/for}{/for}{/for}";
        long started = System.nanoTime();
        assertThatThrownBy(() -> render(nested)).isInstanceOf(RenderRefusedException.class).hasMessageContaining("计算量");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRenderPastItsTimeIsStopped() {
        PageEngines slow = new PageEngines(PageModel.of(List.of(Page.class)),
                new RenderLimits(Duration.ofMillis(50), 10_000_000, Integer.MAX_VALUE, 8),
                Thread.currentThread().getContextClassLoader());
        String nested = "{#for a in page.items}{#for b in page.items}{#for c in page.items}{#for d in page.items}"
                + "{#for e in page.items}{#for f in page.items}{/for}{/for}{/for}{/for}{/for}{/for}";
        PageEngine engine = slow.fresh(CHAIN, Map.of("site-name", nested));
        long started = System.nanoTime();

        assertThatThrownBy(() -> engine.render(engine.template("site-name"), Map.of("page", page())))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("50 毫秒");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRenderPastItsOutputBoundIsStopped() {
        String big = "{#for a in page.items}{#for b in page.items}{#for c in page.items}<p>" + "宝鸡".repeat(200)
                + "</p>{/for}{/for}{/for}";
        assertThatThrownBy(() -> render(big)).isInstanceOf(RenderRefusedException.class).hasMessageContaining("字符");
    }

    @Test
    void includesThatRecurseStopAtTheDepthBound() {
        assertThatThrownBy(() -> render(Map.of("site-name", "x{#include site-name /}"), "site-name"))
                .isInstanceOf(RenderRefusedException.class);
        assertThatThrownBy(() -> render(Map.of("site-name", "{#include nav-items /}", "nav-items", "{#include site-name /}"),
                "site-name")).isInstanceOf(RenderRefusedException.class);
        String fanOut = "{#include nav-items /}".repeat(30);
        assertThatThrownBy(() -> render(Map.of("site-name", fanOut, "nav-items", "{#include footer /}".repeat(30),
                "footer", "{#for a in page.items}{#for b in page.items}<p>{a.name}{b.name}</p>{/for}{/for}"), "site-name"))
                .isInstanceOf(RenderRefusedException.class);
    }

    @Test
    void includesAreChargedForWhatTheyInclude() {
        // A switch on the request (here a title) that the save check would not meet, multiplying includes.
        // The time limit is set far off: it is the work charged for the includes that must stop this,
        // however slow the machine running the test.
        String heavy = "{1}".repeat(500);
        String fanOut = "{#if page.title == '渭滨区<script>'}" + "{#include masthead /}".repeat(40) + "{/if}";
        PageEngines patient = new PageEngines(PageModel.of(List.of(Page.class)),
                new RenderLimits(Duration.ofSeconds(30), LIMITS.maxOutputChars(), LIMITS.maxWorkUnits(), LIMITS.maxIncludeDepth()),
                Thread.currentThread().getContextClassLoader());
        assertThatThrownBy(() -> render(patient, Map.of("site-name", fanOut, "masthead", "{#include footer /}".repeat(40),
                "footer", "{#include home /}".repeat(40), "home", heavy), "site-name"))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("计算量");
    }

    @Test
    void dataTheTemplateDidNotExpectStopsTheRenderWithAReason() {
        for (String source : List.of("{page.items.get(-1).name}", "{page.total.mod(0)}", "{page.items.get(99).name}",
                "{page.nosuch}")) {
            assertThatThrownBy(() -> render(source)).as(source).isInstanceOf(RenderRefusedException.class)
                    .hasMessageContaining("模板");
        }
    }

    @Test
    void onlyTheThemeChainCanBeIncluded() {
        for (String other : List.of("admin-layout", "BackOfficePages/nav", "../../application", "ConsolePages/home")) {
            assertThatThrownBy(() -> render("{#include " + other + " /}")).as(other).isInstanceOf(RenderRefusedException.class);
        }
        assertThatThrownBy(() -> render("{#include _id=page.title /}"))
                .isInstanceOf(RenderRefusedException.class);
    }

    @Test
    void overridesThatDifferButShareAHashCodeGetTheirOwnEngines() {
        Map<String, String> first = Map.of("site-name", "Aa");
        Map<String, String> second = Map.of("site-name", "BB");
        assertThat(first.hashCode()).isEqualTo(second.hashCode());

        PageEngine a = engines.engine("base", CHAIN, first);
        PageEngine b = engines.engine("base", CHAIN, second);

        assertThat(a.render(a.template("site-name"), Map.of())).isEqualTo("Aa");
        assertThat(b.render(b.template("site-name"), Map.of())).isEqualTo("BB");
        assertThat(PageEngines.digest(Map.of("a", "bc"))).isNotEqualTo(PageEngines.digest(Map.of("ab", "c")));
    }
}
