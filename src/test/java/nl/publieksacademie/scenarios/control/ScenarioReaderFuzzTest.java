package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Timeout;

/**
 * Any text given as a scenario file is read and checked (as the importer, the upload endpoint and the editor do)
 * into findings: never an exception, never a hang, and a report that can be shown. Saved inputs under
 * {@code ScenarioReaderFuzzTestInputs/} replay in every build; {@code mvn -Pfuzz} fuzzes.
 */
class ScenarioReaderFuzzTest {

    static final Set<String> FRAMEWORK = Set.of("dienen", "vakdeskundigheid", "zorg");

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anyTextGivesFindingsNotAnException(byte[] input) {
        if (input.length > 64 * 1024) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        ScenarioReader.Read read = ScenarioReader.read("fuzz.yaml", text, "loket");
        if (read.graph() != null) {
            ScenarioValidator.validate(read.graph(), read.findings(), FRAMEWORK);
        }
        ContentCheck.Checked checked = new ContentCheck.Checked("fuzz.yaml", read.findings().errors(),
                read.findings().warnings(), read.graph(), null);
        assertNotNull(checked.report(Locale.ENGLISH));
        assertNotNull(checked.report(Locale.forLanguageTag("nl")));
        if (checked.valid()) {
            assertEquals("loket", read.graph().id());
            playFirstVisibleChoices(read.graph());
        }
    }

    /** A valid scenario plays: taking the first visible choice each time, at most 200 steps. */
    private static void playFirstVisibleChoices(ScenarioGraph graph) {
        PlayState state = ScenarioEngine.start(graph);
        for (int step = 0; step < 200; step++) {
            var choices = ScenarioEngine.visible(graph, state);
            if (choices.isEmpty()) {
                return;
            }
            Step next = ScenarioEngine.choose(graph, state, choices.get(0).id());
            if (next.ended()) {
                return;
            }
            state = next.state();
        }
    }
}
