package cn.gov.baoji.portal.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The page cache's memory: exact byte count, expiry, and least-recently-used eviction across counties. */
class PageStoreTest {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final long VERSION = 7;
    private static final long MAX_AGE = 60_000;

    private final AtomicLong clock = new AtomicLong(1_000_000);

    @Test
    void replacingAPageCountsOnlyTheNewCopy() {
        PageStore store = new PageStore(1_000_000, clock::get);
        store.put("weibin|/", page("渭滨区首页", 100), HTML, VERSION);
        String rerendered = page("渭滨区首页（更新）", 150);

        store.put("weibin|/", rerendered, HTML, VERSION + 1);

        assertThat(store.bytes()).isEqualTo(PageStore.sizeOf("weibin|/", rerendered, HTML));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void pageRenderedAgainAfterExpiryReplacesTheExpiredOne() {
        PageStore store = new PageStore(1_000_000, clock::get);
        String first = page("通知公告", 200);
        store.put("taibai|/channels/tzgg", first, HTML, VERSION);
        for (int round = 0; round < 5; round++) {
            clock.addAndGet(MAX_AGE + 1);
            assertThat(store.get("taibai|/channels/tzgg", VERSION, MAX_AGE)).isEmpty();
            store.put("taibai|/channels/tzgg", first, HTML, VERSION);
        }

        assertThat(store.bytes()).isEqualTo(PageStore.sizeOf("taibai|/channels/tzgg", first, HTML));
    }

    @Test
    void expiredPageStopsCountingWhenItIsAskedFor() {
        PageStore store = new PageStore(1_000_000, clock::get);
        store.put("weibin|/articles/1", page("政策解读", 300), HTML, VERSION);
        store.put("weibin|/articles/2", page("新闻动态", 300), HTML, VERSION);
        long both = store.bytes();

        clock.addAndGet(MAX_AGE + 1);

        assertThat(store.get("weibin|/articles/1", VERSION, MAX_AGE)).isEmpty();
        assertThat(store.contains("weibin|/articles/1")).isFalse();
        assertThat(store.bytes()).isEqualTo(both - PageStore.sizeOf("weibin|/articles/1", page("政策解读", 300), HTML));
    }

    @Test
    void pageOfAnOlderContentVersionIsDroppedAndSubtracted() {
        PageStore store = new PageStore(1_000_000, clock::get);
        store.put("qishan|/", page("岐山县首页", 100), HTML, VERSION);

        assertThat(store.get("qishan|/", VERSION + 1, MAX_AGE)).isEmpty();

        assertThat(store.bytes()).isZero();
        assertThat(store.size()).isZero();
    }

    @Test
    void freshPageIsServedAsStored() {
        PageStore store = new PageStore(1_000_000, clock::get);
        String body = page("眉县首页", 100);
        store.put("meixian|/", body, HTML, VERSION);
        clock.addAndGet(MAX_AGE);

        PageStore.Page hit = store.get("meixian|/", VERSION, MAX_AGE).orElseThrow();

        assertThat(hit.body()).isEqualTo(body);
        assertThat(hit.contentType()).isEqualTo(HTML);
    }

    @Test
    void overTheLimitOnlyTheLeastRecentlyUsedPagesLeave() {
        String body = page("页面", 500);
        long one = PageStore.sizeOf("weibin|/a", body, HTML);
        PageStore store = new PageStore(3 * one, clock::get);
        store.put("weibin|/a", body, HTML, VERSION);
        tick();
        store.put("taibai|/b", body, HTML, VERSION);
        tick();
        store.put("qishan|/c", body, HTML, VERSION);
        tick();
        store.get("weibin|/a", VERSION, MAX_AGE);
        tick();

        store.put("fufeng|/d", body, HTML, VERSION);

        assertThat(store.contains("taibai|/b")).isFalse();
        assertThat(store.contains("weibin|/a")).isTrue();
        assertThat(store.contains("qishan|/c")).isTrue();
        assertThat(store.contains("fufeng|/d")).isTrue();
        assertThat(store.bytes()).isEqualTo(3 * one);
    }

    @Test
    void oneCountyFillingTheCacheLeavesTheOthersRecentPages() {
        String body = page("页面", 500);
        long one = PageStore.sizeOf("weibin|/channels/x00", body, HTML);
        PageStore store = new PageStore(10 * one, clock::get);
        store.put("taibai|/", body, HTML, VERSION);
        store.put("qishan|/", body, HTML, VERSION);

        for (int i = 0; i < 50; i++) {
            tick();
            // The other counties' home pages are visited now and then while one county is crawled.
            if (i % 5 == 0) {
                store.get("taibai|/", VERSION, MAX_AGE);
                store.get("qishan|/", VERSION, MAX_AGE);
            }
            store.put("weibin|/channels/x" + String.format("%02d", i), body, HTML, VERSION);
        }

        assertThat(store.contains("taibai|/")).isTrue();
        assertThat(store.contains("qishan|/")).isTrue();
        assertThat(store.contains("weibin|/channels/x49")).isTrue();
        assertThat(store.contains("weibin|/channels/x00")).isFalse();
        // Eight crawled pages and the two home pages fit; a ninth crawled page would not.
        long home = PageStore.sizeOf("taibai|/", body, HTML);
        assertThat(store.size()).isEqualTo(10);
        assertThat(store.bytes()).isEqualTo(8 * one + 2 * home);
    }

    @Test
    void pageLargerThanTheWholeBudgetIsNotKept() {
        PageStore store = new PageStore(1_000, clock::get);
        store.put("weibin|/", page("小页面", 10), HTML, VERSION);
        long before = store.bytes();

        store.put("weibin|/sitemap", page("很大的页面", 1_000), HTML, VERSION);

        assertThat(store.contains("weibin|/sitemap")).isFalse();
        assertThat(store.contains("weibin|/")).isTrue();
        assertThat(store.bytes()).isEqualTo(before);
    }

    @Test
    void concurrentRendersOfTheSamePagesKeepTheTotalExact() throws Exception {
        PageStore store = new PageStore(Long.MAX_VALUE, clock::get);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String key = "weibin|/articles/" + (i % 20);
                        store.put(key, page("第" + thread + "次", (i * 7 + thread) % 300), HTML, VERSION);
                        store.get(key, i % 3 == 0 ? VERSION + 1 : VERSION, MAX_AGE);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        long held = 0;
        for (int i = 0; i < 20; i++) {
            String key = "weibin|/articles/" + i;
            held += store.get(key, VERSION, MAX_AGE).map(p -> PageStore.sizeOf(key, p.body(), p.contentType())).orElse(0L);
        }
        assertThat(store.bytes()).isEqualTo(held);
    }

    private void tick() {
        clock.incrementAndGet();
    }

    private static String page(String title, int paragraphs) {
        return "<h1>" + title + "</h1>" + "<p>宝鸡市政府信息公开</p>".repeat(paragraphs);
    }
}
