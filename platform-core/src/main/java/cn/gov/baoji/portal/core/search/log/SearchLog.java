package cn.gov.baoji.portal.core.search.log;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import io.quarkus.scheduler.Scheduled;

/**
 * Counts what citizens search for, per county, day and normalized query, for the webmasters' hot and
 * failed searches. Only the query text and counts are kept: no address, no session, no time of day.
 * Searches are counted in memory and written in batches (one upsert per query and day), like page
 * views: a search must not cost a database write, and a flood of searches costs one row per
 * distinct query. Counts not yet written when the instance stops are lost (at most one interval).
 */
@ApplicationScoped
public class SearchLog {

    /** Longest query text kept; the rest is cut. */
    public static final int MAX_LENGTH = 100;
    /** Distinct queries held between two writes; beyond that, new queries are not counted until the next write. */
    static final int MAX_PENDING = 20_000;

    private static final Logger LOG = Logger.getLogger(SearchLog.class);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Long digit runs (phone, ID card, case numbers) and e-mail addresses are personal: such queries are not kept. */
    private static final Pattern PERSONAL = Pattern.compile("\\d{7,}|\\d{6,}[xX]|[^\\s@]+@[^\\s@]+");
    /**
     * Spaces, dashes, dots, slashes between digits: 138 0013 8000, 0917-3261234, 610302.19900101.123X are the same
     * runs written in groups. (A date written 2024-01-31 becomes a run too and is not counted: better lost than a phone.)
     */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[\\s\\p{Pd}.·・/_]+(?=\\d)");

    private record Key(String tenant, LocalDate day, String query) {
    }

    private static final class Counts {
        final LongAdder searches = new LongAdder();
        final LongAdder empty = new LongAdder();
        final AtomicLong lastResults = new AtomicLong();
    }

    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final EntityManager em;
    private final Clock clock;

    SearchLog(TenantDirectory directory, TenantScope scope, EntityManager em, Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The query as it is counted: NFKC (full-width letters and digits folded), lower case, spaces
     * collapsed, cut to {@link #MAX_LENGTH}; empty when there is nothing to count or it looks personal.
     */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String q = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        if (q.isEmpty() || PERSONAL.matcher(DIGIT_GROUPS.matcher(q).replaceAll("")).find()) {
            return Optional.empty();
        }
        if (q.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(q.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            q = q.substring(0, end).strip();
        }
        return Optional.of(q);
    }

    /** Counts one search made on a county's public site, with how many results it found. */
    public void record(TenantCode tenant, String text, long results) {
        Optional<String> query = normalize(text);
        if (query.isEmpty()) {
            return;
        }
        Key key = new Key(tenant.value(), LocalDate.now(clock.withZone(ChinaTime.ZONE)), query.get());
        boolean full = pending.size() >= MAX_PENDING;
        // Counted inside compute: atomic with the flush's remove, so no search falls between the two.
        pending.compute(key, (k, counts) -> {
            if (counts == null) {
                if (full) {
                    return null;
                }
                counts = new Counts();
            }
            counts.searches.increment();
            if (results == 0) {
                counts.empty.increment();
            }
            counts.lastResults.set(results);
            return counts;
        });
    }

    /** Writes the counts gathered since the last write; searches counted meanwhile wait for the next. */
    @Scheduled(every = "${portal.search.log-flush:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            Counts counts = pending.remove(key);
            if (counts == null) {
                continue;
            }
            long searches = counts.searches.sum();
            long empty = counts.empty.sum();
            if (searches == 0 || directory.findByCode(TenantCode.of(key.tenant())).isEmpty()) {
                continue;
            }
            try {
                scope.run(TenantCode.of(key.tenant()), () -> em.createNativeQuery("""
                        INSERT INTO search_log (day, query, searches, empty_searches, last_result_count)
                        VALUES (:day, :query, :searches, :empty, :results)
                        ON CONFLICT (day, query) DO UPDATE SET searches = search_log.searches + EXCLUDED.searches,
                            empty_searches = search_log.empty_searches + EXCLUDED.empty_searches,
                            last_result_count = EXCLUDED.last_result_count""")
                        .setParameter("day", key.day()).setParameter("query", key.query())
                        .setParameter("searches", searches).setParameter("empty", empty)
                        .setParameter("results", counts.lastResults.get()).executeUpdate());
            } catch (RuntimeException e) {
                LOG.warnf("Search counts of tenant '%s' could not be written (%s); %d searches for one query are lost",
                        key.tenant(), e.getMessage(), searches);
            }
        }
    }
}
