package nl.publieksacademie.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.staff.StaffAdmin;

/** The admin staff page's "Pseudonimiseren" for a deactivated member. */
@Named
@RequestScoped
public class PseudonymizeAction {

    @Inject
    Privacy privacy;

    @Inject
    StaffAdmin staffAdmin;

    @Inject
    SecurityContext security;

    @Inject
    FacesProblems problems;

    public void run(long staffId) {
        privacy.pseudonymize(staffId, security.getCallerPrincipal().getName());
        staffAdmin.refresh();
        problems.info("privacy.pseudonymized");
    }
}
