package cn.gov.baoji.portal.web.error;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.tenant.HostResolver;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Failures the HTTP layer answers before any resource runs: a missing or malformed {@code Host}
 * header, a body over the size limit. Without this they get the server's generic body; here they
 * get what every other error gets, problem JSON on {@code /api/**} and a Chinese page (in the
 * county's theme when the host names one) elsewhere. Sign-in failures are left to the sign-in
 * mechanism. (A request target that is no valid URI, e.g. broken percent-encoding, is refused by
 * Quarkus with a bare 400 before any route runs; nothing of the application can answer it.)
 */
@Singleton
class EdgeFailures {

    private static final Logger LOG = Logger.getLogger(EdgeFailures.class);

    private final ErrorPages pages;
    private final HostResolver hosts;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    EdgeFailures(ErrorPages pages, HostResolver hosts, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.pages = pages;
        this.hosts = hosts;
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    /**
     * A body announced larger than the limit: refused as Quarkus would refuse it (before reading a
     * byte of it, closing the connection), but in our words rather than with a bare 413.
     */
    void refuseOversizedBody(RoutingContext routing) {
        String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1;
        }
        if (announced <= maxBodyBytes) {
            routing.next();
            return;
        }
        // The body is never read: the connection cannot serve another request afterwards.
        routing.response().putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> routing.request().connection().close());
        respond(routing, new ErrorResponses.Failure(413, ErrorPages.slugFor(413), ErrorPages.titleFor(413),
                ErrorPages.detailFor(413), null));
    }

    void answer(RoutingContext routing) {
        Throwable cause = routing.failure();
        // The body size limit, and Vert.x's own refusals; anything else (sign-in above all) keeps its handler.
        boolean httpLayer = cause == null ? routing.statusCode() == 413
                : cause instanceof VertxException || cause instanceof HttpException;
        if (!httpLayer || routing.response().headWritten() || routing.response().ended()) {
            routing.next();
            return;
        }
        HttpServerRequest request = routing.request();
        int status = cause instanceof HttpException http ? http.getStatusCode() : routing.statusCode();
        if (status < 400) {
            status = 500;
        }
        ErrorResponses.Failure failure = describe(status, request, cause);
        if (status >= 500) {
            LOG.errorf(cause, "Request to %s failed in the HTTP layer with status %d", request.path(), status);
        }
        respond(routing, failure);
    }

    private void respond(RoutingContext routing, ErrorResponses.Failure failure) {
        HttpServerRequest request = routing.request();
        String path = request.path() == null ? "/" : request.path();
        if (ErrorResponses.isApiPath(path)) {
            Problem problem = new Problem("/problems/" + failure.type(), failure.title(), failure.status(), failure.detail(),
                    path, failure.field());
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A problem document could not be written", e);
            }
            send(routing, failure.status(), Problem.MEDIA_TYPE, body);
            return;
        }
        TenantInfo tenant = null;
        boolean console = false;
        if (hasValidHost(request) && request.authority() != null) {
            HostResolver.Resolution site = hosts.resolve(request.getHeader(HttpHeaders.HOST),
                    request.getHeader("X-Forwarded-Host"));
            tenant = site instanceof HostResolver.ForTenant forTenant ? forTenant.tenant() : null;
            console = site instanceof HostResolver.ForConsole;
        }
        send(routing, failure.status(), "text/html;charset=UTF-8", pages.render(failure, tenant, console));
    }

    private static ErrorResponses.Failure describe(int status, HttpServerRequest request, Throwable cause) {
        if (status == 400 && !hasValidHost(request)) {
            return new ErrorResponses.Failure(400, "invalid-host", ErrorPages.titleFor(400),
                    "请求缺少主机名（Host），或主机名的格式不正确。", "Host");
        }
        return new ErrorResponses.Failure(status, ErrorPages.slugFor(status), ErrorPages.titleFor(status),
                ErrorPages.detailFor(status), null);
    }

    private static boolean hasValidHost(HttpServerRequest request) {
        return !(request instanceof HttpServerRequestInternal internal) || internal.isValidAuthority();
    }

    private static void send(RoutingContext routing, int status, String type, String body) {
        routing.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader("X-Content-Type-Options", "nosniff").end(body);
    }
}
