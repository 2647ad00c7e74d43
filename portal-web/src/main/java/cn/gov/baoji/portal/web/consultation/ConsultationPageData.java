package cn.gov.baoji.portal.web.consultation;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * What the consultation pages give their templates, for the pages themselves and for the
 * webmaster's trial renders of a look.
 */
@ApplicationScoped
public class ConsultationPageData {

    public static final int PAGE_SIZE = 20;

    private final ConsultationViews views;

    ConsultationPageData(ConsultationViews views) {
        this.views = views;
    }

    public Map<String, Object> list(ListFilter filter, int page) {
        return Map.of("listing", views.list(filter, page, PAGE_SIZE), "filter", filter);
    }

    /** The list of every consultation, for trial renders. */
    public Map<String, Object> list() {
        return list(ListFilter.of(null), 1);
    }

    public Map<String, Object> detail(ConsultationDetail consultation, int page, CommentForm form) {
        CommentListing comments = views.comments(consultation.id(), page, PAGE_SIZE)
                .orElseThrow(() -> new NotFoundException("意见征集不存在或尚未发布。"));
        // The draft text was cleaned by the allow-list sanitizer when it was saved: printed as is, like an article's body.
        return Map.of("consultation", consultation, "consultationBody", new RawString(consultation.body()), "comments",
                comments, "form", form);
    }

    /** The newest consultation's page, for trial renders; none while the county has none. */
    public Optional<Map<String, Object>> newest() {
        return views.newest().map(c -> detail(c, 1, CommentForm.EMPTY));
    }
}
