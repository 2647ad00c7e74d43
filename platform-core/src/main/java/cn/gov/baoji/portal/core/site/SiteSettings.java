package cn.gov.baoji.portal.core.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of a site's footer facts. Lives in the tenant's own schema. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    static final short SINGLE_ROW_ID = 1;

    @Id
    private Short id;

    @Column(nullable = false)
    private String organizer;
    private String undertaker;
    @Column(name = "icp_number")
    private String icpNumber;
    @Column(name = "police_record_number")
    private String policeRecordNumber;
    private String address;
    private String phone;
    private String email;
    @Column(name = "primary_color")
    private String primaryColor;
    @Column(name = "secondary_color")
    private String secondaryColor;

    protected SiteSettings() {
    }

    public SiteLook look() {
        return new SiteLook(primaryColor, secondaryColor);
    }

    public SiteFooter footer() {
        return new SiteFooter(organizer, undertaker, icpNumber, policeRecordNumber, address, phone, email);
    }
}
