package nl.publieksacademie.scenarios.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as read from its file: immutable, with nodes, variables and checks in the order authored. The
 * engine moves over it; the writer turns it back into the same file.
 */
public record ScenarioGraph(String id, String title, String summary, Setting setting, int duration, Persona persona,
        List<String> competencies, Map<String, Variable> variables, Map<String, Check> checks, String start,
        Map<String, Node> nodes) {

    public ScenarioGraph {
        competencies = List.copyOf(competencies);
        variables = ordered(variables);
        checks = ordered(checks);
        nodes = ordered(nodes);
    }

    public Node node(String nodeId) {
        Node node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("No node " + nodeId + " in scenario " + id);
        }
        return node;
    }

    public List<Node> endings() {
        return nodes.values().stream().filter(Node::isEnding).toList();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
