package cn.gov.baoji.portal.themes.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The HTML a county's template override may produce, with an allow-list: page-structure and text
 * elements, their ordinary attributes, links and images to this site or to http(s), forms and
 * style sheets to this site only, and scripts only by the exact addresses of the platform's own
 * files ({@link #PLATFORM_SCRIPTS}). So no script of a county's own, no {@code <style>}, {@code <iframe>},
 * {@code <object>}, {@code <embed>}, {@code <base>} or SVG, no event-handler attributes, no
 * {@code javascript:} or {@code data:} URLs, no {@code http-equiv} refresh, and no CSS functions in
 * {@code style} attributes but the county's own images.
 * <p>
 * Checked twice. On the override's source before it is saved ({@link #check}), for a clear
 * reason with a line number. And on every page rendered with overrides ({@link #violation}), since
 * what the browser parses is the output: sections can hide markup from a look at the source
 * ({@code {#if false}<!--{/if}<script>}), and values printed into attributes can carry a
 * {@code javascript:} address or break out of an unquoted attribute. Nothing is cleaned silently.
 */
public final class TemplateSourcePolicy {

    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "title", "meta", "link", "main", "header",
            "footer", "nav", "section", "article", "aside", "div", "span", "p", "a", "img", "ul", "ol", "li", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "small", "sub", "sup", "br",
            "hr", "blockquote", "q", "cite", "abbr", "time", "address", "figure", "figcaption", "table", "caption",
            "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "form", "label", "input", "button", "select",
            "option", "optgroup", "textarea", "fieldset", "legend", "details", "summary", "mark", "code", "pre",
            "altcha-widget", "script");

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir", "role", "tabindex",
            "hidden", "style");

    private static final Set<String> ELEMENT_ATTRIBUTES = Set.of("a:href", "a:rel", "a:target", "a:hreflang",
            "img:src", "img:alt", "img:width", "img:height", "img:loading", "link:rel", "link:href", "link:type",
            "link:media", "link:sizes", "meta:charset", "meta:name", "meta:content", "form:action", "form:method",
            "form:enctype", "form:novalidate", "input:type", "input:name", "input:value", "input:placeholder",
            "input:required", "input:checked", "input:disabled", "input:maxlength", "input:minlength", "input:pattern",
            "input:inputmode", "input:autocomplete", "input:accept", "input:multiple", "input:size", "input:min",
            "input:max", "input:step", "label:for", "button:type", "button:name", "button:value", "button:disabled",
            "select:name", "select:required", "select:multiple", "select:disabled", "option:value", "option:selected",
            "option:disabled", "optgroup:label", "textarea:name", "textarea:rows", "textarea:cols", "textarea:maxlength",
            "textarea:required", "textarea:placeholder", "textarea:autocomplete", "textarea:disabled",
            "altcha-widget:challenge", "altcha-widget:name", "altcha-widget:auto", "script:src", "script:type", "th:scope", "th:colspan", "th:rowspan",
            "th:headers", "td:colspan", "td:rowspan", "td:headers", "col:span", "colgroup:span", "time:datetime",
            "ol:start", "ol:reversed", "details:open", "q:cite", "blockquote:cite", "html:lang");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "cite", "challenge");

    /**
     * The only scripts a page may load: the platform's own files, by exact address, with nothing
     * written inside the element. A template can place them but never bring script of its own.
     */
    public static final Set<String> PLATFORM_SCRIPTS = Set.of(
            "/static/vendor/altcha/3.2.2/zh-cn.js",
            "/static/public/altcha-setup.js",
            "/static/vendor/altcha/3.2.2/altcha.min.js",
            "/static/vendor/echarts/6.1.0/echarts.min.js",
            "/static/public/survey-charts.js",
            "/static/public/interview-live.js");

    /** A whole value that is one expression: in the source, the address comes from the page's data. */
    private static final Pattern ONE_EXPRESSION = Pattern.compile("\\{[^{}]*\\}");

    /** What a browser's URL parser drops before reading an address: tabs and line breaks anywhere. */
    private static final Pattern URL_IGNORED = Pattern.compile("[\\t\\n\\r]");

    /**
     * In the source, {@code url('{look.banner}')} or the logo: the county's own image. Other page
     * data (titles written by contributors) could close the CSS string.
     */
    private static final Pattern IMAGE_URL_IN_SOURCE = Pattern.compile("url\\(\\s*(['\"]?)\\{look\\.(banner|logo)\\}\\1\\s*\\)");

    /** In a rendered page, {@code url('/path')} on this site. */
    private static final Pattern IMAGE_URL_IN_PAGE = Pattern.compile("url\\(\\s*(['\"]?)/[^/\\\\'\"()\\s][^'\"()\\s\\\\]*\\1\\s*\\)");

    private enum Mode {
        SOURCE, PAGE
    }

    private TemplateSourcePolicy() {
    }

    /** Refuses the override with the first thing it may not contain, naming the template and line. */
    public static void check(String name, String source) {
        int unparsed = source.indexOf("{|");
        if (unparsed >= 0) {
            throw refused(name, lineOf(source, unparsed), "不能使用不解析的文本块 {|…|}");
        }
        for (String hiding : new String[] { "<!--", "<{", "</{", "<!", "<?" }) {
            int at = source.indexOf(hiding);
            if (at >= 0 && !(hiding.equals("<!") && source.regionMatches(true, at, "<!DOCTYPE html>", 0, 15))) {
                throw refused(name, lineOf(source, at), "不能使用“" + hiding + "”（注释和动态生成的标签名会让检查看不到页面的真实内容）");
            }
        }
        Optional<String> why = walk(Parser.htmlParser().setTrackPosition(true).parseInput(source, ""), Mode.SOURCE, name);
        if (why.isPresent()) {
            throw new InvalidInputException("templates", why.get());
        }
    }

    /**
     * What is wrong with a page rendered with a county's overrides, if anything: the first element,
     * attribute or address outside the allow-list, as a browser will read it.
     */
    public static Optional<String> violation(String html) {
        return walk(Parser.htmlParser().parseInput(html, ""), Mode.PAGE, null);
    }

    private static Optional<String> walk(Document document, Mode mode, String name) {
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            String tag = element.normalName();
            String where = mode == Mode.SOURCE
                    ? "模板“" + name + "”第 " + Math.max(1, element.sourceRange().start().lineNumber()) + " 行："
                    : "页面中";
            if (!ELEMENTS.contains(tag)) {
                return Optional.of(where + "不允许使用 <" + tag + "> 元素");
            }
            if (tag.equals("script") && (!element.data().isBlank() || !PLATFORM_SCRIPTS.contains(element.attr("src"))
                    || !element.attr("type").equals("module") && element.hasAttr("type"))) {
                return Optional.of(where + "<script> 只能引用平台提供的脚本文件（" + String.join("、", PLATFORM_SCRIPTS.stream()
                        .sorted().toList()) + "），且不能包含内嵌代码");
            }
            for (Attribute attribute : element.attributes()) {
                Optional<String> why = attributeViolation(tag, attribute.getKey().toLowerCase(Locale.ROOT),
                        attribute.getValue(), mode);
                if (why.isPresent()) {
                    return Optional.of(where + why.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attributeViolation(String tag, String key, String value, Mode mode) {
        boolean allowed = GLOBAL_ATTRIBUTES.contains(key) || ELEMENT_ATTRIBUTES.contains(tag + ":" + key)
                || key.matches("aria-[a-z]+") || key.matches("data-[a-z][a-z0-9-]*");
        if (!allowed) {
            return Optional.of("<" + tag + "> 不允许使用属性“" + key + "”");
        }
        boolean sameOrigin = tag.equals("form") || tag.equals("link") || tag.equals("altcha-widget");
        if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(value, sameOrigin, mode)) {
            return Optional.of("<" + tag + "> 的地址“" + value + "”不被允许：只能链接本站（以 / 开头）"
                    + (sameOrigin ? "" : "、http(s)、mailto 或 tel 地址") + "，或页面数据中的地址");
        }
        if (key.equals("style")) {
            Pattern images = mode == Mode.SOURCE ? IMAGE_URL_IN_SOURCE : IMAGE_URL_IN_PAGE;
            String declarations = images.matcher(value).replaceAll("");
            if (declarations.contains("(") || declarations.contains("\\") || declarations.contains("@")) {
                return Optional.of("style 属性只能写简单的样式声明（不能使用 url() 等函数），请改用自定义样式");
            }
        }
        if (key.equals("target") && !value.equals("_blank") && !value.equals("_self")) {
            return Optional.of("链接的 target 只能是 _blank 或 _self");
        }
        return Optional.empty();
    }

    private static boolean isSafeUrl(String raw, boolean sameOriginOnly, Mode mode) {
        String value = URL_IGNORED.matcher(raw).replaceAll("").strip();
        if (value.isEmpty()) {
            return true;
        }
        if (mode == Mode.SOURCE && ONE_EXPRESSION.matcher(value).matches()) {
            // Checked again, with the real address, on every page rendered with the override.
            return !sameOriginOnly;
        }
        if (value.startsWith("/")) {
            return value.length() == 1 || value.charAt(1) != '/' && value.charAt(1) != '\\';
        }
        if (value.startsWith("#") || value.startsWith("?")) {
            return true;
        }
        if (sameOriginOnly) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:");
    }

    private static int lineOf(String source, int index) {
        return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static InvalidInputException refused(String name, int line, String why) {
        return new InvalidInputException("templates", "模板“" + name + "”第 " + line + " 行：" + why);
    }
}
