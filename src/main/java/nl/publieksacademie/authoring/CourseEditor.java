package nl.publieksacademie.authoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.courses.control.CourseDraft;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.courses.control.LessonMarkup;
import nl.publieksacademie.courses.control.ModuleDraft;
import nl.publieksacademie.courses.control.QuizDraft;
import nl.publieksacademie.courses.control.StepDraft;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.NotFound;

/**
 * Backing bean of {@code /trainer/course-editor.xhtml}: modules and steps (add, reorder, remove), the selected
 * lesson's Markdown with a live preview, the selected quiz's questions, live checks by the importer's reader,
 * save (optimistically locked) and publish.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {

    @Inject
    CourseDrafts drafts;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    @Inject
    Profiles profiles;

    @Inject
    ContentStore content;

    @Inject
    Language language;

    @Inject
    nl.publieksacademie.courses.boundary.CourseStore courseStore;

    private String course;
    private CourseDraft draft;
    private int version;
    private String updatedBy;
    private String updatedAt;
    /** Whether this visit (the view) saved: until then the editor claims no save, whoever saved the draft before. */
    private boolean savedHere;
    private String selected;
    private boolean conflict;
    private transient CourseReader.Read read;

    public void load() {
        if (draft != null) {
            return;
        }
        if (course == null || course.isBlank()) {
            throw new NotFound("course");
        }
        take(drafts.open(course, user()));
    }

    private void take(CourseDrafts.Opened opened) {
        draft = CourseDraft.read(course, opened.files());
        version = opened.version();
        updatedBy = opened.updatedBy();
        updatedAt = ConcurrentEdit.shown(opened.updatedAt());
        read = null;
        conflict = false;
    }

    public CourseReader.Read getRead() {
        if (read == null) {
            read = drafts.check(course, draft.write());
        }
        return read;
    }

    /** Errors and warnings, {@code file:line:column: message}, in the user's language. */
    public List<String> getProblems() {
        Locale locale = language.getLocale();
        List<String> list = new ArrayList<>();
        for (Finding f : getRead().errors()) {
            list.add("E " + f.describe(locale));
        }
        for (Finding f : getRead().warnings()) {
            list.add("W " + f.describe(locale));
        }
        return list;
    }

    public void changed() {
        read = null;
    }

    // ----------------------------------------------------------------------------------- modules and steps

    public void addModule() {
        draft.addModule();
        changed();
    }

    public void moveModule(ModuleDraft module, int by) {
        CourseDraft.move(draft.getModules(), module, by);
        changed();
    }

    public void removeModule(ModuleDraft module) {
        new ArrayList<>(module.getSteps()).forEach(s -> draft.removeStep(module, s));
        draft.getModules().remove(module);
        changed();
    }

    public void addStep(ModuleDraft module, String kind) {
        StepDraft step = draft.addStep(module, kind);
        selected = step.getId();
        changed();
    }

    public void moveStep(ModuleDraft module, StepDraft step, int by) {
        CourseDraft.move(module.getSteps(), step, by);
        changed();
    }

    public void removeStep(ModuleDraft module, StepDraft step) {
        draft.removeStep(module, step);
        if (step.getId() != null && step.getId().equals(selected)) {
            selected = null;
        }
        changed();
    }

    public void select(String stepId) {
        selected = stepId;
        changed();
    }

    public StepDraft getStep() {
        return draft.getModules().stream().flatMap(m -> m.getSteps().stream())
                .filter(s -> s.getId() != null && s.getId().equals(selected)).findFirst().orElse(null);
    }

    /** The Markdown of the selected lesson, bound to the text area. */
    public String getLesson() {
        StepDraft step = getStep();
        return step == null || step.getTarget() == null ? null : draft.getLessons().get(step.getTarget());
    }

    public void setLesson(String markdown) {
        StepDraft step = getStep();
        if (step != null && "lesson".equals(step.getKind()) && step.getTarget() != null) {
            draft.getLessons().put(step.getTarget(), markdown == null ? "" : markdown);
        }
    }

    /** The selected lesson as learners will see it (images from the published version, if any). */
    public String getPreview() {
        String lesson = getLesson();
        if (lesson == null) {
            return "";
        }
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/course-file/";
        String version = courseStore.latest(course).map(v -> String.valueOf(v.getId())).orElse("0");
        return LessonMarkup.html(lesson, name -> base + version + "/" + name);
    }

    public QuizDraft getQuiz() {
        StepDraft step = getStep();
        return step == null || step.getTarget() == null ? null : draft.getQuizzes().get(step.getTarget());
    }

    public void addQuestion() {
        QuizDraft quiz = getQuiz();
        if (quiz != null) {
            quiz.addQuestion();
        }
        changed();
    }

    public void removeQuestion(QuizDraft.Question question) {
        QuizDraft quiz = getQuiz();
        if (quiz != null) {
            quiz.getQuestions().remove(question);
        }
        changed();
    }

    public void addOption(QuizDraft.Question question) {
        question.getOptions().add(new QuizDraft.Option("…", false, "…"));
        changed();
    }

    public void removeOption(QuizDraft.Question question, QuizDraft.Option option) {
        question.getOptions().remove(option);
        changed();
    }

    public void addWeight(QuizDraft.Question question) {
        String competency = draft.getCompetencies().isEmpty() ? null : draft.getCompetencies().get(0);
        question.getEvidence().add(new QuizDraft.Weight(competency, 1));
        changed();
    }

    public void removeWeight(QuizDraft.Question question, QuizDraft.Weight weight) {
        question.getEvidence().remove(weight);
        changed();
    }

    // ----------------------------------------------------------------------------------- save, publish

    public void save() {
        try {
            take(drafts.save(course, draft.write(), version, user()));
            savedHere = true;
            problems.info("author.saved");
        } catch (ConcurrentEdit e) {
            conflict = true;
            problems.error("author.conflict", e.by(),
                    ConcurrentEdit.shown(e.at()));
        }
    }

    public void publish() {
        save();
        if (conflict) {
            return;
        }
        try {
            drafts.publish(course, version, user()).ifPresentOrElse(
                    v -> problems.info("author.published", v), () -> problems.info("author.nothingToPublish"));
        } catch (InvalidCourse e) {
            problems.error("author.cannotPublish", e.read().errors().size());
        }
    }

    public void reload() {
        take(drafts.open(course, user()));
    }

    // ----------------------------------------------------------------------------------- options

    public List<Framework.Competency> getFrameworkCompetencies() {
        return profiles.framework().domains().stream().flatMap(d -> d.competencies().stream()).toList();
    }

    public List<Framework.RoleProfile> getRoles() {
        return List.copyOf(profiles.framework().roles().values());
    }

    public List<String> getScenarios() {
        return content.currentScenarios().stream().map(v -> v.getScenario().getSlug()).sorted().toList();
    }

    public List<String> getOutcomes() {
        return Arrays.asList("geslaagd", "deels", "niet-geslaagd");
    }

    private String user() {
        return currentUser.getName();
    }

    public CourseDraft getDraft() { return draft; }
    public String getUpdatedBy() { return updatedBy; }
    public String getUpdatedAt() { return updatedAt; }
    public boolean isSavedHere() { return savedHere; }
    public boolean isConflict() { return conflict; }
    public String getSelected() { return selected; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
}
