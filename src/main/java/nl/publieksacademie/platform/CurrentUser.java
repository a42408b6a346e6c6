package nl.publieksacademie.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is signed in and which role areas the navigation shows them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean isLearner() { return security.isCallerInRole(Roles.LEARNER); }
    public boolean isTrainer() { return security.isCallerInRole(Roles.TRAINER); }
    public boolean isHr() { return security.isCallerInRole(Roles.HR); }
    public boolean isAdmin() { return security.isCallerInRole(Roles.ADMIN); }
}
