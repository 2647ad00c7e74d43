package cn.gov.baoji.portal.web.error;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.core.security.LoginUnavailableException;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.UnknownSiteException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place where failures become responses: API clients get RFC 9457 problem JSON, browsers
 * a themed page in Chinese. Neither ever sees a stack trace, a class name or another site's data.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private final ErrorPages pages;
    private final TenantContext context;

    ErrorResponses(ErrorPages pages, TenantContext context) {
        this.pages = pages;
        this.context = context;
    }

    /** What went wrong, in words for the person who asked. */
    record Failure(int status, String type, String title, String detail, String field) {
    }

    @ServerExceptionMapper
    public Response map(Throwable error, UriInfo uri, RoutingContext routing) {
        Response answer = respond(describe(error), uri, routing, error instanceof UnknownSiteException);
        if (error instanceof RateLimitedException limited) {
            return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, Math.max(1, limited.retryAfter().toSeconds()))
                    .build();
        }
        return answer;
    }

    /**
     * JSON of the wrong shape. Quarkus answers these with a bare 400 of its own unless the
     * application maps the exact type; the client needs to know which field was wrong.
     */
    @ServerExceptionMapper
    public Response mapUnreadableJson(MismatchedInputException error, UriInfo uri, RoutingContext routing) {
        return map(error, uri, routing);
    }

    /**
     * A bearer token that is invalid, expired or for someone else: 401 problem JSON on the API.
     * Pages keep the sign-in mechanism's own answer (the code flow sends the browser to log in).
     */
    @ServerExceptionMapper
    public Uni<Response> mapFailedSignIn(AuthenticationFailedException error, UriInfo uri, RoutingContext routing) {
        if (isApi(uri)) {
            Failure failure = new Failure(401, "invalid-token", ErrorPages.titleFor(401),
                    "登录凭证无效或已过期，请重新登录后再试。", "Authorization");
            return Uni.createFrom().item(Response.fromResponse(respond(failure, uri, routing, false))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(respond(new Failure(401, "unauthorized", ErrorPages.titleFor(401),
                    "请先登录。", null), uri, routing, false));
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            if (challenge == null) {
                return Response.status(401).build();
            }
            Response.ResponseBuilder answer = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
            return answer.build();
        });
    }

    /**
     * A form post refused before any resource saw it (the CSRF check of an expired page) answers a
     * bare 400; people get a page that says what happened instead.
     */
    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())
                && !isApi(request.getUriInfo())) {
            response.setEntity(page(FORM_EXPIRED, false), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private static final Failure FORM_EXPIRED = new Failure(400, "form-expired", "表单已失效",
            "表单已失效或不完整（例如页面打开时间过长、登录已过期），本次提交没有保存任何内容。请返回上一页，刷新后再操作。", null);

    private Response respond(Failure failure, UriInfo uri, RoutingContext routing, boolean unknownSite) {
        if (isApi(uri)) {
            // The path as received, not the absolute URI: a request without a Host header has none.
            Problem problem = new Problem("/problems/" + failure.type(), failure.title(), failure.status(),
                    failure.detail(), routing.request().path(), failure.field());
            return Response.status(failure.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(failure.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(failure, unknownSite)).build();
    }

    private String page(Failure failure, boolean unknownSite) {
        return pages.render(failure, unknownSite ? null : context.tenant().orElse(null), context.isConsole());
    }

    private Failure describe(Throwable error) {
        // A rule broken while the request was read (JSON into a record, a query parameter into a
        // number): the rule's message, not "bad request".
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof PortalException rule && !(error instanceof PortalException)) {
                return describe(rule);
            }
        }
        if (error instanceof PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            String title = e instanceof UnknownSiteException ? "该站点不存在" : ErrorPages.titleFor(e.status());
            return new Failure(e.status(), e.problemType(), title, e.getMessage(), field);
        }
        if (isConcurrentChange(error)) {
            return new Failure(409, "conflict", ErrorPages.titleFor(409), "数据已被他人修改，或与已有数据重复，请刷新后重试。", null);
        }
        if (error instanceof OIDCException) {
            LOG.warnf("Sign-in service unavailable: %s", error.getMessage());
            return describe(new LoginUnavailableException());
        }
        JsonProcessingException json = jsonCause(error);
        if (json != null) {
            return describeJson(json);
        }
        if (error instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.errorf(e, "Request failed with status %d", status);
            }
            return new Failure(status, ErrorPages.slugFor(status), ErrorPages.titleFor(status), ErrorPages.detailFor(status),
                    null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(error, "Unexpected failure, incident %s; the client got a 500", incident);
        return new Failure(500, "internal-error", ErrorPages.titleFor(500), "系统暂时无法处理您的请求，请稍后再试。事件编号：" + incident,
                null);
    }

    private static JsonProcessingException jsonCause(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** JSON that does not parse, or does not fit the request: which field, and what it should have been. */
    private static Failure describeJson(JsonProcessingException error) {
        if (!(error instanceof JsonMappingException mapping)) {
            return new Failure(400, "malformed-json", ErrorPages.titleFor(400), "请求内容不是有效的 JSON。", "body");
        }
        String field = fieldOf(mapping);
        String name = field.equals("body") ? "请求内容" : "字段 " + field + " ";
        if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return new Failure(400, "invalid-input", ErrorPages.titleFor(400), name + "含有不允许的控制字符。", field);
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new Failure(400, "invalid-input", ErrorPages.titleFor(400), name + "的值无效。", field);
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Failure(400, "invalid-input", ErrorPages.titleFor(400), name + "应为" + kindOf(mismatch.getTargetType())
                    + "。", field);
        }
        return new Failure(400, "invalid-input", ErrorPages.titleFor(400), name + "的值无效。", field);
    }

    /** The path of the offending value, e.g. {@code home.blocks[0].items}; {@code body} for the whole body. */
    private static String fieldOf(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : error.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() || path.charAt(0) == '[' ? "body" + path : path.toString();
    }

    private static String kindOf(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "文本";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " true 或 false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "数字";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return " JSON 数组";
        }
        if (Map.class.isAssignableFrom(type)) {
            return " JSON 对象";
        }
        if (type.getName().startsWith("java.time.")) {
            return "日期时间文本";
        }
        return " JSON 对象";
    }

    /** Someone else changed the same data first; also when it surfaces wrapped, e.g. at commit. */
    private static boolean isConcurrentChange(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof jakarta.persistence.OptimisticLockException || e instanceof org.hibernate.StaleStateException
                    || e instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(UriInfo uri) {
        return isApiPath(uri.getPath());
    }

    /** Paths whose clients read problem JSON; every other path is for people and gets a page. */
    static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
