package cn.gov.baoji.portal.admin.console;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.content.ArticleState;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;

/**
 * Every county at a glance for the console home: status, newest publication, articles waiting for
 * review. Two small queries per county, each in that county's own schema.
 */
@ApplicationScoped
public class CountyOverview {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenantStore store;
    private final TenantScope scope;
    private final EntityManager em;

    CountyOverview(TenantStore store, TenantScope scope, EntityManager em) {
        this.store = store;
        this.scope = scope;
        this.em = em;
    }

    /**
     * One county's row.
     *
     * @param lastUpdate newest publication, as shown ("yyyy-MM-dd HH:mm", Beijing time), null when none
     * @param pendingReview articles submitted and not yet approved or returned; null while not provisioned
     */
    public record Row(String code, String name, String siteName, String statusLabel, boolean served,
            String lastUpdate, Long pendingReview) {
    }

    public List<Row> rows() {
        return store.findAll().stream().map(r -> row(r.tenant())).toList();
    }

    private Row row(TenantInfo t) {
        String status = switch (t.status()) {
            case ACTIVE -> "运行中";
            case SUSPENDED -> "已暂停";
            case PROVISIONING -> "开通中";
        };
        if (t.status() == TenantStatus.PROVISIONING) {
            return new Row(t.code().value(), t.name(), t.siteName(), status, false, null, null);
        }
        return scope.call(t.code(), () -> {
            OffsetDateTime newest = em.createQuery("SELECT max(p.publishedAt) FROM PublishedArticle p", OffsetDateTime.class)
                    .getSingleResult();
            Long pending = em.createQuery("SELECT count(a) FROM Article a WHERE a.state = :s", Long.class)
                    .setParameter("s", ArticleState.PENDING).getSingleResult();
            return new Row(t.code().value(), t.name(), t.siteName(), status, t.isServed(),
                    newest == null ? null : newest.atZoneSameInstant(CHINA).format(SHOWN), pending);
        });
    }
}
