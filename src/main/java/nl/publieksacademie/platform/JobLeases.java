package nl.publieksacademie.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets a background job run on one node of a cluster at a time, through a lease row per job in the database
 * ({@code job_lease}): a node runs the job only while it holds the lease, and gives it back when done. A node that
 * dies keeps it until it expires, then another node takes it over. Kept in the database rather than in Hazelcast, so
 * it also holds when the cluster splits. Each statement commits on its own, outside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    /** This node, as long as it runs: a restarted process is another holder. */
    static final String THIS_NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private String holder = THIS_NODE;
    private Clock clock = Clock.systemUTC();

    public JobLeases() {}

    JobLeases(DataSource dataSource, String holder, Clock clock) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.clock = clock;
    }

    /**
     * Runs {@code work} if this node can take {@code job}'s lease for {@code longest} (which must outlast the work),
     * and gives the lease back afterwards; answers whether it ran. Another node holding the lease means the job is
     * done there: this node skips it.
     */
    public boolean runAlone(String job, Duration longest, Runnable work) {
        if (!take(job, longest)) {
            LOG.fine(() -> job + ": another node holds the lease");
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            release(job);
        }
    }

    /**
     * Start-up work every node runs, one node at a time ({@link #runInTurn}): a node that died in the middle of it
     * holds it up for at most three minutes.
     */
    public boolean runAtStartUp(String job, Runnable work) {
        return runInTurn("start-up:" + job, Duration.ofMinutes(3), Duration.ofMinutes(4), Duration.ofMillis(250), work);
    }

    /**
     * Runs {@code work} on this node once no other node is running it: for start-up work that every node must see
     * done (the content import, the first accounts) but that two nodes starting at once must not do side by side.
     * Waits for another holder to give the lease back, or for its lease to expire when it died, polling every
     * {@code poll}, for at most {@code wait}; answers whether the work ran.
     */
    public boolean runInTurn(String job, Duration longest, Duration wait, Duration poll, Runnable work) {
        long end = System.nanoTime() + wait.toNanos();
        while (!take(job, longest)) {
            if (System.nanoTime() + poll.toNanos() > end) {
                LOG.warning(() -> job + ": another node held the lease for longer than " + wait + "; not run here");
                return false;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        try {
            work.run();
            return true;
        } finally {
            release(job);
        }
    }

    /** Takes or extends the lease of {@code job} until {@code duration} from now; false when another node holds it. */
    public boolean take(String job, Duration duration) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(duration));
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(true);
            try (PreparedStatement update = db.prepareStatement("UPDATE job_lease SET holder = ?, expires_at = ? "
                    + "WHERE job = ? AND (expires_at < ? OR holder = ?)")) {
                update.setString(1, holder);
                update.setTimestamp(2, until);
                update.setString(3, job);
                update.setTimestamp(4, Timestamp.from(now));
                update.setString(5, holder);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO job_lease (job, holder, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, job);
                insert.setString(2, holder);
                insert.setTimestamp(3, until);
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // the row exists: another node holds an unexpired lease
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the lease of " + job, e);
        }
    }

    /** Gives the lease of {@code job} back, if this node holds it, so another node may take it at once. */
    public void release(String job) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE job_lease SET expires_at = ? WHERE job = ? AND holder = ?")) {
            db.setAutoCommit(true);
            update.setTimestamp(1, Timestamp.from(clock.instant().minusSeconds(1)));
            update.setString(2, job);
            update.setString(3, holder);
            update.executeUpdate();
        } catch (SQLException e) {
            // it expires by itself
            LOG.log(Level.WARNING, "Cannot give back the lease of " + job, e);
        }
    }
}
