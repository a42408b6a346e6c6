package nl.publieksacademie.authoring;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import nl.publieksacademie.content.boundary.ContentChecker;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scenario files over REST: validate, list, export and import in the file format, and path analytics. Trainers and
 * admins.
 */
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

    @Inject
    ScenarioDrafts drafts;

    @Inject
    PathAnalytics analytics;

    @Inject
    nl.publieksacademie.competencies.boundary.Profiles profiles;

    @Inject
    nl.publieksacademie.platform.Messages messages;

    @Context
    SecurityContext security;

    /** What an import did: the slug and the new version (absent when the file equals the latest version). */
    public record ImportView(String slug, Integer version) {}

    @GET
    @Path("{slug}.yaml")
    @Produces("application/yaml")
    @Operation(summary = "The latest published version of a scenario, exactly in the file format it was stored in")
    @APIResponse(responseCode = "404", description = "no published scenario with that slug")
    public Response export(@PathParam("slug") String slug) {
        return Response.ok(drafts.export(slug))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".yaml\"")
                .build();
    }

    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a scenario file as a new version of its slug: validated, all or nothing",
            description = "201 with {slug, version}; 200 when the file equals the latest version (version absent); "
                    + "400 with the validator's answer when it has errors.")
    public Response importFile(String yaml, @Context HttpHeaders headers) {
        try {
            ScenarioDrafts.Imported imported = drafts.importFile(yaml == null ? "" : yaml,
                    security.getUserPrincipal().getName());
            return Response.status(imported.version() == null ? 200 : 201)
                    .entity(new ImportView(imported.slug(), imported.version())).build();
        } catch (InvalidScenario invalid) {
            Locale locale = locale(headers);
            ContentCheck.Checked checked = invalid.checked();
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new ValidationView(false,
                    view(checked.errors(), locale), view(checked.warnings(), locale))).build();
        }
    }

    /** A draft over REST: its text and the version a save must name. */
    public record DraftView(String slug, int version, String source, String updatedBy) {}

    /** Body of a draft save: the version it was based on and the new text. */
    public record DraftSave(Integer version, String source) {}

    /** A refused save: who saved in between, and when. */
    public record ConflictView(String message, String updatedBy, String updatedAt) {}

    @GET
    @Path("{slug}/draft")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The working copy (draft) of a scenario, made from its latest version when there is none")
    public DraftView draft(@PathParam("slug") String slug) {
        ScenarioDrafts.Opened opened = drafts.open(slug, security.getUserPrincipal().getName());
        return new DraftView(slug, opened.version(), opened.source(), opened.updatedBy());
    }

    @jakarta.ws.rs.PUT
    @Path("{slug}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft; refused with 409 when someone saved since the named version",
            description = "Optimistic locking: nothing is overwritten. The answer of a refusal names who saved.")
    @APIResponse(responseCode = "409", description = "someone else saved since this version")
    public Response saveDraft(@PathParam("slug") String slug, DraftSave save) {
        if (save == null || save.version() == null || save.source() == null) {
            throw new nl.publieksacademie.platform.InvalidInput(List.of(
                    nl.publieksacademie.platform.Problem.onField("version", "author.draftMissing")));
        }
        try {
            ScenarioDrafts.Opened opened = drafts.save(slug, save.source(), null, save.version(),
                    security.getUserPrincipal().getName());
            return Response.ok(new DraftView(slug, opened.version(), opened.source(), opened.updatedBy())).build();
        } catch (ConcurrentEdit e) {
            return Response.status(409).type(MediaType.APPLICATION_JSON)
                    .entity(new ConflictView(e.getMessage(), e.by(), String.valueOf(e.at()))).build();
        }
    }

    @GET
    @Path("{slug}/analytics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Path analytics of a published version (default: the latest), by team and period",
            description = "Per node the attempts that reached it and the choices taken there with counts; the "
                    + "endings with counts; missed must-do checks; average evidence per attempt per competency; "
                    + "where unfinished attempts stand. No names; a group under 5 learners is withheld.")
    public PathAnalytics.Report analytics(@PathParam("slug") String slug, @QueryParam("version") Integer version,
            @QueryParam("team") Long team, @QueryParam("from") String from, @QueryParam("to") String to) {
        return analytics.report(slug, version, team, date("from", from), date("to", to));
    }

    @GET
    @Path("{slug}/analytics.csv")
    @Produces("text/csv")
    @Operation(summary = "The same path analytics as CSV (section, node, item, text, count, percent)",
            description = "lang=nl (default: Accept-Language, else Dutch): ; as separator, decimal commas, Dutch "
                    + "headings; lang=en: , and points. Competencies by name; UTF-8 with a byte order mark.")
    public Response analyticsCsv(@PathParam("slug") String slug, @QueryParam("version") Integer version,
            @QueryParam("team") Long team, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        PathAnalytics.Report report = analytics.report(slug, version, team, date("from", from), date("to", to));
        Locale locale = lang != null ? ("en".equals(lang) ? nl.publieksacademie.platform.Language.ENGLISH
                : nl.publieksacademie.platform.Language.DUTCH)
                : nl.publieksacademie.platform.Language.preferred(headers.getAcceptableLanguages());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        profiles.framework().domains().forEach(d -> d.competencies().forEach(c -> names.put(c.id(), c.name())));
        return Response.ok(AnalyticsCsv.write(report, locale, key -> messages.text(locale, key), names))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"analyse-" + slug + "-v" + report.version()
                        + ".csv\"")
                .build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new nl.publieksacademie.platform.InvalidInput(List.of(
                    nl.publieksacademie.platform.Problem.onField(field, "analytics.badDate")));
        }
    }

    private static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("nl") || l.getLanguage().equals("en"))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

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
        Locale locale = locale(headers);
        return new ValidationView(checked.valid(), view(checked.errors(), locale), view(checked.warnings(), locale));
    }

    private static List<ProblemView> view(List<Finding> findings, Locale locale) {
        return findings.stream()
                .map(f -> new ProblemView(f.line(), f.column(), f.path(), f.message(locale)))
                .toList();
    }
}
