package cn.gov.baoji.portal.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which {@code Origin} headers count as the site's own, directly and behind the trusted proxy. */
class SameOriginFormsTest {

    @Test
    void sameSchemeHostAndPortIsTheSameOrigin() {
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost:8080", "http", "weibin.localhost:8080", null, null,
                false)).isTrue();
        // Case, a trailing dot and an explicit default port change nothing.
        assertThat(SameOriginForms.sameOrigin("http://WeiBin.localhost", "http", "weibin.localhost.:80", null, null,
                false)).isTrue();
    }

    @Test
    void anotherPortSchemeOrHostIsAnotherOrigin() {
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost:9999", "http", "weibin.localhost:8080", null, null,
                false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost", "http", "weibin.localhost:8080", null, null,
                false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("https://weibin.localhost:8080", "http", "weibin.localhost:8080", null, null,
                false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://taibai.localhost:8080", "http", "weibin.localhost:8080", null, null,
                false)).isFalse();
    }

    @Test
    void opaqueOrMalformedOriginsAreRefused() {
        assertThat(SameOriginForms.sameOrigin("null", "http", "weibin.localhost:8080", null, null, false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost:8080/admin", "http", "weibin.localhost:8080", null,
                null, false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("ftp://weibin.localhost:8080", "http", "weibin.localhost:8080", null, null,
                false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost:8080", "http", null, null, null, false)).isFalse();
    }

    @Test
    void behindTheTrustedProxyTheForwardedSchemeAndHostCount() {
        // The proxy terminates TLS: the instance sees plain HTTP on its own port.
        assertThat(SameOriginForms.sameOrigin("https://www.weibin.gov.cn", "http", "10.0.0.5:8080", "https",
                "www.weibin.gov.cn", true)).isTrue();
        assertThat(SameOriginForms.sameOrigin("https://www.weibin.gov.cn:8443", "http", "10.0.0.5:8080", "https",
                "www.weibin.gov.cn", true)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://www.weibin.gov.cn", "http", "10.0.0.5:8080", "https",
                "www.weibin.gov.cn", true)).isFalse();
        // The last entry is the one our proxy appended; earlier ones are the client's.
        assertThat(SameOriginForms.sameOrigin("https://evil.example", "http", "10.0.0.5:8080", "https",
                "evil.example, www.weibin.gov.cn", true)).isFalse();
    }

    @Test
    void withoutTheTrustedProxyForwardedHeadersAreIgnored() {
        assertThat(SameOriginForms.sameOrigin("https://www.weibin.gov.cn", "http", "weibin.localhost:8080", "https",
                "www.weibin.gov.cn", false)).isFalse();
        assertThat(SameOriginForms.sameOrigin("http://weibin.localhost:8080", "http", "weibin.localhost:8080", "https",
                "www.weibin.gov.cn", false)).isTrue();
    }

    @Test
    void theOriginPrintsAsABrowserWritesIt() {
        assertThat(BrowserOrigin.ofRequest("http", "weibin.localhost:8080", null, null, false).orElseThrow())
                .hasToString("http://weibin.localhost:8080");
        assertThat(BrowserOrigin.ofRequest("http", "10.0.0.5:8080", "https", "www.weibin.gov.cn", true).orElseThrow())
                .hasToString("https://www.weibin.gov.cn");
    }
}
