package nl.publieksacademie.staff;

import nl.publieksacademie.platform.NotFound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.StaffJson.TeamInput;
import nl.publieksacademie.staff.StaffJson.TeamView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams and departments over REST. Admin only. */
@Path("teams")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "teams")
public class TeamsResource {

    @Inject
    Teams teams;

    @GET
    @Operation(summary = "All teams, by department")
    public List<TeamView> all() {
        return teams.all().stream().map(TeamView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team")
    public TeamView one(@PathParam("id") long id) {
        return teams.find(id).map(TeamView::of).orElseThrow(() -> new NotFound("team", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a team; 400 with the field of each problem")
    public Response create(TeamInput input) {
        Team team = teams.create(input.name(), input.department());
        return Response.created(URI.create("teams/" + team.getId())).entity(TeamView.of(team)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a team or move it to another department")
    public TeamView update(@PathParam("id") long id, TeamInput input) {
        return TeamView.of(teams.update(id, input.name(), input.department()));
    }
}
