package nl.publieksacademie.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the login page offers: a button per identity provider, first, and the local form (admins only or all). */
@Named
@RequestScoped
public class SignInOptions {

    @Inject
    IdentityProviders providers;

    @Inject
    @ConfigProperty(name = "pa.local-login", defaultValue = "all")
    String localLogin;

    /** A button on the login page (Expression Language 5 reads getters, not record accessors). */
    public record Choice(String id, String label) {
        public String getId() { return id; }
        public String getLabel() { return label; }
    }

    public List<Choice> getProviders() {
        return providers.all().stream().map(p -> new Choice(p.id(), p.label())).toList();
    }

    public boolean isSingleSignOn() {
        return providers.any();
    }

    /** The local form is for admins only (a break-glass account) while identity providers sign everyone else in. */
    public boolean isLocalForAdminsOnly() {
        return "admins-only".equals(localLogin);
    }
}
