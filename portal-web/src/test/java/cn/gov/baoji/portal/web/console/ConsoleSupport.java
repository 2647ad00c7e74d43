package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.restassured.response.Response;

/** A signed-in console browser: opens pages and posts their forms with the page's CSRF token. */
final class ConsoleSupport {

    private final BrowserSession browser = new BrowserSession();
    private final int port;
    private String token;

    private ConsoleSupport(int port) {
        this.port = port;
    }

    static ConsoleSupport signIn(int port, String username) {
        ConsoleSupport console = new ConsoleSupport(port);
        Response page = console.browser.logIn(console.browser.open(console.url("/console/tenants/new")), username,
                KeycloakTokens.DEMO_PASSWORD);
        if (page.statusCode() == 200) {
            console.token = BrowserSession.csrfToken(page);
        }
        return console;
    }

    String url(String path) {
        return "http://console.localhost:" + port + path;
    }

    Response open(String path) {
        return browser.open(url(path));
    }

    /** Posts like the page's form does (token included), without following the redirect. */
    Response post(String path, Map<String, String> form) {
        assertThat(token).as("signed in with a page that carries a CSRF token").isNotNull();
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("csrf-token", token);
        return browser.post(url(path), withToken);
    }

    /** Posts without the token, as a forged form would. */
    Response postWithoutToken(String path, Map<String, String> form) {
        return browser.post(url(path), form);
    }
}
