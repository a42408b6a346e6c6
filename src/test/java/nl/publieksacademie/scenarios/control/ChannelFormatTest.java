package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.content.control.ContentCheck;
import nl.publieksacademie.content.control.Finding;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Setting;
import org.junit.jupiter.api.Test;

/**
 * The chat and e-mail settings: a scenario may start in a written channel, a node may switch the channel from
 * there on ({@code setting}) and carry the time of the citizen's message ({@code time}); the writer and the
 * editor's draft keep both.
 */
class ChannelFormatTest {

    static final String FILE = "chat-doorverbinden.yaml";

    @Test
    void aChatScenarioWithTimesAndAHandOverToThePhoneReadsCleanly() {
        ContentCheck.Checked checked = ScenarioFixturesTest.check("chat-doorverbinden");
        assertTrue(checked.valid(), checked.report(Locale.ROOT));
        assertEquals(List.of(), checked.warnings());
        ScenarioGraph graph = checked.scenario();
        assertEquals(Setting.CHAT, graph.setting());
        assertTrue(graph.setting().written());
        assertEquals("09:14", graph.node("vraag").time());
        assertNull(graph.node("vraag").setting(), "no switch where none is written");
        assertEquals(Setting.TELEFOON, graph.node("telefoon").setting());
        assertNull(graph.node("telefoon").time());
        assertEquals(Setting.EMAIL, Setting.of("email").orElseThrow());
    }

    @Test
    void theWriterAndTheEditorsDraftKeepTheNodeSettingAndTime() {
        ScenarioGraph graph = ScenarioFixturesTest.check("chat-doorverbinden").scenario();
        String written = ScenarioWriter.write(graph);
        assertEquals(graph, DraftTest.graph("written", written));
        String drafted = Draft.read(Fixtures.scenario(FILE)).orElseThrow().write();
        assertEquals(graph, DraftTest.graph("drafted", drafted));
        DraftNode phone = Draft.read(drafted).orElseThrow().node("telefoon").orElseThrow();
        assertEquals("telefoon", phone.getSetting());
        assertEquals("09:16", Draft.read(drafted).orElseThrow().node("bellen").orElseThrow().getTime());
    }

    @Test
    void aTimeThatIsNoTimeOfDayAndAnUnknownChannelAreRefusedWhereTheyStand() {
        String text = Fixtures.scenario(FILE).replace("time: \"09:16\"", "time: \"9.16 uur\"")
                .replace("setting: telefoon", "setting: whatsapp");
        var read = ScenarioReader.read(FILE, text, "chat-doorverbinden");
        List<String> found = read.findings().errors().stream().map(f -> f.line() + " " + f.path() + " "
                + f.message()).toList();
        assertTrue(found.contains("34 nodes.bellen.time The time \"9.16 uur\" is not a time of day. Write hours and"
                + " minutes on a 24-hour clock in quotes, for example time: \"09:14\"."), found::toString);
        assertTrue(found.contains("51 nodes.telefoon.setting Unknown setting \"whatsapp\". Use balie, keukentafel,"
                + " telefoon, chat or email."), found::toString);
        Finding dutch = read.findings().errors().get(0);
        assertTrue(dutch.message(Locale.forLanguageTag("nl")).contains("tijdstip")
                || dutch.message(Locale.forLanguageTag("nl")).contains("setting"), dutch.message());
    }
}
