package cn.gov.baoji.portal.core.inspection;

import java.util.List;

import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Who receives a county's daily self-inspection summary: its webmasters' own e-mail addresses, as the
 * identity provider keeps them (the back office implements this over Keycloak). Never the footer's
 * public contact address: the summary is internal work, and lists citizens' unanswered messages.
 */
public interface InspectionRecipients {

    /**
     * The addresses, possibly none.
     *
     * @throws RuntimeException when they cannot be read now (the summary is then tried again later)
     */
    List<String> of(TenantCode county);
}
