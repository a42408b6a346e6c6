package nl.publieksacademie.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V10: the sequences {@code attempt_ids} and {@code evidence_ids}, from which attempts and evidence take
 * their ids in blocks of {@value IdBlock#SIZE} (one round trip per block instead of one per row). Each starts above
 * the ids already in its table, so existing rows keep theirs and no id is handed out twice. Java rather than SQL
 * because Derby's {@code CREATE SEQUENCE} takes only a literal start. Flyway names the version by the class name.
 */
public class V10__Id_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement sql = db.createStatement()) {
            create(sql, "attempt_ids", "attempt");
            create(sql, "evidence_ids", "evidence");
        }
    }

    private static void create(Statement sql, String sequence, String table) throws Exception {
        long max;
        try (ResultSet rs = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            max = rs.getLong(1);
        }
        // the first value v reserves v - SIZE + 1 … v, so the first block starts above max with room to spare
        long start = max + 2L * IdBlock.SIZE;
        sql.execute("CREATE SEQUENCE " + sequence + " AS BIGINT START WITH " + start + " INCREMENT BY " + IdBlock.SIZE);
    }
}
