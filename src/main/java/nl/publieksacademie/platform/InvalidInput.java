package nl.publieksacademie.platform;

import java.util.List;

/** Input refused as a whole; nothing was stored. Carries every problem found, not just the first. */
public class InvalidInput extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.size() + " problem(s) in input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
