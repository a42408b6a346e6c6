package nl.publieksacademie.scenarios.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Any text either parses or is refused with an {@link ExpressionException} pointing into the text; what parses
 * prints back to text that parses to the same expression (the editor saves scenarios that way), and evaluating,
 * typing and range analysis never fail. Saved inputs replay in every build; {@code mvn -Pfuzz} fuzzes.
 */
class ExpressionParserFuzzTest {

    static final Expression.Env ENV = new Expression.Env() {
        @Override
        public int value(String variable) {
            return variable.hashCode();
        }

        @Override
        public boolean has(String check) {
            return check.length() % 2 == 0;
        }
    };

    static final Expression.Scope SCOPE = new Expression.Scope() {
        @Override
        public Expression.Type type(String variable) {
            return variable.startsWith("b") ? Expression.Type.BOOL
                    : variable.startsWith("u") ? null : Expression.Type.INT;
        }

        @Override
        public Expression.Interval range(String variable) {
            return variable.startsWith("b") ? new Expression.Interval(0, 1)
                    : Expression.Interval.of(-variable.length(), Integer.MAX_VALUE);
        }

        @Override
        public boolean checkDeclared(String check) {
            return !check.startsWith("u");
        }

        @Override
        public boolean checkSettable(String check) {
            return check.length() % 2 == 0;
        }
    };

    @FuzzTest
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void parsesOrRefusesAndPrintsBackWhatItParsed(byte[] input) {
        if (input.length > 4096) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        Expression expression;
        try {
            expression = ExpressionParser.parse(text);
        } catch (ExpressionException refused) {
            assertTrue(refused.offset() >= 0 && refused.offset() <= text.length(), refused::getMessage);
            return;
        }
        String printed = expression.print();
        assertEquals(expression, ExpressionParser.parse(printed), () -> text + " printed as " + printed);
        expression.eval(ENV);
        Expression.Type type = expression.type(SCOPE, problem -> {});
        if (type == Expression.Type.BOOL) {
            expression.truth(SCOPE);
        } else if (type == Expression.Type.INT) {
            expression.range(SCOPE);
        }
        expression.names(new HashSet<>(), new HashSet<>());
    }
}
