package cn.gov.baoji.portal.web.interview;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.web.site.PageData;

/** What the interview pages give their templates, for the pages and for a webmaster's trial of a look. */
@ApplicationScoped
public class InterviewPageData {

    private final InterviewViews views;

    InterviewPageData(InterviewViews views) {
        this.views = views;
    }

    public Map<String, Object> list(int page) {
        return Map.of("listing", views.listing(page, PageData.PAGE_SIZE));
    }

    public Optional<Map<String, Object>> interview(long id) {
        return views.detail(id).map(InterviewPageData::of);
    }

    /** The newest announced interview's page, if the county has one. */
    public Optional<Map<String, Object>> newest() {
        return views.newest().map(InterviewPageData::of);
    }

    private static Map<String, Object> of(InterviewDetail detail) {
        return Map.of("interview", detail);
    }
}
