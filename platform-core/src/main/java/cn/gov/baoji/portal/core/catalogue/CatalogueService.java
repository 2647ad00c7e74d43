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

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
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

    /** Validates the whole tree and stores it as the next version. */
    public CatalogueRelease release(List<NodeInput> nodes, String note, String releasedBy) {
        List<CatalogueNode> validated = CatalogueRules.release(nodes);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement lock = c.createStatement()) {
                lock.execute("LOCK TABLE platform.catalogue_release IN EXCLUSIVE MODE");
            }
            int version;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) + 1 FROM platform.catalogue_release")) {
                rs.next();
                version = rs.getInt(1);
            }
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
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the catalogue", e);
        }
    }

    public List<TopicCategory> topics() {
        return topics.get(PublicDataCache.CITY_WIDE, this::queryTopics);
    }

    /** Replaces the topic categories with this list, in this order. Codes in use elsewhere stay valid. */
    public List<TopicCategory> replaceTopics(List<TopicCategory> wanted) {
        CatalogueRules.topics(wanted);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
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
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, name, sort_order FROM platform.topic_category ORDER BY sort_order")) {
            List<TopicCategory> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new TopicCategory(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
            return List.copyOf(result);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the topic categories", e);
        }
    }
}
