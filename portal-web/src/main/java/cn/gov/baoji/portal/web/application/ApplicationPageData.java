package cn.gov.baoji.portal.web.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.ApplicationResults;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.service.ServiceDirectory;
import cn.gov.baoji.portal.web.site.PageData;

/**
 * What each public application page gives its template, in one place for the pages themselves and
 * for the webmaster's trial renders of a look.
 */
@ApplicationScoped
public class ApplicationPageData {

    private final ApplicationForms forms;
    private final ApplicationResults results;
    private final ApplicationFigures figures;
    private final ApplicationGuides guides;
    private final ServiceDirectory directory;

    ApplicationPageData(ApplicationForms forms, ApplicationResults results, ApplicationFigures figures,
            ApplicationGuides guides, ServiceDirectory directory) {
        this.forms = forms;
        this.results = results;
        this.figures = figures;
        this.guides = guides;
        this.directory = directory;
    }

    Map<String, Object> form(GuideTerms guide, ApplicationInput typed, Map<String, String> problems) {
        return Map.of("page", ApplicationPages.form(guide, forms.current(guide.code()), typed, problems,
                "/services/" + guide.code()));
    }

    Map<String, Object> sent(GuideTerms guide, String trackingNumber) {
        return Map.of("page", new ApplicationPages.SentPage(trackingNumber, guide.name(), guide.code()));
    }

    Map<String, Object> lookup(String typed, boolean searched, ApplicationLookup found, String phone, String error,
            String notice) {
        return Map.of("page", new ApplicationPages.LookupPage(typed, searched,
                found == null ? null : ApplicationPages.Found.of(found, phone), error, notice));
    }

    Map<String, Object> results(int page) {
        return Map.of("page", new ApplicationPages.ResultsPage(ApplicationPages.Listing.of(results.list(page, PageData.PAGE_SIZE)),
                ""));
    }

    Map<String, Object> stats() {
        return Map.of("stats", ApplicationPages.StatsPage.of(figures.stats()));
    }

    /**
     * One page of each application template with the county's real data (the form of the first item
     * open for online application, the lookup, the results, the figures), for checking a look's
     * template overrides before they go live. No applicant's data is among them.
     */
    public Map<String, Map<String, Object>> samples() {
        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
        directory.all().stream().filter(e -> e.online()).findFirst().flatMap(e -> guides.open(e.item().code()))
                .ifPresent(guide -> pages.put("application-form", form(guide, new ApplicationInput("", "", Map.of()), Map.of())));
        pages.put("application-lookup", lookup("", false, null, null, null, null));
        pages.put("service-results", results(1));
        pages.put("service-stats", stats());
        return pages;
    }
}
