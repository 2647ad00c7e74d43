package cn.gov.baoji.portal.admin.catalogue;

import java.net.URI;
import java.util.List;

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

import cn.gov.baoji.portal.admin.console.ConsoleTemplates;
import cn.gov.baoji.portal.admin.console.Confirmation;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.TopicCategory;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The shared topic categories (主题分类) as a page. Each change replaces the list through
 * {@link CatalogueService#replaceTopics}, which checks it; codes of removed topics stay valid on
 * articles that carry them.
 */
@Path("/console/catalogue/topics")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleTopicPages {

    private final CatalogueService catalogue;
    private final Caller caller;

    ConsoleTopicPages(CatalogueService catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /**
     * The list with its revision (sent back by every form), a refused form's values and reason (with the
     * topic it concerns, if any), and a notice.
     */
    public record TopicsPage(List<TopicCategory> topics, String revision, String errorTopic, String errorField,
            String error, String typedCode, String typedName, String notice) {
    }

    @CheckedTemplate(basePath = "ConsolePages")
    static class Templates {
        static native TemplateInstance topics(String userName, TopicsPage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return Templates.topics(caller.displayName(), new TopicsPage(catalogue.topics(), catalogue.topicsRevision(),
                null, null, null, null, null, notice(done)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String code, @RestForm String name, @RestForm String revision) {
        return change(() -> catalogue.addTopic(code, name, nz(revision)), "added", null, code, name);
    }

    @POST
    @Path("{code}/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("code") String code, @RestForm String name, @RestForm String revision) {
        requireCode(code);
        return change(() -> catalogue.renameTopic(code, name, nz(revision)), "renamed", code, null, name);
    }

    @POST
    @Path("{code}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shift(@PathParam("code") String code, @RestForm String direction, @RestForm String revision) {
        requireCode(code);
        return change(() -> catalogue.shiftTopic(code, "up".equals(direction) ? -1 : 1, nz(revision)), "moved", code,
                null, null);
    }

    @GET
    @Path("{code}/remove")
    public TemplateInstance confirmRemove(@PathParam("code") String code) {
        requireCode(code);
        TopicCategory topic = catalogue.topic(code).orElseThrow(() -> new NotFoundException("主题分类不存在：" + code));
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("删除主题分类",
                "确定要删除主题分类“" + topic.name() + "”吗？",
                "删除后新信息不能再选择该分类；已标注该分类的信息保留原标注。",
                "/console/catalogue/topics/" + code + "/remove", "revision", catalogue.topicsRevision(), "确认删除",
                "/console/catalogue/topics"));
    }

    @POST
    @Path("{code}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("code") String code, @RestForm String revision) {
        requireCode(code);
        return change(() -> catalogue.removeTopic(code, nz(revision)), "removed", code, null, null);
    }

    private Response change(Runnable change, String done, String topic, String code, String name) {
        try {
            change.run();
            return Response.seeOther(URI.create("/console/catalogue/topics?done=" + done)).build();
        } catch (NotFoundException e) {
            throw e;
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException i ? i.field() : null;
            return Response.status(e.status()).entity(Templates.topics(caller.displayName(), new TopicsPage(
                    catalogue.topics(), catalogue.topicsRevision(), topic, field, e.getMessage(), code, name, null)))
                    .build();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "主题分类已添加，各区县立即可用。";
            case "renamed" -> "已改名。";
            case "moved" -> "顺序已调整。";
            case "removed" -> "主题分类已删除。";
            default -> null;
        };
    }

    /** A code that no node or topic can have names nothing here: 404 before any form is read again. */
    private static void requireCode(String code) {
        if (!CatalogueService.isCode(code)) {
            throw new NotFoundException("目录或主题分类不存在");
        }
    }
}
