package cn.gov.baoji.portal.core.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;

/**
 * 栏目点击: the page views of the current county for a period of China dates, both ends included,
 * as far as they are written ({@link PageViewCounter} flushes every few seconds; views still in
 * memory are not seen). "Views" are human views; bots are counted apart.
 * <p>
 * The city console reads a county with {@link #inCounty} (its own schema, its own transaction)
 * or every county's totals with {@link #counties}.
 */
@ApplicationScoped
public class PageViewFigures {

    /** The longest period one query may cover (about ten years of days). */
    static final int MAX_DAYS = 3700;
    public static final int MAX_LIMIT = 100;

    private final EntityManager em;
    private final TenantScope scope;
    private final TenantStore store;

    PageViewFigures(EntityManager em, TenantScope scope, TenantStore store) {
        this.em = em;
        this.scope = scope;
        this.store = store;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long humanViews(LocalDate from, LocalDate to) {
        return total("human_views", from, to);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long botViews(LocalDate from, LocalDate to) {
        return total("bot_views", from, to);
    }

    /** Every channel with at least one human view, most viewed first (then by code). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelViews> perChannel(LocalDate from, LocalDate to) {
        check(from, to);
        List<?> rows = em.createNativeQuery("SELECT v.channel_code, c.name, sum(v.human_views) AS views"
                + " FROM page_view_day v LEFT JOIN channel c ON c.code = v.channel_code"
                + " WHERE v.day BETWEEN ?1 AND ?2 GROUP BY v.channel_code, c.name HAVING sum(v.human_views) > 0"
                + " ORDER BY views DESC, v.channel_code")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<ChannelViews> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String code = (String) r[0];
            result.add(new ChannelViews(code, name(code, (String) r[1]), ((Number) r[2]).longValue()));
        }
        return result;
    }

    /**
     * The {@code limit} articles with most human views, most first (then by id). The title is the
     * published one, or the working title of an article no longer public.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleViews> mostRead(LocalDate from, LocalDate to, int limit) {
        check(from, to);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "条数应在 1 到 " + MAX_LIMIT + " 之间");
        }
        List<?> rows = em.createNativeQuery("SELECT t.article_id, coalesce(p.title, a.title), t.channel_code, c.name, t.views"
                + " FROM (SELECT article_id, sum(human_views) AS views,"
                + "   (array_agg(channel_code ORDER BY human_views DESC, channel_code))[1] AS channel_code"
                + "   FROM page_view_day WHERE day BETWEEN ?1 AND ?2 AND article_id > 0"
                + "   GROUP BY article_id HAVING sum(human_views) > 0 ORDER BY views DESC, article_id LIMIT ?3) t"
                + " LEFT JOIN published_article p ON p.article_id = t.article_id"
                + " LEFT JOIN article a ON a.id = t.article_id"
                + " LEFT JOIN channel c ON c.code = t.channel_code"
                + " ORDER BY t.views DESC, t.article_id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, limit).getResultList();
        List<ArticleViews> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String channel = (String) r[2];
            String title = r[1] == null ? "（已删除的文章）" : (String) r[1];
            result.add(new ArticleViews(((Number) r[0]).longValue(), title, channel, name(channel, (String) r[3]),
                    ((Number) r[4]).longValue()));
        }
        return result;
    }

    /** Everything above at once, for the current county. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ViewSummary summary(LocalDate from, LocalDate to, int mostReadLimit) {
        return new ViewSummary(from, to, humanViews(from, to), botViews(from, to), perChannel(from, to),
                mostRead(from, to, mostReadLimit));
    }

    /**
     * Reads a named county's figures from anywhere (the city console, a job), in that county's
     * schema, e.g. {@code figures.inCounty(code, f -> f.perChannel(from, to))}.
     */
    public <T> T inCounty(TenantCode county, Function<PageViewFigures, T> read) {
        return scope.call(county, () -> read.apply(this));
    }

    /** Every county's totals, in the console's order; counties still being set up are left out. */
    public List<CountyViews> counties(LocalDate from, LocalDate to) {
        check(from, to);
        List<CountyViews> result = new ArrayList<>();
        for (TenantStore.Registration r : store.findAll()) {
            TenantInfo t = r.tenant();
            if (t.status() != TenantStatus.PROVISIONING) {
                result.add(scope.call(t.code(), () -> new CountyViews(t.code().value(), t.name(),
                        humanViews(from, to), botViews(from, to))));
            }
        }
        return result;
    }

    private long total(String column, LocalDate from, LocalDate to) {
        check(from, to);
        Number n = (Number) em.createNativeQuery("SELECT coalesce(sum(" + column + "), 0) FROM page_view_day"
                + " WHERE day BETWEEN ?1 AND ?2").setParameter(1, from).setParameter(2, to).getSingleResult();
        return n.longValue();
    }

    private static String name(String code, String channelName) {
        String pseudo = PageViewTarget.pseudoChannelName(code);
        return pseudo != null ? pseudo : channelName != null ? channelName : code;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "请填写开始日期");
        }
        if (to == null) {
            throw new InvalidInputException("to", "请填写结束日期");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "统计期间不能超过十年");
        }
    }
}
