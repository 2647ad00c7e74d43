package cn.gov.baoji.portal.core.look;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;

import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.HandlerBase;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.htmlunit.cssparser.parser.Locator;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;
import org.htmlunit.cssparser.parser.media.MediaQueryList;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Custom CSS may style the site but never load anything from elsewhere or run script. The style sheet
 * is parsed with a real CSS parser (HtmlUnit's CSS3 grammar) and every value of every declaration is
 * walked, functions within functions included: each address ({@code url()}, and strings inside
 * {@code image-set()}, {@code image()}, {@code cross-fade()}, {@code src()}, in rules and in
 * {@code @font-face}) must be a path on this site, one that starts with a single {@code /}.
 * Refused: CSS that does not parse, {@code @import}, {@code @namespace} and every other at-rule but
 * {@code @media}, {@code @font-face}, {@code @page} and {@code @charset}, {@code expression()},
 * {@code javascript:}, bindings and behaviors, {@code var()}/{@code attr()}/{@code env()} where an
 * address is expected (they would bring one in from elsewhere), and, checked on the text before
 * parsing, anything that could close the style element ({@code </}, {@code <!--}), backslash
 * escapes (browsers and parsers read them differently) and control characters.
 */
public final class CssPolicy {

    private static final String FIELD = "customCss";
    private static final int MAX_LENGTH = 20_000;
    /** Functions whose arguments are addresses a browser fetches, as url() or as plain strings. */
    private static final Set<String> ADDRESS_FUNCTIONS = Set.of("url", "src", "image", "image-set", "cross-fade");
    /** Functions that would put a value from elsewhere where an address is expected. */
    private static final Set<String> SUBSTITUTIONS = Set.of("var", "attr", "env");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript:", "vbscript:");

    private CssPolicy() {
    }

    /** @return the style sheet unchanged, or null for none; throws {@link InvalidInputException} on field {@code customCss} */
    public static String check(String css) {
        if (css == null || css.isBlank()) {
            return null;
        }
        if (css.length() > MAX_LENGTH) {
            throw refused("自定义样式不能超过 20000 个字符");
        }
        checkText(css);
        Walker walker = new Walker();
        CSS3Parser parser = new CSS3Parser();
        parser.setDocumentHandler(walker);
        parser.setErrorHandler(walker);
        try {
            parser.parseStyleSheet(new InputSource(new StringReader(css)));
        } catch (IOException | RuntimeException e) {
            if (walker.refusal == null) {
                walker.refusal = refused("自定义样式无法解析，请检查括号、分号和引号是否成对");
            }
        }
        if (walker.refusal != null) {
            throw walker.refusal;
        }
        return css;
    }

    /** What is decided on the raw text, before any parser has a say. */
    private static void checkText(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("</") || lower.contains("<!--")) {
            throw refused("自定义样式不允许使用“</”或“<!--”");
        }
        if (css.indexOf('\\') >= 0) {
            throw refused("自定义样式不允许使用反斜杠转义（\\）");
        }
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw refused("自定义样式含有不可见的控制字符");
            }
        }
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }

    /** Walks what the parser reports and keeps the first reason to refuse. */
    private static final class Walker extends HandlerBase {

        InvalidInputException refusal;

        @Override
        public void importStyle(String uri, MediaQueryList media, String defaultNamespace, Locator locator) {
            refuse("自定义样式不允许使用“@import”");
        }

        @Override
        public void ignorableAtRule(String atRule, Locator locator) {
            String name = atRule.strip().split("[\\s{;(]", 2)[0];
            refuse("自定义样式不允许使用“" + name + "”规则（只能使用 @media、@font-face 和 @page）");
        }

        @Override
        public void property(String name, LexicalUnit value, boolean important, Locator locator) {
            String property = name.toLowerCase(Locale.ROOT);
            if (property.contains("behavior") || property.contains("binding")) {
                refuse("自定义样式不允许使用“" + name + "”属性");
                return;
            }
            values(value, false);
        }

        /** @param address whether the values are arguments of a function that fetches them */
        private void values(LexicalUnit unit, boolean address) {
            for (LexicalUnit u = unit; u != null && refusal == null; u = u.getNextLexicalUnit()) {
                switch (u.getLexicalUnitType()) {
                    case URI -> local(u.getStringValue());
                    case STRING_VALUE -> {
                        if (address) {
                            local(u.getStringValue());
                        } else {
                            noScript(u.getStringValue());
                        }
                    }
                    case IDENT -> {
                        noScript(u.getStringValue());
                        if (u.getStringValue() != null && u.getStringValue().toLowerCase(Locale.ROOT).startsWith("progid:")) {
                            refuse("自定义样式不允许使用“progid:”滤镜");
                        }
                    }
                    case ATTR -> {
                        // Reported with a function name of its own; it would bring an address from the page.
                        if (address) {
                            refuse("自定义样式在图片地址中不允许使用“attr()”，请直接写出以 / 开头的地址");
                        }
                    }
                    default -> function(u, address);
                }
            }
        }

        private void function(LexicalUnit u, boolean address) {
            if (u.getFunctionName() == null) {
                values(u.getParameters(), address);
                return;
            }
            String name = withoutVendorPrefix(u.getFunctionName().toLowerCase(Locale.ROOT));
            if (name.equals("expression")) {
                refuse("自定义样式不允许使用“expression()”");
            } else if (address && SUBSTITUTIONS.contains(name)) {
                refuse("自定义样式在图片地址中不允许使用“" + name + "()”，请直接写出以 / 开头的地址");
            } else if (address && name.equals("type")) {
                // image-set(url(/a.avif) type("image/avif")): a media type, not an address.
                values(u.getParameters(), false);
            } else {
                values(u.getParameters(), address || ADDRESS_FUNCTIONS.contains(name));
            }
        }

        private void local(String address) {
            if (!isLocalPath(address)) {
                refuse("自定义样式只能引用本站的资源（以单个 / 开头、不含空白的地址）：" + shorten(address));
            }
        }

        private void noScript(String text) {
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            for (String scheme : SCRIPT_SCHEMES) {
                if (lower.contains(scheme)) {
                    refuse("自定义样式不允许使用“" + scheme + "”");
                }
            }
        }

        private void refuse(String message) {
            if (refusal == null) {
                refusal = refused(message);
            }
        }

        @Override
        public void warning(CSSParseException e) {
            unparseable(e);
        }

        @Override
        public void error(CSSParseException e) {
            unparseable(e);
        }

        @Override
        public void fatalError(CSSParseException e) {
            unparseable(e);
        }

        private void unparseable(CSSParseException e) {
            refuse("自定义样式第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列无法解析，请检查括号、分号和引号是否成对");
        }
    }

    /** A path of this site: a single leading slash (two would name another host), no whitespace or controls. */
    static boolean isLocalPath(String address) {
        if (address == null || address.isEmpty() || address.charAt(0) != '/') {
            return false;
        }
        if (address.length() > 1 && (address.charAt(1) == '/' || address.charAt(1) == '\\')) {
            return false;
        }
        // Browsers drop tabs and line breaks inside addresses: "/\t/evil.example" would become "//evil.example".
        return address.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }

    private static String withoutVendorPrefix(String name) {
        for (String prefix : new String[] { "-webkit-", "-moz-", "-ms-", "-o-" }) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static String shorten(String address) {
        String a = address == null ? "" : address;
        return a.length() > 60 ? a.substring(0, 60) + "…" : a;
    }
}
