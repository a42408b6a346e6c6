package nl.publieksacademie.courses.control;

import java.util.List;
import java.util.Set;

/** A quiz as read from a {@code *.quiz.yaml} file: a pass mark in percent and the questions in order. */
public record Quiz(int passMark, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** Evidence a question gives: {@code +weight} when answered right, {@code -weight} when wrong. */
    public record Weight(String competency, int weight) {}

    public record Option(String text, boolean correct, String feedback) {}

    public record Question(String id, String question, boolean multiple, List<Option> options,
            List<Weight> evidence) {
        public Question {
            options = List.copyOf(options);
            evidence = List.copyOf(evidence);
        }

        /** Right when exactly the correct options were chosen (indexes into {@link #options}). */
        public boolean right(Set<Integer> chosen) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct() != chosen.contains(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The score of a set of answers: per question the chosen options (missing question: nothing chosen). */
    public Score score(java.util.Map<String, Set<Integer>> answers) {
        int right = 0;
        for (Question q : questions) {
            if (q.right(answers.getOrDefault(q.id(), Set.of()))) {
                right++;
            }
        }
        return new Score(right, questions.size(), passMark);
    }

    /** Right answers out of total; passed when the percentage reaches the pass mark. */
    public record Score(int right, int total, int passMark) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * right / total);
        }

        public boolean passed() {
            return right * 100 >= passMark * total;
        }
    }
}
