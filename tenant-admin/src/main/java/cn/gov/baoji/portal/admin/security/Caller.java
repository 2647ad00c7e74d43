package cn.gov.baoji.portal.admin.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.gov.baoji.portal.core.security.AccessBindings;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person behind the current request and what they may do. */
@RequestScoped
public class Caller {

    private SecurityIdentity identity;
    private AccessBindings bindings = AccessBindings.none();

    void bind(SecurityIdentity identity) {
        this.identity = identity;
        this.bindings = bindingsOf(identity);
    }

    public AccessBindings bindings() {
        return bindings;
    }

    public String username() {
        return jwt().map(t -> (String) t.getClaim("preferred_username"))
                .orElseGet(() -> identity == null ? "" : identity.getPrincipal().getName());
    }

    public String displayName() {
        return jwt().map(t -> (String) t.getClaim("name")).filter(n -> !n.isBlank()).orElseGet(this::username);
    }

    /** The caller as the domain services know them. */
    public cn.gov.baoji.portal.core.security.Actor actor() {
        return new cn.gov.baoji.portal.core.security.Actor(subject(), displayName(), bindings);
    }

    /** The account id in the identity provider. */
    public String subject() {
        return jwt().map(JsonWebToken::getSubject).orElse("");
    }

    private Optional<JsonWebToken> jwt() {
        return identity != null && identity.getPrincipal() instanceof JsonWebToken token ? Optional.of(token)
                : Optional.empty();
    }

    /** What an identity may do; for code outside the access-rule filter (e.g. a public page's draft preview). */
    public static AccessBindings bindingsOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return AccessBindings.none();
        }
        return AccessBindings.fromClaims(strings(token.getClaim("groups")), strings(token.getClaim("departments")));
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value);
        }
        return List.of();
    }
}
