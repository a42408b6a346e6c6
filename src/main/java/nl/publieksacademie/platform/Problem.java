package nl.publieksacademie.platform;

import java.util.List;

/**
 * One thing wrong with input: the field (or CSV line) it is about, and a bundle key with arguments, so the page and
 * the API can say it in the user's language.
 */
public record Problem(String field, int line, String key, List<Object> arguments) {

    public static Problem onField(String field, String key, Object... arguments) {
        return new Problem(field, 0, key, List.of(arguments));
    }

    public static Problem onLine(int line, String field, String key, Object... arguments) {
        return new Problem(field, line, key, List.of(arguments));
    }
}
