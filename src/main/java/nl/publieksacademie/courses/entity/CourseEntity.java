package nl.publieksacademie.courses.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A course by its stable slug (the folder name); its content lives in immutable {@link CourseVersion}s. */
@Entity(name = "Course")
@Cacheable
@Table(name = "course")
@NamedQuery(name = CourseEntity.BY_SLUG, query = "SELECT c FROM Course c WHERE c.slug = :slug")
public class CourseEntity {
    public static final String BY_SLUG = "Course.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected CourseEntity() {}

    public CourseEntity(String slug) {
        this.slug = slug;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
}
