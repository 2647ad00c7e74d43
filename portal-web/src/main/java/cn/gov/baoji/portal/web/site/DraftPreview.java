package cn.gov.baoji.portal.web.site;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.admin.look.LookPreviewPages;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether this request shows the county's draft look instead of the published one: only when the
 * browser asked for the preview (a cookie set from the look editor) and the signed-in account is
 * this county's webmaster. Public pages never authenticate otherwise, so the sign-in is looked at
 * only for such requests.
 */
@RequestScoped
public class DraftPreview {

    private static final Logger LOG = Logger.getLogger(DraftPreview.class);

    private final RoutingContext routing;
    private final CurrentIdentityAssociation identities;
    private final TenantContext tenant;
    private final LookStore store;
    private Optional<LookSettings> draft;

    DraftPreview(RoutingContext routing, CurrentIdentityAssociation identities, TenantContext tenant, LookStore store) {
        this.routing = routing;
        this.identities = identities;
        this.tenant = tenant;
        this.store = store;
    }

    /** Whether the browser asks for the preview at all (cheap; says nothing about who asks). */
    public boolean requested() {
        return routing.request().getCookie(LookPreviewPages.PREVIEW_COOKIE) != null && tenant.tenant().isPresent();
    }

    /** The draft to show, if this request may see it. */
    public Optional<LookSettings> draft() {
        if (draft == null) {
            draft = requested() && isWebmaster() ? readDraft() : Optional.empty();
        }
        return draft;
    }

    private Optional<LookSettings> readDraft() {
        try {
            return store.draft().map(LookStore.Saved::settings);
        } catch (RuntimeException e) {
            // A stored draft that today's rules refuse: show the site as it is rather than fail.
            LOG.errorf(e, "The draft look of %s cannot be read; the preview shows the published look",
                    tenant.require().code().value());
            return Optional.empty();
        }
    }

    private boolean isWebmaster() {
        try {
            SecurityIdentity identity = identities.getDeferredIdentity().await().atMost(Duration.ofSeconds(10));
            return Caller.bindingsOf(identity).allows(tenant.require().code(), Role.WEBMASTER);
        } catch (RuntimeException e) {
            // An expired or broken session: the page shows what everyone sees.
            LOG.debugf("Draft preview refused: %s", e.getMessage());
            return false;
        }
    }
}
