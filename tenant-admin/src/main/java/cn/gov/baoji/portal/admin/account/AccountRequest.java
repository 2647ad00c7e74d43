package cn.gov.baoji.portal.admin.account;

import java.util.List;

/**
 * A new account as the city office (or a webmaster) fills it in.
 *
 * @param county tenant code, empty for a city administrator
 * @param role role key: city-admin, webmaster, editor or contributor
 * @param department department or township, required for contributors
 */
public record AccountRequest(String username, String name, String phone, String email, String county, String role,
        String department) {

    /** Role bindings as sent to change an account's roles. */
    public record Bindings(List<BindingRequest> bindings) {
    }

    /** One requested (county, role) pair. */
    public record BindingRequest(String county, String role, String department) {
    }
}
