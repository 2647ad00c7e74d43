package cn.gov.baoji.portal.web.site;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import cn.gov.baoji.portal.core.look.LookStore;

/** The county's published custom CSS (checked by CssPolicy when saved). */
@Path("/look.css")
public class LookCssResource {

    private final LookStore looks;

    LookCssResource(LookStore looks) {
        this.looks = looks;
    }

    @GET
    @Produces("text/css;charset=UTF-8")
    public String css() {
        return looks.published().map(s -> s.settings().customCss()).filter(c -> c != null).orElse("");
    }
}
