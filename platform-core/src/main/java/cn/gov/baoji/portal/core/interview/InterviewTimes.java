package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How interview times read on pages: Beijing time, Chinese date format. */
public final class InterviewTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private InterviewTimes() {
    }

    public static String span(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ZonedDateTime start = startsAt.atZoneSameInstant(InterviewText.CHINA);
        ZonedDateTime end = endsAt.atZoneSameInstant(InterviewText.CHINA);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DATE_TIME.format(end);
        return DATE_TIME.format(start) + " 至 " + until;
    }

    /** A moment of the transcript: the time of day, with the date only when it is not the interview's day. */
    public static String clock(OffsetDateTime at, OffsetDateTime interviewStart) {
        ZonedDateTime time = at.atZoneSameInstant(InterviewText.CHINA);
        boolean sameDay = time.toLocalDate().equals(interviewStart.atZoneSameInstant(InterviewText.CHINA).toLocalDate());
        return sameDay ? TIME.format(time) : DATE_TIME.format(time);
    }

    /** ISO 8601 with the Beijing offset, for {@code <time datetime>} and the API. */
    public static String iso(OffsetDateTime at) {
        return at.atZoneSameInstant(InterviewText.CHINA).toOffsetDateTime().toString();
    }
}
