package cn.gov.baoji.portal.admin.application;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.FieldKind;
import cn.gov.baoji.portal.core.application.FileType;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.RequiredFile;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/** The webmaster's online application forms, one per service item of the county's guides. */
@Path("/api/admin/application-forms")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class ApplicationFormResource {

    private final ApplicationForms forms;
    private final ApplicationGuides guides;
    private final Caller caller;

    ApplicationFormResource(ApplicationForms forms, ApplicationGuides guides, Caller caller) {
        this.forms = forms;
        this.guides = guides;
        this.caller = caller;
    }

    /** A field as the API reads it: {@code kind} text, number, date, choice, idNumber or phone; no key for a new one. */
    public record FieldInput(String key, String label, String kind, Boolean required, Integer maxLength, List<String> choices,
            String hint) {
    }

    /** A required file: {@code types} from pdf, image, word, excel, ofd, zip; no key for a new one. */
    public record FileInput(String key, String name, Boolean required, List<String> types) {
    }

    public record FormInput(List<FieldInput> fields, List<FileInput> files) {
    }

    public record ResultFields(List<String> fields) {
    }

    @GET
    @Path("{service}")
    @Operation(summary = "An item's application form: the current version, its fields and files, the result fields and versions")
    public ApplicationForms.Current get(@PathParam("service") String service) {
        return forms.edit(caller.actor(), guide(service).code());
    }

    @PUT
    @Path("{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an item's application form",
            description = "Changed in place while no application used the current version; after that, saving makes a new"
                    + " version and applications keep theirs.")
    public ApplicationForms.Current save(@PathParam("service") String service, FormInput input) {
        GuideTerms guide = guide(service);
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        List<FormField> fields = input.fields() == null ? List.of() : input.fields().stream().map(f -> {
            if (f == null) {
                throw new InvalidInputException("fields", "填写项不能为空");
            }
            FieldKind kind = FieldKind.fromKey(f.kind() == null ? "" : f.kind())
                    .orElseThrow(() -> new InvalidInputException("fields", "填写项类型应为 text、number、date、choice、idNumber 或 phone"));
            return new FormField(f.key(), f.label(), kind, Boolean.TRUE.equals(f.required()),
                    f.maxLength() == null ? 0 : f.maxLength(), f.choices(), f.hint());
        }).toList();
        List<RequiredFile> files = input.files() == null ? List.of() : input.files().stream().map(f -> {
            if (f == null) {
                throw new InvalidInputException("files", "材料不能为空");
            }
            List<FileType> types = (f.types() == null ? List.<String>of() : f.types()).stream()
                    .map(t -> FileType.fromKey(t == null ? "" : t).orElseThrow(() -> new InvalidInputException("files",
                            "文件类型应为 pdf、image、word、excel、ofd 或 zip")))
                    .toList();
            return new RequiredFile(f.key(), f.name(), Boolean.TRUE.equals(f.required()), types);
        }).toList();
        forms.save(caller.actor(), guide.code(), new FormDefinition(fields, files));
        return forms.edit(caller.actor(), guide.code());
    }

    @PUT
    @Path("{service}/result-fields")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the fields shown in the public results (办理结果公示); never ID numbers or phones")
    public ResultFields resultFields(@PathParam("service") String service, ResultFields input) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return new ResultFields(forms.setResultFields(caller.actor(), guide(service).code(), input.fields()));
    }

    private GuideTerms guide(String code) {
        return guides.forEditing(caller.actor(), code);
    }
}
