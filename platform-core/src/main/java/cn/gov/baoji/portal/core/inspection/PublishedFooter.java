package cn.gov.baoji.portal.core.inspection;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteService;

/** The footer facts the public pages of the current county show: the published look's, else the registered ones. */
@ApplicationScoped
class PublishedFooter {

    private final LookStore looks;
    private final SiteService site;

    PublishedFooter(LookStore looks, SiteService site) {
        this.looks = looks;
        this.site = site;
    }

    Optional<LookSettings> look() {
        return looks.published().map(LookStore.Saved::settings);
    }

    SiteFooter footer(Optional<LookSettings> look) {
        FooterFacts own = look.map(LookSettings::footer).orElse(null);
        return own != null ? own.siteFooter() : site.footer();
    }

    /** The county's 网站标识码 as shown, or the registered one. */
    String siteIdentifier(Optional<LookSettings> look, String registered) {
        FooterFacts own = look.map(LookSettings::footer).orElse(null);
        return own != null && own.siteIdentifier() != null ? own.siteIdentifier() : registered;
    }
}
