package cn.gov.baoji.portal.web.application;

import java.util.LinkedHashMap;
import java.util.Map;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.ApplicationRules;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.TrackingNumbers;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public online-application pages of a county: the application form of an item, the tracking
 * number, the lookup with its timeline (where the applicant adds requested material and rates the
 * handling), the approved results and the service figures. The forms post without a CSRF token
 * (public pages set no cookie): the proof of work, the rate limits and the browser's same-origin
 * check guard them (see PublicFormPosts).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ApplicationPageResource {

    private final SitePages pages;
    private final ApplicationSubmissions submissions;
    private final ApplicationDesk desk;
    private final ApplicationPageData data;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final ApplicationGuides guides;

    ApplicationPageResource(SitePages pages, ApplicationSubmissions submissions, ApplicationDesk desk, ApplicationPageData data,
            SubmissionGuard guard, ClientAddress addresses, ApplicationGuides guides) {
        this.guides = guides;
        this.pages = pages;
        this.submissions = submissions;
        this.desk = desk;
        this.data = data;
        this.guard = guard;
        this.addresses = addresses;
    }

    @GET
    @Path("services/{code}/apply")
    @Operation(summary = "Page: the online application form of a service item")
    public String form(@PathParam("code") String code) {
        GuideTerms guide = submissions.openGuide(code);
        return form(guide, new ApplicationInput("", "", Map.of()), Map.of());
    }

    @POST
    @Path("services/{code}/apply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Page: send the application; answers the tracking number, or the form again with what to correct")
    public Response apply(@PathParam("code") String code, MultipartFormDataInput body, HttpServerRequest http) {
        GuideTerms guide = submissions.openGuide(code);
        MultipartForm posted = MultipartForm.read(body);
        ApplicationInput input = posted.input();
        Map<String, String> problems = submissions.problems(guide, input, posted.uploads());
        if (!problems.isEmpty()) {
            return Response.status(400).entity(form(guide, input, withFileReminder(problems, posted))).build();
        }
        try {
            String number = submissions.submit(guide, input, posted.uploads(), posted.text("altcha"), posted.text("website"),
                    addresses.of(http));
            return Response.ok(pages.render("application-sent", data.sent(guide, TrackingNumbers.grouped(number))))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (RateLimitedException e) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()))
                    .entity(form(guide, input, withFileReminder(Map.of("altcha", e.getMessage()), posted))).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(guide, input, withFileReminder(Map.of(e.field(), e.getMessage()), posted)))
                    .build();
        }
    }

    @GET
    @Path("services/{code}/complain")
    @Operation(summary = "Page: complain about a service item (投诉/监督): the message form, addressed to the item's department")
    public Response complain(@PathParam("code") String code) {
        GuideTerms item = guides.published(code).orElseThrow(() -> new NotFoundException("事项不存在。"));
        return Response.seeOther(java.net.URI.create(Complaints.about(item))).build();
    }

    @GET
    @Path("applications/lookup")
    @Operation(summary = "Page: look an application up by tracking number and phone")
    public String lookupForm() {
        return pages.render("application-lookup", data.lookup("", false, null, null, null, null));
    }

    @POST
    @Path("applications/lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Page: the state and timeline of one's own application; a wrong pair is answered like an unknown number")
    public Response lookup(@BeanParam LookupFormFields fields, HttpServerRequest http) {
        String typed = typed(fields.trackingNumber);
        Response limited = limited(http, typed);
        if (limited != null) {
            return limited;
        }
        if (typed.isEmpty() || ApplicationRules.phone(fields.phone).isEmpty()) {
            return lookupAnswer(400, typed, null, "请填写办件编号和申报时填写的手机号码。", null, null);
        }
        return desk.lookup(typed, fields.phone).map(found -> lookupAnswer(200, typed, found, null, null, fields.phone))
                .orElseGet(() -> lookupAnswer(404, typed, null, ApplicationDesk.NOT_FOUND, null, null));
    }

    @POST
    @Path("applications/supplement")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Page: add the material the department asked for; the time limit runs again")
    public Response supplement(MultipartFormDataInput body, HttpServerRequest http) {
        MultipartForm posted = MultipartForm.read(body);
        String typed = typed(posted.text("trackingNumber"));
        String phone = posted.text("phone");
        Response limited = limited(http, typed);
        if (limited != null) {
            return limited;
        }
        try {
            ApplicationLookup found = desk.supplement(typed, phone, posted.text("note"), posted.uploads());
            return lookupAnswer(200, typed, found, null, "补正材料已提交，办理时限继续计算。", phone);
        } catch (PortalException e) {
            return lookupAnswer(e.status(), typed, desk.lookup(typed, phone).orElse(null), e.getMessage(), null, phone);
        }
    }

    @POST
    @Path("applications/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Page: rate the handling of a decided application, once")
    public Response rate(@BeanParam LookupFormFields fields, HttpServerRequest http) {
        String typed = typed(fields.trackingNumber);
        Response limited = limited(http, typed);
        if (limited != null) {
            return limited;
        }
        try {
            Integer score = fields.score == null || !fields.score.strip().matches("[1-5]") ? null
                    : Integer.valueOf(fields.score.strip());
            ApplicationLookup found = desk.rate(typed, fields.phone, score, fields.comment);
            return lookupAnswer(200, typed, found, null, "感谢您的评价！", fields.phone);
        } catch (PortalException e) {
            return lookupAnswer(e.status(), typed, desk.lookup(typed, fields.phone).orElse(null), e.getMessage(), null,
                    fields.phone);
        }
    }

    @GET
    @Path("services/results")
    @Operation(summary = "Page: 办理结果公示, the approved applications without personal data")
    public String results(@QueryParam("page") String page) {
        return pages.render("service-results", data.results(Paging.number(page, "page", 1, 10_000)));
    }

    @GET
    @Path("services/stats")
    @Operation(summary = "Page: 服务效能, per department and per item")
    public String stats() {
        return pages.render("service-stats", data.stats());
    }

    private String form(GuideTerms guide, ApplicationInput typed, Map<String, String> problems) {
        return pages.render("application-form", data.form(guide, typed, problems));
    }

    /** A refused form cannot keep the files (browsers never refill file inputs): say so next to each chosen file. */
    private static Map<String, String> withFileReminder(Map<String, String> problems, MultipartForm posted) {
        Map<String, String> all = new LinkedHashMap<>(problems);
        posted.uploads().stream().filter(u -> u.bytes() != null && u.bytes().length > 0).map(u -> u.field()).distinct()
                .filter(field -> field != null && field.matches("a\\d+"))
                .forEach(field -> all.putIfAbsent(field, "表单未提交，请重新选择要上传的文件"));
        return all;
    }

    private Response limited(HttpServerRequest http, String typed) {
        try {
            guard.limit(ApplicationSubmissions.LOOKUP, addresses.of(http));
            return null;
        } catch (RateLimitedException e) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()))
                    .entity(lookupPage(typed, null, e.getMessage(), null, null)).build();
        }
    }

    private Response lookupAnswer(int status, String typed, ApplicationLookup found, String error, String notice, String phone) {
        return Response.status(status).entity(lookupPage(typed, found, error, notice, phone))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private String lookupPage(String typed, ApplicationLookup found, String error, String notice, String phone) {
        return pages.render("application-lookup", data.lookup(typed, true, found, phone, error, notice));
    }

    private static String typed(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) : stripped;
    }
}
