package cn.gov.baoji.portal.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * Issues 索引号 for disclosure items: {@code <organisation code>/<year>-<serial>}, a serial per
 * department and year. The organisation code is the department's 统一社会信用代码, or the county's
 * division code with the department code where that is not recorded yet.
 */
@ApplicationScoped
class IndexNumbers {

    private final EntityManager em;
    private final TenantContext tenant;

    IndexNumbers(EntityManager em, TenantContext tenant) {
        this.em = em;
        this.tenant = tenant;
    }

    String next(Department department, int year) {
        // One statement, so concurrent publications of one department never share a serial.
        Number serial = (Number) em.createNativeQuery("INSERT INTO index_number_counter (department_id, year, next_value)"
                + " VALUES (:department, :year, 2) ON CONFLICT (department_id, year)"
                + " DO UPDATE SET next_value = index_number_counter.next_value + 1 RETURNING next_value - 1")
                .setParameter("department", department.getId()).setParameter("year", year).getSingleResult();
        String organisation = department.getOrgCode() != null ? department.getOrgCode()
                : tenant.require().divisionCode() + department.getCode().toUpperCase(java.util.Locale.ROOT);
        return "%s/%d-%05d".formatted(organisation, year, serial.intValue());
    }
}
