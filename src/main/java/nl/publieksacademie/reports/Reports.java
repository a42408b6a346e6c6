package nl.publieksacademie.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.staff.PersonAccess;

/**
 * The team × competency heatmap, computed in the database: per person and competency the level by the
 * framework's rule (as a SQL {@code CASE} over the kept sums, or over the evidence of a period), averaged per team
 * with {@code GROUP BY}; people without evidence count as level 1. The role target is averaged over the team's job
 * roles. Only the departments the caller may see ({@link PersonAccess}) are included.
 */
@ApplicationScoped
public class Reports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    PersonAccess access;

    @Inject
    LevelSnapshots snapshots;

    /** What to include: each may be null (everything). {@code to} is inclusive. */
    public record Filter(String department, String jobRole, LocalDate from, LocalDate to) {}

    /** One cell: the average level, the average role target, the gap (target − level), people with evidence. */
    public record Cell(String competency, double level, double target, double gap, long withEvidence) {}

    public record Row(long team, String name, String department, long members, List<Cell> cells) {}

    public record Column(String id, String name) {}

    public record Heatmap(List<Column> competencies, List<Row> rows, Filter filter) {}

    public Heatmap heatmap(Filter filter) {
        Framework framework = profiles.framework();
        LevelRule rule = framework.rule();
        List<Column> columns = framework.domains().stream().flatMap(d -> d.competencies().stream())
                .map(c -> new Column(c.id(), c.name())).toList();
        Map<Long, Map<String, Long>> roles = new HashMap<>();
        Map<Long, Row> rows = teams(filter, roles);
        Instant asOf = filter.to() == null ? Instant.now()
                : filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        boolean period = filter.from() != null || filter.to() != null;
        List<Object> all = new ArrayList<>();
        String level = period ? levelCase(rule, asOf, "x.ws", "x.fs", all)
                : levelCase(rule, asOf, "x.weighted_sum", "x.factor_sum", all);
        // now: the kept sums directly; a period: the sums of its evidence
        String sums = !period ? "competency_score x"
                : "(SELECT staff_id, competency, SUM(weight * factor) AS ws, SUM(factor) AS fs FROM evidence"
                        + " WHERE factor IS NOT NULL" + (filter.from() == null ? "" : " AND earned_at >= ?")
                        + (filter.to() == null ? "" : " AND earned_at < ?") + " GROUP BY staff_id, competency) x";
        // the levels per team for every team (one join fewer); the teams the filters leave out are dropped below
        if (filter.from() != null) {
            all.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            all.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        String people = " WHERE s.active = TRUE AND s.pseudonymized = FALSE";
        if (filter.jobRole() != null && !filter.jobRole().isBlank()) {
            people += " AND s.job_role = ?";
            all.add(filter.jobRole());
        }
        Map<Long, Map<String, long[]>> levels = new HashMap<>();
        for (Object[] r : rows(query("SELECT s.team_id, x.competency, COUNT(*), SUM(" + level
                + ") FROM " + sums + " JOIN staff_member s ON s.id = x.staff_id" + people
                + " GROUP BY s.team_id, x.competency", all))) {
            levels.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                    .put((String) r[1], new long[] {number(r[2]), number(r[3])});
        }
        List<Row> result = new ArrayList<>();
        for (Row row : rows.values()) {
            Map<String, Long> byRole = roles.get(row.team());
            long members = byRole.values().stream().mapToLong(Long::longValue).sum();
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                long[] counted = levels.getOrDefault(row.team(), Map.of()).getOrDefault(c.id(), new long[] {0, 0});
                double avg = (counted[1] + (members - counted[0])) / (double) members;
                double target = 0;
                for (Map.Entry<String, Long> role : byRole.entrySet()) {
                    Framework.RoleProfile profile = framework.roles().get(role.getKey());
                    target += (profile == null ? 0 : profile.targets().getOrDefault(c.id(), 0)) * role.getValue();
                }
                target /= members;
                cells.add(new Cell(c.id(), round(avg), round(target), round(target - avg), counted[0]));
            }
            result.add(new Row(row.team(), row.name(), row.department(), members, cells));
        }
        return new Heatmap(columns, result, filter);
    }

    /**
     * The visible teams that the filter keeps (department, job role), in department and name order, each with its
     * active members; {@code roles} receives per team the members per job role.
     */
    private Map<Long, Row> teams(Filter filter, Map<Long, Map<String, Long>> roles) {
        Set<String> visible = access.reach().departments();
        StringBuilder where = new StringBuilder(" WHERE s.active = TRUE AND s.pseudonymized = FALSE");
        List<Object> params = new ArrayList<>();
        if (filter.department() != null && !filter.department().isBlank()) {
            where.append(" AND t.department = ?");
            params.add(filter.department());
        }
        if (filter.jobRole() != null && !filter.jobRole().isBlank()) {
            where.append(" AND s.job_role = ?");
            params.add(filter.jobRole());
        }
        if (visible != null) {
            if (visible.isEmpty()) {
                return Map.of();
            }
            where.append(" AND t.department IN (").append(String.join(", ", visible.stream().map(v -> "?").toList()))
                    .append(")");
            params.addAll(visible);
        }
        // members per team and job role (for the averages and the people without evidence)
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Object[] r : rows(query("SELECT t.id, t.name, t.department, s.job_role, COUNT(*) "
                + "FROM staff_member s JOIN team t ON t.id = s.team_id" + where
                + " GROUP BY t.id, t.name, t.department, s.job_role ORDER BY t.department, t.name", params))) {
            long team = number(r[0]);
            rows.putIfAbsent(team, new Row(team, (String) r[1], (String) r[2], 0, List.of()));
            roles.computeIfAbsent(team, k -> new HashMap<>()).merge(r[3] == null ? "" : (String) r[3], number(r[4]),
                    Long::sum);
        }
        rows.replaceAll((team, row) -> new Row(team, row.name(), row.department(),
                roles.get(team).values().stream().mapToLong(Long::longValue).sum(), List.of()));
        return rows;
    }

    /** One team's average level of one competency at the end of each month (oldest first). */
    public record TrendRow(long team, String name, String department, long members, List<Double> levels) {}

    /** Teams (rows) by months (columns) for one competency. */
    public record Trends(List<Column> competencies, String competency, String department, List<String> months,
            List<TrendRow> rows) {}

    /**
     * Per team the average level of {@code competency} at the end of each of the last months, over the current
     * members (people without evidence count as level 1), for the visible departments (optionally one).
     */
    public Trends trends(String department, String competency) {
        Framework framework = profiles.framework();
        List<Column> columns = framework.domains().stream().flatMap(d -> d.competencies().stream())
                .map(c -> new Column(c.id(), c.name())).toList();
        String chosen = columns.stream().map(Column::id).filter(id -> id.equals(competency)).findFirst()
                .orElse(columns.get(0).id());
        Map<Long, Row> teams = teams(new Filter(department, null, null, null), new HashMap<>());
        List<YearMonth> months = People.yearMonths();
        Map<Long, Map<String, Map<String, long[]>>> sums = levelSums(null, chosen, months);
        List<TrendRow> rows = new ArrayList<>();
        for (Row team : teams.values()) {
            rows.add(new TrendRow(team.team(), team.name(), team.department(), team.members(),
                    averages(sums.getOrDefault(team.team(), Map.of()).get(chosen), team.members(), months)));
        }
        return new Trends(columns, chosen, department, People.months(), rows);
    }

    /** Per competency, the team's average level at the end of each of {@code months} over its current members. */
    Map<String, List<Double>> teamTrend(long team, long members, List<String> competencies, List<YearMonth> months) {
        Map<String, Map<String, long[]>> sums = levelSums(team, null, months).getOrDefault(team, Map.of());
        Map<String, List<Double>> trend = new LinkedHashMap<>();
        competencies.forEach(c -> trend.put(c, averages(sums.get(c), members, months)));
        return trend;
    }

    /** Per month the average level over {@code members}: those without a counted level are at level 1. */
    private static List<Double> averages(Map<String, long[]> sums, long members, List<YearMonth> months) {
        List<Double> levels = new ArrayList<>();
        for (YearMonth month : months) {
            long[] counted = sums == null ? null : sums.get(month.toString());
            levels.add(members == 0 || counted == null ? 1.0
                    : round((counted[1] + members - counted[0]) / (double) members));
        }
        return levels;
    }

    /**
     * Per team, competency and month (yyyy-MM): {people counted, Σ their level} over current active members;
     * whoever is not counted was at level 1. Closed months come from the kept monthly levels ({@link
     * LevelSnapshots}), the current month from the kept sums by the rule now, as the heatmap does. Optionally for
     * one team and one competency.
     */
    Map<Long, Map<String, Map<String, long[]>>> levelSums(Long team, String competency, List<YearMonth> months) {
        YearMonth current = YearMonth.now();
        List<String> closed = months.stream().filter(m -> m.isBefore(current)).map(YearMonth::toString).toList();
        snapshots.ensure(months);
        Map<Long, Map<String, Map<String, long[]>>> sums = new HashMap<>();
        String where = " WHERE s.active = TRUE AND s.pseudonymized = FALSE"
                + (competency == null ? "" : " AND x.competency = ?") + (team == null ? "" : " AND s.team_id = ?");
        if (!closed.isEmpty()) {
            List<Object> params = new ArrayList<>();
            if (competency != null) {
                params.add(competency);
            }
            if (team != null) {
                params.add(team);
            }
            params.addAll(closed);
            for (Object[] r : rows(query("SELECT s.team_id, x.competency, x.closed_month, COUNT(*), "
                    + "SUM(x.staff_level)" + from("level_month", team != null) + where + " AND x.closed_month IN ("
                    + String.join(", ", closed.stream().map(m -> "?").toList())
                    + ") GROUP BY s.team_id, x.competency, x.closed_month", params))) {
                sums.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                        .computeIfAbsent((String) r[1], k -> new HashMap<>())
                        .put(((String) r[2]).trim(), new long[] {number(r[3]), number(r[4])});
            }
        }
        if (months.contains(current)) {
            List<Object> params = new ArrayList<>();
            String level = levelCase(profiles.framework().rule(), Instant.now(), "x.weighted_sum", "x.factor_sum",
                    params);
            if (competency != null) {
                params.add(competency);
            }
            if (team != null) {
                params.add(team);
            }
            for (Object[] r : rows(query("SELECT s.team_id, x.competency, COUNT(*), SUM(" + level
                    + ")" + from("competency_score", team != null) + where + " GROUP BY s.team_id, x.competency",
                    params))) {
                sums.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                        .computeIfAbsent((String) r[1], k -> new HashMap<>())
                        .put(current.toString(), new long[] {number(r[2]), number(r[3])});
            }
        }
        return sums;
    }

    /**
     * {@code table} as x joined to its staff members s. For one team the join starts from the team's members (a
     * Derby optimizer directive in an SQL comment, which other databases ignore): otherwise Derby scans the whole
     * table for the few dozen people it needs.
     */
    private static String from(String table, boolean oneTeam) {
        return oneTeam ? " FROM --DERBY-PROPERTIES joinOrder=FIXED\n staff_member s JOIN " + table
                + " x ON s.id = x.staff_id" : " FROM " + table + " x JOIN staff_member s ON s.id = x.staff_id";
    }

    /**
     * The level as SQL over the sums {@code ws} (Σ weight·factor) and {@code fs} (Σ factor), as of {@code asOf}:
     * the highest threshold whose score (ws / fs) and volume (fs scaled to that moment) are met, else 1. The scale
     * to that moment is a parameter (appended to {@code params}, once per threshold), so the statement's text stays
     * the same from call to call and the database compiles it once.
     */
    static String levelCase(LevelRule rule, Instant asOf, String ws, String fs, List<Object> params) {
        double scale = Math.pow(2, -Duration.between(LevelRule.EPOCH, asOf).toMillis() / 86_400_000.0
                / rule.halfLifeDays());
        StringBuilder sql = new StringBuilder("CASE");
        List<LevelRule.Threshold> thresholds = new ArrayList<>(rule.thresholds());
        java.util.Collections.reverse(thresholds);
        for (LevelRule.Threshold t : thresholds) {
            sql.append(" WHEN ").append(fs).append(" > 0 AND ").append(ws).append(" >= ")
                    .append(literal(t.score())).append(" * ").append(fs).append(" - 1e-9 AND ").append(fs)
                    .append(" * CAST(? AS DOUBLE PRECISION) >= ").append(literal(t.evidence() - 1e-9))
                    .append(" THEN ").append(t.level());
            params.add(scale);
        }
        return sql.append(" ELSE 1 END").toString();
    }

    private static String literal(double value) {
        return java.math.BigDecimal.valueOf(value).toPlainString();
    }

    /** A native query whose {@code ?} placeholders are numbered in order and bound to {@code params}. */
    Query query(String sql, List<Object> params) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
