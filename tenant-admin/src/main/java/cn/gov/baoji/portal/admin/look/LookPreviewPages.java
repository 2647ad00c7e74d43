package cn.gov.baoji.portal.admin.look;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.look.LookAsset;
import cn.gov.baoji.portal.core.look.LookAssets;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.security.Authenticated;

/** The draft look on the real home page, and its images, for the signed-in webmaster only. */
@Path("/admin/look")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class LookPreviewPages {

    /** Asks public pages to show the draft look (to its county's webmaster only). */
    public static final String PREVIEW_COOKIE = "look_preview";

    private final LookStore store;
    private final LookAssets assets;
    private final LookPreviewer previewer;

    LookPreviewPages(LookStore store, LookAssets assets, LookPreviewer previewer) {
        this.store = store;
        this.assets = assets;
        this.previewer = previewer;
    }

    @GET
    @Path("preview")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response preview() {
        LookStore.Saved draft = store.draft().orElseThrow(() -> new NotFoundException("还没有草稿"));
        return Response.ok(previewer.previewHome(draft.settings())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("preview.css")
    @Produces("text/css;charset=UTF-8")
    public String previewCss() {
        return store.draft().map(d -> d.settings().customCss()).filter(c -> c != null).orElse("");
    }

    /**
     * Shows the draft on every page of the site, for this browser and this webmaster only: a cookie
     * asks for it, and each page checks the signed-in account before showing anything unpublished.
     */
    @POST
    @Path("preview/site")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response previewWholeSite() {
        store.draft().orElseThrow(() -> new NotFoundException("还没有草稿"));
        NewCookie cookie = new NewCookie.Builder(PREVIEW_COOKIE).value("1").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    @GET
    @Path("preview/exit")
    public Response leavePreview() {
        NewCookie cookie = new NewCookie.Builder(PREVIEW_COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/admin/look/")).cookie(cookie).build();
    }

    /** Any logo or banner of this county, published or not: what the preview and the editor show. */
    @GET
    @Path("assets/{id}")
    public Response asset(@PathParam("id") long id) {
        LookAsset asset = assets.find(id).orElseThrow(() -> new NotFoundException("图片不存在"));
        return Response.ok(asset.getBytes(), asset.getContentType()).header("Cache-Control", "private, no-store").build();
    }
}
