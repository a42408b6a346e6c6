package nl.publieksacademie.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes a departed staff member's identity from every table, keeping what they did (attempts, evidence, scores,
 * enrolments) so team aggregates stay the same. Every identifier they could have used or been recorded by (user
 * name, e-mail address, full name; see {@link Identity}) becomes a pseudonym in every text column the schema has
 * ({@link PersonalSchema}: actors, {@code *_by} columns, typed sign-in names, free text such as the audit detail),
 * whichever of them they signed in with. Their sign-in throttle rows, roles and HR grants are deleted (grants they
 * gave others stay, the giver pseudonymized), the password
 * goes and the account is deactivated. Plain JDBC on the caller's connection and transaction.
 */
public final class Pseudonymization {

    /** Tables whose rows naming the person are deleted rather than rewritten: they only served the account. */
    static final Set<String> DELETED = Set.of("sign_in_failure", "scim_user");

    /** Rights of the account, deleted with it (rights they granted others stay, under the pseudonym). */
    static final Set<String> RIGHTS = Set.of("staff_role", "hr_grant", "scim_group_member");

    private Pseudonymization() {}

    /** The pseudonym of a staff member: stable, and without any trace of who it was. */
    public static String pseudonym(long staffId) {
        return "oud-medewerker-" + staffId;
    }

    /** Pseudonymizes {@code staffId}; answers false when there is no such (or an already pseudonymized) member. */
    public static boolean apply(Connection db, long staffId) throws SQLException {
        Identity who;
        try (PreparedStatement find = db.prepareStatement(
                "SELECT username, email, full_name FROM staff_member WHERE id = ? AND pseudonymized = FALSE")) {
            find.setLong(1, staffId);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                who = new Identity(staffId, rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
        String pseudonym = pseudonym(staffId);
        PersonalSchema schema = PersonalSchema.read(db);
        for (PersonalSchema.Table table : schema.tables().values()) {
            if (table.name().equals(PersonalSchema.STAFF)) {
                continue;
            }
            if (DELETED.contains(table.name())) {
                for (Map<String, Object> row : schema.linkedRows(db, table.name(), staffId)) {
                    delete(db, schema, table, row);
                }
                for (Map<String, Object> row : schema.textRows(db, table.name(), who.needles(), who::names)) {
                    delete(db, schema, table, row);
                }
                continue;
            }
            if (RIGHTS.contains(table.name())) {
                for (Map<String, Object> row : schema.linkedRows(db, table.name(), staffId)) {
                    delete(db, schema, table, row);
                }
            }
            for (Map<String, Object> row : schema.textRows(db, table.name(), who.needles(), who::names)) {
                List<String> set = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (String column : table.texts()) {
                    rewrite(row, column, who, pseudonym, set, values);
                }
                for (String column : table.largeTexts()) {
                    rewrite(row, column, who, pseudonym, set, values);
                }
                if (!set.isEmpty()) {
                    List<Object> params = new ArrayList<>(values);
                    String where = where(schema, table, row, params);
                    update(db, "UPDATE " + table.name() + " SET " + String.join(", ", set) + where, params.toArray());
                }
            }
        }
        try (PreparedStatement scrub = db.prepareStatement("UPDATE staff_member SET username = ?, email = ?, "
                + "full_name = ?, password_hash = NULL, active = FALSE, pseudonymized = TRUE WHERE id = ?")) {
            scrub.setString(1, pseudonym);
            scrub.setString(2, pseudonym + "@verwijderd.invalid");
            scrub.setString(3, "Oud-medewerker " + staffId);
            scrub.setLong(4, staffId);
            scrub.executeUpdate();
        }
        return true;
    }

    private static void rewrite(Map<String, Object> row, String column, Identity who, String pseudonym,
            List<String> set, List<Object> values) {
        if (row.get(column) instanceof String text && who.names(text)) {
            set.add(column + " = ?");
            values.add(who.replace(text, pseudonym));
        }
    }

    private static void delete(Connection db, PersonalSchema schema, PersonalSchema.Table table,
            Map<String, Object> row) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(schema, table, row, params);
        update(db, "DELETE FROM " + table.name() + where, params.toArray());
    }

    /** A WHERE clause for exactly this row: its primary key, or else every short column it has. */
    private static String where(PersonalSchema schema, PersonalSchema.Table table, Map<String, Object> row,
            List<Object> params) {
        List<String> columns = table.primaryKey().isEmpty()
                ? table.columns().stream().filter(c -> !table.largeTexts().contains(c) && row.containsKey(c)).toList()
                : table.primaryKey();
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            Object value = row.get(column);
            if (value == null) {
                parts.add(column + " IS NULL");
            } else {
                parts.add(column + " = ?");
                params.add(value);
            }
        }
        return " WHERE " + String.join(" AND ", parts);
    }

    private static void update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
