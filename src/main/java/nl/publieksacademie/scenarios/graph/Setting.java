package nl.publieksacademie.scenarios.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the conversation takes place: face to face with a citizen ({@code balie}, {@code keukentafel}), by voice
 * ({@code telefoon}), in writing ({@code chat}, {@code email}), where the player shows a message thread, or face to
 * face with a colleague in the back office ({@code overleg}: a team lead's follow-up talk, a hand-over).
 */
public enum Setting {
    BALIE, KEUKENTAFEL, TELEFOON, CHAT, EMAIL, OVERLEG;

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
