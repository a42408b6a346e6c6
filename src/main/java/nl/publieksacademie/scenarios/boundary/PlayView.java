package nl.publieksacademie.scenarios.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a player shows of an attempt: where it stands, what the citizen says, the choices on offer and the meters;
 * at an ending the outcome. Serialised as the REST answer of {@code /api/attempts}.
 */
public record PlayView(long attempt, String scenario, String title, String setting, int version, int step,
        boolean finished, Persona persona, NodeView node, List<ChoiceView> choices, Map<String, Integer> variables,
        List<Meter> meters, EndingView ending) {

    public record Persona(String name, String initials, String description) {}

    public record NodeView(String id, String narration, String says) {}

    public record ChoiceView(String id, String text) {}

    /** A variable the learner sees, with its label and range. */
    public record Meter(String name, String label, int value, int min, int max) {
        /** The value as a percentage of the range, for drawing. */
        public int percent() {
            return max == min ? 0 : Math.round(100f * (value - min) / (max - min));
        }
    }

    public record EndingView(String outcome, String title, String debrief) {}
}
