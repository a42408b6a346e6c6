package nl.publieksacademie.scenarios.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    record Env(Map<String, Integer> values, Set<String> checks) implements Expression.Env {
        @Override
        public int value(String variable) {
            return values.get(variable);
        }

        @Override
        public boolean has(String check) {
            return checks.contains(check);
        }
    }

    static final Env ENV = new Env(Map.of("irritatie", 7, "vertrouwen", 2, "gevraagd", 1), Set.of("id-gecheckt"));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        irritatie + 2 * 3                          | 13
        (irritatie + 2) * 3                        | 27
        irritatie - vertrouwen - 1                 | 4
        irritatie / 2                              | 3
        irritatie / 0                              | 0
        -vertrouwen + 10                           | 8
        irritatie > 5 and vertrouwen < 3           | 1
        irritatie > 5 and not gevraagd             | 0
        irritatie < 5 or check(id-gecheckt)        | 1
        not check(ander-ding)                      | 1
        irritatie == 7 and vertrouwen != 7         | 1
        irritatie >= 7 and irritatie <= 7          | 1
        true and not false                         | 1
        not irritatie > 3 or vertrouwen == 2       | 1
        """)
    void evaluatesWithTheUsualPrecedence(String source, int expected) {
        assertEquals(expected, ExpressionParser.parse(source).eval(ENV));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        irritatie + 2 * 3
        (irritatie + 2) * 3
        irritatie - (vertrouwen - 1)
        not (irritatie > 5 and gevraagd) or check(id-gecheckt)
        -(irritatie + 1) / 2 >= 3
        (irritatie < 3) == gevraagd
        """)
    void printingGivesTextThatParsesToTheSameExpression(String source) {
        Expression parsed = ExpressionParser.parse(source);
        assertEquals(parsed, ExpressionParser.parse(parsed.print()));
        assertEquals(parsed.eval(ENV), ExpressionParser.parse(parsed.print()).eval(ENV));
    }

    @ParameterizedTest(name = "{1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
        irritatie +              | expr.missingOperand      | 11
        irritatie = 3            | expr.singleEquals        | 10
        1 < irritatie < 5        | expr.chainedComparison   | 14
        (irritatie + 1           | expr.missingParen        | 0
        irritatie en vertrouwen  | expr.unexpected          | 10
        System.exit(0)           | expr.unexpected          | 0
        check(                   | expr.checkSyntax         | 0
        1234567890               | expr.numberTooLarge      | 0
        '  '                     | expr.empty               | 0
        """)
    void refusesWhatIsNotInTheLanguageAndSaysWhere(String source, String key, int offset) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(source));
        assertEquals(key, e.key());
        assertEquals(offset, e.offset());
    }

    @Test
    void aLongCompactExpressionStillParsesOnceTheEditorHasPrintedIt() {
        // found by ExpressionParserFuzzTest: printing puts spaces around operators, so a compact expression of
        // nearly the full length came back from the editor longer than the limit and was refused
        String compact = "irritatie*2" + "+irritatie*2".repeat(40);
        assertTrue(compact.length() <= 500);
        Expression parsed = ExpressionParser.parse(compact);
        assertEquals(parsed, ExpressionParser.parse(parsed.print()));
    }

    @Test
    void theLengthLimitStillHolds() {
        String longer = "irritatie" + "+irritatie".repeat(50);
        assertEquals("expr.tooLong", assertThrows(ExpressionException.class, () -> ExpressionParser.parse(longer)).key());
        String blank = "1" + " ".repeat(5000);
        assertEquals("expr.tooLong", assertThrows(ExpressionException.class, () -> ExpressionParser.parse(blank)).key());
    }

    @Test
    void deeplyNestedTextIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(200) + "1" + ")".repeat(200);
        assertEquals("expr.tooDeep", assertThrows(ExpressionException.class, () -> ExpressionParser.parse(deep)).key());
    }

    @Test
    void rangeAnalysisKnowsWhenAConditionCanNeverHold() {
        Expression.Scope scope = new Expression.Scope() {
            @Override
            public Expression.Type type(String variable) {
                return Expression.Type.INT;
            }

            @Override
            public Expression.Interval range(String variable) {
                return new Expression.Interval(0, 10);
            }

            @Override
            public boolean checkDeclared(String check) {
                return true;
            }

            @Override
            public boolean checkSettable(String check) {
                return false;
            }
        };
        assertFalse(ExpressionParser.parse("irritatie > 10").truth(scope).canBeTrue());
        assertFalse(ExpressionParser.parse("irritatie + vertrouwen > 20").truth(scope).canBeTrue());
        assertFalse(ExpressionParser.parse("irritatie < 3 and irritatie * 2 > 20").truth(scope).canBeTrue());
        assertFalse(ExpressionParser.parse("check(nooit-gezet)").truth(scope).canBeTrue());
        assertTrue(ExpressionParser.parse("irritatie >= 10").truth(scope).canBeTrue());
        assertTrue(ExpressionParser.parse("irritatie + vertrouwen == 20").truth(scope).canBeTrue());
        assertTrue(ExpressionParser.parse("not check(nooit-gezet)").truth(scope).canBeTrue());
    }
}
