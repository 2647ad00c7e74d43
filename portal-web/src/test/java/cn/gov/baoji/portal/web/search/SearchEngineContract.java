package cn.gov.baoji.portal.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.search.DocType;
import cn.gov.baoji.portal.core.search.SearchDocument;
import cn.gov.baoji.portal.core.search.SearchHit;
import cn.gov.baoji.portal.core.search.SearchIndex;
import cn.gov.baoji.portal.core.search.SearchQuery;
import cn.gov.baoji.portal.core.search.SearchResult;
import cn.gov.baoji.portal.core.search.SearchScope;
import cn.gov.baoji.portal.core.search.SearchSort;
import cn.gov.baoji.portal.core.search.SiteSearch;
import cn.gov.baoji.portal.core.search.Synonyms;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;

/**
 * What every search engine must do, on a fixed set of Chinese documents: a subclass supplies an empty engine
 * ({@link #newEngine()}); the synonym list is the city's real one (seeded: 医保 = 医疗保险, 社保 = 社会保险,
 * 渭宾 → 渭滨). Documents go to weibin (渭滨区) and jintai (金台区).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchEngineContract {

    static final String WEIBIN = "weibin";
    static final String JINTAI = "jintai";

    @Inject
    Synonyms synonyms;

    @Inject
    TenantDirectory directory;

    private SearchIndex engine;
    private SiteSearch search;

    /** An empty engine of the kind under test, used by this class only. */
    protected abstract SearchIndex newEngine() throws Exception;

    @BeforeAll
    void loadDocuments() throws Exception {
        engine = newEngine();
        search = new SiteSearch(engine, synonyms, directory);
        engine.replaceTenant(WEIBIN, Stream.of(
                doc(WEIBIN, DocType.ARTICLE, 1, "全区义务教育均衡发展通过国家验收", "义务教育是国家统一实施的所有适龄儿童、少年必须接受的教育。", "2024-03-01"),
                doc(WEIBIN, DocType.ARTICLE, 2, "春季义务植树活动启动", "区教育局组织干部职工参加义务植树，开展生态文明教育。", "2024-03-12"),
                doc(WEIBIN, DocType.ARTICLE, 3, "文化旅游推介会在西安举行", "宝鸡市文化和旅游局在西安推介青铜器之乡的旅游线路。", "2024-04-02"),
                doc(WEIBIN, DocType.ARTICLE, 4, "G85高速改扩建工程开工", "银昆高速公路G85高速渭滨段改扩建工程今日开工，全长约二十公里。", "2024-05-06"),
                doc(WEIBIN, DocType.DISCLOSURE, 5, "2024年政府工作报告", "2024年全区地区生产总值稳步增长，民生实事全部完成。", "2024-01-20"),
                doc(WEIBIN, DocType.ARTICLE, 6, "城乡居民医疗保险集中缴费开始", "2025年度城乡居民医疗保险集中缴费期为九月至十二月。", "2024-09-01"),
                doc(WEIBIN, DocType.SERVICE, 7, "社会保险登记", "用人单位办理社会保险登记需提交营业执照。", "2024-02-01"),
                doc(WEIBIN, DocType.MESSAGE, 8, "小区停车难的问题", "小区周边停车位不足。\n答复：已协调新增停车位两百个。", "2024-06-18"),
                doc(WEIBIN, DocType.ARTICLE, 9, "<script>alert(1)</script>防汛通知", "<img src=x onerror=alert(1)>请做好防汛准备 & 值班。", "2024-07-01"),
                doc(WEIBIN, DocType.ARTICLE, 10, "渭滨区举办秦岭生态保护宣传活动", "活动在渭滨公园举行。", "2024-08-08")));
        engine.replaceTenant(JINTAI, Stream.of(
                doc(JINTAI, DocType.ARTICLE, 1, "金台区教育局招聘教师公告", "面向社会公开招聘中小学教师。", "2024-03-05"),
                doc(JINTAI, DocType.ARTICLE, 2, "金台区防汛工作会议召开", "部署全区防汛工作。", "2024-06-30")));
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @Test
    void twoCharacterWordFindsItsDocumentsBestFirst() {
        SearchResult r = county(WEIBIN, "教育");
        assertThat(titles(r)).first().isEqualTo("全区义务教育均衡发展通过国家验收");
        assertThat(titles(r)).contains("春季义务植树活动启动").doesNotContain("金台区教育局招聘教师公告");
    }

    @Test
    void wordInsideALongerWordIsFound() {
        // The segmenter keeps 宝鸡市 and 教育局 whole; bigrams still find 宝鸡 and 教育 inside them.
        assertThat(titles(county(WEIBIN, "宝鸡"))).containsExactly("文化旅游推介会在西安举行");
        assertThat(titles(county(JINTAI, "教育"))).containsExactly("金台区教育局招聘教师公告");
    }

    @Test
    void exactPhraseDoesNotMatchItsPartsScattered() {
        assertThat(titles(county(WEIBIN, "义务教育"))).containsExactly("全区义务教育均衡发展通过国家验收");
        assertThat(titles(county(WEIBIN, "\"义务 教育\""))).containsExactly("全区义务教育均衡发展通过国家验收");
        // Two words: each anywhere, so the tree-planting article (义务…教育) matches too.
        assertThat(titles(county(WEIBIN, "义务 教育"))).containsExactlyInAnyOrder("全区义务教育均衡发展通过国家验收",
                "春季义务植树活动启动");
    }

    @Test
    void mixedChineseAndLatinOrDigits() {
        assertThat(titles(county(WEIBIN, "G85高速"))).first().isEqualTo("G85高速改扩建工程开工");
        assertThat(titles(county(WEIBIN, "g85"))).containsExactly("G85高速改扩建工程开工");
        assertThat(titles(county(WEIBIN, "2024年"))).containsExactly("2024年政府工作报告");
        assertThat(titles(county(WEIBIN, "2025年度"))).containsExactly("城乡居民医疗保险集中缴费开始");
    }

    @Test
    void synonymsOfTheCityListFindEitherWord() {
        SearchResult r = county(WEIBIN, "医保");
        assertThat(titles(r)).containsExactly("城乡居民医疗保险集中缴费开始");
        assertThat(r.hits().get(0).titleHtml()).isEqualTo("城乡居民<mark>医疗保险</mark>集中缴费开始");
        assertThat(r.didYouMean()).isNull();
        SearchHit guide = county(WEIBIN, "社保").hits().get(0);
        assertThat(guide.type()).isEqualTo(DocType.SERVICE);
        assertThat(guide.title()).isEqualTo("社会保险登记");
    }

    @Test
    void misspellingsGetADidYouMean() {
        SearchResult corrected = county(WEIBIN, "渭宾 生态");
        assertThat(corrected.didYouMean()).isEqualTo("渭滨 生态");
        assertThat(titles(corrected)).containsExactly("渭滨区举办秦岭生态保护宣传活动");
        // Not on the list, but one character away from a county name, and nothing found.
        SearchResult nearMiss = county(WEIBIN, "陈苍");
        assertThat(nearMiss.total()).isZero();
        assertThat(nearMiss.didYouMean()).isEqualTo("陈仓");
        assertThat(county(WEIBIN, "教育").didYouMean()).isNull();
    }

    @Test
    void countySearchStaysInTheCountyAndCitySearchLabelsEach() {
        assertThat(county(WEIBIN, "防汛").hits()).extracting(SearchHit::tenantCode).containsOnly(WEIBIN);
        assertThat(county(JINTAI, "防汛").hits()).extracting(SearchHit::tenantCode).containsOnly(JINTAI);
        SearchResult city = search(new SearchQuery("防汛", SearchScope.CITY, null, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10));
        assertThat(city.hits()).extracting(SearchHit::countyName).containsExactlyInAnyOrder("渭滨区", "金台区");
        assertThat(city.hits()).extracting(SearchHit::url).anyMatch(u -> u.startsWith("https://jintai.example/"))
                .anyMatch(u -> u.startsWith("https://weibin.example/"));
    }

    @Test
    void engineFindsOnlyTheCountiesAskedFor() {
        SearchIndex.EngineHits jintai = engine.search(engineQuery("防汛", Set.of(JINTAI)));
        assertThat(jintai.total()).isEqualTo(1);
        assertThat(jintai.documents()).extracting(SearchDocument::tenantCode).containsOnly(JINTAI);
        assertThat(jintai.countsByType()).containsEntry(DocType.ARTICLE, 1L);
        assertThat(engine.search(engineQuery("防汛", Set.of(WEIBIN, JINTAI))).total()).isEqualTo(2);
        assertThat(engine.search(engineQuery("防汛", Set.of(JINTAI, "nosuchcounty"))).total()).isEqualTo(1);
        SearchIndex.EngineHits none = engine.search(engineQuery("防汛", Set.of()));
        assertThat(none.total()).isZero();
        assertThat(none.documents()).isEmpty();
        assertThat(none.countsByType().values()).containsOnly(0L);
    }

    @Test
    void citySearchLeavesOutCountiesNotServedAtOnceAndShowsThemAgainWhenReinstated() {
        Statuses statuses = new Statuses(directory);
        TenantDirectory served = new TenantDirectory(statuses);
        served.refresh();
        SiteSearch searchOf = new SiteSearch(engine, synonyms, served);
        SearchQuery city = new SearchQuery("防汛", SearchScope.CITY, JINTAI, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10);
        assertThat(searchOf.search(city).hits()).extracting(SearchHit::tenantCode).containsOnly(WEIBIN, JINTAI);

        // The city suspends 渭滨 and is still provisioning 陈仓: nothing is reindexed, the next search knows.
        statuses.set(WEIBIN, TenantStatus.SUSPENDED);
        statuses.set("chencang", TenantStatus.PROVISIONING);
        served.refresh();
        SearchResult without = searchOf.search(city);
        assertThat(without.hits()).extracting(SearchHit::countyName).containsExactly("金台区");
        assertThat(without.total()).isEqualTo(1);
        assertThat(without.facets()).allMatch(f -> f.count() == (f.type() == DocType.ARTICLE ? 1 : 0));
        assertThat(searchOf.search(new SearchQuery("秦岭生态", SearchScope.CITY, JINTAI, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10)).total()).isZero();
        // Nor is a county not served searched by its own code, nor its name offered as "did you mean".
        assertThat(searchOf.search(new SearchQuery("防汛", SearchScope.COUNTY, WEIBIN, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10)).total()).isZero();
        SearchResult nearMiss = searchOf.search(new SearchQuery("陈苍", SearchScope.CITY, JINTAI, Set.of(), null, null, null,
                null, SearchSort.RELEVANCE, 1, 10));
        assertThat(nearMiss.total()).isZero();
        assertThat(nearMiss.didYouMean()).isNull();

        statuses.set(WEIBIN, TenantStatus.ACTIVE);
        statuses.set("chencang", TenantStatus.ACTIVE);
        served.refresh();
        assertThat(searchOf.search(city).hits()).extracting(SearchHit::countyName)
                .containsExactlyInAnyOrder("渭滨区", "金台区");
        assertThat(searchOf.search(new SearchQuery("陈苍", SearchScope.CITY, JINTAI, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10)).didYouMean()).isEqualTo("陈仓");
    }

    @Test
    void markupInTitlesAndBodiesComesBackEscaped() {
        SearchHit hit = county(WEIBIN, "防汛").hits().get(0);
        assertThat(hit.titleHtml()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<mark>防汛</mark>通知");
        assertThat(hit.snippetHtml()).isEqualTo("&lt;img src=x onerror=alert(1)&gt;请做好<mark>防汛</mark>准备 &amp; 值班。");
        SearchHit attack = county(WEIBIN, "script").hits().get(0);
        assertThat(attack.titleHtml()).isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;防汛通知");
    }

    @Test
    void querySyntaxIsLiteralText() {
        assertThatThrownBy(() -> county(WEIBIN, "*:*")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("没有可查找的文字");
        assertThat(county(WEIBIN, "title:防汛").total()).isZero();
        assertThat(county(WEIBIN, "教育 AND 植树").total()).isZero();
        assertThat(titles(county(WEIBIN, "\"义务教育"))).containsExactly("全区义务教育均衡发展通过国家验收");
        assertThat(titles(county(WEIBIN, "义务教育\" OR (宝鸡"))).isEmpty();
        assertThat(county(WEIBIN, "防汛*").total()).isEqualTo(1);
    }

    @Test
    void overlongAndEmptyQueriesAreRefusedFast() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> county(WEIBIN, "教".repeat(2_000))).isInstanceOf(InvalidInputException.class)
                .hasMessage("搜索内容不能超过 100 个字");
        // Generous: it guards against work growing with the input, not against a slow machine.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThatThrownBy(() -> county(WEIBIN, "   ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("请输入要搜索的内容");
        assertThatThrownBy(() -> county(WEIBIN, "a b c d e f g h i")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void facetsFiltersSortAndPages() {
        SearchResult all = county(WEIBIN, "2024年");
        assertThat(all.facets()).anyMatch(f -> f.type() == DocType.DISCLOSURE && f.count() == 1);
        SearchResult messages = search(new SearchQuery("停车", SearchScope.COUNTY, WEIBIN, Set.of(DocType.MESSAGE), null, null,
                null, null, SearchSort.RELEVANCE, 1, 10));
        assertThat(titles(messages)).containsExactly("小区停车难的问题");
        SearchResult noArticles = search(new SearchQuery("停车", SearchScope.COUNTY, WEIBIN, Set.of(DocType.ARTICLE), null,
                null, null, null, SearchSort.RELEVANCE, 1, 10));
        assertThat(noArticles.total()).isZero();
        assertThat(noArticles.facets()).anyMatch(f -> f.type() == DocType.MESSAGE && f.count() == 1);
        SearchResult byDate = search(new SearchQuery("教育", SearchScope.COUNTY, WEIBIN, Set.of(), null, null, null, null,
                SearchSort.DATE, 1, 10));
        assertThat(byDate.hits()).extracting(SearchHit::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
        SearchResult march = search(new SearchQuery("教育", SearchScope.COUNTY, WEIBIN, Set.of(), null, null,
                LocalDate.parse("2024-03-10"), LocalDate.parse("2024-03-31"), SearchSort.RELEVANCE, 1, 10));
        assertThat(titles(march)).containsExactly("春季义务植树活动启动");
        SearchResult second = search(new SearchQuery("教育", SearchScope.COUNTY, WEIBIN, Set.of(), null, null, null, null,
                SearchSort.DATE, 2, 1));
        assertThat(second.total()).isEqualTo(2);
        assertThat(titles(second)).containsExactly("全区义务教育均衡发展通过国家验收");
        SearchResult channel = search(new SearchQuery("教育", SearchScope.COUNTY, WEIBIN, Set.of(), "tzgg", null, null, null,
                SearchSort.RELEVANCE, 1, 10));
        assertThat(titles(channel)).containsExactly("春季义务植树活动启动");
    }

    @Test
    void updatesAndRemovalsShowAtOnce() {
        engine.apply(JINTAI, List.of(doc(JINTAI, DocType.ARTICLE, 3, "金台区召开秸秆禁烧工作会", "全面落实秸秆禁烧。", "2024-10-01")),
                List.of());
        assertThat(titles(county(JINTAI, "秸秆"))).containsExactly("金台区召开秸秆禁烧工作会");
        assertThat(engine.stamps(JINTAI)).containsKey(SearchDocument.idOf(JINTAI, DocType.ARTICLE, 3));
        engine.apply(JINTAI, List.of(), List.of(SearchDocument.idOf(JINTAI, DocType.ARTICLE, 3)));
        assertThat(county(JINTAI, "秸秆").total()).isZero();
        assertThat(engine.stamps(JINTAI)).hasSize(2);
    }

    private static SearchIndex.EngineQuery engineQuery(String text, Set<String> counties) {
        return new SearchIndex.EngineQuery(List.of(List.of(text)), counties, Set.of(), null, null, null, null,
                SearchSort.RELEVANCE, 0, 10);
    }

    /** The registry as the test directory holds it, each county's status changeable without touching the database. */
    private static final class Statuses extends TenantStore {

        private final Map<String, TenantInfo> tenants = new LinkedHashMap<>();

        Statuses(TenantDirectory real) {
            super(null);
            real.all().forEach(t -> tenants.put(t.code().value(), t));
        }

        void set(String county, TenantStatus status) {
            TenantInfo t = tenants.get(county);
            tenants.put(county, new TenantInfo(t.code(), t.name(), t.siteName(), t.kind(), t.divisionCode(),
                    t.siteIdentifier(), status, t.theme()));
        }

        @Override
        public List<Registration> findAll() {
            return tenants.values().stream().map(t -> new Registration(t, List.of(), null)).toList();
        }
    }

    private SearchResult county(String county, String text) {
        return search(new SearchQuery(text, SearchScope.COUNTY, county, Set.of(), null, null, null, null, SearchSort.RELEVANCE,
                1, 10));
    }

    private SearchResult search(SearchQuery q) {
        return search.search(q);
    }

    private static List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchHit::title).toList();
    }

    private static SearchDocument doc(String county, DocType type, int id, String title, String text, String date) {
        boolean article = type == DocType.ARTICLE;
        // Every second article in 通知公告, the others in 新闻动态: enough for the channel filter.
        String channel = article ? (id % 2 == 0 ? "tzgg" : "xwdt") : null;
        String channelName = article ? (id % 2 == 0 ? "通知公告" : "新闻动态") : type.label();
        return new SearchDocument(SearchDocument.idOf(county, type, id), county, type, title, text, channel, channelName,
                "jyj", "教育局", LocalDate.parse(date), "https://" + county + ".example/" + type.name().toLowerCase() + "/" + id,
                "v1");
    }
}
