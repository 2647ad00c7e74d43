package cn.gov.baoji.portal.admin.consultation;

import java.net.URI;
import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.consultation.ConsultationPages.CommentCounts;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.consultation.Comment;
import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.ConsultationPolicy;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.content.PublicArticles.Page;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The moderation queue of a consultation's comments: county editors and the webmaster approve
 * (shown on the site) or reject them. They see the citizen's name and phone, the public never does.
 */
@Path("/admin/consultations/{id}/comments")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.EDITOR)
public class CommentModerationPages {

    private final ConsultationService consultations;
    private final ConsultationComments comments;
    private final ConsultationPolicy policy;
    private final TenantContext tenant;
    private final Caller caller;
    private final Clock clock;

    CommentModerationPages(ConsultationService consultations, ConsultationComments comments, ConsultationPolicy policy,
            TenantContext tenant, Caller caller, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.policy = policy;
        this.tenant = tenant;
        this.caller = caller;
        this.clock = clock;
    }

    /** The queue's filter: a moderation state, or all ({@code ""}). */
    public record Filter(String state, String stateLabel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(TenantInfo site, String userName, Consultation consultation, String phaseLabel,
                Page<Comment> comments, CommentCounts counts, Filter filter, boolean moderator, boolean webmaster,
                String error);
    }

    @GET
    @Path("/")
    public TemplateInstance queue(@PathParam("id") long id, @QueryParam("state") @DefaultValue("PENDING") String state,
            @QueryParam("page") @DefaultValue("1") int page) {
        return page(id, filter(state), page, null);
    }

    /** Approves or rejects one comment, then back to the same page of the queue. */
    @POST
    @Path("{comment}/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@PathParam("id") long id, @PathParam("comment") long comment, @RestForm String action,
            @RestForm String state, @RestForm String page) {
        Filter filter = filter(state == null ? "PENDING" : state);
        int back = page == null || !page.strip().matches("[1-9][0-9]{0,3}") ? 1 : Integer.parseInt(page.strip());
        try {
            Moderation decision = switch (action == null ? "" : action) {
                case "approve" -> Moderation.APPROVED;
                case "reject" -> Moderation.REJECTED;
                default -> throw new InvalidInputException("action", "未知操作。");
            };
            comments.moderate(caller.actor(), id, comment, decision);
            return Response.seeOther(URI.create("/admin/consultations/" + id + "/comments?state=" + filter.state()
                    + "&page=" + back + "#queue")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(page(id, filter, back, e.getMessage())).build();
        }
    }

    private TemplateInstance page(long id, Filter filter, int page, String error) {
        Consultation consultation = consultations.get(id);
        Moderation state = filter.state().isEmpty() ? null : Moderation.valueOf(filter.state());
        Page<Comment> found = comments.queue(id, state, ConsultationPages.pageNumber(page), ConsultationPages.PAGE_SIZE);
        return Templates.queue(tenant.require(), caller.displayName(), consultation,
                consultation.isPublished() ? consultation.phase(clock.instant()).label() : "未发布", found,
                CommentCounts.of(comments.counts(id)), filter, policy.isModerator(caller.actor()),
                policy.isWebmaster(caller.actor()), error);
    }

    private static Filter filter(String state) {
        String s = state == null ? "" : state.strip();
        if (s.isEmpty()) {
            return new Filter("", "全部");
        }
        try {
            Moderation m = Moderation.valueOf(s);
            return new Filter(m.name(), m.label());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "state 应为 PENDING、APPROVED、REJECTED 或留空");
        }
    }
}
