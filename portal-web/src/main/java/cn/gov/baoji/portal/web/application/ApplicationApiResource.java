package cn.gov.baoji.portal.web.application;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** The public online-application API of a county: apply, and look an application up. */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationApiResource {

    private final ApplicationSubmissions submissions;
    private final ApplicationDesk desk;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;

    ApplicationApiResource(ApplicationSubmissions submissions, ApplicationDesk desk, SubmissionGuard guard,
            ClientAddress addresses) {
        this.submissions = submissions;
        this.desk = desk;
        this.guard = guard;
        this.addresses = addresses;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Apply online for a service item; answers the tracking number (办件编号)",
            description = "`service`: the item's code (its guide must be published with online application open);"
                    + " `applicant`: the applicant's name; `phone`: a mainland mobile number, used to look the application up;"
                    + " one text part per field of the item's form, named by the field's key (f1, f2...); one file part per"
                    + " required material, named by its key (a1, a2...), up to 3 files each; `altcha`: the solved challenge of"
                    + " /api/v1/challenge. The application is stored when the answer arrives; sending the same challenge again"
                    + " answers the same number.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            requiredProperties = { "service", "applicant", "phone", "altcha" }, properties = {
                    @SchemaProperty(name = "service", type = SchemaType.STRING),
                    @SchemaProperty(name = "applicant", type = SchemaType.STRING),
                    @SchemaProperty(name = "phone", type = SchemaType.STRING),
                    @SchemaProperty(name = "altcha", type = SchemaType.STRING),
                    @SchemaProperty(name = "f1", type = SchemaType.STRING, description = "A field of the item's form"),
                    @SchemaProperty(name = "a1", type = SchemaType.STRING, format = "binary",
                            description = "A file of a required material") })))
    @APIResponse(responseCode = "201", description = "Stored; the body carries the tracking number")
    @APIResponse(responseCode = "400", description = "A field or file is missing or wrong (problem JSON names it)")
    @APIResponse(responseCode = "404", description = "No such item, or online application is not open for it")
    @APIResponse(responseCode = "413", description = "A file is over 20 MB")
    @APIResponse(responseCode = "429", description = "Too many applications from this address or phone; see Retry-After")
    public Response apply(MultipartFormDataInput body, HttpServerRequest http) {
        MultipartForm form = MultipartForm.read(body);
        String service = form.text("service");
        if (service == null || service.isBlank()) {
            throw new InvalidInputException("service", "请填写事项编码 service");
        }
        var guide = submissions.openGuide(service);
        String number = submissions.submit(guide, form.input(), form.uploads(), form.text("altcha"), form.text("website"),
                addresses.of(http));
        return Response.status(201).entity(new ApplicationApi.Created(
                cn.gov.baoji.portal.core.application.TrackingNumbers.grouped(number))).build();
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An applicant's own application by tracking number and phone: its state and timeline",
            description = "A wrong pair answers exactly as an unknown number does. Limited per address.")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No application with this number and phone")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After")
    public ApplicationApi.LookupAnswer lookup(ApplicationApi.LookupRequest request, HttpServerRequest http) {
        guard.limit(ApplicationSubmissions.LOOKUP, addresses.of(http));
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return desk.lookup(request.trackingNumber(), request.phone()).map(ApplicationApi.LookupAnswer::of)
                .orElseThrow(() -> new NotFoundException(ApplicationDesk.NOT_FOUND));
    }
}
