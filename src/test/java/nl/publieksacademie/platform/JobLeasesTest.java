package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lease semantics on the schema of the V11 migration (embedded Derby; ClusterIT runs the same on PostgreSQL). */
class JobLeasesTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private EmbeddedDataSource db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));

    @BeforeEach
    void schema() throws Exception {
        db = new EmbeddedDataSource();
        db.setDatabaseName("memory:leases" + System.nanoTime());
        db.setCreateDatabase("create");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(migration());
        }
    }

    static String migration() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V11__job_leases.sql"));
        return sql.replaceAll("(?m)^--.*$", "").strip().replaceAll(";$", "");
    }

    @Test
    void oneHolderAtATime() {
        JobLeases a = new JobLeases(db, "node-a", clock);
        JobLeases b = new JobLeases(db, "node-b", clock);
        assertTrue(a.take("levels", TEN_MINUTES), "the first take of a job inserts its lease");
        assertFalse(b.take("levels", TEN_MINUTES), "another node holds it");
        assertTrue(a.take("levels", TEN_MINUTES), "the holder extends its own lease");
        assertTrue(b.take("demo", TEN_MINUTES), "leases are per job");
        clock.advance(Duration.ofMinutes(9));
        assertFalse(b.take("levels", TEN_MINUTES), "not yet expired");
    }

    @Test
    void aDeadHoldersLeasePassesOnWhenItExpires() {
        JobLeases a = new JobLeases(db, "node-a", clock);
        JobLeases b = new JobLeases(db, "node-b", clock);
        assertTrue(a.take("levels", TEN_MINUTES));
        // node a dies without giving it back
        clock.advance(TEN_MINUTES.plusSeconds(1));
        assertTrue(b.take("levels", TEN_MINUTES), "expired: the next node takes it over");
        assertFalse(a.take("levels", TEN_MINUTES), "a node that comes back does not take it away again");
    }

    @Test
    void aFinishedJobGivesItsLeaseBack() {
        JobLeases a = new JobLeases(db, "node-a", clock);
        JobLeases b = new JobLeases(db, "node-b", clock);
        AtomicInteger runs = new AtomicInteger();
        assertTrue(a.runAlone("demo", TEN_MINUTES, runs::incrementAndGet));
        assertTrue(b.runAlone("demo", TEN_MINUTES, runs::incrementAndGet), "released: free at once");
        assertEquals(2, runs.get());
        assertThrows(IllegalStateException.class, () -> a.runAlone("demo", TEN_MINUTES, () -> {
            throw new IllegalStateException("the job failed");
        }));
        assertTrue(b.take("demo", TEN_MINUTES), "a failed job gives its lease back too");
    }

    @Test
    void whileOneRunsTheOthersSkip() {
        JobLeases a = new JobLeases(db, "node-a", clock);
        JobLeases b = new JobLeases(db, "node-b", clock);
        AtomicInteger runs = new AtomicInteger();
        a.runAlone("levels", TEN_MINUTES, () -> {
            runs.incrementAndGet();
            assertFalse(b.runAlone("levels", TEN_MINUTES, runs::incrementAndGet));
        });
        assertEquals(1, runs.get());
    }

    @Test
    void ofManyNodesTakingAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (String job : List.of("first-use", "after-expiry")) {
                if (job.equals("after-expiry")) {
                    new JobLeases(db, "node-old", clock).take(job, Duration.ofSeconds(1));
                    clock.advance(Duration.ofSeconds(2));
                }
                List<Callable<Boolean>> takes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    JobLeases node = new JobLeases(db, "node-" + i, clock);
                    takes.add(() -> node.take(job, TEN_MINUTES));
                }
                int won = 0;
                for (Future<Boolean> f : pool.invokeAll(takes, 30, TimeUnit.SECONDS)) {
                    won += f.get() ? 1 : 0;
                }
                assertEquals(1, won, job);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nodesStartingAtOnceEachRunTheStartUpWorkInTurn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        try {
            List<Callable<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JobLeases node = new JobLeases(db, "node-" + i, clock);
                starts.add(() -> node.runInTurn("start-up", TEN_MINUTES, Duration.ofSeconds(20),
                        Duration.ofMillis(10), () -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            runs.incrementAndGet();
                            inside.decrementAndGet();
                        }));
            }
            for (Future<Boolean> f : pool.invokeAll(starts, 60, TimeUnit.SECONDS)) {
                assertTrue(f.get(), "every node runs it");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, runs.get());
        assertEquals(1, most.get(), "never two nodes at once");
    }

    @Test
    void aNodeWaitsForTheStartUpWorkOfAnotherOnlySoLong() {
        JobLeases a = new JobLeases(db, "node-a", clock);
        JobLeases b = new JobLeases(db, "node-b", clock);
        AtomicInteger runs = new AtomicInteger();
        assertTrue(a.take("start-up", TEN_MINUTES));
        assertFalse(b.runInTurn("start-up", TEN_MINUTES, Duration.ofMillis(200), Duration.ofMillis(20),
                runs::incrementAndGet), "node a holds it (its lease has not expired)");
        a.release("start-up");
        assertTrue(b.runInTurn("start-up", TEN_MINUTES, Duration.ofMillis(200), Duration.ofMillis(20),
                runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
