package cn.gov.baoji.portal.admin.look;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    /** Any logo or banner of this county, published or not: what the preview and the editor show. */
    @GET
    @Path("assets/{id}")
    public Response asset(@PathParam("id") long id) {
        LookAsset asset = assets.find(id).orElseThrow(() -> new NotFoundException("图片不存在"));
        return Response.ok(asset.getBytes(), asset.getContentType()).header("Cache-Control", "private, no-store").build();
    }
}
