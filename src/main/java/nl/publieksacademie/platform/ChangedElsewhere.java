package nl.publieksacademie.platform;

import java.io.Serializable;
import java.util.Optional;

/**
 * Something a node may keep in memory was changed on another node of the cluster: the node that hears this drops
 * its copy. Fired on this node by {@link Cluster} for what the others tell it; never for changes made here.
 *
 * @param cache which kind of copy: {@link #ACCOUNT} (key: staff id), {@link #FRAMEWORK} (no key) or {@link #ENTITY}
 *              (key: entity class and id, {@code nl.x.Scenario#12})
 */
public record ChangedElsewhere(String cache, String key) implements Serializable {

    public static final String ACCOUNT = "account";
    public static final String FRAMEWORK = "framework";
    public static final String ENTITY = "entity";

    public static ChangedElsewhere account(long staffId) {
        return new ChangedElsewhere(ACCOUNT, Long.toString(staffId));
    }

    public static ChangedElsewhere framework() {
        return new ChangedElsewhere(FRAMEWORK, "");
    }

    public static ChangedElsewhere entity(Class<?> type, Object id) {
        return new ChangedElsewhere(ENTITY, type.getName() + "#" + id);
    }

    public boolean is(String kind) {
        return cache.equals(kind);
    }

    /** The message sent between nodes: plain text, so no class of this application is deserialized there. */
    String encode() {
        return cache + ":" + key;
    }

    static Optional<ChangedElsewhere> decode(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        return colon <= 0 ? Optional.empty()
                : Optional.of(new ChangedElsewhere(message.substring(0, colon), message.substring(colon + 1)));
    }
}
