package nl.publieksacademie.scenarios.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Ending;
import nl.publieksacademie.scenarios.graph.Evidence;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Variable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a {@link ScenarioGraph} as a scenario file, fields in the documented order. Reading the written text gives
 * back an equal graph; comments and formatting of the original are not kept.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {}

    public static String write(ScenarioGraph graph) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(120)
                .build();
        return new Dump(settings).dumpToString(tree(graph));
    }

    static Map<String, Object> tree(ScenarioGraph graph) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("id", graph.id());
        top.put("title", graph.title());
        top.put("summary", graph.summary());
        top.put("setting", graph.setting().key());
        top.put("duration", graph.duration());
        Map<String, Object> persona = new LinkedHashMap<>();
        persona.put("name", graph.persona().name());
        persona.put("initials", graph.persona().initials());
        persona.put("description", graph.persona().description());
        top.put("persona", persona);
        top.put("competencies", graph.competencies());
        if (!graph.variables().isEmpty()) {
            Map<String, Object> variables = new LinkedHashMap<>();
            graph.variables().values().forEach(v -> variables.put(v.name(), variable(v)));
            top.put("variables", variables);
        }
        if (!graph.checks().isEmpty()) {
            Map<String, Object> checks = new LinkedHashMap<>();
            graph.checks().values().forEach(c -> checks.put(c.id(), Map.of("label", c.label())));
            top.put("checks", checks);
        }
        top.put("start", graph.start());
        Map<String, Object> nodes = new LinkedHashMap<>();
        graph.nodes().values().forEach(n -> nodes.put(n.id(), node(n)));
        top.put("nodes", nodes);
        return top;
    }

    private static Map<String, Object> variable(Variable variable) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (variable.type() == Variable.Type.BOOL) {
            fields.put("type", "bool");
            fields.put("start", variable.start() != 0);
        } else {
            fields.put("type", "int");
            fields.put("min", variable.min());
            fields.put("max", variable.max());
            fields.put("start", variable.start());
            if (variable.meter()) {
                fields.put("meter", true);
            }
        }
        putIf(fields, "label", variable.label());
        if (variable.better() != null) {
            fields.put("better", variable.better().key());
        }
        return fields;
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (node.setting() != null) {
            fields.put("setting", node.setting().key());
        }
        putIf(fields, "time", node.time());
        putIf(fields, "narration", node.narration());
        putIf(fields, "says", node.says());
        if (node.noReturn()) {
            fields.put("no_return", true);
        }
        if (node.isEnding()) {
            Ending ending = node.ending();
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("outcome", ending.outcome().key());
            end.put("title", ending.title());
            end.put("debrief", ending.debrief());
            if (!ending.requires().isEmpty()) {
                end.put("requires", ending.requires());
            }
            fields.put("ending", end);
        } else {
            List<Object> choices = new ArrayList<>();
            node.choices().forEach(c -> choices.add(choice(c)));
            fields.put("choices", choices);
        }
        return fields;
    }

    private static Map<String, Object> choice(Choice choice) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", choice.id());
        fields.put("text", choice.text());
        if (choice.condition() != null) {
            fields.put("if", choice.condition().print());
        }
        if (!choice.effects().isEmpty()) {
            Map<String, Object> effects = new LinkedHashMap<>();
            choice.effects().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> effects.put(e.getKey(), e.getValue().print()));
            fields.put("effects", effects);
        }
        if (!choice.sets().isEmpty()) {
            fields.put("sets", choice.sets());
        }
        if (!choice.evidence().isEmpty()) {
            List<Object> evidence = new ArrayList<>();
            for (Evidence e : choice.evidence()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("competency", e.competency());
                item.put("weight", e.weight());
                item.put("reason", e.reason());
                evidence.add(item);
            }
            fields.put("evidence", evidence);
        }
        putIf(fields, "feedback", choice.feedback());
        fields.put("goto", choice.next());
        return fields;
    }

    private static void putIf(Map<String, Object> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
