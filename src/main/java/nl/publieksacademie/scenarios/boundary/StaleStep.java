package nl.publieksacademie.scenarios.boundary;

/**
 * A step that answers a step number the attempt has already moved past (a refresh, the back button, a double
 * click, a second tab) or offers a choice not on offer now. Nothing is stored; the answer shows where the attempt
 * stands.
 */
public class StaleStep extends RuntimeException {

    private final transient PlayView current;

    public StaleStep(PlayView current) {
        super("Stale step for attempt " + current.attempt() + ", now at step " + current.step());
        this.current = current;
    }

    public PlayView current() {
        return current;
    }
}
