package cn.gov.baoji.portal.core.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current county's page views for a period, as the evaluation shows them. Reads the click
 * statistics (core.stats) once they are merged; until then views are "not counted" (null).
 */
@ApplicationScoped
public class ViewFigures {

    /** Most read articles listed per county. */
    static final int MOST_READ = 10;

    /** @param humanViews null while views are not counted */
    public record Views(Long humanViews, List<CountyReport.ChannelViews> channels, List<CountyReport.ArticleViews> mostRead) {
    }

    Views of(LocalDate from, LocalDate to) {
        return new Views(null, List.of(), List.of());
    }
}
