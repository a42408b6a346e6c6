package nl.publieksacademie.content.control;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.publieksacademie.courses.control.CourseReader;
import nl.publieksacademie.courses.control.QuizReader;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas shipped for editors (src/main/resources/schemas) agree with the readers: every shipped content
 * file and the valid fixture pass them, and broken fixtures that the readers refuse for their form fail them too.
 */
class SchemaTest {

    static final Path ROOT = Fixtures.contentDir();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static final Schema SCENARIO = schema("scenario.schema.json");
    static final Schema COMPETENCIES = schema("competencies.schema.json");
    static final Schema COURSE = schema("course.schema.json");
    static final Schema QUIZ = schema("quiz.schema.json");
    static final String COURSE_FIXTURE = "/fixtures/courses/basis/";

    static Schema schema(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + name);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read schema " + name, e);
        }
    }

    /** Loads YAML as the readers see it and turns it into JSON; integer keys such as {@code 2:} become text. */
    static JsonNode json(String file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).build();
        return node(new Load(settings).loadFromString(text));
    }

    static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, v) -> object.set(String.valueOf(key), node(v)));
            return object;
        } else if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(v -> array.add(node(v)));
            return array;
        } else if (value instanceof String s) {
            return nodes.stringNode(s);
        } else if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        } else if (value instanceof Integer i) {
            return nodes.numberNode(i);
        } else if (value instanceof Long l) {
            return nodes.numberNode(l);
        } else if (value instanceof BigInteger i) {
            return nodes.numberNode(i);
        } else if (value instanceof Double d) {
            return nodes.numberNode(d);
        } else if (value == null) {
            return nodes.nullNode();
        }
        throw new IllegalArgumentException("Unexpected YAML value of " + value.getClass());
    }

    /** The text of a file of the course fixture {@code fixtures/courses/basis/}. */
    static String courseFixture(String file) {
        try (InputStream in = SchemaTest.class.getResourceAsStream(COURSE_FIXTURE + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable fixture " + file, e);
        }
    }

    /** The schema of a file of a course folder: {@code course.yaml} or a quiz. */
    static Schema courseSchema(String file) {
        return file.endsWith(CourseReader.QUIZ_SUFFIX) ? QUIZ : COURSE;
    }

    static List<Error> validate(Schema schema, String file, String text) {
        return schema.validate(json(file, text));
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
    }

    static Set<String> locations(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation().toString()).collect(Collectors.toSet());
    }

    @Test
    void theShippedFrameworkMatchesItsSchema() throws IOException {
        String file = "courses/competencies.yaml";
        List<Error> errors = validate(COMPETENCIES, file, Files.readString(ROOT.resolve(file)));
        assertTrue(errors.isEmpty(), () -> file + ":\n" + describe(errors));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioMatchesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "at least four scenarios ship");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<Error> errors = validate(SCENARIO, file.toString(), Files.readString(file));
            assertTrue(errors.isEmpty(), () -> file + ":\n" + describe(errors));
        }));
    }

    @Test
    void theValidFixtureMatchesTheSchema() {
        List<Error> errors = validate(SCENARIO, "loket.yaml", Fixtures.scenario("loket.yaml"));
        assertTrue(errors.isEmpty(), () -> "loket.yaml:\n" + describe(errors));
    }

    @Test
    void aChatScenarioWithAHandOverMatchesTheSchemaAndABadTimeDoesNot() {
        String chat = Fixtures.scenario("chat-doorverbinden.yaml");
        List<Error> errors = validate(SCENARIO, "chat-doorverbinden.yaml", chat);
        assertTrue(errors.isEmpty(), () -> describe(errors));
        List<Error> wrong = validate(SCENARIO, "chat-doorverbinden.yaml", chat.replace("\"09:16\"", "\"9.16\"")
                .replace("setting: telefoon", "setting: whatsapp"));
        assertTrue(locations(wrong).containsAll(List.of("/nodes/bellen/time", "/nodes/telefoon/setting")),
                () -> describe(wrong));
    }

    @Test
    void aPointOfNoReturnMatchesTheSchema() {
        String marked = Fixtures.scenario("no-way-back.yaml").replace("  boos:\n", "  boos:\n    no_return: true\n");
        List<Error> errors = validate(SCENARIO, "no-way-back.yaml", marked);
        assertTrue(errors.isEmpty(), () -> describe(errors));
        List<Error> wrong = validate(SCENARIO, "no-way-back.yaml", marked.replace("no_return: true", "no_return: ja"));
        assertTrue(locations(wrong).contains("/nodes/boos/no_return"), () -> describe(wrong));
    }

    @Test
    void aNodeWithChoicesAndAnEndingAndAWeightOfFiveAreRefused() {
        String broken = Fixtures.scenario("loket.yaml")
                .replace("weight: 2,", "weight: 5,")
                .replace("      requires: [adres-gecontroleerd]\n", """
                              requires: [adres-gecontroleerd]
                            choices:
                              - {id: nog-iets, text: Nog iets?, goto: begin}
                        """);
        List<Error> errors = validate(SCENARIO, "loket.yaml", broken);
        Set<String> found = locations(errors);
        assertTrue(found.containsAll(Set.of("/nodes/klaar", "/nodes/begin/choices/0/evidence/0/weight")),
                () -> describe(errors));
    }

    @Test
    void theFrameworkSchemaRefusesAFifthLevelAndAnOutOfRangeTarget() throws IOException {
        String broken = Files.readString(ROOT.resolve("courses/competencies.yaml"))
                .replace("  - {level: 4, name: Zeer bekwaam}\n",
                        "  - {level: 4, name: Zeer bekwaam}\n  - {level: 5, name: Meester}\n")
                .replace("      kanaalsturing: 2\n", "      kanaalsturing: 5\n");
        List<Error> errors = validate(COMPETENCIES, "competencies.yaml", broken);
        assertTrue(locations(errors).containsAll(Set.of("/levels", "/roles/baliemedewerker/targets/kanaalsturing")),
                () -> describe(errors));
    }

    /** The broken fixtures whose problem is one of form: the schema refuses them where the reader does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bad-weight         | /nodes/begin/choices/0/evidence/0/weight
        choices-and-ending | /nodes/klaar
        dead-end           | /nodes/stil
        unknown-field      | /nodes/begin/choices/1
        """)
    void brokenFixturesOfFormAreRefusedAtTheSamePlace(String fixture, String location) {
        List<Error> errors = validate(SCENARIO, fixture + ".yaml", Fixtures.scenario(fixture + ".yaml"));
        assertTrue(locations(errors).contains(location), () -> describe(errors));
    }

    /** One change to the valid fixture per rule of form the reader enforces on single values. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        setting: balie                          | setting: loket                                    | /setting
        duration: 5                             | duration: 0                                       | /duration
        initials: PJ                            | initials: PJJJ                                    | /persona/initials
        gevraagd: {type: bool, start: false}    | gevraagd: {type: bool, min: 0, start: false}      | /variables/gevraagd
        gevraagd: {type: bool, start: false}    | gevraagd: {type: bool, start: 0}                  | /variables/gevraagd/start
        gevraagd: {type: bool, start: false}    | gevraagd: {type: bool, start: false, meter: true} | /variables/gevraagd/meter
        meter: true, label: Irritatie}          | meter: true}                                      | /variables/irritatie
        irritatie: {type: int, min: 0, max: 10, | irritatie: {type: int, max: 10,                   | /variables/irritatie
        gevraagd: {type: bool, start: false}    | not: {type: bool, start: false}                   | /variables
        effects: {gevraagd: true}               | effects: {Gevraagd: true}                         | /nodes/begin/choices/0/effects
        goto: adres                             | goto: Adres                                       | /nodes/begin/choices/0/goto
        outcome: geslaagd                       | outcome: gelukt                                   | /nodes/klaar/ending/outcome
        """)
    void eachRuleOfFormIsInTheSchema(String from, String to, String location) {
        String text = Fixtures.scenario("loket.yaml");
        assertTrue(text.contains(from), from);
        List<Error> errors = validate(SCENARIO, "loket.yaml", text.replace(from, to));
        assertTrue(locations(errors).contains(location), () -> describe(errors));
    }

    @Test
    void thePatternsAreTheReadersPatterns() {
        JsonNode defs = SCENARIO.getSchemaNode().get("$defs");
        assertEquals("^" + ScenarioReader.ID + "$",
                defs.get("id").get("pattern").asString());
        assertEquals("^" + ScenarioReader.VARIABLE + "$",
                defs.get("variableName").get("pattern").asString());
        assertEquals("^" + constant(CourseReader.class, "ID") + "$",
                COURSE.getSchemaNode().get("$defs").get("id").get("pattern").asString());
        assertEquals("^" + constant(QuizReader.class, "ID") + "$",
                QUIZ.getSchemaNode().get("$defs").get("id").get("pattern").asString());
    }

    /** A package-private constant of a reader in another package. */
    static String constant(Class<?> reader, String name) {
        try {
            Field field = reader.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(reader.getSimpleName() + "." + name, e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCourseAndQuizMatchesItsSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(ROOT.resolve("courses"), 2)) {
            files = all.filter(f -> ROOT.resolve("courses").relativize(f).getNameCount() == 2)
                    .filter(f -> f.getFileName().toString().equals(CourseReader.COURSE_FILE)
                            || f.getFileName().toString().endsWith(CourseReader.QUIZ_SUFFIX))
                    .sorted().toList();
        }
        assertTrue(files.stream().filter(f -> f.endsWith(CourseReader.COURSE_FILE)).count() >= 3,
                "at least three courses ship");
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(CourseReader.QUIZ_SUFFIX)), "quizzes ship");
        return files.stream().map(file -> DynamicTest.dynamicTest(
                file.getParent().getFileName() + "/" + file.getFileName(), () -> {
                    String name = file.getFileName().toString();
                    List<Error> errors = validate(courseSchema(name), file.toString(), Files.readString(file));
                    assertTrue(errors.isEmpty(), () -> file + ":\n" + describe(errors));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"course.yaml", "toets.quiz.yaml"})
    void theValidCourseFixtureMatchesTheSchemas(String file) {
        List<Error> errors = validate(courseSchema(file), file, courseFixture(file));
        assertTrue(errors.isEmpty(), () -> file + ":\n" + describe(errors));
    }

    /**
     * One change to the valid course fixture per rule of form that CourseReader and QuizReader enforce on single
     * values and entries ({@code \n} stands for a line break).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        course.yaml     | "title: Welkom\\n"                  | "title: Welkom\\n        duur: 5\\n"                 | /modules/0/steps/0
        course.yaml     | "duration: 30"                     | "duration: 0"                                       | /duration
        course.yaml     | "duration: 30"                     | "duration: 601"                                     | /duration
        course.yaml     | "roles: [baliemedewerker]"         | "roles: []"                                         | /roles
        course.yaml     | "competencies: [dienen, zorg]"     | "competencies: [dienen, dienen]"                    | /competencies
        course.yaml     | "competencies: [dienen, zorg]"     | "competencies: [Dienen]"                            | /competencies/0
        course.yaml     | "duration: 30\\nmodules:"          | "duration: 30\\nmodules: []\\nx:"                   | /modules
        course.yaml     | "- id: oefenen"                    | "- id: Oefenen"                                     | /modules/1/id
        course.yaml     | "    title: Oefenen\\n"            | ""                                                  | /modules/1
        course.yaml     | "    title: Oefenen\\n    steps:"  | "    title: Oefenen\\n    steps: []\\n    x:"       | /modules/1/steps
        course.yaml     | "quiz: toets.quiz.yaml"            | "quiz: toets.quiz.yaml\\n        lesson: extra.md"   | /modules/0/steps/1
        course.yaml     | "        lesson: extra.md\\n"      | ""                                                  | /modules/1/steps/1
        course.yaml     | "lesson: welkom.md"                | "lesson: welkom.md\\n        pass: [deels]"          | /modules/0/steps/0
        course.yaml     | "lesson: extra.md"                 | "lesson: extra.txt"                                 | /modules/1/steps/1/lesson
        course.yaml     | "quiz: toets.quiz.yaml"            | "quiz: toets.yaml"                                  | /modules/0/steps/1/quiz
        course.yaml     | "scenario: paspoort-verlopen"      | "scenario: Paspoort verlopen"                       | /modules/1/steps/0/scenario
        course.yaml     | "pass: [geslaagd, deels]"          | "pass: [geslaagd, half]"                            | /modules/1/steps/0/pass/1
        course.yaml     | "pass: [geslaagd, deels]"          | "pass: []"                                          | /modules/1/steps/0/pass
        course.yaml     | "optional: true"                   | "optional: ja"                                      | /modules/1/steps/1/optional
        toets.quiz.yaml | "pass_mark: 50"                    | "pass_mark: 0"                                      | /pass_mark
        toets.quiz.yaml | "pass_mark: 50"                    | "pass_mark: 101"                                    | /pass_mark
        toets.quiz.yaml | "- id: allebei"                    | "- id: Allebei"                                     | /questions/1/id
        toets.quiz.yaml | "question: Wat doe je eerst?"      | "vraag: Wat doe je eerst?"                          | /questions/0
        toets.quiz.yaml | "multiple: true"                   | "multiple: ja"                                      | /questions/1/multiple
        toets.quiz.yaml | "        feedback: Nee.\\n"        | ""                                                  | /questions/1/options/2
        toets.quiz.yaml | "      - text: Doorwerken.\\n        feedback: Liever niet.\\n" | ""                   | /questions/0/options
        toets.quiz.yaml | "feedback: Liever niet."           | "feedback: Liever niet.\\n        correct: true"     | /questions/0/options
        toets.quiz.yaml | "        correct: true\\n        feedback: Ja." | "        feedback: Ja."                  | /questions/1/options
        toets.quiz.yaml | "weight: 2"                        | "weight: 0"                                         | /questions/0/evidence/0/weight
        toets.quiz.yaml | "weight: 2"                        | "weight: 4"                                         | /questions/0/evidence/0/weight
        toets.quiz.yaml | "competency: dienen"               | "competency: Dienen"                                | /questions/0/evidence/0/competency
        toets.quiz.yaml | "        weight: 2\\n"             | ""                                                  | /questions/0/evidence/0
        """)
    void eachRuleOfFormIsInTheCourseSchemas(String file, String from, String to, String location) {
        String text = courseFixture(file);
        String before = from.replace("\\n", "\n");
        assertTrue(text.contains(before), from);
        List<Error> errors = validate(courseSchema(file), file, text.replace(before, to.replace("\\n", "\n")));
        assertTrue(locations(errors).contains(location), () -> describe(errors));
    }

    @Test
    void unknownTopLevelFieldsAreRefused() {
        List<Error> course = validate(COURSE, "course.yaml", courseFixture("course.yaml") + "level: 2\n");
        List<Error> quiz = validate(QUIZ, "toets.quiz.yaml", "shuffle: true\n" + courseFixture("toets.quiz.yaml"));
        assertTrue(describe(course).contains("level"), () -> describe(course));
        assertTrue(describe(quiz).contains("shuffle"), () -> describe(quiz));
    }

    @Test
    void aCourseOfOnlyOptionalStepsAndAQuestionWithSevenOptionsAreRefused() {
        String optional = courseFixture("course.yaml").replace("        optional: true\n", "")
                .replaceAll("(?m)^(        (lesson|quiz|scenario): .*)$", "$1\n        optional: true");
        List<Error> course = validate(COURSE, "course.yaml", optional);
        assertTrue(locations(course).contains("/modules"), () -> describe(course));
        String zuchten = "      - text: Zuchten.\n        feedback: Nee.\n";
        String seven = courseFixture("toets.quiz.yaml").replace(zuchten, zuchten.repeat(5));
        List<Error> quiz = validate(QUIZ, "toets.quiz.yaml", seven);
        assertTrue(locations(quiz).contains("/questions/1/options"), () -> describe(quiz));
    }
}
