package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/** Contention that outlasted the retries answers 503 with {@code Retry-After}: try again, nothing was stored. */
@Provider
public class DatabaseBusyMapper implements ExceptionMapper<DatabaseBusy> {

    private static final Logger LOG = Logger.getLogger(DatabaseBusyMapper.class.getName());

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DatabaseBusy busy) {
        LOG.warning(() -> "Answered 503: " + PageErrors.oneLine(busy));
        return ProblemMapper.answer(Response.Status.SERVICE_UNAVAILABLE, List.of(Problem.onField(null,
                "request.busy")), messages, headers)
                .header("Retry-After", DatabaseBusy.RETRY_AFTER_SECONDS).build();
    }
}
