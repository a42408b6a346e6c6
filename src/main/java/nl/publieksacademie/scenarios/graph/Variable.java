package nl.publieksacademie.scenarios.graph;

/**
 * A declared variable. Integers have a range; their start value lies in it and every effect is clamped to it.
 * Booleans are stored as 0 and 1 with the range 0..1. A meter variable is shown to the learner.
 */
public record Variable(String name, Type type, int min, int max, int start, boolean meter, String label) {

    public enum Type { INT, BOOL }

    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
