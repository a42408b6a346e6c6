package nl.publieksacademie.competencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.Staff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own skills profile. Learners only. */
@Path("me/profile")
@RequestScoped
@RolesAllowed(Roles.LEARNER)
@Tag(name = "profile")
public class ProfileResource {

    @Inject
    Profiles profiles;

    @Inject
    Staff staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's competencies with level, score, evidence volume, role target and gap")
    public ProfileView profile(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return profiles.profile(staff.byUsername(name).orElseThrow(() -> new NotFound("staff member " + name)));
    }
}
