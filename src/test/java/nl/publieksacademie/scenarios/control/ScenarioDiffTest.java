package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.publieksacademie.scenarios.control.ScenarioDiff.Change;
import nl.publieksacademie.scenarios.control.ScenarioDiff.Kind;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Test;

/** Comparing two versions names exactly the nodes and choices added, removed and changed. */
class ScenarioDiffTest {

    static ScenarioGraph graph(Draft draft) {
        return ScenarioReader.read("x.yaml", draft.write(), null).graph();
    }

    @Test
    void namesAddedRemovedAndChangedNodesAndChoices() {
        Draft before = Draft.blank("gesprek", "Gesprek", "balie");
        Draft after = Draft.blank("gesprek", "Gesprek", "balie");
        DraftNode begin = after.node("begin").orElseThrow();
        begin.getChoices().get(0).setText("Dag, zegt u het maar.");
        DraftChoice extra = after.addChoice(begin);
        extra.setText("Nog iets");
        extra.setNext("einde");
        DraftNode tussen = after.addNode("tussen");
        tussen.setSays("Hm.");
        DraftChoice door = after.addChoice(tussen);
        door.setText("Door");
        door.setNext("einde");
        after.node("einde").orElseThrow().setDebrief("Anders.");

        List<Change> changes = ScenarioDiff.between(graph(before), graph(after));

        assertEquals(List.of(
                new Change(Kind.CHANGED, "begin", "groeten", List.of("text")),
                new Change(Kind.ADDED, "begin", "keuze", List.of()),
                new Change(Kind.CHANGED, "einde", null, List.of("ending")),
                new Change(Kind.ADDED, "tussen", null, List.of()),
                new Change(Kind.ADDED, "tussen", "keuze", List.of())), changes);
        assertEquals(List.of(new Change(Kind.REMOVED, "tussen", null, List.of()),
                new Change(Kind.CHANGED, "begin", "groeten", List.of("text")),
                new Change(Kind.REMOVED, "begin", "keuze", List.of()),
                new Change(Kind.CHANGED, "einde", null, List.of("ending"))).size(),
                ScenarioDiff.between(graph(after), graph(before)).size());
        assertEquals(List.of(), ScenarioDiff.between(graph(before), graph(before)));
    }
}
