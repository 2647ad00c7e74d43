package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The citizen's side of online applications: sending one, looking it up with tracking number and
 * phone, adding requested material and rating the handling once it is decided.
 */
@ApplicationScoped
public class ApplicationDesk {

    /** What a lookup with a wrong pair, or an unknown number, answers. */
    public static final String NOT_FOUND = "没有找到这件申报：请核对办件编号和申报时填写的手机号码。";

    /** Recorded as the actor of the applicant's steps; the name stays in the application alone. */
    private static final Actor APPLICANT = new Actor("applicant", "申请人", AccessBindings.none());

    private final EntityManager em;
    private final Applications applications;
    private final ApplicationForms forms;
    private final ApplicationViews views;
    private final ApplicationClock clock;
    private final PublicContentVersion publicVersion;

    ApplicationDesk(EntityManager em, Applications applications, ApplicationForms forms, ApplicationViews views,
            ApplicationClock clock, PublicContentVersion publicVersion) {
        this.em = em;
        this.applications = applications;
        this.forms = forms;
        this.views = views;
        this.clock = clock;
        this.publicVersion = publicVersion;
    }

    /** Every problem of an application by field key, in form order, against the item's current form; empty if it may be sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> problems(GuideTerms guide, ApplicationInput input, List<Upload> uploads) {
        requireOpen(guide);
        return ApplicationRules.problems(forms.current(guide.code()), input, uploads, clock.today());
    }

    /** Throws the first problem of an application as the API answers it (413 for a file over the limit), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(GuideTerms guide, ApplicationInput input, List<Upload> uploads) {
        requireOpen(guide);
        ApplicationRules.check(forms.current(guide.code()), input, uploads, clock.today());
    }

    /**
     * Stores an application and returns its tracking number; it is committed when this returns.
     *
     * @param submissionKey identifies the solved challenge; a second submission with it finds no place
     * @param admission runs inside the transaction before anything is stored (the spam checks, which
     *        spend the challenge): if it throws, nothing is stored
     */
    @Transactional
    public String submit(GuideTerms guide, ApplicationInput input, List<Upload> uploads, String submissionKey,
            Runnable admission) {
        requireOpen(guide);
        ApplicationForms.Locked form = forms.lockForSending(guide.code(), APPLICANT.name());
        OffsetDateTime now = clock.now();
        LocalDate today = ApplicationClock.date(now);
        ApplicationRules.Checked checked = ApplicationRules.check(form.definition(), input, uploads, today);
        admission.run();
        Application a = new Application(freshNumber(today), submissionKey);
        a.serviceCode = guide.code();
        a.serviceName = guide.name();
        a.departmentCode = guide.departmentCode();
        a.formVersionId = form.version().getId();
        a.applicant = checked.applicant();
        a.phone = checked.phone();
        a.valuesJson = Applications.valuesJson(checked.values());
        a.receivedAt = now;
        a.timeLimitDays = Math.max(0, guide.timeLimitDays());
        a.dueOn = clock.dueOn(today, a.timeLimitDays, 0);
        em.persist(a);
        em.flush();
        ApplicationEvent event = applications.record(a, ApplicationStep.SUBMIT, APPLICANT, now, null);
        applications.store(a, event, checked.files(), now);
        return a.trackingNumber;
    }

    /**
     * The tracking number of the application stored with this submission key by the same phone: a
     * retried or double-clicked submission answers with the number of the one it already created.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> submitted(String submissionKey, String phone) {
        return em.createQuery("SELECT a.trackingNumber FROM Application a WHERE a.submissionKey = :k AND a.phone = :p",
                String.class).setParameter("k", submissionKey).setParameter("p", ApplicationRules.phone(phone))
                .getResultStream().findFirst();
    }

    /** The application with this number and phone; an unknown number and a wrong phone alike find nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationLookup> lookup(String trackingNumber, String phone) {
        return applications.byNumberAndPhone(trackingNumber, phone).map(views::lookup);
    }

    /**
     * The applicant adds the material the department asked for (a note, files, or both): the
     * clock runs again from the next working day, and the application goes back to where it was.
     */
    @Transactional
    public ApplicationLookup supplement(String trackingNumber, String phone, String note, List<Upload> uploads) {
        Application a = applications.byNumberAndPhone(trackingNumber, phone).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (a.state != ApplicationState.AWAITING_MATERIAL) {
            throw new ConflictException("这件申报当前不需要补正材料。");
        }
        String text = ApplicationRules.text("note", note, ApplicationRules.MAX_NOTE, false, "补正说明").orElse(null);
        List<ApplicationRules.CheckedFile> files = ApplicationRules.supplement(uploads);
        if (text == null && files.isEmpty()) {
            throw new InvalidInputException("files", "请上传补正材料或填写补正说明");
        }
        OffsetDateTime now = clock.now();
        LocalDate today = ApplicationClock.date(now);
        a.pausedDays += clock.pauseLength(a.pausedSince, today);
        a.pausedSince = null;
        a.state = a.resumeState == null ? ApplicationState.SUBMITTED : a.resumeState;
        a.resumeState = null;
        a.materialRequest = null;
        a.dueOn = clock.dueOn(ApplicationClock.date(a.receivedAt), a.timeLimitDays, a.pausedDays);
        ApplicationEvent event = applications.record(a, ApplicationStep.SUPPLEMENT, APPLICANT, now, text);
        applications.store(a, event, files, now);
        return views.lookup(a);
    }

    /** The applicant rates a decided application once (好差评); ratings feed the figures. */
    @Transactional
    public ApplicationLookup rate(String trackingNumber, String phone, Integer score, String comment) {
        Application a = applications.byNumberAndPhone(trackingNumber, phone).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Satisfaction rating = score == null ? null : Satisfaction.ofScore(score).orElse(null);
        if (rating == null) {
            throw new InvalidInputException("score", "请选择评价：非常满意、满意、基本满意、不满意或非常不满意");
        }
        String text = ApplicationRules.text("comment", comment, ApplicationRules.MAX_COMMENT, false, "评价意见").orElse(null);
        if (a.state.isOpen()) {
            throw new ConflictException("办结后才能评价。");
        }
        if (a.rating != null) {
            throw new ConflictException("这件申报已经评价过了，每件申报只能评价一次。");
        }
        OffsetDateTime now = clock.now();
        a.rating = rating.score();
        a.ratingComment = text;
        a.ratedAt = now;
        applications.record(a, ApplicationStep.RATE, APPLICANT, now, rating.label());
        publicVersion.changed();
        return views.lookup(a);
    }

    private static void requireOpen(GuideTerms guide) {
        if (guide == null || !guide.open()) {
            throw new NotFoundException("该事项暂未开通在线申报。");
        }
    }

    private String freshNumber(LocalDate today) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String number = TrackingNumbers.next(today);
            boolean taken = em.createQuery("SELECT count(a) FROM Application a WHERE a.trackingNumber = :n", Long.class)
                    .setParameter("n", number).getSingleResult() > 0;
            if (!taken) {
                return number;
            }
        }
        throw new IllegalStateException("No free tracking number after 5 attempts: the generator is broken");
    }
}
