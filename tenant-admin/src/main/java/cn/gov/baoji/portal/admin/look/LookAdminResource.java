package cn.gov.baoji.portal.admin.look;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.look.LookVersion;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.themes.ThemeException;
import cn.gov.baoji.portal.themes.ThemeRenderer;
import cn.gov.baoji.portal.themes.ThemeStartup;

/**
 * The county's look: a draft the webmaster edits and previews, publishing it, and restoring any
 * earlier version. A draft is checked before it is saved: the theme exists, template overrides
 * parse, reach only the page's data and render the real home page; custom CSS loads nothing remote.
 */
@Path("/api/admin/look")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class LookAdminResource {

    private final LookStore store;
    private final ThemeRenderer renderer;
    private final LookPreviewer previewer;
    private final Caller caller;

    LookAdminResource(LookStore store, ThemeRenderer renderer, LookPreviewer previewer, Caller caller) {
        this.store = store;
        this.renderer = renderer;
        this.previewer = previewer;
        this.caller = caller;
    }

    /** A version as the back office lists it. */
    public record VersionView(long id, String state, String savedBy, String savedAt, String publishedAt) {

        static VersionView of(LookVersion v) {
            return new VersionView(v.getId(), v.getState().name(), v.getSavedBy(), String.valueOf(v.getSavedAt()),
                    v.getPublishedAt() == null ? null : String.valueOf(v.getPublishedAt()));
        }
    }

    /** Everything the look editor shows. */
    public record Overview(LookSettings draft, LookSettings published, List<String> themes, List<VersionView> history) {
    }

    @GET
    public Overview overview() {
        return new Overview(store.draft().map(LookStore.Saved::settings).orElse(null),
                store.published().map(LookStore.Saved::settings).orElse(null),
                ThemeStartup.shipped(Thread.currentThread().getContextClassLoader()),
                store.history().stream().map(VersionView::of).toList());
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionView saveDraft(LookSettings settings) {
        if (settings == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        if (!ThemeStartup.shipped(Thread.currentThread().getContextClassLoader()).contains(settings.theme())) {
            throw new InvalidInputException("theme", "主题不存在：" + settings.theme());
        }
        try {
            renderer.checkOverrides(settings.theme(), settings.templates());
            if (!settings.templates().isEmpty()) {
                previewer.previewHome(settings);
            }
        } catch (ThemeException e) {
            throw new InvalidInputException("templates", e.getMessage());
        } catch (io.quarkus.qute.TemplateException e) {
            throw new InvalidInputException("templates", "模板无法显示页面：" + e.getMessage());
        }
        return VersionView.of(store.saveDraft(settings, caller.displayName()).version());
    }

    @POST
    @Path("publish")
    public VersionView publish() {
        return VersionView.of(store.publishDraft(caller.displayName()).version());
    }

    @POST
    @Path("versions/{id}/restore")
    public VersionView restore(@PathParam("id") long id) {
        return VersionView.of(store.restore(id, caller.displayName()).version());
    }
}
