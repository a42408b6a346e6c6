package nl.publieksacademie.courses.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.publieksacademie.scenarios.graph.Outcome;

/**
 * A course as read from {@code courses/<slug>/course.yaml}: modules in order, each with steps in order. Step ids
 * are unique in the course and stable across versions; progress is kept by step id.
 */
public record Course(String slug, String title, String summary, List<String> roles, List<String> competencies,
        int duration, List<Module> modules) {

    public Course {
        roles = List.copyOf(roles);
        competencies = List.copyOf(competencies);
        modules = List.copyOf(modules);
    }

    public enum Kind {
        LESSON, QUIZ, SCENARIO;

        public String key() {
            return name().toLowerCase();
        }
    }

    public record Module(String id, String title, List<Step> steps) {
        public Module {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step: a lesson or quiz ({@code file} in the course folder) or a scenario ({@code scenario} slug, with the
     * outcomes that pass it). Optional steps do not count for completion.
     */
    public record Step(String id, String title, Kind kind, String file, String scenario, Set<Outcome> pass,
            boolean optional) {
        public Step {
            pass = Set.copyOf(pass);
        }

        public boolean passes(Outcome outcome) {
            return kind == Kind.SCENARIO && pass.contains(outcome);
        }
    }

    /** All steps in course order. */
    public List<Step> steps() {
        return modules.stream().flatMap(m -> m.steps().stream()).toList();
    }

    public Optional<Step> step(String id) {
        return steps().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The ids of the steps that count for completion. */
    public List<String> requiredSteps() {
        return steps().stream().filter(s -> !s.optional()).map(Step::id).toList();
    }

    /** The module a step belongs to. */
    public Optional<Module> moduleOf(String stepId) {
        return modules.stream().filter(m -> m.steps().stream().anyMatch(s -> s.id().equals(stepId))).findFirst();
    }
}
