package cn.gov.baoji.portal.admin.service;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

import cn.gov.baoji.portal.admin.console.Confirmation;
import cn.gov.baoji.portal.admin.console.ConsoleTemplates;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.service.Audience;
import cn.gov.baoji.portal.core.service.CatalogueInput.EventInput;
import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceCatalogueDrafts;
import cn.gov.baoji.portal.core.service.ServiceKind;
import cn.gov.baoji.portal.core.service.ServiceRelease;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * 政务服务事项目录 in the city console: items and life events are edited in a working copy, and
 * "发布新版本" releases it to every county at once. Works without script; removals confirm first.
 */
@Path("/console/services")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleServicePages {

    private final ServiceCatalogueDrafts drafts;
    private final ServiceCatalogue catalogue;
    private final TenantDirectory directory;
    private final Caller caller;

    ConsoleServicePages(ServiceCatalogueDrafts drafts, ServiceCatalogue catalogue, TenantDirectory directory,
            Caller caller) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.directory = directory;
        this.caller = caller;
    }

    /** A choice of a form: value, label, and whether it is chosen. */
    public record Choice(String value, String label, boolean chosen) {
    }

    /** An item as the list shows it. */
    public record ItemRow(String code, String name, String kind, String audiences, String events, String counties) {
    }

    /** What was typed into a refused form, and why. */
    public record Refusal(String form, String field, String message, Map<String, String> values) {

        public String typed(String name) {
            return values.getOrDefault(name, "");
        }
    }

    /** The catalogue page. */
    public record CataloguePage(ServiceRelease release, ServiceCatalogueDrafts.Draft draft, List<EventInput> events,
            List<ItemRow> items, Refusal refusal, String notice) {
    }

    /** The item form: new ({@code original} null) or an item of the draft. */
    public record ItemPage(String original, ItemInput item, ServiceCatalogueDrafts.Seen seen, List<Choice> kinds,
            List<Choice> audiences, List<Choice> events, boolean allCounties, List<Choice> counties, Refusal refusal) {
    }

    @CheckedTemplate(basePath = "ConsolePages")
    static class Templates {
        static native TemplateInstance services(String userName, CataloguePage page);

        static native TemplateInstance serviceItem(String userName, ItemPage page);
    }

    @GET
    public Response show(@QueryParam("done") String done) {
        return cataloguePage(200, null, notice(done));
    }

    @GET
    @Path("items/new")
    public Response newItem() {
        ServiceCatalogueDrafts.Draft draft = drafts.current();
        return itemPage(200, null, new ItemInput("", "", ServiceKind.PUBLIC_SERVICE.name(), "", List.of(Audience.PERSONAL.name()),
                List.of(), true, List.of()), draft.seen(), null);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addItem(@BeanParam ItemForm form) {
        return saveItem(null, form);
    }

    @GET
    @Path("items/{code}")
    public Response item(@PathParam("code") String code) {
        requireItemCode(code);
        ServiceCatalogueDrafts.Draft draft = drafts.current();
        ItemInput item = draft.item(code).orElseThrow(() -> new NotFoundException("事项不存在：" + code));
        return itemPage(200, code, item, draft.seen(), null);
    }

    @POST
    @Path("items/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeItem(@PathParam("code") String code, @BeanParam ItemForm form) {
        requireItemCode(code);
        drafts.current().item(code).orElseThrow(() -> new NotFoundException("事项不存在：" + code));
        return saveItem(code, form);
    }

    private Response saveItem(String original, ItemForm form) {
        ServiceCatalogueDrafts.Seen seen = new ServiceCatalogueDrafts.Seen(form.revision, form.basedOn);
        try {
            drafts.saveItem(original, form.input(), seen, by());
            return done(original == null ? "added" : "changed");
        } catch (ConflictException e) {
            return cataloguePage(e.status(), refusal("item", e, Map.of()), null);
        } catch (PortalException e) {
            return itemPage(e.status(), original, form.input(), seen, refusal("item", e, Map.of()));
        }
    }

    @POST
    @Path("items/{code}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shiftItem(@PathParam("code") String code, @RestForm String direction, @RestForm long revision,
            @RestForm int basedOn) {
        requireItemCode(code);
        return change(() -> drafts.shiftItem(code, "up".equals(direction) ? -1 : 1, seen(revision, basedOn), by()),
                "moved", "order", Map.of());
    }

    @GET
    @Path("items/{code}/remove")
    public TemplateInstance confirmRemoveItem(@PathParam("code") String code) {
        requireItemCode(code);
        ServiceCatalogueDrafts.Draft draft = drafts.current();
        ItemInput item = draft.item(code).orElseThrow(() -> new NotFoundException("事项不存在：" + code));
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("删除事项",
                "确定要从草稿中删除事项“" + item.name() + "”（" + code + "）吗？",
                "发布新版本后，各区县不再提供该事项，其办事指南随之从网站上消失（区县填写的内容保留，恢复该事项后重新显示）。",
                "/console/services/items/" + code + "/remove", "revision", Long.toString(draft.revision()) + ":"
                        + draft.basedOn(), "确认删除", "/console/services"));
    }

    @POST
    @Path("items/{code}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeItem(@PathParam("code") String code, @RestForm String revision) {
        requireItemCode(code);
        return change(() -> drafts.removeItem(code, seen(revision), by()), "removed", "remove", Map.of());
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveEvent(@RestForm String code, @RestForm String name, @RestForm long revision, @RestForm int basedOn) {
        return change(() -> drafts.saveEvent(new EventInput(code == null ? null : code.strip(), name),
                seen(revision, basedOn), by()), "event", "event", Map.of("code", nz(code), "name", nz(name)));
    }

    @POST
    @Path("events/{code}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shiftEvent(@PathParam("code") String code, @RestForm String direction, @RestForm long revision,
            @RestForm int basedOn) {
        requireEventCode(code);
        return change(() -> drafts.shiftEvent(code, "up".equals(direction) ? -1 : 1, seen(revision, basedOn), by()),
                "moved", "order", Map.of());
    }

    @POST
    @Path("events/{code}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeEvent(@PathParam("code") String code, @RestForm long revision, @RestForm int basedOn) {
        requireEventCode(code);
        return change(() -> drafts.removeEvent(code, seen(revision, basedOn), by()), "removed", "event", Map.of());
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@RestForm String note, @RestForm long revision, @RestForm int basedOn) {
        return change(() -> drafts.release(note, seen(revision, basedOn), by()), "released", "release",
                Map.of("note", nz(note)));
    }

    @GET
    @Path("draft/discard")
    public TemplateInstance confirmDiscard(@QueryParam("revision") long revision) {
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("放弃草稿", "确定要放弃事项目录草稿吗？",
                "草稿中尚未发布的全部修改都将丢失，不能恢复；已发布的事项目录版本不受影响。", "/console/services/draft/discard",
                "revision", Long.toString(revision), "确认放弃", "/console/services"));
    }

    @POST
    @Path("draft/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestForm long revision) {
        return change(() -> {
            drafts.discard(revision);
            return null;
        }, "discarded", "discard", Map.of());
    }

    private interface Step {
        Object run();
    }

    private Response change(Step step, String done, String form, Map<String, String> typed) {
        try {
            step.run();
            return done(done);
        } catch (PortalException e) {
            return cataloguePage(e.status(), refusal(form, e, typed), null);
        }
    }

    private Response cataloguePage(int status, Refusal refusal, String notice) {
        ServiceCatalogueDrafts.Draft draft = drafts.current();
        Map<String, String> eventNames = draft.content().events().stream()
                .collect(java.util.stream.Collectors.toMap(EventInput::code, EventInput::name, (a, b) -> a));
        Map<String, String> countyNames = countyNames();
        List<ItemRow> rows = draft.content().items().stream().map(i -> new ItemRow(i.code(), i.name(),
                ServiceKind.of(i.kind()).map(ServiceKind::label).orElse(i.kind()),
                String.join("、", i.audiences().stream().map(a -> Audience.of(a).map(Audience::label).orElse(a)).toList()),
                String.join("、", i.events().stream().map(e -> eventNames.getOrDefault(e, e)).toList()),
                Boolean.TRUE.equals(i.allCounties()) ? "全部区县"
                        : i.counties().isEmpty() ? "（暂无区县）"
                                : String.join("、", i.counties().stream().map(c -> countyNames.getOrDefault(c, c)).toList())))
                .toList();
        return Response.status(status).entity(Templates.services(caller.displayName(),
                new CataloguePage(catalogue.current(), draft, draft.content().events(), rows, refusal, notice))).build();
    }

    private Response itemPage(int status, String original, ItemInput item, ServiceCatalogueDrafts.Seen seen,
            Refusal refusal) {
        ServiceCatalogueDrafts.Draft draft = drafts.current();
        List<Choice> kinds = java.util.Arrays.stream(ServiceKind.values())
                .map(k -> new Choice(k.name(), k.label(), k.name().equals(item.kind()))).toList();
        List<Choice> audiences = java.util.Arrays.stream(Audience.values())
                .map(a -> new Choice(a.name(), a.label(), item.audiences().contains(a.name()))).toList();
        List<Choice> events = draft.content().events().stream()
                .map(e -> new Choice(e.code(), e.name(), item.events().contains(e.code()))).toList();
        List<Choice> counties = directory.all().stream().sorted(Comparator.comparing(TenantInfo::divisionCode))
                .map(t -> new Choice(t.code().value(), t.name(), item.counties().contains(t.code().value()))).toList();
        return Response.status(status).entity(Templates.serviceItem(caller.displayName(), new ItemPage(original, item,
                seen, kinds, audiences, events, Boolean.TRUE.equals(item.allCounties()), counties, refusal))).build();
    }

    private Map<String, String> countyNames() {
        return directory.all().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.code().value(), TenantInfo::name, (a, b) -> a));
    }

    private static ServiceCatalogueDrafts.Seen seen(long revision, int basedOn) {
        return new ServiceCatalogueDrafts.Seen(revision, basedOn);
    }

    /** "revision:basedOn", as the confirmation page carries both in one field. */
    private static ServiceCatalogueDrafts.Seen seen(String both) {
        try {
            String[] parts = both.split(":");
            return new ServiceCatalogueDrafts.Seen(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new ConflictException("事项目录草稿已被他人修改，请刷新后再操作");
        }
    }

    private static Refusal refusal(String form, PortalException e, Map<String, String> typed) {
        return new Refusal(form, e instanceof InvalidInputException i ? i.field() : null, e.getMessage(), typed);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/console/services?done=" + what)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "事项已添加到草稿。";
            case "changed" -> "已在草稿中修改。";
            case "moved" -> "已在草稿中调整顺序。";
            case "removed" -> "已从草稿中删除。";
            case "event" -> "生命事件已保存到草稿。";
            case "released" -> "新版本已发布，各区县的办事服务已更新。";
            case "discarded" -> "草稿已放弃。";
            default -> null;
        };
    }

    private String by() {
        return caller.displayName();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A code no item can have names nothing here: 404 before any form is read or page shown again. */
    private static void requireItemCode(String code) {
        if (!ServiceCatalogue.isItemCode(code)) {
            throw new NotFoundException("事项不存在");
        }
    }

    private static void requireEventCode(String code) {
        if (!ServiceCatalogue.isEventCode(code)) {
            throw new NotFoundException("生命事件不存在");
        }
    }
}
