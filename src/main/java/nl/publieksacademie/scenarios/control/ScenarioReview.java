package nl.publieksacademie.scenarios.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Evidence;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * The learning-design checks of a scenario, run on a graph without errors: answer cues (the best answer is the
 * longest), outcomes that do not follow conduct (a success ending after harmful choices), points from which a
 * passing ending is out of reach, and the best evidence a play can give per competency. Every search walks the
 * states the {@link ScenarioEngine} can reach (conditions and effects count), bounded in the number of states.
 * Findings are warnings: they never block an import. Pure, but for a memo: the results of the searches are kept
 * by the structure they depend on (ids, conditions, effects, checks, evidence, gotos, endings, variables; never the
 * texts), so that the editor's live check after an edit of a text replays them instead of searching again, and a
 * live check after an edit of the structure can leave the searches to the save ({@code …Known} methods).
 */
public final class ScenarioReview {

    /** How many search results are kept (least recently used go first). */
    static final int KNOWN_MAX = 256;

    private static final Map<String, Object> KNOWN = Collections.synchronizedMap(
            new LinkedHashMap<String, Object>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > KNOWN_MAX;
                }
            });

    /** Forgets every kept search result (for benchmarks and tests). */
    public static void forget() {
        KNOWN.clear();
    }

    /**
     * The structure of a graph as text: everything the searches depend on, nothing they do not (texts, titles,
     * persona, feedback). Two graphs with the same structure give the same search results.
     */
    static String structure(ScenarioGraph graph) {
        StringBuilder b = new StringBuilder(4096);
        b.append(graph.start()).append('\n');
        graph.competencies().forEach(c -> b.append(c).append(','));
        b.append('\n');
        graph.variables().values().forEach(v -> b.append(v.name()).append(' ').append(v.type()).append(' ')
                .append(v.min()).append(' ').append(v.max()).append(' ').append(v.start()).append('\n'));
        for (Node node : graph.nodes().values()) {
            b.append('#').append(node.id()).append(node.noReturn() ? " !" : "").append('\n');
            if (node.isEnding()) {
                b.append("= ").append(node.ending().outcome()).append(' ').append(node.ending().requires())
                        .append('\n');
            }
            for (Choice c : node.choices()) {
                b.append("- ").append(c.id()).append(" ? ")
                        .append(c.condition() == null ? "" : c.condition().print()).append(" :");
                new java.util.TreeMap<>(c.effects()).forEach((k, e) -> b.append(' ').append(k).append('=')
                        .append(e.print()).append(';'));
                b.append(" +").append(c.sets()).append(' ');
                c.evidence().forEach(e -> b.append(e.competency()).append(':').append(e.weight()).append(','));
                b.append(" > ").append(c.next()).append('\n');
            }
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T known(String key) {
        return (T) KNOWN.get(key);
    }

    private static <T> T remember(String key, java.util.function.Supplier<T> search) {
        T known = known(key);
        if (known == null) {
            known = search.get();
            KNOWN.put(key, known);
        }
        return known;
    }

    /** The warnings {@code search} records, without positions (they are replayed into a file's findings). */
    private static List<nl.publieksacademie.content.control.Finding> recorded(String file,
            java.util.function.Consumer<Findings> search) {
        Findings findings = new Findings(file);
        search.accept(findings);
        return findings.warnings();
    }

    private static void replay(Findings findings, List<nl.publieksacademie.content.control.Finding> warnings) {
        for (var w : warnings) {
            findings.warning(w.path(), w.key(), w.args().toArray());
        }
    }

    /** At most this many states are expanded per search; beyond it a search stops and says so. */
    static final int MAX_STATES = 200_000;
    /** A success path with this many harmful choices is reported. */
    static final int HARMFUL_LIMIT = 2;
    private static final int PATH_SHOWN = 40;

    private ScenarioReview() {}

    /** A choice is harmful when it gives negative evidence for any competency. */
    public static boolean harmful(Choice choice) {
        return choice.evidence().stream().anyMatch(e -> e.weight() < 0);
    }

    static int sum(Choice choice) {
        return choice.evidence().stream().mapToInt(Evidence::weight).sum();
    }

    /**
     * Length cue: at more than a third of the nodes with a single best-scored answer, that answer is also the
     * longest. (By chance alone the best of three answers is the longest at a third of the nodes.)
     */
    public static void lengthCue(ScenarioGraph graph, Findings findings) {
        int eligible = 0;
        List<String> cued = new ArrayList<>();
        for (Node node : graph.nodes().values()) {
            if (node.choices().size() < 2) {
                continue;
            }
            Choice best = null;
            boolean tie = false;
            for (Choice choice : node.choices()) {
                if (best == null || sum(choice) > sum(best)) {
                    best = choice;
                    tie = false;
                } else if (sum(choice) == sum(best)) {
                    tie = true;
                }
            }
            if (tie) {
                continue;
            }
            eligible++;
            Choice chosen = best;
            boolean longest = node.choices().stream()
                    .allMatch(c -> c == chosen || length(c.text()) < length(chosen.text()));
            if (longest) {
                cued.add(node.id());
            }
        }
        if (eligible >= 2 && cued.size() * 3 > eligible) {
            findings.warning("nodes", "scenario.lengthCue", cued.size(), eligible, String.join(", ", cued));
        }
    }

    static int length(String text) {
        return text == null ? 0 : text.strip().replaceAll("\\s+", " ").length();
    }

    private record Key(PlayState state, int harmful) {}

    private record Via(Key from, String node, String choice) {}

    /**
     * Success despite conduct: an ending with outcome geslaagd that a play reaches after {@value #HARMFUL_LIMIT} or
     * more harmful choices, or with a negative evidence sum. One warning per ending and kind, with an example path.
     */
    public static void conduct(ScenarioGraph graph, Findings findings) {
        replay(findings, remember("conduct\n" + structure(graph),
                () -> recorded(findings.file(), f -> searchConduct(graph, f))));
    }

    /** The warnings of {@link #conduct} when known for this structure; false (and nothing added) when not. */
    public static boolean conductKnown(ScenarioGraph graph, Findings findings) {
        List<nl.publieksacademie.content.control.Finding> known = known("conduct\n" + structure(graph));
        if (known != null) {
            replay(findings, known);
        }
        return known != null;
    }

    private static void searchConduct(ScenarioGraph graph, Findings findings) {
        if (graph.start() == null || !graph.nodes().containsKey(graph.start())) {
            return;
        }
        // Keys are (state, harmful choices so far, capped). Within one harmful count every choice has only
        // non-negative weights, and the count never falls: ordering by (count, sum) is a valid Dijkstra order, so
        // each key is settled once with its least evidence sum.
        Map<Key, Integer> least = new HashMap<>();
        Map<Key, Via> via = new HashMap<>();
        java.util.PriorityQueue<Object[]> todo = new java.util.PriorityQueue<>(
                java.util.Comparator.<Object[]>comparingInt(e -> ((Key) e[0]).harmful()).thenComparingInt(e -> (int) e[1]));
        Set<Key> settled = new HashSet<>();
        Key start = new Key(plain(ScenarioEngine.start(graph)), 0);
        least.put(start, 0);
        todo.add(new Object[] {start, 0});
        Map<String, Key> tooHarmful = new LinkedHashMap<>();
        Map<String, Key> negative = new LinkedHashMap<>();
        while (!todo.isEmpty()) {
            Key key = (Key) todo.poll()[0];
            if (!settled.add(key)) {
                continue;
            }
            if (settled.size() > MAX_STATES) {
                findings.warning("nodes", "scenario.searchTooLarge", MAX_STATES);
                break;
            }
            Node node = graph.node(key.state().node());
            int sum = least.get(key);
            if (node.isEnding()) {
                if (node.ending().outcome() == Outcome.GESLAAGD) {
                    if (key.harmful() >= HARMFUL_LIMIT) {
                        tooHarmful.putIfAbsent(node.id(), key);
                    } else if (sum < 0) {
                        negative.putIfAbsent(node.id(), key);
                    }
                }
                continue;
            }
            for (Choice choice : ScenarioEngine.visible(graph, key.state())) {
                PlayState next = plain(ScenarioEngine.choose(graph, key.state(), choice.id()).state());
                Key to = new Key(next, Math.min(HARMFUL_LIMIT, key.harmful() + (harmful(choice) ? 1 : 0)));
                int value = to.harmful() >= HARMFUL_LIMIT ? 0 : sum + sum(choice);
                Integer known = least.get(to);
                if (!settled.contains(to) && (known == null || value < known)) {
                    least.put(to, value);
                    via.put(to, new Via(key, node.id(), choice.id()));
                    todo.add(new Object[] {to, value});
                }
            }
        }
        for (Map.Entry<String, Key> found : tooHarmful.entrySet()) {
            List<String> harmfulOnWay = new ArrayList<>();
            for (Via step : path(via, found.getValue())) {
                Choice choice = graph.node(step.node()).choice(step.choice()).orElseThrow();
                if (harmful(choice)) {
                    harmfulOnWay.add(step.node() + "/" + step.choice());
                }
            }
            findings.warning("nodes." + found.getKey() + ".ending.outcome", "scenario.successAfterHarm",
                    found.getKey(), harmfulOnWay.size(), String.join(", ", harmfulOnWay));
        }
        for (Map.Entry<String, Key> found : negative.entrySet()) {
            findings.warning("nodes." + found.getKey() + ".ending.outcome", "scenario.successWithNegativeSum",
                    found.getKey(), least.get(found.getValue()), describe(path(via, found.getValue())));
        }
    }

    /**
     * Unrecoverable nodes: states from which no ending with one of {@code passing} outcomes can be reached any
     * more. The node where a play first loses the way back is reported, unless it is marked {@code no_return}.
     * {@code step} names the course step that requires the scenario.
     */
    public static void unrecoverable(ScenarioGraph graph, Findings findings, Set<Outcome> passing, String step) {
        replay(findings, remember(recoveryKey(graph, passing, step),
                () -> recorded(findings.file(), f -> searchRecovery(graph, f, passing, step))));
    }

    /** The warnings of {@link #unrecoverable} when known for this structure; false (and nothing added) when not. */
    public static boolean unrecoverableKnown(ScenarioGraph graph, Findings findings, Set<Outcome> passing,
            String step) {
        List<nl.publieksacademie.content.control.Finding> known = known(recoveryKey(graph, passing, step));
        if (known != null) {
            replay(findings, known);
        }
        return known != null;
    }

    private static String recoveryKey(ScenarioGraph graph, Set<Outcome> passing, String step) {
        return "recovery " + new java.util.TreeSet<>(passing) + " " + step + "\n" + structure(graph);
    }

    private static void searchRecovery(ScenarioGraph graph, Findings findings, Set<Outcome> passing, String step) {
        if (graph.start() == null || !graph.nodes().containsKey(graph.start())) {
            return;
        }
        PlayState start = plain(ScenarioEngine.start(graph));
        Map<PlayState, List<PlayState>> incoming = new HashMap<>();
        Map<PlayState, Via> via = new HashMap<>();
        Map<Key, Via> viaKeys = new HashMap<>();
        Set<PlayState> seen = new LinkedHashSet<>(List.of(start));
        Deque<PlayState> todo = new ArrayDeque<>(List.of(start));
        Set<PlayState> passes = new HashSet<>();
        while (!todo.isEmpty()) {
            if (seen.size() > MAX_STATES) {
                findings.warning("nodes", "scenario.searchTooLarge", MAX_STATES);
                return;
            }
            PlayState state = todo.poll();
            Node node = graph.node(state.node());
            if (node.isEnding()) {
                if (passing.contains(node.ending().outcome())) {
                    passes.add(state);
                }
                continue;
            }
            for (Choice choice : ScenarioEngine.visible(graph, state)) {
                PlayState next = plain(ScenarioEngine.choose(graph, state, choice.id()).state());
                incoming.computeIfAbsent(next, k -> new ArrayList<>()).add(state);
                if (seen.add(next)) {
                    via.put(next, new Via(new Key(state, 0), node.id(), choice.id()));
                    todo.add(next);
                }
            }
        }
        Set<PlayState> canPass = new HashSet<>(passes);
        Deque<PlayState> back = new ArrayDeque<>(passes);
        while (!back.isEmpty()) {
            for (PlayState before : incoming.getOrDefault(back.poll(), List.of())) {
                if (canPass.add(before)) {
                    back.add(before);
                }
            }
        }
        via.forEach((k, v) -> viaKeys.put(new Key(k, 0), v));
        Set<String> reported = new HashSet<>();
        for (PlayState state : seen) {
            Node node = graph.node(state.node());
            if (node.isEnding() || node.noReturn() || canPass.contains(state) || reported.contains(node.id())) {
                continue;
            }
            boolean entered = state.equals(start)
                    || incoming.getOrDefault(state, List.of()).stream().anyMatch(canPass::contains);
            if (!entered) {
                continue;
            }
            reported.add(node.id());
            String path = describe(path(viaKeys, new Key(state, 0)));
            findings.warning("nodes." + node.id(), "scenario.unrecoverable", node.id(), step,
                    passing.stream().map(Outcome::key).sorted().reduce((a, b) -> a + ", " + b).orElse(""), path);
        }
    }

    /** Sum and count of the evidence one play gives for one competency. */
    public record Tally(int sum, int count) {}

    /**
     * The tallies per competency that a single play can give, over every play (complete or broken off) that visits
     * each node at most once: going round a loop to collect evidence again does not count. Bounded in work; the
     * result then holds what was found.
     */
    public static Map<String, Set<Tally>> tallies(ScenarioGraph graph) {
        return remember("tallies\n" + structure(graph), () -> {
            Map<String, Set<Tally>> frozen = new LinkedHashMap<>();
            searchTallies(graph).forEach((c, t) -> frozen.put(c, Collections.unmodifiableSet(t)));
            return Collections.unmodifiableMap(frozen);
        });
    }

    /** The result of {@link #tallies} when known for this structure; null when not. */
    public static Map<String, Set<Tally>> talliesKnown(ScenarioGraph graph) {
        return known("tallies\n" + structure(graph));
    }

    private static Map<String, Set<Tally>> searchTallies(ScenarioGraph graph) {
        Map<String, Set<Tally>> out = new LinkedHashMap<>();
        for (String competency : graph.competencies()) {
            out.put(competency, new LinkedHashSet<>(List.of(new Tally(0, 0))));
        }
        if (graph.start() == null || !graph.nodes().containsKey(graph.start())) {
            return out;
        }
        int[] budget = {MAX_STATES};
        Map<String, int[]> running = new HashMap<>();
        graph.competencies().forEach(c -> running.put(c, new int[2]));
        Set<String> onPath = new HashSet<>();
        walk(graph, plain(ScenarioEngine.start(graph)), onPath, running, out, budget);
        return out;
    }

    private static void walk(ScenarioGraph graph, PlayState state, Set<String> onPath, Map<String, int[]> running,
            Map<String, Set<Tally>> out, int[] budget) {
        if (--budget[0] < 0 || !onPath.add(state.node())) {
            return;
        }
        running.forEach((c, t) -> out.get(c).add(new Tally(t[0], t[1])));
        Node node = graph.node(state.node());
        if (!node.isEnding()) {
            for (Choice choice : ScenarioEngine.visible(graph, state)) {
                for (Evidence e : choice.evidence()) {
                    int[] t = running.get(e.competency());
                    if (t != null) {
                        t[0] += e.weight();
                        t[1]++;
                    }
                }
                walk(graph, plain(ScenarioEngine.choose(graph, state, choice.id()).state()), onPath, running, out,
                        budget);
                for (Evidence e : choice.evidence()) {
                    int[] t = running.get(e.competency());
                    if (t != null) {
                        t[0] -= e.weight();
                        t[1]--;
                    }
                }
            }
        }
        onPath.remove(state.node());
    }

    private static <K> List<Via> path(Map<K, Via> via, K end) {
        List<Via> steps = new ArrayList<>();
        Set<K> visited = new HashSet<>();
        K at = end;
        while (via.containsKey(at) && visited.add(at) && steps.size() < 200) {
            Via step = via.get(at);
            steps.add(step);
            @SuppressWarnings("unchecked")
            K from = (K) step.from();
            at = from;
        }
        Collections.reverse(steps);
        return steps;
    }

    private static String describe(List<Via> steps) {
        if (steps.isEmpty()) {
            return "—";
        }
        List<String> parts = steps.stream().map(s -> s.node() + "/" + s.choice()).toList();
        if (parts.size() > PATH_SHOWN) {
            parts = new ArrayList<>(parts.subList(parts.size() - PATH_SHOWN, parts.size()));
            parts.set(0, "… " + parts.get(0));
        }
        return String.join(" → ", parts);
    }

    private static PlayState plain(PlayState state) {
        return new PlayState(state.node(), 0, state.values(), state.checks());
    }
}
