package cn.gov.baoji.portal.web.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.ApplicationPage;
import cn.gov.baoji.portal.core.application.ApplicationRules;
import cn.gov.baoji.portal.core.application.FileType;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.FormField;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.PublicResult;
import cn.gov.baoji.portal.core.application.RequiredFile;
import cn.gov.baoji.portal.core.application.Satisfaction;

/**
 * What the public application pages give their templates: records only (see PublicPageData), every
 * text already formatted and every input's attributes decided here, so that a template only prints.
 * The applicant's own data goes back only to the applicant who just typed it or looked it up.
 */
public final class ApplicationPages {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ApplicationPages() {
    }

    /** One option of a select or a radio group. */
    public record Choice(String value, String label, boolean selected, String id) {
    }

    /**
     * One input of the form, with its typed value and problem.
     *
     * @param control {@code input}, {@code textarea} or {@code select}
     * @param describedBy ids of the hint and the error, for aria-describedby (empty if none)
     */
    public record Input(String name, String id, String label, boolean required, String control, String type,
            String inputMode, String autocomplete, int maxLength, String hint, String value, String error, boolean invalid,
            String describedBy, List<Choice> choices) {
    }

    /** One required material: a file input that takes up to three files. */
    public record FileInput(String name, String id, String label, boolean required, String accept, String hint, String error,
            boolean invalid, String describedBy) {
    }

    /** A problem in the summary at the top, linked to its field. */
    public record Problem(String anchor, String message) {
    }

    /** The form page of an item. */
    public record FormPage(String serviceCode, String serviceName, String guideUrl, List<Input> applicant,
            List<Input> fields, List<FileInput> files, List<Problem> problems, boolean hasProblems, String altchaError,
            String websiteError, int timeLimitDays) {
    }

    /** After sending: the tracking number, grouped for reading aloud. */
    public record SentPage(String trackingNumber, String serviceName, String serviceCode) {
    }

    /** The lookup form and, once searched, what was found. */
    public record LookupPage(String trackingNumber, boolean searched, Found found, String error, String notice) {
    }

    /** The applicant's own application as the lookup shows it, with the forms it offers. */
    public record Found(String trackingNumber, String serviceName, String serviceCode, String department, String state,
            String stateLabel, String receivedAt, int timeLimitDays, String dueOn, boolean paused, String materialRequest,
            String completedAt, String result, List<Step> timeline, boolean canSupplement, boolean canRate, String rating,
            String phone, List<Choice> grades, int maxNote, String complainUrl) {

        static Found of(ApplicationLookup l, String phone) {
            List<Choice> grades = new ArrayList<>();
            for (Satisfaction s : Satisfaction.values()) {
                grades.add(new Choice(String.valueOf(s.score()), s.label(), false, "grade-" + s.score()));
            }
            return new Found(l.trackingNumber(), l.serviceName(), l.serviceCode(), l.departmentName(), l.state(), l.stateLabel(),
                    minute(l.receivedAt()), l.timeLimitDays(), l.dueOn() == null ? null : l.dueOn().toString(), l.paused(),
                    l.materialRequest(), minute(l.completedAt()), l.result(),
                    l.timeline().stream().map(s -> new Step(s.label(), s.by(), minute(s.at()), s.comment())).toList(),
                    l.canSupplement(), l.canRate(), l.rating(), ApplicationRules.phone(phone), grades, ApplicationRules.MAX_NOTE,
                    Complaints.about(l));
        }
    }

    public record Step(String label, String by, String at, String comment) {
    }

    /** One approved result in the public list. */
    public record Result(String serviceName, String serviceUrl, String department, String receivedOn, String completedOn,
            String result, List<PublicResult.Shown> fields) {

        static Result of(PublicResult r) {
            return new Result(r.serviceName(), "/services/" + r.serviceCode(), r.departmentName(), r.receivedOn().toString(),
                    r.completedOn().toString(), r.result(), r.fields());
        }
    }

    /** A page of results, in the shape the shared pager reads. */
    public record Listing(List<Result> items, long total, int page, int pages, boolean hasPrevious, boolean hasNext) {

        static Listing of(ApplicationPage<PublicResult> page) {
            return new Listing(page.items().stream().map(Result::of).toList(), page.total(), page.page(), page.pages(),
                    page.page() > 1, page.page() < page.pages());
        }
    }

    public record ResultsPage(Listing listing, String query) {
    }

    /** The figures page: this year, then last month; each per department and per item. */
    public record StatsPage(List<PeriodView> periods) {

        static StatsPage of(ApplicationFigures.Stats stats) {
            return new StatsPage(List.of(PeriodView.of("year", "本年度", stats.thisYear()),
                    PeriodView.of("month", "上月", stats.lastMonth())));
        }
    }

    public record PeriodView(String key, String title, String label, String from, String to, List<RowView> departments,
            List<RowView> items, RowView total, boolean empty) {

        static PeriodView of(String key, String title, ApplicationFigures.Period p) {
            return new PeriodView(key, title, p.label(), p.from().toString(), p.to().toString(),
                    p.departments().stream().map(RowView::of).toList(), p.items().stream().map(RowView::of).toList(),
                    RowView.of(p.total()), p.total().received() == 0);
        }
    }

    /** One row of figures, with the empty figures written as a dash. */
    public record RowView(String name, long received, long completed, long onTime, String onTimeRate, String averageDays,
            long rated, String satisfied, String averageScore) {

        static RowView of(ApplicationFigures.Row r) {
            String rate = r.completed() == 0 ? "—"
                    : BigDecimal.valueOf(r.onTime() * 100).divide(BigDecimal.valueOf(r.completed()), 1,
                            java.math.RoundingMode.HALF_UP) + "%";
            return new RowView(r.name(), r.received(), r.completed(), r.onTime(), rate, dash(r.averageWorkingDays()),
                    r.rated(), r.satisfiedPercent() == null ? "—" : r.satisfiedPercent() + "%", dash(r.averageScore()));
        }

        private static String dash(BigDecimal value) {
            return value == null ? "—" : value.toPlainString();
        }
    }

    /** The inputs of a form, with what was typed and each field's problem. */
    static FormPage form(GuideTerms guide, FormDefinition definition, ApplicationInput typed, Map<String, String> problems,
            String guideUrl) {
        List<Input> applicant = List.of(
                input("applicant", "申请人", true, "input", "text", "text", "name", ApplicationRules.MAX_APPLICANT,
                        "个人办事填写姓名，法人办事填写单位全称", typed.applicant(), problems.get("applicant"), List.of()),
                input("phone", "手机号码", true, "input", "tel", "numeric", "tel", 20,
                        "用于查询办理进度和接收通知，不会公开", typed.phone(), problems.get("phone"), List.of()));
        List<Input> fields = definition.fields().stream().map(f -> field(f, typed.values().get(f.key()), problems.get(f.key())))
                .toList();
        List<FileInput> files = definition.files().stream().map(f -> file(f, problems.get(f.key()))).toList();
        List<Problem> all = problems.entrySet().stream()
                .map(e -> new Problem(anchor(e.getKey()), e.getValue())).toList();
        return new FormPage(guide.code(), guide.name(), guideUrl, applicant, fields,
                files, all, !all.isEmpty(), problems.get("altcha"), problems.get("website"), guide.timeLimitDays());
    }

    private static Input field(FormField f, String typed, String error) {
        String hint = f.hint();
        return switch (f.kind()) {
            case TEXT -> input(f.key(), f.label(), f.required(), f.maxLength() > 100 ? "textarea" : "input", "text", "text", "on",
                    f.maxLength(), join(hint, "不超过 " + f.maxLength() + " 个字"), typed, error, List.of());
            case NUMBER -> input(f.key(), f.label(), f.required(), "input", "text", "decimal", "off", 20,
                    join(hint, "填写数字"), typed, error, List.of());
            case DATE -> input(f.key(), f.label(), f.required(), "input", "date", "text", "off", 20,
                    join(hint, "格式如 2026-07-01"), typed, error, List.of());
            case CHOICE -> input(f.key(), f.label(), f.required(), "select", null, null, null, 0, join(hint, "请从列表中选择一项"),
                    typed, error,
                    f.choices().stream().map(c -> new Choice(c, c, c.equals(typed), null)).toList());
            case ID_NUMBER -> input(f.key(), f.label(), f.required(), "input", "text", "text", "off", 20,
                    join(hint, "18 位居民身份证号码，末位可以是 X；不会公开"), typed, error, List.of());
            case PHONE -> input(f.key(), f.label(), f.required(), "input", "tel", "numeric", "tel", 20,
                    join(hint, "11 位手机号码；不会公开"), typed, error, List.of());
        };
    }

    private static Input input(String name, String label, boolean required, String control, String type, String inputMode,
            String autocomplete, int maxLength, String hint, String typed, String error, List<Choice> choices) {
        String id = "field-" + name;
        // Every input has a hint, so the description is never empty; attributes are always written (the override
        // rules allow no sections inside a tag), with values that say "no" where nothing applies.
        String describedBy = (id + "-hint " + (error == null ? "" : id + "-error")).strip();
        return new Input(name, id, label, required, control, type, inputMode, autocomplete, maxLength, hint,
                typed == null ? "" : typed, error, error != null, describedBy, choices);
    }

    private static FileInput file(RequiredFile f, String error) {
        String id = "file-" + f.key();
        String accept = String.join(",", f.types().stream().flatMap(t -> t.extensions().stream()).sorted().map(e -> "." + e)
                .toList());
        String hint = "可上传 " + FileType.labels(f.types()) + "，最多 " + ApplicationRules.MAX_FILES_PER_ITEM
                + " 个文件，每个不超过 20 MB";
        String describedBy = (id + "-hint " + (error == null ? "" : id + "-error")).strip();
        return new FileInput(f.key(), id, f.name(), f.required(), accept, hint, error, error != null, describedBy);
    }

    /** The id a problem in the summary links to. */
    private static String anchor(String field) {
        if (field.equals("altcha") || field.equals("website")) {
            return field + "-error";
        }
        return field.matches("a\\d+") ? "file-" + field : "field-" + field;
    }

    private static String join(String hint, String rule) {
        return hint == null || hint.isBlank() ? rule : hint + "（" + rule + "）";
    }

    static String minute(OffsetDateTime at) {
        return at == null ? null : at.format(MINUTE);
    }
}
