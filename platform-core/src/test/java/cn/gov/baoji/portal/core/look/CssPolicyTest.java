package cn.gov.baoji.portal.core.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Custom CSS: a table of hostile style sheets, each refused with its reason, and legitimate ones kept as typed. */
class CssPolicyTest {

    private static final String REMOTE = "自定义样式只能引用本站的资源（以单个 / 开头、不含空白的地址）：";
    private static final String SUBSTITUTION = "自定义样式在图片地址中不允许使用“%s()”，请直接写出以 / 开头的地址";
    private static final String AT_RULE = "自定义样式不允许使用“%s”规则（只能使用 @media、@font-face 和 @page）";

    static Stream<Arguments> hostile() {
        return Stream.of(
                // Addresses of other sites, wherever they hide.
                refused("body { background: image-set(\"http://evil.example/x.png\" 1x); }", REMOTE + "http://evil.example/x.png"),
                refused("body { background: -webkit-image-set(\"//evil.example/x.png\" 1x); }", REMOTE + "//evil.example/x.png"),
                refused("body { background: image-set(url(/a.png) 1x, url(https://evil.example/b.png) 2x); }",
                        REMOTE + "https://evil.example/b.png"),
                refused("body { background: image-set(image-set(\"https://evil.example/n.png\" 1x) 1x); }",
                        REMOTE + "https://evil.example/n.png"),
                refused("body { background: url(https://evil.example/x.png); }", REMOTE + "https://evil.example/x.png"),
                refused("body { background: url('//evil.example/x'); }", REMOTE + "//evil.example/x"),
                refused("body { background: URL(data:image/png;base64,AAAA); }", REMOTE + "data:image/png;base64,AAAA"),
                refused("body { background: url(\"javascript:alert(1)\"); }", REMOTE + "javascript:alert(1)"),
                refused("body { background: url(\"/\t/evil.example/x.png\"); }", REMOTE + "/\t/evil.example/x.png"),
                refused("body { background: url(\"/　/evil.example/x.png\"); }", REMOTE + "/　/evil.example/x.png"),
                refused("body { background: cross-fade(url(/a.png), \"http://evil.example/b.png\"); }",
                        REMOTE + "http://evil.example/b.png"),
                refused("body { background: image(\"http://evil.example/x.png\"); }", REMOTE + "http://evil.example/x.png"),
                refused("body { cursor: url(http://evil.example/c.cur), auto; }", REMOTE + "http://evil.example/c.cur"),
                refused("@font-face { font-family: x; src: url(http://evil.example/f.woff2) format(\"woff2\"); }",
                        REMOTE + "http://evil.example/f.woff2"),
                refused("@media screen { .nav { background: url(//evil.example/x) } }", REMOTE + "//evil.example/x"),
                refused("@page { background: url(http://evil.example/p.png) }", REMOTE + "http://evil.example/p.png"),
                refused(":root { --logo: url(http://evil.example/x.png); }", REMOTE + "http://evil.example/x.png"),
                // A value brought in from elsewhere where an address is expected.
                refused(":root { --u: \"http://evil.example/x.png\"; } a { background: image-set(var(--u) 1x); }",
                        String.format(SUBSTITUTION, "var")),
                refused("a { background: image-set(attr(data-src) 1x); }", String.format(SUBSTITUTION, "attr")),
                refused("a { background: src(var(--x)); }", String.format(SUBSTITUTION, "var")),
                // Loading other style sheets, and at-rules whose content the parser does not check.
                refused("@import url(/ok.css);", "自定义样式不允许使用“@import”"),
                refused("@import \"http://evil.example/x.css\";", "自定义样式不允许使用“@import”"),
                refused("@namespace svg url(http://evil.example/ns);", String.format(AT_RULE, "@namespace")),
                refused("@keyframes x { to { background: url(http://evil.example/k.png) } }", String.format(AT_RULE, "@keyframes")),
                refused("@supports (display: grid) { a { background: url(//evil.example/s) } }", String.format(AT_RULE, "@supports")),
                refused("@-moz-document url-prefix() { a { color: red } }", String.format(AT_RULE, "@-moz-document")),
                // Script.
                refused("body { width: expression(alert(1)); }", "自定义样式不允许使用“expression()”"),
                refused("body { width: -ms-expression(alert(1)); }", "自定义样式不允许使用“expression()”"),
                refused("a { behavior: url(/x.htc); }", "自定义样式不允许使用“behavior”属性"),
                refused("a { -moz-binding: url(/x.xml#y); }", "自定义样式不允许使用“-moz-binding”属性"),
                refused("a::after { content: \"javascript:alert(1)\"; }", "自定义样式不允许使用“javascript:”"),
                refused("a { filter: progid:DXImageTransform.Microsoft.AlphaImageLoader(src='http://evil.example/x.png'); }",
                        "自定义样式不允许使用“progid:”滤镜"),
                // Closing the style element, escapes, invisible characters.
                refused("</style><script>alert(1)</script>", "自定义样式不允许使用“</”或“<!--”"),
                refused("a { color: red } /* </STYLE> */", "自定义样式不允许使用“</”或“<!--”"),
                refused("<!-- a { color: red } -->", "自定义样式不允许使用“</”或“<!--”"),
                refused("a { background: u\\72l(http://evil.example/x.png); }", "自定义样式不允许使用反斜杠转义（\\）"),
                refused("a { color: red }\u0000", "自定义样式含有不可见的控制字符"),
                // Not CSS at all.
                refused("a { color: red; } }", "自定义样式第 1 行第 19 列无法解析，请检查括号、分号和引号是否成对"),
                refused("a { color: ", "自定义样式第 1 行第 11 列无法解析，请检查括号、分号和引号是否成对"),
                refused("a { color: red }\nb { background: url(/x.png) 1x 2x %%; }",
                        "自定义样式第 2 行第 35 列无法解析，请检查括号、分号和引号是否成对"),
                refused("a".repeat(20_001), "自定义样式不能超过 20000 个字符"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileStyleSheetIsRefusedWithItsReason(String css, String message) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () -> CssPolicy.check(css));

        assertThat(refusal).as(css).isNotNull();
        assertThat(refusal.field()).isEqualTo("customCss");
        assertThat(refusal.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ".site-title { letter-spacing: 0; }",
            "body { background: url(/look/assets/12) no-repeat; }",
            ".banner { background-image: image-set(url(\"/look/assets/3\") 1x, \"/look/assets/4\" 2x); }",
            ".banner { background-image: -webkit-image-set(url(/static/a.png) 1x); }",
            ".banner { background-image: image-set(url(/a.avif) type(\"image/avif\"), url(/a.png) type(\"image/png\")); }",
            "@font-face { font-family: \"思源黑体\"; src: url(/static/fonts/a.woff2) format(\"woff2\"), local(\"Source Han Sans\"); }",
            "@media (max-width: 600px) { .nav a { font-size: 18px; } }",
            ":root { --accent: #b0121b; }\n.more { color: var(--accent, red); width: calc(100% - 2em); }",
            "a::after { content: \"→\"; }",
            "a[href^=\"http://\"]::after { content: \"（外链）\"; }",
            "@page { margin: 2cm; }",
            "@charset \"utf-8\";\nbody { font-family: \"Microsoft YaHei\", sans-serif; }",
            ".masthead { background: linear-gradient(to right, #fff, rgba(0, 0, 0, 0.5)); }",
            "/* 标题颜色 */\nh1 { color: #333 !important; }\n\n.footer p { line-height: 1.8; }",
            "body { background: url(/) }" })
    void legitimateStyleSheetIsKeptAsTyped(String css) {
        assertThat(CssPolicy.check(css)).isEqualTo(css);
    }

    @Test
    void blankStyleSheetMeansNone() {
        assertThat(CssPolicy.check("  \n ")).isNull();
        assertThat(CssPolicy.check(null)).isNull();
    }

    private static Arguments refused(String css, String message) {
        return Arguments.of(css, message);
    }
}
