package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The county's single row of message rules: the promised reply time. */
@Entity
@Table(name = "message_settings")
class MessageSettings {

    static final short SINGLE_ROW_ID = 1;

    @Id
    private Short id;

    @Column(name = "reply_days", nullable = false)
    int replyDays;

    @Column(name = "updated_by")
    String updatedBy;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    protected MessageSettings() {
    }
}
