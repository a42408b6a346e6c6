package nl.publieksacademie.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a departed staff member's identity from every table, keeping what they did (attempts, evidence, scores,
 * enrolments) so team aggregates stay the same: the name, e-mail address and user name become a pseudonym
 * everywhere they were written (also where they acted as trainer, HR or admin: audit entries, versions they
 * published, courses they assigned), the password and roles go, and the account is deactivated. Plain JDBC on the
 * caller's connection and transaction.
 */
public final class Pseudonymization {

    /** Text columns that may hold a user name (who did something), by table. */
    static final List<String[]> ACTORS = List.of(
            new String[] {"audit_entry", "actor"},
            new String[] {"enrolment", "assigned_by"},
            new String[] {"hr_grant", "granted_by"},
            new String[] {"scenario_version", "imported_by"},
            new String[] {"course_version", "imported_by"},
            new String[] {"scenario_draft", "updated_by"},
            new String[] {"course_draft", "updated_by"});

    /** Free-text columns that may mention a person. */
    static final List<String[]> TEXTS = List.of(
            new String[] {"audit_entry", "subject"},
            new String[] {"audit_entry", "detail"});

    private Pseudonymization() {}

    /** The pseudonym of a staff member: stable, and without any trace of who it was. */
    public static String pseudonym(long staffId) {
        return "oud-medewerker-" + staffId;
    }

    /** Pseudonymizes {@code staffId}; answers false when there is no such (or an already pseudonymized) member. */
    public static boolean apply(Connection db, long staffId) throws SQLException {
        String username;
        String email;
        String name;
        try (PreparedStatement find = db.prepareStatement(
                "SELECT username, email, full_name FROM staff_member WHERE id = ? AND pseudonymized = FALSE")) {
            find.setLong(1, staffId);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                username = rs.getString(1);
                email = rs.getString(2);
                name = rs.getString(3);
            }
        }
        String pseudonym = pseudonym(staffId);
        for (String[] column : ACTORS) {
            update(db, "UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE " + column[1] + " = ?", pseudonym,
                    username);
        }
        for (String[] column : TEXTS) {
            for (String trace : new String[] {name, email, username}) {
                replaceIn(db, column[0], column[1], trace, pseudonym);
            }
        }
        update(db, "DELETE FROM sign_in_failure WHERE username = ?", username);
        update(db, "DELETE FROM staff_role WHERE staff_id = ?", staffId);
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

    /** Replaces {@code trace} in a free-text column row by row (portable: no SQL REPLACE in Derby). */
    private static void replaceIn(Connection db, String table, String column, String trace, String pseudonym)
            throws SQLException {
        if (trace == null || trace.isBlank()) {
            return;
        }
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement find = db.prepareStatement(
                "SELECT id, " + column + " FROM " + table + " WHERE " + column + " LIKE ?")) {
            find.setString(1, "%" + trace.replace("%", "").replace("_", "") + "%");
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    if (text != null && text.contains(trace)) {
                        changed.add(new Object[] {rs.getLong(1), text.replace(trace, pseudonym)});
                    }
                }
            }
        }
        for (Object[] row : changed) {
            update(db, "UPDATE " + table + " SET " + column + " = ? WHERE id = ?", row[1], row[0]);
        }
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
