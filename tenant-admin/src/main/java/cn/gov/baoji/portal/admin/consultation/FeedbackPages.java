package cn.gov.baoji.portal.admin.consultation;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.consultation.Adoption;
import cn.gov.baoji.portal.core.consultation.Comment;
import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.ConsultationFeedback;
import cn.gov.baoji.portal.core.consultation.ConsultationFeedback.Decision;
import cn.gov.baoji.portal.core.consultation.ConsultationFeedback.Figures;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.consultation.Phase;
import cn.gov.baoji.portal.core.consultation.Texts;
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
 * The feedback on a consultation after its deadline (意见采纳情况反馈): the webmaster decides on each
 * published comment, a page at a time, writes the summary and publishes it.
 */
@Path("/admin/consultations/{id}/feedback")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class FeedbackPages {

    private final ConsultationService consultations;
    private final ConsultationComments comments;
    private final ConsultationFeedback feedback;
    private final TenantContext tenant;
    private final Caller caller;
    private final Clock clock;

    FeedbackPages(ConsultationService consultations, ConsultationComments comments, ConsultationFeedback feedback,
            TenantContext tenant, Caller caller, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.feedback = feedback;
        this.tenant = tenant;
        this.caller = caller;
        this.clock = clock;
    }

    /** One published comment in the feedback form, with the decision shown (stored, or as typed when refused). */
    public record Row(Comment comment, String adoption, String reason, boolean invalid) {
    }

    /** Where the consultation stands: whether feedback can be written now, and why not. */
    public record Status(String phaseLabel, boolean writable, String why, String publishedAt, long pending) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(TenantInfo site, String userName, Consultation consultation, Status status,
                Page<Row> rows, Figures figures, List<Adoption> adoptions, String text, String error, String field);
    }

    @GET
    @Path("/")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("page") @DefaultValue("1") int page) {
        return page(id, ConsultationPages.pageNumber(page), Map.of(), null, null, null);
    }

    /**
     * Saves the decisions of one page of the form: parallel fields {@code comment}, {@code adoption}
     * and {@code reason}, one entry per comment shown.
     */
    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm List<String> comment, @RestForm List<String> adoption,
            @RestForm List<String> reason, @RestForm String page) {
        int back = page == null || !page.strip().matches("[1-9][0-9]{0,3}") ? 1 : Integer.parseInt(page.strip());
        Map<Long, Decision> typed = new HashMap<>();
        try {
            List<Decision> decisions = decisions(comment, adoption, reason);
            decisions.forEach(d -> typed.put(d.commentId(), d));
            feedback.decide(caller.actor(), id, decisions);
            return Response.seeOther(URI.create("/admin/consultations/" + id + "/feedback?page=" + back + "#decisions"))
                    .build();
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return Response.status(e.status()).entity(page(id, back, typed, null, e.getMessage(), field)).build();
        }
    }

    /** Saves the summary ({@code action=save}) or publishes the feedback ({@code action=publish}). */
    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response summary(@PathParam("id") long id, @RestForm String text, @RestForm String action) {
        try {
            switch (action == null ? "" : action) {
                case "save" -> feedback.saveText(caller.actor(), id, text);
                case "publish" -> feedback.publish(caller.actor(), id, text);
                default -> throw new InvalidInputException("action", "未知操作。");
            }
            return Response.seeOther(URI.create("/admin/consultations/" + id + "/feedback")).build();
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return Response.status(e.status()).entity(page(id, 1, Map.of(), text, e.getMessage(), field)).build();
        }
    }

    private static List<Decision> decisions(List<String> ids, List<String> adoptions, List<String> reasons) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("comment", "本页没有需要填写的意见。");
        }
        if (adoptions == null || reasons == null || adoptions.size() != ids.size() || reasons.size() != ids.size()) {
            throw new InvalidInputException("comment", "表单不完整，请刷新页面后重新填写。");
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long commentId;
            try {
                commentId = Long.parseLong(ids.get(i).strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("comment", "表单不完整，请刷新页面后重新填写。");
            }
            decisions.add(new Decision(commentId, adoptions.get(i), reasons.get(i)));
        }
        return decisions;
    }

    private TemplateInstance page(long id, int page, Map<Long, Decision> typed, String typedText, String error,
            String field) {
        Consultation consultation = consultations.get(id);
        Phase phase = consultation.isPublished() ? consultation.phase(clock.instant()) : null;
        long pending = comments.counts(id).get(Moderation.PENDING);
        String why = !consultation.isPublished() ? "意见征集尚未发布。"
                : consultation.isFeedbackPublished() ? "反馈已于 " + Texts.show(consultation.getFeedbackPublishedAt()) + " 发布。"
                        : phase != Phase.ENDED ? "征集截止（" + Texts.show(consultation.getDeadline()) + "）后才能填写和发布反馈。" : "";
        Status status = new Status(phase == null ? "未发布" : phase.label(), why.isEmpty(), why,
                Texts.show(consultation.getFeedbackPublishedAt()), pending);
        Page<Comment> approved = comments.queue(id, Moderation.APPROVED, page, ConsultationPages.PAGE_SIZE);
        Page<Row> rows = new Page<>(approved.items().stream().map(c -> {
            Decision d = typed.get(c.getId());
            return d == null ? new Row(c, c.getAdoption() == null ? "" : c.getAdoption().name(),
                    c.getAdoptionReason() == null ? "" : c.getAdoptionReason(), false)
                    : new Row(c, d.adoption() == null ? "" : d.adoption(), d.reason() == null ? "" : d.reason(),
                            field != null && field.endsWith("-" + c.getId()));
        }).toList(), approved.total(), approved.page(), approved.size());
        String text = typedText != null ? typedText
                : consultation.getFeedbackText() == null ? "" : consultation.getFeedbackText();
        return Templates.feedback(tenant.require(), caller.displayName(), consultation, status, rows,
                feedback.figures(consultation), List.of(Adoption.values()), text, error, field == null ? "" : field);
    }
}
