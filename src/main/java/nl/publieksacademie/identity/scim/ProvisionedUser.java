package nl.publieksacademie.identity.scim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** What the provisioning client told about a staff member beyond the staff member itself. */
@Entity
@Table(name = "scim_user")
@NamedQuery(name = ProvisionedUser.BY_EXTERNAL_ID,
        query = "SELECT u FROM ProvisionedUser u WHERE u.externalId = :externalId")
public class ProvisionedUser {
    static final String BY_EXTERNAL_ID = "ProvisionedUser.byExternalId";

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    protected ProvisionedUser() {}

    ProvisionedUser(long staffId) {
        this.staffId = staffId;
    }

    public Long getStaffId() { return staffId; }
    public String getExternalId() { return externalId; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }

    void describe(String externalId, String givenName, String familyName) {
        this.externalId = externalId;
        this.givenName = givenName;
        this.familyName = familyName;
    }
}
