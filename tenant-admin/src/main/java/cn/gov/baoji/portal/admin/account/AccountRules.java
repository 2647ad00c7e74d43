package cn.gov.baoji.portal.admin.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.security.RoleBinding;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;

/** Checks account input before anything is sent to Keycloak, so a refused request changes nothing. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
    /** A department's code (as in the county's department list), never its name. */
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9]{0,15}");

    /** Keycloak names the accounts of its clients so; such a user would pass for a system account. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private AccountRules() {
    }

    /** Whether this could be a department or township code (the county's list decides whether it is one). */
    static boolean isDepartmentCode(String code) {
        return code != null && DEPARTMENT_CODE.matcher(code).matches();
    }

    static void validateProfile(AccountRequest request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("username", "用户名须为 3 至 40 位小写字母、数字、点、下划线或连字符，以字母开头");
        }
        if (request.username().startsWith(SERVICE_ACCOUNT_PREFIX)) {
            throw new InvalidInputException("username", "用户名不能以 service-account- 开头，该前缀保留给系统服务账号");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new InvalidInputException("name", "姓名不能为空，且不能超过 40 个字");
        }
        if (request.phone() != null && !request.phone().isBlank()
                && !MOBILE.matcher(request.phone()).matches() && !LANDLINE.matcher(request.phone()).matches()) {
            throw new InvalidInputException("phone", "电话号码格式不正确，请填写 11 位手机号或带区号的固定电话");
        }
        if (request.email() != null && !request.email().isBlank() && !EMAIL.matcher(request.email()).matches()) {
            throw new InvalidInputException("email", "电子邮箱格式不正确");
        }
    }

    static List<RoleBinding> bindings(List<AccountRequest.BindingRequest> requested, TenantDirectory directory) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("bindings", "至少需要一个角色");
        }
        Set<RoleBinding> result = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            AccountRequest.BindingRequest b = requested.get(i);
            if (b == null) {
                throw new InvalidInputException("bindings[" + i + "]", "角色不能为空，每项须给出 county 和 role");
            }
            result.add(binding(b.county(), b.role(), b.department(), directory));
        }
        return new ArrayList<>(result);
    }

    static RoleBinding binding(String county, String roleKey, String department, TenantDirectory directory) {
        Role role = Role.fromKey(roleKey == null ? "" : roleKey)
                .orElseThrow(() -> new InvalidInputException("role", "角色无效，可选：city-admin、webmaster、editor、contributor"));
        if (role == Role.CITY_ADMIN) {
            return new RoleBinding(null, role, null);
        }
        requireCounty(county, directory);
        String dept = department == null ? "" : department.strip();
        if (role == Role.CONTRIBUTOR) {
            if (!DEPARTMENT_CODE.matcher(dept).matches()) {
                throw new InvalidInputException("department", "信息员须填写所属部门或乡镇的代码");
            }
            return new RoleBinding(county, role, dept);
        }
        if (role == Role.EDITOR && !dept.isEmpty()) {
            // An editor with a department is that department's reviewer (部门审核员).
            if (!DEPARTMENT_CODE.matcher(dept).matches()) {
                throw new InvalidInputException("department", "部门审核员所属部门或乡镇的代码格式不正确");
            }
            return new RoleBinding(county, role, dept);
        }
        return new RoleBinding(county, role, null);
    }

    /** A county named in a request must be one of the platform's: a request naming another is bad input. */
    static void requireCounty(String county, TenantDirectory directory) {
        if (county == null || !TenantCode.isValid(county) || directory.findByCode(TenantCode.of(county)).isEmpty()) {
            throw new InvalidInputException("county", "区县不存在：" + (county == null ? "" : county));
        }
    }
}
