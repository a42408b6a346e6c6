package nl.publieksacademie.scenarios.expression;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A parsed condition or effect. Integers are Java ints; booleans are evaluated as 1 (true) and 0 (false) after the
 * validator has checked the types. Division by zero gives 0. Printing gives back source text that parses to an
 * equal expression.
 */
public sealed interface Expression {

    enum Type { INT, BOOL }

    /** What an expression reads at run time. */
    interface Env {
        int value(String variable);

        boolean has(String check);
    }

    /** What the validator knows: declared variables and checks, their ranges, and which checks can ever be set. */
    interface Scope {
        /** The type of a declared variable, or null when it is not declared. */
        Type type(String variable);

        /** The lowest and highest value a variable can hold. */
        Interval range(String variable);

        boolean checkDeclared(String check);

        boolean checkSettable(String check);
    }

    int eval(Env env);

    default boolean test(Env env) {
        return eval(env) != 0;
    }

    /** The type, or null after reporting a problem to {@code problems}. */
    Type type(Scope scope, Consumer<String[]> problems);

    /** The values this integer expression can take given the declared ranges (an over-approximation). */
    Interval range(Scope scope);

    /** Whether this boolean expression can be true, and can be false, given the declared ranges. */
    Truth truth(Scope scope);

    void names(Set<String> variables, Set<String> checks);

    String print();

    /** A closed range of integers, widened to longs so arithmetic on it cannot overflow. */
    record Interval(long lo, long hi) {
        static final Interval ANY = new Interval(Integer.MIN_VALUE, Integer.MAX_VALUE);

        public static Interval of(long lo, long hi) {
            return new Interval(Math.max(lo, Integer.MIN_VALUE), Math.min(hi, Integer.MAX_VALUE));
        }

        public boolean overlaps(long min, long max) {
            return lo <= max && hi >= min;
        }
    }

    /** Which truth values a boolean expression can take. */
    record Truth(boolean canBeTrue, boolean canBeFalse) {
        static final Truth EITHER = new Truth(true, true);
    }

    record Literal(int value, Type literalType) implements Expression {
        @Override
        public int eval(Env env) {
            return value;
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            return literalType;
        }

        @Override
        public Interval range(Scope scope) {
            return new Interval(value, value);
        }

        @Override
        public Truth truth(Scope scope) {
            return new Truth(value != 0, value == 0);
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {}

        @Override
        public String print() {
            return literalType == Type.BOOL ? String.valueOf(value != 0) : String.valueOf(value);
        }
    }

    record Variable(String name) implements Expression {
        @Override
        public int eval(Env env) {
            return env.value(name);
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            Type type = scope.type(name);
            if (type == null) {
                problems.accept(new String[] {"expr.unknownVariable", name});
            }
            return type;
        }

        @Override
        public Interval range(Scope scope) {
            return scope.range(name);
        }

        @Override
        public Truth truth(Scope scope) {
            Interval range = scope.range(name);
            return new Truth(range.hi() != 0 || range.lo() != 0, range.overlaps(0, 0));
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {
            variables.add(name);
        }

        @Override
        public String print() {
            return name;
        }
    }

    record CheckSet(String check) implements Expression {
        @Override
        public int eval(Env env) {
            return env.has(check) ? 1 : 0;
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            if (!scope.checkDeclared(check)) {
                problems.accept(new String[] {"expr.unknownCheck", check});
                return null;
            }
            return Type.BOOL;
        }

        @Override
        public Interval range(Scope scope) {
            return new Interval(0, 1);
        }

        @Override
        public Truth truth(Scope scope) {
            return new Truth(scope.checkSettable(check), true);
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {
            checks.add(check);
        }

        @Override
        public String print() {
            return "check(" + check + ")";
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public int eval(Env env) {
            return operand.eval(env) == 0 ? 1 : 0;
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            return expect(operand, Type.BOOL, "not", scope, problems) ? Type.BOOL : null;
        }

        @Override
        public Interval range(Scope scope) {
            return new Interval(0, 1);
        }

        @Override
        public Truth truth(Scope scope) {
            Truth inner = operand.truth(scope);
            return new Truth(inner.canBeFalse(), inner.canBeTrue());
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {
            operand.names(variables, checks);
        }

        @Override
        public String print() {
            return "not " + Operator.wrap(operand, Operator.NOT_PRECEDENCE);
        }
    }

    record Negate(Expression operand) implements Expression {
        @Override
        public int eval(Env env) {
            return -operand.eval(env);
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            return expect(operand, Type.INT, "-", scope, problems) ? Type.INT : null;
        }

        @Override
        public Interval range(Scope scope) {
            Interval inner = operand.range(scope);
            return Interval.of(-inner.hi(), -inner.lo());
        }

        @Override
        public Truth truth(Scope scope) {
            return Truth.EITHER;
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {
            operand.names(variables, checks);
        }

        @Override
        public String print() {
            return "-" + Operator.wrap(operand, Operator.UNARY_PRECEDENCE);
        }
    }

    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        @Override
        public int eval(Env env) {
            return operator.apply(left, right, env);
        }

        @Override
        public Type type(Scope scope, Consumer<String[]> problems) {
            return operator.type(left, right, scope, problems);
        }

        @Override
        public Interval range(Scope scope) {
            return operator.range(left.range(scope), right.range(scope));
        }

        @Override
        public Truth truth(Scope scope) {
            return operator.truth(left, right, scope);
        }

        @Override
        public void names(Set<String> variables, Set<String> checks) {
            left.names(variables, checks);
            right.names(variables, checks);
        }

        @Override
        public String print() {
            int leftNeeds = operator.isComparison() ? operator.precedence() + 1 : operator.precedence();
            return Operator.wrap(left, leftNeeds) + " " + operator.symbol() + " "
                    + Operator.wrap(right, operator.precedence() + 1);
        }
    }

    private static boolean expect(Expression operand, Type wanted, String symbol, Scope scope,
            Consumer<String[]> problems) {
        Type type = operand.type(scope, problems);
        if (type == null) {
            return false;
        }
        if (type != wanted) {
            problems.accept(new String[] {"expr.operandType", symbol, wanted.name().toLowerCase(), operand.print()});
            return false;
        }
        return true;
    }
}
