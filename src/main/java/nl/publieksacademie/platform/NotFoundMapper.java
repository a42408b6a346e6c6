package nl.publieksacademie.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A staff member or team that does not exist answers 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound exception) {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
