package cn.gov.baoji.portal.core.inspection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import cn.gov.baoji.portal.core.inspection.ContentLinks.Problem;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;

/**
 * 站内链接失效 and 附件缺失: links and images in published articles that point at the county's own
 * pages or files which do not exist (or are no longer public). Resolved against the county's routes
 * and ids, without any request.
 */
@ApplicationScoped
class InternalLinkRule implements InspectionRule {

    @Override
    public String code() {
        return "BROKEN_LINK";
    }

    @Override
    public String name() {
        return "站内链接失效、附件缺失";
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
            Set<String> broken = new LinkedHashSet<>();
            Set<String> attachments = new LinkedHashSet<>();
            for (Element e : html.select("a[href], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.isBlank() || ref.startsWith("#") || !ContentLinks.internal(ref, county.addresses())) {
                    continue;
                }
                Optional<Problem> problem = ContentLinks.check(ref, county.addresses());
                problem.ifPresent(p -> (p == Problem.MISSING_ATTACHMENT ? attachments : broken).add(ref.strip()));
            }
            if (!broken.isEmpty()) {
                findings.add(finding(county, doc, "links", "失效的站内链接 " + broken.size() + " 个：" + String.join("、", broken),
                        "修改或删除文章中指向不存在页面的链接（可能是文章已撤下、栏目已撤销或地址写错）。"));
            }
            if (!attachments.isEmpty()) {
                findings.add(finding(county, doc, "attachments", "缺失的附件 " + attachments.size() + " 个："
                        + String.join("、", attachments), "重新上传缺失的附件并更新文章中的附件链接，或删除这些链接。"));
            }
        }
        return RuleResult.of(findings);
    }

    private static Finding finding(InspectedCounty county, PublishedDoc doc, String what, String detail, String advice) {
        return new Finding("article:" + doc.articleId() + ":" + what, Severity.DEDUCTION, "文章“" + doc.title() + "”",
                detail, InspectedCounty.articlePublicUrl(doc.articleId()),
                InspectedCounty.articleAdminUrl(doc.articleId()), county.departmentName(doc.departmentId()), advice);
    }
}
