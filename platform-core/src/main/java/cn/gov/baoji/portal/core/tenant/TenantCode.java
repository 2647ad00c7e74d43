package cn.gov.baoji.portal.core.tenant;

import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * A validated tenant code such as {@code weibin}; the only source of tenant schema names.
 */
public record TenantCode(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]{1,30}");

    /** Schema used when no tenant is bound: it holds no tables, so a stray query fails instead of leaking. */
    public static final String NO_TENANT_SCHEMA = "no_tenant";

    public TenantCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("code", "站点代码只能由小写字母开头的 2 至 31 位小写字母和数字组成");
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The PostgreSQL schema of this tenant; safe to splice into SQL because the code is validated. */
    public String schema() {
        return "tenant_" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
