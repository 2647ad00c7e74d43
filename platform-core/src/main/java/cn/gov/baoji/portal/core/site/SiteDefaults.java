package cn.gov.baoji.portal.core.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Fills a freshly migrated tenant schema with what a new site needs on day one. Every insert
 * leaves existing rows alone, so running it again after a failure (or on an old site) is harmless.
 */
public class SiteDefaults {

    /** A channel every county portal starts with; the update gaps follow the inspection rules. */
    record DefaultChannel(String code, String name, int order, Integer updateEveryDays) {
    }

    static final List<DefaultChannel> CHANNELS = List.of(
            new DefaultChannel("xwdt", "新闻动态", 10, 14),
            new DefaultChannel("tzgg", "通知公告", 20, 180),
            new DefaultChannel("xxgk", "政府信息公开", 30, null),
            new DefaultChannel("zcwj", "政策文件", 40, 180),
            new DefaultChannel("zcjd", "政策解读", 50, 180),
            new DefaultChannel("bsfw", "办事服务", 60, null),
            new DefaultChannel("hdjl", "互动交流", 70, null));

    private final DataSource dataSource;

    public SiteDefaults(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void apply(TenantCode code, SiteFooter footer, SiteLook look) {
        String schema = code.schema();
        String settings = "INSERT INTO " + schema + ".site_settings"
                + " (id, organizer, undertaker, icp_number, police_record_number, address, phone, email, primary_color,"
                + " secondary_color) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
        String channel = "INSERT INTO " + schema + ".channel (code, name, sort_order, update_every_days)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(settings)) {
                ps.setString(1, footer.organizer());
                ps.setString(2, footer.undertaker());
                ps.setString(3, footer.icpNumber());
                ps.setString(4, footer.policeRecordNumber());
                ps.setString(5, footer.address());
                ps.setString(6, footer.phone());
                ps.setString(7, footer.email());
                ps.setString(8, look.primaryColor());
                ps.setString(9, look.secondaryColor());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(channel)) {
                for (DefaultChannel ch : CHANNELS) {
                    ps.setString(1, ch.code());
                    ps.setString(2, ch.name());
                    ps.setInt(3, ch.order());
                    ps.setObject(4, ch.updateEveryDays());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the defaults of tenant " + code, e);
        }
    }
}
