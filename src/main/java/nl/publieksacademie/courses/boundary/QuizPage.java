package nl.publieksacademie.courses.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;

/**
 * Backing bean of {@code /learner/quiz.xhtml}. The options are plain radio buttons and checkboxes named
 * {@code q-<question id>} with the option index as value; after submitting, the page shows the score and every
 * option's feedback, and the learner may try again.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    static final String PREFIX = "q-";

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    @Inject
    FacesProblems problems;

    private String course;
    private String step;
    private String title;
    private String courseTitle;
    private transient Quiz quiz;
    private QuizResult result;
    private Map<String, Set<Integer>> chosen = new HashMap<>();
    private CourseProgress.StepView next;

    public void load() {
        Courses.Published published = courses.latest(course == null ? "" : course);
        Course.Step quizStep = published.course().step(step == null ? "" : step)
                .filter(s -> s.kind() == Course.Kind.QUIZ)
                .orElseThrow(() -> new NotFound("quiz " + step));
        title = quizStep.title();
        courseTitle = published.course().title();
        quiz = published.quiz(quizStep);
    }

    public Quiz getQuiz() {
        if (quiz == null) {
            load();
        }
        return quiz;
    }

    /** Scores the ticked options and shows the feedback. */
    public void submit() {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (Quiz.Question q : getQuiz().questions()) {
            Set<Integer> picked = new HashSet<>();
            for (String value : params.getOrDefault(PREFIX + q.id(), new String[0])) {
                try {
                    picked.add(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    // a tampered value is no answer
                }
            }
            answers.put(q.id(), picked);
        }
        try {
            result = enrolments.submit(account.getMe(), course, step, answers);
            chosen = answers;
            next = enrolments.progress(account.getMe(), courses.latest(course)).next();
            if (result.courseCompleted()) {
                problems.info("course.completed", courseTitle);
            }
        } catch (InvalidInput invalid) {
            problems.show(invalid, "quiz");
        }
    }

    /** Clears the answers for another try. */
    public void retry() {
        result = null;
        chosen = new HashMap<>();
    }

    public boolean isChosen(String question, int option) {
        return chosen.getOrDefault(question, Set.of()).contains(option);
    }

    public boolean isRight(String question) {
        return result != null && result.answers().stream().anyMatch(a -> a.question().equals(question) && a.right());
    }

    private static final Pattern SAYS_HOW_MANY =
            Pattern.compile("\\bkies (alle|één|een)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the page adds "(kies één/alle …)": not when the question's own text already says how many to pick. */
    public boolean needsHint(Quiz.Question question) {
        return !SAYS_HOW_MANY.matcher(question.question()).find();
    }

    /** The option indexes of a question, for the page to loop over. */
    public List<Integer> indexes(Quiz.Question question) {
        return java.util.stream.IntStream.range(0, question.options().size()).boxed().toList();
    }

    public String getNextHref() {
        return next == null ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + CourseLinks.path(course, next);
    }

    public QuizResult getResult() { return result; }
    public String getTitle() { return title; }
    public String getCourseTitle() { return courseTitle; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
}
