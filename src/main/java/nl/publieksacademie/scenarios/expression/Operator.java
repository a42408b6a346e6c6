package nl.publieksacademie.scenarios.expression;

import java.util.function.Consumer;
import nl.publieksacademie.scenarios.expression.Expression.Interval;
import nl.publieksacademie.scenarios.expression.Expression.Scope;
import nl.publieksacademie.scenarios.expression.Expression.Truth;
import nl.publieksacademie.scenarios.expression.Expression.Type;

/** The binary operators, with their precedence, typing, evaluation and range analysis. */
public enum Operator {
    OR("or", 1), AND("and", 2),
    EQ("==", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
    ADD("+", 5), SUB("-", 5), MUL("*", 6), DIV("/", 6);

    static final int NOT_PRECEDENCE = 3;
    static final int UNARY_PRECEDENCE = 7;

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    int precedence() {
        return precedence;
    }

    boolean isComparison() {
        return precedence == 4;
    }

    int apply(Expression left, Expression right, Expression.Env env) {
        switch (this) {
            case OR:
                return left.eval(env) != 0 || right.eval(env) != 0 ? 1 : 0;
            case AND:
                return left.eval(env) != 0 && right.eval(env) != 0 ? 1 : 0;
            default:
                break;
        }
        int a = left.eval(env);
        int b = right.eval(env);
        return switch (this) {
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case LT -> a < b ? 1 : 0;
            case LE -> a <= b ? 1 : 0;
            case GT -> a > b ? 1 : 0;
            case GE -> a >= b ? 1 : 0;
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : a / b;
            default -> throw new IllegalStateException(symbol);
        };
    }

    Type type(Expression left, Expression right, Scope scope, Consumer<String[]> problems) {
        Type a = left.type(scope, problems);
        Type b = right.type(scope, problems);
        if (a == null || b == null) {
            return null;
        }
        Type operands = switch (this) {
            case OR, AND -> Type.BOOL;
            case EQ, NE -> a;
            default -> Type.INT;
        };
        if (a != operands || b != operands) {
            Expression wrong = a != operands ? left : right;
            problems.accept(new String[] {"expr.operandType", symbol, operands.name().toLowerCase(), wrong.print()});
            return null;
        }
        return precedence >= 5 ? Type.INT : Type.BOOL;
    }

    Interval range(Interval a, Interval b) {
        return switch (this) {
            case ADD -> Interval.of(a.lo() + b.lo(), a.hi() + b.hi());
            case SUB -> Interval.of(a.lo() - b.hi(), a.hi() - b.lo());
            case MUL -> span(a.lo() * b.lo(), a.lo() * b.hi(), a.hi() * b.lo(), a.hi() * b.hi());
            case DIV -> divide(a, b);
            default -> new Interval(0, 1);
        };
    }

    private static Interval divide(Interval a, Interval b) {
        if (b.lo() <= 0 && b.hi() >= 0) {
            long m = Math.max(Math.abs(a.lo()), Math.abs(a.hi()));
            return Interval.of(-m, m);
        }
        return span(a.lo() / b.lo(), a.lo() / b.hi(), a.hi() / b.lo(), a.hi() / b.hi());
    }

    private static Interval span(long... values) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Interval.of(lo, hi);
    }

    Truth truth(Expression left, Expression right, Scope scope) {
        if (this == AND || this == OR) {
            Truth l = left.truth(scope);
            Truth r = right.truth(scope);
            return this == AND
                    ? new Truth(l.canBeTrue() && r.canBeTrue(), l.canBeFalse() || r.canBeFalse())
                    : new Truth(l.canBeTrue() || r.canBeTrue(), l.canBeFalse() && r.canBeFalse());
        }
        if (!isComparison()) {
            return Truth.EITHER;
        }
        if (left.type(scope, p -> {}) == Type.BOOL) {
            Truth l = left.truth(scope);
            Truth r = right.truth(scope);
            boolean same = (l.canBeTrue() && r.canBeTrue()) || (l.canBeFalse() && r.canBeFalse());
            boolean differ = (l.canBeTrue() && r.canBeFalse()) || (l.canBeFalse() && r.canBeTrue());
            return this == EQ ? new Truth(same, differ) : new Truth(differ, same);
        }
        Interval a = left.range(scope);
        Interval b = right.range(scope);
        boolean fixedEqual = a.lo() == a.hi() && b.lo() == b.hi() && a.lo() == b.lo();
        return switch (this) {
            case EQ -> new Truth(a.overlaps(b.lo(), b.hi()), !fixedEqual);
            case NE -> new Truth(!fixedEqual, a.overlaps(b.lo(), b.hi()));
            case LT -> new Truth(a.lo() < b.hi(), a.hi() >= b.lo());
            case LE -> new Truth(a.lo() <= b.hi(), a.hi() > b.lo());
            case GT -> new Truth(a.hi() > b.lo(), a.lo() <= b.hi());
            case GE -> new Truth(a.hi() >= b.lo(), a.lo() < b.hi());
            default -> Truth.EITHER;
        };
    }

    /** Prints {@code e} as an operand needing at least {@code precedence}, in parentheses when it binds looser. */
    static String wrap(Expression e, int precedence) {
        int own;
        if (e instanceof Expression.Binary b) {
            own = b.operator().precedence();
        } else if (e instanceof Expression.Not) {
            own = NOT_PRECEDENCE;
        } else {
            own = Integer.MAX_VALUE;
        }
        return own < precedence ? "(" + e.print() + ")" : e.print();
    }
}
