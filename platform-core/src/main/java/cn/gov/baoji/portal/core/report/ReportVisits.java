package cn.gov.baoji.portal.core.report;

import java.time.LocalDate;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.stats.PageViewFigures;

/**
 * Page views of the current county in a period, for 网站总访问量: the views by people counted by the
 * click statistics (known robots left out). 独立用户访问总量 is not counted by the platform (it keeps no
 * visitor identities) and is left for a person to fill in.
 */
@ApplicationScoped
public class ReportVisits {

    private final PageViewFigures views;

    ReportVisits(PageViewFigures views) {
        this.views = views;
    }

    /** Views by people from {@code from} to {@code to}, both included. */
    public OptionalLong humanViews(LocalDate from, LocalDate to) {
        return OptionalLong.of(views.humanViews(from, to));
    }
}
