package nl.publieksacademie.scenarios.control;

import java.util.List;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Ending;
import nl.publieksacademie.scenarios.graph.Evidence;

/** The result of one choice: the new state, the evidence earned, the checks newly set and the ending, if reached. */
public record Step(PlayState state, Choice choice, List<Evidence> evidence, List<String> checksGained,
        Ending ending) {

    public boolean ended() {
        return ending != null;
    }
}
