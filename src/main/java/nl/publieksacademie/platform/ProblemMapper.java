package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Refused input (from any component) answers 400 with every problem, each naming its field (and CSV line), in the
 * caller's language. The other mappers of the platform answer in the same shape: {@code {"errors": [...]}}.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<InvalidInput> {

    public record ErrorView(String field, Integer line, String message) {}

    public record ErrorsView(List<ErrorView> errors) {}

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInput invalid) {
        return answer(Response.Status.BAD_REQUEST, invalid.problems(), messages, headers).build();
    }

    /** An answer with {@code status} and the problems in the caller's language, for the mappers to finish. */
    static Response.ResponseBuilder answer(Response.Status status, List<Problem> problems, Messages messages,
            HttpHeaders headers) {
        Locale locale = Language.preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
        List<ErrorView> errors = problems.stream()
                .map(p -> new ErrorView(p.field(), p.line() > 0 ? p.line() : null,
                        messages.format(locale, p.key(), p.arguments().toArray())))
                .toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorsView(errors));
    }
}
