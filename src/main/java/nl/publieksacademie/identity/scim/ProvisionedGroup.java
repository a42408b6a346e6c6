package nl.publieksacademie.identity.scim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/** A group of the provisioning client and its members (staff ids); what it gives is configured, not stored. */
@Entity
@Table(name = "scim_group")
@NamedQuery(name = ProvisionedGroup.OF_MEMBER,
        query = "SELECT g FROM ProvisionedGroup g JOIN g.members m WHERE m = :staffId ORDER BY g.displayName")
public class ProvisionedGroup {
    static final String OF_MEMBER = "ProvisionedGroup.ofMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scim_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "staff_id")
    private Set<Long> members = new TreeSet<>();

    @Version
    private int version;

    protected ProvisionedGroup() {}

    ProvisionedGroup(String displayName) {
        this.displayName = displayName;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public String getDisplayName() { return displayName; }
    public String getExternalId() { return externalId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public Set<Long> getMembers() { return members; }
    public int getVersion() { return version; }

    void describe(String displayName, String externalId) {
        this.displayName = displayName;
        this.externalId = externalId;
    }

    void setMembers(Set<Long> staffIds) {
        members.clear();
        members.addAll(staffIds);
    }
}
