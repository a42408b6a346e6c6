package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editor's model: every shipped scenario read into a draft and written again reads as the same graph; a blank
 * draft is valid; a half-finished draft is written as it stands, so the validator can say what is missing.
 */
class DraftTest {

    static Stream<Path> scenarios() throws IOException {
        return Files.list(Fixtures.contentDir().resolve("scenarios")).filter(p -> p.toString().endsWith(".yaml"))
                .sorted();
    }

    static ScenarioGraph graph(String name, String text) {
        var read = ScenarioReader.read(name, text, null);
        assertTrue(read.findings().errors().isEmpty(), () -> read.findings().errors().toString());
        return read.graph();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aShippedScenarioSurvivesTheEditorUnchanged(Path file) throws IOException {
        String text = Files.readString(file);
        String written = Draft.read(text).orElseThrow().write();
        assertEquals(graph("original", text), graph("written", written));
        assertEquals(written, Draft.read(written).orElseThrow().write(), "writing is stable");
    }

    @Test
    void aBlankDraftIsAValidScenario() {
        String text = Draft.blank("nieuw-gesprek", "Een nieuw gesprek", "balie").write();
        ContentCheck.Checked checked = ContentCheck.scenario("nieuw-gesprek.yaml", text, "nieuw-gesprek", null);
        assertEquals(List.of(), checked.errors());
        assertEquals("nieuw-gesprek", checked.scenario().id());
        assertEquals(Set.of("begin", "einde"), checked.scenario().nodes().keySet());
    }

    @Test
    void aHalfFinishedDraftIsKeptAsWrittenAndTheValidatorPointsAtIt() {
        Draft draft = Draft.blank("nieuw-gesprek", "Een nieuw gesprek", "balie");
        DraftNode begin = draft.node("begin").orElseThrow();
        DraftChoice choice = draft.addChoice(begin);
        choice.setText("Even kijken");
        choice.setCondition("geduld >");
        choice.setNext("nergens");
        DraftNode extra = draft.addNode("begin");
        assertEquals("begin-2", extra.getId());
        String text = draft.write();
        assertTrue(text.contains("if: geduld >"), text);
        assertTrue(text.contains("goto: nergens"), text);
        ContentCheck.Checked checked = ContentCheck.scenario("nieuw-gesprek.yaml", text, "nieuw-gesprek", null);
        List<String> paths = checked.errors().stream().map(Finding::path).toList();
        assertTrue(paths.contains("nodes.begin.choices[1].if"), paths.toString());
        assertTrue(paths.contains("nodes.begin-2"), paths.toString());
    }

    @Test
    void notYamlIsNoDraft() {
        assertTrue(Draft.read("title: [open").isEmpty());
        assertTrue(Draft.read("- een\n- lijst").isEmpty());
    }
}
