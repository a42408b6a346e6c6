package nl.publieksacademie.courses.entity;

import jakarta.persistence.Cacheable;
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
import java.time.LocalDateTime;

/** One published version of a course; its files ({@link CourseFile}) are kept whole and never changed. */
@Entity
@Cacheable
@Table(name = "course_version")
@NamedQuery(name = CourseVersion.LATEST,
        query = "SELECT v FROM CourseVersion v WHERE v.course.slug = :slug ORDER BY v.versionNo DESC")
@NamedQuery(name = CourseVersion.CURRENT,
        query = "SELECT v FROM CourseVersion v WHERE v.versionNo = "
                + "(SELECT MAX(w.versionNo) FROM CourseVersion w WHERE w.course = v.course) ORDER BY v.title")
public class CourseVersion {
    public static final String LATEST = "CourseVersion.latest";
    public static final String CURRENT = "CourseVersion.current";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "course_id")
    private CourseEntity course;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "content_hash")
    private String contentHash;

    private String title;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    protected CourseVersion() {}

    public CourseVersion(CourseEntity course, int versionNo, String contentHash, String title, String importedBy) {
        this.course = course;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.title = title;
        this.importedBy = importedBy;
        this.importedAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public CourseEntity getCourse() { return course; }
    public int getVersionNo() { return versionNo; }
    public String getContentHash() { return contentHash; }
    public String getTitle() { return title; }
    public LocalDateTime getImportedAt() { return importedAt; }
}
