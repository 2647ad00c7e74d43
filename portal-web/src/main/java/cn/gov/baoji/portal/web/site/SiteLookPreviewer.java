package cn.gov.baoji.portal.web.site;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.admin.look.LookPreviewer;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.web.content.PublicContent;

/** The home page of the request's county with a look that is not published. */
@RequestScoped
public class SiteLookPreviewer implements LookPreviewer {

    private final SitePages pages;
    private final PublicContent content;

    SiteLookPreviewer(SitePages pages, PublicContent content) {
        this.pages = pages;
        this.content = content;
    }

    @Override
    public String previewHome(LookSettings look) {
        return pages.render("home", Map.of("blocks", content.homeBlocks(6)), look, "/admin/look/preview.css");
    }
}
