package nl.publieksacademie.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.publieksacademie.platform.Roles;

/**
 * What a provider's groups mean here: each configured group gives roles, a team or a job role
 * ({@code pa.oidc.<provider>.groups.<group>=role:trainer,team:Balie Stadhuis,jobrole:baliemedewerker}). Groups not
 * in the table mean nothing; a person whose groups give no role has no access. Pure.
 */
public record GroupMapping(Map<String, List<String>> table) {

    /** The roles, team and job role that a person's groups give. Several teams or job roles: the first in order. */
    public record Mapped(Set<String> roles, Optional<String> team, Optional<String> jobRole) {}

    public GroupMapping {
        table = Map.copyOf(table);
    }

    /**
     * Reads one table entry's value: comma-separated {@code role:<role>}, {@code team:<team name>} and
     * {@code jobrole:<code>}; an unknown kind or role is refused, so a typo shows at start-up, not as lost access.
     */
    public static List<String> parse(String group, String value) {
        List<String> targets = new java.util.ArrayList<>();
        for (String part : value.split(",")) {
            String target = part.strip();
            if (target.isEmpty()) {
                continue;
            }
            int colon = target.indexOf(':');
            String kind = colon < 0 ? "" : target.substring(0, colon).strip();
            String name = colon < 0 ? "" : target.substring(colon + 1).strip();
            boolean known = switch (kind) {
                case "role" -> Roles.ALL.contains(name);
                case "team", "jobrole" -> !name.isEmpty();
                default -> false;
            };
            if (!known) {
                throw new IllegalArgumentException("Group " + group + ": '" + target
                        + "' is not role:<learner|trainer|hr|admin>, team:<name> or jobrole:<code>");
            }
            targets.add(kind + ":" + name);
        }
        return List.copyOf(targets);
    }

    public Mapped map(Collection<String> groups) {
        Set<String> roles = new TreeSet<>();
        String team = null;
        String jobRole = null;
        for (String group : new TreeSet<>(groups)) {
            for (String target : table.getOrDefault(group, List.of())) {
                String name = target.substring(target.indexOf(':') + 1);
                if (target.startsWith("role:")) {
                    roles.add(name);
                } else if (target.startsWith("team:") && team == null) {
                    team = name;
                } else if (target.startsWith("jobrole:") && jobRole == null) {
                    jobRole = name;
                }
            }
        }
        return new Mapped(roles, Optional.ofNullable(team), Optional.ofNullable(jobRole));
    }
}
