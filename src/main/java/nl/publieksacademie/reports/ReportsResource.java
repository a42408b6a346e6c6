package nl.publieksacademie.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competency reports for HR systems. HR (granted departments only) and admins; exports are audited. */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Tag(name = "reports")
public class ReportsResource {

    @Inject
    Reports reports;

    @Inject
    AuditLog audit;

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
    @Path("heatmap.csv")
    @Produces("text/csv")
    @Operation(summary = "The same heatmap as CSV, one line per team and competency")
    public Response heatmapCsv(@QueryParam("department") String department, @QueryParam("jobRole") String jobRole,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Reports.Heatmap heatmap = reports.heatmap(new Reports.Filter(department, jobRole, date("from", from),
                date("to", to)));
        audit.record(security.getUserPrincipal().getName(), "report.export", "heatmap",
                "csv " + heatmap.rows().size() + " team(s)");
        return Response.ok(ReportExports.csv(heatmap))
                .header("Content-Disposition", "attachment; filename=\"heatmap.csv\"").build();
    }

    @GET
    @Path("heatmap.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same heatmap as a PDF table (level / target per team and competency)")
    public Response heatmapPdf(@QueryParam("department") String department, @QueryParam("jobRole") String jobRole,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Reports.Heatmap heatmap = reports.heatmap(new Reports.Filter(department, jobRole, date("from", from),
                date("to", to)));
        audit.record(security.getUserPrincipal().getName(), "report.export", "heatmap",
                "pdf " + heatmap.rows().size() + " team(s)");
        return Response.ok(ReportExports.pdf(heatmap, "PublieksAcademie: competenties per team"))
                .header("Content-Disposition", "attachment; filename=\"heatmap.pdf\"").build();
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
