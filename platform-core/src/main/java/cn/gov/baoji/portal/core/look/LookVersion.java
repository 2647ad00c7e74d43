package cn.gov.baoji.portal.core.look;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One saved version of a county's look: the draft, the published one, or an earlier one. */
@Entity
@Table(name = "look_version")
public class LookVersion {

    /** Where a version stands. */
    public enum State {
        DRAFT, PUBLISHED, ARCHIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    State state;

    @Column(name = "settings_json", nullable = false)
    String settingsJson;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    @Column(name = "saved_at", nullable = false)
    OffsetDateTime savedAt = OffsetDateTime.now();

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    int lockVersion;

    protected LookVersion() {
    }

    LookVersion(State state, String settingsJson, String savedBy) {
        this.state = state;
        this.settingsJson = settingsJson;
        this.savedBy = savedBy;
    }

    public Long getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    /** What an editor that saw this draft sends back, so a change made meanwhile is not overwritten unseen. */
    public String draftToken() {
        return id + "." + lockVersion;
    }
}
