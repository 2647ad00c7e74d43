package cn.gov.baoji.portal.web.interview;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.interview.Guest;
import cn.gov.baoji.portal.core.interview.Interview;
import cn.gov.baoji.portal.core.interview.InterviewPhase;
import cn.gov.baoji.portal.core.interview.InterviewTimes;
import cn.gov.baoji.portal.core.interview.LiveEvent;
import cn.gov.baoji.portal.core.interview.PublicInterviews;

/**
 * What the public pages, the API and the live stream show of the county's announced interviews,
 * assembled in one place so the three always agree. Addresses of pictures are this site's own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InterviewViews {

    /** More than any interview has; the page shows the whole transcript. */
    static final int WHOLE_TRANSCRIPT = 5_000;

    private final PublicInterviews interviews;

    InterviewViews(PublicInterviews interviews) {
        this.interviews = interviews;
    }

    public InterviewListing listing(int page, int size) {
        PublicArticles.Page<Interview> found = interviews.page(page, size);
        Instant now = interviews.now();
        Map<Long, List<Guest>> guests = interviews.guestsOf(found.items().stream().map(Interview::getId).toList());
        List<InterviewCard> cards = found.items().stream().map(i -> {
            InterviewPhase phase = i.phaseAt(now);
            return new InterviewCard(i.getId(), i.getTitle(), url(i.getId()), InterviewTimes.span(i.getStartsAt(),
                    i.getEndsAt()), InterviewTimes.iso(i.getStartsAt()), phase.key(), phase.label(),
                    guests.getOrDefault(i.getId(), List.of()).stream()
                            .map(g -> g.getName() + "（" + g.getPosition() + "）").toList());
        }).toList();
        return new InterviewListing(cards, found.total(), found.page(), found.pages(), found.hasPrevious(),
                found.hasNext());
    }

    public Optional<InterviewDetail> detail(long id) {
        return interviews.find(id).map(i -> {
            InterviewPhase phase = i.phaseAt(interviews.now());
            List<LiveEvent> events = interviews.timeline(id, 0, WHOLE_TRANSCRIPT);
            long lastSeq = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
            String empty = switch (phase) {
                case UPCOMING -> "访谈尚未开始，欢迎提前提问。访谈开始后，内容将在这里实时显示。";
                case LIVE -> "访谈正在进行，内容将在这里实时显示。";
                case ENDED -> "本次访谈暂无文字实录。";
            };
            return new InterviewDetail(id, i.getTitle(), paragraphs(i.getIntro()),
                    InterviewTimes.span(i.getStartsAt(), i.getEndsAt()), InterviewTimes.iso(i.getStartsAt()),
                    InterviewTimes.iso(i.getEndsAt()), phase.key(), phase.label(), phase.takesQuestions(),
                    phase == InterviewPhase.ENDED, guests(id).stream().map(g -> new GuestCard(g.name(), g.position(),
                            g.photo(), g.name() + "，" + g.position())).toList(),
                    events.stream().map(e -> item(i, e)).toList(), lastSeq, empty, "/api/v1/interviews/" + id + "/events");
        });
    }

    /** The newest announced interview's page, for a webmaster's trial of a look. */
    public Optional<InterviewDetail> newest() {
        return interviews.page(1, 1).items().stream().findFirst().flatMap(i -> detail(i.getId()));
    }

    public InterviewJson.Listing apiListing(int page, int size) {
        PublicArticles.Page<Interview> found = interviews.page(page, size);
        Instant now = interviews.now();
        Map<Long, List<Guest>> guests = interviews.guestsOf(found.items().stream().map(Interview::getId).toList());
        List<InterviewJson.Summary> items = found.items().stream().map(i -> {
            InterviewPhase phase = i.phaseAt(now);
            return new InterviewJson.Summary(i.getId(), i.getTitle(), InterviewTimes.iso(i.getStartsAt()),
                    InterviewTimes.iso(i.getEndsAt()), phase.key(), phase.label(), phase.takesQuestions(),
                    json(i.getId(), guests.getOrDefault(i.getId(), List.of())), url(i.getId()));
        }).toList();
        return new InterviewJson.Listing(items, found.total(), found.page(), found.pages(), found.hasPrevious(),
                found.hasNext());
    }

    public Optional<InterviewJson.Detail> apiDetail(long id) {
        return interviews.find(id).map(i -> {
            InterviewPhase phase = i.phaseAt(interviews.now());
            List<LiveEvent> events = interviews.timeline(id, 0, WHOLE_TRANSCRIPT);
            return new InterviewJson.Detail(id, i.getTitle(), i.getIntro(), InterviewTimes.iso(i.getStartsAt()),
                    InterviewTimes.iso(i.getEndsAt()), phase.key(), phase.label(), phase.takesQuestions(), guests(id),
                    events.stream().map(e -> json(id, e)).toList(),
                    events.isEmpty() ? 0 : events.get(events.size() - 1).seq());
        });
    }

    /** The start of a live stream: the interview must be announced; its latest event number. */
    public Optional<Long> streamStart(long id) {
        return interviews.find(id).map(i -> interviews.lastSeq(id));
    }

    /** How the live stream sends an event: the same as the API lists it. */
    public LiveEventJson json(long interviewId, LiveEvent e) {
        return new LiveEventJson(e.seq(), e.kind(), e.role(), e.speaker(), e.position(), e.text(),
                picture(interviewId, e.pictureId()), e.caption(), InterviewTimes.iso(e.at()),
                InterviewTimes.clock(e.at(), e.at()), e.replyTo(), e.replyText());
    }

    private TimelineItem item(Interview interview, LiveEvent e) {
        String picture = picture(interview.getId(), e.pictureId());
        String alt = e.caption() != null ? e.caption() : e.speaker() + "展示的图片";
        return new TimelineItem(e.seq(), e.kind(), e.role(), e.speaker(), e.position(), paragraphs(e.text()), picture,
                picture == null ? null : alt, e.caption(), InterviewTimes.clock(e.at(), interview.getStartsAt()),
                InterviewTimes.iso(e.at()), e.replyTo(), e.replyText());
    }

    private List<InterviewJson.Guest> guests(long interviewId) {
        return json(interviewId, interviews.guests(interviewId));
    }

    private static List<InterviewJson.Guest> json(long interviewId, List<Guest> guests) {
        return guests.stream().map(g -> new InterviewJson.Guest(g.getName(), g.getPosition(), photo(interviewId, g)))
                .toList();
    }

    private static String photo(long interviewId, Guest guest) {
        return picture(interviewId, guest.getPhotoId());
    }

    static String picture(long interviewId, Long pictureId) {
        return pictureId == null ? null : "/interviews/" + interviewId + "/pictures/" + pictureId;
    }

    static String url(long id) {
        return "/interviews/" + id;
    }

    /** Text as paragraphs: one per non-empty line. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
