package nl.publieksacademie.scenarios.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * What changed between two versions of a scenario: nodes and choices added, removed or changed, and for each the
 * fields with their old and new text.
 */
public final class ScenarioDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change; {@code choice} is null for a change to the node itself; {@code fields} say what changed. */
    public record Change(Kind kind, String node, String choice, List<Field> fields) implements java.io.Serializable {}

    /** A field with its text before and after ({@code null} where the field was not there). */
    public record Field(String name, String was, String now) implements java.io.Serializable {}

    private ScenarioDiff() {}

    public static List<Change> between(ScenarioGraph older, ScenarioGraph newer) {
        List<Change> changes = new ArrayList<>();
        List<Field> top = new ArrayList<>();
        field(top, "title", older.title(), newer.title());
        field(top, "summary", older.summary(), newer.summary());
        field(top, "setting", older.setting(), newer.setting());
        field(top, "duration", older.duration(), newer.duration());
        field(top, "persona", older.persona(), newer.persona());
        field(top, "competencies", older.competencies(), newer.competencies());
        field(top, "variables", older.variables(), newer.variables());
        field(top, "checks", older.checks(), newer.checks());
        field(top, "start", older.start(), newer.start());
        if (!top.isEmpty()) {
            changes.add(new Change(Kind.CHANGED, null, null, top));
        }
        for (Node was : older.nodes().values()) {
            Node now = newer.nodes().get(was.id());
            if (now == null) {
                changes.add(new Change(Kind.REMOVED, was.id(), null, shown(was, true)));
                continue;
            }
            List<Field> fields = new ArrayList<>();
            field(fields, "narration", was.narration(), now.narration());
            field(fields, "says", was.says(), now.says());
            field(fields, "ending", was.ending(), now.ending());
            if (!fields.isEmpty()) {
                changes.add(new Change(Kind.CHANGED, was.id(), null, fields));
            }
            choices(was, now, changes);
        }
        for (Node now : newer.nodes().values()) {
            if (!older.nodes().containsKey(now.id())) {
                changes.add(new Change(Kind.ADDED, now.id(), null, shown(now, false)));
                now.choices().forEach(c -> changes.add(new Change(Kind.ADDED, now.id(), c.id(), shown(c, false))));
            }
        }
        return changes;
    }

    private static void choices(Node was, Node now, List<Change> changes) {
        Map<String, Choice> before = byId(was);
        Map<String, Choice> after = byId(now);
        before.forEach((id, c) -> {
            Choice d = after.get(id);
            if (d == null) {
                changes.add(new Change(Kind.REMOVED, was.id(), id, shown(c, true)));
                return;
            }
            List<Field> fields = new ArrayList<>();
            field(fields, "text", c.text(), d.text());
            field(fields, "if", print(c.condition()), print(d.condition()));
            field(fields, "effects", effects(c), effects(d));
            field(fields, "sets", c.sets(), d.sets());
            field(fields, "evidence", c.evidence(), d.evidence());
            field(fields, "feedback", c.feedback(), d.feedback());
            field(fields, "goto", c.next(), d.next());
            if (!fields.isEmpty()) {
                changes.add(new Change(Kind.CHANGED, was.id(), id, fields));
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id))
                .forEach(id -> changes.add(new Change(Kind.ADDED, now.id(), id, shown(after.get(id), false))));
    }

    private static Map<String, Choice> byId(Node node) {
        Map<String, Choice> choices = new java.util.LinkedHashMap<>();
        node.choices().forEach(c -> choices.put(c.id(), c));
        return choices;
    }

    private static Map<String, String> effects(Choice choice) {
        Map<String, String> printed = new java.util.TreeMap<>();
        choice.effects().forEach((k, v) -> printed.put(k, v.print()));
        return printed;
    }

    private static String print(nl.publieksacademie.scenarios.expression.Expression e) {
        return e == null ? null : e.print();
    }

    /** The text of a node added or removed: what is said and told, so the reader sees what came or went. */
    private static List<Field> shown(Node node, boolean removed) {
        List<Field> fields = new ArrayList<>();
        if (node.narration() != null) {
            fields.add(side("narration", node.narration(), removed));
        }
        if (node.says() != null) {
            fields.add(side("says", node.says(), removed));
        }
        return fields;
    }

    private static List<Field> shown(Choice choice, boolean removed) {
        List<Field> fields = new ArrayList<>();
        fields.add(side("text", choice.text(), removed));
        if (choice.next() != null) {
            fields.add(side("goto", choice.next(), removed));
        }
        return fields;
    }

    private static Field side(String name, String text, boolean removed) {
        return removed ? new Field(name, text, null) : new Field(name, null, text);
    }

    private static void field(List<Field> fields, String name, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            fields.add(new Field(name, text(was), text(now)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof nl.publieksacademie.scenarios.graph.Ending ending) {
            return ending.outcome().key() + ": " + ending.title() + (ending.debrief() == null ? "" : " · " + ending.debrief());
        }
        return value.toString();
    }
}
