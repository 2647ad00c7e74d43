package cn.gov.baoji.portal.themes.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The HTML an override may hold: refused with the reason and line, or accepted unchanged. */
class TemplateSourcePolicyTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "<script>alert(1)</script> => <script> 只能引用平台提供的脚本文件",
            "<script type=\"module\" src=\"/static/public/altcha-setup.js\">alert(1)</script> => 不能包含内嵌代码",
            "<script src=\"/static/public/../evil.js\"></script> => 只能引用平台提供的脚本文件",
            "<script src=\"{look.logo}\"></script> => 只能引用平台提供的脚本文件",
            "<script src=\"/static/public/altcha-setup.js\" type=\"text/plain\"></script> => 只能引用平台提供的脚本文件",
            "<altcha-widget challenge=\"https://evil.example/c\"></altcha-widget> => <altcha-widget> 的地址",
            "<p>\\n<img src=\"/x.png\" onerror=alert(1)> => 第 2 行：<img> 不允许使用属性“onerror”",
            "<a href=\"javascript:alert(1)\">x</a> => 地址“javascript:alert(1)”不被允许",
            "<a href=\" JaVaScRiPt:alert(1)\">x</a> => 不被允许",
            "<a href=\"data:text/html,x\">x</a> => 不被允许",
            "<a href=\"{look.title}:alert(1)\">x</a> => 不被允许",
            "<iframe src=\"/\"></iframe> => 不允许使用 <iframe> 元素",
            "<object data=\"x\"></object> => 不允许使用 <object> 元素",
            "<embed src=\"x\"> => 不允许使用 <embed> 元素",
            "<form action=\"https://evil.example/\"><button>提交</button></form> => <form> 的地址",
            "<form action=\"//evil.example/\"></form> => <form> 的地址",
            "<form action=\"{look.path}\"></form> => <form> 的地址",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"> => <link> 的地址",
            "<style>body{}</style> => 不允许使用 <style> 元素",
            "<svg><script>1</script></svg> => 不允许使用 <svg> 元素",
            "<base href=\"https://evil.example/\"> => 不允许使用 <base> 元素",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"> => 不允许使用属性“http-equiv”",
            "<p style=\"background:url(https://evil.example/x.png)\">x</p> => style 属性",
            "<p style=\"width:expression(alert(1))\">x</p> => style 属性",
            "<a href=\"/\" {#if x}class=\"y\"{/if}>x</a> => 不允许使用属性",
            "{|<script>alert(1)</script>|} => 不解析的文本块",
            "<a href=\"/\" target=\"_top\">x</a> => target",
            "{#if false}<!--{/if}<script>alert(1)</script> => 不能使用“<!--”",
            "<{#if true}script{/if}>alert(1)</{#if true}script{/if}> => 不能使用“<{”",
            "<link rel=\"stylesheet\" href=\"/&#9;/evil.example/x.css\"> => <link> 的地址",
            "<form action=\"/&#10;/evil.example\"></form> => <form> 的地址",
            "<p style=\"background:url('{item.title}')\">x</p> => style 属性",
            "<p style=\"background:url('{look.banner}'), url(https://evil.example/x.png)\">x</p> => style 属性", })
    void refused(String source, String reason) {
        assertThatThrownBy(() -> TemplateSourcePolicy.check("site-name", source.replace("\\n", "\n")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("模板“site-name”")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "<p class=\"site-title\"><a href=\"/\">{look.title}</a></p>",
            "<a href=\"{item.url}\">{item.title}</a>", "<a href=\"https://www.gov.cn/\" rel=\"noopener\">中国政府网</a>",
            "<a href=\"mailto:zfb@weibin.gov.cn\">信箱</a> <a href=\"tel:0917-3261234\">电话</a>",
            "<img src=\"{look.logo}\" alt=\"\"><img src=\"/static/themes/base/x.png\" alt=\"徽标\">",
            "<html lang=\"zh-CN\" style=\"--primary: {look.primary};\"><body class=\"theme-{theme.name}\"></body></html>",
            "<form action=\"/search\" method=\"get\"><label for=\"q\">搜索</label><input id=\"q\" name=\"q\"></form>",
            "<section class=\"banner\" style=\"background-image: url('{look.banner}');\"></section>",
            "<table><caption>表</caption><tr><th scope=\"col\">名称</th></tr></table>",
            "<script type=\"module\" src=\"/static/vendor/altcha/3.2.2/altcha.min.js\"></script>",
            "<form action=\"/messages\" method=\"post\"><textarea name=\"content\" maxlength=\"5000\" required></textarea>"
                    + "<altcha-widget challenge=\"/api/v1/challenge\" name=\"altcha\" auto=\"onsubmit\"></altcha-widget></form>",
            "<nav aria-label=\"主导航\"><ul>{#for c in channels}<li>{c.name}</li>{/for}</ul></nav>" })
    void accepted(String source) {
        assertThatCode(() -> TemplateSourcePolicy.check("site-name", source)).doesNotThrowAnyException();
    }
}
