package cn.gov.baoji.portal.admin.backoffice;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.WorkList;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageRow;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The county back office's entry page, on the county's own host: what waits for the signed-in person. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class BackOfficePages {

    /** Items shown per work list; the rest are a click away on the article list. */
    private static final int SHOWN = 10;

    private final TenantContext tenant;
    private final Caller caller;
    private final WorkList work;
    private final WorkCounts counts;
    private final DepartmentService departments;
    private final MessageQueues messageQueues;

    BackOfficePages(TenantContext tenant, Caller caller, WorkList work, WorkCounts counts,
            DepartmentService departments, MessageQueues messageQueues) {
        this.tenant = tenant;
        this.caller = caller;
        this.work = work;
        this.counts = counts;
        this.departments = departments;
        this.messageQueues = messageQueues;
    }

    /**
     * What the entry page shows: who is signed in (with their department's name), and their work lists
     * (empty where they do not apply). Messages: county editors see those waiting to be accepted,
     * a department's officers their department's open ones, soonest due first.
     */
    public record Home(TenantInfo site, String userName, String roleLabel, String department, boolean webmaster,
            WorkList.Counts counts, List<WorkList.Item> returned, List<WorkList.Item> drafts,
            List<WorkList.Item> reviewLevelOne, List<WorkList.Item> reviewLevelTwo, List<WorkList.Item> scheduled,
            MessageQueues.Counts messages, boolean messageOfficer, List<MessageRow> messageItems) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);
    }

    @GET
    @Path("/")
    public TemplateInstance home() {
        TenantInfo site = tenant.require();
        Role role = caller.bindings().highestRoleIn(site.code()).orElse(Role.CONTRIBUTOR);
        Actor me = caller.actor();
        WorkList.Counts c = counts.getCounts();
        MessageQueues.Counts m = counts.getMessages();
        List<MessageRow> messageItems = m.countyEditor() ? messageQueues.awaitingAcceptance(me, 1, SHOWN).items()
                : counts.isMessageOfficer() ? messageQueues.open(me, null, 1, SHOWN).items() : List.of();
        // Applications (依申请公开) join here as a list of their own when that issue lands.
        return Templates.home(new Home(site, caller.displayName(), role.label(),
                caller.bindings().departmentIn(site.code())
                        .map(code -> departments.byCode(code).map(Department::getName).orElse(code)).orElse(null), role.includes(Role.WEBMASTER), c,
                work.returned(me, SHOWN), work.drafts(me, SHOWN),
                c.reviewsLevelOne() ? work.awaitingReview(me, 1, SHOWN) : List.of(),
                c.reviewsLevelTwo() ? work.awaitingReview(me, 2, SHOWN) : List.of(),
                c.countyEditor() ? work.scheduled(me, SHOWN) : List.of(), m, counts.isMessageOfficer(), messageItems));
    }
}
