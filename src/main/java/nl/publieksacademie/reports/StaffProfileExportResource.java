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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's profile as a download (the person view's tables): granted departments only, every export audited. */
@Path("staff/{id}/profile.{format:csv|xlsx|pdf}")
@RequestScoped
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Tag(name = "reports")
public class StaffProfileExportResource {

    @Inject
    People people;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Produces({"text/csv", ReportsResource.XLSX, "application/pdf"})
    @Operation(summary = "The person view as CSV (levels), XLSX or PDF (levels, evidence, courses); audited",
            description = "lang=nl|en chooses the language of headings (default: Accept-Language, else Dutch).")
    @APIResponse(responseCode = "404", description = "no such person in a department granted to the caller")
    public Response export(@PathParam("id") long id, @PathParam("format") String format,
            @QueryParam("lang") String lang) {
        ReportExports.Format chosen = ReportExports.Format.of(format).orElseThrow();
        People.PersonView person = people.person(id, security.getUserPrincipal().getName(), "report.export", format);
        java.util.Locale locale = ReportsResource.locale(headers, lang);
        return ReportsResource.download(ReportTables.person(person, locale, ReportsResource.text(messages, locale)),
                chosen, "staff-" + id);
    }
}
