package cn.gov.baoji.portal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

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
            "<img src=\"x\" onerror=\"alert(1)\">                          | <img src=\"x\">",
            "<img src=\"http://evil.example/a.png\">                       | <img>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">              | <img>",
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
            "<figure><img src=\"https://www.weibin.gov.cn/a.png\" alt=\"现场照片\" width=\"640\" height=\"480\"><figcaption>现场</figcaption></figure>",
            "<table><tbody><tr><th>项目</th><td>金额（万元）</td></tr></tbody></table>",
            "<blockquote>为人民服务</blockquote><hr><p>宝鸡市渭滨区人民政府办公室</p>" })
    void articleMarkupIsKeptAsWritten(String html) {
        assertThat(HtmlSanitizer.clean(html)).isEqualTo(html);
    }

    @Test
    void textOfAFragmentIsWhatItShows() {
        assertThat(HtmlSanitizer.text("<p>正文</p>")).isEqualTo("正文");
        assertThat(HtmlSanitizer.text("<p> </p>")).isEmpty();
        assertThat(HtmlSanitizer.text(null)).isEmpty();
    }
}
