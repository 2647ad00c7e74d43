package cn.gov.baoji.portal.admin.interview;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.interview.InterviewModeration;
import cn.gov.baoji.portal.core.interview.InterviewService;
import cn.gov.baoji.portal.core.interview.InterviewTimes;
import cn.gov.baoji.portal.core.interview.InterviewView;
import cn.gov.baoji.portal.core.interview.PublicInterviews;
import cn.gov.baoji.portal.core.interview.QuestionState;
import cn.gov.baoji.portal.core.interview.QuestionView;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The moderation console of an interview (访谈直播间), for the county's editors: the citizens'
 * questions waiting (pick one and it shows on the page live, or reject it), and the form that posts
 * the host's remarks and the guests' answers, with pictures. What is posted reaches every viewer at
 * once, on whichever server they are connected to.
 */
@Path("/admin/interviews/{id}/live")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.EDITOR)
public class InterviewConsolePages {

    private static final int PENDING_SHOWN = 50;

    private final InterviewService interviews;
    private final InterviewModeration moderation;
    private final PublicInterviews timeline;
    private final TenantContext tenant;
    private final Caller caller;

    InterviewConsolePages(InterviewService interviews, InterviewModeration moderation, PublicInterviews timeline,
            TenantContext tenant, Caller caller) {
        this.interviews = interviews;
        this.moderation = moderation;
        this.timeline = timeline;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** A line of the transcript in the console. */
    public record Line(long seq, String kind, String speaker, String position, String text, String picture,
            String caption, String time, String replyTo) {
    }

    /** The post form's values after a refusal, so nothing typed is lost. */
    public record EntryFields(String speaker, String text, String caption, String question) {

        static final EntryFields EMPTY = new EntryFields("host", "", "", "");

        public boolean speaks(long guest) {
            return speaker != null && speaker.strip().equals(Long.toString(guest));
        }

        public boolean answers(long picked) {
            return question != null && question.strip().equals(Long.toString(picked));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(TenantInfo site, String userName, InterviewView interview,
                PublicArticles.Page<QuestionView> pending, List<QuestionView> picked, List<Line> transcript,
                EntryFields fields, String error, String notice);
    }

    @GET
    @Path("/")
    public TemplateInstance console(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(id, EntryFields.EMPTY, null, Notices.of(done));
    }

    @POST
    @Path("questions/{question}/pick")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pick(@PathParam("id") long id, @PathParam("question") long question) {
        return change(id, "picked", () -> moderation.pick(caller.actor(), id, question));
    }

    @POST
    @Path("questions/{question}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @PathParam("question") long question) {
        return change(id, "rejected", () -> moderation.reject(caller.actor(), id, question));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response post(@PathParam("id") long id, @BeanParam EntryForm form) {
        try {
            moderation.post(caller.actor(), id, form.input(), Uploads.name(form.picture), Uploads.bytes(form.picture));
            return Response.seeOther(URI.create("/admin/interviews/" + id + "/live?done=posted")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(page(id, new EntryFields(form.speaker, form.text, form.caption,
                    form.question), e.getMessage(), null)).build();
        }
    }

    private Response change(long id, String done, Runnable step) {
        try {
            step.run();
            return Response.seeOther(URI.create("/admin/interviews/" + id + "/live?done=" + done)).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(page(id, EntryFields.EMPTY, e.getMessage(), null)).build();
        }
    }

    private TemplateInstance page(long id, EntryFields fields, String error, String notice) {
        InterviewView interview = interviews.get(id);
        List<Line> lines = interview.announced() ? timeline.timeline(id, 0, 5_000).stream()
                .map(e -> new Line(e.seq(), e.kind(), e.speaker(), e.position(), e.text(),
                        e.pictureId() == null ? null : "/admin/interviews/" + id + "/pictures/" + e.pictureId(), e.caption(),
                        InterviewTimes.clock(e.at(), interview.startsAt()), e.replyTo()))
                .toList() : List.of();
        return Templates.console(tenant.require(), caller.displayName(), interview,
                moderation.questions(id, QuestionState.PENDING, 1, PENDING_SHOWN),
                moderation.questions(id, QuestionState.PICKED, 1, 100).items(), lines, fields, error, notice);
    }
}
