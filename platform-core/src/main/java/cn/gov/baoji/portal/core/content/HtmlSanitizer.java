package cn.gov.baoji.portal.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rich text on input with jsoup's allow-list: no script, no event handlers, no
 * {@code javascript:} URLs, no iframes or objects. What is stored is what is shown. What the article
 * editor (wangEditor) writes passes unchanged, including the few inline styles it uses (text
 * alignment, table and image sizes; nothing else). HTML pasted from Word or WPS is first stripped of
 * its clutter (conditional comments, {@code <o:p>}, {@code mso-*} styles, classes, fonts and spans),
 * and its list paragraphs become real lists.
 */
public final class HtmlSanitizer {

    private static final String[] ALIGNED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote"};

    private static final Safelist ARTICLE = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "figure", "figcaption", "hr", "s")
            .addAttributes("img", "src", "alt", "title", "width", "height", "style", "data-href")
            .addProtocols("img", "src", "https")
            .addAttributes("a", "title", "target")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .addAttributes(":all", "style")
            .preserveRelativeLinks(true);

    /** The only inline styles kept, per property: what the editor's toolbar can set, with plain values. */
    private static final Map<String, Pattern> STYLES = Map.of(
            "text-align", Pattern.compile("left|center|right|justify"),
            "width", Pattern.compile("auto|\\d{1,4}(\\.\\d{1,2})?(px|%)"),
            "height", Pattern.compile("auto|\\d{1,4}(\\.\\d{1,2})?(px|%)"));

    private static final Pattern SAFE_LINK = Pattern.compile("(https?://|/(?![/\\\\]))[^\\s\"'<>\\\\]*");
    /** A path on this site: one slash, not two (that would be another host). */
    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\"'<>\\\\]*");
    private static final Pattern WORD = Pattern.compile("mso-|class=\"?Mso|urn:schemas-microsoft-com|<o:p|supportLists",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_MARKER = Pattern.compile(
            "\\s*(\\(?[0-9０-９]+[.．、)）]?|[一二三四五六七八九十]+[、.．]|\\(?[a-zA-Z][.)）]|[ivxIVX]+[.)])\\s*");

    private static final String BASE = "https://portal.invalid/";

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        boolean fromWord = WORD.matcher(html).find();
        if (fromWord) {
            WordClutter.remove(dirty);
        }
        Document clean = new Cleaner(ARTICLE).clean(dirty);
        keepAllowedStyles(clean);
        keepSafeImageLinks(clean);
        keepSameSiteImages(clean);
        for (Element link : clean.select("a[target]")) {
            if (!"_blank".equals(link.attr("target"))) {
                link.removeAttr("target");
            }
        }
        clean.select("img:not([src])").remove();
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return fromWord ? clean.body().html().strip() : clean.body().html();
    }

    /** The text a rich-text fragment would show, e.g. to tell whether it is empty. */
    public static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }

    /**
     * Keeps a style attribute only with declarations of {@link #STYLES} on elements that may carry
     * them; an attribute that needs no change keeps its exact text, so editor output round-trips.
     */
    private static void keepAllowedStyles(Document doc) {
        for (Element e : doc.select("[style]")) {
            String tag = e.normalName();
            boolean alignable = List.of(ALIGNED).contains(tag);
            boolean sized = tag.equals("img") || tag.equals("table");
            String original = e.attr("style");
            List<String> kept = new ArrayList<>();
            boolean changed = false;
            for (String declaration : original.split(";")) {
                String d = declaration.strip();
                if (d.isEmpty()) {
                    continue;
                }
                int colon = d.indexOf(':');
                String property = colon < 0 ? "" : d.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                String value = colon < 0 ? "" : d.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
                boolean allowed = STYLES.containsKey(property) && STYLES.get(property).matcher(value).matches()
                        && (property.equals("text-align") ? alignable : sized);
                if (allowed) {
                    kept.add(property + ": " + value);
                } else {
                    changed = true;
                }
            }
            if (!changed) {
                continue;
            }
            if (kept.isEmpty()) {
                e.removeAttr("style");
            } else {
                e.attr("style", String.join("; ", kept) + ";");
            }
        }
    }

    /** The editor keeps an image's link in {@code data-href}: only this site's paths and http(s). */
    private static void keepSafeImageLinks(Document doc) {
        for (Element img : doc.select("img[data-href]")) {
            String href = img.attr("data-href");
            if (!href.isEmpty() && !SAFE_LINK.matcher(href).matches()) {
                img.removeAttr("data-href");
            }
        }
    }

    /**
     * Images only from this site (uploaded attachments): the pages' CSP ({@code img-src 'self' data:})
     * blocks any other source, so it would only show as a broken image. Such an image is dropped.
     */
    private static void keepSameSiteImages(Document doc) {
        for (Element img : doc.select("img[src]")) {
            if (!SAME_SITE_PATH.matcher(img.attr("src")).matches()) {
                img.removeAttr("src");
            }
        }
    }

    /** What Word and WPS put on the clipboard besides the text. */
    private static final class WordClutter {

        static void remove(Document doc) {
            doc.select("style, script, meta, link, title, xml, del, o|p, v|shapetype, v|shape, v|imagedata").remove();
            List<Element> listParagraphs = new ArrayList<>();
            for (Element p : doc.select("p, h1, h2, h3, h4, h5, h6")) {
                String style = p.attr("style").toLowerCase(java.util.Locale.ROOT);
                if (style.contains("mso-list:") && !style.contains("mso-list:none")) {
                    listParagraphs.add(p);
                }
            }
            List<Boolean> ordered = new ArrayList<>();
            for (Element p : listParagraphs) {
                ordered.add(ORDERED_MARKER.matcher(downlevelText(p)).matches());
            }
            removeDownlevelRevealed(doc);
            for (Element anchor : doc.select("a[name]:not([href])")) {
                anchor.unwrap();
            }
            doc.select("span, font, div, ins").unwrap();
            doc.select("b").tagName("strong");
            doc.select("i").tagName("em");
            makeLists(listParagraphs, ordered);
            for (Element e : doc.select("p, h1, h2, h3, h4, h5, h6, li")) {
                String style = e.attr("style");
                e.clearAttributes();
                String align = styleValue(style, "text-align");
                if (align != null) {
                    e.attr("style", "text-align: " + align + ";");
                }
            }
            for (Element p : doc.select("p")) {
                if (p.children().isEmpty() && p.text().replace('\u00a0', ' ').isBlank()) {
                    p.remove();
                }
            }
            // Word's line breaks between blocks are no text of the article.
            for (Element block : doc.select("body, table, thead, tbody, tr, td, th, ol, ul")) {
                for (TextNode t : new ArrayList<>(block.textNodes())) {
                    if (t.isBlank()) {
                        t.remove();
                    }
                }
            }
        }

        /** The text Word shows only to browsers without list support: the list's number or bullet. */
        private static String downlevelText(Element p) {
            StringBuilder text = new StringBuilder();
            boolean inside = false;
            for (Node n : p.childNodes()) {
                if (n instanceof Comment c) {
                    String data = c.getData().strip();
                    if (data.startsWith("[if !supportLists]")) {
                        inside = true;
                    } else if (data.startsWith("[endif]")) {
                        break;
                    }
                } else if (inside) {
                    text.append(n instanceof Element e ? e.text() : n.outerHtml());
                }
            }
            return text.toString().replace('\u00a0', ' ');
        }

        /** Drops what lies between {@code <![if !…]>} and {@code <![endif]>}: list numbers, spacer rows. */
        private static void removeDownlevelRevealed(Document doc) {
            List<Comment> starts = new ArrayList<>();
            doc.body().traverse((node, depth) -> {
                if (node instanceof Comment c && c.getData().strip().startsWith("[if !")) {
                    starts.add(c);
                }
            });
            for (Comment start : starts) {
                Node next = start.nextSibling();
                while (next != null && !(next instanceof Comment c && c.getData().strip().startsWith("[endif]"))) {
                    Node after = next.nextSibling();
                    next.remove();
                    next = after;
                }
            }
        }

        /** Consecutive list paragraphs become one {@code <ol>} or {@code <ul>} of {@code <li>}. */
        private static void makeLists(List<Element> paragraphs, List<Boolean> ordered) {
            Element list = null;
            for (int i = 0; i < paragraphs.size(); i++) {
                Element p = paragraphs.get(i);
                String tag = ordered.get(i) ? "ol" : "ul";
                boolean continues = list != null && list.nextElementSibling() == p && list.normalName().equals(tag);
                if (!continues) {
                    list = new Element(tag);
                    p.before(list);
                }
                p.tagName("li");
                list.appendChild(p);
            }
        }

        private static String styleValue(String style, String property) {
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase(property)) {
                    String value = declaration.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
                    return STYLES.get(property).matcher(value).matches() ? value : null;
                }
            }
            return null;
        }
    }
}
