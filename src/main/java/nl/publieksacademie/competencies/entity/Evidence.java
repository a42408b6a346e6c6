package nl.publieksacademie.competencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.publieksacademie.platform.IdBlock;

/**
 * One piece of competency evidence for one person, never changed after it is written. The source says where it
 * came from: a scenario choice (version, attempt, step, node, choice) or a quiz question (course version,
 * submission, quiz step, question); trainer assessments later.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = Evidence.OF_STAFF,
        query = "SELECT e FROM Evidence e WHERE e.staffId = :staff ORDER BY e.earnedAt DESC, e.id DESC")
@NamedQuery(name = Evidence.OF_ATTEMPT,
        query = "SELECT e FROM Evidence e WHERE e.attemptId = :attempt ORDER BY e.stepNo, e.id")
@NamedQuery(name = Evidence.COUNT_OF_ATTEMPT, query = "SELECT COUNT(e) FROM Evidence e WHERE e.attemptId = :attempt")
@NamedQuery(name = Evidence.STAFF_WITH_EVIDENCE, query = "SELECT DISTINCT e.staffId FROM Evidence e")
public class Evidence {
    public static final String OF_STAFF = "Evidence.ofStaff";
    public static final String OF_ATTEMPT = "Evidence.ofAttempt";
    public static final String COUNT_OF_ATTEMPT = "Evidence.countOfAttempt";
    public static final String STAFF_WITH_EVIDENCE = "Evidence.staffWithEvidence";
    public static final String SCENARIO = "scenario";
    public static final String QUIZ = "quiz";

    /** Ids come in blocks of {@value IdBlock#SIZE} from a sequence (migration V10): no round trip per insert. */
    @Id
    @SequenceGenerator(name = "evidence_ids", sequenceName = "evidence_ids", allocationSize = IdBlock.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_ids")
    private Long id;

    @Column(name = "staff_id")
    private Long staffId;

    private String competency;
    private int weight;
    private String reason;

    @Column(name = "source_type")
    private String sourceType;

    @Column(name = "scenario_version_id")
    private Long scenarioVersionId;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(name = "step_no")
    private Integer stepNo;

    private String node;
    private String choice;

    @Column(name = "course_version_id")
    private Long courseVersionId;

    @Column(name = "submission_id")
    private Long submissionId;

    private String question;

    @Column(name = "earned_at")
    private LocalDateTime earnedAt;

    /** The recency factor relative to the level rule's epoch, kept so reports can sum evidence of a period in SQL. */
    private Double factor;

    protected Evidence() {}

    /** Evidence from a scenario choice. */
    public static Evidence fromScenario(Long staffId, String competency, int weight, String reason,
            Long scenarioVersionId, Long attemptId, int stepNo, String node, String choice, LocalDateTime at) {
        Evidence e = new Evidence();
        e.staffId = staffId;
        e.competency = competency;
        e.weight = weight;
        e.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        e.sourceType = SCENARIO;
        e.scenarioVersionId = scenarioVersionId;
        e.attemptId = attemptId;
        e.stepNo = stepNo;
        e.node = node;
        e.choice = choice;
        e.earnedAt = at;
        return e;
    }

    /** Evidence from a quiz question: the course version, the submission, the quiz step (as node) and question. */
    public static Evidence fromQuiz(Long staffId, String competency, int weight, String reason,
            Long courseVersionId, Long submissionId, String step, String question, LocalDateTime at) {
        Evidence e = new Evidence();
        e.staffId = staffId;
        e.competency = competency;
        e.weight = weight;
        e.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        e.sourceType = QUIZ;
        e.courseVersionId = courseVersionId;
        e.submissionId = submissionId;
        e.node = step;
        e.question = question;
        e.earnedAt = at;
        return e;
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public String getCompetency() { return competency; }
    public int getWeight() { return weight; }
    public String getReason() { return reason; }
    public String getSourceType() { return sourceType; }
    public Long getScenarioVersionId() { return scenarioVersionId; }
    public Long getAttemptId() { return attemptId; }
    public Integer getStepNo() { return stepNo; }
    public String getNode() { return node; }
    public String getChoice() { return choice; }
    public Long getCourseVersionId() { return courseVersionId; }
    public Long getSubmissionId() { return submissionId; }
    public String getQuestion() { return question; }
    public LocalDateTime getEarnedAt() { return earnedAt; }
    public Double getFactor() { return factor; }
    public void setFactor(double factor) { this.factor = factor; }
}
