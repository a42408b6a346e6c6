package nl.publieksacademie.scenarios.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
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
import java.time.LocalDateTime;

/**
 * One published version of a scenario: the whole source text as imported, never changed afterwards, so attempts
 * stay pinned to the version they started on.
 */
@Entity
@Cacheable
@Table(name = "scenario_version")
@NamedQuery(name = ScenarioVersion.LATEST,
        query = "SELECT v FROM ScenarioVersion v WHERE v.scenario.slug = :slug ORDER BY v.versionNo DESC")
@NamedQuery(name = ScenarioVersion.CURRENT,
        query = "SELECT v FROM ScenarioVersion v WHERE v.versionNo = "
                + "(SELECT MAX(w.versionNo) FROM ScenarioVersion w WHERE w.scenario = v.scenario) ORDER BY v.title")
public class ScenarioVersion {
    public static final String LATEST = "ScenarioVersion.latest";
    public static final String CURRENT = "ScenarioVersion.current";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    private Scenario scenario;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "content_hash")
    private String contentHash;

    private String title;
    private String setting;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String source;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    protected ScenarioVersion() {}

    public ScenarioVersion(Scenario scenario, int versionNo, String contentHash, String title, String setting,
            String source, String importedBy) {
        this.scenario = scenario;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.title = title;
        this.setting = setting;
        this.source = source;
        this.importedBy = importedBy;
        this.importedAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public Scenario getScenario() { return scenario; }
    public int getVersionNo() { return versionNo; }
    public String getContentHash() { return contentHash; }
    public String getTitle() { return title; }
    public String getSetting() { return setting; }
    public String getSource() { return source; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
}
