package cn.gov.baoji.portal.web.inspection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.time.ChinaTime;
import cn.gov.baoji.portal.web.support.Counties;
import io.agroal.api.AgroalDataSource;

/**
 * Counties of the self-inspection tests, and the states the rules look at, written straight into the
 * county's schema with the dates a test needs (published two months ago, received four months ago…).
 */
@ApplicationScoped
public class InspectionFixtures {

    private final TenantProvisioner provisioner;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    InspectionFixtures(TenantProvisioner provisioner, AgroalDataSource dataSource, Clock clock) {
        this.provisioner = provisioner;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * A county of the test's own with its demo departments and guides, every published article taken
     * away, and a complete footer unless {@code completeFooter} is false (then no ICP/公安 numbers).
     */
    public void county(String code, String name, boolean completeFooter) {
        Counties.provision(provisioner, code, name, null, "classic");
        String schema = TenantCode.of(code).schema();
        sql("DELETE FROM " + schema + ".published_article");
        footer(code, completeFooter);
        sql("UPDATE " + schema + ".site_settings SET email = '" + webmasterAddress(code) + "', address = '" + name
                + "人民政府大楼', phone = '0917-3212345'");
    }

    public static String webmasterAddress(String code) {
        return "webmaster@" + code + ".test";
    }

    public void footer(String code, boolean complete) {
        sql("UPDATE " + TenantCode.of(code).schema() + ".site_settings SET icp_number = "
                + (complete ? "'陕ICP备05004567号'" : "NULL") + ", police_record_number = "
                + (complete ? "'陕公网安备 61030202000123号'" : "NULL"));
    }

    /** Publishes an article in {@code channel}, {@code age} ago; its id. */
    public long article(String code, String channel, String title, String body, Duration age) {
        String s = TenantCode.of(code).schema();
        OffsetDateTime at = OffsetDateTime.now(clock).minus(age);
        try (Connection c = dataSource.getConnection()) {
            long channelId = id(c, "SELECT id FROM " + s + ".channel WHERE code = '" + channel + "'");
            long department = id(c, "SELECT id FROM " + s + ".department WHERE code = 'zfb'");
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".article (channel_id, department_id,"
                    + " title, body_html, state, author_subject, author_name, first_published_at, public_revision_no,"
                    + " revision_count, created_at, updated_at) VALUES (?, ?, ?, ?, 'PUBLISHED', 'test', '测试信息员', ?, 1, 1, ?, ?)"
                    + " RETURNING id")) {
                ps.setLong(1, channelId);
                ps.setLong(2, department);
                ps.setString(3, title);
                ps.setString(4, body);
                ps.setTimestamp(5, Timestamp.from(at.toInstant()));
                ps.setTimestamp(6, Timestamp.from(at.toInstant()));
                ps.setTimestamp(7, Timestamp.from(at.toInstant()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".published_article (article_id,"
                    + " revision_no, channel_id, department_id, title, body_html, published_at, updated_at, disclosure)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, false)")) {
                ps.setLong(1, id);
                ps.setLong(2, channelId);
                ps.setLong(3, department);
                ps.setString(4, title);
                ps.setString(5, body);
                ps.setTimestamp(6, Timestamp.from(at.toInstant()));
                ps.setTimestamp(7, Timestamp.from(at.toInstant()));
                ps.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void body(String code, long article, String body) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE "
                + TenantCode.of(code).schema() + ".published_article SET body_html = ? WHERE article_id = ?")) {
            ps.setString(1, body);
            ps.setLong(2, article);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open message received {@code age} ago, due {@code dueIn} days from today (negative: overdue); its id. */
    public long message(String code, String title, Duration age, int dueIn) {
        return message(code, "zfb", title, age, dueIn);
    }

    /** The same, addressed to the department {@code department} (its code). */
    public long message(String code, String department, String title, Duration age, int dueIn) {
        String s = TenantCode.of(code).schema();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + s
                + ".message (query_code, submission_key, kind, addressee, department_id, title, content, name, phone,"
                + " publish_allowed, state, received_at, due_on, accepted_at) VALUES (?, ?, 'CONSULT', ?,"
                + " (SELECT id FROM " + s + ".department WHERE code = ?), ?, '留言内容', '张三', '13800000000', false,"
                + " 'ACCEPTED', ?, ?, ?) RETURNING id")) {
            ps.setString(1, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            ps.setString(2, UUID.randomUUID().toString());
            ps.setString(3, department);
            ps.setString(4, department);
            ps.setString(5, title);
            Timestamp received = Timestamp.from(OffsetDateTime.now(clock).minus(age).toInstant());
            ps.setTimestamp(6, received);
            ps.setDate(7, Date.valueOf(LocalDate.now(clock.withZone(ChinaTime.ZONE)).plusDays(dueIn)));
            ps.setTimestamp(8, received);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void reply(String code, long message) {
        sql("UPDATE " + TenantCode.of(code).schema() + ".message SET state = 'REPLIED', reply = '已答复',"
                + " reply_by = '测试', replied_at = now() WHERE id = " + message);
    }

    /** A published guide of the county, its item code. */
    public String publishedGuide(String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT item_code FROM "
                + TenantCode.of(code).schema() + ".service_guide WHERE published ORDER BY item_code LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("County " + code + " has no published guide");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void guidePlace(String code, String item, String place) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE "
                + TenantCode.of(code).schema() + ".service_guide SET place = ? WHERE item_code = ?")) {
            ps.setString(1, place);
            ps.setString(2, item);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every channel of the county that holds articles gets a fresh, clean one. */
    public void freshInEveryChannel(String code) {
        for (String channel : List.of("xwdt", "tzgg", "zcwj", "zcjd")) {
            article(code, channel, "关于做好冬季安全生产工作的通知（" + channel + "）",
                    "<p>各镇街、各部门：请做好冬季安全生产工作。详见<a href=\"/channels/" + channel + "\">本栏目</a>。</p>",
                    Duration.ofHours(2));
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return rs.getLong(1);
        }
    }

    void sql(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
