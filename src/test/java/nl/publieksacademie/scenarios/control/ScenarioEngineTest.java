package nl.publieksacademie.scenarios.control;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Test;

class ScenarioEngineTest {

    final ScenarioGraph loket = ScenarioReader.read("loket.yaml", Fixtures.scenario("loket.yaml"), "loket")
            .graph();

    @Test
    void startsAtTheStartNodeWithTheDeclaredStartValues() {
        PlayState state = ScenarioEngine.start(loket);
        assertEquals("begin", state.node());
        assertEquals(0, state.step());
        assertEquals(Map.of("irritatie", 3, "gevraagd", 0), state.values());
        assertTrue(state.checks().isEmpty());
    }

    @Test
    void aChoiceAppliesEffectsSetsChecksAndHandsOutItsEvidence() {
        Step step = ScenarioEngine.choose(loket, ScenarioEngine.start(loket), "vragen");
        assertEquals("adres", step.state().node());
        assertEquals(1, step.state().step());
        assertEquals(1, step.state().value("gevraagd"));
        assertEquals(List.of("adres-gecontroleerd"), step.checksGained());
        assertEquals("vakdeskundigheid", step.evidence().get(0).competency());
        assertEquals(2, step.evidence().get(0).weight());
        assertNull(step.ending());
    }

    @Test
    void conditionsDecideWhichChoicesAreVisible() {
        PlayState begin = ScenarioEngine.start(loket);
        PlayState adresAfterWaiting = new PlayState("adres", 3, Map.of("irritatie", 9, "gevraagd", 1), java.util.Set.of());
        assertEquals(List.of(), ScenarioEngine.visible(loket, adresAfterWaiting));
        PlayState adres = ScenarioEngine.choose(loket, begin, "vragen").state();
        assertEquals(List.of("afronden"), ScenarioEngine.visible(loket, adres).stream().map(Choice::id).toList());
    }

    @Test
    void aChoiceThatIsNotVisibleIsRefused() {
        PlayState begin = ScenarioEngine.start(loket);
        assertThrows(ChoiceNotVisible.class, () -> ScenarioEngine.choose(loket, begin, "afronden"));
        assertThrows(ChoiceNotVisible.class, () -> ScenarioEngine.choose(loket, begin, "bestaat-niet"));
        PlayState blocked = new PlayState("adres", 2, Map.of("irritatie", 9, "gevraagd", 1), java.util.Set.of());
        assertThrows(ChoiceNotVisible.class, () -> ScenarioEngine.choose(loket, blocked, "afronden"));
    }

    @Test
    void effectsAreClampedToTheDeclaredRange() {
        PlayState state = ScenarioEngine.start(loket);
        for (int i = 0; i < 3; i++) {
            state = ScenarioEngine.choose(loket, state, "wachten").state();
            state = ScenarioEngine.choose(loket, state, "sorry").state();
        }
        state = ScenarioEngine.choose(loket, state, "wachten").state();
        assertEquals(10, state.value("irritatie"));
        assertEquals(7, state.step());
    }

    @Test
    void reachingAnEndingReportsItsOutcomeAndMissedChecks() {
        PlayState state = ScenarioEngine.start(loket);
        state = ScenarioEngine.choose(loket, state, "wachten").state();
        Step end = ScenarioEngine.choose(loket, state, "weg");
        assertEquals(Outcome.NIET_GESLAAGD, end.ending().outcome());
        assertTrue(ScenarioEngine.visible(loket, end.state()).isEmpty());
        assertThrows(ChoiceNotVisible.class, () -> ScenarioEngine.choose(loket, end.state(), "weg"));
        assertEquals(List.of("adres-gecontroleerd"), ScenarioEngine.missed(List.of("adres-gecontroleerd"), end.state()));
    }

    @Test
    void theSameChoicesAlwaysGiveTheSameState() {
        PlayState a = ScenarioEngine.choose(loket, ScenarioEngine.start(loket), "wachten").state();
        PlayState b = ScenarioEngine.choose(loket, ScenarioEngine.start(loket), "wachten").state();
        assertEquals(a, b);
    }

    @Test
    void theStateSurvivesJson() {
        PlayState state = ScenarioEngine.choose(loket, ScenarioEngine.start(loket), "vragen").state();
        String json = PlayStateJson.write(state);
        assertEquals("{\"node\":\"adres\",\"step\":1,\"values\":{\"irritatie\":3,\"gevraagd\":1},"
                + "\"checks\":[\"adres-gecontroleerd\"]}", json);
        assertEquals(state, PlayStateJson.read(json));
        Step next = ScenarioEngine.choose(loket, PlayStateJson.read(json), "afronden");
        assertEquals(Outcome.GESLAAGD, next.ending().outcome());
    }

    @Test
    void statesWithoutValuesOrChecksAndOddTextSurviveJsonToo() {
        PlayState empty = new PlayState("a", 0, Map.of(), java.util.Set.of());
        assertEquals(empty, PlayStateJson.read(PlayStateJson.write(empty)));
        PlayState odd = new PlayState("q\"uote\\", -1, Map.of("x", -5), java.util.Set.of("tab\there"));
        assertEquals(odd, PlayStateJson.read(PlayStateJson.write(odd)));
        assertThrows(IllegalArgumentException.class, () -> PlayStateJson.read("{\"knoop\":\"a\"}"));
    }
}
