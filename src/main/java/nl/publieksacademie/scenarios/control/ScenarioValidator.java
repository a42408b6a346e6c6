package nl.publieksacademie.scenarios.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.content.control.Jargon;
import nl.publieksacademie.scenarios.expression.Expression;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Evidence;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;

/**
 * The graph rules of a scenario, run after the {@link ScenarioReader}: links between nodes, reachability of nodes
 * and endings, conditions that can never hold given the declared ranges, declared variables, checks and
 * competencies, effects that can never fall inside their range, and checks an ending requires that no path to it
 * sets. Findings carry the document path, so they point at the line of the offending value. A graph without errors
 * is then reviewed as a learning design ({@link ScenarioReview}): answer cues and outcomes that do not follow
 * conduct are warnings.
 */
public final class ScenarioValidator {

    private final ScenarioGraph graph;
    private final Findings findings;
    private final Set<String> framework;
    private final Set<String> reachable;
    private final Set<String> settable = new HashSet<>();
    private final Expression.Scope scope;
    private final boolean live;
    private boolean complete = true;

    private ScenarioValidator(ScenarioGraph graph, Findings findings, Set<String> framework, boolean live) {
        this.live = live;
        this.graph = graph;
        this.findings = findings;
        this.framework = framework;
        this.reachable = graph.start() != null && graph.nodes().containsKey(graph.start())
                ? forward(List.of(graph.start()))
                : graph.nodes().keySet();
        for (Node node : graph.nodes().values()) {
            if (reachable.contains(node.id())) {
                node.choices().forEach(c -> settable.addAll(c.sets()));
            }
        }
        this.scope = new DeclaredScope();
    }

    /**
     * Adds the graph findings about {@code graph} to {@code findings}. {@code framework} holds the competency ids of
     * the framework; null when no framework is known (competencies are then not checked against it).
     */
    public static void validate(ScenarioGraph graph, Findings findings, Set<String> framework) {
        validate(graph, findings, framework, false);
    }

    /**
     * As {@link #validate(ScenarioGraph, Findings, Set)}; {@code live} (the editor after every change) leaves out
     * the search for success despite conduct unless its result is known for the same structure. Answers whether
     * every check ran.
     */
    public static boolean validate(ScenarioGraph graph, Findings findings, Set<String> framework, boolean live) {
        ScenarioValidator validator = new ScenarioValidator(graph, findings, framework, live);
        validator.run();
        return validator.complete;
    }

    private void run() {
        competencies();
        texts();
        if (graph.start() != null && !graph.nodes().containsKey(graph.start()) && !graph.nodes().isEmpty()) {
            findings.error("start", "scenario.unknownStart", graph.start(), known());
        }
        if (!graph.nodes().isEmpty() && graph.endings().isEmpty()) {
            findings.error("nodes", "scenario.noEnding");
        }
        Set<String> canEnd = canReachEnding();
        for (Node node : graph.nodes().values()) {
            String path = "nodes." + node.id();
            if (!reachable.isEmpty() && !reachable.contains(node.id())) {
                findings.error(path, "scenario.unreachable", node.id(), graph.start());
            } else if (!node.isEnding() && !node.choices().isEmpty() && !canEnd.contains(node.id())
                    && !graph.endings().isEmpty()) {
                findings.error(path, "scenario.noEndingReachable", node.id());
            }
            for (int i = 0; i < node.choices().size(); i++) {
                choice(node.choices().get(i), path + ".choices[" + i + "]");
            }
            if (node.isEnding()) {
                ending(node, path + ".ending");
            }
        }
        for (String check : graph.checks().keySet()) {
            if (!settable.contains(check)) {
                findings.warning("checks." + check, "scenario.checkNeverSet", check);
            }
        }
        if (!findings.hasErrors()) {
            ScenarioReview.lengthCue(graph, findings);
            if (live) {
                complete = ScenarioReview.conductKnown(graph, findings);
            } else {
                ScenarioReview.conduct(graph, findings);
            }
        }
    }

    /** Jargon of the format or of learning design in any text the learner reads. */
    private void texts() {
        Jargon.check(graph.title(), "title", findings);
        Jargon.check(graph.summary(), "summary", findings);
        if (graph.persona() != null) {
            Jargon.check(graph.persona().name(), "persona.name", findings);
            Jargon.check(graph.persona().description(), "persona.description", findings);
        }
        graph.variables().values().forEach(v -> Jargon.check(v.label(), "variables." + v.name() + ".label",
                findings));
        graph.checks().values().forEach(c -> Jargon.check(c.label(), "checks." + c.id() + ".label", findings));
        for (Node node : graph.nodes().values()) {
            String path = "nodes." + node.id();
            Jargon.check(node.narration(), path + ".narration", findings);
            Jargon.check(node.says(), path + ".says", findings);
            for (int i = 0; i < node.choices().size(); i++) {
                Choice choice = node.choices().get(i);
                String at = path + ".choices[" + i + "]";
                Jargon.check(choice.text(), at + ".text", findings);
                Jargon.check(choice.feedback(), at + ".feedback", findings);
                for (int j = 0; j < choice.evidence().size(); j++) {
                    Jargon.check(choice.evidence().get(j).reason(), at + ".evidence[" + j + "].reason", findings);
                }
            }
            if (node.isEnding()) {
                Jargon.check(node.ending().title(), path + ".ending.title", findings);
                Jargon.check(node.ending().debrief(), path + ".ending.debrief", findings);
            }
        }
    }

    private void competencies() {
        Set<String> used = new HashSet<>();
        graph.nodes().values().forEach(n -> n.choices().forEach(c ->
                c.evidence().forEach(e -> used.add(e.competency()))));
        for (int i = 0; i < graph.competencies().size(); i++) {
            String competency = graph.competencies().get(i);
            if (framework != null && !framework.contains(competency)) {
                findings.error("competencies[" + i + "]", "scenario.competencyNotInFramework", competency,
                        String.join(", ", framework.stream().sorted().toList()));
            } else if (!used.contains(competency) && !findings.hasErrors()) {
                findings.warning("competencies[" + i + "]", "scenario.competencyUnused", competency);
            }
        }
    }

    private void choice(Choice choice, String path) {
        if (choice.next() != null && !graph.nodes().containsKey(choice.next())) {
            findings.error(path + ".goto", "scenario.unknownGoto", choice.id(), choice.next(), known());
        }
        if (choice.condition() != null) {
            condition(choice.condition(), path + ".if");
        }
        choice.effects().forEach((name, effect) -> effect(name, effect, path + ".effects." + name));
        for (int i = 0; i < choice.sets().size(); i++) {
            String check = choice.sets().get(i);
            if (!graph.checks().containsKey(check)) {
                findings.error(path + ".sets[" + i + "]", "scenario.unknownCheck", check, checkNames());
            }
        }
        for (int i = 0; i < choice.evidence().size(); i++) {
            Evidence evidence = choice.evidence().get(i);
            if (!graph.competencies().contains(evidence.competency())) {
                findings.error(path + ".evidence[" + i + "].competency", "scenario.evidenceNotListed",
                        evidence.competency());
            }
        }
        if (choice.feedback() == null) {
            findings.warning(path, "scenario.noFeedback", choice.id());
        }
        if (choice.evidence().isEmpty() && !findings.hasErrorsUnder(path + ".evidence")) {
            findings.warning(path, "scenario.noEvidence", choice.id());
        }
    }

    private void condition(Expression condition, String path) {
        Expression.Type type = condition.type(scope, problems(path));
        if (type == null) {
            return;
        }
        if (type != Expression.Type.BOOL) {
            findings.error(path, "scenario.conditionNotBool", condition.print());
        } else if (!condition.truth(scope).canBeTrue()) {
            findings.error(path, "scenario.conditionNeverHolds", condition.print());
        }
    }

    private void effect(String name, Expression effect, String path) {
        Variable variable = graph.variables().get(name);
        if (variable == null) {
            findings.error(path, "scenario.effectUnknownVariable", name, variableNames());
            return;
        }
        Expression.Type type = effect.type(scope, problems(path));
        if (type == null) {
            return;
        }
        Expression.Type wanted = variable.type() == Variable.Type.BOOL ? Expression.Type.BOOL : Expression.Type.INT;
        if (type != wanted) {
            findings.error(path, "scenario.effectType", name, wanted.name().toLowerCase(), effect.print());
        } else if (wanted == Expression.Type.INT && !effect.range(scope).overlaps(variable.min(), variable.max())) {
            findings.error(path, "scenario.effectOutOfRange", name, effect.print(), variable.min(), variable.max());
        }
    }

    private void ending(Node node, String path) {
        List<String> requires = node.ending().requires();
        for (int i = 0; i < requires.size(); i++) {
            String check = requires.get(i);
            String at = path + ".requires[" + i + "]";
            if (!graph.checks().containsKey(check)) {
                findings.error(at, "scenario.unknownCheck", check, checkNames());
            } else if (reachable.contains(node.id()) && !settableBefore(check).contains(node.id())) {
                findings.error(at, "scenario.checkNotSetBeforeEnding", check, node.id());
            }
        }
    }

    private final Map<String, Set<String>> afterSetting = new HashMap<>();

    /** The nodes reachable after a reachable choice that sets {@code check}. */
    private Set<String> settableBefore(String check) {
        return afterSetting.computeIfAbsent(check, c -> {
            List<String> targets = new ArrayList<>();
            for (Node node : graph.nodes().values()) {
                if (reachable.contains(node.id())) {
                    for (Choice choice : node.choices()) {
                        if (choice.sets().contains(c) && graph.nodes().containsKey(choice.next())) {
                            targets.add(choice.next());
                        }
                    }
                }
            }
            return forward(targets);
        });
    }

    private Set<String> forward(List<String> from) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            Node node = graph.nodes().get(todo.pop());
            for (Choice choice : node.choices()) {
                String next = choice.next();
                if (next != null && graph.nodes().containsKey(next) && seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    private Set<String> canReachEnding() {
        Map<String, List<String>> incoming = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (Node node : graph.nodes().values()) {
            if (node.isEnding()) {
                seen.add(node.id());
                todo.push(node.id());
            }
            for (Choice choice : node.choices()) {
                if (choice.next() != null) {
                    incoming.computeIfAbsent(choice.next(), k -> new ArrayList<>()).add(node.id());
                }
            }
        }
        while (!todo.isEmpty()) {
            for (String before : incoming.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(before)) {
                    todo.push(before);
                }
            }
        }
        return seen;
    }

    private Consumer<String[]> problems(String path) {
        return problem -> findings.error(path, problem[0], (Object[]) java.util.Arrays.copyOfRange(problem, 1,
                problem.length));
    }

    private String known() {
        List<String> ids = new ArrayList<>(graph.nodes().keySet());
        return ids.size() > 12 ? String.join(", ", ids.subList(0, 12)) + ", …" : String.join(", ", ids);
    }

    private String checkNames() {
        return graph.checks().isEmpty() ? "—" : String.join(", ", graph.checks().keySet());
    }

    private String variableNames() {
        return graph.variables().isEmpty() ? "—" : String.join(", ", graph.variables().keySet());
    }

    /** Declared variables with their ranges; a boolean only assigned literals can take just those values. */
    private final class DeclaredScope implements Expression.Scope {
        private final Map<String, Expression.Interval> ranges = new HashMap<>();

        DeclaredScope() {
            for (Variable variable : graph.variables().values()) {
                if (variable.type() == Variable.Type.INT) {
                    ranges.put(variable.name(), new Expression.Interval(variable.min(), variable.max()));
                } else {
                    ranges.put(variable.name(), boolRange(variable));
                }
            }
        }

        private Expression.Interval boolRange(Variable variable) {
            long lo = variable.start();
            long hi = variable.start();
            for (Node node : graph.nodes().values()) {
                if (!reachable.contains(node.id())) {
                    continue;
                }
                for (Choice choice : node.choices()) {
                    Expression effect = choice.effects().get(variable.name());
                    if (effect instanceof Expression.Literal literal) {
                        lo = Math.min(lo, literal.value());
                        hi = Math.max(hi, literal.value());
                    } else if (effect != null) {
                        return new Expression.Interval(0, 1);
                    }
                }
            }
            return new Expression.Interval(lo, hi);
        }

        @Override
        public Expression.Type type(String variable) {
            Variable declared = graph.variables().get(variable);
            if (declared == null) {
                return null;
            }
            return declared.type() == Variable.Type.BOOL ? Expression.Type.BOOL : Expression.Type.INT;
        }

        @Override
        public Expression.Interval range(String variable) {
            return ranges.getOrDefault(variable, new Expression.Interval(Integer.MIN_VALUE, Integer.MAX_VALUE));
        }

        @Override
        public boolean checkDeclared(String check) {
            return graph.checks().containsKey(check);
        }

        @Override
        public boolean checkSettable(String check) {
            return settable.contains(check);
        }
    }
}
