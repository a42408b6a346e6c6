package nl.publieksacademie.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The content folder over REST: admins re-read it without a restart. */
@Path("content")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "content")
public class ContentResource {

    @Inject
    ContentImport contentImport;

    @Inject
    AuditLog audit;

    @POST
    @Path("import")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-read courses/competencies.yaml, scenarios/*.yaml and the course folders; each file (a "
            + "course folder as one unit) is checked and stored on its own, an invalid one never replaces the last "
            + "good version")
    public List<ContentImport.Outcome> reimport(@Context SecurityContext security) {
        List<ContentImport.Outcome> outcomes = contentImport.importAll(security.getUserPrincipal().getName());
        audit.record("content.import", "content", outcomes.size() + " file(s)");
        return outcomes;
    }
}
