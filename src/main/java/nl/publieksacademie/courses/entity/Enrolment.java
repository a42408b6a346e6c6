package nl.publieksacademie.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person's enrolment in a course: by their own choice, or assigned (by whom, with a due date). Completed once
 * every required step of the current version is done; then it carries the certificate's verification code.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.OF_STAFF,
        query = "SELECT e FROM Enrolment e WHERE e.staffId = :staff ORDER BY e.enrolledAt")
@NamedQuery(name = Enrolment.OF_STAFF_IN, query = "SELECT e FROM Enrolment e WHERE e.staffId IN :staff")
@NamedQuery(name = Enrolment.OF_STAFF_AND_COURSE,
        query = "SELECT e FROM Enrolment e WHERE e.staffId = :staff AND e.course.slug = :slug")
@NamedQuery(name = Enrolment.BY_CERTIFICATE, query = "SELECT e FROM Enrolment e WHERE e.certificateCode = :code")
@NamedQuery(name = Enrolment.OPEN_OF_STAFF,
        query = "SELECT e FROM Enrolment e WHERE e.staffId = :staff AND e.completedAt IS NULL")
@NamedQuery(name = Enrolment.ASSIGNED,
        query = "SELECT e FROM Enrolment e WHERE e.dueOn IS NOT NULL ORDER BY e.dueOn, e.id")
public class Enrolment {
    public static final String OF_STAFF = "Enrolment.ofStaff";
    public static final String OF_STAFF_IN = "Enrolment.ofStaffIn";
    public static final String OF_STAFF_AND_COURSE = "Enrolment.ofStaffAndCourse";
    public static final String BY_CERTIFICATE = "Enrolment.byCertificate";
    public static final String OPEN_OF_STAFF = "Enrolment.openOfStaff";
    public static final String ASSIGNED = "Enrolment.assigned";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id")
    private Long staffId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "course_id")
    private CourseEntity course;

    @Column(name = "enrolled_at")
    private LocalDateTime enrolledAt;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "completed_version_id")
    private Long completedVersionId;

    @Column(name = "certificate_code")
    private String certificateCode;

    @Version
    private int version;

    protected Enrolment() {}

    public Enrolment(Long staffId, CourseEntity course) {
        this.staffId = staffId;
        this.course = course;
        this.enrolledAt = LocalDateTime.now();
    }

    /** Records an assignment: who assigned it and by when it should be done (replacing an earlier due date). */
    public void assign(String by, LocalDate due) {
        this.assignedBy = by;
        this.dueOn = due;
    }

    public void complete(Long versionId, String code) {
        this.completedAt = LocalDateTime.now();
        this.completedVersionId = versionId;
        this.certificateCode = code;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** Assigned, not completed and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return dueOn != null && completedAt == null && dueOn.isBefore(today);
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public CourseEntity getCourse() { return course; }
    public LocalDateTime getEnrolledAt() { return enrolledAt; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public Long getCompletedVersionId() { return completedVersionId; }
    public String getCertificateCode() { return certificateCode; }
}
