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
 * competency. Counts come from SQL {@code GROUP BY}s; no names ever. Below {@value #MINIMUM} learners in total
 * nothing is shown; above it every figure that counts fewer than {@value #MINIMUM} learners, or that would give
 * such a figure away as a difference, is suppressed ({@link SmallCells}): no count, a flag instead.
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

    /**
     * A choice at a node: how often it was taken and its share of the choices there. {@code count} is null and
     * {@code suppressed} true when it counts fewer than {@value #MINIMUM} learners (or would give such a count away
     * as a difference); {@code percent} is null then, and for every choice at a node where any is suppressed.
     */
    public record ChoiceCount(String choice, String text, String next, Long count, Integer percent,
            boolean suppressed) {}

    /** A node: the attempts that chose there (for an ending: that ended there); null and suppressed as above. */
    public record NodeStats(String node, boolean ending, Long reached, boolean suppressed, List<ChoiceCount> choices) {}

    public record EndingCount(String node, String outcome, String title, Long count, boolean suppressed) {}

    public record CheckCount(String check, String label, Long missed, boolean suppressed) {}

    /** Average evidence per attempt; suppressed when fewer than the minimum learners earned any. */
    public record CompetencyAverage(String competency, Double average, boolean suppressed) {}

    /** Unfinished attempts standing at a node (every node that is not an ending). */
    public record Abandoned(String node, Long count, boolean suppressed) {}

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
        Map<String, Map<String, long[]>> taken = new HashMap<>();
        for (Object[] row : rows(filter, "SELECT st.node, st.choice, COUNT(*), COUNT(DISTINCT a.staff_id) "
                + "FROM attempt_step st JOIN attempt a ON a.id = st.attempt_id JOIN staff_member s "
                + "ON s.id = a.staff_id" + filter.where() + " GROUP BY st.node, st.choice")) {
            taken.computeIfAbsent((String) row[0], n -> new HashMap<>())
                    .put((String) row[1], new long[] {number(row[2]), number(row[3])});
        }
        Map<String, Tally> missed = new LinkedHashMap<>();
        graph.checks().keySet().forEach(c -> missed.put(c, new Tally()));
        Map<String, Tally> abandonedAt = new LinkedHashMap<>();
        graph.nodes().values().stream().filter(n -> !n.isEnding()).forEach(n -> abandonedAt.put(n.id(), new Tally()));
        for (Object[] row : rows(filter, "SELECT a.finished, a.ending, a.state, a.staff_id FROM attempt a "
                + "JOIN staff_member s ON s.id = a.staff_id" + filter.where())) {
            PlayState state = PlayStateJson.read(text(row[2]));
            long learner = number(row[3]);
            if (Boolean.TRUE.equals(bool(row[0])) && row[1] != null && graph.nodes().containsKey((String) row[1])) {
                for (String check : graph.node((String) row[1]).ending().requires()) {
                    if (!state.has(check)) {
                        missed.computeIfAbsent(check, c -> new Tally()).add(learner);
                    }
                }
            } else if (!Boolean.TRUE.equals(bool(row[0]))) {
                abandonedAt.computeIfAbsent(state.node(), n -> new Tally()).add(learner);
            }
        }

        // every figure becomes a cell; the sums a reader can form tie cells into groups
        SmallCells cells = new SmallCells(MINIMUM);
        int total = cells.addShown(attempts);
        Map<String, Integer> reachedCell = new HashMap<>();
        Map<String, Integer> abandonedCell = new HashMap<>();
        Map<String, Map<String, Integer>> choiceCell = new HashMap<>();
        for (Node node : graph.nodes().values()) {
            long[] r = reached.getOrDefault(node.id(), new long[] {0, 0});
            reachedCell.put(node.id(), cells.add(r[0], r[1]));
            if (abandonedAt.containsKey(node.id())) {
                Tally t = abandonedAt.get(node.id());
                abandonedCell.put(node.id(), cells.add(t.count, t.learners.size()));
            }
            Map<String, long[]> counts = taken.getOrDefault(node.id(), Map.of());
            Map<String, Integer> mine = new LinkedHashMap<>();
            for (Choice c : node.choices()) {
                long[] n = counts.getOrDefault(c.id(), new long[] {0, 0});
                mine.put(c.id(), cells.add(n[0], n[1]));
            }
            choiceCell.put(node.id(), mine);
        }
        Map<String, java.util.Set<Integer>> arriving = new HashMap<>();
        for (Node node : graph.nodes().values()) {
            // what was chosen at a node, against the attempts that chose there
            java.util.Set<Integer> out = new java.util.HashSet<>(choiceCell.get(node.id()).values());
            out.add(reachedCell.get(node.id()));
            cells.group(out);
            for (Choice c : node.choices()) {
                arriving.computeIfAbsent(c.next(), n -> new java.util.HashSet<>())
                        .add(choiceCell.get(node.id()).get(c.id()));
            }
        }
        for (Node node : graph.nodes().values()) {
            // what arrived at a node, against what went on from there, ended there or stopped there
            java.util.Set<Integer> in = new java.util.HashSet<>(arriving.getOrDefault(node.id(), java.util.Set.of()));
            if (node.id().equals(graph.start())) {
                in.add(total);
            }
            in.add(reachedCell.get(node.id()));
            if (abandonedCell.containsKey(node.id())) {
                in.add(abandonedCell.get(node.id()));
            }
            cells.group(in);
        }
        // every attempt either ended somewhere or stands somewhere unfinished
        java.util.Set<Integer> whole = new java.util.HashSet<>(abandonedCell.values());
        graph.endings().forEach(e -> whole.add(reachedCell.get(e.id())));
        whole.add(total);
        cells.group(whole);

        Map<String, Integer> missedCell = new LinkedHashMap<>();
        missed.forEach((id, t) -> missedCell.put(id, cells.add(t.count, t.learners.size())));
        List<Object[]> evidenceRows = rows(filter, "SELECT e.competency, SUM(e.weight), COUNT(DISTINCT a.staff_id) "
                + "FROM evidence e JOIN attempt a ON a.id = e.attempt_id JOIN staff_member s ON s.id = a.staff_id"
                + filter.where() + " GROUP BY e.competency ORDER BY e.competency");
        List<Integer> evidenceCell = new ArrayList<>();
        for (Object[] row : evidenceRows) {
            evidenceCell.add(cells.add(number(row[1]), number(row[2])));
        }
        cells.apply();

        List<NodeStats> nodes = new ArrayList<>();
        for (Node node : graph.nodes().values()) {
            Map<String, Integer> mine = choiceCell.get(node.id());
            boolean anyHidden = mine.values().stream().anyMatch(cells::suppressed);
            long all = 0;
            for (Choice c : node.choices()) {
                all += taken.getOrDefault(node.id(), Map.of()).getOrDefault(c.id(), new long[] {0, 0})[0];
            }
            List<ChoiceCount> choices = new ArrayList<>();
            for (Choice c : node.choices()) {
                int cell = mine.get(c.id());
                Long n = cells.shown(cell);
                Integer percent = anyHidden || n == null ? null : all == 0 ? 0 : (int) Math.round(100.0 * n / all);
                choices.add(new ChoiceCount(c.id(), c.text(), c.next(), n, percent, cells.suppressed(cell)));
            }
            int r = reachedCell.get(node.id());
            nodes.add(new NodeStats(node.id(), node.isEnding(), cells.shown(r), cells.suppressed(r), choices));
        }
        List<EndingCount> endings = new ArrayList<>();
        for (Node end : graph.endings()) {
            int r = reachedCell.get(end.id());
            endings.add(new EndingCount(end.id(), end.ending().outcome().key(), end.ending().title(), cells.shown(r),
                    cells.suppressed(r)));
        }
        List<CheckCount> checks = new ArrayList<>();
        missedCell.forEach((id, cell) -> checks.add(new CheckCount(id,
                graph.checks().containsKey(id) ? graph.checks().get(id).label() : id, cells.shown(cell),
                cells.suppressed(cell))));
        List<CompetencyAverage> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceRows.size(); i++) {
            Long sum = cells.shown(evidenceCell.get(i));
            evidence.add(new CompetencyAverage((String) evidenceRows.get(i)[0],
                    sum == null ? null : Math.round(100.0 * sum / attempts) / 100.0, sum == null));
        }
        List<Abandoned> abandoned = new ArrayList<>();
        abandonedCell.forEach((node, cell) -> abandoned.add(new Abandoned(node, cells.shown(cell),
                cells.suppressed(cell))));
        return new Report(slug, version.getVersionNo(), graph.start(), team, from, to, attempts, learners, false,
                MINIMUM, nodes,
                endings, checks, evidence, abandoned);
    }

    /** Attempts counted and the distinct learners behind them. */
    private static final class Tally {
        long count;
        final java.util.Set<Long> learners = new java.util.HashSet<>();

        void add(long learner) {
            count++;
            learners.add(learner);
        }
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
