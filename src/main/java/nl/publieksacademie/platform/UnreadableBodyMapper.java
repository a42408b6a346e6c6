package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that could not be read, should the runtime wrap the refusal of {@link JsonNestingLimit} (or the
 * binding's failure) in a {@link ProcessingException}, still answers 400 in the problem shape; any other processing
 * failure stays a 500, logged with its trace as the runtime would.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        return JsonBodyProblems.of(exception)
                .map(problems -> ProblemMapper.answer(Response.Status.BAD_REQUEST, problems, messages, headers).build())
                .orElseGet(() -> {
                    LOG.log(Level.SEVERE, "Request processing failed", exception);
                    return Response.serverError().build();
                });
    }
}
