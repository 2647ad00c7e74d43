package cn.gov.baoji.portal.admin.look;

import java.util.List;

import cn.gov.baoji.portal.core.look.LookSettings;

/**
 * Renders the county's home page with a look that is not published yet: for the webmaster's
 * preview, and to prove before saving that template overrides render with the real data.
 * Implemented by the public site (portal-web), which knows what pages show.
 */
public interface LookPreviewer {

    String previewHome(LookSettings look);

    /**
     * One page of every kind the site has, rendered with the look and the county's real data, the
     * way the webmaster's preview shows them.
     */
    List<String> previewEveryKindOfPage(LookSettings look);
}
