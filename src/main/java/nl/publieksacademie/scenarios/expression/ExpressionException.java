package nl.publieksacademie.scenarios.expression;

import java.util.List;

/**
 * Authored text that is not a valid expression. Carries a message key of the findings bundle, its arguments and the
 * 0-based offset in the expression where the problem is.
 */
public class ExpressionException extends RuntimeException {

    private final String key;
    private final List<String> args;
    private final int offset;

    public ExpressionException(String key, int offset, String... args) {
        super(key + " at " + offset + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
        this.offset = offset;
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    public int offset() {
        return offset;
    }
}
