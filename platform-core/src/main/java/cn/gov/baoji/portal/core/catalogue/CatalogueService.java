package cn.gov.baoji.portal.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.content.PublicDataCache;
import io.agroal.api.AgroalDataSource;

/**
 * The city's disclosure catalogue and topic categories, kept once in the platform schema: a
 * release is visible to every county at once. Releases are immutable; the current one is the latest.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    private static final long CACHE_MILLIS = 30_000;
    static final String TOPICS_CHANGED = "主题分类已被他人修改，请刷新后再操作";

    private final AgroalDataSource dataSource;
    private final PublicContentVersion publicVersion;
    // Kept until any instance changes them: each change sends a city-wide notice.
    private final PublicDataCache<CatalogueRelease> releases;
    private final PublicDataCache<List<TopicCategory>> topics;

    CatalogueService(AgroalDataSource dataSource, PublicContentVersion publicVersion) {
        this.dataSource = dataSource;
        this.publicVersion = publicVersion;
        this.releases = new PublicDataCache<>(publicVersion, CACHE_MILLIS);
        this.topics = new PublicDataCache<>(publicVersion, CACHE_MILLIS);
    }

    /** A node as the city office sends it for a new release. */
    public record NodeInput(String code, String parentCode, String name, Boolean allowLocalChildren) {
    }

    /** The seed file's content. */
    record Seed(String comment, List<NodeInput> nodes, List<TopicCategory> topics) {
    }

    public CatalogueRelease current() {
        return releases.get(PublicDataCache.CITY_WIDE,
                () -> load().orElseGet(() -> new CatalogueRelease(0, null, null, null, List.of())));
    }

    public Optional<CatalogueNode> cityNode(String code) {
        return current().nodes().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** A step that belongs to the same transaction as a release. */
    @FunctionalInterface
    interface InRelease {
        void run(Connection c) throws SQLException;
    }

    /** Validates the whole tree and stores it as the next version. */
    public CatalogueRelease release(List<NodeInput> nodes, String note, String releasedBy) {
        return release(nodes, note, releasedBy, null, c -> {
        });
    }

    /**
     * As {@link #release(List, String, String)}, but only while {@code basedOn} (if given) is still the
     * latest version, and together with {@code alsoDo}: a refusal from either leaves nothing stored.
     */
    CatalogueRelease release(List<NodeInput> nodes, String note, String releasedBy, Integer basedOn, InRelease alsoDo) {
        List<CatalogueNode> validated = CatalogueRules.release(nodes);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return release(c, validated, note, releasedBy, basedOn, alsoDo);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the catalogue", e);
        }
    }

    private CatalogueRelease release(Connection c, List<CatalogueNode> validated, String note, String releasedBy,
            Integer basedOn, InRelease alsoDo) throws SQLException {
        try (Statement lock = c.createStatement()) {
            lock.execute("LOCK TABLE platform.catalogue_release IN EXCLUSIVE MODE");
        }
        int version;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) + 1 FROM platform.catalogue_release")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (basedOn != null && version != basedOn + 1) {
            throw new ConflictException("草稿编辑期间已发布了新的目录版本（第 " + (version - 1)
                    + " 版）。请放弃草稿后重新修改。");
        }
        alsoDo.run(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.catalogue_release (version, note, released_by) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, note == null ? null : note.strip());
            ps.setString(3, releasedBy);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.catalogue_node"
                + " (release_version, code, parent_code, name, sort_order, allow_local_children) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CatalogueNode n : validated) {
                ps.setInt(1, version);
                ps.setString(2, n.code());
                ps.setString(3, n.parentCode());
                ps.setString(4, n.name());
                ps.setInt(5, n.sortOrder());
                ps.setBoolean(6, n.allowLocalChildren());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        publicVersion.changedEverywhere();
        LOG.infof("Disclosure catalogue version %d released by %s with %d nodes", version, releasedBy, validated.size());
        return current();
    }

    public List<TopicCategory> topics() {
        return topics.get(PublicDataCache.CITY_WIDE, this::queryTopics);
    }

    /** The fingerprint of the topic list a page shows and sends back with a change. */
    public String topicsRevision() {
        return CatalogueRules.topicsRevision(topics());
    }

    /** Replaces the topic categories with this list, in this order. Codes in use elsewhere stay valid. */
    public List<TopicCategory> replaceTopics(List<TopicCategory> wanted) {
        return changeTopics(current -> wanted, null);
    }

    /** A new topic at the end, if the list still is the one the page showed ({@code seen}). */
    public List<TopicCategory> addTopic(String code, String name, String seen) {
        return changeTopics(topics -> CatalogueRules.addTopic(topics, code, name), seen);
    }

    public List<TopicCategory> renameTopic(String code, String name, String seen) {
        return changeTopics(topics -> CatalogueRules.renameTopic(topics, code, name), seen);
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public List<TopicCategory> shiftTopic(String code, int direction, String seen) {
        return changeTopics(topics -> CatalogueRules.shiftTopic(topics, code, direction), seen);
    }

    public List<TopicCategory> removeTopic(String code, String seen) {
        return changeTopics(topics -> CatalogueRules.removeTopic(topics, code), seen);
    }

    /**
     * Reads, changes and stores the list in one transaction holding the table's lock, so two changes
     * cannot interleave; with {@code seen}, refuses if the stored list is no longer the one the page showed.
     */
    private List<TopicCategory> changeTopics(UnaryOperator<List<TopicCategory>> change, String seen) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE platform.topic_category IN EXCLUSIVE MODE");
                }
                List<TopicCategory> stored = queryTopics(c);
                if (seen != null && !seen.equals(CatalogueRules.topicsRevision(stored))) {
                    throw new ConflictException(TOPICS_CHANGED);
                }
                List<TopicCategory> wanted = change.apply(stored);
                CatalogueRules.topics(wanted);
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM platform.topic_category");
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO platform.topic_category (code, name, sort_order) VALUES (?, ?, ?)")) {
                    int order = 0;
                    for (TopicCategory t : wanted) {
                        ps.setString(1, t.code());
                        ps.setString(2, t.name().strip());
                        ps.setInt(3, order += 10);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the topic categories", e);
        }
        publicVersion.changedEverywhere();
        return topics();
    }

    public Optional<TopicCategory> topic(String code) {
        return topics().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Creates the first release and the topics from the seed file when the platform has none. */
    public void seedIfEmpty() {
        if (current().version() > 0) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seed/catalogue.json")) {
            Seed seed = new ObjectMapper().readValue(in, Seed.class);
            release(seed.nodes(), "初始目录", "system");
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO platform.topic_category (code, name, sort_order)"
                            + " VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
                int order = 0;
                for (TopicCategory t : seed.topics()) {
                    ps.setString(1, t.code());
                    ps.setString(2, t.name());
                    ps.setInt(3, order += 10);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            publicVersion.changedEverywhere();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot seed the disclosure catalogue", e);
        }
    }

    private Optional<CatalogueRelease> load() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            CatalogueRelease release;
            try (ResultSet rs = s.executeQuery("SELECT version, note, released_by, released_at FROM platform.catalogue_release"
                    + " ORDER BY version DESC LIMIT 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                release = new CatalogueRelease(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class), new ArrayList<>());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT code, parent_code, name, sort_order, allow_local_children"
                    + " FROM platform.catalogue_node WHERE release_version = ? ORDER BY sort_order")) {
                ps.setInt(1, release.version());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        release.nodes().add(new CatalogueNode(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getBoolean(5), false));
                    }
                }
            }
            return Optional.of(new CatalogueRelease(release.version(), release.note(), release.releasedBy(),
                    release.releasedAt(), List.copyOf(release.nodes())));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the disclosure catalogue", e);
        }
    }

    private List<TopicCategory> queryTopics() {
        try (Connection c = dataSource.getConnection()) {
            return queryTopics(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the topic categories", e);
        }
    }

    private static List<TopicCategory> queryTopics(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, name, sort_order FROM platform.topic_category ORDER BY sort_order")) {
            List<TopicCategory> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new TopicCategory(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
            return List.copyOf(result);
        }
    }

    /** Whether this could be the code of a catalogue node or topic category. */
    public static boolean isCode(String code) {
        return CatalogueRules.isCode(code);
    }
}
