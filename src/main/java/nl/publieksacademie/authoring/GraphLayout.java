package nl.publieksacademie.authoring;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A left-to-right layout of a scenario graph for nodes the author has not placed: columns by distance from the
 * start (breadth first), rows in the order met; nodes that cannot be reached go in a last column.
 */
final class GraphLayout {

    static final double COLUMN = 200;
    static final double ROW = 90;

    private GraphLayout() {}

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
