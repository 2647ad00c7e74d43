package cn.gov.baoji.portal.admin.look;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * What a page must keep whatever a county's template overrides do: the skip link and the elder-mode
 * switch (accessibility for older readers), the footer facts the national rules require, and the
 * bar that tells a previewing webmaster they see an unpublished look. Checked on the trial render
 * of the county's real home page before an override is saved.
 */
final class RequiredParts {

    private record Part(String selector, String description) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("a.skip-link[href=#main]", "“跳到主要内容”链接（class=\"skip-link\"，href=\"#main\"）"),
            new Part("#main", "主要内容区域（id=\"main\"）"),
            new Part("a.elder-switch", "长者模式开关（class=\"elder-switch\"）"),
            new Part(".preview-bar", "预览提示条（{#include preview-bar /}）"),
            new Part("footer", "页脚（<footer>）"));

    private RequiredParts() {
    }

    /**
     * @param html the home page rendered with the look, as the webmaster's preview shows it
     * @param footerFacts texts the footer must show (主办单位, 网站标识码)
     */
    static void check(String html, List<String> footerFacts) {
        Document page = Jsoup.parse(html);
        List<String> missing = new ArrayList<>();
        for (Part part : PARTS) {
            if (page.select(part.selector()).isEmpty()) {
                missing.add(part.description());
            }
        }
        String footer = page.select("footer").text();
        for (String fact : footerFacts) {
            if (fact != null && !footer.contains(fact)) {
                missing.add("页脚中的“" + fact + "”");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("templates",
                    "模板覆盖后页面缺少每个页面都必须保留的内容：" + String.join("、", missing));
        }
    }
}
