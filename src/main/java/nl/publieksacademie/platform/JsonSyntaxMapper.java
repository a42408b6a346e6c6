package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON (or nested too deep) answers 400, with the line and column where reading stopped. */
@Provider
public class JsonSyntaxMapper implements ExceptionMapper<JsonException> {

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonException exception) {
        return ProblemMapper.answer(Response.Status.BAD_REQUEST, JsonBodyProblems.of(exception).orElseThrow(),
                messages, headers).build();
    }
}
