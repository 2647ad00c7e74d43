package cn.gov.baoji.portal.admin.evaluation;

import jakarta.ws.rs.QueryParam;

import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.Evaluations;

/**
 * The period a dashboard page, download or API call asks for: {@code preset} (this-month,
 * last-month, this-year, last-year), else {@code from} and {@code to} (yyyy-MM-dd, Beijing dates,
 * both included); neither means this month so far.
 */
public class PeriodQuery {

    @QueryParam("preset")
    public String preset;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    EvaluationPeriod period(Evaluations evaluations) {
        return EvaluationPeriod.of(preset, from, to, evaluations.today());
    }
}
