package nl.publieksacademie.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The outcome of the last import of one content file: valid or not, and its problems as "file:line:column" text. */
@Entity
@Table(name = "content_file")
@NamedQuery(name = ContentFile.ALL, query = "SELECT f FROM ContentFile f ORDER BY f.path")
public class ContentFile {
    public static final String ALL = "ContentFile.all";

    @Id
    private String path;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Column(name = "content_hash")
    private String contentHash;

    private boolean valid;

    @Column(name = "error_count")
    private int errorCount;

    @Column(name = "warning_count")
    private int warningCount;

    @Lob
    private String problems;

    protected ContentFile() {}

    public ContentFile(String path) {
        this.path = path;
    }

    public void checked(String contentHash, boolean valid, int errorCount, int warningCount, String problems) {
        this.checkedAt = LocalDateTime.now();
        this.contentHash = contentHash;
        this.valid = valid;
        this.errorCount = errorCount;
        this.warningCount = warningCount;
        this.problems = problems;
    }

    public String getPath() { return path; }
    public LocalDateTime getCheckedAt() { return checkedAt; }
    public String getContentHash() { return contentHash; }
    public boolean isValid() { return valid; }
    public int getErrorCount() { return errorCount; }
    public int getWarningCount() { return warningCount; }
    public String getProblems() { return problems; }
}
