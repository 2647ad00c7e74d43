package cn.gov.baoji.portal.core.inspection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Summary;
import cn.gov.baoji.portal.core.tenant.SiteOrigins;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * The daily summary e-mail: one per county to its webmasters (their own account addresses, see
 * {@link InspectionRecipients}; never the footer's public contact address), and one for the city with
 * every county. Citizens' messages are named by number and department only, never by the title the
 * citizen wrote (mail leaves the platform; the message may be unpublished). Each goes once a day whatever the number
 * of instances: a row in {@code platform.inspection_mail} claims it before sending (and is taken back
 * if sending fails, so the next look retries).
 */
@ApplicationScoped
public class InspectionMail {

    private static final Logger LOG = Logger.getLogger(InspectionMail.class);
    /** Findings listed in a county's mail; the rest are a click away. */
    private static final int LISTED = 50;
    static final String CITY = "city";

    private final Mailer mailer;
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final InspectionReport report;
    private final Instance<InspectionRecipients> recipients;
    private final SiteOrigins origins;
    private final AgroalDataSource dataSource;
    private final InspectionConfig config;
    private final Clock clock;

    InspectionMail(Mailer mailer, TenantDirectory directory, TenantScope scope, InspectionReport report,
            Instance<InspectionRecipients> recipients, SiteOrigins origins, AgroalDataSource dataSource, InspectionConfig config,
            Clock clock) {
        this.mailer = mailer;
        this.directory = directory;
        this.scope = scope;
        this.report = report;
        this.recipients = recipients;
        this.origins = origins;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** A summary that went out. */
    public record Sent(String scope, List<String> to, String subject) {
    }

    @Scheduled(every = "${portal.inspection.mail.every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaTime.ZONE));
        if (config.mail().enabled() && now.getHour() >= config.mail().hour()) {
            sendDaily(now.toLocalDate());
        }
    }

    /** Sends the summaries of {@code day} not sent yet; what this call sent. */
    public List<Sent> sendDaily(LocalDate day) {
        List<Sent> sent = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (TenantInfo tenant : List.copyOf(directory.all())) {
            if (!tenant.isServed()) {
                continue;
            }
            try {
                Overview overview = scope.call(tenant.code(), () -> report.overview(null));
                summaries.add(overview.summary());
                List<String> to = webmasters(tenant);
                if (to.isEmpty()) {
                    LOG.warnf("County '%s' has no webmaster with an e-mail address; its self-inspection summary for %s"
                            + " is not sent (add one to a webmaster account)", tenant.code(), day);
                } else {
                    send(day, tenant.code().value(), to, subject(tenant.siteName(), day, overview.summary()),
                            countyText(tenant, day, overview)).ifPresent(sent::add);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Self-inspection summary of county '%s' could not be prepared; tried again later",
                        tenant.code());
            }
        }
        Optional<String> city = config.mail().cityTo().filter(s -> !s.isBlank());
        if (city.isPresent()) {
            int veto = summaries.stream().mapToInt(Summary::veto).sum();
            int open = summaries.stream().mapToInt(Summary::open).sum();
            send(day, CITY, List.of(city.get()), "【网站自查】各区县汇总 " + day + "：单项否决风险 " + veto + " 项，问题 "
                    + open + " 项", cityText(day, summaries)).ifPresent(sent::add);
        }
        return sent;
    }

    private List<String> webmasters(TenantInfo tenant) {
        return recipients.isResolvable() ? recipients.get().of(tenant.code()) : List.of();
    }

    private Optional<Sent> send(LocalDate day, String recipientScope, List<String> to, String subject, String text) {
        if (!claim(day, recipientScope)) {
            return Optional.empty();
        }
        try {
            mailer.send(Mail.withText(to.get(0), subject, text).setTo(to));
            LOG.infof("Self-inspection summary of %s for %s sent to %s", recipientScope, day, to);
            return Optional.of(new Sent(recipientScope, to, subject));
        } catch (RuntimeException e) {
            unclaim(day, recipientScope);
            LOG.errorf(e, "Self-inspection summary of %s for %s could not be sent to %s; retried at the next look",
                    recipientScope, day, to);
            return Optional.empty();
        }
    }

    static String subject(String siteName, LocalDate day, Summary s) {
        return "【网站自查】" + siteName + " " + day + "：单项否决风险 " + s.veto() + " 项，问题 " + s.open() + " 项";
    }

    private String countyText(TenantInfo tenant, LocalDate day, Overview overview) {
        String origin = origins.of(tenant.code());
        StringBuilder b = new StringBuilder();
        Summary s = overview.summary();
        b.append(tenant.siteName()).append(" 网站自查日报（").append(day).append("）\n\n");
        if (s.lastRun() == null) {
            b.append("本站尚未进行过自查。\n");
        } else {
            b.append("最近一次自查：").append(s.lastRun().finishedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime()
                    .withNano(0).toString().replace('T', ' ')).append("\n");
        }
        b.append("单项否决风险：").append(s.veto()).append(" 项；全部问题：").append(s.open()).append(" 项。\n\n");
        int i = 0;
        for (FindingView f : overview.findings()) {
            if (++i > LISTED) {
                b.append("……另有 ").append(overview.findings().size() - LISTED).append(" 项，请到后台查看。\n");
                break;
            }
            b.append(i).append(". [").append(f.severityLabel()).append("] ").append(f.ruleName()).append("：")
                    .append(mailTitle(f));
            if (f.detail() != null) {
                b.append("——").append(f.detail());
            }
            b.append("\n   责任单位：").append(f.department() == null ? "站点管理员" : f.department())
                    .append("；发现于 ").append(f.firstSeenAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate())
                    .append("\n   处理建议：").append(f.advice()).append("\n");
            if (f.adminUrl() != null) {
                b.append("   去处理：").append(origin).append(f.adminUrl()).append("\n");
            }
        }
        if (overview.findings().isEmpty()) {
            b.append("没有发现问题。\n");
        }
        b.append("\n全部结果：").append(origin).append("/admin/inspection/\n");
        return b.toString();
    }

    private static final Pattern MESSAGE = Pattern.compile("/admin/messages/(\\d+)");

    /** A citizen's message by its number and department: its title is the citizen's own words. */
    static String mailTitle(FindingView f) {
        Matcher m = f.adminUrl() == null ? null : MESSAGE.matcher(f.adminUrl());
        if (f.rule().startsWith("MESSAGE_") && m != null && m.matches()) {
            return "留言 #" + m.group(1) + (f.department() == null ? "" : "（" + f.department() + "）");
        }
        return f.title();
    }

    private static String cityText(LocalDate day, List<Summary> summaries) {
        StringBuilder b = new StringBuilder("宝鸡市各区县政府网站自查汇总（").append(day).append("）\n\n");
        for (Summary s : summaries) {
            b.append(s.siteName()).append("：单项否决风险 ").append(s.veto()).append(" 项，问题 ").append(s.open())
                    .append(" 项").append(s.lastRun() == null ? "（尚未自查）" : "").append("\n");
        }
        return b.toString();
    }

    private boolean claim(LocalDate day, String recipientScope) {
        String sql = "INSERT INTO platform.inspection_mail (day, recipient_scope, sent_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (day, recipient_scope) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, recipientScope);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.errorf(e, "Cannot record the self-inspection summary of %s for %s; not sent now", recipientScope, day);
            return false;
        }
    }

    private void unclaim(LocalDate day, String recipientScope) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM platform.inspection_mail WHERE day = ? AND recipient_scope = ?")) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, recipientScope);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.errorf(e, "Summary of %s for %s stays marked sent though it was not", recipientScope, day);
        }
    }
}
