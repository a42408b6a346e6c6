package nl.publieksacademie.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything else runs. */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object start) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders())
                .javaMigrations(new V10__Id_blocks())
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        tuneDerby();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " (" + applied
                + " migrations applied now)");
    }

    /**
     * Embedded Derby hands out identity values from a block it reserves in its catalog; with the default block of
     * 100, many learners starting attempts and earning evidence at once made inserts fail with "too much contention"
     * (measured with 50 concurrent learners). A block of 1,000 keeps them apart. A database property, kept in the
     * database; other databases are left alone.
     */
    private void tuneDerby() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("derby")) {
                try (var call = connection.prepareCall(
                        "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000')")) {
                    call.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tune the embedded database", e);
        }
    }

    /** Column types that differ between the supported databases; everything else in the migrations is portable. */
    private Map<String, String> placeholders() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            return Map.of("text", postgres ? "TEXT" : "CLOB", "blob", postgres ? "BYTEA" : "BLOB");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
