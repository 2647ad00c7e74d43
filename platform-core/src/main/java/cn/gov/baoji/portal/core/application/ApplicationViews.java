package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.time.ChinaTime;

/** Turns stored applications into what the back office and the applicant read, times as Beijing reads clocks. */
@ApplicationScoped
class ApplicationViews {

    private final EntityManager em;
    private final Applications applications;
    private final ApplicationClock clock;

    ApplicationViews(EntityManager em, Applications applications, ApplicationClock clock) {
        this.em = em;
        this.applications = applications;
        this.clock = clock;
    }

    ApplicationDetail detail(Application a) {
        ApplicationFormVersion version = em.find(ApplicationFormVersion.class, a.formVersionId);
        FormDefinition definition = FormDefinitions.fromJson(version.definitionJson);
        Map<String, String> typed = Applications.values(a.valuesJson);
        List<ApplicationDetail.Value> values = new ArrayList<>();
        for (FormField f : definition.fields()) {
            values.add(new ApplicationDetail.Value(f.key(), f.label(), f.kind().key(), f.kind().label(),
                    typed.getOrDefault(f.key(), "")));
        }
        List<ApplicationDetail.FileInfo> files = em.createQuery("FROM ApplicationFile WHERE applicationId = :a ORDER BY id",
                ApplicationFile.class).setParameter("a", a.getId()).getResultList().stream()
                .map(f -> new ApplicationDetail.FileInfo(f.getId(), f.label, f.fileName, f.contentType, f.sizeBytes,
                        local(f.createdAt)))
                .toList();
        List<ApplicationDetail.Event> events = events(a).stream()
                .map(e -> new ApplicationDetail.Event(e.step.name(), e.step.label(), e.actorName, local(e.at), e.comment))
                .toList();
        Satisfaction rating = a.rating == null ? null : Satisfaction.ofScore(a.rating).orElse(null);
        return new ApplicationDetail(a.getId(), TrackingNumbers.grouped(a.trackingNumber), a.serviceCode, a.serviceName,
                a.departmentCode, applications.departmentName(a.departmentCode), a.applicant, a.phone, a.state.key(),
                a.state.label(), local(a.receivedAt), a.timeLimitDays, a.dueOn, daysLeft(a), overdue(a),
                a.pausedSince != null, a.pausedSince, a.pausedDays, a.materialRequest, local(a.acceptedAt),
                local(a.completedAt), a.elapsedDays, a.onTime, a.result, rating == null ? null : rating.label(),
                a.ratingComment, local(a.ratedAt), version.number, values, files, events,
                a.state == ApplicationState.SUBMITTED,
                a.state == ApplicationState.SUBMITTED || a.state == ApplicationState.ACCEPTED,
                a.state == ApplicationState.ACCEPTED, a.state.isOpen(), a.version);
    }

    List<ApplicationRow> rows(List<Application> found) {
        Map<String, String> names = applications.departmentNames();
        return found.stream().map(a -> new ApplicationRow(a.getId(), TrackingNumbers.grouped(a.trackingNumber), a.serviceName,
                names.getOrDefault(a.departmentCode, a.departmentCode), a.applicant, a.state.key(), a.state.label(),
                local(a.receivedAt), a.dueOn, daysLeft(a), overdue(a), a.pausedSince != null)).toList();
    }

    ApplicationLookup lookup(Application a) {
        String department = applications.departmentName(a.departmentCode);
        List<ApplicationLookup.Step> timeline = events(a).stream()
                .map(e -> new ApplicationLookup.Step(e.step.name(), e.step.label(), byCitizen(e.step) ? "申请人" : department,
                        local(e.at), e.comment))
                .toList();
        boolean completed = a.state == ApplicationState.APPROVED || a.state == ApplicationState.REFUSED;
        Satisfaction rating = a.rating == null ? null : Satisfaction.ofScore(a.rating).orElse(null);
        return new ApplicationLookup(TrackingNumbers.grouped(a.trackingNumber), a.serviceCode, a.serviceName, a.departmentCode,
                department,
                a.state.key(), a.state.label(), local(a.receivedAt), a.timeLimitDays, a.dueOn, a.pausedSince != null,
                a.state == ApplicationState.AWAITING_MATERIAL ? a.materialRequest : null, local(a.completedAt),
                completed ? a.result : null, timeline, a.state == ApplicationState.AWAITING_MATERIAL,
                completed && a.rating == null, rating == null ? null : rating.label());
    }

    /** Working days left while the clock runs; null when it stands still or the application is decided. */
    Integer daysLeft(Application a) {
        if (!a.state.isOpen() || a.pausedSince != null) {
            return null;
        }
        return clock.daysLeft(ApplicationClock.date(a.receivedAt), a.timeLimitDays, a.pausedDays, null);
    }

    boolean overdue(Application a) {
        return a.state.isOpen() && a.dueOn != null && clock.today().isAfter(a.dueOn);
    }

    private List<ApplicationEvent> events(Application a) {
        return em.createQuery("FROM ApplicationEvent WHERE applicationId = :a ORDER BY id", ApplicationEvent.class)
                .setParameter("a", a.getId()).getResultList();
    }

    private static boolean byCitizen(ApplicationStep step) {
        return step == ApplicationStep.SUBMIT || step == ApplicationStep.SUPPLEMENT || step == ApplicationStep.RATE;
    }

    static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }
}
