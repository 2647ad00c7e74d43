package cn.gov.baoji.portal.core.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.PublicDataCache;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import io.agroal.api.AgroalDataSource;

/**
 * The city's service catalogue (政务服务事项目录), kept once in the platform schema like the disclosure
 * catalogue: a release is immutable and visible to every county at once; the current one is the latest.
 * Counties never write here: their guides (in their own schemas) only add county fields to an item.
 */
@ApplicationScoped
public class ServiceCatalogue {

    private static final Logger LOG = Logger.getLogger(ServiceCatalogue.class);
    private static final long CACHE_MILLIS = 30_000;

    private final AgroalDataSource dataSource;
    private final PublicContentVersion publicVersion;
    private final TenantDirectory directory;
    private final PublicDataCache<ServiceRelease> releases;

    ServiceCatalogue(AgroalDataSource dataSource, PublicContentVersion publicVersion, TenantDirectory directory) {
        this.dataSource = dataSource;
        this.publicVersion = publicVersion;
        this.directory = directory;
        this.releases = new PublicDataCache<>(publicVersion, CACHE_MILLIS);
    }

    /** The latest release; version 0 with no items before the first. */
    public ServiceRelease current() {
        return releases.get(PublicDataCache.CITY_WIDE,
                () -> load().orElseGet(() -> new ServiceRelease(0, null, null, null, List.of(), List.of())));
    }

    /** The item if the current release has it and {@code county} offers it. */
    public Optional<ServiceItem> offered(String county, String code) {
        return current().item(code).filter(i -> i.offeredBy(county));
    }

    /** The codes of every county that exists; an item may only name these. */
    Set<String> counties() {
        return directory.all().stream().map(t -> t.code().value()).collect(Collectors.toSet());
    }

    /** A step in the same transaction as a release (e.g. dropping the draft it came from). */
    @FunctionalInterface
    interface InRelease {
        void run(Connection c) throws SQLException;
    }

    /** Validates the whole catalogue and stores it as the next version. */
    public ServiceRelease release(CatalogueInput input, String note, String releasedBy) {
        return release(input, note, releasedBy, null, c -> {
        });
    }

    /**
     * As {@link #release(CatalogueInput, String, String)}, but only while {@code basedOn} (if given) is still
     * the latest version, and together with {@code alsoDo}: a refusal of either leaves nothing stored.
     */
    ServiceRelease release(CatalogueInput input, String note, String releasedBy, Integer basedOn, InRelease alsoDo) {
        ServiceCatalogueRules.Checked checked = ServiceCatalogueRules.release(input, counties());
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (trimmedNote != null && trimmedNote.length() > 200) {
            throw new cn.gov.baoji.portal.core.error.InvalidInputException("note", "发布说明不能超过 200 个字");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int version = store(c, checked, trimmedNote, releasedBy, basedOn, alsoDo);
                c.commit();
                publicVersion.changedEverywhere();
                LOG.infof("Service catalogue version %d released by %s with %d items and %d life events", version,
                        releasedBy, checked.items().size(), checked.events().size());
                return current();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the service catalogue", e);
        }
    }

    private static int store(Connection c, ServiceCatalogueRules.Checked checked, String note, String releasedBy,
            Integer basedOn, InRelease alsoDo) throws SQLException {
        try (Statement lock = c.createStatement()) {
            lock.execute("LOCK TABLE platform.service_release IN EXCLUSIVE MODE");
        }
        int version;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) + 1 FROM platform.service_release")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (basedOn != null && version != basedOn + 1) {
            throw new ConflictException("草稿编辑期间已发布了新的事项目录版本（第 " + (version - 1)
                    + " 版）。请放弃草稿后重新修改。");
        }
        alsoDo.run(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.service_release (version, note, released_by) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, note);
            ps.setString(3, releasedBy);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.service_life_event"
                + " (release_version, code, name, sort_order) VALUES (?, ?, ?, ?)")) {
            int order = 0;
            for (LifeEvent e : checked.events()) {
                ps.setInt(1, version);
                ps.setString(2, e.code());
                ps.setString(3, e.name());
                ps.setInt(4, order += 10);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.service_item (release_version, code, name,"
                + " kind, legal_basis, audiences, events, all_counties, counties, sort_order)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (ServiceItem i : checked.items()) {
                ps.setInt(1, version);
                ps.setString(2, i.code());
                ps.setString(3, i.name());
                ps.setString(4, i.kind().name());
                ps.setString(5, i.legalBasis());
                ps.setString(6, i.audiences().stream().map(Enum::name).collect(Collectors.joining(",")));
                ps.setString(7, String.join(",", i.events()));
                ps.setBoolean(8, i.allCounties());
                ps.setString(9, String.join(",", i.counties()));
                ps.setInt(10, order += 10);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return version;
    }

    /** Creates the first release when there is none (another instance may just have done it). */
    void seed(CatalogueInput first) {
        try {
            release(first, "初始事项目录", "system", 0, c -> {
            });
        } catch (ConflictException e) {
            LOG.debug("The service catalogue was seeded by another instance");
        }
    }

    private Optional<ServiceRelease> load() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int version;
            String note;
            String by;
            OffsetDateTime at;
            try (ResultSet rs = s.executeQuery("SELECT version, note, released_by, released_at FROM platform.service_release"
                    + " ORDER BY version DESC LIMIT 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                version = rs.getInt(1);
                note = rs.getString(2);
                by = rs.getString(3);
                at = rs.getObject(4, OffsetDateTime.class);
            }
            List<LifeEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM platform.service_life_event"
                    + " WHERE release_version = ? ORDER BY sort_order")) {
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new LifeEvent(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            List<ServiceItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, kind, legal_basis, audiences, events,"
                    + " all_counties, counties FROM platform.service_item WHERE release_version = ? ORDER BY sort_order")) {
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ServiceItem(rs.getString(1), rs.getString(2),
                                ServiceKind.of(rs.getString(3)).orElse(ServiceKind.OTHER), rs.getString(4),
                                split(rs.getString(5)).stream().map(a -> Audience.of(a).orElse(Audience.PERSONAL)).toList(),
                                split(rs.getString(6)), rs.getBoolean(7), split(rs.getString(8))));
                    }
                }
            }
            return Optional.of(new ServiceRelease(version, note, by, at, List.copyOf(events), List.copyOf(items)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the service catalogue", e);
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : List.copyOf(Arrays.asList(list.split(",")));
    }

    /** Whether this could be an item's code (事项编码). */
    public static boolean isItemCode(String code) {
        return ServiceCatalogueRules.isItemCode(code);
    }

    /** Whether this could be a life event's code. */
    public static boolean isEventCode(String code) {
        return ServiceCatalogueRules.isEventCode(code);
    }
}
