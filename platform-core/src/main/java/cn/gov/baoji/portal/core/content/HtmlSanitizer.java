package cn.gov.baoji.portal.core.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans rich text on input with jsoup's allow-list: no script, no event handlers, no
 * {@code javascript:} URLs, no iframes or objects, no inline styles. What is stored is what is shown.
 */
public final class HtmlSanitizer {

    private static final Safelist ARTICLE = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "figure", "figcaption", "hr")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addProtocols("img", "src", "https")
            .addAttributes("a", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    private static final String BASE = "https://portal.invalid/";

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, ARTICLE, output);
    }

    /** The text a rich-text fragment would show, e.g. to tell whether it is empty. */
    public static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }
}
