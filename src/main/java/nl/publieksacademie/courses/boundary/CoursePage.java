package nl.publieksacademie.courses.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;

/** Backing bean of {@code /learner/course.xhtml}: one course with its modules, the learner's progress and actions. */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    @Inject
    FacesProblems problems;

    private String course;
    private CourseProgress progress;

    public void load() {
        if (course == null || course.isBlank()) {
            throw new NotFound("course");
        }
        progress = enrolments.progress(account.getMe(), courses.latest(course));
    }

    public void enrol() {
        progress = enrolments.enrol(account.getMe(), course);
        problems.info("course.enrolled", progress.title());
    }

    /** The certificate download address. */
    public String getCertificate() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/certificate?course=" + CourseLinks.encode(course);
    }

    public CourseProgress getProgress() { return progress; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
}
