package cn.gov.baoji.portal.web.site;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.look.LookAsset;
import cn.gov.baoji.portal.core.look.LookAssets;
import cn.gov.baoji.portal.core.look.PublishedLooks;

/**
 * What the county's published look adds to its theme: its custom CSS (checked by CssPolicy when
 * saved) and its logo and banner. Images of drafts or of earlier versions are not public.
 */
@Path("/")
public class PublishedLookResource {

    private final PublishedLooks looks;
    private final LookAssets assets;

    PublishedLookResource(PublishedLooks looks, LookAssets assets) {
        this.looks = looks;
        this.assets = assets;
    }

    @GET
    @Path("look.css")
    @Produces("text/css;charset=UTF-8")
    public String css() {
        return looks.current().map(l -> l.customCss()).orElse("");
    }

    @GET
    @Path("look/assets/{id}")
    public Response image(@PathParam("id") long id) {
        if (!looks.shows(id)) {
            throw new NotFoundException("图片不存在");
        }
        LookAsset asset = assets.find(id).orElseThrow(() -> new NotFoundException("图片不存在"));
        // Short-lived in caches: an image the county stops showing should soon stop being served.
        return Response.ok(asset.getBytes(), asset.getContentType()).header("Cache-Control", "public, max-age=300")
                .header("ETag", "\"" + asset.getSha256() + "\"").build();
    }
}
