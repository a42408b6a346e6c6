package nl.publieksacademie.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The database round trips and transactions counted since the server started, for the load benchmark and the tests
 * (see {@link StatementCount}). Admins only; it exists only on a server started with {@code -Dpa.sql.count=true}.
 */
@Path("statements")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "benchmark")
public class StatementCountResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "SQL round trips and transactions since start (benchmark servers only)")
    @APIResponse(responseCode = "200", description = "{statements, transactions}")
    @APIResponse(responseCode = "404", description = "the server does not count (started without pa.sql.count)")
    public StatementCount.Counts counts() {
        if (!StatementCount.ENABLED) {
            throw new NotFound("statement counts");
        }
        return StatementCount.counts();
    }

    /**
     * The size of the caller's session; {@code notSerializable} names what a cluster could not replicate;
     * {@code largest}: the five biggest attributes, each serialized alone.
     */
    public record SessionSize(long bytes, int attributes, String notSerializable, Map<String, Integer> largest) {}

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Bytes of the caller's own session, serialized as a cluster would (benchmark servers only)")
    @APIResponse(responseCode = "200", description = "{bytes, attributes}")
    @APIResponse(responseCode = "404", description = "the server does not count (started without pa.sql.count)")
    public SessionSize session(@Context HttpServletRequest request) throws IOException {
        if (!StatementCount.ENABLED) {
            throw new NotFound("statement counts");
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return new SessionSize(0, 0, null, Map.of());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Integer> each = new LinkedHashMap<>();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeUTF(name);
                out.writeObject(session.getAttribute(name));
                ByteArrayOutputStream alone = new ByteArrayOutputStream();
                try (ObjectOutputStream one = new ObjectOutputStream(alone)) {
                    one.writeObject(session.getAttribute(name));
                }
                each.put(name, alone.size());
            }
        } catch (NotSerializableException e) {
            return new SessionSize(-1, each.size(), e.getMessage(), Map.of());
        }
        Map<String, Integer> largest = new LinkedHashMap<>();
        each.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> largest.put(e.getKey(), e.getValue()));
        return new SessionSize(bytes.size(), each.size(), null, largest);
    }
}
