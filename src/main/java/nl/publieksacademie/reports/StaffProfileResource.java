package nl.publieksacademie.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One person's competency profile for HR systems: granted departments only, every read audited. */
@Path("staff/{id}/profile")
@RequestScoped
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Tag(name = "reports")
public class StaffProfileResource {

    @Inject
    People people;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's levels, gaps, trend per competency, evidence and courses (audited)")
    @APIResponse(responseCode = "404", description = "no such person in a department granted to the caller")
    public People.PersonView profile(@PathParam("id") long id) {
        return people.person(id, security.getUserPrincipal().getName(), "report.person.api", null);
    }
}
