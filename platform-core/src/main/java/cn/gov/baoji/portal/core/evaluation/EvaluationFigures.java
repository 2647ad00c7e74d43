package cn.gov.baoji.portal.core.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.content.ArticleFigures;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.stats.PageViewFigures;
import cn.gov.baoji.portal.core.stats.ViewSummary;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * The current county's evaluation for a period, a line per department: the article, message and
 * application figures of their own services, and participation (survey answers, consultation comments
 * sent in the period). Runs in the current tenant; the city console calls it once per county.
 */
@ApplicationScoped
public class EvaluationFigures {

    private final EntityManager em;
    private final ArticleFigures articles;
    private final MessageFigures messages;
    private final ApplicationFigures applications;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final PageViewFigures views;

    EvaluationFigures(EntityManager em, ArticleFigures articles, MessageFigures messages,
            ApplicationFigures applications, DepartmentService departments, TenantContext tenant, PageViewFigures views) {
        this.em = em;
        this.articles = articles;
        this.messages = messages;
        this.applications = applications;
        this.departments = departments;
        this.tenant = tenant;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CountyReport county(EvaluationPeriod period) {
        TenantInfo county = tenant.require();
        LocalDate from = period.from();
        LocalDate to = period.to();
        ArticleFigures.Period a = articles.period(from, to);
        MessageFigures.Period m = messages.period(period.label(), from, to);
        ApplicationFigures.Period p = applications.period(period.label(), from, to);
        Map<String, ArticleFigures.Row> articleRows = new HashMap<>();
        a.departments().forEach(r -> articleRows.put(r.code(), r));
        Map<String, MessageFigures.Row> messageRows = new HashMap<>();
        m.rows().forEach(r -> messageRows.put(r.code(), r));
        Map<String, ApplicationFigures.Row> applicationRows = new HashMap<>();
        p.departments().forEach(r -> applicationRows.put(r.code(), r));
        Map<Long, Long> comments = commentsByDepartment(from, to);
        List<Line> lines = new ArrayList<>();
        long allComments = 0;
        for (Department d : departments.all()) {
            long c = comments.getOrDefault(d.getId(), 0L);
            allComments += c;
            lines.add(new Line(d.getCode(), d.getName(),
                    articleRows.getOrDefault(d.getCode(), new ArticleFigures.Row(d.getCode(), d.getName(), 0, 0, 0, null)),
                    messageRows.getOrDefault(d.getCode(), new MessageFigures.Row(d.getCode(), d.getName(), 0, 0, 0, null)),
                    applicationRows.getOrDefault(d.getCode(),
                            new ApplicationFigures.Row(d.getCode(), d.getName(), 0, 0, 0, null, 0, null, null)),
                    null, c, null));
        }
        ViewSummary v = views.summary(from, to, CountyReport.MOST_READ);
        Line total = new Line(county.code().value(), county.name(), a.total(), m.total(), p.total(),
                surveyAnswers(from, to), allComments, v.humanViews());
        return new CountyReport(county.code().value(), county.name(), period, List.copyOf(lines), total, v.channels(),
                v.mostRead());
    }

    private long surveyAnswers(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT count(r) FROM SurveyResponse r WHERE r.submittedAt >= :from AND r.submittedAt < :to",
                Long.class).setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getSingleResult();
    }

    private Map<Long, Long> commentsByDepartment(LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT k.departmentId, count(c) FROM Comment c JOIN Consultation k ON k.id = c.consultationId"
                + " WHERE c.submittedAt >= :from AND c.submittedAt < :to GROUP BY k.departmentId", Object[].class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
