package cn.gov.baoji.portal.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * The current county's annual reports (政府网站工作年度报表): generated from the platform's records,
 * completed and corrected by the webmaster or the city, then published on the county's site, by
 * 31 January of the next year.
 */
@ApplicationScoped
public class AnnualReports {

    /** The month and day by which last year's report must be public. */
    public static final int DEADLINE_MONTH = 1;
    public static final int DEADLINE_DAY = 31;

    private static final TypeReference<Map<String, String>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, ReportEntries.Entry>> ENTRIES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final TenantContext tenant;
    private final ReportFigures figures;
    private final Clock clock;
    private final PublicContentVersion publicVersion;
    private final ObjectMapper json = new ObjectMapper();

    AnnualReports(EntityManager em, TenantContext tenant, ReportFigures figures, Clock clock, PublicContentVersion publicVersion) {
        this.em = em;
        this.tenant = tenant;
        this.figures = figures;
        this.clock = clock;
        this.publicVersion = publicVersion;
    }

    /** One report in a list. */
    public record Summary(int year, String state, String stateLabel, OffsetDateTime updatedAt, OffsetDateTime publishedAt) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    /** The county's reports, newest year first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list(Actor actor) {
        requireManager(actor);
        return em.createQuery("FROM AnnualReport r ORDER BY r.year DESC", AnnualReport.class).getResultList().stream()
                .map(AnnualReports::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView get(Actor actor, int year) {
        requireManager(actor);
        checkYear(year);
        return view(find(year).orElseThrow(() -> new NotFoundException(year + " 年度报表尚未生成")));
    }

    /**
     * Counts the year's figures: a new draft, or fresh figures for an existing draft (what people
     * entered stays). A published report is not recounted.
     */
    @Transactional
    public ReportView generate(Actor actor, int year) {
        requireManager(actor);
        checkYear(year);
        Map<String, String> counted = figures.count(year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AnnualReport report = find(year).orElse(null);
        boolean created = report == null;
        if (created) {
            report = new AnnualReport();
            report.year = year;
            report.entriesJson = "{}";
        } else if (report.state == ReportState.PUBLISHED) {
            throw new ConflictException(year + " 年度报表已发布，不能重新生成");
        }
        report.figuresJson = write(counted);
        report.generatedAt = now;
        report.generatedBy = actor.name();
        report.updatedAt = now;
        report.updatedBy = actor.name();
        try {
            if (created) {
                em.persist(report);
            }
            flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // Someone generated the same year at the same moment.
            throw new ConflictException(year + " 年度报表刚刚已由他人生成，请刷新页面");
        }
        return view(report);
    }

    /** Changes what people entered; {@code version} must be the one the person saw. */
    @Transactional
    public ReportView update(Actor actor, int year, ReportEntries input) {
        requireManager(actor);
        checkYear(year);
        if (input == null || input.fields() == null) {
            throw new InvalidInputException("fields", "请填写报表内容");
        }
        if (input.version() == null) {
            throw new InvalidInputException("version", "缺少报表版本号，请刷新后再改");
        }
        AnnualReport report = find(year).orElseThrow(() -> new NotFoundException(year + " 年度报表尚未生成"));
        requireDraft(report);
        requireVersion(report, input.version());
        Map<String, String> counted = read(report.figuresJson, FIGURES);
        Map<String, ReportEntries.Entry> entries = new LinkedHashMap<>(read(report.entriesJson, ENTRIES));
        for (Map.Entry<String, ReportEntries.Entry> e : input.fields().entrySet()) {
            ReportField field = ReportField.byKey(e.getKey())
                    .orElseThrow(() -> new InvalidInputException("fields", "报表没有“" + e.getKey() + "”这一项"));
            ReportEntries.Entry entry = e.getValue() == null ? new ReportEntries.Entry(null, null) : e.getValue();
            Optional<ReportEntries.Entry> checked = ReportRules.check(field, entry, counted.get(field.key()));
            if (checked.isPresent()) {
                entries.put(field.key(), checked.get());
            } else {
                entries.remove(field.key());
            }
        }
        report.entriesJson = write(entries);
        report.updatedAt = OffsetDateTime.now(clock);
        report.updatedBy = actor.name();
        flush();
        return view(report);
    }

    /** Publishes a finished year's report on the county's site. */
    @Transactional
    public ReportView publish(Actor actor, int year, Integer version) {
        requireManager(actor);
        checkYear(year);
        AnnualReport report = find(year).orElseThrow(() -> new NotFoundException(year + " 年度报表尚未生成"));
        requireDraft(report);
        if (version != null) {
            requireVersion(report, version);
        }
        if (!today().isAfter(LocalDate.of(year, 12, 31))) {
            throw new ConflictException(year + " 年尚未结束，年度报表要到 " + (year + 1) + " 年 1 月 1 日起才能发布");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        report.state = ReportState.PUBLISHED;
        report.publishedAt = now;
        report.publishedBy = actor.name();
        report.updatedAt = now;
        report.updatedBy = actor.name();
        flush();
        publicVersion.changed();
        return view(report);
    }

    /** Published reports of the county, newest first, for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> published() {
        return em.createQuery("FROM AnnualReport r WHERE r.state = :s ORDER BY r.year DESC", AnnualReport.class)
                .setParameter("s", ReportState.PUBLISHED).getResultList().stream().map(AnnualReports::summary).toList();
    }

    /** One published report, for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportView> published(int year) {
        return find(year).filter(r -> r.state == ReportState.PUBLISHED).map(this::view);
    }

    /** Last year's report while it is not published (from 1 January on); empty once it is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportReminder> reminder() {
        TenantInfo county = tenant.require();
        LocalDate today = today();
        int year = today.getYear() - 1;
        Optional<AnnualReport> report = find(year);
        if (report.isPresent() && report.get().state == ReportState.PUBLISHED) {
            return Optional.empty();
        }
        LocalDate deadline = LocalDate.of(year + 1, DEADLINE_MONTH, DEADLINE_DAY);
        return Optional.of(new ReportReminder(county.code().value(), county.siteName(), year,
                report.isPresent() ? "尚未发布（草稿）" : "尚未生成", deadline, ChronoUnit.DAYS.between(today, deadline)));
    }

    private Optional<AnnualReport> find(int year) {
        return em.createQuery("FROM AnnualReport r WHERE r.year = :y", AnnualReport.class).setParameter("y", year)
                .getResultStream().findFirst();
    }

    private void requireManager(Actor actor) {
        if (actor == null || !actor.bindings().allows(tenant.require().code(), Role.WEBMASTER)) {
            throw new AccessDeniedException("只有本站站点管理员和市级管理员可以管理年度报表");
        }
    }

    private void checkYear(int year) {
        int now = today().getYear();
        if (year < 2000 || year > now) {
            throw new InvalidInputException("year", "年份须在 2000 年至 " + now + " 年之间");
        }
    }

    private static void requireDraft(AnnualReport report) {
        if (report.state == ReportState.PUBLISHED) {
            throw new ConflictException(report.year + " 年度报表已发布，不能再修改");
        }
    }

    private static void requireVersion(AnnualReport report, int version) {
        if (report.version != version) {
            throw new ConflictException("年度报表已被他人修改，请刷新页面后再改");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("年度报表已被他人修改，请刷新页面后再改");
        }
    }

    private static Summary summary(AnnualReport r) {
        return new Summary(r.year, r.state.name(), r.state.label(), r.updatedAt, r.publishedAt);
    }

    ReportView view(AnnualReport r) {
        Map<String, String> counted = read(r.figuresJson, FIGURES);
        Map<String, ReportEntries.Entry> entries = read(r.entriesJson, ENTRIES);
        List<ReportView.Section> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            List<ReportView.Line> lines = ReportField.of(section).stream().map(f -> {
                String figure = counted.get(f.key());
                ReportEntries.Entry entry = entries.get(f.key());
                String value = entry != null ? entry.value() : figure;
                return new ReportView.Line(f.key(), f.label(), f.kind().name(), f.automatic(), figure,
                        entry == null ? null : entry.value(), entry == null ? null : entry.note(), value,
                        entry != null && figure != null && !figure.equals(entry.value()));
            }).toList();
            sections.add(new ReportView.Section(section.name(), section.label(), lines));
        }
        TenantInfo county = tenant.require();
        return new ReportView(county.code().value(), county.siteName(), r.year, r.state.name(), r.state.label(), r.version,
                r.generatedAt, r.generatedBy, r.updatedAt, r.updatedBy, r.publishedAt, r.publishedBy, sections);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an annual report's values", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text == null || text.isBlank() ? "{}" : text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An annual report's stored values cannot be read", e);
        }
    }
}
