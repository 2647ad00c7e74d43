package cn.gov.baoji.portal.web.guard;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.guard.GuardConfig;
import io.vertx.core.http.HttpServerRequest;

/**
 * The address a request came from, for rate limits. Behind the city's reverse proxy the TCP peer
 * is the proxy, so with {@code portal.guard.trust-forwarded-for} the last X-Forwarded-For entry
 * (the one the proxy appended; earlier ones the client may have made up) counts instead. Never
 * trusted by default: a client could then pick a fresh address per request.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final boolean trustForwardedFor;

    ClientAddress(GuardConfig config) {
        this.trustForwardedFor = config.trustForwardedFor();
    }

    public String of(HttpServerRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
                if (IP_LITERAL.matcher(last).matches()) {
                    return last;
                }
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
