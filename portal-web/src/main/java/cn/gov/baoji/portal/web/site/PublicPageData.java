package cn.gov.baoji.portal.web.site;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.catalogue.TopicCategory;
import cn.gov.baoji.portal.themes.PageDataTypes;
import cn.gov.baoji.portal.web.report.ReportPublicPages;
import cn.gov.baoji.portal.web.application.ApplicationPages;
import cn.gov.baoji.portal.web.consultation.CommentForm;
import cn.gov.baoji.portal.web.consultation.CommentListing;
import cn.gov.baoji.portal.web.consultation.ConsultationDetail;
import cn.gov.baoji.portal.web.consultation.ConsultationListing;
import cn.gov.baoji.portal.web.consultation.ListFilter;
import cn.gov.baoji.portal.web.content.ArticleDetail;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.disclosure.DisclosurePageResource;
import cn.gov.baoji.portal.web.error.ErrorView;
import cn.gov.baoji.portal.web.interaction.InteractionHub;
import cn.gov.baoji.portal.web.interview.InterviewDetail;
import cn.gov.baoji.portal.web.interview.InterviewListing;
import cn.gov.baoji.portal.web.message.MessagePages;
import cn.gov.baoji.portal.web.search.SearchPage;
import cn.gov.baoji.portal.web.survey.SurveyPageViews;
import cn.gov.baoji.portal.web.service.FilterLink;
import cn.gov.baoji.portal.web.service.ServiceFilter;
import cn.gov.baoji.portal.web.service.ServiceGuideDetail;
import cn.gov.baoji.portal.web.service.ServiceHighlights;
import cn.gov.baoji.portal.web.service.ServiceListing;

/**
 * Every record public pages hand to their templates. Templates (and counties' overrides) read
 * these records' components, and those of the records inside them, and nothing else; a page that
 * passes anything else gets a render error in the tests, not a template that can reach it.
 */
@ApplicationScoped
public class PublicPageData implements PageDataTypes {

    @Override
    public Collection<Class<? extends Record>> roots() {
        return List.of(SiteView.class, Look.class, PublicContent.ChannelBlock.class, PublicContent.Listing.class,
                PublicContent.PictureNews.class,
                PublicContent.NodeView.class, PublicContent.DepartmentCard.class, TopicCategory.class, ArticleDetail.class,
                DisclosurePageResource.Filter.class, ErrorView.class, SurveyPageViews.SurveyList.class,
                SurveyPageViews.SurveyCard.class, SurveyPageViews.SurveyForm.class, SurveyPageViews.SurveyFigures.class,
                MessagePages.FormPage.class, MessagePages.SentPage.class, MessagePages.LookupPage.class,
                MessagePages.ListPage.class, MessagePages.DetailPage.class, MessagePages.StatsPage.class,
                InterviewListing.class, InterviewDetail.class,
                ConsultationListing.class, ListFilter.class, ConsultationDetail.class, CommentListing.class,
                CommentForm.class, InteractionHub.Section.class, InteractionHub.HubItem.class, ApplicationPages.FormPage.class,
                ApplicationPages.SentPage.class, ApplicationPages.LookupPage.class, ApplicationPages.ResultsPage.class,
                ApplicationPages.StatsPage.class, ServiceFilter.class, ServiceListing.class, FilterLink.class,
                ServiceGuideDetail.class, ServiceHighlights.class, SearchPage.class,
                ReportPublicPages.ReportIndex.class, ReportPublicPages.ReportDocument.class);
    }
}
