package nl.publieksacademie.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is signed in and which role areas the navigation shows them. A page asks the same questions many times while
 * it renders; each role is asked of the container once per request (a role check goes through JACC, a JNDI lookup
 * and synchronized policy code, which under load was a large share of a page's time).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    private final Map<String, Boolean> roles = new HashMap<>();
    private Principal caller;
    private boolean callerKnown;

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getName() {
        Principal principal = caller();
        return principal == null ? null : principal.getName();
    }

    public boolean isLearner() { return inRole(Roles.LEARNER); }
    public boolean isTrainer() { return inRole(Roles.TRAINER); }
    public boolean isHr() { return inRole(Roles.HR); }
    public boolean isAdmin() { return inRole(Roles.ADMIN); }

    private Principal caller() {
        if (!callerKnown) {
            caller = security.getCallerPrincipal();
            callerKnown = true;
        }
        return caller;
    }

    private boolean inRole(String role) {
        return roles.computeIfAbsent(role, security::isCallerInRole);
    }
}
