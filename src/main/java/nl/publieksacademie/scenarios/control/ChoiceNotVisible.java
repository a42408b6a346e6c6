package nl.publieksacademie.scenarios.control;

/** A choice that is not on offer in the current state: unknown, its condition does not hold, or the play ended. */
public class ChoiceNotVisible extends RuntimeException {

    public ChoiceNotVisible(String node, String choice) {
        super("Choice " + choice + " is not available at node " + node);
    }
}
