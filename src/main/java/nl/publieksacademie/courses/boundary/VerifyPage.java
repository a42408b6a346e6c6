package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Backing bean of {@code /verify.xhtml}: whether a certificate code is valid, for which course and date. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Enrolments enrolments;

    private String code;
    private Optional<Enrolments.Verification> verification;

    public String getCode() {
        if (code == null) {
            Object forwarded = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(VerifyServlet.CODE);
            code = forwarded != null ? forwarded.toString()
                    : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                            .getOrDefault("code", "");
        }
        return code;
    }

    public Enrolments.Verification getVerification() {
        if (verification == null) {
            verification = enrolments.verify(getCode().strip().toUpperCase(java.util.Locale.ROOT));
        }
        return verification.orElse(null);
    }
}
