package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The advisory lock around schema work, against a real PostgreSQL: holders take turns, nothing stays locked. */
class PlatformLockTest {

    private TestDatabase db;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void secondHolderWaitsInPostgresqlUntilTheFirstIsDone() throws Exception {
        // Two instances: each its own PlatformLock, as on two machines.
        PlatformLock first = new PlatformLock(db.dataSource::getConnection);
        PlatformLock second = new PlatformLock(db.dataSource::getConnection);
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> first.run("start-up of instance 1", () -> {
            steps.add("first in");
            firstInside.countDown();
            waitFor(letFirstFinish);
            steps.add("first out");
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> second.run("start-up of instance 2",
                () -> steps.add("second in")));

        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheLock() == 1);
        assertThat(steps).containsExactly("first in");
        letFirstFinish.countDown();
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);

        assertThat(steps).containsExactly("first in", "first out", "second in");
        assertThat(heldLocks()).isZero();
    }

    @Test
    void provisioningInsideStartUpReusesTheLockItAlreadyHolds() throws Exception {
        PlatformLock lock = new PlatformLock(db.dataSource::getConnection);

        String result = lock.call("start-up", () -> lock.call("provisioning of tenant 'weibin'", () -> "done"));

        assertThat(result).isEqualTo("done");
        assertThat(heldLocks()).isZero();
    }

    @Test
    void lockIsReleasedWhenTheWorkFails() throws Exception {
        PlatformLock lock = new PlatformLock(db.dataSource::getConnection);

        assertThatThrownBy(() -> lock.run("provisioning of tenant 'taibai'", () -> {
            throw new IllegalStateException("migration failed");
        })).hasMessage("migration failed");

        assertThat(heldLocks()).isZero();
        assertThat(lock.call("next provisioning", () -> "ran")).isEqualTo("ran");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long waitingForTheLock() throws SQLException {
        return advisoryLocks(false);
    }

    private long heldLocks() throws SQLException {
        return advisoryLocks(true);
    }

    private long advisoryLocks(boolean granted) throws SQLException {
        // An advisory lock on a bigint key shows its high half as classid and its low half as objid.
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND classid::bigint = ? AND objid::bigint = ? AND granted = ?")) {
            ps.setLong(1, PlatformLock.KEY >>> 32);
            ps.setLong(2, PlatformLock.KEY & 0xffffffffL);
            ps.setBoolean(3, granted);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
