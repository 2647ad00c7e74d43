package cn.gov.baoji.portal.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.PublishedLooks;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Counts the annual report's automatic lines for the current county and one calendar year (Beijing
 * dates, 1 January to 31 December).
 * <ul>
 * <li>Articles count in the year they were <em>first</em> published (a later withdrawal does not undo
 * that). 政务动态: channels 新闻动态 (xwdt) and 通知公告 (tzgg) and their sub-channels; 信息公开目录:
 * articles placed in the disclosure catalogue; 解读: the channel 政策解读 (zcjd), or any channel whose
 * name (or a parent's) contains 解读.</li>
 * <li>专栏专题: visible channels without visible sub-channels whose name, or a parent's, contains 专题
 * or 专栏; 新开设 those created in the year.</li>
 * <li>Messages and applications as the public statistics count them (received in the year).</li>
 * <li>征集调查: surveys and consultations published that start in the year, their responses and
 * comments received in the year, and consultations whose feedback was published in the year.</li>
 * <li>Service items: the published guides at the time of counting, and those with online application.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportFigures {

    static final Set<String> NEWS_CHANNELS = Set.of("xwdt", "tzgg");
    static final String INTERPRETATION_CHANNEL = "zcjd";

    private final EntityManager em;
    private final TenantContext tenant;
    private final TenantDirectory directory;
    private final SiteService site;
    private final PublishedLooks looks;
    private final MessageFigures messages;
    private final ApplicationFigures applications;
    private final ReportVisits visits;

    ReportFigures(EntityManager em, TenantContext tenant, TenantDirectory directory, SiteService site, PublishedLooks looks,
            MessageFigures messages, ApplicationFigures applications, ReportVisits visits) {
        this.em = em;
        this.tenant = tenant;
        this.directory = directory;
        this.site = site;
        this.looks = looks;
        this.messages = messages;
        this.applications = applications;
        this.visits = visits;
    }

    /** One channel, as the counting needs it. */
    record ChannelNode(long id, Long parentId, String code, String name, boolean visible, OffsetDateTime createdAt) {
    }

    /** The automatic lines of {@code year}, keyed by {@link ReportField#key()}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> count(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        OffsetDateTime start = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = from.plusYears(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        Map<ReportField, Object> f = new LinkedHashMap<>();
        header(f);
        visits.humanViews(from, to).ifPresent(v -> f.put(ReportField.TOTAL_VISITS, v));

        Map<Long, ChannelNode> channels = channels();
        long total = 0;
        long news = 0;
        long interpretations = 0;
        long disclosure = 0;
        for (Object[] row : rows("SELECT channel_id, disclosure FROM article WHERE first_published_at >= ?1"
                + " AND first_published_at < ?2", start, end)) {
            total++;
            long channel = ((Number) row[0]).longValue();
            if (Boolean.TRUE.equals(row[1])) {
                disclosure++;
            }
            if (NEWS_CHANNELS.contains(rootCode(channels, channel))) {
                news++;
            }
            if (isInterpretation(channels, channel)) {
                interpretations++;
            }
        }
        f.put(ReportField.ARTICLES_TOTAL, total);
        f.put(ReportField.NEWS_ARTICLES, news);
        f.put(ReportField.DISCLOSURE_ARTICLES, disclosure);
        f.put(ReportField.INTERPRETATIONS, interpretations);
        f.put(ReportField.INTERPRETATION_MATERIALS, interpretations);

        List<ChannelNode> topics = channels.values().stream().filter(c -> isTopicColumn(channels, c)).toList();
        f.put(ReportField.COLUMNS_MAINTAINED, topics.size());
        f.put(ReportField.COLUMNS_OPENED, topics.stream()
                .filter(c -> c.createdAt() != null && !c.createdAt().isBefore(start) && c.createdAt().isBefore(end)).count());

        long guides = number("SELECT count(*) FROM service_guide WHERE published");
        f.put(ReportField.SERVICE_CATALOGUE, guides > 0 ? "是" : "否");
        f.put(ReportField.SERVICE_ITEMS, guides);
        f.put(ReportField.ONLINE_SERVICE_ITEMS, number("SELECT count(*) FROM service_guide WHERE published AND online_apply"));
        ApplicationFigures.Row applied = applications.period(year + "年", from, to).total();
        f.put(ReportField.APPLICATIONS_RECEIVED, applied.received());
        f.put(ReportField.APPLICATIONS_COMPLETED, applied.completed());

        f.put(ReportField.UNIFIED_PLATFORM, "是");
        MessageFigures.Row received = messages.period(year + "年", from, to).total();
        f.put(ReportField.MESSAGES_RECEIVED, received.received());
        f.put(ReportField.MESSAGES_REPLIED, received.replied());
        BigDecimal average = received.averageWorkingDays();
        if (average != null) {
            f.put(ReportField.MESSAGE_AVERAGE_DAYS, average.toPlainString());
        }
        f.put(ReportField.MESSAGES_PUBLISHED, number("SELECT count(*) FROM message WHERE received_at >= ?1 AND received_at < ?2"
                + " AND state = 'REPLIED' AND published", start, end));
        f.put(ReportField.SURVEY_ROUNDS,
                number("SELECT count(*) FROM survey WHERE state = 'PUBLISHED' AND starts_at >= ?1 AND starts_at < ?2", start, end)
                        + number("SELECT count(*) FROM consultation WHERE state = 'PUBLISHED' AND opens_at >= ?1 AND opens_at < ?2",
                                start, end));
        f.put(ReportField.OPINIONS_RECEIVED,
                number("SELECT count(*) FROM survey_response WHERE submitted_at >= ?1 AND submitted_at < ?2", start, end)
                        + number("SELECT count(*) FROM consultation_comment WHERE submitted_at >= ?1 AND submitted_at < ?2",
                                start, end));
        f.put(ReportField.RESULT_ROUNDS, number("SELECT count(*) FROM consultation WHERE feedback_published_at >= ?1"
                + " AND feedback_published_at < ?2", start, end));
        f.put(ReportField.INTERVIEWS, number("SELECT count(*) FROM interview WHERE state = 'ANNOUNCED' AND starts_at >= ?1"
                + " AND starts_at < ?2", start, end));
        f.put(ReportField.INTERVIEW_QUESTIONS, number("SELECT count(*) FROM interview_question WHERE asked_at >= ?1"
                + " AND asked_at < ?2", start, end));
        f.put(ReportField.INTERVIEW_ANSWERS, number("SELECT count(*) FROM interview_question WHERE state = 'PICKED'"
                + " AND asked_at >= ?1 AND asked_at < ?2", start, end));
        f.put(ReportField.ACCESSIBILITY, "是");

        Map<String, String> figures = new LinkedHashMap<>();
        f.forEach((field, value) -> {
            if (value != null) {
                figures.put(field.key(), String.valueOf(value));
            }
        });
        return figures;
    }

    private void header(Map<ReportField, Object> f) {
        TenantInfo county = tenant.require();
        FooterFacts facts = looks.current().map(LookSettings::footer).orElse(null);
        SiteFooter footer = facts != null ? facts.siteFooter() : site.footer();
        String identifier = facts != null && facts.siteIdentifier() != null ? facts.siteIdentifier() : county.siteIdentifier();
        f.put(ReportField.SITE_NAME, county.siteName());
        directory.canonicalHost(county.code()).ifPresent(host -> f.put(ReportField.HOME_URL,
                (host.endsWith(".localhost") ? "http://" : "https://") + host + "/"));
        f.put(ReportField.ORGANIZER, footer.organizer());
        f.put(ReportField.SITE_TYPE, "政府门户网站");
        f.put(ReportField.SITE_IDENTIFIER, identifier);
        f.put(ReportField.ICP_NUMBER, footer.icpNumber());
        f.put(ReportField.POLICE_RECORD_NUMBER, footer.policeRecordNumber());
    }

    private Map<Long, ChannelNode> channels() {
        Map<Long, ChannelNode> byId = new HashMap<>();
        for (Object[] r : rows("SELECT id, parent_id, code, name, visible, created_at FROM channel")) {
            ChannelNode c = new ChannelNode(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2], (String) r[3], Boolean.TRUE.equals(r[4]), toOffset(r[5]));
            byId.put(c.id(), c);
        }
        return byId;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }

    static String rootCode(Map<Long, ChannelNode> channels, long id) {
        ChannelNode c = channels.get(id);
        int guard = 0;
        while (c != null && c.parentId() != null && guard++ < 50) {
            ChannelNode parent = channels.get(c.parentId());
            if (parent == null) {
                break;
            }
            c = parent;
        }
        return c == null ? null : c.code();
    }

    static boolean isInterpretation(Map<Long, ChannelNode> channels, long id) {
        return anyUp(channels, channels.get(id), c -> INTERPRETATION_CHANNEL.equals(c.code()) || c.name().contains("解读"));
    }

    static boolean isTopicColumn(Map<Long, ChannelNode> channels, ChannelNode c) {
        if (!c.visible() || channels.values().stream().anyMatch(o -> o.visible() && c.id() == (o.parentId() == null ? -1 : o.parentId()))) {
            return false;
        }
        return anyUp(channels, c, n -> n.name().contains("专题") || n.name().contains("专栏"));
    }

    private static boolean anyUp(Map<Long, ChannelNode> channels, ChannelNode start, java.util.function.Predicate<ChannelNode> test) {
        ChannelNode c = start;
        int guard = 0;
        while (c != null && guard++ < 50) {
            if (test.test(c)) {
                return true;
            }
            c = c.parentId() == null ? null : channels.get(c.parentId());
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    private long number(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
