package cn.gov.baoji.portal.web.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.stats.BotAgents;
import cn.gov.baoji.portal.core.stats.PageViewTarget;

/** Which channel a path counts for, and which user agents are bots: plain rules, no server. */
class PageViewRulesTest {

    @Test
    void pathsNameTheirChannel() {
        assertThat(PageViews.byPath("/")).isEqualTo(PageViewTarget.HOME_PAGE);
        assertThat(PageViews.byPath("")).isEqualTo(PageViewTarget.HOME_PAGE);
        assertThat(PageViews.byPath("/channels/tzgg")).isEqualTo(PageViewTarget.channel("tzgg"));
        assertThat(PageViews.byPath("/messages/12")).isEqualTo(PageViewTarget.channel("hdjl"));
        assertThat(PageViews.byPath("/surveys/3/results")).isEqualTo(PageViewTarget.channel("hdjl"));
        assertThat(PageViews.byPath("/services/BJ-GG-0101")).isEqualTo(PageViewTarget.channel("bsfw"));
        assertThat(PageViews.byPath("/departments/mzj")).isEqualTo(PageViewTarget.channel("xxgk"));
        assertThat(PageViews.byPath("/sitemap")).isEqualTo(PageViewTarget.OTHER_PAGE);
        assertThat(PageViews.byPath("/channels/" + "x".repeat(60))).isEqualTo(PageViewTarget.OTHER_PAGE);
    }

    @Test
    void botsAreKnownByTheirUserAgent() {
        assertThat(BotAgents.isBot(null)).isTrue();
        assertThat(BotAgents.isBot(" ")).isTrue();
        assertThat(BotAgents.isBot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")).isTrue();
        assertThat(BotAgents.isBot("Mozilla/5.0 (compatible; YisouSpider/5.0)")).isTrue();
        assertThat(BotAgents.isBot("360Spider")).isTrue();
        assertThat(BotAgents.isBot("Apache-HttpClient/4.5.14 (Java/17.0.13)")).isTrue();
        assertThat(BotAgents.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isFalse();
        assertThat(BotAgents.isBot("Mozilla/5.0 (Linux; Android 14; HarmonyOS; ALN-AL00) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/114.0.0.0 Mobile Safari/537.36 HuaweiBrowser/15.0.4.312")).isFalse();
    }
}
