package cn.gov.baoji.portal.core.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.error.ConflictException;

/**
 * The one-row table of a city catalogue's working copy (the disclosure catalogue's, the service
 * catalogue's), and the rule that keeps two editors from overwriting each other: the first edit starts
 * a draft only while the release it showed is still the latest; later ones replace exactly the revision
 * they were based on; a release or a discard removes exactly the revision its page showed. Anything
 * else lost a race and is refused with {@code stale}. The table names are constants of the callers,
 * never request text.
 */
public final class DraftTable {

    /** The stored working copy; its content is kept as JSON. */
    public record Stored(long revision, int basedOn, String json, String updatedBy, OffsetDateTime updatedAt) {

        public <T> T content(Class<T> type) {
            try {
                return JSON.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot read a stored catalogue draft", e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final String table;
    private final String contentColumn;
    private final String releaseTable;
    private final String stale;

    /** {@code platform.<table>} with its sequence {@code <table>_revision}; releases in {@code platform.<releaseTable>}. */
    public DraftTable(DataSource dataSource, String table, String contentColumn, String releaseTable, String stale) {
        this.dataSource = dataSource;
        this.table = table;
        this.contentColumn = contentColumn;
        this.releaseTable = releaseTable;
        this.stale = stale;
    }

    public Optional<Stored> load() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT based_on, " + contentColumn + ", updated_by, updated_at, revision FROM platform."
                        + table)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Stored(rs.getLong(5), rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read platform." + table, e);
        }
    }

    /** Stores {@code content} (as JSON) over the revision {@code seenRevision} (0: no draft yet) based on release {@code basedOn}. */
    public void store(Object content, String by, OffsetDateTime at, long seenRevision, int basedOn) {
        String json;
        try {
            json = JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the draft of platform." + table, e);
        }
        String sql = seenRevision == 0
                ? "INSERT INTO platform." + table + " (id, " + contentColumn + ", updated_by, updated_at, based_on, revision)"
                        + " SELECT 1, ?, ?, ?, ?, nextval('platform." + table + "_revision')"
                        + " WHERE (SELECT coalesce(max(version), 0) FROM platform." + releaseTable + ") = ?"
                        + " ON CONFLICT (id) DO NOTHING"
                : "UPDATE platform." + table + " SET " + contentColumn + " = ?, updated_by = ?, updated_at = ?,"
                        + " revision = nextval('platform." + table + "_revision') WHERE based_on = ? AND revision = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, json);
            ps.setString(2, by);
            ps.setObject(3, at);
            ps.setInt(4, basedOn);
            if (seenRevision == 0) {
                ps.setInt(5, basedOn);
            } else {
                ps.setLong(5, seenRevision);
            }
            if (ps.executeUpdate() == 0) {
                throw new ConflictException(stale);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store platform." + table, e);
        }
    }

    /** Inside a release's transaction: the draft goes with it, and only the revision released. */
    public void removeAt(Connection c, long revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM platform." + table + " WHERE revision = ?")) {
            ps.setLong(1, revision);
            if (ps.executeUpdate() == 0) {
                throw new ConflictException(stale);
            }
        }
    }

    /** Drops the working copy, if it is still the one the page showed. */
    public void discard(long seenRevision) {
        try (Connection c = dataSource.getConnection()) {
            removeAt(c, seenRevision);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot discard platform." + table, e);
        }
    }
}
