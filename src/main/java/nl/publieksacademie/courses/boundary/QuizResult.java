package nl.publieksacademie.courses.boundary;

import java.util.List;
import java.util.Set;

/** The outcome of a submitted quiz: the score and, per question, what was chosen and whether it was right. */
public record QuizResult(int right, int total, int percent, int passMark, boolean passed, boolean courseCompleted,
        List<Answer> answers) implements java.io.Serializable {

    public record Answer(String question, Set<Integer> chosen, boolean right) implements java.io.Serializable {}
}
