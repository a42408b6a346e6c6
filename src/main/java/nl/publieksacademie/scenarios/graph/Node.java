package nl.publieksacademie.scenarios.graph;

import java.util.List;
import java.util.Optional;

/**
 * A moment in the conversation: narration, the citizen's line, and either choices or an ending. {@code noReturn}
 * marks a deliberate point of no return: from here a passing ending may be out of reach, and the checker accepts it.
 * {@code setting} (null: unchanged) switches the channel from this node on, for a hand-over such as chat to
 * telefoon; {@code time} ({@code HH:mm}, null: none) is the time the citizen's message was sent, shown in a thread.
 */
public record Node(String id, String narration, String says, List<Choice> choices, Ending ending,
        boolean noReturn, Setting setting, String time) {

    public Node {
        choices = List.copyOf(choices);
    }

    public Node(String id, String narration, String says, List<Choice> choices, Ending ending) {
        this(id, narration, says, choices, ending, false);
    }

    public Node(String id, String narration, String says, List<Choice> choices, Ending ending, boolean noReturn) {
        this(id, narration, says, choices, ending, noReturn, null, null);
    }

    public boolean isEnding() {
        return ending != null;
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
