package cn.gov.baoji.portal.core.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * 稿件录用, per department, of the articles <em>first submitted</em> in a period (Beijing dates, both
 * ends included), read from the recorded workflow steps: how many were submitted, how many of them
 * are published by now (accepted), how many of them were returned to their author at least once.
 * Like the message figures, a period is a cohort: a later resubmission does not count an article twice.
 */
@ApplicationScoped
public class ArticleFigures {

    private final EntityManager em;
    private final DepartmentService departments;

    ArticleFigures(EntityManager em, DepartmentService departments) {
        this.em = em;
        this.departments = departments;
    }

    /**
     * One department's figures (or the county's total, code null).
     *
     * @param acceptedPercent accepted of submitted, in percent with one decimal; null when nothing was submitted
     */
    public record Row(String code, String name, long submitted, long accepted, long returned, BigDecimal acceptedPercent) {
    }

    /** Every department of the county in its order, and the total. */
    public record Period(LocalDate from, LocalDate to, List<Row> departments, Row total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Period period(LocalDate from, LocalDate to) {
        List<Object[]> firstSubmitted = em.createQuery("SELECT a.id, a.departmentId FROM Article a WHERE a.id IN ("
                + "SELECT t.articleId FROM ArticleTransition t WHERE t.action = :submit GROUP BY t.articleId"
                + " HAVING min(t.at) >= :from AND min(t.at) < :to)", Object[].class)
                .setParameter("submit", ArticleTransition.Action.SUBMIT)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList();
        List<Long> ids = firstSubmitted.stream().map(r -> (Long) r[0]).toList();
        Set<Long> published = ids.isEmpty() ? Set.of() : stepTaken(ids, ArticleTransition.Action.PUBLISH);
        Set<Long> returned = ids.isEmpty() ? Set.of() : stepTaken(ids, ArticleTransition.Action.RETURN);
        Map<Long, Tally> byDepartment = new LinkedHashMap<>();
        for (Department d : departments.all()) {
            byDepartment.put(d.getId(), new Tally(d.getCode(), d.getName()));
        }
        Tally total = new Tally(null, "合计");
        for (Object[] r : firstSubmitted) {
            Long id = (Long) r[0];
            Tally t = byDepartment.get((Long) r[1]);
            boolean accepted = published.contains(id);
            boolean wasReturned = returned.contains(id);
            if (t != null) {
                t.add(accepted, wasReturned);
            }
            total.add(accepted, wasReturned);
        }
        List<Row> rows = new ArrayList<>();
        byDepartment.values().forEach(t -> rows.add(t.row()));
        return new Period(from, to, rows, total.row());
    }

    private Set<Long> stepTaken(List<Long> ids, ArticleTransition.Action action) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT t.articleId FROM ArticleTransition t WHERE t.action = :action"
                + " AND t.articleId IN :ids", Long.class).setParameter("action", action).setParameter("ids", ids)
                .getResultList());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static final class Tally {
        private final String code;
        private final String name;
        private long submitted;
        private long accepted;
        private long returned;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(boolean wasAccepted, boolean wasReturned) {
            submitted++;
            accepted += wasAccepted ? 1 : 0;
            returned += wasReturned ? 1 : 0;
        }

        Row row() {
            return new Row(code, name, submitted, accepted, returned, submitted == 0 ? null
                    : BigDecimal.valueOf(accepted * 100).divide(BigDecimal.valueOf(submitted), 1, RoundingMode.HALF_UP));
        }
    }
}
