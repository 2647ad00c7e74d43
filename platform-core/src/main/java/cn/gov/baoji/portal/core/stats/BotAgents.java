package cn.gov.baoji.portal.core.stats;

import java.util.List;
import java.util.Locale;

/**
 * Which user agents are counted as bots, not as citizens: a fixed list of the crawlers that visit
 * government sites in China and elsewhere, generic crawler words, command-line and library HTTP
 * clients, and headless browsers. Headless Chromium says {@code HeadlessChrome} in its user agent:
 * no citizen browses that way, but scripts (and our own browser tests) do, so it counts as a bot.
 * A request without a user agent is a bot too.
 */
public final class BotAgents {

    /** Lower case; a user agent containing any of them is a bot. */
    static final List<String> PATTERNS = List.of(
            // Search engines and crawlers named by the city's traffic reports.
            "baiduspider", "googlebot", "bingbot", "sogou", "360spider", "haosouspider", "yisouspider", "bytespider",
            "yandexbot", "duckduckbot", "applebot", "petalbot", "semrushbot", "ahrefsbot",
            // Whatever else names itself a crawler.
            "spider", "crawler", "bot/", "bot;", "robot",
            // Tools and libraries, not browsers.
            "curl/", "wget/", "python-requests", "python-urllib", "aiohttp", "go-http-client", "java/",
            "apache-httpclient", "okhttp", "node-fetch", "axios/", "libwww-perl", "scrapy", "httpclient",
            // Headless browsers.
            "headlesschrome", "phantomjs");

    private BotAgents() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String pattern : PATTERNS) {
            if (ua.contains(pattern)) {
                return true;
            }
        }
        return false;
    }
}
