package nl.publieksacademie.competencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One imported version of {@code courses/competencies.yaml}, kept whole; the newest one is in force. */
@Entity
@Cacheable
@Table(name = "framework_version")
@NamedQuery(name = FrameworkVersion.LATEST, query = "SELECT f FROM FrameworkVersion f ORDER BY f.versionNo DESC")
@NamedQuery(name = FrameworkVersion.LATEST_HASH,
        query = "SELECT f.contentHash FROM FrameworkVersion f ORDER BY f.versionNo DESC")
public class FrameworkVersion {
    public static final String LATEST = "FrameworkVersion.latest";
    public static final String LATEST_HASH = "FrameworkVersion.latestHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "content_hash")
    private String contentHash;

    @Lob
    private String source;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    protected FrameworkVersion() {}

    public FrameworkVersion(int versionNo, String contentHash, String source) {
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.source = source;
        this.importedAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public int getVersionNo() { return versionNo; }
    public String getContentHash() { return contentHash; }
    public String getSource() { return source; }
    public LocalDateTime getImportedAt() { return importedAt; }
}
