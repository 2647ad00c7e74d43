package cn.gov.baoji.portal.web.interview;

import java.awt.Color;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.interview.EntryInput;
import cn.gov.baoji.portal.core.interview.GuestInput;
import cn.gov.baoji.portal.core.interview.InterviewInput;
import cn.gov.baoji.portal.core.interview.InterviewModeration;
import cn.gov.baoji.portal.core.interview.InterviewService;
import cn.gov.baoji.portal.core.interview.QuestionState;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.TestImages;

/** Interviews made for tests through the services, as the back office makes them, in a county's own schema. */
@ApplicationScoped
class Interviews {

    static final Actor WEBMASTER = new Actor("test-webmaster", "测试站点管理员", AccessBindings.none());
    static final Actor EDITOR = new Actor("test-editor", "测试审核员", AccessBindings.none());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenantScope scope;
    private final InterviewService interviews;
    private final InterviewModeration moderation;

    Interviews(TenantScope scope, InterviewService interviews, InterviewModeration moderation) {
        this.scope = scope;
        this.interviews = interviews;
        this.moderation = moderation;
    }

    /** An announced interview with one guest (with photo), starting {@code startsIn} from now and lasting two hours. */
    long announced(String county, String title, Duration startsIn) {
        long id = draft(county, title, startsIn);
        scope.run(TenantCode.of(county), () -> interviews.addGuest(WEBMASTER, id, new GuestInput("李明", "区教育局局长"),
                "liming.png", TestImages.png(240, 320, new Color(0x30, 0x60, 0x90))));
        scope.run(TenantCode.of(county), () -> interviews.announce(id, interviews.get(id).version()));
        return id;
    }

    long draft(String county, String title, Duration startsIn) {
        LocalDateTime start = LocalDateTime.now(CHINA).plus(startsIn).withSecond(0).withNano(0);
        return scope.call(TenantCode.of(county), () -> interviews.create(WEBMASTER, new InterviewInput(title,
                "围绕" + title + "，与网友在线交流。", start.toString(), start.plusHours(2).toString())));
    }

    long guestOf(String county, long interview) {
        return scope.call(TenantCode.of(county), () -> interviews.get(interview).guests().get(0).id());
    }

    /** A guest's answer, posted as the moderation console does. */
    long answer(String county, long interview, String text) {
        long guest = guestOf(county, interview);
        return scope.call(TenantCode.of(county), () -> moderation.post(EDITOR, interview,
                new EntryInput(Long.toString(guest), text, null, null), null, null));
    }

    long pendingCount(String county, long interview) {
        return scope.call(TenantCode.of(county), () -> moderation.questions(interview, QuestionState.PENDING, 1, 100).total());
    }

    long pickOldest(String county, long interview) {
        return scope.call(TenantCode.of(county), () -> {
            long question = moderation.questions(interview, QuestionState.PENDING, 1, 1).items().get(0).id();
            moderation.pick(EDITOR, interview, question);
            return question;
        });
    }

    /** A made-up client address, so a test stays clear of other tests' rate limits. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }
}
