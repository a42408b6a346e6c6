package nl.publieksacademie.scenarios.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.scenarios.expression.Expression;

/**
 * Where a learner stands in a scenario: the current node, how many choices were made, the variables' values
 * (booleans as 0/1) and the checks set so far. Immutable; {@link PlayStateJson} stores it so an attempt resumes.
 */
public record PlayState(String node, int step, Map<String, Integer> values, Set<String> checks)
        implements java.io.Serializable, Expression.Env {

    public PlayState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        checks = Collections.unmodifiableSet(new LinkedHashSet<>(checks));
    }

    @Override
    public int value(String variable) {
        Integer value = values.get(variable);
        return value == null ? 0 : value;
    }

    @Override
    public boolean has(String check) {
        return checks.contains(check);
    }
}
