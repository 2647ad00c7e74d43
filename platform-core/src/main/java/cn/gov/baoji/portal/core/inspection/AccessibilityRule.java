package cn.gov.baoji.portal.core.inspection;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;

/**
 * 无障碍 (GB/T 37668-2019) checks that need no browser, on published articles: images without alt
 * text, links without any text a screen reader could read, data tables without header cells.
 */
@ApplicationScoped
class AccessibilityRule implements InspectionRule {

    @Override
    public String code() {
        return "ACCESSIBILITY";
    }

    @Override
    public String name() {
        return "无障碍问题";
    }

    @Override
    public Severity severity() {
        return Severity.DEDUCTION;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        List<Finding> findings = new ArrayList<>();
        for (PublishedDoc doc : county.published()) {
            Document html = ContentLinks.parse(doc.bodyHtml());
            List<String> problems = new ArrayList<>();
            long images = html.select("img").stream().filter(i -> !i.hasAttr("alt")).count();
            if (images > 0) {
                problems.add(images + " 张图片没有替代文本（alt）");
            }
            long links = html.select("a[href]").stream().filter(AccessibilityRule::emptyLink).count();
            if (links > 0) {
                problems.add(links + " 个链接没有可读的文字");
            }
            long tables = html.select("table").stream().filter(t -> t.select("th").isEmpty()).count();
            if (tables > 0) {
                problems.add(tables + " 个表格没有表头（th）");
            }
            if (!problems.isEmpty()) {
                findings.add(new Finding("article:" + doc.articleId(), Severity.DEDUCTION, "文章“" + doc.title() + "”",
                        String.join("；", problems), InspectedCounty.articlePublicUrl(doc.articleId()),
                        InspectedCounty.articleAdminUrl(doc.articleId()), county.departmentName(doc.departmentId()),
                        "在编辑器中为图片填写说明文字，为链接写上能说明去向的文字，把表格第一行设为表头，然后重新发布。"));
            }
        }
        return RuleResult.of(findings);
    }

    private static boolean emptyLink(Element a) {
        if (!a.text().isBlank() || !a.attr("aria-label").isBlank() || !a.attr("title").isBlank()) {
            return false;
        }
        return a.select("img[alt]").stream().allMatch(i -> i.attr("alt").isBlank());
    }
}
