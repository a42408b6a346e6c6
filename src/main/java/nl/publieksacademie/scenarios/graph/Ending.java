package nl.publieksacademie.scenarios.graph;

import java.util.List;

/** How a conversation ends: the outcome, a title and debrief, and the checks a good run must have set. */
public record Ending(Outcome outcome, String title, String debrief, List<String> requires) {

    public Ending {
        requires = List.copyOf(requires);
    }
}
