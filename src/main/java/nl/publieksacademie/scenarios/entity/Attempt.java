package nl.publieksacademie.scenarios.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.publieksacademie.platform.IdBlock;
import nl.publieksacademie.staff.StaffMember;

/**
 * One person's play of one scenario version: the engine state after the last step, kept so the attempt resumes
 * after signing out or a restart. Pinned to the version it started on.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.OPEN,
        query = "SELECT a FROM Attempt a WHERE a.staff.id = :staff AND a.scenarioVersion.scenario.slug = :slug"
                + " AND a.finished = false ORDER BY a.id DESC")
@NamedQuery(name = Attempt.BY_STAFF,
        query = "SELECT a FROM Attempt a WHERE a.staff.id = :staff ORDER BY a.updatedAt DESC")
public class Attempt {
    public static final String OPEN = "Attempt.open";
    public static final String BY_STAFF = "Attempt.byStaff";

    /** Ids come in blocks of {@value IdBlock#SIZE} from a sequence (migration V10): no round trip per insert. */
    @Id
    @SequenceGenerator(name = "attempt_ids", sequenceName = "attempt_ids", allocationSize = IdBlock.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    /** The owner's id, read without loading the owner. */
    @Column(name = "staff_id", insertable = false, updatable = false)
    private Long staffId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scenario_version_id")
    private ScenarioVersion scenarioVersion;

    @Lob
    private String state;

    private int step;
    private boolean finished;
    private String ending;
    private String outcome;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Attempt() {}

    public Attempt(StaffMember staff, ScenarioVersion scenarioVersion, String state) {
        this.staff = staff;
        this.staffId = staff.getId();
        this.scenarioVersion = scenarioVersion;
        this.state = state;
        this.startedAt = LocalDateTime.now();
        this.updatedAt = startedAt;
    }

    /** Records the state after a step; {@code ending} and {@code outcome} are set when the step ended the play. */
    public void advance(int step, String state, String ending, String outcome) {
        this.step = step;
        this.state = state;
        this.updatedAt = LocalDateTime.now();
        if (ending != null) {
            this.finished = true;
            this.ending = ending;
            this.outcome = outcome;
        }
    }

    public Long getId() { return id; }
    public StaffMember getStaff() { return staff; }
    public Long getStaffId() { return staffId; }
    public ScenarioVersion getScenarioVersion() { return scenarioVersion; }
    public String getState() { return state; }
    public int getStep() { return step; }
    public boolean isFinished() { return finished; }
    public String getEnding() { return ending; }
    public String getOutcome() { return outcome; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
}
