package nl.publieksacademie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.Staff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own personal data as JSON (the right of access). Anyone signed in; audited. */
@Path("me/data")
@RequestScoped
@Tag(name = "privacy")
public class PrivacyResource {

    @Inject
    Privacy privacy;

    @Inject
    Staff staff;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Every row that names the caller, by table, as JSON: account, attempts, evidence, courses, sign-ins "
            + "with their addresses, sign-in failures, drafts and versions they saved, HR grants, views of them by HR")
    public Response mine() {
        String name = security.getUserPrincipal().getName();
        long id = staff.byUsername(name).orElseThrow(() -> new NotFound("staff member " + name)).getId();
        return Response.ok(json(privacy.export(id, name)).build().toString())
                .header("Content-Disposition", "attachment; filename=\"mijn-gegevens.json\"").build();
    }

    static JsonObjectBuilder json(Map<String, List<Map<String, Object>>> data) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        data.forEach((table, rows) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Map<String, Object> row : rows) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                row.forEach((column, value) -> {
                    if (value == null) {
                        object.addNull(column);
                    } else if (value instanceof Number n) {
                        object.add(column, Json.createValue(n.toString().contains(".") ? n.doubleValue() : n.longValue()));
                    } else if (value instanceof Boolean b) {
                        object.add(column, b);
                    } else {
                        object.add(column, value.toString());
                    }
                });
                array.add(object);
            }
            all.add(table, array);
        });
        return all;
    }
}
