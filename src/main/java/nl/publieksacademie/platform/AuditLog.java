package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.List;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so an audited change and its entry commit
 * or roll back together; sign-in events, which have no business transaction, get their own.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String SIGN_OUT = "sign-out";
    /** An API call with a bearer token that was not valid (expired, wrongly signed, for another audience). */
    public static final String TOKEN_REFUSED = "token-refused";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    /** Records an action of the signed-in caller ("system" at start-up). */
    @Transactional
    public void record(String action, String subject, String detail) {
        Principal caller = security.getCallerPrincipal();
        record(caller == null ? null : caller.getName(), action, subject, detail);
    }

    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(actor == null ? "system" : actor, action, subject, detail));
    }

    public List<AuditEntry> recent(int max) {
        return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class).setMaxResults(max).getResultList();
    }

    public List<AuditEntry> byAction(String action, int max) {
        return em.createNamedQuery(AuditEntry.BY_ACTION, AuditEntry.class)
                .setParameter("action", action)
                .setMaxResults(max)
                .getResultList();
    }
}
