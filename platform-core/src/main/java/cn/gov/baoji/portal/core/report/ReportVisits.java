package cn.gov.baoji.portal.core.report;

import java.time.LocalDate;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Page views of the current county in a period, for 网站总访问量. Empty while the platform has no
 * page-view counts to offer: the line is then left for a person to fill in.
 */
@ApplicationScoped
public class ReportVisits {

    /** Views by people (known robots left out) from {@code from} to {@code to}, both included. */
    public OptionalLong humanViews(LocalDate from, LocalDate to) {
        return OptionalLong.empty();
    }
}
