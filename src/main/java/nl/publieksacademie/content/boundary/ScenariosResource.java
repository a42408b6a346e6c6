package nl.publieksacademie.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scenario files over REST. Trainers and admins. */
@Path("scenarios")
@RequestScoped
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Tag(name = "scenarios")
public class ScenariosResource {

    /** One problem found in a file. */
    public record ProblemView(int line, int column, String path, String message) {}

    /** The answer of the validator. */
    public record ValidationView(boolean valid, List<ProblemView> errors, List<ProblemView> warnings) {}

    /** A published scenario: its latest version. */
    public record ScenarioView(String slug, String title, String setting, int version) {}

    @Inject
    ContentChecker checker;

    @Inject
    ContentStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published scenarios, each at its latest version")
    public List<ScenarioView> published() {
        return store.currentScenarios().stream()
                .map(v -> new ScenarioView(v.getScenario().getSlug(), v.getTitle(), v.getSetting(), v.getVersionNo()))
                .toList();
    }

    @POST
    @Path("validate")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a scenario file (YAML body) with the importer's validator; stores nothing")
    public ValidationView validate(String yaml, @Context HttpHeaders headers) {
        ContentCheck.Checked checked = checker.upload("upload.yaml", yaml == null ? "" : yaml);
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("nl") || l.getLanguage().equals("en"))
                .findFirst()
                .orElse(Locale.ENGLISH);
        return new ValidationView(checked.valid(), view(checked.errors(), locale), view(checked.warnings(), locale));
    }

    private static List<ProblemView> view(List<Finding> findings, Locale locale) {
        return findings.stream()
                .map(f -> new ProblemView(f.line(), f.column(), f.path(), f.message(locale)))
                .toList();
    }
}
