package nl.publieksacademie.scenarios.graph;

import java.util.Arrays;
import java.util.Optional;

/** Where the conversation takes place. */
public enum Setting {
    BALIE, KEUKENTAFEL, TELEFOON;

    /** The key as written in scenario files and used in bundles ({@code setting.balie}). */
    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Setting> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
