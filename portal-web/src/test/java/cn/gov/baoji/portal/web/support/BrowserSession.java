package cn.gov.baoji.portal.web.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser, as far as the OIDC code flow needs one: follows redirects between the portal and
 * Keycloak, keeps each host's cookies, and posts Keycloak's login form. Hosts under
 * {@code .localhost} are sent to 127.0.0.1 with their name in the Host header.
 */
public final class BrowserSession {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final Map<String, Map<String, String>> cookiesByHost = new HashMap<>();

    /** Opens a URL and follows redirects; returns the last response. */
    public Response open(String url) {
        return follow(url, send("GET", url, null));
    }

    /** Follows redirects from a response to {@code url}, as a browser does. */
    private Response follow(String url, Response response) {
        for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
            url = URI.create(url).resolve(response.getHeader("Location")).toString();
            response = send("GET", url, null);
        }
        lastUrl = url;
        return response;
    }

    private String lastUrl;

    /** On Keycloak's login page: fills in the form, submits it and follows the redirects back. */
    public Response logIn(Response loginPage, String username, String password) {
        Matcher matcher = LOGIN_FORM_ACTION.matcher(loginPage.asString());
        if (!matcher.find()) {
            throw new AssertionError("No Keycloak login form at " + lastUrl + ":\n" + loginPage.asString());
        }
        String action = matcher.group(1).replace("&amp;", "&");
        return follow(action, send("POST", action, Map.of("username", username, "password", password)));
    }

    /** Posts a form as-is (no token is added), for testing what the server refuses. */
    public Response post(String url, Map<String, String> form) {
        return send("POST", url, form, Map.of());
    }

    /** Posts a form with the headers a browser would add, e.g. when another site's page sends it. */
    public Response post(String url, Map<String, String> form, Map<String, String> headers) {
        return send("POST", url, form, headers);
    }

    /** The CSRF token the last page's forms carry. */
    public static String csrfToken(Response page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return m.group(1);
    }

    /** Posts a form and follows the redirect, as a browser does after POST-redirect-GET. */
    public Response submit(String url, Map<String, String> form) {
        return follow(url, send("POST", url, form));
    }

    /** A cookie as if a page of that host had set it. */
    public void setCookie(String host, String name, String value) {
        cookiesByHost.computeIfAbsent(host, h -> new HashMap<>()).put(name, value);
    }

    public String lastUrl() {
        return lastUrl;
    }

    /** The cookies this browser holds for a host, e.g. to send requests of other kinds in its session. */
    public Map<String, String> cookies(String host) {
        return Map.copyOf(cookiesByHost.getOrDefault(host, Map.of()));
    }

    private Response send(String method, String url, Map<String, String> form) {
        return send(method, url, form, Map.of());
    }

    /** Posts a file as a multipart form, as a page's script (the article editor's upload) does; no redirect followed. */
    public Response upload(String url, String fileName, byte[] bytes, String mimeType, Map<String, String> fields) {
        return send("POST", url, null, Map.of(), request -> {
            request.multiPart("file", fileName, bytes, mimeType);
            fields.forEach(request::multiPart);
        });
    }

    private Response send(String method, String url, Map<String, String> form, Map<String, String> headers) {
        return send(method, url, form, headers, request -> {
        });
    }

    private Response send(String method, String url, Map<String, String> form, Map<String, String> headers,
            Consumer<RequestSpecification> body) {
        URI uri = URI.create(url);
        Map<String, String> jar = cookiesByHost.computeIfAbsent(uri.getHost(), h -> new HashMap<>());
        RequestSpecification request = given().redirects().follow(false).cookies(jar).urlEncodingEnabled(false)
                .headers(headers);
        String target = url;
        if (uri.getHost().endsWith(".localhost")) {
            request.header("Host", uri.getHost() + ":" + uri.getPort());
            target = "http://127.0.0.1:" + uri.getPort() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        if (form != null) {
            request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            form.forEach(request::formParam);
        }
        body.accept(request);
        Response response = request.request(method, target);
        response.getCookies().forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        });
        return response;
    }

    private static boolean isRedirect(Response response) {
        int status = response.statusCode();
        return status == 301 || status == 302 || status == 303 || status == 307;
    }
}
