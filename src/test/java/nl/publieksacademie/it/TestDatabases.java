package nl.publieksacademie.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The integration tests' PostgreSQL databases (-Ppostgres): each test JVM has its own (the fork's number is in its
 * name), dropped and created empty before every test class, so a class starts on an empty database as on Derby. Its
 * owner needs CREATEDB (.ci/run grants it).
 */
final class TestDatabases {

    private TestDatabases() {}

    /** Drops the database of {@code url} (its connections first) and creates it empty. */
    static void recreate(String url, String user, String password) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a test database name: " + name);
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the test database " + name + " anew on " + server
                    + " (its owner needs CREATEDB: ALTER ROLE pa CREATEDB): " + e.getMessage(), e);
        }
    }
}
