package nl.publieksacademie.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of a table whose ids come from a sequence in blocks (migration V10: {@code attempt_ids}, {@code evidence_ids}),
 * for code that writes such rows with plain JDBC. A sequence value {@code v} reserves the block {@code v - SIZE + 1 …
 * v}, as EclipseLink reads it for the entities, so both take ids from the same sequence without ever meeting. Rows of
 * these tables must never take their id from the column's identity default.
 */
public final class IdBlock implements AutoCloseable {

    /** Ids per sequence value; the sequences count up by this much (V10) and the entities allocate as many. */
    public static final int SIZE = 50;

    private final PreparedStatement next;
    private long last;
    private long end;

    public IdBlock(Connection db, String sequence) throws SQLException {
        boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        this.next = db.prepareStatement(postgres ? "SELECT nextval('" + sequence + "')"
                : "VALUES (NEXT VALUE FOR " + sequence + ")");
    }

    public long next() throws SQLException {
        if (last == end) {
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                end = rs.getLong(1);
                last = end - SIZE;
            }
        }
        return ++last;
    }

    @Override
    public void close() throws SQLException {
        next.close();
    }
}
