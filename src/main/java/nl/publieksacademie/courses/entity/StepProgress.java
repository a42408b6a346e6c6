package nl.publieksacademie.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A completed step of an enrolment, by step id: the key makes completing a step twice impossible. */
@Entity
@Table(name = "step_progress")
@IdClass(StepProgress.Key.class)
@NamedQuery(name = StepProgress.OF_ENROLMENT,
        query = "SELECT p FROM StepProgress p WHERE p.enrolmentId = :enrolment")
@NamedQuery(name = StepProgress.OF_STAFF,
        query = "SELECT p FROM StepProgress p, Enrolment e WHERE p.enrolmentId = e.id AND e.staffId = :staff")
public class StepProgress {
    public static final String OF_ENROLMENT = "StepProgress.ofEnrolment";
    public static final String OF_STAFF = "StepProgress.ofStaff";

    /** The composite key. */
    public static class Key implements Serializable {
        private Long enrolmentId;
        private String stepId;

        public Key() {}

        public Key(Long enrolmentId, String stepId) {
            this.enrolmentId = enrolmentId;
            this.stepId = stepId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId) && Objects.equals(stepId, k.stepId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, stepId);
        }
    }

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "step_id")
    private String stepId;

    @Column(name = "course_version_id")
    private Long courseVersionId;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected StepProgress() {}

    public StepProgress(Long enrolmentId, String stepId, Long courseVersionId) {
        this.enrolmentId = enrolmentId;
        this.stepId = stepId;
        this.courseVersionId = courseVersionId;
        this.completedAt = LocalDateTime.now();
    }

    public Long getEnrolmentId() { return enrolmentId; }
    public String getStepId() { return stepId; }
    public Long getCourseVersionId() { return courseVersionId; }
    public LocalDateTime getCompletedAt() { return completedAt; }
}
