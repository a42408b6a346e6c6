package nl.publieksacademie.competencies.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The competency framework as read from {@code courses/competencies.yaml}: four levels, the rule that turns
 * evidence into a level, competencies grouped in domains, and each job role's target level per competency.
 */
public record Framework(List<Level> levels, LevelRule rule, List<Domain> domains, Map<String, RoleProfile> roles) {

    public Framework {
        levels = List.copyOf(levels);
        domains = List.copyOf(domains);
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    public record Level(int level, String name) {}

    public record Domain(String id, String name, String description, List<Competency> competencies) {
        public Domain {
            competencies = List.copyOf(competencies);
        }
    }

    /** A competency with a descriptor per level (index 0 describes level 1). */
    public record Competency(String id, String name, String description, List<String> levels) {
        public Competency {
            levels = List.copyOf(levels);
        }
    }

    public record RoleProfile(String id, String name, Map<String, Integer> targets) {
        public RoleProfile {
            targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        }
    }

    public Set<String> competencyIds() {
        return domains.stream().flatMap(d -> d.competencies().stream()).map(Competency::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public Optional<Competency> competency(String id) {
        return domains.stream().flatMap(d -> d.competencies().stream()).filter(c -> c.id().equals(id)).findFirst();
    }
}
