package nl.publieksacademie.competencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Maintenance of the derived skills profiles. Admins only. */
@Path("profiles")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "profile")
public class ProfilesResource {

    /** How many profiles were rebuilt. */
    public record Rebuilt(int profiles) {}

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @POST
    @Path("rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every skills profile from the evidence alone")
    public Rebuilt rebuild() {
        int count = profiles.rebuildAll();
        audit.record("profiles.rebuild", "profiles", count + " profile(s)");
        return new Rebuilt(count);
    }
}
