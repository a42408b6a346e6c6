package nl.publieksacademie.courses.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.content.control.LooseYaml;

/** A quiz of a {@link CourseDraft}: the pass mark and the questions, mutable and unchecked. */
public final class QuizDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer passMark;
    private final List<Question> questions = new ArrayList<>();

    /** A question with its options and evidence. */
    public static final class Question implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private String question;
        private boolean multiple;
        private final List<Option> options = new ArrayList<>();
        private final List<Weight> evidence = new ArrayList<>();

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public boolean isMultiple() { return multiple; }
        public void setMultiple(boolean multiple) { this.multiple = multiple; }
        public List<Option> getOptions() { return options; }
        public List<Weight> getEvidence() { return evidence; }
    }

    /** An option: its text, whether it is right, and the feedback shown after submitting. */
    public static final class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean correct;
        private String feedback;

        public Option() {}

        public Option(String text, boolean correct, String feedback) {
            this.text = text;
            this.correct = correct;
            this.feedback = feedback;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isCorrect() { return correct; }
        public void setCorrect(boolean correct) { this.correct = correct; }
        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback; }
    }

    /** Evidence of a question: competency and weight. */
    public static final class Weight implements Serializable {
        private static final long serialVersionUID = 1L;
        private String competency;
        private Integer weight;

        public Weight() {}

        public Weight(String competency, Integer weight) {
            this.competency = competency;
            this.weight = weight;
        }

        public String getCompetency() { return competency; }
        public void setCompetency(String competency) { this.competency = competency; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }
    }

    static QuizDraft blank() {
        QuizDraft quiz = new QuizDraft();
        quiz.passMark = 70;
        quiz.addQuestion();
        return quiz;
    }

    public Question addQuestion() {
        List<String> taken = questions.stream().map(Question::getId).toList();
        Question q = new Question();
        q.setId(LooseYaml.unique("vraag", taken));
        q.setQuestion("Schrijf hier de vraag.");
        q.getOptions().add(new Option("Het goede antwoord", true, "Goed, omdat …"));
        q.getOptions().add(new Option("Een ander antwoord", false, "Niet goed, omdat …"));
        questions.add(q);
        return q;
    }

    static QuizDraft read(Map<?, ?> top) {
        QuizDraft quiz = new QuizDraft();
        quiz.passMark = LooseYaml.integer(top.get("pass_mark"));
        if (top.get("questions") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> f) {
                    Question q = new Question();
                    q.setId(LooseYaml.text(f.get("id")));
                    q.setQuestion(LooseYaml.text(f.get("question")));
                    q.setMultiple(Boolean.TRUE.equals(f.get("multiple")));
                    if (f.get("options") instanceof List<?> options) {
                        for (Object o : options) {
                            if (o instanceof Map<?, ?> of) {
                                q.getOptions().add(new Option(LooseYaml.text(of.get("text")),
                                        Boolean.TRUE.equals(of.get("correct")), LooseYaml.text(of.get("feedback"))));
                            }
                        }
                    }
                    if (f.get("evidence") instanceof List<?> evidence) {
                        for (Object e : evidence) {
                            if (e instanceof Map<?, ?> ef) {
                                q.getEvidence().add(new Weight(LooseYaml.text(ef.get("competency")),
                                        LooseYaml.integer(ef.get("weight"))));
                            }
                        }
                    }
                    quiz.questions.add(q);
                }
            }
        }
        return quiz;
    }

    Map<String, Object> tree() {
        Map<String, Object> top = new LinkedHashMap<>();
        LooseYaml.put(top, "pass_mark", passMark);
        List<Object> qs = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Object> f = new LinkedHashMap<>();
            LooseYaml.put(f, "id", q.getId());
            LooseYaml.put(f, "question", q.getQuestion());
            if (q.isMultiple()) {
                f.put("multiple", true);
            }
            List<Object> os = new ArrayList<>();
            for (Option o : q.getOptions()) {
                Map<String, Object> of = new LinkedHashMap<>();
                LooseYaml.put(of, "text", o.getText());
                if (o.isCorrect()) {
                    of.put("correct", true);
                }
                LooseYaml.put(of, "feedback", o.getFeedback());
                os.add(of);
            }
            f.put("options", os);
            if (!q.getEvidence().isEmpty()) {
                List<Object> es = new ArrayList<>();
                for (Weight w : q.getEvidence()) {
                    Map<String, Object> ef = new LinkedHashMap<>();
                    LooseYaml.put(ef, "competency", w.getCompetency());
                    LooseYaml.put(ef, "weight", w.getWeight());
                    es.add(ef);
                }
                f.put("evidence", es);
            }
            qs.add(f);
        }
        top.put("questions", qs);
        return top;
    }

    public Integer getPassMark() { return passMark; }
    public void setPassMark(Integer passMark) { this.passMark = passMark; }
    public List<Question> getQuestions() { return questions; }
}
