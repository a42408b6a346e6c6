package nl.publieksacademie.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.competencies.boundary.ProfileView;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.courses.boundary.CourseProgress;
import nl.publieksacademie.courses.boundary.Enrolments;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;

/**
 * Individual data for HR: a team's members with their levels, courses and overdue assignments, and a person's
 * levels, gaps, trend per competency, evidence and courses. Only for departments the caller may see (otherwise
 * it does not exist for them), and every opening is written to the audit log: who, whose, when, what.
 */
@ApplicationScoped
public class People {

    static final int TREND_MONTHS = 6;
    static final int EVIDENCE_SHOWN = 200;

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    Profiles profiles;

    @Inject
    Enrolments enrolments;

    @Inject
    Grants grants;

    @Inject
    AuditLog audit;

    /** A member in the team view: levels per competency (framework order), courses done of enrolled, overdue. */
    public record Member(long id, String name, String jobRole, List<Integer> levels, List<Integer> gaps,
            long coursesDone, long coursesEnrolled, long overdue) {}

    public record TeamView(long id, String name, String department, List<String> competencies,
            List<String> competencyNames, List<Member> members) {}

    /** One competency of a person: level and gap now, and the level at the end of each of the last months. */
    public record Line(String id, String name, int level, String levelName, Integer target, int gap, int evidence,
            List<Integer> trend) {}

    public record EvidenceLine(LocalDate date, String competency, int weight, String source, String reason) {}

    public record CourseLine(String title, boolean completed, LocalDate completedOn, LocalDate dueOn,
            boolean overdue, int percent) {}

    public record PersonView(long id, String name, String team, String department, String jobRole,
            List<String> months, List<Line> competencies, List<EvidenceLine> evidence, List<CourseLine> courses) {}

    public TeamView team(long teamId, String viewer) {
        Team team = teams.find(teamId).filter(t -> grants.maySee(t.getDepartment()))
                .orElseThrow(() -> new NotFound("team", teamId));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        profiles.framework().domains().forEach(d -> d.competencies().forEach(c -> {
            ids.add(c.id());
            names.add(c.name());
        }));
        List<Member> members = new ArrayList<>();
        for (StaffMember m : staff.all()) {
            if (m.getTeam() == null || !m.getTeam().getId().equals(teamId) || !m.isActive()) {
                continue;
            }
            ProfileView profile = profiles.profile(m);
            List<CourseProgress> courses = enrolments.mine(m);
            members.add(new Member(m.getId(), m.getFullName(), m.getJobRole(),
                    profile.competencies().stream().map(ProfileView.Line::level).toList(),
                    profile.competencies().stream().map(ProfileView.Line::gap).toList(),
                    courses.stream().filter(CourseProgress::completed).count(), courses.size(),
                    courses.stream().filter(CourseProgress::overdue).count()));
        }
        audit.record(viewer, "report.team", "team " + teamId, members.size() + " member(s)");
        return new TeamView(teamId, team.getName(), team.getDepartment(), ids, names, members);
    }

    public PersonView person(long staffId, String viewer, String what) {
        StaffMember member = staff.find(staffId)
                .filter(s -> s.getTeam() != null && grants.maySee(s.getTeam().getDepartment()))
                .orElseThrow(() -> new NotFound("staff member", staffId));
        ProfileView profile = profiles.profile(member);
        LevelRule rule = profiles.framework().rule();
        List<Evidence> evidence = profiles.evidence(member.getId());
        YearMonth now = YearMonth.now();
        List<String> months = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth month = now.minusMonths(i);
            months.add(month.toString());
            ends.add(i == 0 ? Instant.now() : month.plusMonths(1).atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        Map<String, List<Evidence>> byCompetency = new HashMap<>();
        evidence.forEach(e -> byCompetency.computeIfAbsent(e.getCompetency(), k -> new ArrayList<>()).add(e));
        List<Line> lines = new ArrayList<>();
        for (ProfileView.Line l : profile.competencies()) {
            List<Integer> trend = new ArrayList<>();
            for (Instant end : ends) {
                List<LevelRule.Point> points = byCompetency.getOrDefault(l.id(), List.of()).stream()
                        .map(e -> new LevelRule.Point(e.getWeight(), e.getEarnedAt().atZone(ZoneId.systemDefault()).toInstant()))
                        .filter(p -> p.at().isBefore(end)).toList();
                trend.add(rule.level(points, end).level());
            }
            lines.add(new Line(l.id(), l.name(), l.level(), l.levelName(), l.target(), l.gap(), l.evidence(), trend));
        }
        List<EvidenceLine> shown = evidence.stream().limit(EVIDENCE_SHOWN)
                .map(e -> new EvidenceLine(e.getEarnedAt().toLocalDate(), e.getCompetency(), e.getWeight(),
                        e.getSourceType(), e.getReason()))
                .toList();
        List<CourseLine> courses = enrolments.mine(member).stream()
                .map(c -> new CourseLine(c.title(), c.completed(), c.completedOn(), c.dueOn(), c.overdue(), c.percent()))
                .toList();
        audit.record(viewer, what, "staff " + staffId, member.getTeam().getDepartment());
        return new PersonView(member.getId(), member.getFullName(), member.getTeam().getName(),
                member.getTeam().getDepartment(), member.getJobRole(), months, lines, shown, courses);
    }
}
