package nl.publieksacademie.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which departments HR users may see. Admins only; every change is audited. */
@Path("grants")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
public class GrantsResource {

    /** Body of a grant. */
    public record Request(Long staff, String department) {}

    @Inject
    Grants grants;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every grant: HR user and department")
    public List<Grants.Grant> all() {
        return grants.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let an HR user see a department")
    public List<Grants.Grant> grant(Request request) {
        if (request == null || request.staff() == null || request.department() == null
                || request.department().isBlank()) {
            throw new InvalidInput(List.of(Problem.onField("department", "grants.choose")));
        }
        grants.grant(request.staff(), request.department().strip(), security.getUserPrincipal().getName());
        return grants.all();
    }

    @DELETE
    @Operation(summary = "Withdraw a department from an HR user")
    public List<Grants.Grant> revoke(@QueryParam("staff") long staff, @QueryParam("department") String department) {
        grants.revoke(staff, department, security.getUserPrincipal().getName());
        return grants.all();
    }
}
