package cn.gov.baoji.portal.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.admin.look.LookPreviewer;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.web.application.ApplicationPageData;
import cn.gov.baoji.portal.web.consultation.ConsultationPageData;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.interaction.InteractionHub;
import cn.gov.baoji.portal.web.interview.InterviewPageData;
import cn.gov.baoji.portal.web.search.SearchPageData;
import cn.gov.baoji.portal.web.service.ServicePageData;

/** Pages of the request's county with a look that is not published. */
@RequestScoped
public class SiteLookPreviewer implements LookPreviewer {

    private final SitePages pages;
    private final PublicContent content;
    private final PageData data;
    private final InterviewPageData interviews;
    private final ConsultationPageData consultations;
    private final ServicePageData services;
    private final ApplicationPageData applications;
    private final SearchPageData search;

    SiteLookPreviewer(SitePages pages, PublicContent content, PageData data, InterviewPageData interviews,
            ConsultationPageData consultations, ServicePageData services, ApplicationPageData applications,
            SearchPageData search) {
        this.search = search;
        this.pages = pages;
        this.content = content;
        this.data = data;
        this.interviews = interviews;
        this.consultations = consultations;
        this.services = services;
        this.applications = applications;
    }

    @Override
    public String previewHome(LookSettings look) {
        return pages.renderHome(look, LookLinks.PREVIEW);
    }

    /**
     * One page of every kind with the county's real data: the home page, a channel, the newest
     * article, the 互动交流 column, the disclosure catalogue, the departments, one department, the site map, the
     * interviews and the newest interview, the consultations and the newest consultation, the service pages, the online application pages and the search page.
     */
    @Override
    public List<String> previewEveryKindOfPage(LookSettings look) {
        List<String> rendered = new ArrayList<>();
        rendered.add(previewHome(look));
        pages.currentSite().channels().stream().findFirst()
                .ifPresent(channel -> rendered.add(render("channel", data.channel(channel, 1), look)));
        pages.currentSite().channels().stream().filter(c -> InteractionHub.CHANNEL.equals(c.code())).findFirst()
                .ifPresent(channel -> rendered.add(render("interaction", data.interaction(channel, 1), look)));
        content.latestAll(1).stream().findFirst().flatMap(a -> content.article(a.getArticleId()))
                .ifPresent(article -> rendered.add(render("article", data.article(article), look)));
        rendered.add(render("disclosure", data.disclosure(null, null, null, 1), look));
        rendered.add(render("departments", data.departments(), look));
        content.departments().stream().findFirst().ifPresent(d -> rendered.add(
                render("department", data.department(content.department(d.code()), 1), look)));
        rendered.add(render("sitemap", data.sitemap(), look));
        rendered.add(render("interviews", interviews.list(1), look));
        interviews.newest().ifPresent(page -> rendered.add(render("interview", page, look)));
        rendered.add(render("consultations", consultations.list(), look));
        consultations.newest().ifPresent(page -> rendered.add(render("consultation", page, look)));
        services.samples().forEach((template, pageData) -> rendered.add(render(template, pageData, look)));
        applications.samples().forEach((template, pageData) -> rendered.add(render(template, pageData, look)));
        rendered.add(render("search", search.blank(), look));
        return rendered;
    }

    private String render(String template, Map<String, Object> data, LookSettings look) {
        return pages.render(template, data, look, LookLinks.PREVIEW);
    }
}
