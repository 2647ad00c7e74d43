package cn.gov.baoji.portal.admin.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the city's Keycloak is and how the platform uses it. */
@ConfigMapping(prefix = "portal.identity")
public interface IdentityConfig {

    /** Base URL of Keycloak, e.g. {@code https://auth.baoji.gov.cn}. */
    @WithDefault("http://127.0.0.1:8180")
    String keycloakUrl();

    @WithDefault("baoji")
    String realm();

    /** Client of the back-office pages; provisioning adds each county's hosts to its redirect URIs. */
    @WithDefault("portal-web")
    String webClientId();

    /** Whether provisioning registers a new county's hosts as redirect URIs of the web client. */
    @WithDefault("true")
    boolean registerRedirectUris();

    /** Port the local redirect URIs carry (public hosts behind a proxy use the default port). */
    @WithDefault("8080")
    int redirectPort();

    /** How long a "Keycloak is reachable" answer is trusted before asking again. */
    @WithDefault("10s")
    Duration availabilityCacheTime();
}
