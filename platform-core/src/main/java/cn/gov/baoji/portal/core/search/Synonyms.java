package cn.gov.baoji.portal.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import io.agroal.api.AgroalDataSource;

/**
 * The city's synonym list (platform table {@code search_synonym}). Searches read it from memory; other
 * instances pick up a change within {@link #MAX_AGE_MILLIS}.
 */
@ApplicationScoped
public class Synonyms {

    static final long MAX_AGE_MILLIS = 30_000;
    private static final Logger LOG = Logger.getLogger(Synonyms.class);
    private static final Pattern TERM = Pattern.compile("[\\p{IsHan}\\p{IsLatin}\\p{Nd}]{1,20}");

    private record Loaded(List<Synonym> list, long at) {
    }

    private final AgroalDataSource dataSource;
    private volatile Loaded loaded;

    Synonyms(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Synonym> all() {
        Loaded l = loaded;
        if (l == null || System.currentTimeMillis() - l.at() > MAX_AGE_MILLIS) {
            try {
                l = new Loaded(List.copyOf(read()), System.currentTimeMillis());
                loaded = l;
            } catch (SQLException e) {
                if (l == null) {
                    throw new IllegalStateException("Cannot read the search synonyms", e);
                }
                LOG.warnf("Search synonyms could not be reread (%s); searching with the list read before", e.getMessage());
            }
        }
        return l.list();
    }

    public Synonym add(String term, String alternative, boolean oneWay, String by) {
        String t = check("term", term);
        String a = check("alternative", alternative);
        if (t.equals(a)) {
            throw new InvalidInputException("alternative", "同义词不能与原词相同");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO platform.search_synonym (term, alternative, one_way, created_by)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (term, alternative) DO NOTHING RETURNING id")) {
            ps.setString(1, t);
            ps.setString(2, a);
            ps.setBoolean(3, oneWay);
            ps.setString(4, by == null ? "console" : by);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ConflictException("这组同义词已经存在");
                }
                loaded = null;
                return new Synonym(rs.getLong(1), t, a, oneWay);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store a search synonym", e);
        }
    }

    public void remove(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM platform.search_synonym WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                throw new NotFoundException("同义词不存在");
            }
            loaded = null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove a search synonym", e);
        }
    }

    private static String check(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (!TERM.matcher(v).matches()) {
            throw new InvalidInputException(field, "词语须为 1 至 20 个汉字、字母或数字");
        }
        return v;
    }

    private List<Synonym> read() throws SQLException {
        List<Synonym> list = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, term, alternative, one_way FROM platform.search_synonym ORDER BY term, alternative");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Synonym(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            }
        }
        return list;
    }
}
