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
        // Payara's pool: hand out any free connection without comparing credentials (there is one user), and keep
        // each connection's prepared statements so the same SQL is not prepared again on every request (the cache
        // type must be blank for Payara's LRU cache: left out, it is read as the class name "null", Payara #6647)
        properties = {"createDatabase=${MPCONFIG=pa.db.create}", "fish.payara.match-connections=false",
            "fish.payara.statement-cache-size=200", "fish.payara.statement-cache-type= "})
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/pa";
}
