package nl.publieksacademie.scenarios.graph;

import java.util.List;
import java.util.Map;
import nl.publieksacademie.scenarios.expression.Expression;

/**
 * One thing the learner can say. {@code condition} is null when the choice is always shown; {@code effects} maps a
 * variable to the expression of its new value, evaluated against the state before the choice.
 */
public record Choice(String id, String text, Expression condition, Map<String, Expression> effects,
        List<String> sets, List<Evidence> evidence, String feedback, String next) {

    public Choice {
        effects = Map.copyOf(effects);
        sets = List.copyOf(sets);
        evidence = List.copyOf(evidence);
    }
}
