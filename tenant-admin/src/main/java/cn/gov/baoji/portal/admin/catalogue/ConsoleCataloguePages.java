package cn.gov.baoji.portal.admin.catalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.catalogue.CatalogueDrafts;
import cn.gov.baoji.portal.core.catalogue.CatalogueRelease;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The disclosure catalogue as a tree: edits go to a working copy, "发布新版本" publishes it to every
 * county. Works without script: each change is a small form, destructive ones confirm.
 */
@Path("/console/catalogue")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleCataloguePages {

    private final CatalogueDrafts drafts;
    private final CatalogueService catalogue;
    private final Caller caller;

    ConsoleCataloguePages(CatalogueDrafts drafts, CatalogueService catalogue, Caller caller) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** A node with its children, for the nested lists of the tree. */
    public record TreeNode(String code, String name, boolean allowLocalChildren, List<TreeNode> children) {
    }

    /** A node to choose as a parent, its name indented by depth. */
    public record ParentChoice(String code, String label) {
    }

    /** What was typed into a refused form, and why. */
    public record Refusal(String form, String field, String message, Map<String, String> values) {

        public String typed(String name) {
            return values.getOrDefault(name, "");
        }
    }

    /** The tree page. */
    public record TreePage(CatalogueRelease release, CatalogueDrafts.Draft draft, List<TreeNode> tree,
            List<ParentChoice> parents, Refusal refusal, String notice) {
    }

    /** One node's page: rename, move, order, local children. */
    public record NodePage(NodeInput node, CatalogueDrafts.Seen seen, List<ParentChoice> parents, Refusal refusal) {
    }

    @CheckedTemplate(basePath = "ConsolePages")
    static class Templates {
        static native TemplateInstance catalogue(String userName, TreePage page);

        static native TemplateInstance catalogueNode(String userName, NodePage page);
    }

    @GET
    public Response tree(@QueryParam("done") String done) {
        return treePage(200, null, notice(done));
    }

    /** What every form of the tree sends back: the draft's revision and release the page showed. */
    public record SeenForm(@RestForm long revision, @RestForm int basedOn) {

        CatalogueDrafts.Seen seen() {
            return new CatalogueDrafts.Seen(revision, basedOn);
        }
    }

    @POST
    @Path("nodes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String code, @RestForm String parentCode, @RestForm String name,
            @RestForm boolean allowLocalChildren, @BeanParam SeenForm seen) {
        try {
            drafts.addNode(new NodeInput(strip(code), blankToNull(parentCode), name, allowLocalChildren), seen.seen(),
                    by());
            return done("added");
        } catch (PortalException e) {
            return treePage(e.status(), refusal("add", e, Map.of("code", nz(code), "parentCode", nz(parentCode),
                    "name", nz(name), "allowLocalChildren", allowLocalChildren ? "on" : "")), null);
        }
    }

    @GET
    @Path("nodes/{code}")
    public Response node(@PathParam("code") String code) {
        requireCode(code);
        return nodePage(200, code, null);
    }

    @POST
    @Path("nodes/{code}/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("code") String code, @RestForm String name, @BeanParam SeenForm seen) {
        requireCode(code);
        try {
            drafts.rename(code, name, seen.seen(), by());
            return done("renamed");
        } catch (PortalException e) {
            return onNode(e, code, refusal("rename", e, Map.of("name", nz(name))));
        }
    }

    @POST
    @Path("nodes/{code}/parent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("code") String code, @RestForm String parentCode, @BeanParam SeenForm seen) {
        requireCode(code);
        try {
            drafts.move(code, blankToNull(parentCode), seen.seen(), by());
            return done("moved");
        } catch (PortalException e) {
            return onNode(e, code, refusal("move", e, Map.of("parentCode", nz(parentCode))));
        }
    }

    @POST
    @Path("nodes/{code}/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shift(@PathParam("code") String code, @RestForm String direction, @BeanParam SeenForm seen) {
        requireCode(code);
        try {
            drafts.shift(code, "up".equals(direction) ? -1 : 1, seen.seen(), by());
            return done("moved");
        } catch (ConflictException e) {
            return treePage(e.status(), refusal("order", e, Map.of()), null);
        }
    }

    @POST
    @Path("nodes/{code}/local-children")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response allowLocal(@PathParam("code") String code, @RestForm boolean allow, @BeanParam SeenForm seen) {
        requireCode(code);
        try {
            drafts.allowLocalChildren(code, allow, seen.seen(), by());
            return done("changed");
        } catch (ConflictException e) {
            return treePage(e.status(), refusal("local", e, Map.of()), null);
        }
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@RestForm String note, @BeanParam SeenForm seen) {
        try {
            drafts.release(note, seen.seen(), by());
            return done("released");
        } catch (PortalException e) {
            return treePage(e.status(), refusal("release", e, Map.of("note", nz(note))), null);
        }
    }

    /** Asks before the draft is dropped; the confirming form carries the revision the tree page showed. */
    @GET
    @Path("draft/discard")
    public TemplateInstance confirmDiscard(@QueryParam("revision") long revision) {
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("放弃草稿",
                "确定要放弃目录草稿吗？",
                "草稿中尚未发布的全部修改都将丢失，不能恢复；已发布的目录版本不受影响。",
                "/console/catalogue/draft/discard", "revision", Long.toString(revision), "确认放弃",
                "/console/catalogue"));
    }

    @POST
    @Path("draft/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestForm long revision) {
        try {
            drafts.discard(revision);
            return done("discarded");
        } catch (ConflictException e) {
            return treePage(e.status(), refusal("discard", e, Map.of()), null);
        }
    }

    /** A conflict shows the tree as it is now; other refusals keep the node's form with what was typed. */
    private Response onNode(PortalException e, String code, Refusal refusal) {
        if (e instanceof ConflictException) {
            return treePage(e.status(), refusal, null);
        }
        return nodePage(e.status(), code, refusal);
    }

    private Response treePage(int status, Refusal refusal, String notice) {
        CatalogueDrafts.Draft draft = drafts.current();
        return Response.status(status).entity(Templates.catalogue(caller.displayName(), new TreePage(catalogue.current(),
                draft, tree(draft.nodes(), null), parents(draft.nodes(), List.of()), refusal, notice))).build();
    }

    private Response nodePage(int status, String code, Refusal refusal) {
        CatalogueDrafts.Draft draft = drafts.current();
        NodeInput node = draft.nodes().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new cn.gov.baoji.portal.core.error.NotFoundException("目录节点不存在：" + code));
        return Response.status(status).entity(Templates.catalogueNode(caller.displayName(),
                new NodePage(node, draft.seen(), parents(draft.nodes(), drafts.subtree(code)), refusal))).build();
    }

    private static List<TreeNode> tree(List<NodeInput> nodes, String parent) {
        List<TreeNode> result = new ArrayList<>();
        for (NodeInput n : nodes) {
            if (parent == null ? n.parentCode() == null : parent.equals(n.parentCode())) {
                result.add(new TreeNode(n.code(), n.name(), Boolean.TRUE.equals(n.allowLocalChildren()),
                        tree(nodes, n.code())));
            }
        }
        return result;
    }

    /** Every node but the excluded ones (a node's own subtree cannot be its parent), indented by depth. */
    private static List<ParentChoice> parents(List<NodeInput> nodes, List<String> excluded) {
        Map<String, String> parentOf = nodes.stream()
                .collect(Collectors.toMap(NodeInput::code, n -> n.parentCode() == null ? "" : n.parentCode()));
        List<ParentChoice> result = new ArrayList<>();
        for (NodeInput n : nodes) {
            if (excluded.contains(n.code())) {
                continue;
            }
            int depth = 0;
            for (String p = parentOf.get(n.code()); p != null && !p.isEmpty(); p = parentOf.get(p)) {
                depth++;
            }
            result.add(new ParentChoice(n.code(), "　".repeat(depth) + n.name()));
        }
        return result;
    }

    private static Refusal refusal(String form, PortalException e, Map<String, String> typed) {
        return new Refusal(form, e instanceof InvalidInputException i ? i.field() : null, e.getMessage(), typed);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/console/catalogue?done=" + what)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "已添加到草稿。";
            case "renamed" -> "已在草稿中改名。";
            case "moved" -> "已在草稿中移动。";
            case "changed" -> "已在草稿中修改。";
            case "released" -> "新版本已发布，各区县公开目录已更新。";
            case "discarded" -> "草稿已放弃。";
            default -> null;
        };
    }

    private String by() {
        return caller.displayName();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A code that no node or topic can have names nothing here: 404 before any form is read again. */
    private static void requireCode(String code) {
        if (!CatalogueService.isCode(code)) {
            throw new NotFoundException("目录或主题分类不存在");
        }
    }
}
