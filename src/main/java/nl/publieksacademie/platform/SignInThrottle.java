package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.publieksacademie.staff.StaffMember;

/**
 * Slows down repeated failed sign-ins, counted twice: per account (whichever of its names was typed; a typed name
 * without an account counts under that name, so the wait gives no hint whether an account exists) and per client
 * address. A refused attempt is not hashed, counted or audited, so a flood costs little once it is throttled and
 * writes a bounded number of rows. Kept in the database so every node of a cluster sees it.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInFailures failures;

    private final AtomicReference<LocalDateTime> lastCleanUp = new AtomicReference<>(LocalDateTime.MIN);

    /** Who is trying to sign in: the keys their failures count under. */
    public record Attempt(String account, String address) {}

    public Attempt attempt(String typedName, String clientAddress) {
        String login = typedName.trim().toLowerCase();
        String account = em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(member -> SignInFailure.account(member.getId()))
                .orElse(SignInFailure.name(login));
        return new Attempt(account, SignInFailure.address(clientAddress));
    }

    /** Seconds the caller must wait before this attempt is looked at; 0 when it may go ahead. */
    public long secondsToWait(Attempt attempt) {
        LocalDateTime now = LocalDateTime.now();
        return Math.max(wait(attempt.account(), now), wait(attempt.address(), now));
    }

    public void failed(Attempt attempt) {
        LocalDateTime now = LocalDateTime.now();
        count(attempt.account(), now);
        count(attempt.address(), now);
        cleanUp(now);
    }

    /**
     * Seconds a client address must wait before its next bearer token (SCIM, the API) is looked at, 0 when it may go
     * ahead: refused tokens count per address, apart from password sign-ins. A valid token does not clear the count.
     */
    public long secondsToWaitForToken(String clientAddress) {
        return wait(SignInFailure.token(clientAddress), LocalDateTime.now());
    }

    public void tokenRefused(String clientAddress) {
        LocalDateTime now = LocalDateTime.now();
        count(SignInFailure.token(clientAddress), now);
        cleanUp(now);
    }

    /** A successful sign-in clears the account's count, not the address's (one good account must not reset it). */
    public void succeeded(Attempt attempt) {
        failures.clear(attempt.account());
    }

    private long wait(String key, LocalDateTime now) {
        SignInFailure failure = failures.find(key);
        return failure == null ? 0 : failure.secondsToWait(now);
    }

    private void count(String key, LocalDateTime now) {
        try {
            failures.count(key, now);
        } catch (RuntimeException firstAtOnce) {
            failures.count(key, now);
        }
    }

    /** Once an hour, rows that no longer slow anyone down are removed. */
    private void cleanUp(LocalDateTime now) {
        LocalDateTime last = lastCleanUp.get();
        if (last.plusHours(1).isBefore(now) && lastCleanUp.compareAndSet(last, now)) {
            int removed = failures.forgetBefore(now.minus(SignInFailure.FORGET_AFTER).minus(SignInFailure.MAX_DELAY));
            LOG.log(Level.FINE, "Removed {0} stale sign-in failure counts", removed);
        }
    }
}
