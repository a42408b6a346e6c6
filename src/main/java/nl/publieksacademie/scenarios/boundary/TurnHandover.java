package nl.publieksacademie.scenarios.boundary;

import jakarta.faces.context.ExternalContext;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The turn a choice led to, handed from the choice's POST to the GET its redirect asks for, so that a page step reads
 * and writes in one transaction (the POST's). Kept in the session (which a cluster replicates) for one GET of that
 * attempt within {@link #FRESH_MILLIS}; any other page of the attempt reads it from the database.
 */
final class TurnHandover {

    static final String KEY = "pa.turn";
    /**
     * Long enough for a redirect. Should another device move the attempt on meanwhile, the page shows the handed-over
     * turn, and a choice on it is refused as one of an earlier step, as from any old tab.
     */
    static final long FRESH_MILLIS = 10_000;

    private record Handed(long attempt, long at, Attempts.Turn turn) implements Serializable {}

    private TurnHandover() {}

    static void keep(ExternalContext context, Attempts.Turn turn) {
        if (!turn.view().finished()) {
            context.getSessionMap().put(KEY, new Handed(turn.view().attempt(), System.currentTimeMillis(), turn));
        }
    }

    /** The turn handed over for {@code attempt}, once; empty when none is, or it is stale. */
    static Optional<Attempts.Turn> take(ExternalContext context, long attempt) {
        Map<String, Object> session = context.getSessionMap();
        if (session.get(KEY) instanceof Handed handed && handed.attempt() == attempt) {
            session.remove(KEY);
            if (System.currentTimeMillis() - handed.at() <= FRESH_MILLIS) {
                return Optional.of(handed.turn());
            }
        }
        return Optional.empty();
    }
}
