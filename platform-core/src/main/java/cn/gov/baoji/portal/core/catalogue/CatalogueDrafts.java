package cn.gov.baoji.portal.core.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.catalogue.CatalogueService.NodeInput;
import cn.gov.baoji.portal.core.error.ConflictException;
import io.agroal.api.AgroalDataSource;

/**
 * The city office's working copy of the next catalogue release: edits are stored (so they survive
 * another tab, another instance, a restart) and seen by nobody else until released.
 */
@ApplicationScoped
public class CatalogueDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgroalDataSource dataSource;
    private final CatalogueService catalogue;
    private final Clock clock;

    CatalogueDrafts(AgroalDataSource dataSource, CatalogueService catalogue, Clock clock) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The working copy.
     *
     * @param basedOn the release it started from
     * @param changed false while it is just the current release (nothing edited yet)
     * @param stale a newer release came out since it started
     */
    public record Draft(int basedOn, List<NodeInput> nodes, boolean changed, boolean stale, String updatedBy,
            OffsetDateTime updatedAt) {
    }

    public Draft current() {
        CatalogueRelease release = catalogue.current();
        return load().map(d -> new Draft(d.basedOn(), d.nodes(), true, d.basedOn() != release.version(), d.updatedBy(),
                d.updatedAt())).orElseGet(() -> new Draft(release.version(), fromRelease(release), false, false, null, null));
    }

    public Draft addNode(NodeInput node, String by) {
        return edit(nodes -> CatalogueTree.add(nodes, node), by);
    }

    public Draft rename(String code, String name, String by) {
        return edit(nodes -> CatalogueTree.rename(nodes, code, name), by);
    }

    public Draft allowLocalChildren(String code, boolean allow, String by) {
        return edit(nodes -> CatalogueTree.allowLocalChildren(nodes, code, allow), by);
    }

    /** Under a new parent ({@code null}: top level), as its last child. */
    public Draft move(String code, String newParent, String by) {
        return edit(nodes -> CatalogueTree.move(nodes, code, newParent), by);
    }

    /** One place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public Draft shift(String code, int direction, String by) {
        return edit(nodes -> CatalogueTree.shift(nodes, code, direction), by);
    }

    /** The node and all below it, e.g. to leave them out of the choice of a new parent. */
    public List<String> subtree(String code) {
        return CatalogueTree.subtree(current().nodes(), code);
    }

    /** Publishes the working copy to every county as the next version, and starts afresh. */
    public CatalogueRelease release(String note, String by) {
        Draft draft = current();
        if (!draft.changed()) {
            throw new ConflictException("草稿与当前版本相同，没有可发布的修改。");
        }
        if (draft.stale()) {
            throw new ConflictException("草稿编辑期间已发布了新的目录版本（第 " + catalogue.current().version()
                    + " 版）。请放弃草稿后重新修改。");
        }
        if (note == null || note.isBlank() || note.strip().length() > 200) {
            throw new cn.gov.baoji.portal.core.error.InvalidInputException("note", "请填写发布说明（不超过 200 个字）");
        }
        CatalogueRelease release = catalogue.release(draft.nodes(), note, by);
        discard();
        return release;
    }

    public void discard() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM platform.catalogue_draft");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot discard the catalogue draft", e);
        }
    }

    private Draft edit(UnaryOperator<List<NodeInput>> change, String by) {
        Draft draft = current();
        List<NodeInput> edited = change.apply(draft.nodes());
        String sql = "INSERT INTO platform.catalogue_draft (id, based_on, nodes, updated_by, updated_at) VALUES (1, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET based_on = excluded.based_on, nodes = excluded.nodes,"
                + " updated_by = excluded.updated_by, updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, draft.basedOn());
            ps.setString(2, JSON.writeValueAsString(edited));
            ps.setString(3, by);
            ps.setObject(4, OffsetDateTime.now(clock));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the catalogue draft", e);
        }
        return current();
    }

    private Optional<Draft> load() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT based_on, nodes, updated_by, updated_at FROM platform.catalogue_draft")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<NodeInput> nodes = Arrays.asList(JSON.readValue(rs.getString(2), NodeInput[].class));
            return Optional.of(new Draft(rs.getInt(1), List.copyOf(nodes), true, false, rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the catalogue draft", e);
        }
    }

    private static List<NodeInput> fromRelease(CatalogueRelease release) {
        return release.nodes().stream()
                .map(n -> new NodeInput(n.code(), n.parentCode(), n.name(), n.allowLocalChildren())).toList();
    }
}
