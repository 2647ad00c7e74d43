package cn.gov.baoji.portal.core.stats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * Answers for the user agents seen so far: browsers send a few dozen distinct strings, so a page
     * view mostly costs a lookup instead of a scan. Bounded, since anyone may send any string.
     */
    private static final int REMEMBERED = 4096;
    private static final Map<String, Boolean> SEEN = new ConcurrentHashMap<>();

    private BotAgents() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        Boolean known = SEEN.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = scan(userAgent);
        if (SEEN.size() < REMEMBERED && userAgent.length() <= 512) {
            SEEN.put(userAgent, bot);
        }
        return bot;
    }

    private static boolean scan(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String pattern : PATTERNS) {
            if (ua.contains(pattern)) {
                return true;
            }
        }
        return false;
    }
}
