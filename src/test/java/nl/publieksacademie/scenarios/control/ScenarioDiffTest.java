package nl.publieksacademie.scenarios.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.publieksacademie.scenarios.control.ScenarioDiff.Change;
import nl.publieksacademie.scenarios.control.ScenarioDiff.Field;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.junit.jupiter.api.Test;

/** Comparing two versions names exactly the nodes and choices added, removed and changed. */
class ScenarioDiffTest {

    static ScenarioGraph graph(Draft draft) {
        return ScenarioReader.read("x.yaml", draft.write(), null).graph();
    }

    static String brief(Change c) {
        return c.kind() + " " + c.node() + (c.choice() == null ? "" : "/" + c.choice()) + " "
                + c.fields().stream().map(Field::name).toList();
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

        assertEquals(List.of("CHANGED begin/groeten [text]", "ADDED begin/keuze [text, goto]", "CHANGED einde [ending]",
                "ADDED tussen [says]", "ADDED tussen/keuze [text, goto]"), changes.stream().map(ScenarioDiffTest::brief).toList());
        String oldText = before.node("begin").orElseThrow().getChoices().get(0).getText();
        assertEquals(new Field("text", oldText, "Dag, zegt u het maar."), changes.get(0).fields().get(0),
                "the old and the new text of a changed choice");
        assertEquals(new Field("text", null, "Nog iets"), changes.get(1).fields().get(0), "an added choice's text");
        assertEquals(new Field("says", null, "Hm."), changes.get(3).fields().get(0), "an added node's text");
        assertTrue(changes.get(2).fields().get(0).was().contains(before.node("einde").orElseThrow().getDebrief()));
        assertTrue(changes.get(2).fields().get(0).now().contains("Anders."));

        List<Change> back = ScenarioDiff.between(graph(after), graph(before));
        assertEquals(List.of("CHANGED begin/groeten [text]", "REMOVED begin/keuze [text, goto]", "CHANGED einde [ending]",
                "REMOVED tussen [says]"), back.stream().map(ScenarioDiffTest::brief).toList());
        assertEquals(new Field("says", "Hm.", null), back.get(3).fields().get(0), "a removed node's text");
        assertEquals(List.of(), ScenarioDiff.between(graph(before), graph(before)));
    }
}
