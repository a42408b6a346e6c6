package nl.publieksacademie.scenarios.graph;

import java.util.List;
import java.util.Optional;

/** A moment in the conversation: narration, the citizen's line, and either choices or an ending. */
public record Node(String id, String narration, String says, List<Choice> choices, Ending ending) {

    public Node {
        choices = List.copyOf(choices);
    }

    public boolean isEnding() {
        return ending != null;
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
