package nl.publieksacademie.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Column;
import java.time.LocalDateTime;

/** One line of the append-only audit log: who did what to whom, when. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.BY_ACTION,
        query = "SELECT a FROM AuditEntry a WHERE a.action = :action ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {
    public static final String RECENT = "AuditEntry.recent";
    public static final String BY_ACTION = "AuditEntry.byAction";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    private String actor;
    private String action;
    private String subject;
    private String detail;

    protected AuditEntry() {}

    AuditEntry(String actor, String action, String subject, String detail) {
        this.occurredAt = LocalDateTime.now();
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
}
