package nl.publieksacademie.scenarios.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the conversation takes place: face to face ({@code balie}, {@code keukentafel}), by voice ({@code telefoon})
 * or in writing ({@code chat}, {@code email}), where the player shows a message thread.
 */
public enum Setting {
    BALIE, KEUKENTAFEL, TELEFOON, CHAT, EMAIL;

    /** Whether the conversation is written: the player shows it as a thread of messages with their times. */
    public boolean written() {
        return this == CHAT || this == EMAIL;
    }

    /** The key as written in scenario files and used in bundles ({@code setting.balie}). */
    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Setting> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
