package nl.publieksacademie.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in person's own account details, for the learner's start page. */
@Named
@RequestScoped
public class MyAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    private StaffMember me;

    public StaffMember getMe() {
        if (me == null && security.getCallerPrincipal() != null) {
            me = em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class)
                    .setParameter("login", security.getCallerPrincipal().getName())
                    .getResultStream().findFirst().orElse(null);
        }
        return me;
    }
}
