package nl.publieksacademie.scenarios.graph;

import java.util.Arrays;
import java.util.Optional;

/** How an ending turned out, from best to worst. */
public enum Outcome {
    GESLAAGD("geslaagd"), DEELS("deels"), NIET_GESLAAGD("niet-geslaagd");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The key as written in scenario files and used in bundles ({@code outcome.geslaagd}). */
    public String key() {
        return key;
    }

    public static Optional<Outcome> of(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }
}
