package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.export.TableRows;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Every response of a survey as a table, for the webmaster's CSV and Excel files: one row per
 * response (number, time sent, then one column per question: the chosen options' labels, or the
 * text). Responses are read in batches, so a large survey is not held in memory as entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SurveyExport {

    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Between the labels of several chosen options in one cell. */
    public static final String CHOICE_SEPARATOR = "；";

    private final EntityManager em;
    private final Surveys surveys;

    SurveyExport(EntityManager em, Surveys surveys) {
        this.em = em;
        this.surveys = surveys;
    }

    /** The survey's title, for the file name and the sheet. */
    public String title(Actor actor, long id) {
        surveys.requireWebmaster(actor);
        return surveys.require(id).title;
    }

    public void export(Actor actor, long id, TableRows rows) {
        surveys.requireWebmaster(actor);
        Survey survey = surveys.require(id);
        List<SurveyQuestion> questions = survey.questions;
        Map<Long, Integer> column = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        List<String> header = new ArrayList<>(List.of("答卷编号", "提交时间"));
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            column.put(q.getId(), i);
            header.add(q.position + ". " + q.title + "（" + q.kind.label() + "）");
            q.options.forEach(o -> labels.put(o.getId(), o.label));
        }
        rows.header(header);
        long after = 0;
        while (true) {
            List<Object[]> batch = em.createQuery("SELECT r.id, r.submittedAt FROM SurveyResponse r WHERE r.surveyId = :s "
                    + "AND r.id > :after ORDER BY r.id", Object[].class).setParameter("s", id).setParameter("after", after)
                    .setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            List<Long> ids = batch.stream().map(r -> (Long) r[0]).toList();
            Map<Long, List<List<String>>> cells = new LinkedHashMap<>();
            for (Long responseId : ids) {
                List<List<String>> perQuestion = new ArrayList<>();
                questions.forEach(q -> perQuestion.add(new ArrayList<>()));
                cells.put(responseId, perQuestion);
            }
            // Options in the question's order, as the form showed them.
            em.createQuery("SELECT a.responseId, a.questionId, a.optionId, a.text FROM SurveyAnswer a "
                    + "LEFT JOIN SurveyOption o ON o.id = a.optionId WHERE a.responseId IN :ids ORDER BY a.responseId, "
                    + "a.questionId, o.position", Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(a -> {
                        Integer at = column.get((Long) a[1]);
                        if (at != null) {
                            cells.get((Long) a[0]).get(at).add(a[2] != null ? labels.get((Long) a[2]) : (String) a[3]);
                        }
                    });
            for (Object[] response : batch) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(response[0]));
                row.add(((OffsetDateTime) response[1]).atZoneSameInstant(ChinaTime.ZONE).format(TIME));
                cells.get((Long) response[0]).forEach(values -> row.add(String.join(CHOICE_SEPARATOR, values)));
                rows.row(row);
            }
            after = ids.get(ids.size() - 1);
            em.clear();
        }
    }
}
