package nl.publieksacademie.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The course editor's working copy of a course folder, all files in one bundle, optimistically locked. */
@Entity(name = "CourseDraft")
@Table(name = "course_draft")
public class CourseDraftEntity {

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Lob
    private String bundle;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected CourseDraftEntity() {}

    public CourseDraftEntity(Long courseId, String bundle, String by) {
        this.courseId = courseId;
        change(bundle, by);
    }

    public void change(String bundle, String by) {
        this.bundle = bundle;
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now();
    }

    public Long getCourseId() { return courseId; }
    public String getBundle() { return bundle; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
