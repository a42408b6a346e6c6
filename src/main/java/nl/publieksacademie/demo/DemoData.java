package nl.publieksacademie.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.content.boundary.ContentStore;
import nl.publieksacademie.courses.boundary.CourseStore;
import nl.publieksacademie.courses.control.Course;
import nl.publieksacademie.courses.entity.CourseVersion;
import nl.publieksacademie.platform.Database;
import nl.publieksacademie.platform.IdBlock;
import nl.publieksacademie.reports.LevelSnapshots;
import nl.publieksacademie.scenarios.boundary.ScenarioGraphs;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.PlayStateJson;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.control.Step;
import nl.publieksacademie.scenarios.entity.ScenarioVersion;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;

/**
 * Fills a municipality: teams in Burgerzaken, KCC and Wmo, staff with Dutch names, and for each person months of
 * real play (attempts through the shipped scenarios with the engine, choices biased by a personal skill) with their
 * steps and evidence, the kept sums, and course enrolments with progress, completions and (overdue) assignments.
 * Plain JDBC in batches, so the same code makes 300 people at a demo start and 10,000 for benchmarks.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String[] FIRST = {"Anouk", "Bram", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilse", "Jeroen",
        "Kim", "Lars", "Mila", "Noah", "Olga", "Pieter", "Quinten", "Rosa", "Sem", "Tessa", "Umut", "Vera", "Wouter",
        "Yara", "Zeynep", "Annelies", "Bas", "Chantal", "Dirk", "Esra", "Floor", "Gerard", "Hatice", "Ingrid", "Joost",
        "Karin", "Luuk", "Marieke", "Niels", "Priya", "Ruud", "Sanne", "Thijs", "Wilma", "Youssef", "Mohamed", "Ayse"};
    static final String[] LAST = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
        "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Haddou",
        "Yilmaz", "El Amrani", "Kaya", "Boukhari", "van Wijk", "Hoekstra", "Postma", "Kuipers", "Veenstra", "Koster"};
    static final Map<String, String[]> TEAMS = Map.of(
            "Burgerzaken", new String[] {"Balie Stadhuis", "Balie Noord", "Reisdocumenten", "Burgerlijke Stand",
                "Balie Zuid"},
            "Klantcontactcentrum", new String[] {"KCC Telefonie", "KCC Chat en Mail", "KCC Tweede Lijn", "KCC Avond"},
            "Sociaal Domein", new String[] {"Wmo Noord", "Wmo Zuid", "Wmo Jeugd en Gezin"});
    static final Map<String, String> ROLE = Map.of("Burgerzaken", "baliemedewerker", "Klantcontactcentrum",
            "kcc-medewerker", "Sociaal Domein", "wmo-consulent");

    @Inject
    LevelSnapshots snapshots;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ContentStore content;

    @Inject
    CourseStore courses;

    @Inject
    ScenarioGraphs graphs;

    @Inject
    Profiles profiles;

    /** How much to make: people, teams (spread over the three departments), attempts per person, months back. */
    public record Size(int staff, int teams, int attemptsPerPerson, int months, long seed) {}

    /** What was made, and how long it took. */
    public record Made(int teams, int staff, int attempts, long evidence, long millis) {}

    /**
     * Up to this many staff the data is stored in one transaction (all or nothing, as the demo municipality at
     * start-up needs); larger runs of the generator commit every 200 people to bound the transaction.
     */
    static final int ONE_TRANSACTION_UP_TO = 1000;

    public Made generate(Size size) {
        long started = System.nanoTime();
        Random random = new Random(size.seed());
        String run = "demo" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        LevelRule rule = profiles.framework().rule();
        List<ScenarioVersion> versions = content.currentScenarios();
        List<ScenarioGraph> scenarioGraphs = versions.stream().map(graphs::of).toList();
        List<CourseVersion> courseVersions = courses.current();
        int attempts = 0;
        long evidence = 0;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            List<long[]> teamIds = new ArrayList<>();
            List<String> teamDepartments = new ArrayList<>();
            String[] departments = {"Burgerzaken", "Klantcontactcentrum", "Sociaal Domein"};
            try (PreparedStatement team = db.prepareStatement(
                    "INSERT INTO team (name, department, version) VALUES (?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                for (int t = 0; t < size.teams(); t++) {
                    String department = departments[t % 3];
                    String[] names = TEAMS.get(department);
                    int n = t / 3;
                    String name = n < names.length ? names[n] : names[n % names.length] + " " + (n / names.length + 1);
                    Long existing = null;
                    try (PreparedStatement find = db.prepareStatement("SELECT id, department FROM team WHERE name = ?")) {
                        find.setString(1, name);
                        try (ResultSet rs = find.executeQuery()) {
                            if (rs.next()) {
                                existing = rs.getLong(1);
                                department = rs.getString(2);
                            }
                        }
                    }
                    if (existing == null) {
                        team.setString(1, name);
                        team.setString(2, department);
                        team.executeUpdate();
                        try (ResultSet keys = team.getGeneratedKeys()) {
                            keys.next();
                            existing = keys.getLong(1);
                        }
                    }
                    teamIds.add(new long[] {existing});
                    teamDepartments.add(department);
                }
            }
            LocalDateTime now = LocalDateTime.now();
            try (PreparedStatement person = db.prepareStatement("INSERT INTO staff_member (username, email, "
                    + "full_name, team_id, job_role, active, created_at, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement role = db.prepareStatement(
                    "INSERT INTO staff_role (staff_id, role_name) VALUES (?, 'learner')");
                 PreparedStatement attempt = db.prepareStatement("INSERT INTO attempt (staff_id, "
                    + "scenario_version_id, state, step, finished, ending, outcome, started_at, updated_at, version, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                 IdBlock attemptIds = new IdBlock(db, "attempt_ids");
                 IdBlock evidenceIds = new IdBlock(db, "evidence_ids");
                 PreparedStatement step = db.prepareStatement("INSERT INTO attempt_step (attempt_id, step_no, node, "
                    + "choice, taken_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement proof = db.prepareStatement("INSERT INTO evidence (staff_id, competency, weight, "
                    + "reason, source_type, scenario_version_id, attempt_id, step_no, node, choice, earned_at, factor, id) "
                    + "VALUES (?, ?, ?, ?, 'scenario', ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement score = db.prepareStatement("INSERT INTO competency_score (staff_id, competency, "
                    + "weighted_sum, factor_sum, evidence_count, half_life_days, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement enrol = db.prepareStatement("INSERT INTO enrolment (staff_id, course_id, "
                    + "enrolled_at, assigned_by, due_on, completed_at, completed_version_id, certificate_code, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement progress = db.prepareStatement("INSERT INTO step_progress (enrolment_id, step_id, "
                    + "course_version_id, completed_at) VALUES (?, ?, ?, ?)")) {
                for (int s = 0; s < size.staff(); s++) {
                    int t = s % size.teams();
                    String department = teamDepartments.get(t);
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    String username = run + "-" + (s + 1);
                    person.setString(1, username);
                    person.setString(2, username + "@demo.publieksacademie.nl");
                    person.setString(3, first + " " + last);
                    person.setLong(4, teamIds.get(t)[0]);
                    person.setString(5, ROLE.get(department));
                    person.setTimestamp(6, Timestamp.valueOf(now.minusMonths(size.months())));
                    person.executeUpdate();
                    long staffId;
                    try (ResultSet keys = person.getGeneratedKeys()) {
                        keys.next();
                        staffId = keys.getLong(1);
                    }
                    role.setLong(1, staffId);
                    role.executeUpdate();
                    double skill = random.nextGaussian() * 0.25 + 0.55;
                    Map<String, double[]> sums = new HashMap<>();
                    for (int a = 0; a < size.attemptsPerPerson() && !scenarioGraphs.isEmpty(); a++) {
                        int which = random.nextInt(scenarioGraphs.size());
                        ScenarioGraph graph = scenarioGraphs.get(which);
                        long versionId = versions.get(which).getId();
                        LocalDateTime at = now.minusMinutes(random.nextInt(size.months() * 30 * 24 * 60));
                        PlayState state = ScenarioEngine.start(graph);
                        boolean quits = random.nextDouble() < 0.08;
                        List<Object[]> steps = new ArrayList<>();
                        Step last2 = null;
                        for (int n = 0; n < 60; n++) {
                            List<Choice> visible = ScenarioEngine.visible(graph, state);
                            if (visible.isEmpty() || (quits && n == 2)) {
                                break;
                            }
                            Choice choice = pick(visible, skill, random);
                            Step taken = ScenarioEngine.choose(graph, state, choice.id());
                            steps.add(new Object[] {n + 1, state.node(), choice.id(), at.plusMinutes(n), taken});
                            state = taken.state();
                            last2 = taken;
                            if (taken.ended()) {
                                break;
                            }
                        }
                        boolean finished = last2 != null && last2.ended();
                        attempt.setLong(1, staffId);
                        attempt.setLong(2, versionId);
                        attempt.setString(3, PlayStateJson.write(state));
                        attempt.setInt(4, steps.size());
                        attempt.setBoolean(5, finished);
                        attempt.setString(6, finished ? state.node() : null);
                        attempt.setString(7, finished ? last2.ending().outcome().key() : null);
                        attempt.setTimestamp(8, Timestamp.valueOf(at));
                        attempt.setTimestamp(9, Timestamp.valueOf(at.plusMinutes(steps.size())));
                        long attemptId = attemptIds.next();
                        attempt.setLong(10, attemptId);
                        attempt.executeUpdate();
                        attempts++;
                        for (Object[] st : steps) {
                            Timestamp when = Timestamp.valueOf((LocalDateTime) st[3]);
                            step.setLong(1, attemptId);
                            step.setInt(2, (Integer) st[0]);
                            step.setString(3, (String) st[1]);
                            step.setString(4, (String) st[2]);
                            step.setTimestamp(5, when);
                            step.addBatch();
                            for (var e : ((Step) st[4]).evidence()) {
                                double factor = rule.epochFactor(when.toInstant());
                                proof.setLong(1, staffId);
                                proof.setString(2, e.competency());
                                proof.setInt(3, e.weight());
                                proof.setString(4, e.reason() == null || e.reason().length() <= 500 ? e.reason()
                                        : e.reason().substring(0, 500));
                                proof.setLong(5, versionId);
                                proof.setLong(6, attemptId);
                                proof.setInt(7, (Integer) st[0]);
                                proof.setString(8, (String) st[1]);
                                proof.setString(9, (String) st[2]);
                                proof.setTimestamp(10, when);
                                proof.setDouble(11, factor);
                                proof.setLong(12, evidenceIds.next());
                                proof.addBatch();
                                evidence++;
                                double[] sum = sums.computeIfAbsent(e.competency(), k -> new double[3]);
                                sum[0] += e.weight() * factor;
                                sum[1] += factor;
                                sum[2]++;
                            }
                        }
                    }
                    step.executeBatch();
                    proof.executeBatch();
                    for (Map.Entry<String, double[]> sum : sums.entrySet()) {
                        score.setLong(1, staffId);
                        score.setString(2, sum.getKey());
                        score.setDouble(3, sum.getValue()[0]);
                        score.setDouble(4, sum.getValue()[1]);
                        score.setInt(5, (int) sum.getValue()[2]);
                        score.setDouble(6, rule.halfLifeDays());
                        score.setTimestamp(7, Timestamp.valueOf(now));
                        score.addBatch();
                    }
                    score.executeBatch();
                    enrolments(courseVersions, staffId, department, random, now, size, enrol, progress);
                    if (size.staff() > ONE_TRANSACTION_UP_TO && s % 200 == 199) {
                        db.commit();
                    }
                }
            }
            // the evidence goes months back: the kept monthly levels are made again when next needed
            snapshots.forgetAll(db);
            db.commit();
            snapshots.recheck();
        } catch (SQLException e) {
            throw new IllegalStateException("Making demo data failed", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Made made = new Made(size.teams(), size.staff(), attempts, evidence, millis);
        LOG.info(() -> "Demo data: " + made);
        return made;
    }

    /** Picks a choice: the one with the best evidence more often as the person's skill is higher. */
    static Choice pick(List<Choice> visible, double skill, Random random) {
        if (visible.size() == 1 || random.nextDouble() > Math.max(0.05, Math.min(0.95, skill))) {
            return visible.get(random.nextInt(visible.size()));
        }
        Choice best = visible.get(0);
        int bestWeight = Integer.MIN_VALUE;
        for (Choice c : visible) {
            int weight = c.evidence().stream().mapToInt(e -> e.weight()).sum();
            if (weight > bestWeight) {
                best = c;
                bestWeight = weight;
            }
        }
        return best;
    }

    private void enrolments(List<CourseVersion> versions, long staffId, String department, Random random,
            LocalDateTime now, Size size, PreparedStatement enrol, PreparedStatement progress) throws SQLException {
        for (CourseVersion version : versions) {
            Course course = courseModel(version);
            if (course == null || !course.roles().contains(ROLE.get(department)) || random.nextDouble() < 0.3) {
                continue;
            }
            LocalDateTime enrolled = now.minusDays(random.nextInt(size.months() * 30) + 1);
            boolean assigned = random.nextDouble() < 0.5;
            List<String> required = course.requiredSteps();
            int done = random.nextInt(required.size() + 1);
            boolean completed = done == required.size();
            java.time.LocalDate due = assigned ? enrolled.toLocalDate().plusDays(30 + random.nextInt(90)) : null;
            enrol.setLong(1, staffId);
            enrol.setLong(2, version.getCourse().getId());
            enrol.setTimestamp(3, Timestamp.valueOf(enrolled));
            enrol.setString(4, assigned ? "demo" : null);
            enrol.setObject(5, due == null ? null : java.sql.Date.valueOf(due));
            enrol.setTimestamp(6, completed ? Timestamp.valueOf(enrolled.plusDays(7)) : null);
            enrol.setObject(7, completed ? version.getId() : null);
            enrol.setString(8, completed ? "DEMO-" + staffId + "-" + version.getCourse().getId() : null);
            enrol.executeUpdate();
            long enrolmentId;
            try (ResultSet keys = enrol.getGeneratedKeys()) {
                keys.next();
                enrolmentId = keys.getLong(1);
            }
            for (int i = 0; i < done; i++) {
                progress.setLong(1, enrolmentId);
                progress.setString(2, required.get(i));
                progress.setLong(3, version.getId());
                progress.setTimestamp(4, Timestamp.valueOf(enrolled.plusDays(i)));
                progress.addBatch();
            }
            progress.executeBatch();
        }
    }

    private final Map<Long, Course> courseModels = new java.util.concurrent.ConcurrentHashMap<>();

    private Course courseModel(CourseVersion version) {
        return courseModels.computeIfAbsent(version.getId(), id -> nl.publieksacademie.courses.control.CourseReader
                .read("courses/" + version.getCourse().getSlug(), courses.files(id), null, null).course());
    }
}
