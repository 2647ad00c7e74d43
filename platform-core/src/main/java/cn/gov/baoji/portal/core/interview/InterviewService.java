package cn.gov.baoji.portal.core.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The webmaster's side of interviews: write one with its guests and their photos, announce it
 * (then citizens see it and may send questions), take it back to a draft.
 */
@ApplicationScoped
public class InterviewService {

    static final int MAX_TITLE = 200;
    static final int MAX_INTRO = 2000;
    static final int MAX_GUESTS = 12;
    private static final Duration LONGEST = Duration.ofHours(24);

    private final EntityManager em;
    private final Pictures pictures;
    private final PublicContentVersion publicVersion;
    private final LiveNotices notices;
    private final Clock clock;

    InterviewService(EntityManager em, Pictures pictures, PublicContentVersion publicVersion, LiveNotices notices,
            Clock clock) {
        this.em = em;
        this.pictures = pictures;
        this.publicVersion = publicVersion;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every interview of the county, drafts included, the latest start first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicArticles.Page<InterviewRow> list(int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(1, page);
        long total = em.createQuery("SELECT count(i) FROM Interview i", Long.class).getSingleResult();
        List<Interview> items = em.createQuery("FROM Interview i ORDER BY i.startsAt DESC, i.id DESC", Interview.class)
                .setFirstResult((safePage - 1) * safeSize).setMaxResults(safeSize).getResultList();
        Map<Long, Long> pending = pendingCounts(items.stream().map(Interview::getId).toList());
        List<InterviewRow> rows = items.stream().map(i -> new InterviewRow(i.getId(), i.title,
                InterviewTimes.span(i.startsAt, i.endsAt), i.state, i.phaseAt(clock.instant()),
                pending.getOrDefault(i.getId(), 0L))).toList();
        return new PublicArticles.Page<>(rows, total, safePage, safeSize);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InterviewView get(long id) {
        Interview interview = require(id);
        List<InterviewView.GuestView> guests = guests(id).stream()
                .map(g -> new InterviewView.GuestView(g.getId(), g.name, g.position, g.photoId)).toList();
        long lastSeq = ((Number) em.createNativeQuery("SELECT event_seq FROM interview WHERE id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
        return new InterviewView(id, interview.title, interview.intro, interview.startsAt, interview.endsAt,
                interview.state, interview.phaseAt(clock.instant()), interview.version, guests,
                pendingCounts(List.of(id)).getOrDefault(id, 0L), lastSeq);
    }

    @Transactional
    public long create(Actor actor, InterviewInput input) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Interview interview = new Interview(limit(actor.name()), now);
        apply(interview, input);
        em.persist(interview);
        return interview.getId();
    }

    @Transactional
    public void update(long id, InterviewInput input, int expectedVersion) {
        Interview interview = require(id);
        expect(interview, expectedVersion);
        apply(interview, input);
        touched(interview);
    }

    /** Citizens see it from now on, and may send questions until it ends. */
    @Transactional
    public void announce(long id, int expectedVersion) {
        Interview interview = require(id);
        expect(interview, expectedVersion);
        if (interview.isAnnounced()) {
            throw new ConflictException("访谈已经发布。");
        }
        if (guests(id).isEmpty()) {
            throw new InvalidInputException("guests", "请至少添加一位嘉宾后再发布访谈");
        }
        interview.state = InterviewState.ANNOUNCED;
        touched(interview);
    }

    /** Back to a draft: the page, the API and the live stream answer 404 until it is announced again. */
    @Transactional
    public void withdraw(long id, int expectedVersion) {
        Interview interview = require(id);
        expect(interview, expectedVersion);
        if (!interview.isAnnounced()) {
            throw new ConflictException("访谈尚未发布。");
        }
        interview.state = InterviewState.DRAFT;
        touched(interview);
        publicVersion.changed();
        // Live viewers on every instance look again, find it gone, and their streams end.
        notices.send(id, 0);
    }

    /** Adds a guest, with a photo when one is given. */
    @Transactional
    public long addGuest(Actor actor, long id, GuestInput input, String photoName, byte[] photo) {
        Interview interview = require(id);
        List<Guest> existing = guests(id);
        if (existing.size() >= MAX_GUESTS) {
            throw new InvalidInputException("name", "一次访谈最多 " + MAX_GUESTS + " 位嘉宾");
        }
        Guest guest = new Guest(id, existing.stream().mapToInt(Guest::getSortOrder).max().orElse(0) + 1);
        applyGuest(guest, input);
        if (photo != null && photo.length > 0) {
            guest.photoId = pictures.store(id, photoName, photo, actor).getId();
        }
        em.persist(guest);
        touched(interview);
        return guest.getId();
    }

    /** Changes a guest's name and post; a photo, when given, replaces the old one. */
    @Transactional
    public void updateGuest(Actor actor, long id, long guestId, GuestInput input, String photoName, byte[] photo) {
        Interview interview = require(id);
        Guest guest = requireGuest(id, guestId);
        applyGuest(guest, input);
        if (photo != null && photo.length > 0) {
            guest.photoId = pictures.store(id, photoName, photo, actor).getId();
        }
        touched(interview);
    }

    /** Removes a guest; what they said stays in the transcript under their name. */
    @Transactional
    public void removeGuest(long id, long guestId) {
        Interview interview = require(id);
        Guest guest = requireGuest(id, guestId);
        if (interview.isAnnounced() && guests(id).size() == 1) {
            throw new ConflictException("已发布的访谈至少要有一位嘉宾。");
        }
        em.remove(guest);
        touched(interview);
    }

    /** A picture of the interview in any state, for the back office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Picture> picture(long id, long pictureId) {
        require(id);
        return pictures.of(id, pictureId);
    }

    Interview require(long id) {
        Interview interview = em.find(Interview.class, id);
        if (interview == null) {
            throw new NotFoundException("访谈不存在。");
        }
        return interview;
    }

    private Guest requireGuest(long interviewId, long guestId) {
        Guest guest = em.find(Guest.class, guestId);
        if (guest == null || guest.interviewId != interviewId) {
            throw new NotFoundException("嘉宾不存在。");
        }
        return guest;
    }

    List<Guest> guests(long interviewId) {
        return em.createQuery("FROM Guest g WHERE g.interviewId = :id ORDER BY g.sortOrder, g.id", Guest.class)
                .setParameter("id", interviewId).getResultList();
    }

    private Map<Long, Long> pendingCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT q.interviewId, count(q) FROM Question q WHERE q.interviewId IN :ids "
                + "AND q.state = :pending GROUP BY q.interviewId", Object[].class).setParameter("ids", ids)
                .setParameter("pending", QuestionState.PENDING).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private static void apply(Interview interview, InterviewInput input) {
        InterviewInput in = input == null ? new InterviewInput(null, null, null, null) : input;
        String title = InterviewText.line("title", "访谈主题", in.title(), MAX_TITLE, true);
        String intro = InterviewText.block("intro", "访谈简介", in.intro(), MAX_INTRO, false);
        OffsetDateTime startsAt = InterviewText.time("startsAt", "开始时间", in.startsAt());
        OffsetDateTime endsAt = InterviewText.time("endsAt", "结束时间", in.endsAt());
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "结束时间须晚于开始时间");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "访谈时长不能超过 24 小时");
        }
        interview.title = title;
        interview.intro = intro;
        interview.startsAt = startsAt;
        interview.endsAt = endsAt;
    }

    private static void applyGuest(Guest guest, GuestInput input) {
        GuestInput in = input == null ? new GuestInput(null, null) : input;
        guest.name = InterviewText.line("name", "嘉宾姓名", in.name(), 40, true);
        guest.position = InterviewText.line("position", "嘉宾职务", in.position(), 100, true);
    }

    private static void expect(Interview interview, int expectedVersion) {
        if (interview.version != expectedVersion) {
            throw new ConflictException("访谈已被他人修改，请刷新页面后再操作。");
        }
    }

    /** Records the change; an announced interview's change is one citizens see. */
    private void touched(Interview interview) {
        interview.updatedAt = OffsetDateTime.now(clock);
        if (interview.isAnnounced()) {
            publicVersion.changed();
        }
    }

    private static String limit(String name) {
        return name == null || name.isBlank() ? "未知" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
