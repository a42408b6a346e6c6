package nl.publieksacademie.scenarios.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.scenarios.expression.Expression;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;

/**
 * Moves a learner through a scenario: one choice in, the next state, the evidence and checks earned and the ending
 * out. Pure and deterministic; effects are all evaluated against the state before the choice and clamped to their
 * variable's declared range.
 */
public final class ScenarioEngine {

    private ScenarioEngine() {}

    public static PlayState start(ScenarioGraph graph) {
        Map<String, Integer> values = new LinkedHashMap<>();
        graph.variables().values().forEach(v -> values.put(v.name(), v.start()));
        return new PlayState(graph.start(), 0, values, Set.of());
    }

    /** The choices whose conditions hold in {@code state}, in authored order; none at an ending. */
    public static List<Choice> visible(ScenarioGraph graph, PlayState state) {
        Node node = graph.node(state.node());
        List<Choice> visible = new ArrayList<>(node.choices().size());
        for (Choice choice : node.choices()) {
            if (holds(choice, state)) {
                visible.add(choice);
            }
        }
        return visible;
    }

    /** Takes the choice {@code choiceId}; refuses one that is not visible in {@code state}. */
    public static Step choose(ScenarioGraph graph, PlayState state, String choiceId) {
        Node node = graph.node(state.node());
        Choice choice = node.choice(choiceId)
                .filter(c -> holds(c, state))
                .orElseThrow(() -> new ChoiceNotVisible(state.node(), choiceId));
        Map<String, Integer> values = new LinkedHashMap<>(state.values());
        choice.effects().forEach((name, effect) -> {
            Variable variable = graph.variables().get(name);
            int value = effect.eval(state);
            values.put(name, variable.type() == Variable.Type.BOOL ? (value != 0 ? 1 : 0) : variable.clamp(value));
        });
        List<String> gained = new ArrayList<>();
        Set<String> checks = new LinkedHashSet<>(state.checks());
        for (String check : choice.sets()) {
            if (checks.add(check)) {
                gained.add(check);
            }
        }
        PlayState next = new PlayState(choice.next(), state.step() + 1, values, checks);
        return new Step(next, choice, choice.evidence(), gained, graph.node(choice.next()).ending());
    }

    /** Which of {@code required} checks {@code state} has not set: the must-do steps missed. */
    public static List<String> missed(List<String> required, PlayState state) {
        return required.stream().filter(c -> !state.has(c)).toList();
    }

    private static boolean holds(Choice choice, Expression.Env env) {
        Expression condition = choice.condition();
        return condition == null || condition.test(env);
    }
}
