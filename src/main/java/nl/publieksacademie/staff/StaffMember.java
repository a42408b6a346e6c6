package nl.publieksacademie.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/** A member of staff: who they are, their team and job role, and the system roles their account holds. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = StaffMember.ALL, query = "SELECT s FROM StaffMember s ORDER BY s.fullName")
@NamedQuery(name = StaffMember.ACTIVE_OF_TEAM,
        query = "SELECT s FROM StaffMember s WHERE s.team.id = :team AND s.active = TRUE ORDER BY s.fullName")
@NamedQuery(name = StaffMember.BY_LOGIN,
        query = "SELECT s FROM StaffMember s WHERE s.username = :login OR s.email = :login")
@NamedQuery(name = StaffMember.COUNT_BY_EMAIL,
        query = "SELECT COUNT(s) FROM StaffMember s WHERE s.email = :email AND s.id <> :id")
@NamedQuery(name = StaffMember.COUNT_BY_USERNAME,
        query = "SELECT COUNT(s) FROM StaffMember s WHERE s.username = :username AND s.id <> :id")
@NamedQuery(name = StaffMember.BY_EXTERNAL_SUBJECT,
        query = "SELECT s FROM StaffMember s WHERE s.externalProvider = :provider AND s.externalSubject = :subject")
@NamedQuery(name = StaffMember.COUNT_WITH_ROLE,
        query = "SELECT COUNT(s) FROM StaffMember s JOIN s.roles r WHERE r = :role AND s.active = TRUE")
@EntityListeners(AccountChanges.class)
public class StaffMember implements java.io.Serializable {
    public static final String ALL = "StaffMember.all";
    public static final String ACTIVE_OF_TEAM = "StaffMember.activeOfTeam";
    public static final String BY_LOGIN = "StaffMember.byLogin";
    public static final String COUNT_BY_EMAIL = "StaffMember.countByEmail";
    public static final String COUNT_BY_USERNAME = "StaffMember.countByUsername";
    public static final String COUNT_WITH_ROLE = "StaffMember.countWithRole";
    public static final String BY_EXTERNAL_SUBJECT = "StaffMember.byExternalSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String email;

    @Column(name = "full_name")
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "job_role")
    private String jobRole;

    private boolean active = true;

    private boolean pseudonymized;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role_name")
    private Set<String> roles = new TreeSet<>();

    /** Changes whenever the account's sign-in rights change; open sessions compare it on every request. */
    @Column(name = "security_stamp")
    private long securityStamp;

    /** The OpenID Connect provider that signs this person in, and its subject for them; null for local accounts. */
    @Column(name = "external_provider")
    private String externalProvider;

    @Column(name = "external_subject")
    private String externalSubject;

    @Version
    private int version;

    protected StaffMember() {}

    public StaffMember(String username, String email, String fullName) {
        this.username = username;
        this.email = email;
        this.fullName = fullName;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) {
        if (!java.util.Objects.equals(this.username, username)) {
            securityStamp++;
        }
        this.username = username;
    }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Team getTeam() { return team; }
    public void setTeam(Team team) { this.team = team; }
    public String getJobRole() { return jobRole; }
    public void setJobRole(String jobRole) { this.jobRole = jobRole; }
    public boolean isActive() { return active; }
    public boolean isPseudonymized() { return pseudonymized; }
    public void setActive(boolean active) {
        if (this.active != active) {
            securityStamp++;
        }
        this.active = active;
    }
    public String getPasswordHash() { return passwordHash; }
    /** A new password (also the same password hashed anew) ends the account's other sessions. */
    public void setPasswordHash(String passwordHash) {
        if (!java.util.Objects.equals(this.passwordHash, passwordHash)) {
            securityStamp++;
        }
        this.passwordHash = passwordHash;
    }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public Set<String> getRoles() { return roles; }
    public int getVersion() { return version; }
    public long getSecurityStamp() { return securityStamp; }

    public void setRoles(Set<String> roles) {
        if (this.roles.equals(roles)) {
            return;
        }
        securityStamp++;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public String getExternalProvider() { return externalProvider; }
    public String getExternalSubject() { return externalSubject; }

    /** From now on this person signs in through {@code provider}, which knows them as {@code subject}. */
    public void linkExternal(String provider, String subject) {
        if (!java.util.Objects.equals(this.externalProvider, provider)
                || !java.util.Objects.equals(this.externalSubject, subject)) {
            securityStamp++;
        }
        this.externalProvider = provider;
        this.externalSubject = subject;
    }

    /** Active, with a role, and a way to sign in: a local password or an identity provider. */
    public boolean canSignIn() {
        return active && (passwordHash != null || externalSubject != null) && !roles.isEmpty();
    }

    /** May sign in with a local password. */
    public boolean canSignInLocally() {
        return active && passwordHash != null && !roles.isEmpty();
    }
}
