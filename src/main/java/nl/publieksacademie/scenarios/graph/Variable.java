package nl.publieksacademie.scenarios.graph;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A declared variable. Integers have a range; their start value lies in it and every effect is clamped to it.
 * Booleans are stored as 0 and 1 with the range 0..1. A meter variable is shown to the learner. {@code better}
 * says which way is good for the conversation as the author wrote it ({@code null}: not written, then the name
 * decides, see {@link #lowerIsBetter()}).
 */
public record Variable(String name, Type type, int min, int max, int start, boolean meter, String label,
        Better better) {

    public enum Type { INT, BOOL }

    /** Which way a meter is good: {@code lower} (irritation) or {@code higher} (trust). */
    public enum Better {
        LOWER, HIGHER;

        /** The key as written in scenario files ({@code better: lower}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Better> of(String key) {
            return java.util.Arrays.stream(values()).filter(b -> b.key().equals(key)).findFirst();
        }
    }

    /** Name stems of variables that are worse the higher they are, when a file does not say {@code better}. */
    static final List<String> WORSE_WHEN_HIGH = List.of("irrit", "erger", "boos", "woede", "frustr", "stress",
            "spanning", "onrust", "angst", "ongeduld", "wantrouw", "klacht", "annoy", "anger", "angry", "frustrat",
            "tension", "distrust", "impatien");

    /** A variable without a written direction. */
    public Variable(String name, Type type, int min, int max, int start, boolean meter, String label) {
        this(name, type, min, max, start, meter, label, null);
    }

    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * Whether a lower value is the better one: as written, or else by the name (irritatie, boosheid, stress and the
     * like are worse when high; vertrouwen, tevredenheid and anything else are better when high).
     */
    public boolean lowerIsBetter() {
        if (better != null) {
            return better == Better.LOWER;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return WORSE_WHEN_HIGH.stream().anyMatch(lower::contains);
    }
}
