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

/** Refused input (from any component) answers 400 with every problem, each naming its field (and CSV line), in the caller's language. */
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
        Locale locale = Language.preferred(headers.getAcceptableLanguages());
        List<ErrorView> errors = invalid.problems().stream()
                .map(p -> new ErrorView(p.field(), p.line() > 0 ? p.line() : null,
                        messages.format(locale, p.key(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorsView(errors))
                .build();
    }
}
