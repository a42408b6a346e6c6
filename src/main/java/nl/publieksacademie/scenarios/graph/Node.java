package nl.publieksacademie.scenarios.graph;

import java.util.List;
import java.util.Optional;

/**
 * A moment in the conversation: narration, the citizen's line, and either choices or an ending. {@code noReturn}
 * marks a deliberate point of no return: from here a passing ending may be out of reach, and the checker accepts it.
 */
public record Node(String id, String narration, String says, List<Choice> choices, Ending ending,
        boolean noReturn) {

    public Node {
        choices = List.copyOf(choices);
    }

    public Node(String id, String narration, String says, List<Choice> choices, Ending ending) {
        this(id, narration, says, choices, ending, false);
    }

    public boolean isEnding() {
        return ending != null;
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
