package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
                + " telefoon, chat, email or overleg."), found::toString);
        Finding dutch = read.findings().errors().get(0);
        assertTrue(dutch.message(Locale.forLanguageTag("nl")).contains("tijdstip")
                || dutch.message(Locale.forLanguageTag("nl")).contains("setting"), dutch.message());
    }

    /**
     * A talk between colleagues (the team lead's follow-up talk in the back office) is not a counter conversation:
     * it has its own setting, {@code overleg}, face to face and not written, and the shipped team-lead scenario
     * uses it.
     */
    @Test
    void aTalkWithAColleagueIsSetInOverleg() throws IOException {
        String name = "scenarios/nagesprek-met-de-teamleider.yaml";
        ContentCheck.Checked checked = ContentCheck.scenario(name,
                Files.readString(Fixtures.contentDir().resolve(name)), "nagesprek-met-de-teamleider", null);
        assertTrue(checked.valid(), checked.report(Locale.ROOT));
        assertEquals(Setting.of("overleg"), java.util.Optional.of(checked.scenario().setting()));
        assertFalse(checked.scenario().setting().written(), "face to face: no message thread");
        assertEquals(checked.scenario(), DraftTest.graph("written", ScenarioWriter.write(checked.scenario())));
    }

    static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = ChannelFormatTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every setting has its icon (a plain drawing in the style of the others) and its names in both languages. */
    @Test
    void everySettingHasAnIconAndItsNamesInDutchAndEnglish() throws IOException {
        Properties nl = bundle("/nl/publieksacademie/platform/messages.properties");
        Properties en = bundle("/nl/publieksacademie/platform/messages_en.properties");
        for (Setting setting : Setting.values()) {
            Path icon = Path.of("src/main/webapp/resources/icons", setting.key() + ".svg");
            assertTrue(Files.exists(icon), icon::toString);
            String svg = Files.readString(icon);
            assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path fill=\"#083a66\""),
                    svg);
            for (String key : List.of("setting." + setting.key(), "player.switch." + setting.key())) {
                assertTrue(nl.containsKey(key) && en.containsKey(key), key);
            }
        }
    }
}
