package cn.gov.baoji.portal.web.site;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.admin.look.LookPreviewer;
import cn.gov.baoji.portal.core.look.LookSettings;

/** The home page of the request's county with a look that is not published. */
@RequestScoped
public class SiteLookPreviewer implements LookPreviewer {

    private final SitePages pages;

    SiteLookPreviewer(SitePages pages) {
        this.pages = pages;
    }

    @Override
    public String previewHome(LookSettings look) {
        return pages.renderHome(look, LookLinks.PREVIEW);
    }
}
