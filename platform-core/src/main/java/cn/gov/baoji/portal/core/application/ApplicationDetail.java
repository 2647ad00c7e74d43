package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One application as the handling department and the webmaster see it: with the applicant's data,
 * the values and files as sent (shown with the form version they were sent with), the clock and
 * every step.
 *
 * @param daysLeft working days left (negative: overdue); null when paused or decided
 * @param version the optimistic-lock version, for a step taken from a page shown earlier
 */
public record ApplicationDetail(long id, String trackingNumber, String serviceCode, String serviceName,
        String departmentCode, String departmentName, String applicant, String phone, String state, String stateLabel,
        OffsetDateTime receivedAt, int timeLimitDays, LocalDate dueOn, Integer daysLeft, boolean overdue, boolean paused,
        LocalDate pausedSince, int pausedDays, String materialRequest, OffsetDateTime acceptedAt, OffsetDateTime completedAt,
        Integer elapsedDays, Boolean onTime, String result, String rating, String ratingComment, OffsetDateTime ratedAt,
        int formVersion, List<Value> values, List<FileInfo> files, List<Event> events, boolean canAccept,
        boolean canRequestMaterial, boolean canApprove, boolean canRefuse, int version) {

    /** Working days past the due date, for an overdue application. */
    public Integer overdueDays() {
        return daysLeft == null ? null : -daysLeft;
    }

    /** A field of the form with what the applicant typed (empty if they left it blank). */
    public record Value(String key, String label, String kind, String kindLabel, String value) {
    }

    /** A file of the application; {@code label} is the material it was sent as. */
    public record FileInfo(long id, String label, String fileName, String contentType, long sizeBytes, OffsetDateTime addedAt) {

        /** The file name as the last segment of its download address. */
        public String urlName() {
            return java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    public record Event(String step, String stepLabel, String actorName, OffsetDateTime at, String comment) {
    }
}
