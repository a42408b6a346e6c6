package nl.publieksacademie.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Every value comes from MicroProfile Config, so the same WAR runs on embedded Derby (default)
 * or PostgreSQL by configuration alone.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/pa",
        className = "${MPCONFIG=pa.db.class}",
        url = "${MPCONFIG=pa.db.url}",
        databaseName = "${MPCONFIG=pa.db.name}",
        user = "${MPCONFIG=pa.db.user}",
        password = "${MPCONFIG=pa.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"createDatabase=${MPCONFIG=pa.db.create}"})
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/pa";
}
