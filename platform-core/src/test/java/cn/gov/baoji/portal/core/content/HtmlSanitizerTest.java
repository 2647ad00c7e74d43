package cn.gov.baoji.portal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rich text is cleaned on input: what could run script or load other sites goes, the article stays as written. */
class HtmlSanitizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "<p>通知<script>alert(1)</script></p>                         | <p>通知</p>",
            "<p onclick=\"alert(1)\" style=\"color:red\">段落</p>          | <p>段落</p>",
            "<a href=\"javascript:alert(1)\">点此</a>                      | <a rel=\"noopener noreferrer\">点此</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">点此</a>                      | <a rel=\"noopener noreferrer\">点此</a>",
            "<img src=\"/x.png\" onerror=\"alert(1)\">                     | <img src=\"/x.png\">",
            "<img src=\"x.png\">                                         | ``",
            "<img src=\"https://www.weibin.gov.cn/a.png\" alt=\"现场\">       | ``",
            "<img src=\"//www.weibin.gov.cn/a.png\">                     | ``",
            "<img src=\"/\\\\www.weibin.gov.cn/a.png\">                    | ``",
            "<p><img src=\"https://www.weibin.gov.cn/a.png\">正文</p>       | <p>正文</p>",
            "<img src=\"http://evil.example/a.png\">                       | ``",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">              | ``",
            "<p style=\"text-align: center; background: url(https://evil.example/x)\">段落</p> | <p style=\"text-align: center;\">段落</p>",
            "<p style=\"width: 100px;\">段落</p>                           | <p>段落</p>",
            "<img src=\"/a.png\" data-href=\"javascript:alert(1)\">        | <img src=\"/a.png\">",
            "<a href=\"/articles/1\" target=\"opener\">相关</a>             | <a href=\"/articles/1\" rel=\"noopener noreferrer\">相关</a>",
            "<iframe src=\"https://evil.example/\"></iframe><p>正文</p>     | <p>正文</p>",
            "<object data=\"https://evil.example/x.swf\"></object>正文     | 正文",
            "<embed src=\"https://evil.example/x.swf\">正文                | 正文",
            "<form action=\"https://evil.example/\"><input name=\"pwd\"></form>正文 | 正文",
            "<style>body{display:none}</style><p>正文</p>                  | <p>正文</p>",
            "<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg>正文  | 正文",
            "<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math> | <a rel=\"noopener noreferrer\">x</a>" })
    void dangerousMarkupIsRemoved(String dirty, String clean) {
        assertThat(HtmlSanitizer.clean(dirty)).isEqualTo(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>宝鸡市<strong>渭滨区</strong>人民政府关于<em>2026年</em>重点工作的通知</p>",
            "<h2>一、总体要求</h2><ol><li>坚持以人民为中心</li><li>依法行政</li></ol>",
            "<p><a href=\"https://www.baoji.gov.cn/\" rel=\"noopener noreferrer\">宝鸡市人民政府</a></p>",
            "<p><a href=\"/articles/12\" rel=\"noopener noreferrer\">相关文件</a></p>",
            "<p><a href=\"mailto:webmaster@weibin.gov.cn\" rel=\"noopener noreferrer\">联系我们</a></p>",
            "<figure><img src=\"/attachments/12/a.png\" alt=\"现场照片\" width=\"640\" height=\"480\"><figcaption>现场</figcaption></figure>",
            "<table><tbody><tr><th>项目</th><td>金额（万元）</td></tr></tbody></table>",
            "<blockquote>为人民服务</blockquote><hr><p>宝鸡市渭滨区人民政府办公室</p>" })
    void articleMarkupIsKeptAsWritten(String html) {
        assertThat(HtmlSanitizer.clean(html)).isEqualTo(html);
    }

    /** Exactly what wangEditor 5.1.23 writes (its elemToHtml), with our link override adding rel. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<h2>一、总体要求</h2><h3>（一）工作目标</h3><p>全面完成供暖保障任务。</p>",
            "<p style=\"text-align: center;\">宝鸡市渭滨区人民政府</p><h2 style=\"text-align: right;\">附则</h2>",
            "<p><strong>加粗</strong>、<em>倾斜</em>和<strong><em>二者</em></strong></p>",
            "<ul><li>区住建局</li><li>区财政局</li></ul><ol><li>坚持以人民为中心</li><li>依法行政</li></ol>",
            "<table style=\"width: auto;\"><tbody><tr><th colSpan=\"2\" rowSpan=\"1\" width=\"auto\">供暖单位</th></tr>"
                    + "<tr><td colSpan=\"1\" rowSpan=\"2\" width=\"auto\">区住建局</td><td colSpan=\"1\" rowSpan=\"1\" width=\"auto\">0917-3261234</td></tr>"
                    + "<tr><td colSpan=\"1\" rowSpan=\"1\" width=\"auto\">12345</td></tr></tbody></table>",
            "<table style=\"width: 100%;\"><tbody><tr><td colSpan=\"1\" rowSpan=\"1\" width=\"120\">金额（万元）</td></tr></tbody></table>",
            "<p><img src=\"/attachments/12/%E7%8E%B0%E5%9C%BA.png\" alt=\"现场照片\" data-href=\"\" style=\"\"/></p>",
            "<p><img src=\"/attachments/12/a.png\" alt=\"\" data-href=\"\" style=\"width: 50%;height: 120.5px;\"/></p>",
            "<p><a href=\"https://www.baoji.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">宝鸡市人民政府</a></p>",
            "<p>详见附件<a href=\"/attachments/13/%E9%80%9A%E7%9F%A5.pdf\" target=\"_blank\" rel=\"noopener noreferrer\">通知.pdf</a></p>",
            "<p><br></p><blockquote>为人民服务</blockquote>" })
    void editorOutputSurvivesUnchanged(String html) {
        // Unchanged as a browser (and the editor) reads it: jsoup only writes attribute names in lower case and <img> without "/".
        assertThat(HtmlSanitizer.clean(html)).isEqualTo(asParsed(html));
    }

    @Test
    void wordClipboardKeepsStructureAndLosesClutter() throws IOException {
        String pasted = new String(getClass().getResourceAsStream("/paste/word2016-tongzhi.html").readAllBytes(),
                StandardCharsets.UTF_8);
        String clean = HtmlSanitizer.clean(pasted);
        assertThat(clean).startsWith("<h1 style=\"text-align: center;\">宝鸡市渭滨区人民政府办公室关于做好2026年冬季供暖保障工作的通知</h1>")
                .contains("<p>为切实做好今冬明春供暖保障工作，确保群众<strong>温暖过冬</strong>，现将有关事项通知如下，详见"
                        + "<a href=\"https://www.weibin.gov.cn/articles/12\" rel=\"noopener noreferrer\">区政府网站</a>。"
                        + "<em>请认真贯彻执行。</em></p>")
                .contains("<h2>一、工作目标</h2><ol><li>供暖期室内温度不低于18℃；</li><li>热线电话24小时有人值守。</li></ol>")
                .contains("<h2>二、责任分工</h2><ul><li>区住建局负责供热企业监管；</li><li>各镇街负责辖区困难群众取暖救助。</li></ul>")
                .contains("<td width=\"277\" colspan=\"2\"><p style=\"text-align: center;\"><strong>联系电话</strong></p></td>")
                .contains("<td width=\"139\"><p>12345</p></td></tr></tbody></table>")
                .endsWith("<p style=\"text-align: right;\">宝鸡市渭滨区人民政府办公室</p>");
        assertThat(clean).doesNotContain("mso-", "Mso", "o:p", "<span", "<font", "<!--", "<![", "class=", "lang=",
                "font-family", "&nbsp;", "1.", "Ø", "height=\"0\"", "_Toc", "<div", "<b>", "<i>");
        assertThat(HtmlSanitizer.clean(clean)).isEqualTo(clean);
    }

    @Test
    void wpsFontsAndSpansGoTheirTextStays() {
        String wps = "<p class=\"MsoNormal\" style=\"mso-pagination:none\"><font face=\"仿宋\"><span style=\"font-size:16pt\">"
                + "凤翔区<span lang=\"EN-US\">2026</span>年</span></font><o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>";
        assertThat(HtmlSanitizer.clean(wps)).isEqualTo("<p>凤翔区2026年</p>");
    }

    private static String asParsed(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return doc.body().html();
    }

    @Test
    void textOfAFragmentIsWhatItShows() {
        assertThat(HtmlSanitizer.text("<p>正文</p>")).isEqualTo("正文");
        assertThat(HtmlSanitizer.text("<p> </p>")).isEmpty();
        assertThat(HtmlSanitizer.text(null)).isEmpty();
    }
}
