package nl.publieksacademie.scenarios.expression;

import java.util.Map;

/**
 * Parses the expression language of scenario files by recursive descent. Grammar, loosest first:
 * <pre>
 * expr    = and {"or" and}
 * and     = not {"and" not}
 * not     = "not" not | compare
 * compare = sum [("==" | "!=" | "<" | "<=" | ">" | ">=") sum]
 * sum     = product {("+" | "-") product}
 * product = unary {("*" | "/") unary}
 * unary   = "-" unary | primary
 * primary = integer | "true" | "false" | name | "check(" check-id ")" | "(" expr ")"
 * </pre>
 * Nothing else is recognised: no calls, no fields, no strings. Authored text is never handed to an interpreter.
 */
public final class ExpressionParser {

    /**
     * The most characters an expression may have, whitespace not counted: printing adds spaces around operators, and
     * what the editor prints must read back. Whitespace is bounded apart, to keep the work bounded.
     */
    private static final int MAX_LENGTH = 500;
    private static final int MAX_LENGTH_WITH_WHITESPACE = 4 * MAX_LENGTH;
    private static final int MAX_DEPTH = 40;
    private static final Map<String, Operator> COMPARISONS = Map.of(
            "==", Operator.EQ, "!=", Operator.NE, "<", Operator.LT, "<=", Operator.LE, ">", Operator.GT,
            ">=", Operator.GE);

    private final String text;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} completely or throws an {@link ExpressionException} naming the offset. */
    public static Expression parse(String text) {
        if (text.length() > MAX_LENGTH_WITH_WHITESPACE
                || text.chars().filter(c -> !Character.isWhitespace(c)).count() > MAX_LENGTH) {
            throw new ExpressionException("expr.tooLong", 0, String.valueOf(MAX_LENGTH));
        }
        ExpressionParser parser = new ExpressionParser(text);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new ExpressionException("expr.empty", 0);
        }
        Expression expression = parser.or();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new ExpressionException("expr.unexpected", parser.pos, parser.rest());
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (word("or")) {
            left = new Expression.Binary(Operator.OR, left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (word("and")) {
            left = new Expression.Binary(Operator.AND, left, not());
        }
        return left;
    }

    private Expression not() {
        if (word("not")) {
            enter();
            Expression operand = not();
            depth--;
            return new Expression.Not(operand);
        }
        return compare();
    }

    private Expression compare() {
        Expression left = sum();
        skipSpace();
        for (String symbol : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                Expression right = sum();
                skipSpace();
                if (startsComparison()) {
                    throw new ExpressionException("expr.chainedComparison", pos);
                }
                return new Expression.Binary(COMPARISONS.get(symbol), left, right);
            }
        }
        if (text.startsWith("=", pos)) {
            throw new ExpressionException("expr.singleEquals", pos);
        }
        return left;
    }

    private boolean startsComparison() {
        return pos < text.length() && "=!<>".indexOf(text.charAt(pos)) >= 0;
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            skipSpace();
            if (symbol('+')) {
                left = new Expression.Binary(Operator.ADD, left, product());
            } else if (symbol('-')) {
                left = new Expression.Binary(Operator.SUB, left, product());
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            skipSpace();
            if (symbol('*')) {
                left = new Expression.Binary(Operator.MUL, left, unary());
            } else if (symbol('/')) {
                left = new Expression.Binary(Operator.DIV, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skipSpace();
        if (symbol('-')) {
            enter();
            Expression operand = unary();
            depth--;
            return new Expression.Negate(operand);
        }
        return primary();
    }

    private Expression primary() {
        skipSpace();
        if (atEnd()) {
            throw new ExpressionException("expr.missingOperand", pos);
        }
        int start = pos;
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            enter();
            Expression inner = or();
            depth--;
            skipSpace();
            if (!symbol(')')) {
                throw new ExpressionException("expr.missingParen", atEnd() ? start : pos);
            }
            return inner;
        }
        if (Character.isDigit(c)) {
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            String digits = text.substring(start, pos);
            if (digits.length() > 9) {
                throw new ExpressionException("expr.numberTooLarge", start, digits);
            }
            return new Expression.Literal(Integer.parseInt(digits), Expression.Type.INT);
        }
        if (isNameStart(c)) {
            while (!atEnd() && isNamePart(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            switch (name) {
                case "true":
                    return new Expression.Literal(1, Expression.Type.BOOL);
                case "false":
                    return new Expression.Literal(0, Expression.Type.BOOL);
                case "check":
                    return check(start);
                case "and":
                case "or":
                case "not":
                    throw new ExpressionException("expr.missingOperand", start);
                default:
                    return new Expression.Variable(name);
            }
        }
        throw new ExpressionException("expr.unexpected", start, rest());
    }

    private Expression check(int start) {
        skipSpace();
        if (!symbol('(')) {
            throw new ExpressionException("expr.checkSyntax", start);
        }
        skipSpace();
        int idStart = pos;
        while (!atEnd() && (isNamePart(text.charAt(pos)) || text.charAt(pos) == '-')) {
            pos++;
        }
        String id = text.substring(idStart, pos);
        skipSpace();
        if (id.isEmpty() || !symbol(')')) {
            throw new ExpressionException("expr.checkSyntax", start);
        }
        return new Expression.CheckSet(id);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException("expr.tooDeep", pos);
        }
    }

    private boolean word(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !isNamePart(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private String rest() {
        String rest = text.substring(pos);
        return rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
