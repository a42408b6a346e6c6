package nl.publieksacademie.courses.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own enrolments, lessons and quizzes. Learners only. */
@Path("me/courses")
@RequestScoped
@RolesAllowed(Roles.LEARNER)
@Tag(name = "courses")
@Produces(MediaType.APPLICATION_JSON)
public class MyCoursesResource {

    /** Body of a quiz submission: per question id the indexes (from 0) of the ticked options. */
    public record Submission(Map<String, List<Integer>> answers) {}

    @Inject
    Enrolments enrolments;

    @Inject
    Staff staff;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's enrolments (own choice or assigned) with due date, progress and next step")
    public List<CourseProgress> mine() {
        return enrolments.mine(caller());
    }

    @POST
    @Path("{slug}")
    @Operation(summary = "Enrol the caller in a course (nothing changes when already enrolled)")
    @APIResponse(responseCode = "404", description = "no published course with that slug")
    public CourseProgress enrol(@PathParam("slug") String slug) {
        return enrolments.enrol(caller(), slug);
    }

    @POST
    @Path("{slug}/lessons/{step}")
    @Operation(summary = "Mark a lesson as read; answers the course progress")
    @APIResponse(responseCode = "404", description = "no such course or lesson step")
    public CourseProgress read(@PathParam("slug") String slug, @PathParam("step") String step) {
        return enrolments.read(caller(), slug, step);
    }

    @POST
    @Path("{slug}/quizzes/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a quiz: scored, stored, evidence written; a pass completes the step")
    @APIResponse(responseCode = "400", description = "an option that does not exist, or two for a one-answer question")
    @APIResponse(responseCode = "404", description = "no such course or quiz step")
    public QuizResult submit(@PathParam("slug") String slug, @PathParam("step") String step, Submission submission) {
        if (submission == null || submission.answers() == null) {
            throw new InvalidInput(List.of(Problem.onField("answers", "quiz.answersMissing")));
        }
        Map<String, Set<Integer>> answers = new HashMap<>();
        submission.answers().forEach((q, options) -> answers.put(q, options == null ? Set.of() : new HashSet<>(options)));
        return enrolments.submit(caller(), slug, step, answers);
    }

    private StaffMember caller() {
        String name = security.getUserPrincipal().getName();
        return staff.byUsername(name).orElseThrow(() -> new NotFound("staff member " + name));
    }
}
