package cn.gov.baoji.portal.web.consultation;

import java.net.URI;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.consultation.CommentInput;
import cn.gov.baoji.portal.core.consultation.CommentIntake;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;
import io.vertx.core.http.HttpServerRequest;

/** The county's consultations for citizens: the list, one consultation with its comments and form, its files. */
@Path("/consultations")
public class ConsultationPageResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final ConsultationViews views;
    private final ConsultationPageData data;
    private final SitePages pages;
    private final CommentIntake intake;
    private final ClientAddress addresses;

    ConsultationPageResource(ConsultationViews views, ConsultationPageData data, SitePages pages, CommentIntake intake,
            ClientAddress addresses) {
        this.views = views;
        this.data = data;
        this.pages = pages;
        this.intake = intake;
        this.addresses = addresses;
    }

    @GET
    @Produces(HTML)
    public String list(@QueryParam("status") String status, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        return pages.render("consultations", data.list(ListFilter.of(status), page));
    }

    /** {@code sent} is where the form sends the citizen after a comment was stored: the page says it awaits moderation. */
    @GET
    @Path("{id}")
    @Produces(HTML)
    public String detail(@PathParam("id") long id, @QueryParam("page") String pageParam, @QueryParam("sent") String sent) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        return pages.render("consultation", data.detail(require(id), page, "1".equals(sent) ? CommentForm.SENT : CommentForm.EMPTY));
    }

    /**
     * The comment form. Stored: back to the page with the thanks (a repeated post of the same solved
     * challenge lands there too, without a second comment). Refused: the page again, with the reason
     * and what was typed, and the refusal's status.
     */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response comment(@PathParam("id") long id, @BeanParam CommentFields fields, HttpServerRequest request) {
        require(id);
        try {
            intake.submit(id, new CommentInput(fields.content, fields.name, fields.phone), fields.altcha, fields.website,
                    addresses.of(request));
            return Response.seeOther(URI.create("/consultations/" + id + "?sent=1#comment-form")).build();
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : "";
            String page = pages.render("consultation", data.detail(require(id), 1,
                    CommentForm.refused(fields, e.getMessage(), field)));
            Response.ResponseBuilder answer = Response.status(e.status()).type(HTML).entity(page)
                    // What the citizen typed (a phone number among it) is for this answer only.
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (e instanceof RateLimitedException limited) {
                answer.header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()));
            }
            return answer.build();
        }
    }

    @GET
    @Path("{id}/attachments/{attachment}/{name}")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment,
            @PathParam("name") String name) {
        // The name is there for browsers to save the file under; the ids decide.
        ConsultationService.File file = views.download(id, attachment).orElseThrow(() -> new NotFoundException("附件不存在。"));
        String disposition = file.attachment().isImage() ? "inline" : "attachment";
        return Response.ok(file.bytes(), file.attachment().getContentType())
                .header("Content-Disposition", disposition + "; filename*=UTF-8''" + file.attachment().encodedName())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    private ConsultationDetail require(long id) {
        return views.detail(id).orElseThrow(() -> new NotFoundException("意见征集不存在或尚未发布。"));
    }
}
