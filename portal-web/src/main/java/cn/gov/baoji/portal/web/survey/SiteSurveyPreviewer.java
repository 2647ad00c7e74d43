package cn.gov.baoji.portal.web.survey;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.admin.survey.SurveyPreviewer;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.web.site.SitePages;

/** A survey's public form in the county's theme, for the webmaster's preview: no token, nothing to send. */
@RequestScoped
public class SiteSurveyPreviewer implements SurveyPreviewer {

    private final SitePages pages;
    private final PublicSurveys views;

    SiteSurveyPreviewer(SitePages pages, PublicSurveys views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    public String preview(SurveyView survey) {
        return pages.render("survey", Map.of("form", views.form(survey, PublicSurveys.Given.NONE, Map.of(), null, true,
                false, "", "")));
    }
}
