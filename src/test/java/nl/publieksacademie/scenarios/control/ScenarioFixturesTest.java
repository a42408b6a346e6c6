package nl.publieksacademie.scenarios.control;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken fixture per kind of problem (src/test/resources/fixtures/scenarios), each a copy of the valid
 * {@code loket.yaml} with one thing changed; the finding's line, column, path and message are asserted exactly.
 */
class ScenarioFixturesTest {

    static final Set<String> FRAMEWORK = Set.of("dienen", "vakdeskundigheid", "zorg");

    static ContentCheck.Checked check(String id) {
        String file = id + ".yaml";
        var read = ScenarioReader.read(file, Fixtures.scenario(file), id);
        if (read.graph() != null) {
            ScenarioValidator.validate(read.graph(), read.findings(), FRAMEWORK);
        }
        return new ContentCheck.Checked(file, read.findings().errors(), read.findings().warnings(), read.graph(),
                null);
    }

    @Test
    void theBaseFixtureIsCleanWithoutWarnings() {
        ContentCheck.Checked checked = check("loket");
        assertTrue(checked.valid(), checked.report(Locale.ROOT));
        assertEquals(List.of(), checked.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-goto                  | 46 | 9  | nodes.adres.choices[0].goto | Choice "afronden" goes to node "klaarr", which does not exist. Fix the id or add the node. Known nodes: begin, adres, boos, klaar, vertrokken.
        unreachable-node              | 70 | 3  | nodes.vergeten | Node "vergeten" cannot be reached from the start node "begin": no choice leads to it. Link it with a goto or remove it.
        dead-end                      | 63 | 3  | nodes.stil | Node "stil" has no choices and is not an ending: the learner would be stuck. Add choices or an ending.
        no-ending-reachable           | 37 | 3  | nodes.adres | From node "adres" no ending can be reached: the learner would go round in circles. Let one of its paths lead to an ending.
        condition-never-holds         | 42 | 9  | nodes.adres.choices[0].if | The condition "irritatie > 10" can never hold with the declared ranges, so this choice is never shown. Fix the condition or the range.
        undeclared-variable           | 42 | 9  | nodes.adres.choices[0].if | The variable "ergernis" is not declared. Declare it under variables.
        undeclared-check              | 25 | 37 | nodes.begin.choices[0].sets[1] | The check "handtekening" is not declared under checks. Declared: adres-gecontroleerd.
        competency-not-listed         | 44 | 14 | nodes.adres.choices[0].evidence[0].competency | The competency "zorg" is not listed in this scenario's competencies. Add it there or use a listed one.
        competency-not-in-framework   | 11 | 42 | competencies[2] | The competency "toveren" is not in the framework (courses/competencies.yaml). Known: dienen, vakdeskundigheid, zorg.
        effect-out-of-range           | 32 | 19 | nodes.begin.choices[1].effects.irritatie | The effect "15" always takes "irritatie" outside its range 0..10. Values are clamped to the range, so this effect has no meaning as written.
        effect-wrong-type             | 24 | 19 | nodes.begin.choices[0].effects.gevraagd | The variable "gevraagd" is bool, but "3" gives another type.
        duplicate-node                | 70 | 3  | nodes.klaar | "klaar" appears twice in the same place (first on line 64). Ids must be unique: rename or remove one.
        duplicate-choice              | 57 | 9  | nodes.boos.choices[1].id | Another choice in this node already has the id "sorry". Choice ids must be unique within a node.
        check-never-set-before-ending | 71 | 39 | nodes.klaar.ending.requires[1] | The ending "klaar" requires the check "handtekening", but no path to this ending sets it. Let a choice on the way set it, or drop the requirement.
        yaml-syntax                   | 39 | 4  | '' | This is not valid YAML: while parsing a block mapping, expected <block end>, but found '<block mapping start>'. Check the indentation and quotes on this line.
        unknown-field                 | 36 | 9  | nodes.begin.choices[1].gotoo | Unknown field "gotoo". Allowed here: id, text, if, effects, sets, evidence, feedback, goto. Check the spelling.
        expression-syntax             | 42 | 22 | nodes.adres.choices[0].if | Unexpected "en irritatie < 8" in the expression. Allowed: numbers, true, false, variable names, + - * /, == != < <= > >=, and, or, not, check(id) and parentheses.
        unknown-start                 | 17 | 1  | start | The start node "beginn" does not exist. Known nodes: begin, adres, boos, klaar, vertrokken.
        bad-weight                    | 27 | 44 | nodes.begin.choices[0].evidence[0].weight | Weight 5 is not allowed: use a whole number from -3 to 3, not 0.
        id-not-file-name              | 2  | 1  | id | The id "balie-verhuizing" must equal the file name: change it to "id-not-file-name" or rename the file to balie-verhuizing.yaml.
        choices-and-ending            | 63 | 3  | nodes.klaar | Node "klaar" has both choices and an ending. A node either offers choices or ends the conversation.
        start-out-of-range            | 13 | 43 | variables.irritatie.start | The start value 12 of "irritatie" lies outside its range 0..10.
        """)
    void eachBrokenFixtureIsRefusedWithTheExactPlaceAndMessage(String fixture, int line, int column, String path,
            String message) {
        ContentCheck.Checked checked = check(fixture);
        assertFalse(checked.valid(), fixture + " should be refused");
        String expected = line + ":" + column + " " + (path == null ? "" : path) + " " + message;
        List<String> found = checked.errors().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.path() + " " + f.message())
                .toList();
        assertTrue(found.contains(expected),
                () -> "Expected " + line + ":" + column + " " + path + " " + message + "\nfound:\n"
                        + found.stream().collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing-feedback | 40 | nodes.adres.choices[0] | Choice "afronden" has no feedback for the debrief.
        missing-evidence | 50 | nodes.boos.choices[0]  | Choice "sorry" gives no evidence for any competency.
        """)
    void choicesWithoutFeedbackOrEvidenceOnlyWarn(String fixture, int line, String path, String message) {
        ContentCheck.Checked checked = check(fixture);
        assertTrue(checked.valid(), checked.report(Locale.ROOT));
        assertEquals(1, checked.warnings().size(), checked.report(Locale.ROOT));
        Finding warning = checked.warnings().get(0);
        assertEquals(List.of(line, path, message), List.of(warning.line(), warning.path(), warning.message()));
    }

    @Test
    void aFileWithManyProblemsReportsThemAllInOnePass() {
        String text = Fixtures.scenario("loket.yaml")
                .replace("goto: klaar", "goto: klaarr")
                .replace("if: gevraagd and irritatie < 8", "if: gevraagd and ergernis < 8")
                .replace("weight: 2,", "weight: 9,");
        var read = ScenarioReader.read("loket.yaml", text, "loket");
        ScenarioValidator.validate(read.graph(), read.findings(), FRAMEWORK);
        Set<String> paths = read.findings().errors().stream().map(Finding::path).collect(Collectors.toSet());
        assertTrue(paths.containsAll(Set.of("nodes.adres.choices[0].goto", "nodes.adres.choices[0].if",
                "nodes.begin.choices[0].evidence[0].weight")), paths::toString);
    }

    @Test
    void messagesAreAlsoInDutch() {
        Finding finding = check("unknown-goto").errors().stream()
                .filter(f -> f.path().endsWith(".goto")).findFirst().orElseThrow();
        String dutch = finding.message(Locale.forLanguageTag("nl"));
        assertTrue(dutch.contains("klaarr") && !dutch.equals(finding.message()), dutch);
    }
}
