package cn.gov.baoji.portal.admin.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.security.RoleBinding;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The rules of a webmaster's own county accounts (信息员, 部门审核员, 审核员), for the back-office pages
 * and {@code /api/admin/accounts} alike: only this county's contributors and editors can be seen or
 * changed, and a department binding must name one of this county's departments or townships.
 */
@ApplicationScoped
public class CountyAccounts {

    public static final int PAGE_SIZE = 20;
    /** Members read per role group; a county has tens of such accounts, not thousands. */
    private static final int MAX_MEMBERS = 2000;
    private static final Set<Role> MANAGED = Set.of(Role.CONTRIBUTOR, Role.EDITOR);

    private final AccountService accounts;
    private final DepartmentService departments;
    private final TenantContext tenant;

    CountyAccounts(AccountService accounts, DepartmentService departments, TenantContext tenant) {
        this.accounts = accounts;
        this.departments = departments;
        this.tenant = tenant;
    }

    /**
     * What the list asks for; blank or unknown values mean "any".
     *
     * @param state {@code enabled} or {@code disabled}
     */
    public record Filter(String query, String role, String department, String state, int page) {
    }

    /** One page of the list. */
    public record Page(List<CountyAccount> accounts, int page, int pages, int total) {
    }

    /** A new account as typed; {@code role} is a {@link CountyRole} key. */
    public record NewAccount(String username, String name, String phone, String email, String role,
            String department) {
    }

    /**
     * One page of the county's accounts matching the filter, by username. Two calls to Keycloak (one
     * per role group) whatever the number of accounts.
     */
    public Page list(Filter filter) {
        List<CountyAccount> matching = search(filter);
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, filter.page()), pages);
        List<CountyAccount> shown = matching.subList((page - 1) * PAGE_SIZE,
                Math.min(matching.size(), page * PAGE_SIZE));
        return new Page(new ArrayList<>(shown), page, pages, matching.size());
    }

    /** Every account matching the filter (its page ignored), by username. */
    public List<CountyAccount> search(Filter filter) {
        TenantCode county = county();
        Map<String, String> names = departmentNames();
        Map<String, CountyAccount> byId = new LinkedHashMap<>();
        // Editors first: someone in both groups is shown with the higher role.
        for (Role role : List.of(Role.EDITOR, Role.CONTRIBUTOR)) {
            for (AccountService.Member m : accounts.members(new RoleBinding(county.value(), role, null), MAX_MEMBERS)) {
                byId.putIfAbsent(m.id(), row(m, role, county, names));
            }
        }
        String q = filter.query() == null ? "" : filter.query().strip().toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(a -> q.isEmpty() || contains(a.username(), q) || contains(a.name(), q))
                .filter(a -> CountyRole.fromKey(filter.role()).map(r -> r == a.role()).orElse(true))
                .filter(a -> blank(filter.department()) || filter.department().equals(a.department()))
                .filter(a -> !"enabled".equals(filter.state()) || a.enabled())
                .filter(a -> !"disabled".equals(filter.state()) || !a.enabled())
                .sorted(Comparator.comparing(CountyAccount::username))
                .toList();
    }

    /** One account of this county; refused (403) for any other account. */
    public CountyAccount get(String id) {
        requireManaged(id);
        return row(accounts.get(id));
    }

    /** Creates the account with a one-time password; nothing is created if any rule refuses. */
    public AccountView.WithPassword create(NewAccount input) {
        AccountRequest profile = new AccountRequest(input.username(), input.name(), input.phone(), input.email(),
                county().value(), null, null);
        AccountRules.validateProfile(profile);
        CountyRole role = CountyRole.fromKey(input.role())
                .orElseThrow(() -> new InvalidInputException("role", "请选择角色：信息员、部门审核员或审核员"));
        String department = role.hasDepartment() ? department(input.department()) : null;
        return accounts.create(new AccountRequest(input.username(), input.name(), input.phone(), input.email(),
                county().value(), role.role().key(), department));
    }

    public CountyAccount setEnabled(String id, boolean enabled) {
        requireManaged(id);
        return row(accounts.setEnabled(id, enabled));
    }

    public AccountView.WithPassword resetPassword(String id) {
        requireManaged(id);
        return accounts.resetPassword(id);
    }

    /** Binds a contributor or department reviewer to another department or township of this county. */
    public CountyAccount changeDepartment(String id, String code) {
        CountyAccount current = get(id);
        if (!current.role().hasDepartment()) {
            throw new InvalidInputException("department", "区县审核员不绑定部门，无需修改");
        }
        String department = department(code);
        return row(accounts.changeBindings(id, List.of(new AccountRequest.BindingRequest(county().value(),
                current.role().role().key(), department))));
    }

    /** The county's departments and townships, for the forms' choices. */
    public List<Department> departments() {
        return departments.all();
    }

    private void requireManaged(String id) {
        accounts.requireOnlyRolesIn(id, county(), MANAGED);
    }

    /** A department or township of this county, by code; anything else is refused with the reason. */
    private String department(String code) {
        String value = code == null ? "" : code.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("department", "请选择所属部门或乡镇");
        }
        if (!AccountRules.isDepartmentCode(value) || departments.byCode(value).isEmpty()) {
            throw new InvalidInputException("department", "本区县没有这个部门或乡镇，请从列表中选择");
        }
        return value;
    }

    private CountyAccount row(AccountView view) {
        TenantCode county = county();
        AccountView.BindingView binding = view.bindings().stream().filter(b -> county.value().equals(b.county()))
                // The highest role here (a lower ordinal is a higher role).
                .min(Comparator.comparing(b -> Role.fromKey(b.role()).map(Role::ordinal).orElse(Integer.MAX_VALUE)))
                .orElseThrow();
        CountyRole role = CountyRole.of(Role.fromKey(binding.role()).orElseThrow(), binding.department());
        return new CountyAccount(view.id(), view.username(), view.name(), view.phone(), view.email(), view.enabled(),
                view.mustChangePassword(), role, binding.department(),
                binding.department() == null ? null : departmentNames().get(binding.department()));
    }

    private static CountyAccount row(AccountService.Member m, Role role, TenantCode county, Map<String, String> names) {
        String prefix = county.value() + ":";
        String department = m.departments().stream().filter(d -> d.startsWith(prefix))
                .map(d -> d.substring(prefix.length())).findFirst().orElse(null);
        return new CountyAccount(m.id(), m.username(), m.name(), m.phone(), m.email(), m.enabled(),
                m.mustChangePassword(), CountyRole.of(role, department), department,
                department == null ? null : names.getOrDefault(department, department));
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::getCode, Department::getName,
                (a, b) -> a));
    }

    private TenantCode county() {
        return tenant.require().code();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean contains(String value, String q) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(q);
    }
}
