package cn.gov.baoji.portal.web.error;

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

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.LoginUnavailableException;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.UnknownSiteException;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.ThemeRenderer;
import io.quarkus.oidc.OIDCException;

/**
 * The one place where failures become responses: API clients get RFC 9457 problem JSON, browsers
 * a themed page in Chinese. Neither ever sees a stack trace, a class name or another site's data.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private final ThemeRenderer renderer;
    private final TenantContext context;
    private final TenancyConfig config;

    ErrorResponses(ThemeRenderer renderer, TenantContext context, TenancyConfig config) {
        this.renderer = renderer;
        this.context = context;
        this.config = config;
    }

    /** What went wrong, in words for the person who asked. */
    record Failure(int status, String type, String title, String detail, String field) {
    }

    @ServerExceptionMapper
    public Response map(Throwable error, UriInfo uri, HttpHeaders headers) {
        Failure failure = describe(error);
        if (isApi(uri)) {
            Problem problem = new Problem("/problems/" + failure.type(), failure.title(), failure.status(), failure.detail(),
                    uri.getRequestUri().getRawPath(), failure.field());
            return Response.status(failure.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(failure.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(failure, error instanceof UnknownSiteException)).build();
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

    private Failure describe(Throwable error) {
        // A rule broken while JSON was turned into a request record: the rule's message, not "bad JSON".
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof PortalException rule && !(error instanceof PortalException)) {
                return describe(rule);
            }
        }
        if (error instanceof PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            String title = e instanceof UnknownSiteException ? "该站点不存在" : titleFor(e.status());
            return new Failure(e.status(), e.problemType(), title, e.getMessage(), field);
        }
        if (isConcurrentChange(error)) {
            return new Failure(409, "conflict", titleFor(409), "数据已被他人修改，或与已有数据重复，请刷新后重试。", null);
        }
        if (error instanceof OIDCException) {
            LOG.warnf("Sign-in service unavailable: %s", error.getMessage());
            return describe(new LoginUnavailableException());
        }
        if (error instanceof JsonProcessingException || error.getCause() instanceof JsonProcessingException) {
            return new Failure(400, "malformed-json", titleFor(400), "请求内容不是有效的 JSON。", null);
        }
        if (error instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.errorf(e, "Request failed with status %d", status);
            }
            return new Failure(status, slugFor(status), titleFor(status), detailFor(status), null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(error, "Unexpected failure, incident %s; the client got a 500", incident);
        return new Failure(500, "internal-error", titleFor(500), "系统暂时无法处理您的请求，请稍后再试。事件编号：" + incident, null);
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

    /** What the error page shows. */
    public record ErrorView(String title, String message, String homeUrl, String homeLabel) {
    }

    private String page(Failure failure, boolean unknownSite) {
        TenantInfo tenant = unknownSite ? null : context.tenant().orElse(null);
        ErrorView view;
        if (tenant != null && failure.status() != 503) {
            view = new ErrorView(failure.title(), failure.detail(), "/", "返回" + tenant.siteName() + "首页");
        } else if (tenant == null && !context.isConsole()) {
            view = new ErrorView(failure.title(), failure.detail(), config.cityPortalUrl(), "访问宝鸡市人民政府门户网站");
        } else {
            view = new ErrorView(failure.title(), failure.detail(), null, null);
        }
        String theme = tenant != null ? tenant.theme() : ThemeCatalog.BASE;
        try {
            return renderer.render(theme, "error", Map.of("error", view));
        } catch (RuntimeException e) {
            // The error page itself failed (e.g. a broken theme): still answer, plainly.
            LOG.errorf(e, "Error page of theme '%s' failed; answered with the plain fallback", theme);
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + failure.title()
                    + "</title></head><body><h1>" + failure.title() + "</h1></body></html>";
        }
    }

    private static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "没有权限";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方式";
            case 406 -> "不支持的内容格式";
            case 409 -> "数据冲突";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 503 -> "网站维护中";
            default -> status >= 500 ? "系统繁忙" : "请求有误";
        };
    }

    private static String slugFor(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "您访问的页面不存在或已被删除。";
            case 405 -> "该地址不支持这种请求方式。";
            case 406 -> "无法以您要求的格式提供内容。";
            case 413 -> "提交的内容超过了允许的大小。";
            case 415 -> "不支持提交的内容类型。";
            default -> status >= 500 ? "系统暂时无法处理您的请求，请稍后再试。" : "请求无法处理，请检查后重试。";
        };
    }
}
