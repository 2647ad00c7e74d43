package cn.gov.baoji.portal.web.look;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The counties are spread over the shipped themes, each in its own colours, with the elder mode switch. */
@QuarkusTest
class LookTest {

    private static final Pattern PRIMARY = Pattern.compile("--primary: (#[0-9a-f]{6});");

    @Test
    void countiesUseDifferentThemesAndColours() {
        anonymous("weibin").get("/").then().statusCode(200)
                .body(containsString("/static/themes/classic/theme.css")).body(containsString("theme-classic"));
        anonymous("jintai").get("/").then().statusCode(200)
                .body(containsString("/static/themes/modern/theme.css")).body(containsString("modern-masthead"));
        anonymous("chencang").get("/").then().statusCode(200)
                .body(containsString("landscape-banner")).body(containsString("/static/themes/landscape/banner.svg"));
        // Message texts come from the theme chain: modern words the subtitle its own way, the others inherit base's.
        anonymous("jintai").get("/").then().body(containsString("<p class=\"site-subtitle\">宝鸡市 · 金台区</p>"));
        anonymous("weibin").get("/").then().body(containsString("<p class=\"site-subtitle\">陕西省宝鸡市渭滨区</p>"));
        anonymous("chencang").get("/").then().body(containsString("秦岭为屏，渭水为带 · 欢迎访问陈仓区门户网站"));
        Set<String> colours = new HashSet<>();
        for (String county : Counties.SITE_NAMES.keySet()) {
            Matcher m = PRIMARY.matcher(anonymous(county).get("/").asString());
            assertThat(m.find()).as(county).isTrue();
            colours.add(m.group(1));
        }
        assertThat(colours).hasSize(12);
    }

    @Test
    void elderModeIsASwitchThatStaysOnWhileBrowsing() {
        anonymous("weibin").get("/channels/xwdt").then().body(containsString("长者模式（大字号、高对比度）"))
                .body(not(containsString("class=\"theme-classic elder\"")));

        Response on = anonymous("weibin").redirects().follow(false)
                .get("/accessibility/elder?on=1&back=/channels/xwdt");
        assertThat(on.statusCode()).isEqualTo(303);
        assertThat(on.header("Location")).endsWith("/channels/xwdt");
        assertThat(on.getCookie("elder")).isEqualTo("1");

        anonymous("weibin").cookie("elder", "1").get("/channels/xwdt").then().statusCode(200)
                .body(containsString("class=\"theme-classic elder\"")).body(containsString("退出长者模式"));
        anonymous("weibin").cookie("elder", "1").get("/").then().body(containsString("elder\""));
        // The page cache keeps the two modes apart.
        anonymous("weibin").get("/channels/xwdt").then().body(not(containsString("退出长者模式")));

        Response off = anonymous("weibin").redirects().follow(false).cookie("elder", "1")
                .get("/accessibility/elder?on=0&back=/");
        assertThat(off.getDetailedCookie("elder").getMaxAge()).isZero();
    }

    @Test
    void theSwitchNeverRedirectsToAnotherSite() {
        for (String back : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example", "" }) {
            Response r = anonymous("weibin").redirects().follow(false).queryParam("on", "1").queryParam("back", back)
                    .get("/accessibility/elder");
            assertThat(r.header("Location")).as(back).doesNotContain("evil").endsWith("/");
        }
    }

    @Test
    void everyPageHasASkipLinkAndLanguage() {
        for (String path : new String[] { "/", "/channels/xwdt", "/disclosure", "/departments", "/sitemap" }) {
            for (String county : new String[] { "weibin", "jintai", "chencang" }) {
                anonymous(county).get(path).then().statusCode(200)
                        .body(containsString("<html lang=\"zh-CN\""))
                        .body(containsString("href=\"#main\""))
                        .body(containsString("id=\"main\""));
            }
        }
    }
}
