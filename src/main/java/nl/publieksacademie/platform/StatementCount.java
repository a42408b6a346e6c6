package nl.publieksacademie.platform;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the database round trips and transactions of the persistence unit, at the JDBC level: every
 * {@code execute…} of a statement is one round trip, a JDBC batch ({@code executeBatch}) is one as well. A
 * transaction is a JTA transaction that ran at least one statement, or a statement run outside any (the database
 * commits it on its own). For the load benchmark and the tests only: it is installed when the server runs with
 * {@code -Dpa.sql.count=true} and costs nothing otherwise. Read through {@link StatementCountResource}.
 */
public class StatementCount implements SessionCustomizer {

    public static final boolean ENABLED = Boolean.getBoolean("pa.sql.count");
    /** With {@code -Dpa.sql.log=true} as well, each counted statement is logged (to find what a request runs). */
    private static final boolean LOG_SQL = Boolean.getBoolean("pa.sql.log");

    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();
    private static final Object SEEN = new Object();
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static volatile TransactionSynchronizationRegistry registry;

    /** The counts since the server started. */
    public record Counts(long statements, long transactions) {}

    public static Counts counts() {
        return new Counts(STATEMENTS.get(), TRANSACTIONS.get());
    }

    @Override
    public void customize(Session session) {
        if (!ENABLED) {
            return;
        }
        counting(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            counting(server.getReadConnectionPool());
            server.getConnectionPools().values().forEach(StatementCount::counting);
        }
        LOG.info("Counting SQL statements and transactions (pa.sql.count=true)");
    }

    private static void counting(ConnectionPool pool) {
        if (pool != null) {
            counting(pool.getLogin());
        }
    }

    private static void counting(org.eclipse.persistence.sessions.Login login) {
        if (login instanceof org.eclipse.persistence.sessions.DatasourceLogin datasource) {
            counting(datasource.getConnector());
        }
    }

    private static void counting(Connector connector) {
        if (connector instanceof JNDIConnector jndi && jndi.getDataSource() != null
                && !Proxy.isProxyClass(jndi.getDataSource().getClass())) {
            DataSource real = jndi.getDataSource();
            jndi.setDataSource(proxy(DataSource.class, real, (method, args, result) ->
                    result instanceof Connection c ? proxy(Connection.class, c, StatementCount::fromConnection) : result));
        }
    }

    private static Object fromConnection(Method method, Object[] args, Object result) {
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return proxy(statementType(statement), statement, (m, a, r) -> {
                if (LOG_SQL && EXECUTE.contains(m.getName())) {
                    LOG.info("SQL " + m.getName() + ": " + (sql != null ? sql : a != null && a.length > 0 ? a[0] : ""));
                }
                return r;
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Class<Statement> statementType(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return (Class<Statement>) (Class<?>) java.sql.CallableStatement.class;
        }
        if (statement instanceof java.sql.PreparedStatement) {
            return (Class<Statement>) (Class<?>) java.sql.PreparedStatement.class;
        }
        return Statement.class;
    }

    /** Called before each statement execution. */
    private static void executing() {
        STATEMENTS.incrementAndGet();
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            TRANSACTIONS.incrementAndGet();
        } else if (transactions.getResource(SEEN) == null) {
            transactions.putResource(SEEN, Boolean.TRUE);
            TRANSACTIONS.incrementAndGet();
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                return null;
            }
        }
        return registry;
    }

    private interface Wrapping {
        Object wrap(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(self)
                    && !c.isInstance(target)) {
                return self;
            }
            if (target instanceof Statement && EXECUTE.contains(method.getName())) {
                executing();
            }
            try {
                return wrapping.wrap(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
