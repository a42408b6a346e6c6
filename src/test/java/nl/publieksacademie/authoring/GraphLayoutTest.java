package nl.publieksacademie.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrows between the same two nodes, either way, are drawn apart, and so are their labels. */
class GraphLayoutTest {

    static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void parallelAndOppositeArrowsGetTheirOwnCurveAndLabelPlace() {
        List<String[]> edges = List.of(new String[] {"a", "b"}, new String[] {"a", "b"}, new String[] {"b", "a"},
                new String[] {"a", "c"}, new String[] {"c", "c"});
        List<Double> bends = GraphLayout.bends(edges);

        assertEquals(5, bends.size());
        assertEquals(0.0, bends.get(3), "a single arrow stays straight");
        assertEquals(0.0, bends.get(4), "a loop is left to the drawing");
        double[] a = {0, 0};
        double[] b = {200, 90};
        double[][] labels = {GraphLayout.labelCentre(a, b, bends.get(0)), GraphLayout.labelCentre(a, b, bends.get(1)),
                GraphLayout.labelCentre(b, a, bends.get(2))};
        for (int i = 0; i < labels.length; i++) {
            for (int j = i + 1; j < labels.length; j++) {
                assertTrue(distance(labels[i], labels[j]) >= GraphLayout.LABEL_HEIGHT,
                        "labels " + i + " and " + j + " apart: " + distance(labels[i], labels[j]));
            }
        }
    }

    @Test
    void anArrowThereAndOneBackBendToOppositeSides() {
        List<Double> bends = GraphLayout.bends(List.of(new String[] {"x", "y"}, new String[] {"y", "x"}));
        double[] x = {0, 0};
        double[] y = {0, 300};
        double[] there = GraphLayout.labelCentre(x, y, bends.get(0));
        double[] back = GraphLayout.labelCentre(y, x, bends.get(1));
        assertTrue(Math.signum(there[0]) != Math.signum(back[0]) && there[0] != 0,
                "one on each side of the line: " + there[0] + " and " + back[0]);
        assertTrue(distance(there, back) >= GraphLayout.LABEL_HEIGHT);
    }
}
