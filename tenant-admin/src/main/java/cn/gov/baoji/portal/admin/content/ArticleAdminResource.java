package cn.gov.baoji.portal.admin.content;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.ArticleInput;
import cn.gov.baoji.portal.core.content.ArticleListing;
import cn.gov.baoji.portal.core.content.ArticleRow;
import cn.gov.baoji.portal.core.content.ArticleService;
import cn.gov.baoji.portal.core.content.ArticleView;
import cn.gov.baoji.portal.core.content.ArticleWorkflow;
import cn.gov.baoji.portal.core.content.AttachmentView;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/**
 * Articles of the host's county: contributors draft and submit, reviewers approve or return,
 * county editors publish, withdraw and revise. Finer rules (own department, review level) are
 * checked by the services.
 */
@Path("/api/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CONTRIBUTOR)
public class ArticleAdminResource {

    private final ArticleService articles;
    private final ArticleListing listing;
    private final ArticleWorkflow workflow;
    private final Caller caller;

    ArticleAdminResource(ArticleService articles, ArticleListing listing, ArticleWorkflow workflow, Caller caller) {
        this.articles = articles;
        this.listing = listing;
        this.workflow = workflow;
        this.caller = caller;
    }

    /** A reviewer's or editor's decision. */
    public record Decision(String comment, String at) {
    }

    /**
     * The caller's visible articles, filtered, sorted and paged as the back-office list
     * ({@code state}, {@code channel}, {@code department}, {@code q}, {@code sort}, {@code page},
     * {@code size} ≤ 100); the total over all pages is in {@code X-Total-Count}.
     */
    @GET
    public RestResponse<List<ArticleView>> list(@BeanParam ListParams params) {
        return paged(listing.articles(caller.actor(), params.query()));
    }

    @GET
    @Path("review-queue")
    @AccessRule(Role.EDITOR)
    public RestResponse<List<ArticleView>> reviewQueue(@QueryParam("level") @DefaultValue("1") int level,
            @BeanParam ListParams params) {
        if (level != 1 && level != 2) {
            throw new InvalidInputException("level", "审核级别只能是 1 或 2");
        }
        return paged(listing.reviewQueue(caller.actor(), level, params.query()));
    }

    private RestResponse<List<ArticleView>> paged(PublicArticles.Page<ArticleRow> page) {
        List<ArticleView> views = articles.views(page.items().stream().map(ArticleRow::id).toList());
        return RestResponse.ResponseBuilder.ok(views).header("X-Total-Count", page.total()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public ArticleView create(ArticleInput input) {
        return articles.create(caller.actor(), input);
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") long id) {
        return articles.get(caller.actor(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView update(@PathParam("id") long id, @QueryParam("version") Integer version, ArticleInput input) {
        return articles.update(caller.actor(), id, input, version);
    }

    /**
     * Uploads one file as the raw request body, its name in {@code ?name=}. (A raw body rather than
     * a multipart form: API clients authenticate with bearer tokens, so no CSRF form token applies.)
     */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @ResponseStatus(201)
    public AttachmentView attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] body) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "请在 name 参数中给出文件名");
        }
        return articles.attach(caller.actor(), id, name, body == null ? new byte[0] : body);
    }

    @POST
    @Path("{id}/submit")
    public ArticleView submit(@PathParam("id") long id) {
        return workflow.submit(caller.actor(), id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessRule(Role.EDITOR)
    public ArticleView approve(@PathParam("id") long id, Decision decision) {
        return workflow.approve(caller.actor(), id, decision == null ? null : decision.comment());
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessRule(Role.EDITOR)
    public ArticleView returnToAuthor(@PathParam("id") long id, Decision decision) {
        return workflow.returnToAuthor(caller.actor(), id, decision == null ? null : decision.comment());
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessRule(Role.EDITOR)
    public ArticleView publish(@PathParam("id") long id, Decision decision) {
        return workflow.publish(caller.actor(), id, decision == null ? null : time(decision.at()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessRule(Role.EDITOR)
    public ArticleView withdraw(@PathParam("id") long id, Decision decision) {
        return workflow.withdraw(caller.actor(), id, decision == null ? null : decision.comment());
    }

    @POST
    @Path("{id}/revise")
    @AccessRule(Role.EDITOR)
    public ArticleView revise(@PathParam("id") long id) {
        return workflow.revise(caller.actor(), id);
    }

    private static OffsetDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("at", "发布时间格式应为 2026-12-01T09:00:00+08:00");
        }
    }
}
