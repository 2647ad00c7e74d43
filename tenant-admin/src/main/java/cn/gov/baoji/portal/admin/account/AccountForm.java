package cn.gov.baoji.portal.admin.account;

import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;

/** The back office's "new account" form as posted; shown again as typed after a refusal. */
public class AccountForm {

    @RestForm
    public String username;
    @RestForm
    public String name;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    /** A {@link CountyRole} key. */
    @RestForm
    public String role;
    @RestForm
    public String department;

    /** An empty form, with the most common choice preselected. */
    static AccountForm blank() {
        AccountForm form = new AccountForm();
        form.role = CountyRole.CONTRIBUTOR.key();
        return form;
    }

    CountyAccounts.NewAccount toNewAccount() {
        return new CountyAccounts.NewAccount(username, name, phone, email, role, department);
    }

    /** What the form's inputs show: exactly what was typed, never null. */
    public record Typed(String username, String name, String phone, String email, String role, String department) {
    }

    Typed typed() {
        return new Typed(text(username), text(name), text(phone), text(email), text(role), text(department));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
