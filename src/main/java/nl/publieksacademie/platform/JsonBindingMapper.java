package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON body with a value of the wrong type (text for a number, a list for a text) answers 400. */
@Provider
public class JsonBindingMapper implements ExceptionMapper<JsonbException> {

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemMapper.answer(Response.Status.BAD_REQUEST, JsonBodyProblems.of(exception).orElseThrow(),
                messages, headers).build();
    }
}
