package nl.publieksacademie.platform;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller the identity store found, with what the session must keep to notice later changes to the account. */
public class StaffPrincipal extends CallerPrincipal {

    private final SessionAccount account;

    public StaffPrincipal(String name, SessionAccount account) {
        super(name);
        this.account = account;
    }

    public SessionAccount account() {
        return account;
    }
}
