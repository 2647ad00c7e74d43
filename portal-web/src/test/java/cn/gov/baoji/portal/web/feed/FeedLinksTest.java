package cn.gov.baoji.portal.web.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Absolute links in robots.txt, the sitemap and feeds point at the county's canonical host (its first
 * registered domain, with the configured scheme and port), never at the Host header as the client sent it.
 */
@QuarkusTest
class FeedLinksTest {

    /** weibin's first domain in tests (the local one), with the test profile's scheme and port. */
    private static final String CANONICAL = "http://weibin.localhost:8080/";
    private static final Pattern LINK = Pattern.compile("(?:<loc>|<id>|href=\")([^<\"]+)");

    @Test
    void robotsTxtNamesTheSitemapOnTheCanonicalHost() {
        String robots = given().header("Host", "WEIBIN.localhost.:8080").get("/robots.txt").then().statusCode(200)
                .extract().asString();

        assertThat(robots).endsWith("\nSitemap: " + CANONICAL + "sitemap.xml\n");
    }

    @Test
    void sitemapAskedForOnAnotherDomainOfTheCountyLinksToTheCanonicalHost() {
        String sitemap = given().header("Host", "WWW.Weibin.gov.cn.:8443").get("/sitemap.xml").then().statusCode(200)
                .extract().asString();

        List<String> links = links(sitemap);
        assertThat(links).contains(CANONICAL, CANONICAL + "disclosure", CANONICAL + "departments");
        assertThat(links).allSatisfy(link -> assertThat(link).startsWith(CANONICAL));
    }

    @Test
    void feedEntriesLinkToTheCanonicalHost() {
        String feed = given().header("Host", "WEIBIN.localhost.:8080").get("/channels/xwdt/feed.atom").then()
                .statusCode(200).extract().asString();

        List<String> links = links(feed);
        assertThat(links).contains(CANONICAL + "channels/xwdt/feed.atom", CANONICAL + "channels/xwdt");
        assertThat(links).filteredOn(link -> link.contains("/articles/")).isNotEmpty();
        assertThat(links).allSatisfy(link -> assertThat(link).startsWith(CANONICAL));
    }

    private static List<String> links(String xml) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(xml);
        while (m.find()) {
            if (!m.group(1).startsWith("http://www.w3.org/") && !m.group(1).startsWith("http://www.sitemaps.org/")) {
                links.add(m.group(1));
            }
        }
        return links;
    }
}
