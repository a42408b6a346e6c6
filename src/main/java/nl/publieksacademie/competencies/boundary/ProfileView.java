package nl.publieksacademie.competencies.boundary;

import java.util.List;

/** A person's skills profile: per competency of the framework the level by the rule, the role target and the gap. */
public record ProfileView(String name, String jobRole, List<Line> competencies) {

    /** One competency. {@code target} is null when the person has no job role with a target for it. */
    public record Line(String id, String name, String domain, int level, String levelName, String descriptor,
            double score, double volume, int evidence, Integer target, int gap) {}
}
