package cn.gov.baoji.portal.core.inspection;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Element;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;

/**
 * 外部链接不可用: links of published articles to other sites that answer an error, or nothing, within
 * the timeout. Runs outside the county's transaction (network). At most the configured number of
 * links are requested per run; the rest use remembered answers or wait for the next run.
 */
@ApplicationScoped
class ExternalLinkRule implements InspectionRule {

    private final LinkChecker checker;
    private final InspectionConfig config;

    ExternalLinkRule(LinkChecker checker, InspectionConfig config) {
        this.checker = checker;
        this.config = config;
    }

    @Override
    public String code() {
        return "EXTERNAL_LINK";
    }

    @Override
    public String name() {
        return "外部链接不可用";
    }

    @Override
    public Severity severity() {
        return Severity.DEDUCTION;
    }

    @Override
    public boolean needsDatabase() {
        return false;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        Map<String, URI> links = new LinkedHashMap<>();
        Map<String, List<PublishedDoc>> where = new LinkedHashMap<>();
        for (PublishedDoc doc : county.published()) {
            for (Element a : ContentLinks.parse(doc.bodyHtml()).select("a[href]")) {
                String href = a.attr("href").strip();
                if (ContentLinks.internal(href, county.addresses())) {
                    continue;
                }
                Optional<URI> uri = ContentLinks.absolute(href);
                if (uri.isPresent() && checker.allowed(uri.get())) {
                    links.putIfAbsent(href, uri.get());
                    List<PublishedDoc> docs = where.computeIfAbsent(href, k -> new ArrayList<>());
                    if (!docs.contains(doc)) {
                        docs.add(doc);
                    }
                }
            }
        }
        boolean complete = true;
        int asked = 0;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, URI> link : links.entrySet()) {
            Optional<LinkChecker.Outcome> outcome = checker.cached(link.getKey());
            if (outcome.isEmpty()) {
                if (asked >= config.externalLinks().maxLinksPerRun()) {
                    complete = false;
                    continue;
                }
                asked++;
                outcome = Optional.of(checker.check(link.getValue()));
            }
            if (!outcome.get().ok()) {
                for (PublishedDoc doc : where.get(link.getKey())) {
                    // Keyed on the link itself, as before, so open findings keep their history; a link longer than
                    // the stored key is cut with a digest of the whole (InspectionFinding.storedKey).
                    findings.add(new Finding("article:" + doc.articleId() + ":" + link.getKey(), Severity.DEDUCTION,
                            "文章“" + doc.title() + "”", "外部链接 " + shown(link.getKey()) + " " + outcome.get().problem(),
                            InspectedCounty.articlePublicUrl(doc.articleId()),
                            InspectedCounty.articleAdminUrl(doc.articleId()), county.departmentName(doc.departmentId()),
                            "核实该外部网站的地址，改为有效的链接，或删除该链接。"));
                }
            }
        }
        return new RuleResult(findings, complete);
    }

    /** The link as the finding shows it: long ones cut, so the problem after it still fits the detail. */
    private static String shown(String href) {
        return href.length() <= SHOWN ? href : href.substring(0, SHOWN - 1) + "…";
    }

    private static final int SHOWN = 300;
}
