package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where each kind of course step is taken: lessons and quizzes on their pages, scenarios in the player. */
@Named
@ApplicationScoped
public class CourseLinks {

    /** The address of a step of course {@code slug}, including the context path. */
    public String step(String slug, CourseProgress.StepView step) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return base + path(slug, step);
    }

    /** The address of the course page. */
    public String course(String slug) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learner/course.xhtml?course=" + encode(slug);
    }

    static String path(String slug, CourseProgress.StepView step) {
        return switch (step.kind()) {
            case "scenario" -> "/learner/play.xhtml?scenario=" + encode(step.scenario());
            default -> "/learner/" + step.kind() + ".xhtml?course=" + encode(slug) + "&step=" + encode(step.id());
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
