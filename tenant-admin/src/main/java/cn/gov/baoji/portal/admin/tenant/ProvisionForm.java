package cn.gov.baoji.portal.admin.tenant;

import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.site.SiteFooter;

/** The console's provisioning form as posted; shown again as typed when it is refused. */
public class ProvisionForm {

    @RestForm
    public String code;
    @RestForm
    public String name;
    @RestForm
    public String siteName;
    @RestForm
    public String kind;
    @RestForm
    public String divisionCode;
    @RestForm
    public String siteIdentifier;
    @RestForm
    public String theme;
    /** One host per line (or separated by spaces or commas); the first is the canonical one. */
    @RestForm
    public String domains;
    @RestForm
    public String organizer;
    @RestForm
    public String undertaker;
    @RestForm
    public String icpNumber;
    @RestForm
    public String policeRecordNumber;
    @RestForm
    public String address;
    @RestForm
    public String phone;
    @RestForm
    public String email;

    /** An empty form, with the usual choices made. */
    static ProvisionForm blank() {
        ProvisionForm form = new ProvisionForm();
        form.kind = "COUNTY";
        form.theme = "classic";
        return form;
    }

    ConsoleTenantResource.ProvisionRequest toRequest() {
        List<String> hosts = domains == null ? List.of()
                : Arrays.stream(domains.split("[\\s,，、]+")).filter(s -> !s.isBlank()).toList();
        return new ConsoleTenantResource.ProvisionRequest(trim(code), name, siteName, kind, trim(divisionCode),
                trim(siteIdentifier), trim(theme), hosts,
                new SiteFooter(organizer, undertaker, icpNumber, policeRecordNumber, address, phone, email));
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
