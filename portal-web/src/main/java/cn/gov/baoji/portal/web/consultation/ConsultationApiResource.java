package cn.gov.baoji.portal.web.consultation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.baoji.portal.core.consultation.Comment;
import cn.gov.baoji.portal.core.consultation.CommentInput;
import cn.gov.baoji.portal.core.consultation.CommentIntake;
import cn.gov.baoji.portal.core.consultation.PublicConsultations;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import io.vertx.core.http.HttpServerRequest;

/** The county's consultations (意见征集) in the public API: read them, and comment while they are open. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationApiResource {

    private final ConsultationViews views;
    private final CommentIntake intake;
    private final ClientAddress addresses;

    ConsultationApiResource(ConsultationViews views, CommentIntake intake, ClientAddress addresses) {
        this.views = views;
        this.intake = intake;
        this.addresses = addresses;
    }

    /** A comment as sent: {@code altcha} carries the solved challenge of {@code GET /api/v1/challenge}. */
    public record CommentRequest(String content, String name, String phone, String altcha) {
    }

    /** The answer to a stored comment: it is shown once a moderator approved it. */
    public record CommentReceipt(long id, String moderation, String message) {
    }

    @GET
    @Operation(summary = "Published consultations of the host's county, newest first",
            description = "status: open (not yet ended: upcoming or taking comments), ended, or empty for all; page and size (1-100, default 20).")
    public ConsultationListing list(@QueryParam("status") String status, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, PublicConsultations.MAX_PAGE_SIZE);
        return views.list(ListFilter.of(status), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published consultation: the draft text, files, window, contact department and, after the deadline, the published feedback")
    public ConsultationDetail detail(@PathParam("id") long id) {
        return views.detail(id).orElseThrow(() -> new NotFoundException("意见征集不存在或尚未发布。"));
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "Published (moderated) comments of a consultation, newest first; adoption and reason once the feedback is published",
            description = "No personal data: the author is always 网友. page and size (1-100, default 20).")
    public CommentListing comments(@PathParam("id") long id, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, PublicConsultations.MAX_PAGE_SIZE);
        return views.comments(id, page, size).orElseThrow(() -> new NotFoundException("意见征集不存在或尚未发布。"));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an open consultation",
            description = "content (1-2000 characters), name (optional, never published), phone (mobile or landline with area"
                    + " code, for the department to call back; never published), altcha (solved challenge of GET /api/v1/challenge,"
                    + " valid once). The comment is published after moderation. Sending the same solved challenge again answers"
                    + " with the comment stored the first time; no second one is stored. 409 before the opening and after the"
                    + " deadline (征集已结束), 429 when too many come from one address or phone.")
    @APIResponse(responseCode = "201", description = "Stored, awaiting moderation")
    public RestResponse<CommentReceipt> comment(@PathParam("id") long id, CommentRequest request,
            HttpServerRequest http) {
        CommentRequest sent = request == null ? new CommentRequest(null, null, null, null) : request;
        Comment stored = intake.submit(id, new CommentInput(sent.content(), sent.name(), sent.phone()), sent.altcha(), null,
                addresses.of(http));
        return RestResponse.status(RestResponse.Status.CREATED, new CommentReceipt(stored.getId(),
                stored.getModeration().name(), "意见已提交，审核通过后将在征集页面公开。"));
    }
}
