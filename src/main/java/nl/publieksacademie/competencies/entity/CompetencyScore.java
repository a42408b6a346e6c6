package nl.publieksacademie.competencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The kept sums of the level rule for one person and competency (see {@code LevelRule#fromSums}): derived from
 * evidence, updated as evidence arrives, and rebuildable from the evidence table at any time.
 */
@Entity
@Table(name = "competency_score")
@IdClass(CompetencyScore.Key.class)
@NamedQuery(name = CompetencyScore.OF_STAFF, query = "SELECT c FROM CompetencyScore c WHERE c.staffId = :staff")
@NamedQuery(name = CompetencyScore.OF_STAFF_IN, query = "SELECT c FROM CompetencyScore c WHERE c.staffId IN :staff")
@NamedQuery(name = CompetencyScore.DELETE_OF_STAFF, query = "DELETE FROM CompetencyScore c WHERE c.staffId = :staff")
public class CompetencyScore {
    public static final String OF_STAFF = "CompetencyScore.ofStaff";
    public static final String OF_STAFF_IN = "CompetencyScore.ofStaffIn";
    public static final String DELETE_OF_STAFF = "CompetencyScore.deleteOfStaff";

    /** The composite key. */
    public static class Key implements Serializable {
        private Long staffId;
        private String competency;

        public Key() {}

        public Key(Long staffId, String competency) {
            this.staffId = staffId;
            this.competency = competency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(staffId, k.staffId) && Objects.equals(competency, k.competency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(staffId, competency);
        }
    }

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Id
    private String competency;

    @Column(name = "weighted_sum")
    private double weightedSum;

    @Column(name = "factor_sum")
    private double factorSum;

    @Column(name = "evidence_count")
    private int evidenceCount;

    @Column(name = "half_life_days")
    private double halfLifeDays;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected CompetencyScore() {}

    public CompetencyScore(Long staffId, String competency, double halfLifeDays) {
        this.staffId = staffId;
        this.competency = competency;
        this.halfLifeDays = halfLifeDays;
        this.updatedAt = LocalDateTime.now();
    }

    public void add(int weight, double epochFactor) {
        weightedSum += weight * epochFactor;
        factorSum += epochFactor;
        evidenceCount++;
        updatedAt = LocalDateTime.now();
    }

    /** Adds sums of several pieces of evidence at once. */
    public void addSums(double weighted, double factors, int count) {
        weightedSum += weighted;
        factorSum += factors;
        evidenceCount += count;
        updatedAt = LocalDateTime.now();
    }

    public Long getStaffId() { return staffId; }
    public String getCompetency() { return competency; }
    public double getWeightedSum() { return weightedSum; }
    public double getFactorSum() { return factorSum; }
    public int getEvidenceCount() { return evidenceCount; }
    public double getHalfLifeDays() { return halfLifeDays; }
}
