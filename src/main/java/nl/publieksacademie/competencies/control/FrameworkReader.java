package nl.publieksacademie.competencies.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.content.control.Jargon;
import nl.publieksacademie.content.control.YamlTree;

/**
 * Reads {@code courses/competencies.yaml} into a {@link Framework}, recording every problem with line and column:
 * levels other than 1..4, thresholds that fall as levels rise, competencies without four level descriptors,
 * duplicate competency ids, role targets for unknown competencies or outside 1..4.
 */
public final class FrameworkReader {

    static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final List<String> TOP = List.of("levels", "rule", "domains", "roles");
    private static final List<String> DOMAIN = List.of("id", "name", "description", "competencies");
    private static final List<String> COMPETENCY = List.of("id", "name", "description", "levels");
    private static final List<String> LEVEL_KEYS = List.of("1", "2", "3", "4");

    /** The framework, or null when the file has errors; and what was found. */
    public record Read(Framework framework, Findings findings) {}

    private FrameworkReader() {}

    public static Read read(String file, String text) {
        Findings findings = new Findings(file);
        Optional<YamlTree.Value> root = YamlTree.parse(text, findings);
        if (root.isEmpty()) {
            return new Read(null, findings);
        }
        Map<String, YamlTree.Value> top = root.get().entries(TOP, TOP);
        List<Framework.Level> levels = top.containsKey("levels") ? levels(top.get("levels")) : List.of();
        LevelRule rule = top.containsKey("rule") ? rule(top.get("rule")) : null;
        List<Framework.Domain> domains = top.containsKey("domains") ? domains(top.get("domains")) : List.of();
        Map<String, Framework.RoleProfile> roles = new LinkedHashMap<>();
        if (top.containsKey("roles")) {
            List<String> known = domains.stream().flatMap(d -> d.competencies().stream())
                    .map(Framework.Competency::id).toList();
            top.get("roles").keyed(ID, "role").forEach((id, v) -> role(id, v, known).ifPresent(r -> roles.put(id, r)));
        }
        Framework framework = findings.hasErrors() ? null : new Framework(levels, rule, domains, roles);
        return new Read(framework, findings);
    }

    private static List<Framework.Level> levels(YamlTree.Value value) {
        List<Framework.Level> levels = new ArrayList<>();
        List<YamlTree.Value> items = value.items();
        for (int i = 0; i < items.size(); i++) {
            Map<String, YamlTree.Value> fields = items.get(i).entries(List.of("level", "name"), List.of("level", "name"));
            int expected = i + 1;
            Optional<Integer> level = Optional.ofNullable(fields.get("level")).flatMap(YamlTree.Value::integer);
            Optional<String> name = Optional.ofNullable(fields.get("name")).flatMap(YamlTree.Value::text);
            if (level.isPresent() && level.get() != expected) {
                value.findings().error(fields.get("level").path(), "framework.levelOrder", level.get(), expected);
            } else if (level.isPresent() && name.isPresent()) {
                levels.add(new Framework.Level(expected, name.get()));
            }
        }
        if (value.isList() && items.size() != 4) {
            value.findings().error(value.path(), "framework.fourLevels", items.size());
        }
        return levels;
    }

    private static LevelRule rule(YamlTree.Value value) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(List.of("half_life_days", "thresholds"),
                List.of("half_life_days", "thresholds"));
        double halfLife = Optional.ofNullable(fields.get("half_life_days")).flatMap(YamlTree.Value::decimal)
                .orElse(0.0);
        if (fields.containsKey("half_life_days") && halfLife <= 0) {
            findings.error(fields.get("half_life_days").path(), "framework.halfLife");
        }
        List<LevelRule.Threshold> thresholds = new ArrayList<>();
        if (fields.containsKey("thresholds")) {
            fields.get("thresholds").entries(List.of("2", "3", "4"), List.of("2", "3", "4")).forEach((level, v) -> {
                Map<String, YamlTree.Value> t = v.entries(List.of("score", "evidence"), List.of("score", "evidence"));
                Optional<Double> score = Optional.ofNullable(t.get("score")).flatMap(YamlTree.Value::decimal);
                Optional<Double> evidence = Optional.ofNullable(t.get("evidence")).flatMap(YamlTree.Value::decimal);
                if (score.isPresent() && evidence.isPresent()) {
                    if (score.get() < -3 || score.get() > 3 || evidence.get() < 0) {
                        findings.error(v.path(), "framework.thresholdRange", level);
                    }
                    LevelRule.Threshold threshold = new LevelRule.Threshold(Integer.parseInt(level), score.get(),
                            evidence.get());
                    if (!thresholds.isEmpty()) {
                        LevelRule.Threshold lower = thresholds.get(thresholds.size() - 1);
                        if (threshold.score() < lower.score() || threshold.evidence() < lower.evidence()) {
                            findings.error(v.path(), "framework.thresholdFalls", level, lower.level());
                        }
                    }
                    thresholds.add(threshold);
                }
            });
        }
        return new LevelRule(halfLife, thresholds);
    }

    private static List<Framework.Domain> domains(YamlTree.Value value) {
        List<Framework.Domain> domains = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (YamlTree.Value item : value.items()) {
            Map<String, YamlTree.Value> fields = item.entries(DOMAIN, DOMAIN);
            List<Framework.Competency> competencies = new ArrayList<>();
            Optional.ofNullable(fields.get("competencies")).ifPresent(list -> {
                for (YamlTree.Value c : list.items()) {
                    competency(c, seen).ifPresent(competencies::add);
                }
            });
            String id = Optional.ofNullable(fields.get("id")).flatMap(v -> v.id(ID, "domain")).orElse(null);
            domains.add(new Framework.Domain(id, text(fields, "name"), text(fields, "description"), competencies));
        }
        return domains;
    }

    private static Optional<Framework.Competency> competency(YamlTree.Value value, Map<String, String> seen) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(COMPETENCY, COMPETENCY);
        Optional<String> id = Optional.ofNullable(fields.get("id")).flatMap(v -> v.id(ID, "competency"));
        if (id.isPresent() && seen.putIfAbsent(id.get(), value.path()) != null) {
            findings.error(fields.get("id").path(), "framework.duplicateCompetency", id.get(), seen.get(id.get()));
            return Optional.empty();
        }
        List<String> levels = new ArrayList<>();
        Optional.ofNullable(fields.get("levels")).ifPresent(v -> {
            Map<String, YamlTree.Value> entries = v.entries(LEVEL_KEYS, LEVEL_KEYS);
            for (String key : LEVEL_KEYS) {
                Optional.ofNullable(entries.get(key)).flatMap(YamlTree.Value::text).ifPresent(text -> {
                    Jargon.check(text, entries.get(key).path(), entries.get(key).findings());
                    levels.add(text);
                });
            }
        });
        return id.map(i -> new Framework.Competency(i, text(fields, "name"), text(fields, "description"), levels));
    }

    private static Optional<Framework.RoleProfile> role(String id, YamlTree.Value value, List<String> known) {
        Findings findings = value.findings();
        Map<String, YamlTree.Value> fields = value.entries(List.of("name", "targets"), List.of("name", "targets"));
        Map<String, Integer> targets = new LinkedHashMap<>();
        Optional.ofNullable(fields.get("targets")).ifPresent(t -> t.keyed(ID, "competency").forEach((c, v) -> {
            if (!known.contains(c)) {
                findings.error(v.path(), "framework.unknownTarget", c, id);
            }
            v.integer().ifPresent(level -> {
                if (level < 1 || level > 4) {
                    findings.error(v.path(), "framework.targetRange", c, level);
                } else {
                    targets.put(c, level);
                }
            });
        }));
        for (String competency : known) {
            if (fields.containsKey("targets") && !targets.containsKey(competency)) {
                findings.warning(fields.get("targets").path(), "framework.missingTarget", id, competency);
            }
        }
        return Optional.of(new Framework.RoleProfile(id, text(fields, "name"), targets));
    }

    /** The text of a field; the learner reads it in the profile, so it is checked for jargon. */
    private static String text(Map<String, YamlTree.Value> fields, String key) {
        YamlTree.Value value = fields.get(key);
        String text = Optional.ofNullable(value).flatMap(YamlTree.Value::text).orElse(null);
        if (text != null) {
            Jargon.check(text, value.path(), value.findings());
        }
        return text;
    }
}
