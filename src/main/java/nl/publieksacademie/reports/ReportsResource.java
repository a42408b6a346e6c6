package nl.publieksacademie.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competency reports for HR systems. HR (granted departments only) and admins; exports are audited. */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Tag(name = "reports")
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Reports reports;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Path("heatmap")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Teams × competencies: average level, average role target, gap and people with evidence",
            description = "Filters: department, jobRole, from, to (ISO dates; the period's evidence only). Only the "
                    + "departments granted to the caller.")
    public Reports.Heatmap heatmap(@QueryParam("department") String department, @QueryParam("jobRole") String jobRole,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.heatmap(new Reports.Filter(department, jobRole, date("from", from), date("to", to)));
    }

    @GET
    @Path("heatmap.{format:csv|xlsx|pdf}")
    @Produces({"text/csv", ReportsResource.XLSX, "application/pdf"})
    @Operation(summary = "The same heatmap as CSV or XLSX (one line per team and competency) or PDF (the page's "
            + "grid: level / target (people with evidence) per team and competency); audited",
            description = "lang=nl|en chooses the language of headings (default: Accept-Language, else Dutch).")
    public Response heatmapExport(@PathParam("format") String format, @QueryParam("department") String department,
            @QueryParam("jobRole") String jobRole, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        ReportExports.Format chosen = ReportExports.Format.of(format).orElseThrow();
        Reports.Heatmap heatmap = reports.heatmap(new Reports.Filter(department, jobRole, date("from", from),
                date("to", to)));
        audit.record(caller(), "report.export", "heatmap", format + " " + heatmap.rows().size() + " team(s)");
        Locale locale = locale(headers, lang);
        Function<String, String> text = text(messages, locale);
        return download(chosen == ReportExports.Format.PDF ? ReportTables.heatmapGrid(heatmap, locale, text)
                : ReportTables.heatmap(heatmap, locale, text), chosen, "heatmap");
    }

    @GET
    @Path("teams/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team's active members with their levels, courses and overdue assignments, and the "
            + "team's average level per competency at the end of each of the last six months (audited)")
    @APIResponse(responseCode = "404", description = "no such team in a department granted to the caller")
    public People.TeamView team(@PathParam("id") long id) {
        return people.team(id, caller(), "report.team.api", null);
    }

    @GET
    @Path("teams/{id}.{format:csv|xlsx|pdf}")
    @Produces({"text/csv", ReportsResource.XLSX, "application/pdf"})
    @Operation(summary = "The team view as CSV (members), XLSX or PDF (members and trend); audited")
    @APIResponse(responseCode = "404", description = "no such team in a department granted to the caller")
    public Response teamExport(@PathParam("id") long id, @PathParam("format") String format,
            @QueryParam("lang") String lang) {
        ReportExports.Format chosen = ReportExports.Format.of(format).orElseThrow();
        People.TeamView team = people.team(id, caller(), "report.export", format);
        Locale locale = locale(headers, lang);
        return download(ReportTables.team(team, locale, text(messages, locale)), chosen, "team-" + id);
    }

    @GET
    @Path("trends")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per team the average level of one competency at the end of each of the last six months",
            description = "competency (default: the framework's first), department (optional).")
    public Reports.Trends trends(@QueryParam("department") String department,
            @QueryParam("competency") String competency) {
        return reports.trends(department, competency);
    }

    @GET
    @Path("trends.{format:csv|xlsx|pdf}")
    @Produces({"text/csv", ReportsResource.XLSX, "application/pdf"})
    @Operation(summary = "The trends as CSV, XLSX or PDF (audited)")
    public Response trendsExport(@PathParam("format") String format, @QueryParam("department") String department,
            @QueryParam("competency") String competency, @QueryParam("lang") String lang) {
        ReportExports.Format chosen = ReportExports.Format.of(format).orElseThrow();
        Reports.Trends trends = reports.trends(department, competency);
        audit.record(caller(), "report.export", "trends " + trends.competency(),
                format + " " + trends.rows().size() + " team(s)");
        Locale locale = locale(headers, lang);
        return download(ReportTables.trends(trends, locale, text(messages, locale)), chosen, "trends-" + trends.competency());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    /** The language asked for with {@code lang}, else the request's Accept-Language, else Dutch. */
    static Locale locale(HttpHeaders headers, String lang) {
        return lang != null ? ("en".equals(lang) ? Language.ENGLISH : Language.DUTCH)
                : Language.preferred(headers.getAcceptableLanguages());
    }

    /** Key to text in {@code locale}. */
    static Function<String, String> text(Messages messages, Locale locale) {
        return key -> messages.text(locale, key);
    }

    static Response download(ReportTable report, ReportExports.Format format, String name) {
        return Response.ok(ReportExports.write(report, format), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(Problem.onField(field, "analytics.badDate")));
        }
    }
}
