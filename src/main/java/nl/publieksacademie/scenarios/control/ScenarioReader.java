package nl.publieksacademie.scenarios.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.content.control.YamlTree;
import nl.publieksacademie.scenarios.expression.Expression;
import nl.publieksacademie.scenarios.expression.ExpressionException;
import nl.publieksacademie.scenarios.expression.ExpressionParser;
import nl.publieksacademie.scenarios.graph.Check;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Ending;
import nl.publieksacademie.scenarios.graph.Evidence;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.Outcome;
import nl.publieksacademie.scenarios.graph.Persona;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import nl.publieksacademie.scenarios.graph.Setting;
import nl.publieksacademie.scenarios.graph.Variable;

/**
 * Reads a scenario file into a {@link ScenarioGraph}, recording every problem of form (YAML syntax, unknown or
 * missing fields, wrong types, bad ids, expression syntax) with its line and column. It reads on past problems so
 * that one pass reports them all; the graph rules are the {@link ScenarioValidator}'s.
 */
public final class ScenarioReader {

    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String VARIABLE = "[a-z][a-z0-9_]*";
    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false", "check");

    private static final List<String> TOP = List.of("id", "title", "summary", "setting", "duration", "persona",
            "competencies", "variables", "checks", "start", "nodes");
    private static final List<String> TOP_REQUIRED = List.of("id", "title", "summary", "setting", "duration",
            "persona", "competencies", "start", "nodes");
    private static final List<String> PERSONA = List.of("name", "initials", "description");
    private static final List<String> VARIABLE_FIELDS = List.of("type", "min", "max", "start", "meter", "label",
            "better");
    private static final List<String> NODE = List.of("setting", "time", "narration", "says", "choices", "ending",
            "no_return");
    /** A node's {@code time}: hours and minutes on a 24-hour clock. */
    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    private static final List<String> CHOICE = List.of("id", "text", "if", "effects", "sets", "evidence",
            "feedback", "goto");
    private static final List<String> EVIDENCE = List.of("competency", "weight", "reason");
    private static final List<String> ENDING = List.of("outcome", "title", "debrief", "requires");

    /** The graph, or null when the file is too broken to have one; and what was found. */
    public record Read(ScenarioGraph graph, Findings findings) {}

    private ScenarioReader() {}

    /**
     * Reads {@code text} of the file {@code file}. When {@code expectedId} is not null the scenario's id must equal
     * it (the file name without {@code .yaml}).
     */
    public static Read read(String file, String text, String expectedId) {
        Findings findings = new Findings(file);
        Optional<YamlTree.Value> root = YamlTree.parse(text, findings);
        if (root.isEmpty()) {
            return new Read(null, findings);
        }
        if (!root.get().isMap()) {
            findings.error("", "scenario.notMap");
            return new Read(null, findings);
        }
        Map<String, YamlTree.Value> top = root.get().entries(TOP, TOP_REQUIRED);
        String id = get(top, "id").flatMap(v -> v.id(ID, "scenario")).orElse(null);
        if (id != null && expectedId != null && !id.equals(expectedId)) {
            findings.error("id", "scenario.idNotFileName", id, expectedId);
        }
        String title = text(top, "title");
        if (title != null && title.length() > 200) {
            findings.error("title", "scenario.titleTooLong", title.length());
        }
        if (id != null && id.length() > 100) {
            findings.error("id", "scenario.idTooLong", id.length());
        }
        String summary = text(top, "summary");
        Setting setting = get(top, "setting").flatMap(ScenarioReader::setting).orElse(null);
        int duration = get(top, "duration").flatMap(v -> v.integer().filter(d -> {
            if (d < 1 || d > 240) {
                findings.error(v.path(), "scenario.badDuration", d);
                return false;
            }
            return true;
        })).orElse(0);
        Persona persona = get(top, "persona").map(ScenarioReader::persona).orElse(null);
        List<String> competencies = get(top, "competencies").map(v -> ids(v, "competency")).orElse(List.of());
        Map<String, Variable> variables = get(top, "variables").map(ScenarioReader::variables).orElse(Map.of());
        Map<String, Check> checks = get(top, "checks").map(ScenarioReader::checks).orElse(Map.of());
        String start = get(top, "start").flatMap(v -> v.id(ID, "node")).orElse(null);
        Map<String, Node> nodes = new LinkedHashMap<>();
        get(top, "nodes").ifPresent(v -> {
            Map<String, YamlTree.Value> entries = v.keyed(ID, "node");
            if (entries.isEmpty() && v.isMap()) {
                findings.error(v.path(), "scenario.noNodes");
            }
            entries.forEach((nodeId, node) -> node(nodeId, node).ifPresent(n -> nodes.put(nodeId, n)));
        });
        ScenarioGraph graph = new ScenarioGraph(id, title, summary, setting, duration, persona, competencies,
                variables, checks, start, nodes);
        return new Read(graph, findings);
    }

    private static Persona persona(YamlTree.Value value) {
        Map<String, YamlTree.Value> fields = value.entries(PERSONA, PERSONA);
        String initials = get(fields, "initials").flatMap(YamlTree.Value::text).orElse(null);
        if (initials != null && initials.length() > 3) {
            value.findings().error(fields.get("initials").path(), "scenario.longInitials", initials);
        }
        return new Persona(text(fields, "name"), initials, text(fields, "description"));
    }

    private static List<String> ids(YamlTree.Value value, String kind) {
        List<String> ids = new ArrayList<>();
        for (YamlTree.Value item : value.items()) {
            item.id(ID, kind).ifPresent(id -> {
                if (ids.contains(id)) {
                    item.findings().error(item.path(), "scenario.duplicateInList", id);
                } else {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    private static Map<String, Variable> variables(YamlTree.Value value) {
        Map<String, Variable> variables = new LinkedHashMap<>();
        Findings findings = value.findings();
        value.keyed(VARIABLE, "variable").forEach((name, v) -> {
            if (KEYWORDS.contains(name)) {
                findings.error(v.path(), "scenario.keywordVariable", name);
                return;
            }
            Map<String, YamlTree.Value> fields = v.entries(VARIABLE_FIELDS, List.of("type", "start"));
            String type = get(fields, "type").flatMap(YamlTree.Value::text).orElse(null);
            boolean meter = get(fields, "meter").flatMap(YamlTree.Value::bool).orElse(false);
            String label = get(fields, "label").flatMap(YamlTree.Value::text).orElse(null);
            Variable.Better better = get(fields, "better").flatMap(YamlTree.Value::text).map(b -> {
                Optional<Variable.Better> known = Variable.Better.of(b);
                if (known.isEmpty()) {
                    findings.error(fields.get("better").path(), "scenario.badBetter", name, b);
                }
                return known.orElse(null);
            }).orElse(null);
            if ("bool".equals(type)) {
                for (String bound : List.of("min", "max")) {
                    if (fields.containsKey(bound)) {
                        findings.error(fields.get(bound).path(), "scenario.boolRange", name);
                    }
                }
                if (meter) {
                    findings.error(fields.get("meter").path(), "scenario.boolMeter", name);
                }
                get(fields, "start").flatMap(YamlTree.Value::bool).ifPresent(start ->
                        variables.put(name, new Variable(name, Variable.Type.BOOL, 0, 1, start ? 1 : 0, false,
                                label)));
            } else if ("int".equals(type)) {
                Optional<Integer> min = required(fields, v, "min").flatMap(YamlTree.Value::integer);
                Optional<Integer> max = required(fields, v, "max").flatMap(YamlTree.Value::integer);
                Optional<Integer> start = get(fields, "start").flatMap(YamlTree.Value::integer);
                if (meter && label == null) {
                    findings.error(v.path(), "scenario.meterLabel", name);
                }
                if (min.isPresent() && max.isPresent() && start.isPresent()) {
                    if (min.get() >= max.get()) {
                        findings.error(fields.get("max").path(), "scenario.emptyRange", name, min.get(), max.get());
                    } else {
                        if (start.get() < min.get() || start.get() > max.get()) {
                            findings.error(fields.get("start").path(), "scenario.startOutOfRange", name, start.get(),
                                    min.get(), max.get());
                        }
                        variables.put(name, new Variable(name, Variable.Type.INT, min.get(), max.get(), start.get(),
                                meter, label, better));
                    }
                }
            } else if (type != null) {
                findings.error(fields.get("type").path(), "scenario.badType", type);
            }
        });
        return variables;
    }

    private static Optional<YamlTree.Value> required(Map<String, YamlTree.Value> fields, YamlTree.Value parent,
            String key) {
        if (!fields.containsKey(key)) {
            parent.findings().error(parent.path(), "yaml.missingKey", key);
        }
        return get(fields, key);
    }

    private static Map<String, Check> checks(YamlTree.Value value) {
        Map<String, Check> checks = new LinkedHashMap<>();
        value.keyed(ID, "check").forEach((id, v) -> {
            Map<String, YamlTree.Value> fields = v.entries(List.of("label"), List.of("label"));
            checks.put(id, new Check(id, text(fields, "label")));
        });
        return checks;
    }

    private static Optional<Node> node(String id, YamlTree.Value value) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(NODE, List.of());
        if (!value.isMap()) {
            return Optional.empty();
        }
        String narration = get(fields, "narration").flatMap(YamlTree.Value::text).orElse(null);
        String says = get(fields, "says").flatMap(YamlTree.Value::text).orElse(null);
        if (narration == null && says == null && !fields.containsKey("narration") && !fields.containsKey("says")) {
            findings.error(value.path(), "scenario.silentNode", id);
        }
        boolean hasChoices = fields.containsKey("choices");
        boolean hasEnding = fields.containsKey("ending");
        if (hasChoices && hasEnding) {
            findings.error(value.path(), "scenario.choicesAndEnding", id);
        }
        List<Choice> choices = new ArrayList<>();
        if (hasChoices) {
            for (YamlTree.Value item : fields.get("choices").items()) {
                choice(item, choices).ifPresent(choices::add);
            }
        }
        if (!hasEnding && choices.isEmpty() && !findings.hasErrorsUnder(value.path() + ".choices")) {
            findings.error(value.path(), "scenario.deadEnd", id);
        }
        Ending ending = hasEnding ? ending(fields.get("ending")) : null;
        boolean noReturn = get(fields, "no_return").flatMap(YamlTree.Value::bool).orElse(false);
        Setting setting = get(fields, "setting").flatMap(ScenarioReader::setting).orElse(null);
        String time = get(fields, "time").flatMap(v -> v.text().filter(t -> {
            if (!t.matches(TIME)) {
                findings.error(v.path(), "scenario.badTime", t);
                return false;
            }
            return true;
        })).orElse(null);
        return Optional.of(new Node(id, narration, says, choices, ending, noReturn, setting, time));
    }

    private static Optional<Setting> setting(YamlTree.Value value) {
        return value.text().flatMap(s -> {
            Optional<Setting> known = Setting.of(s);
            if (known.isEmpty()) {
                value.findings().error(value.path(), "scenario.badSetting", s);
            }
            return known;
        });
    }

    private static Optional<Choice> choice(YamlTree.Value value, List<Choice> earlier) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(CHOICE, List.of("id", "text", "goto"));
        if (!value.isMap()) {
            return Optional.empty();
        }
        String id = get(fields, "id").flatMap(v -> v.id(ID, "choice")).orElse(null);
        if (id != null && earlier.stream().anyMatch(c -> id.equals(c.id()))) {
            findings.error(fields.get("id").path(), "scenario.duplicateChoice", id);
        }
        String text = text(fields, "text");
        Expression condition = get(fields, "if").flatMap(ScenarioReader::expression).orElse(null);
        Map<String, Expression> effects = new LinkedHashMap<>();
        get(fields, "effects").ifPresent(v -> v.keyed(VARIABLE, "variable").forEach((name, e) ->
                expression(e).ifPresent(x -> effects.put(name, x))));
        List<String> sets = get(fields, "sets").map(v -> ids(v, "check")).orElse(List.of());
        List<Evidence> evidence = new ArrayList<>();
        get(fields, "evidence").ifPresent(v -> {
            for (YamlTree.Value item : v.items()) {
                evidence(item).ifPresent(evidence::add);
            }
        });
        String feedback = get(fields, "feedback").flatMap(YamlTree.Value::text).orElse(null);
        String next = get(fields, "goto").flatMap(v -> v.id(ID, "node")).orElse(null);
        return Optional.of(new Choice(id, text, condition, effects, sets, evidence, feedback, next));
    }

    private static Optional<Evidence> evidence(YamlTree.Value value) {
        Map<String, YamlTree.Value> fields = value.entries(EVIDENCE, EVIDENCE);
        String competency = get(fields, "competency").flatMap(v -> v.id(ID, "competency")).orElse(null);
        Optional<Integer> weight = get(fields, "weight").flatMap(v -> v.integer().filter(w -> {
            if (w < -3 || w > 3 || w == 0) {
                value.findings().error(v.path(), "scenario.badWeight", w);
                return false;
            }
            return true;
        }));
        String reason = text(fields, "reason");
        if (competency == null || weight.isEmpty() || reason == null) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(competency, weight.get(), reason));
    }

    private static Ending ending(YamlTree.Value value) {
        Map<String, YamlTree.Value> fields = value.entries(ENDING, List.of("outcome", "title", "debrief"));
        Outcome outcome = get(fields, "outcome").flatMap(v -> v.text().flatMap(s -> {
            Optional<Outcome> known = Outcome.of(s);
            if (known.isEmpty()) {
                value.findings().error(v.path(), "scenario.badOutcome", s);
            }
            return known;
        })).orElse(null);
        List<String> requires = get(fields, "requires").map(v -> ids(v, "check")).orElse(List.of());
        return new Ending(outcome, text(fields, "title"), text(fields, "debrief"), requires);
    }

    private static Optional<Expression> expression(YamlTree.Value value) {
        return value.expression().flatMap(source -> {
            try {
                return Optional.of(ExpressionParser.parse(source));
            } catch (ExpressionException e) {
                Findings.Position at = value.position();
                value.findings().errorAt(value.path(), new Findings.Position(at.line(), at.column() + e.offset()),
                        e.key(), (Object[]) e.args().toArray(new String[0]));
                return Optional.empty();
            }
        });
    }

    private static Optional<YamlTree.Value> get(Map<String, YamlTree.Value> fields, String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isNull() || reportNull(v));
    }

    private static boolean reportNull(YamlTree.Value value) {
        value.findings().error(value.path(), "yaml.emptyValue");
        return false;
    }

    private static String text(Map<String, YamlTree.Value> fields, String key) {
        return get(fields, key).flatMap(YamlTree.Value::text).orElse(null);
    }
}
