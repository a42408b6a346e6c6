package nl.publieksacademie.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.publieksacademie.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A published course as a ZIP of its folder in the {@code courses/} format. Trainers and admins. */
@Path("courses/{slug}.zip")
@RequestScoped
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Tag(name = "courses")
public class CourseExportResource {

    @Inject
    CourseDrafts drafts;

    @GET
    @Produces("application/zip")
    @Operation(summary = "The latest published version of a course as a ZIP of its folder, in the courses/ format")
    public Response export(@PathParam("slug") String slug) {
        return Response.ok(drafts.exportZip(slug))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"").build();
    }
}
