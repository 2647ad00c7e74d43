package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published message as anyone may read it: no name, phone or e-mail of the citizen. The reply
 * is present only once approved.
 *
 * @param departmentName the department handling it (the addressee until routed)
 */
public record PublicMessage(long id, String kind, String kindLabel, String title, String content, String addresseeName,
        String departmentName, String state, String stateLabel, OffsetDateTime receivedAt, String reply,
        OffsetDateTime repliedAt, List<File> attachments) {

    /** A file the county editor made public with the message. */
    public record File(long id, String fileName) {
    }

    /** How public pages name the writer instead of their name. */
    public static final String AUTHOR = "网友";

    public boolean replied() {
        return reply != null;
    }
}
