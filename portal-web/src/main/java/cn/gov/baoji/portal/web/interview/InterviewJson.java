package cn.gov.baoji.portal.web.interview;

import java.util.List;

/** The public API's view of interviews. */
public final class InterviewJson {

    private InterviewJson() {
    }

    /** A guest: name, title or post, photo address (or null). */
    public record Guest(String name, String position, String photo) {
    }

    /** An interview in the list. */
    public record Summary(long id, String title, String startsAt, String endsAt, String phase, String phaseLabel,
            boolean acceptingQuestions, List<Guest> guests, String url) {
    }

    /** A page of the list. */
    public record Listing(List<Summary> items, long total, int page, int pages, boolean hasPrevious, boolean hasNext) {
    }

    /**
     * One interview with its transcript so far; {@code lastEventId} is where a live stream
     * ({@code GET /api/v1/interviews/{id}/events}) would continue.
     */
    public record Detail(long id, String title, String intro, String startsAt, String endsAt, String phase,
            String phaseLabel, boolean acceptingQuestions, List<Guest> guests, List<LiveEventJson> transcript,
            long lastEventId) {
    }
}
