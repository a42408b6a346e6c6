package nl.publieksacademie.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Generates demo data of a chosen size (for benchmarks). Admins, and only in demo mode. */
@Path("demo-data")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "demo")
public class DemoDataResource {

    @Inject
    DemoData data;

    @Inject
    @ConfigProperty(name = "pa.demo", defaultValue = "false")
    boolean demo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add teams, staff, attempts, evidence and course progress (demo mode only)",
            description = "Body: {staff, teams, attemptsPerPerson, months, seed}. Answers what was made and how long "
                    + "it took.")
    public DemoData.Made generate(DemoData.Size size) {
        if (!demo) {
            throw new NotFound("demo data");
        }
        if (size == null || size.staff() < 1 || size.teams() < 1 || size.attemptsPerPerson() < 0
                || size.months() < 1 || size.staff() > 100_000 || size.teams() > 10_000) {
            throw new InvalidInput(List.of(Problem.onField("staff", "demo.badSize")));
        }
        return data.generate(size);
    }
}
