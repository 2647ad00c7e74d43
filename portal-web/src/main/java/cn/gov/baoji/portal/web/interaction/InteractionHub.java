package cn.gov.baoji.portal.web.interaction;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.PublicConsultations;
import cn.gov.baoji.portal.core.interview.Interview;
import cn.gov.baoji.portal.core.interview.PublicInterviews;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.PublicMessage;
import cn.gov.baoji.portal.core.survey.SurveySummary;
import cn.gov.baoji.portal.core.survey.Surveys;

/**
 * The county's 互动交流 column: the newest of its four ways to talk with the government (published
 * messages with replies, surveys, opinion solicitations, interviews), for the column's page and its
 * block on the home page. Only what each feature already shows the public: no personal data.
 */
@ApplicationScoped
public class InteractionHub {

    /** The code of the 互动交流 channel every county starts with. */
    public static final String CHANNEL = "hdjl";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One entry of a section: what it is, where it is, when, and where it stands (e.g. 已答复, 征集中). */
    public record HubItem(String title, String url, String date, String status) {
    }

    /** One of the four: its newest entries, its list page and what a citizen can do there. */
    public record Section(String key, String title, String intro, String url, List<HubItem> items, String actionUrl,
            String actionLabel, String lookupUrl, String lookupLabel) {
    }

    private record Dated(Instant at, HubItem item) {
    }

    private final MessageBoard messages;
    private final Surveys surveys;
    private final PublicConsultations consultations;
    private final PublicInterviews interviews;
    private final Clock clock;

    InteractionHub(MessageBoard messages, Surveys surveys, PublicConsultations consultations, PublicInterviews interviews,
            Clock clock) {
        this.messages = messages;
        this.surveys = surveys;
        this.consultations = consultations;
        this.interviews = interviews;
        this.clock = clock;
    }

    /** The four sections, each with its newest {@code each} entries. */
    public List<Section> sections(int each) {
        return List.of(
                new Section("messages", "网上留言", "向县（区）长信箱和各部门、乡镇留言，凭查询码查看办理情况。", "/messages",
                        items(messages(each)), "/messages/new", "我要留言", "/messages/lookup", "查询办理情况"),
                new Section("consultations", "意见征集", "政策文件草案公开征求意见，征集结束后公布意见采纳情况。", "/consultations",
                        items(consultations(each)), null, null, null, null),
                new Section("surveys", "网上调查", "参与网上调查，查看调查结果。", "/surveys", items(surveys(each)), null, null, null, null),
                new Section("interviews", "在线访谈", "与部门负责人在线交流，访谈结束后可查看文字实录。", "/interviews",
                        items(interviews(each)), null, null, null, null));
    }

    /** The newest {@code count} entries of all four together, newest first, for the home page's block. */
    public List<HubItem> latest(int count) {
        List<Dated> all = new ArrayList<>();
        all.addAll(messages(count));
        all.addAll(consultations(count));
        all.addAll(surveys(count));
        all.addAll(interviews(count));
        return all.stream().sorted(Comparator.comparing(Dated::at).reversed()).limit(count).map(Dated::item).toList();
    }

    private List<Dated> messages(int count) {
        return messages.published(new MessageBoard.PublicQuery(null, null, null, 1, count)).items().stream()
                .map(this::message).toList();
    }

    private Dated message(PublicMessage m) {
        return dated(m.receivedAt(), "[" + m.kindLabel() + "] " + m.title(), "/messages/" + m.id(), m.stateLabel());
    }

    private List<Dated> surveys(int count) {
        return surveys.published(1, count).items().stream().map(this::survey).toList();
    }

    private Dated survey(SurveySummary s) {
        return dated(s.startsAt(), "[网上调查] " + s.title(), "/surveys/" + s.id(), s.phase().label());
    }

    private List<Dated> consultations(int count) {
        Instant now = clock.instant();
        return consultations.list(null, 1, count).items().stream().map(c -> consultation(c, now)).toList();
    }

    private Dated consultation(Consultation c, Instant now) {
        return dated(c.getOpensAt(), "[意见征集] " + c.getTitle(), "/consultations/" + c.getId(), c.phase(now).label());
    }

    private List<Dated> interviews(int count) {
        Instant now = clock.instant();
        return interviews.page(1, count).items().stream().map(i -> interview(i, now)).toList();
    }

    private Dated interview(Interview i, Instant now) {
        return dated(i.getStartsAt(), "[在线访谈] " + i.getTitle(), "/interviews/" + i.getId(), i.phaseAt(now).label());
    }

    private static Dated dated(OffsetDateTime at, String title, String url, String status) {
        return new Dated(at.toInstant(), new HubItem(title, url, at.atZoneSameInstant(CHINA).format(DAY), status));
    }

    private static List<HubItem> items(List<Dated> dated) {
        return dated.stream().map(Dated::item).toList();
    }
}
