package cn.gov.baoji.portal.admin.account;

import java.util.List;

/** An account as the consoles show it. */
public record AccountView(String id, String username, String name, String phone, String email, boolean enabled,
        boolean mustChangePassword, List<BindingView> bindings) {

    /** One role of the account, with names for people. */
    public record BindingView(String county, String countyName, String role, String roleLabel, String department) {
    }

    /** An account just created or reset, with the one-time password to hand over. */
    public record WithPassword(AccountView account, String oneTimePassword) {
    }
}
