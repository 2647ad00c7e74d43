package cn.gov.baoji.portal.core.inspection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublicAddresses;

/** Reads the links of published HTML and resolves the county's own against what exists. */
final class ContentLinks {

    /** First path segments of public pages that exist whatever the content (lists, forms, static files). */
    private static final Set<String> FIXED_PAGES = Set.of("", "articles", "channels", "services", "departments",
            "messages", "sitemap", "sitemap.xml", "disclosure", "surveys", "interviews", "consultations",
            "accessibility", "static", "look", "applications", "search", "elder", "feed.atom", "favicon.ico");
    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d+)/?");
    private static final Pattern ATTACHMENT = Pattern.compile("/attachments/(\\d+)(/.*)?");
    private static final Pattern CHANNEL = Pattern.compile("/channels/([^/]+)(/.*)?");
    private static final Pattern GUIDE = Pattern.compile("/services/([^/]+)(/.*)?");
    private static final Pattern DEPARTMENT = Pattern.compile("/departments/([^/]+)/?");

    private ContentLinks() {
    }

    static Document parse(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html);
    }

    /** What an internal reference points at, when it is broken. */
    enum Problem {
        BROKEN_LINK, MISSING_ATTACHMENT
    }

    /** The host's part of a link when it is absolute http(s), else empty (relative, mailto:, #…). */
    static Optional<URI> absolute(String href) {
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code href} addresses the county's own site (relative, or absolute to one of its hosts). */
    static boolean internal(String href, PublicAddresses addresses) {
        String h = href.strip();
        if (h.startsWith("//")) {
            return absolute("http:" + h).map(u -> addresses.hosts().contains(u.getHost().toLowerCase(Locale.ROOT)))
                    .orElse(false);
        }
        if (h.startsWith("/")) {
            return true;
        }
        return absolute(h).map(u -> addresses.hosts().contains(u.getHost().toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** Why an internal reference is broken, or empty when it resolves. */
    static Optional<Problem> check(String href, PublicAddresses addresses) {
        String path;
        try {
            URI uri = new URI(href.strip().startsWith("//") ? "http:" + href.strip() : href.strip());
            path = uri.getPath();
        } catch (URISyntaxException e) {
            return Optional.of(Problem.BROKEN_LINK);
        }
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ATTACHMENT.matcher(path)).matches()) {
            return id(m.group(1)).filter(addresses.attachments()::contains).isPresent() ? Optional.empty()
                    : Optional.of(Problem.MISSING_ATTACHMENT);
        }
        if ((m = ARTICLE.matcher(path)).matches()) {
            return exists(id(m.group(1)).filter(addresses.articles()::contains).isPresent());
        }
        if ((m = CHANNEL.matcher(path)).matches()) {
            return exists(addresses.channels().contains(m.group(1)));
        }
        if ((m = GUIDE.matcher(path)).matches() && !"results".equals(m.group(1)) && !"stats".equals(m.group(1))) {
            return exists(addresses.guides().contains(m.group(1)));
        }
        if ((m = DEPARTMENT.matcher(path)).matches()) {
            return exists(addresses.departments().contains(m.group(1)));
        }
        String first = path.substring(1).split("/", 2)[0];
        return exists(FIXED_PAGES.contains(first));
    }

    /** An id as written in a link; empty when no stored id can be that long (so the link is broken). */
    private static Optional<Long> id(String digits) {
        // 18 digits always fit a long; more would throw (or be an id no table holds).
        return digits.length() <= 18 ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    private static Optional<Problem> exists(boolean exists) {
        return exists ? Optional.empty() : Optional.of(Problem.BROKEN_LINK);
    }
}
