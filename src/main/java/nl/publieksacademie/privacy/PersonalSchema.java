package nl.publieksacademie.privacy;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the database names a person, read from its own metadata (JDBC {@link DatabaseMetaData}) every time, so
 * that a table or column added by a later migration is covered without a list to keep up to date:
 * <ul>
 * <li><b>linked rows</b>: a column that references {@code staff_member} (a foreign key, or a column called
 * {@code staff_id}), and rows that reference such rows through a foreign key (an attempt's steps, an enrolment's
 * quiz submissions), followed a few levels deep;</li>
 * <li><b>text</b>: every character column, searched for the person's user name, e-mail address and name (actors,
 * {@code *_by} columns, typed sign-in names, free text such as the audit detail), except the authored and machine
 * content listed in {@link #NOT_SCANNED}.</li>
 * </ul>
 * Both the export of one's own data and pseudonymization work from this one description. Plain JDBC.
 */
final class PersonalSchema {

    static final String STAFF = "staff_member";

    /**
     * Character columns that hold authored content or machine state, never a name a person could have signed in
     * with or been recorded by: not searched (rewriting a published scenario would change what learners replay).
     */
    static final Set<String> NOT_SCANNED = Set.of("scenario_version.source", "scenario_draft.source",
            "scenario_draft.positions", "course_draft.bundle", "framework_version.source", "content_file.problems",
            "content_file.content_hash", "scenario_version.content_hash", "course_version.content_hash",
            "framework_version.content_hash", "level_snapshot.rule_hash", "attempt.state", "quiz_submission.answers");

    /** Columns left out of the export: authored sources (the row says which draft or version) and secrets. */
    static final Set<String> NOT_EXPORTED = Set.of("scenario_version.source", "scenario_draft.source",
            "scenario_draft.positions", "course_draft.bundle", "framework_version.source", "content_file.problems",
            "staff_member.password_hash");

    /** How deep foreign keys are followed from a row that names the person (attempt → step is one). */
    private static final int DEPTH = 3;

    record Link(String column, String parent, String parentColumn) {}

    record Table(String name, List<String> columns, List<String> primaryKey, List<String> staffColumns,
            List<Link> links, List<String> texts, List<String> largeTexts) {

        boolean hasTexts() {
            return !texts.isEmpty() || !largeTexts.isEmpty();
        }
    }

    private final Map<String, Table> tables;

    private PersonalSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    Map<String, Table> tables() {
        return tables;
    }

    static PersonalSchema read(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        String schema = null;
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            Map<String, List<String>> bySchema = new LinkedHashMap<>();
            while (rs.next()) {
                bySchema.computeIfAbsent(rs.getString("TABLE_SCHEM"), s -> new ArrayList<>())
                        .add(rs.getString("TABLE_NAME"));
            }
            for (Map.Entry<String, List<String>> e : bySchema.entrySet()) {
                if (e.getValue().stream().anyMatch(t -> t.equalsIgnoreCase(STAFF))) {
                    schema = e.getKey();
                    names = e.getValue();
                }
            }
        }
        if (schema == null) {
            throw new IllegalStateException("no " + STAFF + " table in the database");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String table : names) {
            String name = table.toLowerCase(Locale.ROOT);
            if (name.startsWith("flyway")) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> large = new ArrayList<>();
            List<String> staffColumns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    int type = rs.getInt("DATA_TYPE");
                    columns.add(column);
                    if (column.equals("staff_id") && !name.equals(STAFF)) {
                        staffColumns.add(column);
                    }
                    if (NOT_SCANNED.contains(name + "." + column)) {
                        continue;
                    }
                    switch (type) {
                        case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> texts.add(column);
                        case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> large.add(column);
                        default -> { }
                    }
                }
            }
            List<String> key = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                Map<Integer, String> bySeq = new java.util.TreeMap<>();
                while (rs.next()) {
                    bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                key.addAll(bySeq.values());
            }
            List<Link> links = new ArrayList<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                Map<String, List<String[]>> byKey = new LinkedHashMap<>();
                while (rs.next()) {
                    String fk = rs.getString("FK_NAME") + "/" + rs.getString("PKTABLE_NAME");
                    byKey.computeIfAbsent(fk, k -> new ArrayList<>()).add(new String[] {
                            rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
                }
                for (List<String[]> parts : byKey.values()) {
                    if (parts.size() != 1) {
                        continue; // a composite key never points at a person's row in this schema
                    }
                    String[] p = parts.get(0);
                    if (p[1].equals(STAFF)) {
                        if (!staffColumns.contains(p[0])) {
                            staffColumns.add(p[0]);
                        }
                    } else {
                        links.add(new Link(p[0], p[1], p[2]));
                    }
                }
            }
            tables.put(name, new Table(name, columns, key, staffColumns, links, texts, large));
        }
        return new PersonalSchema(tables);
    }

    /**
     * The SQL condition on {@code table} that selects the rows linked to the staff member, each {@code ?} to be
     * bound to the staff id; null when the table has no such link.
     */
    String linkCondition(String table) {
        return linkCondition(table, DEPTH);
    }

    private String linkCondition(String table, int depth) {
        Table t = tables.get(table);
        if (t == null) {
            return null;
        }
        if (table.equals(STAFF)) {
            return "id = ?";
        }
        List<String> parts = new ArrayList<>();
        t.staffColumns().forEach(c -> parts.add(c + " = ?"));
        if (depth > 0) {
            for (Link link : t.links()) {
                String parent = linkCondition(link.parent(), depth - 1);
                if (parent != null && !link.parent().equals(table)) {
                    parts.add(link.column() + " IN (SELECT " + link.parentColumn() + " FROM " + link.parent()
                            + " WHERE " + parent + ")");
                }
            }
        }
        return parts.isEmpty() ? null : "(" + String.join(" OR ", parts) + ")";
    }

    /** The rows of {@code table} linked to {@code staffId}, whole. */
    List<Map<String, Object>> linkedRows(Connection db, String table, long staffId) throws SQLException {
        String condition = linkCondition(table);
        if (condition == null) {
            return List.of();
        }
        long marks = condition.chars().filter(c -> c == '?').count();
        Object[] params = new Object[(int) marks];
        java.util.Arrays.fill(params, staffId);
        return query(db, "SELECT * FROM " + table + " WHERE " + condition, params);
    }

    /**
     * The rows of {@code table} whose text mentions {@code who} in a way {@code test} accepts: candidates found by
     * SQL (lower-cased {@code LIKE} on each short text column), decided in Java. Tables with a long text column
     * are read whole for it (none today but authored content, which is not searched).
     */
    List<Map<String, Object>> textRows(Connection db, String table, List<String> needles,
            java.util.function.Predicate<String> test) throws SQLException {
        Table t = tables.get(table);
        if (t == null || !t.hasTexts() || needles.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> candidates;
        if (t.largeTexts().isEmpty()) {
            List<String> or = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (String column : t.texts()) {
                for (String needle : needles) {
                    or.add("LOWER(" + column + ") LIKE ? ESCAPE '\\'");
                    params.add("%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
            candidates = query(db, "SELECT * FROM " + table + " WHERE " + String.join(" OR ", or), params.toArray());
        } else {
            candidates = query(db, "SELECT * FROM " + table, new Object[0]);
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> row : candidates) {
            boolean names = false;
            for (String column : t.texts()) {
                names |= row.get(column) instanceof String s && test.test(s);
            }
            for (String column : t.largeTexts()) {
                names |= row.get(column) instanceof String s && test.test(s);
            }
            if (names) {
                found.add(row);
            }
        }
        return found;
    }

    /** Runs a query; each row as lower-case column name → value (CLOBs read as text, BLOBs left out). */
    static List<Map<String, Object>> query(Connection db, String sql, Object[] params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof Clob clob) {
                            value = clob.getSubString(1, (int) clob.length());
                        } else if (value instanceof Blob || value instanceof byte[]) {
                            continue;
                        }
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The values of the row's primary key (or, without one, of every column), to tell rows apart. */
    List<Object> identity(String table, Map<String, Object> row) {
        Table t = tables.get(table);
        if (t.primaryKey().isEmpty()) {
            return new ArrayList<>(row.values());
        }
        List<Object> key = new ArrayList<>();
        t.primaryKey().forEach(c -> key.add(row.get(c)));
        return key;
    }

    /** Tables that are neither linked to a person nor have text that could name one. */
    Set<String> neverNaming() {
        Set<String> none = new LinkedHashSet<>();
        tables.values().stream().filter(t -> !t.name().equals(STAFF) && linkCondition(t.name()) == null && !t.hasTexts())
                .forEach(t -> none.add(t.name()));
        return none;
    }
}
