package cn.gov.baoji.portal.web.search;

import static cn.gov.baoji.portal.web.support.Api.as;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Published articles to search for, and words no other document has. */
public final class SearchFixtures {

    private SearchFixtures() {
    }

    /** ASCII letters only: one token for both analyzers, and no digit run the search log would drop. */
    public static String marker() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    /** An article in the county's 通知公告, submitted by its contributor and published by its editor. */
    public static long publish(String county, String title, String body) {
        long id = as(county + "-contributor", county).body(Map.of("channel", "tzgg", "title", title, "body",
                "<p>" + body + "</p>")).post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        as(county + "-contributor", county).post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as(county + "-editor", county).body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
