package nl.publieksacademie.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.NoContentException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON request body the binding could not read: missing, nested too deep, not JSON (with
 * line and column), or a value of the wrong type (with the property when the binding names it). The binding's own message
 * names framework classes, so it is logged on one line and never sent.
 */
final class JsonBodyProblems {

    private static final Logger LOG = Logger.getLogger(JsonBodyProblems.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    private JsonBodyProblems() {}

    /** The problems of an unreadable JSON body, or empty when {@code failure} is not about the body's JSON. */
    static Optional<List<Problem>> of(Throwable failure) {
        JsonParsingException syntax = null;
        JsonbException binding = null;
        JsonException json = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return Optional.of(invalid.problems());
            }
            if (t instanceof NoContentException) {
                return Optional.of(List.of(Problem.onField(null, "request.noBody")));
            }
            if (t instanceof JsonNestingLimit.TooDeep) {
                log(t);
                return Optional.of(List.of(Problem.onField(null, "request.tooDeep", JsonNestingLimit.MAX_DEPTH)));
            }
            if (t instanceof JsonParsingException p && syntax == null) {
                syntax = p;
            } else if (t instanceof JsonbException b && binding == null) {
                binding = b;
            } else if (t instanceof JsonException j && json == null) {
                json = j;
            }
        }
        if (syntax != null) {
            log(syntax);
            JsonLocation at = syntax.getLocation();
            if (at != null && at.getLineNumber() > 0) {
                return Optional.of(List.of(Problem.onLine((int) at.getLineNumber(), null, "request.notJsonAt",
                        at.getLineNumber(), at.getColumnNumber())));
            }
            return Optional.of(List.of(Problem.onField(null, "request.notJson")));
        }
        if (json != null) {
            log(json);
            return Optional.of(List.of(Problem.onField(null, "request.notJson")));
        }
        if (binding != null) {
            log(binding);
            Matcher property = PROPERTY.matcher(String.valueOf(binding.getMessage()));
            return Optional.of(List.of(property.find()
                    ? Problem.onField(property.group(1), "request.wrongTypeOf", property.group(1))
                    : Problem.onField(null, "request.wrongType")));
        }
        return Optional.empty();
    }

    private static void log(Throwable t) {
        LOG.info(() -> "Refused a JSON request body: " + PageErrors.oneLine(t));
    }
}
