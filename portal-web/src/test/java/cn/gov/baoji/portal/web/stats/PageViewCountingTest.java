package cn.gov.baoji.portal.web.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.stats.ArticleViews;
import cn.gov.baoji.portal.core.stats.ChannelViews;
import cn.gov.baoji.portal.core.stats.CountyViews;
import cn.gov.baoji.portal.core.stats.PageViewCounter;
import cn.gov.baoji.portal.core.stats.PageViewFigures;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.time.ChinaTime;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * 栏目点击 end to end: real page requests on county hosts (rendered and from the page cache),
 * counted in memory, flushed to each county's schema and read back with {@link PageViewFigures}.
 * Every test has counties of its own, so its figures are exact.
 */
@QuarkusTest
class PageViewCountingTest {

    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    @Inject
    TenantProvisioner provisioner;

    @Inject
    PageViewCounter counter;

    @Inject
    PageViewFigures figures;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void counties() {
        Map.of("pvcrowd", "人多区", "pvquiet", "清静县", "pvbots", "爬虫区", "pvarticle", "文章区", "pvday", "跨日县",
                "pvfail", "断库县", "pvskip", "不计区")
                .forEach((code, name) -> Counties.provision(provisioner, code, name, null, "classic"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification citizen(String county) {
        return given().header("Host", Counties.host(county)).header("User-Agent", BROWSER);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
    }

    private long human(String county, LocalDate from, LocalDate to) {
        return figures.inCounty(TenantCode.of(county), f -> f.humanViews(from, to));
    }

    private List<ChannelViews> channels(String county, LocalDate day) {
        return figures.inCounty(TenantCode.of(county), f -> f.perChannel(day, day));
    }

    private List<ArticleViews> mostRead(String county, LocalDate day) {
        return figures.inCounty(TenantCode.of(county), f -> f.mostRead(day, day, 10));
    }

    private long bots(String county) {
        return figures.inCounty(TenantCode.of(county), f -> f.botViews(today(), today()));
    }

    @Test
    void concurrentViewsCachedAndRenderedAreCountedExactlyOnceEach() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                // Even: the home page, served from the page cache after the first; odd: a query the cache refuses.
                String path = i % 2 == 0 ? "/" : "/?n=" + i;
                answers.add(clients.submit(() -> {
                    var response = citizen("pvcrowd").get(path);
                    assertThat(response.statusCode()).isEqualTo(200);
                    return response.header("X-Page-Cache");
                }));
            }
            long hits = 0;
            for (Future<String> answer : answers) {
                hits += "hit".equals(answer.get()) ? 1 : 0;
            }
            assertThat(hits).as("home pages served from the cache").isGreaterThan(50);
        } finally {
            clients.shutdownNow();
        }
        counter.flush();

        assertThat(human("pvcrowd", today(), today())).isEqualTo(200);
        assertThat(bots("pvcrowd")).isZero();
        assertThat(counter.pending(TenantCode.of("pvcrowd"))).isZero();
        assertThat(channels("pvcrowd", today()))
                .containsExactly(new ChannelViews("_home", "首页", 200));
        // Another county sees nothing of it, read from its back office or from the console.
        assertThat(human("pvquiet", today(), today())).isZero();
        assertThat(channels("pvquiet", today())).isEmpty();
        List<CountyViews> city = figures.counties(today(), today());
        assertThat(city).contains(new CountyViews("pvcrowd", "人多区", 200, 0),
                new CountyViews("pvquiet", "清静县", 0, 0));
    }

    @Test
    void knownBotsAreCountedApartFromCitizens() {
        for (String agent : List.of("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
                "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"
                        + " (compatible; Bytespider; spider-feedback@bytedance.com)",
                "curl/8.5.0", "Wget/1.21.3", "python-requests/2.31.0",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36")) {
            given().header("Host", Counties.host("pvbots")).header("User-Agent", agent).get("/").then().statusCode(200);
        }
        citizen("pvbots").get("/").then().statusCode(200);
        given().header("Host", Counties.host("pvbots")).header("User-Agent",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.5 Mobile/15E148 Safari/604.1 MicroMessenger/8.0.50")
                .get("/").then().statusCode(200);
        counter.flush();

        assertThat(bots("pvbots")).isEqualTo(8);
        assertThat(human("pvbots", today(), today())).isEqualTo(2);
        // Bots are no readers: they do not make a channel's views.
        assertThat(channels("pvbots", today()))
                .containsExactly(new ChannelViews("_home", "首页", 2));
    }

    @Test
    void onlySuccessfulPublicHtmlPagesAreCounted() {
        citizen("pvskip").head("/").then().statusCode(200);
        citizen("pvskip").get("/channels/nosuchchannel").then().statusCode(404);
        citizen("pvskip").get("/articles/987654321").then().statusCode(404);
        citizen("pvskip").get("/api/v1/site").then().statusCode(200);
        citizen("pvskip").get("/api/v1/articles").then().statusCode(200);
        citizen("pvskip").get("/look.css");
        citizen("pvskip").get("/robots.txt").then().statusCode(200);
        citizen("pvskip").get("/sitemap.xml").then().statusCode(200);
        citizen("pvskip").get("/channels/xwdt/feed.atom").then().statusCode(200);
        citizen("pvskip").redirects().follow(false).get("/admin/").then().statusCode(org.hamcrest.Matchers.not(200));
        counter.flush();
        assertThat(human("pvskip", today(), today())).isZero();
        assertThat(bots("pvskip")).isZero();

        citizen("pvskip").get("/sitemap").then().statusCode(200);
        counter.flush();
        assertThat(channels("pvskip", today()))
                .containsExactly(new ChannelViews("_other", "其他页面", 1));
    }

    @Test
    void viewsCountForTheirChannelAndArticle() {
        long id = citizen("pvarticle").get("/api/v1/articles?channel=xwdt").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        String title = citizen("pvarticle").get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath()
                .getString("title");
        List<String> cache = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cache.add(citizen("pvarticle").get("/articles/" + id).then().statusCode(200).extract().header("X-Page-Cache"));
        }
        assertThat(cache).as("the article page, rendered once then served from the cache").containsExactly(null, "hit", "hit");
        citizen("pvarticle").get("/channels/xwdt").then().statusCode(200);
        citizen("pvarticle").get("/channels/xwdt?page=1").then().statusCode(200);
        citizen("pvarticle").get("/messages").then().statusCode(200);
        citizen("pvarticle").get("/services").then().statusCode(200);
        citizen("pvarticle").get("/disclosure").then().statusCode(200);
        citizen("pvarticle").get("/").then().statusCode(200);
        counter.flush();

        LocalDate day = today();
        assertThat(channels("pvarticle", day)).containsExactly(
                new ChannelViews("xwdt", "新闻动态", 5), new ChannelViews("_home", "首页", 1),
                new ChannelViews("bsfw", "办事服务", 1), new ChannelViews("hdjl", "互动交流", 1),
                new ChannelViews("xxgk", "政府信息公开", 1));
        assertThat(mostRead("pvarticle", day))
                .containsExactly(new ArticleViews(id, title, "xwdt", "新闻动态", 3));
        assertThat(human("pvarticle", day, day)).isEqualTo(9);
        // The same article id on another county's host is that county's article, and counts there only.
        assertThat(mostRead("pvquiet", day)).isEmpty();
    }

    @Test
    void aViewCountsForTheChinaDayItHappensOn() {
        // Half a minute before midnight in Beijing, wherever the machine is (a first page may take seconds to render).
        ZonedDateTime now = clock.instant().atZone(ChinaTime.ZONE);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(ChinaTime.ZONE);
        clock.advance(Duration.between(now, midnight.minusSeconds(30)));
        LocalDate first = today();
        citizen("pvday").get("/").then().statusCode(200);
        assertThat(clock.instant()).as("still the first day").isBefore(midnight.toInstant());
        clock.advance(Duration.between(clock.instant(), midnight.toInstant()).plusSeconds(1));
        LocalDate second = today();
        assertThat(second).isEqualTo(first.plusDays(1));
        citizen("pvday").get("/").then().statusCode(200);
        citizen("pvday").get("/channels/tzgg").then().statusCode(200);
        counter.flush();

        assertThat(human("pvday", first, first)).as("first day; rows: %s", rows("pvday")).isEqualTo(1);
        assertThat(human("pvday", second, second)).isEqualTo(2);
        assertThat(human("pvday", first, second)).isEqualTo(3);
        assertThat(human("pvday", first.minusDays(30), first.minusDays(1))).isZero();
    }

    @Test
    void countsSurviveAFailedFlushAndAreWrittenByTheNext() throws Exception {
        for (int i = 0; i < 4; i++) {
            citizen("pvfail").get("/").then().statusCode(200);
        }
        String schema = TenantCode.of("pvfail").schema();
        execute("ALTER TABLE " + schema + ".page_view_day RENAME TO page_view_day_away");
        try {
            counter.flush();
            assertThat(counter.pending(TenantCode.of("pvfail"))).isEqualTo(4);
            citizen("pvfail").get("/").then().statusCode(200);
        } finally {
            execute("ALTER TABLE " + schema + ".page_view_day_away RENAME TO page_view_day");
        }
        counter.flush();
        assertThat(counter.pending(TenantCode.of("pvfail"))).isZero();
        assertThat(human("pvfail", today(), today())).isEqualTo(5);
    }

    @Test
    void aPeriodMustBeOrderedAndBounded() {
        assertThatThrownBy(() -> figures.inCounty(TenantCode.of("pvquiet"), f -> f.humanViews(today(), today().minusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("结束日期不能早于开始日期");
        assertThatThrownBy(() -> figures.inCounty(TenantCode.of("pvquiet"), f -> f.mostRead(today(), today(), 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> figures.inCounty(TenantCode.of("pvquiet"), f -> f.perChannel(today().minusYears(11), today())))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The county's rows as stored, to explain a failure. */
    private String rows(String county) {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT day, channel_code, article_id, human_views, bot_views FROM "
                        + TenantCode.of(county).schema() + ".page_view_day ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getLong(3))
                        .append(' ').append(rs.getLong(4)).append(' ').append(rs.getLong(5)).append("; ");
            }
        } catch (java.sql.SQLException e) {
            return e.getMessage();
        }
        return out.toString() + " (first=" + today() + ")";
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
