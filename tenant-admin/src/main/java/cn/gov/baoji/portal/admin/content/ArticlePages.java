package cn.gov.baoji.portal.admin.content;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.catalogue.CatalogueNode;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.CountyCatalogue;
import cn.gov.baoji.portal.core.catalogue.TopicCategory;
import cn.gov.baoji.portal.core.content.ArticleInput;
import cn.gov.baoji.portal.core.content.ArticleListing;
import cn.gov.baoji.portal.core.content.ArticleQuery;
import cn.gov.baoji.portal.core.content.ArticleService;
import cn.gov.baoji.portal.core.content.ArticleState;
import cn.gov.baoji.portal.core.content.ArticleView;
import cn.gov.baoji.portal.core.content.ArticleWorkflow;
import cn.gov.baoji.portal.core.content.AttachmentView;
import cn.gov.baoji.portal.core.content.HtmlSanitizer;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.ChannelService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.time.ChinaTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The back office's article pages: write and submit (信息员), review (审核员), publish, withdraw and
 * revise (区县审核员、站点管理员). Forms carry the CSRF token; the rules are the services'.
 */
@Path("/admin/articles")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class ArticlePages {


    private final ArticleService articles;
    private final ArticleListing listing;
    private final ArticleWorkflow workflow;
    private final ChannelService channels;
    private final DepartmentService departments;
    private final CountyCatalogue catalogue;
    private final CatalogueService city;
    private final TenantContext tenant;
    private final Caller caller;

    ArticlePages(ArticleService articles, ArticleListing listing, ArticleWorkflow workflow, ChannelService channels, DepartmentService departments,
            CountyCatalogue catalogue, CatalogueService city, TenantContext tenant, Caller caller) {
        this.articles = articles;
        this.listing = listing;
        this.workflow = workflow;
        this.channels = channels;
        this.departments = departments;
        this.catalogue = catalogue;
        this.city = city;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** Choices of the edit form. */
    public record Choices(List<ChannelService.ChannelDetails> channels, List<Department> departments,
            List<CatalogueNode> nodes, List<TopicCategory> topics, boolean countyWide, boolean editor) {

        public List<ArticleState> states() {
            return List.of(ArticleState.values());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, ListView list, Choices choices, String title);

        static native TemplateInstance edit(TenantInfo site, String userName, ArticleView article, Choices choices,
                String error);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@BeanParam ListParams params) {
        ArticleQuery query = params.query();
        return Templates.list(tenant.require(), caller.displayName(),
                new ListView("/admin/articles/", null, listing.articles(caller.actor(), query), query), choices(), "稿件管理");
    }

    @GET
    @Path("review")
    @AccessRule(Role.EDITOR)
    public TemplateInstance review(@QueryParam("level") String level, @BeanParam ListParams params) {
        int l;
        if (level == null || level.isBlank() || level.strip().equals("1")) {
            l = 1;
        } else if (level.strip().equals("2")) {
            l = 2;
        } else {
            throw new InvalidInputException("level", "审核级别只能是 1 或 2");
        }
        ArticleQuery query = params.query();
        return Templates.list(tenant.require(), caller.displayName(),
                new ListView("/admin/articles/review", l, listing.reviewQueue(caller.actor(), l, query), query), choices(),
                "审核队列（第 " + l + " 级）");
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.edit(tenant.require(), caller.displayName(), null, choices(), null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ArticleForm form) {
        try {
            ArticleView created = articles.create(caller.actor(), form.input(null));
            return Response.seeOther(URI.create("/admin/articles/" + created.id())).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(), null,
                    choices(), e.getMessage())).build();
        }
    }

    /** Cleans HTML pasted into the editor with the server's sanitizer, the one authority (Word/WPS clutter goes). */
    @POST
    @Path("paste")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String cleanPaste(@RestForm String html) {
        if (html != null && html.length() > 2_000_000) {
            throw new UploadPolicy.TooLarge("粘贴的内容过多，请分段粘贴。");
        }
        return HtmlSanitizer.clean(html);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.edit(tenant.require(), caller.displayName(), articles.get(caller.actor(), id), choices(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam ArticleForm form) {
        return afterward(id, () -> articles.update(caller.actor(), id, form.input(id), null));
    }

    @POST
    @Path("{id}/action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String action, @RestForm String comment,
            @RestForm String at) {
        return afterward(id, () -> switch (action == null ? "" : action) {
            case "submit" -> workflow.submit(caller.actor(), id);
            case "approve" -> workflow.approve(caller.actor(), id, comment);
            case "return" -> workflow.returnToAuthor(caller.actor(), id, comment);
            case "publish" -> workflow.publish(caller.actor(), id, localTime(at));
            case "withdraw" -> workflow.withdraw(caller.actor(), id, comment);
            case "revise" -> workflow.revise(caller.actor(), id);
            default -> throw new InvalidInputException("action", "未知操作");
        });
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return afterward(id, () -> {
            if (file == null || file.uploadedFile() == null) {
                throw new InvalidInputException("file", "请选择要上传的文件");
            }
            try {
                articles.attach(caller.actor(), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件读取失败，请重新上传");
            }
            return null;
        });
    }

    /**
     * The editor's image upload: stores the image as an attachment of the article and answers as
     * wangEditor expects ({@code errno} 0 and the image's public address; otherwise {@code errno} 1
     * and the reason in Chinese, with the HTTP status of the refusal).
     */
    @POST
    @Path("{id}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response uploadImage(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.uploadedFile() == null) {
                throw new InvalidInputException("file", "请选择要插入的图片");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件读取失败，请重新上传");
            }
            AttachmentView image = articles.attachImage(caller.actor(), id, file.fileName(), bytes);
            String alt = image.fileName().replaceFirst("\\.[^.]*$", "");
            return Response.status(201).entity(new EditorUpload(0, null, new EditorUpload.Data(image.url(), alt, "",
                    image.id(), image.fileName()))).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(new EditorUpload(1, e.getMessage(), null)).build();
        }
    }

    /** The upload answer wangEditor reads. */
    public record EditorUpload(int errno, String message, Data data) {
        /** The inserted image: address, alt text, link (none), and our attachment id and file name. */
        public record Data(String url, String alt, String href, long id, String name) {
        }
    }

    /** A file of the article for the people who may see it, in any state (public addresses work once published). */
    @GET
    @Path("{id}/files/{attachment}/{name}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("attachment") long attachment,
            @PathParam("name") String name) {
        // The name is only there so that browsers save the file under it; the attachment's id decides.
        ArticleService.AttachmentFile file = articles.file(caller.actor(), id, attachment)
                .orElseThrow(() -> new NotFoundException("附件不存在。"));
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", (file.image() ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private interface Step {
        Object run();
    }

    /** Runs a change; on success back to the article (POST-redirect-GET), on refusal the page with the reason. */
    private Response afterward(long id, Step step) {
        try {
            step.run();
            return Response.seeOther(URI.create("/admin/articles/" + id)).build();
        } catch (PortalException e) {
            ArticleView current = articles.get(caller.actor(), id);
            return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(), current,
                    choices(), e.getMessage())).build();
        }
    }

    private Choices choices() {
        TenantInfo site = tenant.require();
        return new Choices(channels.all(), departments.all(), catalogue.nodes(), city.topics(),
                articles.isCountyWide(caller.actor()),
                caller.bindings().allows(site.code(), Role.EDITOR));
    }

    private static java.time.OffsetDateTime localTime(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip()).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("at", "定时发布时间格式不正确");
        }
    }
}
