package nl.publieksacademie.courses.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A course as one person sees it: the course, whether they are enrolled, which steps are done, the next step to
 * take, the due date of an assignment, and the certificate once completed.
 */
public record CourseProgress(String slug, String title, String summary, int duration, List<String> roles,
        List<String> competencies, boolean enrolled, int done, int total, boolean completed, String certificateCode,
        LocalDate completedOn, LocalDate dueOn, boolean overdue, String assignedBy, StepView next,
        List<ModuleView> modules) implements java.io.Serializable {

    public record StepView(String id, String title, String kind, boolean optional, boolean done, String scenario) implements java.io.Serializable {}

    public record ModuleView(String id, String title, List<StepView> steps) implements java.io.Serializable {}

    /** Required steps done, in percent (0..100). */
    public int percent() {
        return total == 0 ? 0 : Math.round(100f * done / total);
    }
}
