package nl.publieksacademie.scenarios.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.LocalDateTime;

/** A scenario by its stable slug (the file name); its content lives in immutable {@link ScenarioVersion}s. */
@Entity
@Cacheable
@NamedQuery(name = Scenario.BY_SLUG, query = "SELECT s FROM Scenario s WHERE s.slug = :slug")
@NamedQuery(name = Scenario.ALL, query = "SELECT s FROM Scenario s ORDER BY s.slug")
public class Scenario {
    public static final String BY_SLUG = "Scenario.bySlug";
    public static final String ALL = "Scenario.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    private boolean archived;

    protected Scenario() {}

    public Scenario(String slug) {
        this.slug = slug;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public boolean isArchived() { return archived; }
    public void setArchived(boolean archived) { this.archived = archived; }
}
