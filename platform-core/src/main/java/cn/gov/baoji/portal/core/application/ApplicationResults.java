package cn.gov.baoji.portal.core.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 办理结果公示: approved applications, newest first, with the item, the department, the dates and
 * the fields the webmaster chose for the item. Nothing else of the application leaves: not the
 * applicant, not the phone, not the tracking number, not the department's text to the applicant,
 * and never a field that is an ID number or a phone, even if an old choice named one.
 */
@ApplicationScoped
public class ApplicationResults {

    public static final int MAX_PAGE_SIZE = 50;
    static final String APPROVED = "准予办理";

    private final EntityManager em;
    private final Applications applications;
    private final ApplicationForms forms;

    ApplicationResults(EntityManager em, Applications applications, ApplicationForms forms) {
        this.em = em;
        this.applications = applications;
        this.forms = forms;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationPage<PublicResult> list(int page, int size) {
        int s = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int p = Math.max(1, page);
        long total = em.createQuery("SELECT count(a) FROM Application a WHERE a.state = :s", Long.class)
                .setParameter("s", ApplicationState.APPROVED).getSingleResult();
        List<Application> found = em.createQuery("FROM Application a WHERE a.state = :s ORDER BY a.completedAt DESC, a.id DESC",
                Application.class).setParameter("s", ApplicationState.APPROVED).setFirstResult((p - 1) * s).setMaxResults(s)
                .getResultList();
        Map<String, List<String>> shown = forms.resultFieldsByService();
        Map<String, String> departments = applications.departmentNames();
        Map<Long, FormDefinition> versions = new HashMap<>();
        List<PublicResult> results = new ArrayList<>();
        for (Application a : found) {
            FormDefinition definition = versions.computeIfAbsent(a.formVersionId, forms::version);
            Map<String, String> values = Applications.values(a.valuesJson);
            List<PublicResult.Shown> fields = new ArrayList<>();
            for (String key : shown.getOrDefault(a.serviceCode, List.of())) {
                definition.field(key).filter(f -> !f.kind().personal())
                        .ifPresent(f -> fields.add(new PublicResult.Shown(f.label(), values.getOrDefault(key, ""))));
            }
            results.add(new PublicResult(a.serviceCode, a.serviceName, departments.getOrDefault(a.departmentCode, a.departmentCode),
                    ApplicationClock.date(a.receivedAt), ApplicationClock.date(a.completedAt), APPROVED, fields));
        }
        return new ApplicationPage<>(results, total, p, s);
    }
}
