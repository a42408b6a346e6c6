package nl.publieksacademie.reports;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.content.boundary.ContentImport;
import nl.publieksacademie.platform.Database;
import nl.publieksacademie.platform.JobLeases;

/**
 * Each person's level per competency at the end of each closed month ({@code level_month}), made once per month in
 * one statement from the evidence earned before the month's end, by the same SQL level rule as the heatmap. The
 * trend reports read these instead of rescanning the evidence; the current month is always computed live.
 */
@ApplicationScoped
public class LevelSnapshots {

    private static final Logger LOG = Logger.getLogger(LevelSnapshots.class.getName());
    private static final int CHECK_HOURS = 6;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Profiles profiles;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    static final String JOB = "monthly-levels";
    /** Longer than making every month of a large academy takes. */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(30);

    /** The rule and months last found complete (null: check the database). */
    private volatile String checked;

    /**
     * After start-up (the content import, the demo data and the evidence factors are committed by then): makes the
     * missing months in the background, and checks again every few hours, so a new month is ready before anyone
     * asks for it. A report that finds a month missing makes it itself.
     */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 200) @Initialized(ApplicationScoped.class)
            Object start) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                // one node of a cluster at a time; each month is one transaction, so a node that dies leaves none half made
                leases.runAlone(JOB, LEASE, () -> ensure(People.yearMonths()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Making the monthly levels failed; the trend reports make them when asked", e);
            }
        }, 0, CHECK_HOURS, TimeUnit.HOURS);
    }

    /** The first instant after {@code month}, in the server's time zone. */
    static Instant end(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /**
     * Makes the snapshot of every closed month among {@code months} that is missing or was made under another
     * level rule. Each month is its own transaction: after a failure nothing of that month is half-written.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void ensure(List<YearMonth> months) {
        LevelRule rule = profiles.framework().rule();
        String fingerprint = ContentImport.hash(rule.toString()).substring(0, 64);
        YearMonth current = YearMonth.now();
        List<YearMonth> closed = months.stream().filter(m -> m.isBefore(current)).toList();
        String wanted = fingerprint + closed;
        if (wanted.equals(checked)) {
            return; // these months were found or made under this rule: no query on the reports' path
        }
        synchronized (this) {
            try (Connection db = dataSource.getConnection()) {
                for (YearMonth month : closed) {
                    if (!fingerprint.equals(madeUnder(db, month))) {
                        make(db, month, rule, fingerprint);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Making the monthly levels failed", e);
            }
            checked = wanted;
        }
    }

    /**
     * Forgets every month in {@code db}'s transaction, so each is made again when next needed (after evidence was
     * written into the past).
     */
    public void forgetAll(Connection db) throws SQLException {
        try (PreparedStatement snapshots = db.prepareStatement("DELETE FROM level_snapshot");
             PreparedStatement levels = db.prepareStatement("DELETE FROM level_month")) {
            snapshots.executeUpdate();
            levels.executeUpdate();
        }
    }

    /** After {@link #forgetAll} committed: the next report checks the database again. */
    public void recheck() {
        checked = null;
    }

    private static String madeUnder(Connection db, YearMonth month) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT rule_hash FROM level_snapshot WHERE closed_month = ?")) {
            query.setString(1, month.toString());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void make(Connection db, YearMonth month, LevelRule rule, String fingerprint) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (PreparedStatement old = db.prepareStatement("DELETE FROM level_month WHERE closed_month = ?");
                 PreparedStatement mark = db.prepareStatement("DELETE FROM level_snapshot WHERE closed_month = ?")) {
                old.setString(1, month.toString());
                old.executeUpdate();
                mark.setString(1, month.toString());
                mark.executeUpdate();
            }
            Instant end = end(month);
            List<Object> params = new ArrayList<>();
            params.add(month.toString());
            String level = Reports.levelCase(rule, end, "x.ws", "x.fs", params);
            params.add(Timestamp.from(end));
            int rows;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO level_month (competency, closed_month, "
                    + "staff_id, staff_level) SELECT y.competency, y.closed_month, y.staff_id, y.staff_level FROM "
                    + "(SELECT x.competency, CAST(? AS CHAR(7)) AS closed_month, x.staff_id, " + level
                    + " AS staff_level FROM (SELECT staff_id, "
                    + "competency, SUM(weight * factor) AS ws, SUM(factor) AS fs FROM evidence WHERE factor IS NOT NULL"
                    + " AND earned_at < ? GROUP BY staff_id, competency) x) y WHERE y.staff_level > 1")) {
                for (int i = 0; i < params.size(); i++) {
                    insert.setObject(i + 1, params.get(i));
                }
                rows = insert.executeUpdate();
            }
            try (PreparedStatement mark = db.prepareStatement(
                    "INSERT INTO level_snapshot (closed_month, rule_hash, made_at) VALUES (?, ?, ?)")) {
                mark.setString(1, month.toString());
                mark.setString(2, fingerprint);
                mark.setTimestamp(3, Timestamp.from(Instant.now()));
                mark.executeUpdate();
            }
            db.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Levels at the end of " + month + ": " + rows + " above level 1, made in " + millis + " ms");
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }
}
