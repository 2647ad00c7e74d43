package cn.gov.baoji.portal.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * The weights the city office gives the ranking indicators (schema {@code platform}, shared by every
 * county), and the record of who changed them when. Read on every ranking; a few rows, so no cache.
 */
@ApplicationScoped
public class EvaluationWeights {

    static final BigDecimal MAX = BigDecimal.valueOf(1000);

    private final DataSource dataSource;
    private final Clock clock;

    EvaluationWeights(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * One change as the audit shows it.
     *
     * @param weights every weight after the change, e.g. {@code acceptance=20.00;replyOnTime=25.00}
     */
    public record Change(String changedBy, OffsetDateTime changedAt, String weights) {

        /** When, as shown: Beijing time to the minute. */
        public String shownAt() {
            return changedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }

        /** The weights with the indicators' Chinese names, e.g. 稿件录用率 20；按时答复率 25. */
        public String described() {
            return java.util.Arrays.stream(weights.split(";")).map(pair -> {
                String[] kv = pair.split("=", 2);
                String label = Indicator.fromKey(kv[0]).map(Indicator::label).orElse(kv[0]);
                return label + " " + (kv.length > 1 ? new BigDecimal(kv[1]).stripTrailingZeros().toPlainString() : "");
            }).collect(Collectors.joining("；"));
        }
    }

    /** The weights now, in the indicators' order. */
    public Map<Indicator, BigDecimal> current() {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            weights.put(i, BigDecimal.ZERO.setScale(2));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT indicator, weight FROM platform.evaluation_weight")) {
            while (rows.next()) {
                BigDecimal weight = rows.getBigDecimal(2);
                Indicator.fromKey(rows.getString(1)).ifPresent(i -> weights.put(i, weight.setScale(2, RoundingMode.HALF_UP)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the evaluation weights failed", e);
        }
        return weights;
    }

    /** The newest changes first. */
    public List<Change> history(int limit) {
        List<Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT changed_by, changed_at, weights FROM platform.evaluation_weight_change ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getString(1), rows.getObject(2, OffsetDateTime.class)
                            .atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the evaluation weight changes failed", e);
        }
        return changes;
    }

    /**
     * The city office sets every weight at once: each a number from 0 to 1000 (two decimals), at least
     * one above 0. Nothing is stored when any is wrong.
     *
     * @param raw indicator key to the weight as sent (text or number)
     */
    public Map<Indicator, BigDecimal> set(Actor actor, Map<String, ?> raw) {
        if (!actor.bindings().isCityAdmin()) {
            throw new AccessDeniedException("只有市级管理员可以调整评估权重。");
        }
        Map<Indicator, BigDecimal> weights = parse(raw);
        String summary = weights.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platform.evaluation_weight (indicator, weight)"
                    + " VALUES (?, ?) ON CONFLICT (indicator) DO UPDATE SET weight = EXCLUDED.weight");
                    PreparedStatement audit = c.prepareStatement("INSERT INTO platform.evaluation_weight_change"
                            + " (changed_by, changed_at, weights) VALUES (?, ?, ?)")) {
                for (Map.Entry<Indicator, BigDecimal> e : weights.entrySet()) {
                    upsert.setString(1, e.getKey().key());
                    upsert.setBigDecimal(2, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
                audit.setString(1, actor.name().isBlank() ? actor.subject() : actor.name());
                audit.setTimestamp(2, Timestamp.from(clock.instant()));
                audit.setString(3, summary);
                audit.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the evaluation weights failed", e);
        }
        return weights;
    }

    static Map<Indicator, BigDecimal> parse(Map<String, ?> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidInputException("weights", "请填写各项指标的权重");
        }
        for (String key : raw.keySet()) {
            if (Indicator.fromKey(key).isEmpty()) {
                throw new InvalidInputException(String.valueOf(key), "没有这项评估指标：" + key);
            }
        }
        Map<Indicator, BigDecimal> weights = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            Object value = raw.get(i.key());
            if (value == null || value.toString().isBlank()) {
                throw new InvalidInputException(i.key(), "请填写“" + i.label() + "”的权重");
            }
            BigDecimal weight;
            try {
                weight = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(i.key(), "“" + i.label() + "”的权重须是数字");
            }
            if (weight.signum() < 0 || weight.compareTo(MAX) > 0) {
                throw new InvalidInputException(i.key(), "“" + i.label() + "”的权重须在 0 至 1000 之间");
            }
            if (weight.scale() > 2 && weight.setScale(2, RoundingMode.DOWN).compareTo(weight) != 0) {
                throw new InvalidInputException(i.key(), "“" + i.label() + "”的权重最多保留两位小数");
            }
            weights.put(i, weight.setScale(2, RoundingMode.UNNECESSARY));
        }
        if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            throw new InvalidInputException("weights", "至少要有一项指标的权重大于 0");
        }
        return weights;
    }
}
