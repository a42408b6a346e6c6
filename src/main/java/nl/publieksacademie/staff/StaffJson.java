package nl.publieksacademie.staff;

import java.util.Set;

/** JSON shapes of the staff and team API. */
public final class StaffJson {

    private StaffJson() {}

    public record StaffView(Long id, String username, String email, String fullName, Long teamId, String team,
            String jobRole, Set<String> roles, boolean active) {

        static StaffView of(StaffMember member) {
            Team team = member.getTeam();
            return new StaffView(member.getId(), member.getUsername(), member.getEmail(), member.getFullName(),
                    team == null ? null : team.getId(), team == null ? null : team.getName(), member.getJobRole(),
                    Set.copyOf(member.getRoles()), member.isActive());
        }
    }

    public record StaffInput(String fullName, String email, String username, Long teamId, String jobRole,
            Set<String> roles, Boolean active, String password) {

        StaffForm form() {
            return new StaffForm(fullName, email, username, teamId, jobRole, roles, active == null || active, password);
        }
    }

    public record TeamView(Long id, String name, String department) {
        static TeamView of(Team team) {
            return new TeamView(team.getId(), team.getName(), team.getDepartment());
        }
    }

    public record TeamInput(String name, String department) {}

    public record ImportResult(int imported) {}
}
