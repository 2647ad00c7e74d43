package cn.gov.baoji.portal.web.interview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.interview.Picture;
import cn.gov.baoji.portal.core.interview.PublicInterviews;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;

/** The county's online interviews (在线访谈) for citizens: the list, one interview, its pictures. */
@Path("/interviews")
public class InterviewPageResource {

    private final SitePages pages;
    private final InterviewPageData data;
    private final PublicInterviews interviews;

    InterviewPageResource(SitePages pages, InterviewPageData data, PublicInterviews interviews) {
        this.pages = pages;
        this.data = data;
        this.interviews = interviews;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The list of the county's announced interviews, the latest first")
    public String list(@QueryParam("page") String pageParam) {
        return pages.render("interviews", data.list(Paging.number(pageParam, "page", 1, 10_000)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "One interview: topic, time, guests, the transcript so far (updated live by script) and the question form")
    public String interview(@PathParam("id") long id) {
        return pages.render("interview", data.interview(id).orElseThrow(InterviewPageResource::notFound));
    }

    @GET
    @Path("{id}/pictures/{picture}")
    @Produces({ "image/png", "image/jpeg", "image/gif" })
    @Operation(summary = "A guest's photo or a picture of the transcript, while the interview is announced")
    public Response picture(@PathParam("id") long id, @PathParam("picture") long pictureId) {
        Picture picture = interviews.picture(id, pictureId).orElseThrow(() -> new NotFoundException("图片不存在。"));
        return Response.ok(picture.getBytes(), picture.getContentType())
                .header("Content-Disposition", "inline")
                // Taken back to a draft, the interview's pictures must not linger in shared caches.
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    static NotFoundException notFound() {
        return new NotFoundException("访谈不存在或尚未发布。");
    }
}
