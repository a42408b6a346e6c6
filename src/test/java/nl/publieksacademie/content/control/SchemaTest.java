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
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
                .replace("  - {level: 4, name: Voorbeeld voor anderen}\n",
                        "  - {level: 4, name: Voorbeeld voor anderen}\n  - {level: 5, name: Meester}\n")
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
    }
}
