package cn.gov.baoji.portal.web.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.restassured.response.Response;

/**
 * One person signed in to a county's back office, as a browser: opens pages, and posts a page's
 * forms with what that page carried (the CSRF token and the message's version), like pressing its
 * buttons.
 */
final class CountyBackOffice {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private final BrowserSession browser = new BrowserSession();
    private final String host;
    private final int port;
    private Response last;

    private CountyBackOffice(String host, int port) {
        this.host = host;
        this.port = port;
    }

    static CountyBackOffice signIn(int port, String county, String username) {
        CountyBackOffice office = new CountyBackOffice(county + ".localhost", port);
        Response home = office.browser.logIn(office.browser.open(office.url("/admin/")), username, KeycloakTokens.DEMO_PASSWORD);
        assertThat(home.statusCode()).as(username + " signs in to " + county).isEqualTo(200);
        office.last = home;
        return office;
    }

    String url(String path) {
        return "http://" + host + ":" + port + path;
    }

    /** Opens a page; its forms are the ones {@link #press} posts. */
    Response open(String path) {
        last = browser.open(url(path));
        return last;
    }

    /** The body of a page that must answer 200. */
    String page(String path) {
        Response page = open(path);
        assertThat(page.statusCode()).as(path + ":\n" + page.asString()).isEqualTo(200);
        return page.asString();
    }

    /** The message's version on the page last opened. */
    String version() {
        Matcher m = VERSION.matcher(last.asString());
        assertThat(m.find()).as("a step form on the page").isTrue();
        return m.group(1);
    }

    /**
     * Posts a form of the page last shown (token and version as that page had them), without
     * following the redirect: the caller checks the answer.
     */
    Response press(String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", BrowserSession.csrfToken(last));
        Matcher version = VERSION.matcher(last.asString());
        if (!form.containsKey("version") && version.find()) {
            form.put("version", version.group(1));
        }
        Response answer = browser.post(url(path), form);
        if (answer.statusCode() != 303) {
            // A refusal answers with the page again: its forms are the ones pressed next.
            last = answer;
        }
        return answer;
    }

    /** Posts like {@link #press} and follows the redirect back to the message, which must show the step's result. */
    String step(String path, Map<String, String> fields) {
        Response answer = press(path, fields);
        assertThat(answer.statusCode()).as(path + " answered:\n" + answer.asString()).isEqualTo(303);
        String location = answer.getHeader("Location");
        return page(location.replaceFirst("^https?://[^/]+", ""));
    }
}
