package cn.gov.baoji.portal.core.look;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * The versions of the current county's look: one draft at most, the published one, and the earlier
 * ones kept for restoring. Checking a look against the themes is the caller's job.
 */
@ApplicationScoped
public class LookStore {

    private static final Logger LOG = Logger.getLogger(LookStore.class);

    private final EntityManager em;
    private final PublicContentVersion publicVersion;
    private final ObjectMapper json = new ObjectMapper();

    LookStore(EntityManager em, PublicContentVersion publicVersion) {
        this.em = em;
        this.publicVersion = publicVersion;
    }

    /** A version with its settings. */
    public record Saved(LookVersion version, LookSettings settings) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Saved> published() {
        return one(LookVersion.State.PUBLISHED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Saved> draft() {
        return one(LookVersion.State.DRAFT);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LookVersion> history() {
        return em.createQuery("FROM LookVersion ORDER BY id DESC", LookVersion.class).setMaxResults(50).getResultList();
    }

    private static final String CHANGED_MEANWHILE = "草稿在您打开后已被修改、新建或发布（可能是他人，或您在另一个窗口中的操作），"
            + "本次操作没有保存。请重新打开网站外观页面，看过最新的草稿后再操作。";

    /**
     * Saves the draft. With {@code basedOn} (what the editor saw), a draft changed, started or
     * published by someone else meanwhile is a conflict, not overwritten.
     */
    @Transactional
    public Saved saveDraft(LookSettings settings, String by, String basedOn) {
        LookVersion draft = currentDraft(basedOn);
        if (draft == null) {
            draft = new LookVersion(LookVersion.State.DRAFT, write(settings), by);
            em.persist(draft);
        } else {
            draft.settingsJson = write(settings);
            draft.savedBy = by;
            draft.savedAt = OffsetDateTime.now();
        }
        flushOrConflict();
        return new Saved(draft, settings);
    }

    @Transactional
    public Saved publishDraft(String by, String basedOn) {
        LookVersion draft = currentDraft(basedOn);
        if (draft == null) {
            throw new ConflictException("没有待发布的草稿");
        }
        archivePublished();
        draft.state = LookVersion.State.PUBLISHED;
        draft.publishedAt = OffsetDateTime.now();
        draft.savedBy = by;
        flushOrConflict();
        publicVersion.changed();
        return new Saved(draft, read(draft));
    }

    /** Publishes an earlier version again, as a new version, so history only ever grows. */
    @Transactional
    public Saved restore(long id, String by) {
        LookVersion old = em.find(LookVersion.class, id);
        if (old == null || old.state == LookVersion.State.DRAFT) {
            throw new NotFoundException("版本不存在");
        }
        archivePublished();
        LookVersion again = new LookVersion(LookVersion.State.PUBLISHED, old.settingsJson, by);
        again.publishedAt = OffsetDateTime.now();
        em.persist(again);
        flushOrConflict();
        publicVersion.changed();
        return new Saved(again, read(again));
    }

    /** Refuses, as {@link #saveDraft} would, when the draft is no longer the one the editor saw. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireDraftAsSeen(String basedOn) {
        currentDraft(basedOn);
    }

    /**
     * The draft and the published look as they are now.
     *
     * @param token what an editor showing them sends back as {@code basedOn}: the draft with its lock
     *        version, or, without a draft, the published version (so that a draft someone started and
     *        published meanwhile is noticed too)
     */
    public record Current(Optional<Saved> draft, Optional<Saved> published, String token) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Current current() {
        Optional<Saved> draft = draft();
        Optional<Saved> published = published();
        return new Current(draft, published, token(draft.map(Saved::version).orElse(null), published));
    }

    private static String token(LookVersion draft, Optional<Saved> published) {
        if (draft != null) {
            return draft.draftToken();
        }
        return "none-" + published.map(s -> s.version().getId()).orElse(0L);
    }

    private LookVersion findDraft() {
        return em.createQuery("FROM LookVersion WHERE state = :s", LookVersion.class)
                .setParameter("s", LookVersion.State.DRAFT).getResultList().stream().findFirst().orElse(null);
    }

    private LookVersion currentDraft(String basedOn) {
        LookVersion draft = findDraft();
        if (basedOn != null && !basedOn.equals(token(draft, draft == null ? published() : Optional.empty()))) {
            throw new ConflictException(CHANGED_MEANWHILE);
        }
        return draft;
    }

    /** A concurrent change the checks above could not see yet surfaces here, as a conflict rather than a failure. */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(CHANGED_MEANWHILE);
        }
    }

    private void archivePublished() {
        em.createQuery("UPDATE LookVersion SET state = :archived WHERE state = :published")
                .setParameter("archived", LookVersion.State.ARCHIVED).setParameter("published", LookVersion.State.PUBLISHED)
                .executeUpdate();
    }

    private Optional<Saved> one(LookVersion.State state) {
        return em.createQuery("FROM LookVersion WHERE state = :s ORDER BY id DESC", LookVersion.class)
                .setParameter("s", state).setMaxResults(1).getResultList().stream().findFirst()
                .map(v -> new Saved(v, read(v)));
    }

    private String write(LookSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LookSettings read(LookVersion v) {
        return read(json, v.settingsJson, v.getId());
    }

    /**
     * Reads stored settings. Custom CSS saved under older, looser rules that today's {@link CssPolicy}
     * refuses is left out (and logged), so the look still shows, without it, instead of failing every page.
     */
    static LookSettings read(ObjectMapper json, String settingsJson, Long versionId) {
        try {
            JsonNode tree = json.readTree(settingsJson);
            try {
                // The settings check their own CSS as they are built: one parse of it on every read.
                return json.treeToValue(tree, LookSettings.class);
            } catch (JsonProcessingException e) {
                InvalidInputException refused = refusalIn(e);
                if (refused == null || !"customCss".equals(refused.field()) || !(tree instanceof ObjectNode settings)) {
                    throw e;
                }
                LOG.warnf("Custom CSS of look version %d is refused by the current rules (%s); the look is shown "
                        + "without it until a webmaster saves new CSS", versionId, refused.getMessage());
                settings.remove("customCss");
                return json.treeToValue(settings, LookSettings.class);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Look version " + versionId + " cannot be read", e);
        }
    }

    private static InvalidInputException refusalIn(Throwable error) {
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return refused;
            }
        }
        return null;
    }
}
