package cn.gov.baoji.portal.web.search;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.search.SearchConfig;
import cn.gov.baoji.portal.core.search.Synonym;
import cn.gov.baoji.portal.core.search.Synonyms;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The public search page as citizens see it: highlighted results, hostile titles escaped, filters,
 * sort and pages, one county's results only, the city-wide search labelled by county, and clear
 * Chinese messages for refused and empty searches. Runs against the real engine: articles are
 * published through the back-office API and searched for once the index has them.
 */
@QuarkusTest
class SearchPagesTest {

    @Inject
    Synonyms synonyms;

    @Inject
    SearchConfig config;

    @Inject
    TestClock clock;

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    @Test
    void resultsAreHighlightedAndHostileTitlesComeBackEscaped() {
        String marker = SearchFixtures.marker();
        SearchFixtures.publish("weibin", HOSTILE + "秦岭羚牛保护通知 " + marker, "渭滨区开展秦岭羚牛保护宣传 " + marker + " 活动。");

        Document page = searchUntilFound("weibin", "/search?q=" + marker, 1);
        Element hit = page.selectFirst(".search-hits li");
        assertThat(hit.select(".hit-title a mark").text()).isEqualToIgnoringCase(marker);
        assertThat(hit.select(".hit-snippet mark").text()).containsIgnoringCase(marker);
        // The hostile markup is text on the page, not elements.
        assertThat(hit.select(".hit-title a").text()).contains("<script>alert(1)</script>").contains("onerror=alert(1)");
        assertThat(hit.select(".hit-title a").first().children().stream().map(Element::tagName).toList())
                .containsOnly("mark");
        assertHarmless(page);
        assertThat(hit.select(".hit-meta").text()).contains("文章").contains("通知公告");
        assertThat(hit.select(".hit-meta time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(page.select(".search-summary").text()).contains("找到约 1 条结果");
        assertThat(page.select("#search-q").attr("value")).isEqualTo(marker);
        assertThat(page.title()).contains(marker).contains("渭滨区");
        assertThat(page.html()).doesNotContain(">null<").doesNotContain(">false<");
    }

    @Test
    void aCountyShowsItsOwnResultsAndTheCityEveryCountysLabelled() {
        String marker = SearchFixtures.marker();
        SearchFixtures.publish("weibin", "渭滨区冬季供暖通知 " + marker, "渭滨区供暖 " + marker);
        SearchFixtures.publish("taibai", "太白县冬季供暖通知 " + marker, "太白县供暖 " + marker);

        Document weibin = searchUntilFound("weibin", "/search?q=" + marker, 1);
        assertThat(weibin.select(".search-hits").text()).contains("渭滨区冬季供暖通知").doesNotContain("太白县");
        Document taibai = searchUntilFound("taibai", "/search?q=" + marker, 1);
        assertThat(taibai.select(".search-hits").text()).contains("太白县冬季供暖通知").doesNotContain("渭滨区");

        Element cityLink = weibin.selectFirst("#search-city-link");
        assertThat(cityLink.text()).contains("在全市范围搜索");
        assertThat(cityLink.attr("href")).isEqualTo("/search?scope=city&q=" + marker);
        Document city = searchUntilFound("weibin", cityLink.attr("href"), 2);
        assertThat(city.select("h1").text()).isEqualTo("全市搜索");
        assertThat(city.select(".hit-county").eachText()).anyMatch(t -> t.contains("渭滨")).anyMatch(t -> t.contains("太白"));
        for (Element hit : city.select(".search-hits li")) {
            String county = hit.select(".hit-county").text();
            String href = hit.select(".hit-title a").attr("href");
            assertThat(href).as(county).startsWith("http").contains(county.contains("太白") ? "taibai" : "weibin");
        }
        // The city search has no county filters (their codes differ per county), and links back.
        assertThat(city.select("#search-channel, #search-department")).isEmpty();
        assertThat(city.select(".search-scope a").text()).isEqualTo("只搜索本站");
    }

    @Test
    void typeFacetsFiltersSortAndPages() {
        String marker = SearchFixtures.marker();
        for (int i = 1; i <= 12; i++) {
            SearchFixtures.publish("weibin", "渭滨区第" + i + "号便民通知 " + marker, "便民服务事项 " + marker);
        }
        Document first = searchUntilFound("weibin", "/search?q=" + marker, 12);
        assertThat(first.select(".search-hits li")).hasSize(10);
        assertThat(first.select(".search-types a[aria-current=true]").text()).isEqualTo("全部类型");
        assertThat(first.select(".search-facets li").eachText()).contains("文章 （12）", "办事指南 （0）");
        assertThat(first.select(".pager").text()).contains("第 1 / 2 页");
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search?q=" + marker + "&page=2");
        Document second = page("weibin", next, 200);
        assertThat(second.select(".search-hits li")).hasSize(2);
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/search?q=" + marker);

        Document services = page("weibin", "/search?q=" + marker + "&type=service", 200);
        assertThat(services.select(".search-hits li")).isEmpty();
        assertThat(services.select(".search-none").text()).contains("没有找到与“" + marker + "”相关的信息")
                .contains("检查输入的文字");
        assertThat(services.select("input[type=hidden][name=type]").attr("value")).isEqualTo("service");
        assertThat(services.select(".search-form a").text()).contains("清除筛选条件");

        Document byDate = page("weibin", "/search?q=" + marker + "&sort=date", 200);
        assertThat(byDate.select(".search-sort a[aria-current=true]").text()).isEqualTo("按日期（新的在前）");
        List<String> dates = byDate.select(".search-hits time").eachAttr("datetime");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        assertThat(page("weibin", "/search?q=" + marker + "&channel=tzgg", 200).select(".search-hits li")).hasSize(10);
        assertThat(page("weibin", "/search?q=" + marker + "&channel=zcwj", 200).select(".search-hits li")).isEmpty();
        assertThat(page("weibin", "/search?q=" + marker + "&from=2000-01-01&to=2000-12-31", 200)
                .select(".search-hits li")).isEmpty();
        Document channelChosen = page("weibin", "/search?q=" + marker + "&channel=tzgg", 200);
        assertThat(channelChosen.select("#search-channel option[selected]").text()).isEqualTo("通知公告");
    }

    @Test
    void aCorrectionTheCityListedIsOfferedAsDidYouMean() {
        String marker = SearchFixtures.marker();
        SearchFixtures.publish("weibin", "渭滨区创建文明城市倡议书 " + marker, "渭滨区文明城市 " + marker);
        // The city's seeded list has this correction; it is added (and removed afterwards) only if missing,
        // so other tests still find the seeded list as it was.
        java.util.Optional<Synonym> seeded = synonyms.all().stream()
                .filter(s -> s.term().equals("渭宾") && s.alternative().equals("渭滨")).findFirst();
        Synonym correction = seeded.orElseGet(() -> synonyms.add("渭宾", "渭滨", true, "测试"));
        try {
            searchUntilFound("weibin", "/search?q=" + marker, 1);
            Document page = page("weibin", "/search?q=渭宾区文明城市", 200);
            Element suggestion = page.selectFirst("#search-suggestion");
            assertThat(page.select(".search-suggest").text()).startsWith("您是不是要找：");
            assertThat(suggestion.text()).isEqualTo("渭滨区文明城市");
            assertThat(suggestion.attr("href")).isEqualTo("/search?q="
                    + java.net.URLEncoder.encode("渭滨区文明城市", java.nio.charset.StandardCharsets.UTF_8));
            Document corrected = page("weibin", suggestion.attr("href"), 200);
            assertThat(corrected.select(".search-hits").text()).contains("渭滨区创建文明城市倡议书");
        } finally {
            if (seeded.isEmpty()) {
                synonyms.remove(correction.id());
            }
        }
    }

    @Test
    void refusedAndEmptySearchesSayWhyInChinese() {
        Document empty = page("weibin", "/search", 200);
        assertThat(empty.select(".search-none").text()).contains("请在上面的搜索框中输入要查找的内容");
        assertThat(empty.select(".search-hits")).isEmpty();

        // 2,000 characters (the engine takes at most 100): refused quickly, with the reason.
        long started = System.nanoTime();
        Document tooLong = page("weibin", "/search?q=" + "a".repeat(2_000), 400);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(tooLong.select(".search-notice").text()).isNotBlank();
        assertThat(tooLong.select("html").attr("lang")).isEqualTo("zh-CN");

        assertThat(page("weibin", "/search?q=社保&type=video", 400).select(".search-notice").text()).contains("类型应为");
        assertThat(page("weibin", "/search?q=社保&from=2024-13-01", 400).select(".search-notice").text())
                .contains("开始日期格式应为");
        assertThat(page("weibin", "/search?q=社保&from=2024-05-01&to=2024-01-01", 400).select(".search-notice").text())
                .contains("结束日期不能早于开始日期");
        assertThat(page("weibin", "/search?q=社保&page=0", 400).select(".search-notice").text()).contains("页码");
        Document syntax = page("weibin", "/search?q=" + java.net.URLEncoder.encode("*:* AND \"unbalanced",
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), -1);
        assertHarmless(syntax);
    }

    @Test
    void searchesBeyondTheAddressLimitGetAChinesePageWithTheWordsKept() {
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        clock.advanceToFreshWindow(config.anonymous().window());
        // The page and the API share one limit per address: the API spends it here (refused words, so quickly).
        for (int i = 0; i < config.anonymous().count(); i++) {
            from(address).queryParam("q", "*:*").get("/api/v1/search").then().statusCode(400);
        }
        Response refused = from(address).queryParam("q", "社保 医保").get("/search");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.getHeader("Retry-After")).matches("[1-9]\\d*");
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select(".search-notice").text()).contains("过于频繁").contains("分钟后再试");
        assertThat(page.select("#search-q").attr("value")).isEqualTo("社保 医保");
        assertThat(page.select(".search-hits")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(from(address).queryParam("q", "社保").queryParam("scope", "city").get("/search").statusCode())
                .isEqualTo(429);
        // The empty form searches nothing and stays open; another address searches as before.
        assertThat(from(address).get("/search").statusCode()).isEqualTo(200);
        String other = address.equals("192.0.2.254") ? "192.0.2.253" : "192.0.2.254";
        assertThat(from(other).queryParam("q", "社保").get("/search").statusCode()).isEqualTo(200);
    }

    private static io.restassured.specification.RequestSpecification from(String address) {
        return anonymous("weibin").header("X-Forwarded-For", address);
    }

    @Test
    void everyCountysMastheadHasTheSearchBox() {
        for (String county : Counties.SITE_NAMES.keySet()) {
            Document home = page(county, "/", 200);
            Element form = home.selectFirst("header form.site-search");
            assertThat(form).as(county).isNotNull();
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("role")).isEqualTo("search");
            Element input = form.selectFirst("input[name=q]");
            assertThat(home.select("label[for=" + input.id() + "]").text()).as(county).isEqualTo("搜索本站信息");
            assertThat(form.select("button[type=submit]").text()).isEqualTo("搜索");
        }
        Document elder = Jsoup.parse(anonymous("weibin").cookie("elder", "1").get("/").asString());
        assertThat(elder.select("form.site-search input[name=q]")).hasSize(1);
    }

    /** The page once the index has caught up with what was just published (within seconds, on every instance). */
    private static Document searchUntilFound(String county, String path, int results) {
        Document[] found = new Document[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Document page = page(county, path, 200);
            assertThat(page.select(".search-summary").text()).contains("找到约 " + results + " 条结果");
            found[0] = page;
        });
        return found[0];
    }

    private static Document page(String county, String path, int status) {
        Response response = anonymous(county).urlEncodingEnabled(false).get(ascii(path));
        if (status > 0) {
            assertThat(response.statusCode()).as(path).isEqualTo(status);
        }
        assertThat(response.statusCode()).as(path).isLessThan(500);
        return Jsoup.parse(response.asString());
    }

    /** The path with everything outside ASCII (and spaces) percent-encoded, as a browser sends it. */
    private static String ascii(String path) {
        StringBuilder b = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (c > 127 || c == ' ' || c == '"') {
                b.append(java.net.URLEncoder.encode(new String(Character.toChars(c)), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static void assertHarmless(Document page) {
        assertThat(page.select("main script, main iframe, main img, main svg").stream().map(Element::outerHtml).toList())
                .isEmpty();
        for (Element e : page.select("main *")) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase()).as(e.outerHtml()).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase()).as(e.outerHtml()).doesNotContain("javascript:");
            }
        }
    }
}
