package cn.gov.baoji.portal.web.message;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageLookup;
import cn.gov.baoji.portal.core.message.MessagePage;
import cn.gov.baoji.portal.core.message.PublicMessage;

/**
 * What the public message pages give their templates: records only (see PublicPageData), texts
 * already formatted, and never the citizen's name, phone or e-mail except back to the citizen who
 * just typed them.
 */
public final class MessagePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MessagePages() {
    }

    /** One option of a select or a filter. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** Options under a heading ({@code <optgroup>}). */
    public record Group(String label, List<Choice> choices) {
    }

    /** What the citizen typed, shown again with the errors. */
    public record Typed(String kind, String department, String title, String content, String name, String phone, String email,
            boolean publish) {

        static final Typed EMPTY = new Typed("", "", "", "", "", "", "", false);

        static Typed of(MessageInput input) {
            return new Typed(text(input.kind()), text(input.department()), text(input.title()), text(input.content()),
                    text(input.name()), text(input.phone()), text(input.email()), Boolean.TRUE.equals(input.publish()));
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    /** One problem, linked from the summary at the top to its field. */
    public record Problem(String field, String message) {
    }

    /** The problem of each field, or null. */
    public record Errors(String kind, String department, String title, String content, String name, String phone, String email,
            String attachments, String altcha, String website, List<Problem> all, boolean any) {

        static final Errors NONE = new Errors(null, null, null, null, null, null, null, null, null, null, List.of(), false);

        static Errors of(Map<String, String> problems) {
            List<Problem> all = problems.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList();
            return new Errors(problems.get("kind"), problems.get("department"), problems.get("title"), problems.get("content"),
                    problems.get("name"), problems.get("phone"), problems.get("email"), problems.get("attachments"),
                    problems.get("altcha"),
                    problems.get("website"), all, !all.isEmpty());
        }
    }

    /** The write form. */
    public record FormPage(Typed typed, Errors errors, List<Choice> kinds, List<Group> addressees, int maxTitle,
            int maxContent, int maxAttachments) {
    }

    /** After sending: the query code, grouped for reading aloud. */
    public record SentPage(String queryCode) {
    }

    /** The lookup form and, once searched, what was found or that nothing was. */
    public record LookupPage(String queryCode, boolean searched, Found found, String error) {
    }

    /** A citizen's own message as the lookup shows it. */
    public record Found(String queryCode, String kind, String title, String addressee, String department, String state,
            String stateLabel, String receivedAt, String dueOn, String reply, String repliedAt, String invalidReason,
            boolean published) {

        static Found of(MessageLookup l) {
            return new Found(l.queryCode(), l.kindLabel(), l.title(), l.addresseeName(), l.departmentName(), l.state(),
                    l.stateLabel(), minute(l.receivedAt()), l.dueOn() == null ? null : l.dueOn().toString(), l.reply(),
                    minute(l.repliedAt()), l.invalidReason(), l.published());
        }
    }

    /** A published message in the list and on its page; the writer shows as 网友. */
    public record Entry(long id, String url, String kind, String title, String content, String author, String addressee,
            String department, String state, String stateLabel, boolean replied, String receivedOn, String reply,
            String repliedOn, List<FileLink> attachments) {

        static Entry of(PublicMessage m) {
            return new Entry(m.id(), "/messages/" + m.id(), m.kindLabel(), m.title(), m.content(), PublicMessage.AUTHOR,
                    m.addresseeName(), m.departmentName(), m.state(), m.stateLabel(), m.replied(), day(m.receivedAt()),
                    m.reply(), day(m.repliedAt()),
                    m.attachments().stream().map(f -> new FileLink(f.fileName(), fileUrl(m.id(), f))).toList());
        }
    }

    /** A public file of a message, with its download address. */
    public record FileLink(String fileName, String url) {
    }

    static String fileUrl(long messageId, PublicMessage.File f) {
        return "/messages/" + messageId + "/attachments/" + f.id();
    }

    /** A page of the list, in the shape the shared pager reads. */
    public record Listing(List<Entry> items, long total, int page, int pages, boolean hasPrevious, boolean hasNext) {

        static Listing of(MessagePage<PublicMessage> page) {
            return new Listing(page.items().stream().map(Entry::of).toList(), page.total(), page.page(), page.pages(),
                    page.page() > 1, page.page() < page.pages());
        }
    }

    /** The list of published messages with its filters; {@code query} keeps them across pages. */
    public record ListPage(Listing listing, List<Choice> kinds, List<Choice> departments, List<Choice> states, String query,
            boolean filtered) {
    }

    public record DetailPage(Entry message) {
    }

    /** The figures page: this year, then last month. */
    public record StatsPage(List<PeriodView> periods) {

        static StatsPage of(MessageFigures.Stats stats) {
            return new StatsPage(List.of(PeriodView.of("year", "本年度", stats.thisYear()),
                    PeriodView.of("month", "上月", stats.lastMonth())));
        }
    }

    public record PeriodView(String key, String title, String label, String from, String to, List<MessageFigures.Row> rows,
            MessageFigures.Row total) {

        static PeriodView of(String key, String title, MessageFigures.Period p) {
            return new PeriodView(key, title, p.label(), p.from().toString(), p.to().toString(), p.rows(), p.total());
        }
    }

    private static String day(OffsetDateTime at) {
        return at == null ? null : at.format(DAY);
    }

    private static String minute(OffsetDateTime at) {
        return at == null ? null : at.format(MINUTE);
    }
}
