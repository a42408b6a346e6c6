package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;
import org.junit.jupiter.api.Test;

/** The optional {@code better} of a variable: read, written back, checked, and its default by name. */
class MeterDirectionTest {

    static final String FILE = """
            id: richting
            title: Richting
            summary: Welke kant is goed.
            setting: telefoon
            duration: 2
            persona: {name: Piet, initials: P, description: Belt.}
            competencies: [dienen]
            variables:
              wachttijd: {type: int, min: 0, max: 10, start: 2, meter: true, label: Wachttijd, better: lower}
              irritatie: {type: int, min: 0, max: 10, start: 5, meter: true, label: Irritatie}
              vertrouwen: {type: int, min: 0, max: 10, start: 5, meter: true, label: Vertrouwen}
            start: vraag
            nodes:
              vraag:
                says: Hallo?
                choices:
                  - id: groet
                    text: Goedemiddag.
                    evidence:
                      - {competency: dienen, weight: 1, reason: Groet.}
                    feedback: Goed.
                    goto: einde
              einde:
                narration: Klaar.
                ending: {outcome: geslaagd, title: Klaar, debrief: Klaar.}
            """;

    @Test
    void aWrittenDirectionWinsAndOtherwiseTheNameDecides() {
        ScenarioGraph graph = ScenarioReader.read("richting.yaml", FILE, "richting").graph();
        assertTrue(graph.variables().get("wachttijd").lowerIsBetter(), "as written");
        assertTrue(graph.variables().get("irritatie").lowerIsBetter(), "by its name");
        assertFalse(graph.variables().get("vertrouwen").lowerIsBetter(), "by its name");
        assertTrue(new Variable("mate_van_ergernis", Variable.Type.INT, 0, 5, 0, true, "E").lowerIsBetter());
        assertFalse(new Variable("irritatie", Variable.Type.INT, 0, 5, 0, true, "I", Variable.Better.HIGHER)
                .lowerIsBetter(), "a written direction beats the name");
    }

    @Test
    void theDirectionSurvivesWritingAndTheEditorAndOnlyWhereItWasWritten() {
        ScenarioGraph graph = ScenarioReader.read("richting.yaml", FILE, "richting").graph();
        String written = ScenarioWriter.write(graph);
        assertTrue(written.contains("better: lower"), written);
        assertEquals(1, written.split("better:", -1).length - 1, "no direction added where none was written");
        assertEquals(graph, ScenarioReader.read("richting.yaml", written, "richting").graph());
        String edited = Draft.read(FILE).orElseThrow().write();
        assertEquals(graph, ScenarioReader.read("richting.yaml", edited, "richting").graph());
    }

    @Test
    void anUnknownDirectionIsAnError() {
        var read = ScenarioReader.read("richting.yaml", FILE.replace("better: lower", "better: sideways"), "richting");
        assertEquals(List.of("scenario.badBetter"), read.findings().errors().stream().map(f -> f.key()).toList());
    }
}
