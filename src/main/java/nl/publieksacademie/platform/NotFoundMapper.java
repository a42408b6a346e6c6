package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/** Something that does not exist, or is not the caller's to see, answers 404 in the problem shape. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    private static final Logger LOG = Logger.getLogger(NotFoundMapper.class.getName());

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFound exception) {
        LOG.fine(() -> "Answered 404: " + PageErrors.oneLine(exception));
        return ProblemMapper.answer(Response.Status.NOT_FOUND, List.of(Problem.onField(null, "request.notFound")),
                messages, headers).build();
    }
}
