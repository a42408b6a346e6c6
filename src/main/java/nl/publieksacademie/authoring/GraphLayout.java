package nl.publieksacademie.authoring;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A left-to-right layout of a scenario graph for nodes the author has not placed: columns by distance from the
 * start (breadth first), rows in the order met; nodes that cannot be reached go in a last column. Arrows between the
 * same two nodes (either way) get a bend each, so that neither they nor their labels lie on one another.
 */
final class GraphLayout {

    static final double COLUMN = 200;
    static final double ROW = 90;

    /** Sideways distance of the control point between neighbouring arrows of one pair of nodes, in px. */
    static final double BEND = 60;

    /** Height of an arrow's label with its background: labels closer than this overlap. */
    static final double LABEL_HEIGHT = 18;

    private GraphLayout() {}

    /**
     * Per arrow (in the order given, each {@code {source, target}}) its bend: the signed distance of its curve's
     * control point from the straight line, measured to the left of source → target, as Cytoscape's
     * {@code control-point-distances} takes it. One arrow between two nodes stays straight; n arrows fan out
     * symmetrically; an arrow back (B → A) bends to the other side from one there (A → B). Loops keep 0.
     */
    static List<Double> bends(List<String[]> edges) {
        Map<String, List<Integer>> pairs = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            String[] e = edges.get(i);
            if (!e[0].equals(e[1])) {
                pairs.computeIfAbsent(pair(e), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        Double[] bends = new Double[edges.size()];
        java.util.Arrays.fill(bends, 0.0);
        for (List<Integer> same : pairs.values()) {
            int n = same.size();
            for (int k = 0; k < n; k++) {
                String[] e = edges.get(same.get(k));
                double offset = n == 1 ? 0 : (k - (n - 1) / 2.0) * BEND;
                // measured in the pair's own direction (the smaller id first); an arrow the other way turns it round
                bends[same.get(k)] = e[0].compareTo(e[1]) < 0 ? offset : -offset;
            }
        }
        return List.of(bends);
    }

    /**
     * Where the label of an arrow from {@code from} to {@code to} with {@code bend} sits: the middle of the quadratic
     * curve, half the control point's distance from the middle of the straight line.
     */
    static double[] labelCentre(double[] from, double[] to, double bend) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        double mx = (from[0] + to[0]) / 2;
        double my = (from[1] + to[1]) / 2;
        if (length == 0) {
            return new double[] {mx, my};
        }
        // the normal pointing to the left of the direction of travel, on a screen whose y axis points down
        double nx = dy / length;
        double ny = -dx / length;
        return new double[] {mx + nx * bend / 2, my + ny * bend / 2};
    }

    private static String pair(String[] edge) {
        return edge[0].compareTo(edge[1]) < 0 ? edge[0] + "\n" + edge[1] : edge[1] + "\n" + edge[0];
    }

    /** @param next per node id (in authored order) the ids its choices go to */
    static Map<String, double[]> layers(String start, Map<String, List<String>> next) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        if (start != null && next.containsKey(start)) {
            depth.put(start, 0);
            todo.add(start);
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (String target : next.getOrDefault(id, List.of())) {
                if (next.containsKey(target) && !depth.containsKey(target)) {
                    depth.put(target, depth.get(id) + 1);
                    todo.add(target);
                }
            }
        }
        int last = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, double[]> placed = new LinkedHashMap<>();
        for (String id : next.keySet()) {
            int column = depth.getOrDefault(id, last);
            int row = rows.merge(column, 1, Integer::sum) - 1;
            placed.put(id, new double[] {column * COLUMN, row * ROW});
        }
        return placed;
    }
}
