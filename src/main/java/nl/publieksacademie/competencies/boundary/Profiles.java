package nl.publieksacademie.competencies.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.competencies.entity.CompetencyScore;
import nl.publieksacademie.competencies.entity.Evidence;
import nl.publieksacademie.content.boundary.ContentChecker;
import nl.publieksacademie.staff.StaffMember;

/**
 * Evidence and the skills profile derived from it. Recording evidence also adds it to the kept sums per person and
 * competency (the profile is updated incrementally); {@link #rebuild} recomputes those sums from the evidence
 * alone and gives the same profile.
 */
@ApplicationScoped
public class Profiles {

    /**
     * Adds to the sums in the database, with bound parameters so the statement is prepared once, and sent for all
     * competencies of a step as one JDBC batch.
     */
    static final String ADD = "UPDATE competency_score SET weighted_sum = weighted_sum + ?, factor_sum = factor_sum + ?,"
            + " evidence_count = evidence_count + ?, updated_at = ? WHERE staff_id = ? AND competency = ?";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentChecker content;

    /** The current framework; fails when none was ever imported. */
    public Framework framework() {
        Framework framework = content.framework();
        if (framework == null) {
            throw new IllegalStateException("No competency framework has been imported");
        }
        return framework;
    }

    /**
     * Stores evidence and adds it to the kept sums. Joins the caller's transaction. The sums are added to in the
     * database ({@code SET sum = sum + ?}), so steps of one person in two attempts at once cannot overwrite each
     * other's evidence. Two round trips whatever the number of pieces: the sums' updates as one batch now, the
     * evidence as one batch at commit (ids come in blocks); sums a person does not have yet are inserted then too.
     */
    @Transactional
    public void record(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        LevelRule rule = framework().rule();
        Map<Long, Map<String, double[]>> sums = new TreeMap<>();
        for (Evidence e : evidence) {
            double factor = rule.epochFactor(instant(e.getEarnedAt()));
            e.setFactor(factor);
            em.persist(e);
            double[] sum = sums.computeIfAbsent(e.getStaffId(), k -> new TreeMap<>())
                    .computeIfAbsent(e.getCompetency(), k -> new double[3]);
            sum[0] += e.getWeight() * factor;
            sum[1] += factor;
            sum[2]++;
        }
        List<Object[]> added = new ArrayList<>();
        sums.forEach((staff, of) -> of.forEach((competency, sum) -> added.add(new Object[] {staff, competency, sum})));
        int[] updated = addToSums(added);
        for (int i = 0; i < added.size(); i++) {
            if (updated[i] == 0) {
                double[] sum = (double[]) added.get(i)[2];
                CompetencyScore score = new CompetencyScore((Long) added.get(i)[0], (String) added.get(i)[1],
                        rule.halfLifeDays());
                score.addSums(sum[0], sum[1], (int) sum[2]);
                em.persist(score);
            }
        }
    }

    /**
     * Replaces the evidence of the quiz submissions {@code submissions} (ids; evidence of scenario attempts is never
     * touched) by {@code evidence}: the old evidence is deleted and taken off the kept sums, the new recorded. So a
     * quiz's evidence counts once, for its best submission.
     */
    @Transactional
    public void replace(List<Long> submissions, List<Evidence> evidence) {
        if (!submissions.isEmpty()) {
            LevelRule rule = framework().rule();
            for (Evidence e : em.createQuery("SELECT e FROM Evidence e WHERE e.sourceType = :quiz"
                    + " AND e.submissionId IN :submissions", Evidence.class)
                    .setParameter("quiz", Evidence.QUIZ).setParameter("submissions", submissions).getResultList()) {
                double factor = e.getFactor() != null ? e.getFactor() : rule.epochFactor(instant(e.getEarnedAt()));
                em.createNativeQuery(TAKE_OFF)
                        .setParameter(1, e.getWeight() * factor)
                        .setParameter(2, factor)
                        .setParameter(3, LocalDateTime.now())
                        .setParameter(4, e.getStaffId())
                        .setParameter(5, e.getCompetency())
                        .executeUpdate();
                em.remove(e);
            }
            em.flush();
        }
        record(evidence);
    }

    /** Takes one piece of evidence off the sums; the last one leaves them exactly zero (no rounding residue). */
    static final String TAKE_OFF = "UPDATE competency_score SET"
            + " weighted_sum = CASE WHEN evidence_count <= 1 THEN 0 ELSE weighted_sum - ?1 END,"
            + " factor_sum = CASE WHEN evidence_count <= 1 THEN 0 ELSE factor_sum - ?2 END,"
            + " evidence_count = CASE WHEN evidence_count <= 1 THEN 0 ELSE evidence_count - 1 END, updated_at = ?3"
            + " WHERE staff_id = ?4 AND competency = ?5";

    /** One JDBC batch of {@link #ADD} on the transaction's connection; answers the rows each changed. */
    private int[] addToSums(List<Object[]> added) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement add = em.unwrap(Connection.class).prepareStatement(ADD)) {
            for (Object[] a : added) {
                double[] sum = (double[]) a[2];
                add.setDouble(1, sum[0]);
                add.setDouble(2, sum[1]);
                add.setInt(3, (int) sum[2]);
                add.setTimestamp(4, now);
                add.setLong(5, (Long) a[0]);
                add.setString(6, (String) a[1]);
                add.addBatch();
            }
            return add.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot add evidence to the kept sums", e);
        }
    }

    /** The profile of {@code staff} now. */
    public ProfileView profile(StaffMember staff) {
        return view(staff, em.createNamedQuery(CompetencyScore.OF_STAFF, CompetencyScore.class)
                .setParameter("staff", staff.getId()).getResultList());
    }

    /** The profiles of several staff members now, by id, from one query. */
    public Map<Long, ProfileView> profiles(List<StaffMember> staff) {
        Map<Long, List<CompetencyScore>> scores = new HashMap<>();
        if (!staff.isEmpty()) {
            em.createNamedQuery(CompetencyScore.OF_STAFF_IN, CompetencyScore.class)
                    .setParameter("staff", staff.stream().map(StaffMember::getId).toList()).getResultList()
                    .forEach(s -> scores.computeIfAbsent(s.getStaffId(), k -> new ArrayList<>()).add(s));
        }
        Map<Long, ProfileView> views = new HashMap<>();
        staff.forEach(s -> views.put(s.getId(), view(s, scores.getOrDefault(s.getId(), List.of()))));
        return views;
    }

    private ProfileView view(StaffMember staff, List<CompetencyScore> kept) {
        Framework framework = framework();
        LevelRule rule = framework.rule();
        Map<String, CompetencyScore> scores = new HashMap<>();
        boolean current = true;
        for (CompetencyScore score : kept) {
            scores.put(score.getCompetency(), score);
            current &= score.getHalfLifeDays() == rule.halfLifeDays();
        }
        Map<String, LevelRule.Result> results = current ? fromScores(scores, rule) : fromEvidence(staff.getId(), rule);
        Map<String, Integer> targets = staff.getJobRole() == null || !framework.roles().containsKey(staff.getJobRole())
                ? Map.of()
                : framework.roles().get(staff.getJobRole()).targets();
        List<ProfileView.Line> lines = new ArrayList<>();
        for (Framework.Domain domain : framework.domains()) {
            for (Framework.Competency competency : domain.competencies()) {
                LevelRule.Result result = results.getOrDefault(competency.id(), new LevelRule.Result(1, 0, 0));
                Integer target = targets.get(competency.id());
                CompetencyScore score = scores.get(competency.id());
                lines.add(new ProfileView.Line(competency.id(), competency.name(), domain.name(), result.level(),
                        framework.levels().get(result.level() - 1).name(),
                        competency.levels().get(result.level() - 1), result.score(), result.volume(),
                        score == null ? 0 : score.getEvidenceCount(), target,
                        target == null ? 0 : Math.max(0, target - result.level())));
            }
        }
        return new ProfileView(staff.getFullName(), staff.getJobRole(), lines);
    }

    private static Map<String, LevelRule.Result> fromScores(Map<String, CompetencyScore> scores, LevelRule rule) {
        Instant now = Instant.now();
        Map<String, LevelRule.Result> results = new HashMap<>();
        scores.forEach((id, s) -> results.put(id, rule.fromSums(s.getWeightedSum(), s.getFactorSum(), now)));
        return results;
    }

    private Map<String, LevelRule.Result> fromEvidence(Long staffId, LevelRule rule) {
        Map<String, List<LevelRule.Point>> points = new HashMap<>();
        for (Evidence e : evidence(staffId)) {
            points.computeIfAbsent(e.getCompetency(), k -> new ArrayList<>())
                    .add(new LevelRule.Point(e.getWeight(), instant(e.getEarnedAt())));
        }
        Instant now = Instant.now();
        Map<String, LevelRule.Result> results = new HashMap<>();
        points.forEach((id, p) -> results.put(id, rule.level(p, now)));
        return results;
    }

    public List<Evidence> evidence(Long staffId) {
        return em.createNamedQuery(Evidence.OF_STAFF, Evidence.class).setParameter("staff", staffId).getResultList();
    }

    /** Recomputes the kept sums of one person from the evidence table. */
    @Transactional
    public void rebuild(Long staffId) {
        em.createNamedQuery(CompetencyScore.DELETE_OF_STAFF).setParameter("staff", staffId).executeUpdate();
        em.flush();
        LevelRule rule = framework().rule();
        Map<String, CompetencyScore> scores = new HashMap<>();
        for (Evidence e : evidence(staffId)) {
            scores.computeIfAbsent(e.getCompetency(), c -> {
                CompetencyScore created = new CompetencyScore(staffId, c, rule.halfLifeDays());
                em.persist(created);
                return created;
            }).add(e.getWeight(), rule.epochFactor(instant(e.getEarnedAt())));
        }
    }

    /** Rebuilds every profile that has evidence; answers how many. */
    @Transactional
    public int rebuildAll() {
        List<Long> staff = em.createNamedQuery(Evidence.STAFF_WITH_EVIDENCE, Long.class).getResultList();
        staff.forEach(this::rebuild);
        return staff.size();
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(ZoneId.systemDefault()).toInstant();
    }
}
