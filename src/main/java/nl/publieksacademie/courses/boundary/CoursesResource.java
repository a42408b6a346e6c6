package nl.publieksacademie.courses.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The course catalog with the caller's progress in each course; anyone signed in. */
@Path("courses")
@RequestScoped
@Tag(name = "courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.HR, Roles.ADMIN})
public class CoursesResource {

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Staff staff;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The published courses with their modules and steps, and the caller's progress in each")
    public List<CourseProgress> catalog() {
        String name = security.getUserPrincipal().getName();
        StaffMember me = staff.byUsername(name).orElseThrow(() -> new NotFound("staff member " + name));
        return courses.current().stream().map(p -> enrolments.progress(me, p)).toList();
    }
}
