import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import cn.gov.baoji.portal.core.search.DocType;
import cn.gov.baoji.portal.core.search.LuceneSearchIndex;
import cn.gov.baoji.portal.core.search.OpenSearchIndex;
import cn.gov.baoji.portal.core.search.SearchDocument;
import cn.gov.baoji.portal.core.search.SearchIndex;
import cn.gov.baoji.portal.core.search.SearchSort;

/**
 * Query latency of the embedded Lucene engine: 12 counties × N articles (default 10,000) made of the demo
 * content's sentences shuffled, then p50/p99 of county searches and of city searches (every county). Run by
 * deploy/bench/search.sh; measures the engine call (query, facet counts, a page of 10 stored documents), not HTTP.
 */
public class SearchBench {

    static final String[] COUNTIES = {"weibin", "jintai", "chencang", "fengxiang", "qishan", "fufeng", "meixian", "longxian",
        "qianyang", "linyou", "fengxian", "taibai"};
    static final String[] NAMES = {"渭滨区", "金台区", "陈仓区", "凤翔区", "岐山县", "扶风县", "眉县", "陇县", "千阳县", "麟游县", "凤县", "太白县"};
    static final List<List<String>> QUERIES = List.of(List.of("教育"), List.of("宝鸡"), List.of("义务教育"), List.of("安全生产"),
            List.of("G85高速"), List.of("2024年"), List.of("医保", "医疗保险"), List.of("乡村振兴"), List.of("项目建设"),
            List.of("营商环境"), List.of("疫苗"), List.of("防汛"), List.of("民生实事"), List.of("秦岭生态保护"));

    public static void main(String[] args) throws Exception {
        int perCounty = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path seed = Path.of(args.length > 2 ? args[2] : "platform-core/src/main/resources/seed/demo-content.json");
        List<String> sentences = sentences(Files.readString(seed));
        Path dir = Files.createTempDirectory("search-bench");
        Random random = new Random(14);
        // -Dbench.engine=opensearch -Dbench.opensearch.url=…: the same against OpenSearch (deploy/bench/search.sh starts one).
        boolean openSearch = "opensearch".equals(System.getProperty("bench.engine"));
        System.out.println("engine: " + (openSearch ? "OpenSearch " + System.getProperty("bench.opensearch.url") : "embedded Lucene"));
        try (SearchIndex index = openSearch
                ? new OpenSearchIndex(java.net.URI.create(System.getProperty("bench.opensearch.url")), "bench")
                : new LuceneSearchIndex(dir)) {
            long start = System.nanoTime();
            for (int c = 0; c < COUNTIES.length; c++) {
                String county = COUNTIES[c];
                String name = NAMES[c];
                index.replaceTenant(county, IntStream.range(0, perCounty).mapToObj(i -> article(county, name, i, sentences, random)));
            }
            System.out.printf("indexed %,d articles (12 counties × %,d) in %.1f s%n", 12L * perCounty, perCounty,
                    (System.nanoTime() - start) / 1e9);
            measure("county (weibin)", index, "weibin", rounds / 3, rounds);
            measure("city (12 counties)", index, null, rounds / 3, rounds);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void measure(String label, SearchIndex index, String county, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            run(index, county, i);
        }
        long[] nanos = new long[rounds];
        long hits = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            hits += run(index, county, i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("%-20s %d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms (mean total hits %,d)%n", label, rounds,
                nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6, nanos[rounds - 1] / 1e6, hits / rounds);
    }

    static long run(SearchIndex index, String county, int i) {
        List<String> alternatives = QUERIES.get(i % QUERIES.size());
        SearchSort sort = i % 4 == 3 ? SearchSort.DATE : SearchSort.RELEVANCE;
        return index.search(new SearchIndex.EngineQuery(List.of(alternatives),
                county == null ? Set.of(COUNTIES) : Set.of(county), Set.of(), null, null, null, null, sort,
                0, 10)).total();
    }

    static SearchDocument article(String county, String name, int i, List<String> sentences, Random random) {
        StringBuilder text = new StringBuilder();
        int n = 6 + random.nextInt(14);
        for (int s = 0; s < n; s++) {
            text.append(sentences.get(random.nextInt(sentences.size())).replace("{county}", name));
        }
        String title = sentences.get(random.nextInt(sentences.size())).replace("{county}", name);
        title = title.substring(0, Math.min(title.length(), 20 + random.nextInt(10)));
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_000));
        boolean disclosure = i % 5 == 0;
        DocType type = disclosure ? DocType.DISCLOSURE : DocType.ARTICLE;
        return new SearchDocument(SearchDocument.idOf(county, type, i), county, type, title, text.toString(), "xwdt", "新闻动态",
                "zfb", "政府办", date, "https://" + county + ".example/articles/" + i, "1");
    }

    /** The sentences (split at 。！？) of the demo articles' bodies and summaries, markup removed. */
    static List<String> sentences(String json) {
        List<String> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("\"(?:body|summary|title)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            for (String s : m.group(1).replaceAll("<[^>]*>", "").split("(?<=[。！？])")) {
                if (s.strip().length() > 4) {
                    sentences.add(s.strip());
                }
            }
        }
        // A few that the queries look for, so they find something besides the demo wording.
        sentences.addAll(List.of("G85高速宝鸡段改扩建工程有序推进。", "2024年城乡居民医疗保险集中缴费开始。",
                "全面推进义务教育优质均衡发展。", "持续抓好秦岭生态保护。"));
        return sentences;
    }
}
