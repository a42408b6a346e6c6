package nl.publieksacademie.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring: a multiple-answer question is right only with exactly the correct options; the pass mark is exact. */
class QuizTest {

    static final Quiz.Question SINGLE = new Quiz.Question("a", "?", false, List.of(
            new Quiz.Option("ja", true, "goed"), new Quiz.Option("nee", false, "fout")), List.of());
    static final Quiz.Question MULTIPLE = new Quiz.Question("b", "?", true, List.of(
            new Quiz.Option("x", true, ""), new Quiz.Option("y", true, ""), new Quiz.Option("z", false, "")),
            List.of());

    @Test
    void multipleAnswerNeedsExactlyTheCorrectOptions() {
        assertTrue(MULTIPLE.right(Set.of(0, 1)));
        assertFalse(MULTIPLE.right(Set.of(0)));
        assertFalse(MULTIPLE.right(Set.of(0, 1, 2)));
        assertFalse(MULTIPLE.right(Set.of()));
    }

    @Test
    void passMarkIsComparedWithoutRounding() {
        Quiz quiz = new Quiz(67, List.of(SINGLE, MULTIPLE, new Quiz.Question("c", "?", false, SINGLE.options(),
                List.of())));
        Quiz.Score twoOfThree = quiz.score(Map.of("a", Set.of(0), "b", Set.of(0, 1), "c", Set.of(1)));
        assertEquals(2, twoOfThree.right());
        assertEquals(67, twoOfThree.percent());
        assertFalse(twoOfThree.passed(), "66.7% is below a pass mark of 67");
        assertTrue(new Quiz(66, quiz.questions()).score(Map.of("a", Set.of(0), "b", Set.of(0, 1))).passed());
    }

    @Test
    void unansweredQuestionsCountAsWrong() {
        Quiz quiz = new Quiz(50, List.of(SINGLE, MULTIPLE));
        assertEquals(0, quiz.score(Map.of()).right());
        assertFalse(quiz.score(Map.of()).passed());
    }
}
