package nl.publieksacademie.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.control.ScenarioReader;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/** Finds, with the engine, the shortest sequence of choices to each ending of a scenario file (for tests). */
public final class Paths {

    private Paths() {}

    public static ScenarioGraph graph(Path contentDir, String slug) throws IOException {
        String text = Files.readString(contentDir.resolve("scenarios/" + slug + ".yaml"));
        return ScenarioReader.read(slug + ".yaml", text, slug).graph();
    }

    /**
     * Ending node id → the choice ids that lead there from the start (breadth first): the shortest path that has
     * done the ending's must-do checks, or else the shortest path.
     */
    public static Map<String, List<String>> toEndings(ScenarioGraph graph) {
        Map<PlayState, List<String>> seen = new HashMap<>();
        Deque<PlayState> todo = new ArrayDeque<>();
        PlayState start = ScenarioEngine.start(graph);
        seen.put(key(start), List.of());
        todo.add(start);
        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, List<String>> anyway = new LinkedHashMap<>();
        int visited = 0;
        while (!todo.isEmpty() && visited++ < 200_000) {
            PlayState state = todo.poll();
            List<String> path = seen.get(key(state));
            Node node = graph.node(state.node());
            if (node.isEnding()) {
                if (ScenarioEngine.missed(node.ending().requires(), state).isEmpty()) {
                    found.putIfAbsent(node.id(), path);
                } else {
                    anyway.putIfAbsent(node.id(), path);
                }
                continue;
            }
            for (Choice choice : ScenarioEngine.visible(graph, state)) {
                PlayState next = ScenarioEngine.choose(graph, state, choice.id()).state();
                if (!seen.containsKey(key(next))) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(choice.id());
                    seen.put(key(next), longer);
                    todo.add(next);
                }
            }
        }
        anyway.forEach(found::putIfAbsent);
        return found;
    }

    private static PlayState key(PlayState state) {
        return new PlayState(state.node(), 0, state.values(), state.checks());
    }
}
