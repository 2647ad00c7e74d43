package cn.gov.baoji.portal.web.error;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.ThemeRenderer;

/**
 * The Chinese error page in the site's theme, and the words for each status: shared by the exception
 * mapper and by the handler of failures the HTTP layer answers before any resource runs.
 */
@ApplicationScoped
class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final ThemeRenderer renderer;
    private final TenancyConfig config;

    ErrorPages(ThemeRenderer renderer, TenancyConfig config) {
        this.renderer = renderer;
        this.config = config;
    }

    /**
     * @param tenant the county whose theme and home link the page carries; none for unknown hosts
     * @param console whether the request was for the city console (no link to a county)
     */
    String render(ErrorResponses.Failure failure, TenantInfo tenant, boolean console) {
        ErrorView view;
        if (tenant != null && failure.status() != 503) {
            view = new ErrorView(failure.title(), failure.detail(), "/", "返回" + tenant.siteName() + "首页");
        } else if (tenant == null && !console) {
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

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "没有权限";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方式";
            case 406 -> "不支持的内容格式";
            case 409 -> "数据冲突";
            case 413 -> "内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 422 -> "无法显示";
            case 429 -> "请求过于频繁";
            case 431 -> "请求头过大";
            case 503 -> "网站维护中";
            default -> status >= 500 ? "系统繁忙" : "请求有误";
        };
    }

    static String slugFor(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "您访问的页面不存在或已被删除。";
            case 405 -> "该地址不支持这种请求方式。";
            case 406 -> "无法以您要求的格式提供内容。";
            case 413 -> "提交的内容超过了允许的大小。";
            case 414 -> "请求地址超过了允许的长度。";
            case 415 -> "不支持提交的内容类型。";
            case 431 -> "请求头超过了允许的大小。";
            default -> status >= 500 ? "系统暂时无法处理您的请求，请稍后再试。" : "请求无法处理，请检查后重试。";
        };
    }
}
