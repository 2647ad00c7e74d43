package cn.gov.baoji.portal.admin.inspection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.admin.account.AccountService;
import cn.gov.baoji.portal.core.inspection.InspectionRecipients;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.security.RoleBinding;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/** The daily summary goes to the county's enabled webmaster accounts that have an e-mail address. */
@ApplicationScoped
class WebmasterRecipients implements InspectionRecipients {

    /** More webmasters than this in one county would be a mistake, not a mailing list. */
    private static final int MAX = 50;

    private final AccountService accounts;

    WebmasterRecipients(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<String> of(TenantCode county) {
        return accounts.members(new RoleBinding(county.value(), Role.WEBMASTER, null), MAX).stream()
                .filter(AccountService.Member::enabled).map(AccountService.Member::email)
                .filter(e -> e != null && !e.isBlank()).distinct().sorted().toList();
    }
}
