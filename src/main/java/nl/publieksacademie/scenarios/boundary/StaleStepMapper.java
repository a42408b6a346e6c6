package nl.publieksacademie.scenarios.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A stale or repeated step answers 409 Conflict with the attempt's current state. */
@Provider
public class StaleStepMapper implements ExceptionMapper<StaleStep> {

    @Override
    public Response toResponse(StaleStep stale) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(stale.current())
                .build();
    }
}
