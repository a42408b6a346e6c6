package nl.publieksacademie.staff;

import nl.publieksacademie.platform.NotFound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.publieksacademie.staff.StaffJson.ImportResult;
import nl.publieksacademie.staff.StaffJson.StaffInput;
import nl.publieksacademie.staff.StaffJson.StaffView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff members over REST. Admin only. */
@Path("staff")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staff")
public class StaffResource {

    @Inject
    Staff staff;

    @GET
    @Operation(summary = "All staff members, active and deactivated")
    public List<StaffView> all() {
        return staff.all().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    public StaffView one(@PathParam("id") long id) {
        return staff.find(id).map(StaffView::of).orElseThrow(() -> new NotFound("staff member", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff member; 400 with the field of each problem, e.g. a duplicate e-mail")
    public Response create(StaffInput input) {
        StaffMember member = staff.create(input.form());
        return Response.created(URI.create("staff/" + member.getId())).entity(StaffView.of(member)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a staff member (a password is only changed when given)")
    public StaffView update(@PathParam("id") long id, StaffInput input) {
        return StaffView.of(staff.update(id, input.form()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a staff member: the account can no longer sign in; data is kept")
    public StaffView deactivate(@PathParam("id") long id) {
        return StaffView.of(staff.deactivate(id));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import staff from CSV (UTF-8): all lines or none; 400 lists every bad line with its number")
    public ImportResult importCsv(byte[] csv) {
        return new ImportResult(staff.importCsv(StaffCsv.decode(csv)));
    }
}
