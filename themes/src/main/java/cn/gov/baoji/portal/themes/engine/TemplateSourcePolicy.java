package cn.gov.baoji.portal.themes.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * What the HTML of a county's template override may contain, checked like rich text before it is
 * saved, with an allow-list: page-structure and text elements, their ordinary attributes, links
 * and images to this site or to http(s), forms posting to this site only. So no {@code <script>},
 * {@code <style>}, {@code <iframe>}, {@code <object>}, {@code <embed>}, {@code <base>} or SVG, no
 * event-handler attributes, no {@code javascript:} or {@code data:} URLs, no {@code http-equiv}
 * refresh, and no CSS functions in {@code style} attributes. Anything not listed is refused with
 * the line it is on; nothing is cleaned silently, so what is saved is what the webmaster wrote.
 */
public final class TemplateSourcePolicy {

    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "title", "meta", "link", "main", "header",
            "footer", "nav", "section", "article", "aside", "div", "span", "p", "a", "img", "ul", "ol", "li", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "small", "sub", "sup", "br",
            "hr", "blockquote", "q", "cite", "abbr", "time", "address", "figure", "figcaption", "table", "caption",
            "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "form", "label", "input", "button", "select",
            "option", "fieldset", "legend", "details", "summary", "mark", "code", "pre");

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir", "role", "tabindex",
            "hidden", "style");

    private static final Set<String> ELEMENT_ATTRIBUTES = Set.of("a:href", "a:rel", "a:target", "a:hreflang",
            "img:src", "img:alt", "img:width", "img:height", "img:loading", "link:rel", "link:href", "link:type",
            "link:media", "link:sizes", "meta:charset", "meta:name", "meta:content", "form:action", "form:method",
            "input:type", "input:name", "input:value", "input:placeholder", "input:required", "input:checked",
            "input:disabled", "input:maxlength", "input:autocomplete", "label:for", "button:type", "button:name",
            "button:value", "select:name", "option:value", "option:selected", "th:scope", "th:colspan", "th:rowspan",
            "th:headers", "td:colspan", "td:rowspan", "td:headers", "col:span", "colgroup:span", "time:datetime",
            "ol:start", "ol:reversed", "details:open", "q:cite", "blockquote:cite", "html:lang");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "cite");

    /** A whole value that is one expression: the address comes from the page's data. */
    private static final Pattern ONE_EXPRESSION = Pattern.compile("\\{[^{}]*\\}");

    /**
     * {@code url('{look.banner}')} or the logo: the county's own image, the one function a style
     * attribute may use. Other page data (titles written by contributors) could close the CSS string.
     */
    private static final Pattern DATA_URL_IN_STYLE = Pattern.compile("url\\(\\s*(['\"]?)\\{look\\.(banner|logo)\\}\\1\\s*\\)");

    private TemplateSourcePolicy() {
    }

    /** Refuses the override with the first thing it may not contain, naming the template and line. */
    public static void check(String name, String source) {
        if (source.contains("{|")) {
            throw refused(name, lineOf(source, source.indexOf("{|")), "不能使用不解析的文本块 {|…|}");
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(0);
        Document document = parser.parseInput(source, "");
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            String tag = element.normalName();
            int line = Math.max(1, element.sourceRange().start().lineNumber());
            if (!ELEMENTS.contains(tag)) {
                throw refused(name, line, "不允许使用 <" + tag + "> 元素");
            }
            for (Attribute attribute : element.attributes()) {
                checkAttribute(name, line, tag, attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue());
            }
        }
    }

    private static void checkAttribute(String name, int line, String tag, String key, String value) {
        boolean allowed = GLOBAL_ATTRIBUTES.contains(key) || ELEMENT_ATTRIBUTES.contains(tag + ":" + key)
                || key.startsWith("aria-") && key.matches("aria-[a-z]+");
        if (!allowed) {
            throw refused(name, line, "<" + tag + "> 不允许使用属性“" + key + "”");
        }
        boolean sameOrigin = tag.equals("form") || tag.equals("link");
        if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(value, sameOrigin)) {
            throw refused(name, line, "<" + tag + "> 的地址“" + value + "”不被允许：只能链接本站（以 / 开头）"
                    + (sameOrigin ? "" : "、http(s)、mailto 或 tel 地址") + "，或页面数据中的地址");
        }
        String declarations = key.equals("style") ? DATA_URL_IN_STYLE.matcher(value).replaceAll("") : "";
        if (declarations.contains("(") || declarations.contains("\\") || declarations.contains("@")) {
            throw refused(name, line, "style 属性只能写简单的样式声明（不能使用 url() 等函数），请改用自定义样式");
        }
        if (key.equals("target") && !value.equals("_blank") && !value.equals("_self")) {
            throw refused(name, line, "链接的 target 只能是 _blank 或 _self");
        }
    }

    private static boolean isSafeUrl(String raw, boolean sameOriginOnly) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return true;
        }
        if (ONE_EXPRESSION.matcher(value).matches()) {
            return !sameOriginOnly;
        }
        if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
            return true;
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
