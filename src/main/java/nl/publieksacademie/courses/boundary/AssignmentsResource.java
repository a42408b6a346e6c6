package nl.publieksacademie.courses.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Course assignments with due dates, for HR and admins (the role that team leads are given). HR lists and assigns
 * only within the departments granted to them; a person or team outside them does not exist for the caller.
 */
@Path("assignments")
@RequestScoped
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Tag(name = "assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    /** Body of an assignment: the course slug, a team id or a staff id (one of them), the due date (ISO). */
    public record Request(String course, Long team, Long staff, String due) {}

    /** What an assignment did. */
    public record Assigned(int assigned) {}

    @Inject
    Assignments assignments;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a course to a person or to every active member of a team, with a due date")
    @APIResponse(responseCode = "400", description = "course, due date or target missing or invalid (a target "
            + "outside the caller's granted departments counts as missing)")
    public Assigned assign(Request request) {
        Request r = request == null ? new Request(null, null, null, null) : request;
        return new Assigned(assignments.assign(r.course(), r.team(), r.staff(), r.due(),
                security.getUserPrincipal().getName()));
    }

    @GET
    @Operation(summary = "The assignments (of the caller's granted departments) with progress, the earliest due date "
            + "first; overdue=true for late ones only")
    public List<Enrolments.Assignment> list(@QueryParam("overdue") boolean overdue) {
        return assignments.list(overdue);
    }
}
