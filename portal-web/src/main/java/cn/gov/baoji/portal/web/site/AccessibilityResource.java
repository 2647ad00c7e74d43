package cn.gov.baoji.portal.web.site;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The switch to and from the large-text, high-contrast mode for older readers (适老化). A plain link
 * and a cookie, so it works without script, by keyboard, and stays on while browsing.
 */
@Path("/accessibility")
public class AccessibilityResource {

    public static final String ELDER_COOKIE = "elder";

    @GET
    @Path("elder")
    public Response elder(@QueryParam("on") String on, @QueryParam("back") String back) {
        boolean enable = "1".equals(on);
        NewCookie cookie = new NewCookie.Builder(ELDER_COOKIE).value(enable ? "1" : "0").path("/")
                .maxAge(enable ? 365 * 24 * 3600 : 0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).header("Cache-Control", "no-store").build();
    }

    /** Only a path of this site: never another host (no open redirect). */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
