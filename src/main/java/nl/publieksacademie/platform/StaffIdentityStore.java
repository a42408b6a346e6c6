package nl.publieksacademie.platform;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import nl.publieksacademie.staff.StaffMember;

/**
 * The database identity store: an active staff member with a password and at least one role signs in with user
 * name or e-mail address. Unknown accounts cost the same hashing time as known ones.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller().trim().toLowerCase();
        String password = login.getPasswordAsString();
        StaffMember staff = em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class)
                .setParameter("login", name)
                .getResultStream()
                .filter(StaffMember::canSignInLocally)
                .findFirst()
                .orElse(null);
        if (staff == null) {
            passwords.verifyNothing(password);
            return INVALID_RESULT;
        }
        if (!passwords.verify(password, staff.getPasswordHash())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                new StaffPrincipal(staff.getUsername(), SessionAccount.of(staff)), new HashSet<>(staff.getRoles()));
    }
}
