package nl.publieksacademie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pseudonymization of a departed staff member. Admins only; audited. */
@Path("staff/{id}/pseudonymize")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "privacy")
public class PseudonymizeResource {

    @Inject
    Privacy privacy;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Pseudonymize a departed staff member: name, e-mail and user name gone, aggregates kept")
    public Response pseudonymize(@PathParam("id") long id) {
        privacy.pseudonymize(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
