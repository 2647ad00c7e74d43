package cn.gov.baoji.portal.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.content.ArticleFigures;
import cn.gov.baoji.portal.core.message.MessageFigures;

/**
 * One line of the evaluation: a department's, or a county's total. The figures are those of the
 * article, message and application services for the same period.
 *
 * @param code department code, or the county code on a county line
 * @param surveyAnswers survey answers sent; null on department lines (surveys belong to the county)
 * @param views page views by people; null on department lines (views are known per county only)
 */
public record Line(String code, String name, ArticleFigures.Row articles, MessageFigures.Row messages,
        ApplicationFigures.Row applications, Long surveyAnswers, long consultationComments, Long views) {

    /** 参与人次: survey answers and consultation comments. */
    public long participation() {
        return (surveyAnswers == null ? 0 : surveyAnswers) + consultationComments;
    }

    /**
     * The value of each indicator: rates from 0 to 1 (four decimals), counts as counts; null where
     * there is nothing to measure (no message received, no rating, no view figures).
     */
    public Map<Indicator, BigDecimal> values() {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.ACCEPTANCE, share(articles.accepted(), articles.submitted()));
        values.put(Indicator.REPLY_ON_TIME, share(messages.repliedOnTime(), messages.received()));
        values.put(Indicator.COMPLETION_ON_TIME, share(applications.onTime(), applications.received()));
        values.put(Indicator.SATISFACTION, applications.satisfiedPercent() == null ? null
                : applications.satisfiedPercent().divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
        values.put(Indicator.VIEWS, views == null ? null : BigDecimal.valueOf(views));
        values.put(Indicator.PARTICIPATION, BigDecimal.valueOf(participation()));
        return values;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
