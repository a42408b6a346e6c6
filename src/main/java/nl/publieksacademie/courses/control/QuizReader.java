package nl.publieksacademie.courses.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.content.control.Jargon;
import nl.publieksacademie.content.control.YamlTree;

/**
 * Reads a {@code *.quiz.yaml} file: the pass mark (1..100), questions with unique ids, 2 to 6 options each with
 * feedback, exactly one correct option for a single-answer question and at least one for a multiple-answer one,
 * evidence for known competencies with weights 1..3.
 */
public final class QuizReader {

    static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final List<String> TOP = List.of("pass_mark", "questions");
    private static final List<String> QUESTION = List.of("id", "question", "multiple", "options", "evidence");
    private static final List<String> QUESTION_REQUIRED = List.of("id", "question", "options");
    private static final List<String> OPTION = List.of("text", "correct", "feedback");
    private static final List<String> WEIGHT = List.of("competency", "weight");

    private QuizReader() {}

    /** The quiz, or empty when the file has errors (recorded in {@code findings}). */
    public static Optional<Quiz> read(String text, Findings findings, Set<String> competencies) {
        Optional<YamlTree.Value> root = YamlTree.parse(text, findings);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlTree.Value> top = root.get().entries(TOP, TOP);
        int passMark = Optional.ofNullable(top.get("pass_mark")).flatMap(YamlTree.Value::integer).orElse(0);
        if (top.containsKey("pass_mark") && (passMark < 1 || passMark > 100)) {
            findings.error(top.get("pass_mark").path(), "quiz.passMark", passMark);
        }
        List<Quiz.Question> questions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (top.containsKey("questions")) {
            List<YamlTree.Value> items = top.get("questions").items();
            if (top.get("questions").isList() && items.isEmpty()) {
                findings.error(top.get("questions").path(), "quiz.noQuestions");
            }
            for (YamlTree.Value item : items) {
                question(item, seen, competencies).ifPresent(questions::add);
            }
        }
        if (!findings.hasErrors()) {
            lengthCue(questions, top.get("questions"), findings);
        }
        return findings.hasErrors() ? Optional.empty() : Optional.of(new Quiz(passMark, questions));
    }

    /** Warns when the right option of more than a third of the single-answer questions is also the longest. */
    static void lengthCue(List<Quiz.Question> questions, YamlTree.Value at, Findings findings) {
        List<String> cued = new ArrayList<>();
        int eligible = 0;
        for (Quiz.Question q : questions) {
            if (q.multiple()) {
                continue;
            }
            eligible++;
            Quiz.Option right = q.options().stream().filter(Quiz.Option::correct).findFirst().orElse(null);
            if (right != null && q.options().stream()
                    .allMatch(o -> o == right || length(o.text()) < length(right.text()))) {
                cued.add(q.id());
            }
        }
        if (eligible >= 2 && cued.size() * 3 > eligible) {
            findings.warning(at == null ? "questions" : at.path(), "quiz.lengthCue", cued.size(), eligible,
                    String.join(", ", cued));
        }
    }

    private static int length(String text) {
        return text.strip().replaceAll("\\s+", " ").length();
    }

    private static Optional<Quiz.Question> question(YamlTree.Value value, Map<String, Integer> seen,
            Set<String> competencies) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(QUESTION, QUESTION_REQUIRED);
        Optional<String> id = Optional.ofNullable(fields.get("id")).flatMap(v -> v.id(ID, "question"));
        if (id.isPresent()) {
            Integer first = seen.putIfAbsent(id.get(), fields.get("id").position().line());
            if (first != null) {
                findings.error(fields.get("id").path(), "quiz.duplicateQuestion", id.get(), first);
            }
        }
        Optional<String> question = Optional.ofNullable(fields.get("question")).flatMap(YamlTree.Value::text);
        question.ifPresent(t -> Jargon.check(t, fields.get("question").path(), findings));
        boolean multiple = Optional.ofNullable(fields.get("multiple")).flatMap(YamlTree.Value::bool).orElse(false);
        List<Quiz.Option> options = new ArrayList<>();
        if (fields.containsKey("options")) {
            YamlTree.Value list = fields.get("options");
            List<YamlTree.Value> items = list.items();
            for (YamlTree.Value item : items) {
                Map<String, YamlTree.Value> o = item.entries(OPTION, List.of("text", "feedback"));
                Optional<String> text = Optional.ofNullable(o.get("text")).flatMap(YamlTree.Value::text);
                Optional<String> feedback = Optional.ofNullable(o.get("feedback")).flatMap(YamlTree.Value::text);
                boolean correct = Optional.ofNullable(o.get("correct")).flatMap(YamlTree.Value::bool).orElse(false);
                text.ifPresent(t -> Jargon.check(t, o.get("text").path(), findings));
                feedback.ifPresent(t -> Jargon.check(t, o.get("feedback").path(), findings));
                if (text.isPresent() && feedback.isPresent()) {
                    options.add(new Quiz.Option(text.get(), correct, feedback.get()));
                }
            }
            if (list.isList() && (items.size() < 2 || items.size() > 6)) {
                findings.error(list.path(), "quiz.optionCount", items.size());
            } else if (list.isList() && options.size() == items.size()) {
                long correct = options.stream().filter(Quiz.Option::correct).count();
                if (!multiple && correct != 1) {
                    findings.error(list.path(), "quiz.singleCorrect", correct);
                } else if (multiple && correct == 0) {
                    findings.error(list.path(), "quiz.multipleCorrect");
                }
            }
        }
        List<Quiz.Weight> evidence = new ArrayList<>();
        Optional.ofNullable(fields.get("evidence")).ifPresent(list -> {
            for (YamlTree.Value item : list.items()) {
                Map<String, YamlTree.Value> w = item.entries(WEIGHT, WEIGHT);
                Optional<String> competency = Optional.ofNullable(w.get("competency"))
                        .flatMap(v -> v.id(ID, "competency"));
                Optional<Integer> weight = Optional.ofNullable(w.get("weight")).flatMap(YamlTree.Value::integer);
                if (competency.isPresent() && competencies != null && !competencies.contains(competency.get())) {
                    findings.error(w.get("competency").path(), "course.unknownCompetency", competency.get());
                }
                if (weight.isPresent() && (weight.get() < 1 || weight.get() > 3)) {
                    findings.error(w.get("weight").path(), "quiz.weight", weight.get());
                }
                if (competency.isPresent() && weight.isPresent()) {
                    evidence.add(new Quiz.Weight(competency.get(), weight.get()));
                }
            }
        });
        if (id.isEmpty() || question.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz.Question(id.get(), question.get(), multiple, options, evidence));
    }
}
