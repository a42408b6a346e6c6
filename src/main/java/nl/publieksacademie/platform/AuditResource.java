package nl.publieksacademie.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for admins: who did what to whom, and when. */
@Path("audit")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "audit")
public class AuditResource {

    /** One entry. */
    public record Entry(LocalDateTime at, String actor, String action, String subject, String detail) {}

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest audit entries (at most 500), optionally of one action such as report.person")
    public List<Entry> entries(@QueryParam("action") String action) {
        return (action == null || action.isBlank() ? audit.recent(500) : audit.byAction(action, 500)).stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(), e.getDetail()))
                .toList();
    }
}
