package nl.publieksacademie.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One submitted quiz, never changed: the score and the answers as {@code question=option,option} lines (option
 * indexes from 0), so the feedback can be shown again.
 */
@Entity
@Table(name = "quiz_submission")
@NamedQuery(name = QuizSubmission.LATEST,
        query = "SELECT s FROM QuizSubmission s WHERE s.enrolmentId = :enrolment AND s.stepId = :step "
                + "ORDER BY s.submittedAt DESC, s.id DESC")
public class QuizSubmission {
    public static final String LATEST = "QuizSubmission.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "step_id")
    private String stepId;

    @Column(name = "course_version_id")
    private Long courseVersionId;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "answered_right")
    private int answeredRight;

    @Column(name = "question_count")
    private int questionCount;

    private boolean passed;

    @Lob
    private String answers;

    protected QuizSubmission() {}

    public QuizSubmission(Long enrolmentId, String stepId, Long courseVersionId, int answeredRight,
            int questionCount, boolean passed, String answers) {
        this.enrolmentId = enrolmentId;
        this.stepId = stepId;
        this.courseVersionId = courseVersionId;
        this.answeredRight = answeredRight;
        this.questionCount = questionCount;
        this.passed = passed;
        this.answers = answers;
        this.submittedAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public String getStepId() { return stepId; }
    public Long getCourseVersionId() { return courseVersionId; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public int getAnsweredRight() { return answeredRight; }
    public int getQuestionCount() { return questionCount; }
    public boolean isPassed() { return passed; }
    public String getAnswers() { return answers; }
}
