package cn.gov.baoji.portal.core.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.service.GuideView;
import cn.gov.baoji.portal.core.service.ServiceDirectory;
import cn.gov.baoji.portal.core.service.ServiceGuides;

/**
 * What applications take from the county's service guides (the service catalogue's side), through
 * its public services: for citizens, the published guides open for online application; for the
 * webmaster's form editor, every guide of the county, written or not.
 */
@ApplicationScoped
public class ApplicationGuides {

    private final ServiceDirectory directory;
    private final ServiceGuides guides;

    ApplicationGuides(ServiceDirectory directory, ServiceGuides guides) {
        this.directory = directory;
        this.guides = guides;
    }

    /**
     * The item, if its guide is published with online application switched on (and names the
     * department that handles applications); other items cannot be applied for.
     */
    public Optional<GuideTerms> open(String code) {
        String c = code == null ? "" : code.strip();
        return directory.all().stream()
                .filter(e -> e.item().code().equals(c) && e.online() && e.departmentCode() != null)
                .findFirst()
                .map(e -> new GuideTerms(c, e.item().name(), e.departmentCode(),
                        e.timeLimitDays() == null ? 0 : e.timeLimitDays(), true));
    }

    /** The item, if its guide is published, whether or not online application is open (e.g. to complain about it). */
    public Optional<GuideTerms> published(String code) {
        String c = code == null ? "" : code.strip();
        return directory.all().stream().filter(e -> e.item().code().equals(c)).findFirst()
                .map(e -> new GuideTerms(c, e.item().name(), e.departmentCode(),
                        e.timeLimitDays() == null ? 0 : e.timeLimitDays(), e.online() && e.departmentCode() != null));
    }

    /** The county's guide of an item, published or not (for editors: the form editor). */
    public GuideTerms forEditing(Actor actor, String code) {
        return terms(guides.guide(actor, code == null ? "" : code.strip()));
    }

    /** Every item the county offers with its guide's terms, in catalogue order (for editors). */
    public List<GuideTerms> all(Actor actor) {
        return guides.overview(actor).stream().map(ApplicationGuides::terms).toList();
    }

    private static GuideTerms terms(GuideView g) {
        return new GuideTerms(g.code(), g.name(), g.department(), g.timeLimitDays() == null ? 0 : g.timeLimitDays(),
                g.online() && g.published() && g.department() != null);
    }
}
