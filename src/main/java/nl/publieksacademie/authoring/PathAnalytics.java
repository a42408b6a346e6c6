package nl.publieksacademie.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.scenarios.boundary.ScenarioGraphs;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.PlayStateJson;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * Path analytics of one published scenario version, optionally for one team and a period (by the attempt's
 * start): how many attempts reached each node and which choices were taken there, where unfinished attempts
 * stand, the endings, the must-do checks missed at the endings, and the average evidence per attempt per
 * competency. Counts come from SQL {@code GROUP BY}s; no names ever. A group of fewer than {@value #MINIMUM}
 * learners is not broken down: below that in total, nothing is shown.
 */
@ApplicationScoped
public class PathAnalytics {

    public static final int MINIMUM = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore content;

    @Inject
    ScenarioGraphs graphs;

    public record ChoiceCount(String choice, String text, String next, long count, int percent) {}

    /** A node: attempts that reached it and the learners among them; choices withheld under the minimum. */
    public record NodeStats(String node, boolean ending, long reached, long learners, boolean withheld,
            List<ChoiceCount> choices) {}

    public record EndingCount(String node, String outcome, String title, long count) {}

    public record CheckCount(String check, String label, long missed) {}

    public record CompetencyAverage(String competency, double average) {}

    public record Abandoned(String node, long count) {}

    public record Report(String scenario, int version, String start, Long team, LocalDate from, LocalDate to,
            long attempts,
            long learners, boolean withheld, int minimum, List<NodeStats> nodes, List<EndingCount> endings,
            List<CheckCount> missedChecks, List<CompetencyAverage> evidence, List<Abandoned> abandoned) {}

    /** Filters: {@code team} and the period bounds may be null; {@code to} is inclusive. */
    public Report report(String slug, Integer versionNo, Long team, LocalDate from, LocalDate to) {
        ScenarioVersion version = em.createNamedQuery(ScenarioVersion.LATEST, ScenarioVersion.class)
                .setParameter("slug", slug).getResultStream()
                .filter(v -> versionNo == null || v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFound("published version of " + slug));
        ScenarioGraph graph = graphs.of(version);
        Filter filter = new Filter(version.getId(), team, from, to);
        Object[] totals = (Object[]) filter.bind(em.createNativeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT a.staff_id) FROM attempt a JOIN staff_member s ON s.id = a.staff_id"
                        + filter.where())).getSingleResult();
        long attempts = number(totals[0]);
        long learners = number(totals[1]);
        if (learners < MINIMUM) {
            return new Report(slug, version.getVersionNo(), graph.start(), team, from, to, attempts, learners, true,
                    MINIMUM,
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<String, long[]> reached = new HashMap<>();
        for (Object[] row : rows(filter, "SELECT st.node, COUNT(DISTINCT st.attempt_id), COUNT(DISTINCT a.staff_id) "
                + "FROM attempt_step st JOIN attempt a ON a.id = st.attempt_id JOIN staff_member s ON s.id = a.staff_id"
                + filter.where() + " GROUP BY st.node")) {
            reached.put((String) row[0], new long[] {number(row[1]), number(row[2])});
        }
        for (Object[] row : rows(filter, "SELECT a.ending, COUNT(*), COUNT(DISTINCT a.staff_id) FROM attempt a "
                + "JOIN staff_member s ON s.id = a.staff_id" + filter.where()
                + " AND a.finished = TRUE GROUP BY a.ending")) {
            reached.put((String) row[0], new long[] {number(row[1]), number(row[2])});
        }
        Map<String, Map<String, Long>> taken = new HashMap<>();
        for (Object[] row : rows(filter, "SELECT st.node, st.choice, COUNT(*) FROM attempt_step st "
                + "JOIN attempt a ON a.id = st.attempt_id JOIN staff_member s ON s.id = a.staff_id" + filter.where()
                + " GROUP BY st.node, st.choice")) {
            taken.computeIfAbsent((String) row[0], n -> new HashMap<>()).put((String) row[1], number(row[2]));
        }
        List<NodeStats> nodes = new ArrayList<>();
        for (Node node : graph.nodes().values()) {
            long[] r = reached.getOrDefault(node.id(), new long[] {0, 0});
            boolean withheld = r[1] < MINIMUM;
            List<ChoiceCount> choices = new ArrayList<>();
            if (!withheld) {
                Map<String, Long> counts = taken.getOrDefault(node.id(), Map.of());
                long all = counts.values().stream().mapToLong(Long::longValue).sum();
                for (Choice c : node.choices()) {
                    long n = counts.getOrDefault(c.id(), 0L);
                    choices.add(new ChoiceCount(c.id(), c.text(), c.next(), n,
                            all == 0 ? 0 : (int) Math.round(100.0 * n / all)));
                }
            }
            nodes.add(new NodeStats(node.id(), node.isEnding(), r[0], r[1], withheld, choices));
        }
        List<EndingCount> endings = new ArrayList<>();
        for (Node end : graph.endings()) {
            endings.add(new EndingCount(end.id(), end.ending().outcome().key(), end.ending().title(),
                    reached.getOrDefault(end.id(), new long[] {0, 0})[0]));
        }
        Map<String, Long> missed = new LinkedHashMap<>();
        graph.checks().keySet().forEach(c -> missed.put(c, 0L));
        Map<String, Long> abandonedAt = new LinkedHashMap<>();
        for (Object[] row : rows(filter, "SELECT a.finished, a.ending, a.state FROM attempt a "
                + "JOIN staff_member s ON s.id = a.staff_id" + filter.where())) {
            PlayState state = PlayStateJson.read(text(row[2]));
            if (Boolean.TRUE.equals(bool(row[0])) && row[1] != null && graph.nodes().containsKey((String) row[1])) {
                for (String check : graph.node((String) row[1]).ending().requires()) {
                    if (!state.has(check)) {
                        missed.merge(check, 1L, Long::sum);
                    }
                }
            } else if (!Boolean.TRUE.equals(bool(row[0]))) {
                abandonedAt.merge(state.node(), 1L, Long::sum);
            }
        }
        List<CheckCount> checks = new ArrayList<>();
        missed.forEach((id, n) -> checks.add(new CheckCount(id, graph.checks().get(id).label(), n)));
        List<CompetencyAverage> evidence = new ArrayList<>();
        for (Object[] row : rows(filter, "SELECT e.competency, SUM(e.weight) FROM evidence e "
                + "JOIN attempt a ON a.id = e.attempt_id JOIN staff_member s ON s.id = a.staff_id" + filter.where()
                + " GROUP BY e.competency ORDER BY e.competency")) {
            evidence.add(new CompetencyAverage((String) row[0],
                    Math.round(100.0 * number(row[1]) / attempts) / 100.0));
        }
        List<Abandoned> abandoned = new ArrayList<>();
        abandonedAt.forEach((node, n) -> abandoned.add(new Abandoned(node, n)));
        return new Report(slug, version.getVersionNo(), graph.start(), team, from, to, attempts, learners, false,
                MINIMUM, nodes,
                endings, checks, evidence, abandoned);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Filter filter, String sql) {
        return filter.bind(em.createNativeQuery(sql)).getResultList();
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n ? n.intValue() != 0 : null;
    }

    /** The WHERE clause shared by every query, with positional parameters. */
    private record Filter(Long version, Long team, LocalDate from, LocalDate to) {

        String where() {
            return " WHERE a.scenario_version_id = ?1" + (team == null ? "" : " AND s.team_id = ?2")
                    + (from == null ? "" : " AND a.started_at >= ?3") + (to == null ? "" : " AND a.started_at < ?4");
        }

        Query bind(Query query) {
            query.setParameter(1, version);
            if (team != null) {
                query.setParameter(2, team);
            }
            if (from != null) {
                query.setParameter(3, Timestamp.valueOf(from.atStartOfDay()));
            }
            if (to != null) {
                query.setParameter(4, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            }
            return query;
        }
    }
}
