package cn.gov.baoji.portal.admin.account;

/**
 * A county account as its webmaster sees it: one role in this county and, for contributors and
 * department reviewers, the department or township it is bound to.
 */
public record CountyAccount(String id, String username, String name, String phone, String email, boolean enabled,
        boolean mustChangePassword, CountyRole role, String department, String departmentName) {
}
