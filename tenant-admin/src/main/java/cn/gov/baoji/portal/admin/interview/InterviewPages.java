package cn.gov.baoji.portal.admin.interview;

import java.net.URI;

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

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.interview.InterviewRow;
import cn.gov.baoji.portal.core.interview.InterviewService;
import cn.gov.baoji.portal.core.interview.InterviewView;
import cn.gov.baoji.portal.core.interview.Picture;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The back office's interviews (在线访谈): editors see them and open the moderation console
 * ({@link InterviewConsolePages}); the webmaster writes an interview, its guests with photos, and
 * announces it or takes it back. Forms carry the CSRF token; the rules are {@link InterviewService}'s.
 */
@Path("/admin/interviews")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.EDITOR)
public class InterviewPages {

    private final InterviewService interviews;
    private final TenantContext tenant;
    private final Caller caller;

    InterviewPages(InterviewService interviews, TenantContext tenant, Caller caller) {
        this.interviews = interviews;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** The values the interview form shows: the stored ones, or those just posted and refused. */
    public record Fields(String title, String intro, String startsAt, String endsAt) {

        static Fields of(InterviewView v) {
            return v == null ? new Fields("", "", "", "") : new Fields(v.title(), v.intro() == null ? "" : v.intro(),
                    v.startsAtInput(), v.endsAtInput());
        }

        static Fields of(InterviewForm f) {
            return new Fields(f.title, f.intro, f.startsAt, f.endsAt);
        }
    }

    /** A guest form's values after a refusal, so nothing typed is lost ({@code guest} null for a new guest). */
    public record GuestFields(Long guest, String name, String position) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, PublicArticles.Page<InterviewRow> result,
                boolean webmaster);

        static native TemplateInstance edit(TenantInfo site, String userName, InterviewView interview, Fields fields,
                GuestFields guestFields, boolean webmaster, String error, String notice);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("page") String page) {
        return Templates.list(tenant.require(), caller.displayName(), interviews.list(page(page), 20), webmaster());
    }

    @GET
    @Path("new")
    @AccessRule(Role.WEBMASTER)
    public TemplateInstance create() {
        return Templates.edit(tenant.require(), caller.displayName(), null, Fields.of((InterviewView) null), null, true,
                null, null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response create(@BeanParam InterviewForm form) {
        try {
            long id = interviews.create(caller.actor(), form.input());
            return seeOther(id, "created");
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(), null,
                    Fields.of(form), null, true, e.getMessage(), null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("done") String done) {
        InterviewView interview = interviews.get(id);
        return Templates.edit(tenant.require(), caller.displayName(), interview, Fields.of(interview), null, webmaster(),
                null, Notices.of(done));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response update(@PathParam("id") long id, @BeanParam InterviewForm form) {
        try {
            interviews.update(id, form.input(), form.version());
            return seeOther(id, "saved");
        } catch (PortalException e) {
            return refused(id, e, Fields.of(form), null);
        }
    }

    @POST
    @Path("{id}/announce")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response announce(@PathParam("id") long id, @RestForm String version) {
        return change(id, "announced", () -> interviews.announce(id, Versions.parse(version)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response withdraw(@PathParam("id") long id, @RestForm String version) {
        return change(id, "withdrawn", () -> interviews.withdraw(id, Versions.parse(version)));
    }

    @POST
    @Path("{id}/guests")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessRule(Role.WEBMASTER)
    public Response addGuest(@PathParam("id") long id, @BeanParam GuestForm form) {
        try {
            interviews.addGuest(caller.actor(), id, form.input(), Uploads.name(form.photo), Uploads.bytes(form.photo));
            return seeOther(id, "guest-added");
        } catch (PortalException e) {
            return refused(id, e, null, new GuestFields(null, form.name, form.position));
        }
    }

    @POST
    @Path("{id}/guests/{guest}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessRule(Role.WEBMASTER)
    public Response updateGuest(@PathParam("id") long id, @PathParam("guest") long guest, @BeanParam GuestForm form) {
        try {
            interviews.updateGuest(caller.actor(), id, guest, form.input(), Uploads.name(form.photo),
                    Uploads.bytes(form.photo));
            return seeOther(id, "guest-saved");
        } catch (PortalException e) {
            return refused(id, e, null, new GuestFields(guest, form.name, form.position));
        }
    }

    @POST
    @Path("{id}/guests/{guest}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response removeGuest(@PathParam("id") long id, @PathParam("guest") long guest) {
        return change(id, "guest-removed", () -> interviews.removeGuest(id, guest));
    }

    /** A picture of the interview in any state (the public address answers only once it is announced). */
    @GET
    @Path("{id}/pictures/{picture}")
    @Produces({ "image/png", "image/jpeg", "image/gif" })
    public Response picture(@PathParam("id") long id, @PathParam("picture") long pictureId) {
        Picture picture = interviews.picture(id, pictureId).orElseThrow(() -> new NotFoundException("图片不存在。"));
        return Response.ok(picture.getBytes(), picture.getContentType()).header("Content-Disposition", "inline")
                .header("Cache-Control", "private, no-store").build();
    }

    private Response change(long id, String done, Runnable step) {
        try {
            step.run();
            return seeOther(id, done);
        } catch (PortalException e) {
            return refused(id, e, null, null);
        }
    }

    /** The interview's page again with the reason, and what was typed. */
    private Response refused(long id, PortalException e, Fields fields, GuestFields guest) {
        InterviewView current = interviews.get(id);
        return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(), current,
                fields == null ? Fields.of(current) : fields, guest, webmaster(), e.getMessage(), null)).build();
    }

    private static Response seeOther(long id, String done) {
        return Response.seeOther(URI.create("/admin/interviews/" + id + "?done=" + done)).build();
    }

    private boolean webmaster() {
        return caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
    }

    private static int page(String value) {
        try {
            int n = value == null || value.isBlank() ? 1 : Integer.parseInt(value.strip());
            return Math.max(1, Math.min(n, 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
