package cn.gov.baoji.portal.core.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * What the back office lists: a department's applications (the webmaster: the whole county's) by
 * state, soonest due first, with days left and overdue flags; one application with its history and
 * files; and the counts of the work list. Another department's applications do not exist for the caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueues {

    public static final int MAX_SIZE = 100;

    private final EntityManager em;
    private final Applications applications;
    private final ApplicationViews views;
    private final ApplicationClock clock;

    ApplicationQueues(EntityManager em, Applications applications, ApplicationViews views, ApplicationClock clock) {
        this.em = em;
        this.applications = applications;
        this.views = views;
        this.clock = clock;
    }

    /**
     * How much waits for the caller; all zero for people who handle no applications.
     *
     * @param open undecided, in the caller's scope
     * @param overdue of those, past their due date (the clock running)
     */
    public record Counts(long awaitingAcceptance, long open, long awaitingMaterial, long overdue, boolean handles) {
    }

    /** A back-office search; every field may be null. */
    public record Filter(ApplicationState state, Boolean open, Boolean overdue, String department, int page, int size) {
    }

    /** A file with its bytes, for the people who may see the application. */
    public record FileContent(String fileName, String contentType, byte[] bytes) {
    }

    public Counts counts(Actor actor) {
        ApplicationPolicy policy = applications.policy(actor);
        if (!policy.isWebmaster() && policy.ownDepartment().isEmpty()) {
            return new Counts(0, 0, 0, 0, false);
        }
        Map<String, Object> scope = new HashMap<>();
        String in = scope(policy, null, scope);
        long waiting = count("a.state = :s" + in, with(scope, "s", ApplicationState.SUBMITTED));
        long open = count("a.state IN :open" + in, with(scope, "open", ApplicationState.OPEN));
        long material = count("a.state = :s" + in, with(scope, "s", ApplicationState.AWAITING_MATERIAL));
        long overdue = count("a.state IN :open AND a.dueOn < :today" + in,
                with(with(scope, "open", ApplicationState.OPEN), "today", clock.today()));
        return new Counts(waiting, open, material, overdue, true);
    }

    /**
     * Applications in the caller's scope: open ones soonest due first (paused last), others newest first.
     * A department's officers always get their own department's; the webmaster the one named, or all.
     */
    public ApplicationPage<ApplicationRow> list(Actor actor, Filter filter) {
        ApplicationPolicy policy = applications.policy(actor);
        policy.requireBackOffice();
        int size = Math.max(1, Math.min(MAX_SIZE, filter.size()));
        int page = Math.max(1, filter.page());
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1").append(scope(policy, filter.department(), params));
        boolean open = filter.state() == null ? Boolean.TRUE.equals(filter.open()) : filter.state().isOpen();
        if (filter.state() != null) {
            where.append(" AND a.state = :state");
            params.put("state", filter.state());
        } else if (Boolean.TRUE.equals(filter.open())) {
            where.append(" AND a.state IN :open");
            params.put("open", ApplicationState.OPEN);
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" AND a.state IN :openStates AND a.dueOn < :today");
            params.put("openStates", ApplicationState.OPEN);
            params.put("today", clock.today());
            open = true;
        }
        String order = open ? " ORDER BY a.dueOn NULLS LAST, a.receivedAt, a.id" : " ORDER BY a.receivedAt DESC, a.id DESC";
        long total = count(where.toString(), params);
        TypedQuery<Application> query = em.createQuery("SELECT a FROM Application a WHERE " + where + order, Application.class);
        params.forEach(query::setParameter);
        List<Application> found = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ApplicationPage<>(views.rows(found), total, page, size);
    }

    public ApplicationDetail detail(Actor actor, long id) {
        return views.detail(visible(actor, id));
    }

    /** The application a citizen reads the tracking number of, in the caller's scope. */
    public Optional<ApplicationDetail> byTrackingNumber(Actor actor, String trackingNumber) {
        ApplicationPolicy policy = applications.policy(actor);
        policy.requireBackOffice();
        return TrackingNumbers.normalize(trackingNumber)
                .flatMap(n -> em.createQuery("FROM Application WHERE trackingNumber = :n", Application.class)
                        .setParameter("n", n).getResultStream().findFirst())
                .filter(a -> policy.handles(a.departmentCode)).map(views::detail);
    }

    public FileContent file(Actor actor, long id, long fileId) {
        Application a = visible(actor, id);
        ApplicationFile file = em.find(ApplicationFile.class, fileId);
        if (file == null || !file.applicationId.equals(a.getId())) {
            throw new NotFoundException("附件不存在");
        }
        ApplicationFileContent content = em.find(ApplicationFileContent.class, fileId);
        return new FileContent(file.fileName, file.contentType, content.bytes);
    }

    private Application visible(Actor actor, long id) {
        ApplicationPolicy policy = applications.policy(actor);
        policy.requireBackOffice();
        Application a = em.find(Application.class, id);
        if (a == null || !policy.handles(a.departmentCode)) {
            throw new NotFoundException("申报件不存在");
        }
        return a;
    }

    /** The department condition: the officer's own, or the one a webmaster picked; none for the whole county. */
    private String scope(ApplicationPolicy policy, String department, Map<String, Object> params) {
        Optional<String> own = policy.ownDepartment();
        String code = own.orElse(department == null || department.isBlank() ? null : department.strip());
        if (code == null) {
            return "";
        }
        params.put("department", code);
        return " AND a.departmentCode = :department";
    }

    private long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("SELECT count(a) FROM Application a WHERE " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(key, value);
        return copy;
    }
}
