package cn.gov.baoji.portal.web.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.survey.QuestionInput;
import cn.gov.baoji.portal.core.survey.SurveyEditor;
import cn.gov.baoji.portal.core.survey.SurveySettings;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/** Surveys of a county made through the editor service, as its webmaster would, and counts of what is stored. */
@ApplicationScoped
public class SurveyFixtures {

    private final TenantScope scope;
    private final SurveyEditor editor;
    private final EntityManager em;
    private final Clock clock;

    SurveyFixtures(TenantScope scope, SurveyEditor editor, EntityManager em, Clock clock) {
        this.scope = scope;
        this.editor = editor;
        this.em = em;
        this.clock = clock;
    }

    static Actor webmaster(String county) {
        return new Actor("test-" + county + "-webmaster", "测试网站管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    /** A survey being built; {@link #publish} makes it public. */
    public final class Draft {
        private final String county;
        private final long id;
        private final List<Long> questions = new ArrayList<>();

        private Draft(String county, long id) {
            this.county = county;
            this.id = id;
        }

        public Draft question(String kind, String title, boolean required, String... options) {
            SurveyView view = scope.call(TenantCode.of(county),
                    () -> editor.addQuestion(webmaster(county), id, new QuestionInput(kind, title, required, List.of(options))));
            questions.add(view.questions().get(view.questions().size() - 1).id());
            return this;
        }

        public SurveyView publish() {
            return scope.call(TenantCode.of(county), () -> editor.publish(webmaster(county), id));
        }

        public long id() {
            return id;
        }
    }

    /** A draft that opens {@code startsIn} from now and closes {@code endsIn} from now (negative: in the past). */
    public Draft draft(String county, String title, Duration startsIn, Duration endsIn, boolean resultsDuring) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        SurveyView created = scope.call(TenantCode.of(county), () -> editor.create(webmaster(county),
                new SurveySettings(title, "调查说明第一段。\n第二段：请如实填写。", now.plus(startsIn), now.plus(endsIn), resultsDuring)));
        return new Draft(county, created.id());
    }

    /** How many responses and answer rows a survey has in the database. */
    public long[] stored(String county, long surveyId) {
        return scope.call(TenantCode.of(county), () -> new long[] {
                em.createQuery("SELECT count(r) FROM SurveyResponse r WHERE r.surveyId = :s", Long.class)
                        .setParameter("s", surveyId).getSingleResult(),
                em.createQuery("SELECT count(a) FROM SurveyAnswer a WHERE a.surveyId = :s", Long.class)
                        .setParameter("s", surveyId).getSingleResult() });
    }
}
