package nl.publieksacademie.scenarios.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One choice in an attempt's append-only log. The key (attempt, step number) makes a second copy impossible. */
@Entity
@Table(name = "attempt_step")
@IdClass(AttemptStep.Key.class)
@NamedQuery(name = AttemptStep.OF_ATTEMPT,
        query = "SELECT s FROM AttemptStep s WHERE s.attemptId = :attempt ORDER BY s.stepNo")
public class AttemptStep {
    public static final String OF_ATTEMPT = "AttemptStep.ofAttempt";

    /** The composite key. */
    public static class Key implements Serializable {
        private Long attemptId;
        private int stepNo;

        public Key() {}

        public Key(Long attemptId, int stepNo) {
            this.attemptId = attemptId;
            this.stepNo = stepNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(attemptId, k.attemptId) && stepNo == k.stepNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, stepNo);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "step_no")
    private int stepNo;

    private String node;
    private String choice;

    @Column(name = "taken_at")
    private LocalDateTime takenAt;

    protected AttemptStep() {}

    public AttemptStep(Long attemptId, int stepNo, String node, String choice) {
        this.attemptId = attemptId;
        this.stepNo = stepNo;
        this.node = node;
        this.choice = choice;
        this.takenAt = LocalDateTime.now();
    }

    public Long getAttemptId() { return attemptId; }
    public int getStepNo() { return stepNo; }
    public String getNode() { return node; }
    public String getChoice() { return choice; }
    public LocalDateTime getTakenAt() { return takenAt; }
}
