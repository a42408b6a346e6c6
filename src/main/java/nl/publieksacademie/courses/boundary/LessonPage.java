package nl.publieksacademie.courses.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.control.LessonMarkup;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;
import nl.publieksacademie.platform.Notices;

/** Backing bean of {@code /learner/lesson.xhtml}: a lesson as sanitized HTML, and "read" to go on. */
@Named
@ViewScoped
public class LessonPage implements Serializable {

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    private String course;
    private String step;
    private String title;
    private String courseTitle;
    private String html;
    private boolean done;

    public void load() {
        Courses.Published published = courses.latest(course == null ? "" : course);
        Course.Step lesson = published.course().step(step == null ? "" : step)
                .filter(s -> s.kind() == Course.Kind.LESSON)
                .orElseThrow(() -> new NotFound("lesson " + step));
        title = lesson.title();
        courseTitle = published.course().title();
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/course-file/" + published.version().getId() + "/";
        html = LessonMarkup.html(published.lesson(lesson), name -> base + name);
        done = enrolments.progress(account.getMe(), published).modules().stream()
                .flatMap(m -> m.steps().stream()).anyMatch(s -> s.id().equals(step) && s.done());
    }

    /** Marks the lesson read and goes to the next step of the course (or back to the course when none is left). */
    public void read() throws IOException {
        CourseProgress progress = enrolments.read(account.getMe(), course, step);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Notices.keepForRedirect(FacesContext.getCurrentInstance());
        external.redirect(progress.next() == null
                ? external.getRequestContextPath() + "/learner/course.xhtml?course=" + CourseLinks.encode(course)
                : external.getRequestContextPath() + CourseLinks.path(course, progress.next()));
    }

    public String getTitle() { return title; }
    public String getCourseTitle() { return courseTitle; }
    public String getHtml() { return html; }
    public boolean isDone() { return done; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
}
