package cn.gov.baoji.portal.admin.console;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.admin.tenant.SiteLinks;
import cn.gov.baoji.portal.core.content.ArticleState;
import cn.gov.baoji.portal.core.message.MessageDeadlines;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;

/**
 * Every county at a glance for the console home: status, newest publication, articles waiting for
 * review, overdue messages and those unanswered for three months (the national single-veto rule,
 * flagged red). A few small queries per county, each in that county's own schema.
 */
@ApplicationScoped
public class CountyOverview {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenantStore store;
    private final TenantScope scope;
    private final EntityManager em;
    private final MessageDeadlines deadlines;

    CountyOverview(TenantStore store, TenantScope scope, EntityManager em, MessageDeadlines deadlines) {
        this.store = store;
        this.scope = scope;
        this.em = em;
        this.deadlines = deadlines;
    }

    /**
     * One county's row.
     *
     * @param lastUpdate newest publication, as shown ("yyyy-MM-dd HH:mm", Beijing time), null when none
     * @param pendingReview articles submitted and not yet approved or returned; null while not provisioned
     * @param overdueMessages open messages past their due date; null while not provisioned
     * @param redFlags open messages received three months ago or earlier, oldest first
     * @param siteUrl the county's site (its back office is under {@code admin/}), null without a domain
     */
    public record Row(String code, String name, String siteName, String statusLabel, boolean served,
            String lastUpdate, Long pendingReview, Long overdueMessages, List<RedFlagRow> redFlags, String siteUrl) {

        public String messagesUrl() {
            return siteUrl == null ? null : siteUrl + "admin/messages/";
        }
    }

    /** A red-flagged message as the console lists it, linked to its page in the county's back office. */
    public record RedFlagRow(long id, String title, String departmentName, String received, int workingDaysOverdue,
            String url) {
    }

    /** @param port the console's own port, which local county hosts share */
    public List<Row> rows(int port) {
        return store.findAll().stream().map(r -> row(r.tenant(), SiteLinks.url(r.domains(), port))).toList();
    }

    private Row row(TenantInfo t, String siteUrl) {
        String status = switch (t.status()) {
            case ACTIVE -> "运行中";
            case SUSPENDED -> "已暂停";
            case PROVISIONING -> "开通中";
        };
        if (t.status() == TenantStatus.PROVISIONING) {
            return new Row(t.code().value(), t.name(), t.siteName(), status, false, null, null, null, List.of(), siteUrl);
        }
        return scope.call(t.code(), () -> {
            OffsetDateTime newest = em.createQuery("SELECT max(p.publishedAt) FROM PublishedArticle p", OffsetDateTime.class)
                    .getSingleResult();
            Long pending = em.createQuery("SELECT count(a) FROM Article a WHERE a.state = :s", Long.class)
                    .setParameter("s", ArticleState.PENDING).getSingleResult();
            List<RedFlagRow> red = deadlines.redFlags().stream().map(f -> new RedFlagRow(f.id(), f.title(),
                    f.departmentName(), f.receivedAt().atZoneSameInstant(CHINA).format(SHOWN), f.workingDaysOverdue(),
                    siteUrl == null ? null : siteUrl + "admin/messages/" + f.id())).toList();
            return new Row(t.code().value(), t.name(), t.siteName(), status, t.isServed(),
                    newest == null ? null : newest.atZoneSameInstant(CHINA).format(SHOWN), pending,
                    deadlines.overdueCount(), red, siteUrl);
        });
    }
}
