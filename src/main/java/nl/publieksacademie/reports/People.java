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
import java.util.function.Function;
import nl.publieksacademie.competencies.boundary.ProfileView;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.courses.boundary.CourseStore;
import nl.publieksacademie.courses.boundary.Courses;
import nl.publieksacademie.courses.boundary.Enrolments;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.staff.PersonAccess;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;

/**
 * Individual data for HR: a team's members with their levels, courses and overdue assignments, and a person's
 * levels, gaps, trend per competency, evidence and courses. Only for people the caller may see ({@link
 * PersonAccess}; otherwise they do not exist for them), and every opening is written to the audit log: who, whose,
 * when, what.
 */
@ApplicationScoped
public class People {

    static final int TREND_MONTHS = 6;
    static final int EVIDENCE_SHOWN = 200;

    @Inject
    Staff staff;

    @Inject
    Profiles profiles;

    @Inject
    Enrolments enrolments;

    @Inject
    PersonAccess access;

    @Inject
    Reports reports;

    @Inject
    AuditLog audit;

    @Inject
    Courses courses;

    @Inject
    CourseStore courseStore;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** A member in the team view: levels per competency (framework order), courses done of enrolled, overdue. */
    public record Member(long id, String name, String jobRole, List<Integer> levels, List<Integer> gaps,
            long coursesDone, long coursesEnrolled, long overdue) {}

    /** The team; {@code trend} holds per competency the members' average level at the end of each month. */
    public record TeamView(long id, String name, String department, List<String> competencies,
            List<String> competencyNames, List<Member> members, List<String> months, List<List<Double>> trend) {}

    /** One competency of a person: level and gap now, and the level at the end of each of the last months. */
    public record Line(String id, String name, int level, String levelName, Integer target, int gap, int evidence,
            List<Integer> trend) {}

    /**
     * One piece of evidence: {@code source} is its kind ({@code scenario}, {@code quiz}), {@code from} names where
     * it was earned: the scenario's title, or the quiz step's title with its course's (empty if no longer known).
     */
    public record EvidenceLine(LocalDate date, String competency, int weight, String source, String reason,
            String from) {}

    public record CourseLine(String title, boolean completed, LocalDate completedOn, LocalDate dueOn,
            boolean overdue, int percent) {}

    public record PersonView(long id, String name, String team, String department, String jobRole,
            List<String> months, List<Line> competencies, List<EvidenceLine> evidence, List<CourseLine> courses) {}

    /** The last {@value #TREND_MONTHS} months, oldest first. */
    static List<YearMonth> yearMonths() {
        YearMonth now = YearMonth.now();
        List<YearMonth> months = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** The last {@value #TREND_MONTHS} months, oldest first, as yyyy-MM. */
    static List<String> months() {
        return yearMonths().stream().map(YearMonth::toString).toList();
    }

    /** The end of each of those months; for this month: now. */
    static List<Instant> monthEnds() {
        YearMonth now = YearMonth.now();
        List<Instant> ends = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            ends.add(i == 0 ? Instant.now()
                    : now.minusMonths(i).plusMonths(1).atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        return ends;
    }

    /** Per competency with evidence: the level by the rule at each of {@code ends}, from the evidence before it. */
    static Map<String, List<Integer>> trend(List<Evidence> evidence, LevelRule rule, List<Instant> ends) {
        Map<String, List<LevelRule.Point>> points = new HashMap<>();
        evidence.forEach(e -> points.computeIfAbsent(e.getCompetency(), k -> new ArrayList<>())
                .add(new LevelRule.Point(e.getWeight(), e.getEarnedAt().atZone(ZoneId.systemDefault()).toInstant())));
        Map<String, List<Integer>> trend = new HashMap<>();
        points.forEach((competency, all) -> {
            List<Integer> levels = new ArrayList<>();
            for (Instant end : ends) {
                levels.add(rule.level(all.stream().filter(p -> p.at().isBefore(end)).toList(), end).level());
            }
            trend.put(competency, levels);
        });
        return trend;
    }

    /**
     * A team's active members with their levels now, course tallies and overdue assignments, and the team's trend:
     * a fixed number of queries whatever the team's size (members, kept scores, enrolments, one pass over the
     * evidence for the trend).
     */
    public TeamView team(long teamId, String viewer, String what, String note) {
        Team team = access.team(teamId).orElseThrow(() -> new NotFound("team", teamId));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        profiles.framework().domains().forEach(d -> d.competencies().forEach(c -> {
            ids.add(c.id());
            names.add(c.name());
        }));
        List<StaffMember> active = staff.activeMembers(teamId).stream().filter(m -> !m.isPseudonymized()).toList();
        Map<Long, ProfileView> levels = profiles.profiles(active);
        Map<Long, Enrolments.Tally> tallies = enrolments.tallies(active.stream().map(StaffMember::getId).toList());
        List<Member> members = new ArrayList<>();
        for (StaffMember m : active) {
            ProfileView profile = levels.get(m.getId());
            Enrolments.Tally tally = tallies.getOrDefault(m.getId(), new Enrolments.Tally(0, 0, 0));
            members.add(new Member(m.getId(), m.getFullName(), m.getJobRole(),
                    profile.competencies().stream().map(ProfileView.Line::level).toList(),
                    profile.competencies().stream().map(ProfileView.Line::gap).toList(),
                    tally.completed(), tally.enrolled(), tally.overdue()));
        }
        Map<String, List<Double>> trend = reports.teamTrend(teamId, members.size(), ids, yearMonths());
        audit.record(viewer, what, "team " + teamId,
                members.size() + " member(s)" + (note == null ? "" : ", " + note));
        return new TeamView(teamId, team.getName(), team.getDepartment(), ids, names, members, months(),
                ids.stream().map(trend::get).toList());
    }

    /**
     * Where evidence was earned, in words: the scenario version's title, or the quiz step's title with its course's
     * title; each version looked up once per call (a person's evidence comes from a handful of versions).
     */
    private Function<Evidence, String> sources() {
        Map<Long, String> scenarios = new HashMap<>();
        Map<String, String> quizzes = new HashMap<>();
        return e -> {
            if (Evidence.SCENARIO.equals(e.getSourceType()) && e.getScenarioVersionId() != null) {
                return scenarios.computeIfAbsent(e.getScenarioVersionId(), id -> {
                    ScenarioVersion version = em.find(ScenarioVersion.class, id);
                    return version == null ? "" : version.getTitle();
                });
            }
            if (Evidence.QUIZ.equals(e.getSourceType()) && e.getCourseVersionId() != null) {
                return quizzes.computeIfAbsent(e.getCourseVersionId() + "/" + e.getNode(), k -> courseStore
                        .version(e.getCourseVersionId()).map(v -> {
                            Course course = courses.of(v).course();
                            String step = course.modules().stream().flatMap(m -> m.steps().stream())
                                    .filter(st -> st.id().equals(e.getNode())).map(Course.Step::title)
                                    .findFirst().orElse(e.getNode());
                            return step + " (" + course.title() + ")";
                        }).orElse(""));
            }
            return "";
        };
    }

    public PersonView person(long staffId, String viewer, String what, String note) {
        StaffMember member = access.person(staffId).filter(s -> s.getTeam() != null)
                .orElseThrow(() -> new NotFound("staff member", staffId));
        ProfileView profile = profiles.profile(member);
        LevelRule rule = profiles.framework().rule();
        List<Evidence> evidence = profiles.evidence(member.getId());
        List<Instant> ends = monthEnds();
        Map<String, List<Integer>> trends = trend(evidence, rule, ends);
        List<Line> lines = new ArrayList<>();
        for (ProfileView.Line l : profile.competencies()) {
            List<Integer> trend = trends.getOrDefault(l.id(), ends.stream().map(e -> 1).toList());
            lines.add(new Line(l.id(), l.name(), l.level(), l.levelName(), l.target(), l.gap(), l.evidence(), trend));
        }
        List<String> months = months();
        Function<Evidence, String> from = sources();
        List<EvidenceLine> shown = evidence.stream().limit(EVIDENCE_SHOWN)
                .map(e -> new EvidenceLine(e.getEarnedAt().toLocalDate(), e.getCompetency(), e.getWeight(),
                        e.getSourceType(), e.getReason(), from.apply(e)))
                .toList();
        List<CourseLine> courses = enrolments.mine(member).stream()
                .map(c -> new CourseLine(c.title(), c.completed(), c.completedOn(), c.dueOn(), c.overdue(), c.percent()))
                .toList();
        audit.record(viewer, what, "staff " + staffId,
                member.getTeam().getDepartment() + (note == null ? "" : ", " + note));
        return new PersonView(member.getId(), member.getFullName(), member.getTeam().getName(),
                member.getTeam().getDepartment(), member.getJobRole(), months, lines, shown, courses);
    }
}
