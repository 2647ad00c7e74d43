package cn.gov.baoji.portal.admin.service;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;

/** The console's item form as posted: city fields of one service item, and what the page showed. */
public class ItemForm {

    @RestForm
    public String code;
    @RestForm
    public String name;
    @RestForm
    public String kind;
    @RestForm
    public String legalBasis;
    @RestForm
    public List<String> audiences;
    @RestForm
    public List<String> events;
    /** "all" for every county (also those opened later), otherwise the checked counties. */
    @RestForm
    public String offer;
    @RestForm
    public List<String> counties;
    @RestForm
    public long revision;
    @RestForm
    public int basedOn;

    ItemInput input() {
        return new ItemInput(code == null ? null : code.strip(), name, kind, legalBasis, nz(audiences), nz(events),
                "all".equals(offer), nz(counties));
    }

    private static List<String> nz(List<String> values) {
        return values == null ? List.of() : values;
    }
}
